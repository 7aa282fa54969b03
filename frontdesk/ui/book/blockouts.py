"""Blockouts drawn in the book (issue 15): a hatched, titled band over each occurrence in its
column, under the appointments; its tooltip names it and says where it is kept. A layer of its
own so the book's paint path gains one call (view.py) and nothing else of it changes.

The window sets `layer.blockouts` from the store (read on the cache worker, again when the
change feed says blockouts changed); painting works out the occurrences of the columns shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from frontdesk.domain.blockouts import Blockout, BlockoutKind, Storage, blocked
from frontdesk.domain.book import DayColumn
from frontdesk.ui.book.band_layer import BandLayer
from frontdesk.ui.book.geometry import Grid, day_bands
from frontdesk.ui.dates import short_date
from frontdesk.ui.i18n import arg

TITLE_MARGIN = 3.0


def bands(grid: Grid, blockouts: list[Blockout]) -> list[tuple[QRectF, Blockout]]:
    """Each occurrence's rectangle in its column, for the sheet the grid lays out."""
    if not blockouts:
        return []

    def spans(
        column: DayColumn, start: datetime, end: datetime
    ) -> Iterator[tuple[Blockout, datetime, datetime]]:
        provider = column.provider
        for blockout, (a, b) in blocked(blockouts, provider.account, provider.id, start, end):
            yield blockout, a, b

    return day_bands(grid, spans)


KIND_LABEL = {
    BlockoutKind.BREAK: QT_TRANSLATE_NOOP("Blockouts", "Break"),
    BlockoutKind.MEETING: QT_TRANSLATE_NOOP("Blockouts", "Meeting"),
    BlockoutKind.TIME_OFF: QT_TRANSLATE_NOOP("Blockouts", "Time off"),
    BlockoutKind.OTHER: QT_TRANSLATE_NOOP("Blockouts", "Other"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Blockouts", text)


def kind_label(kind: BlockoutKind) -> str:
    """'Break', 'Pause'... in the window's language."""
    return _tr(str(KIND_LABEL[kind]))


def blockout_name(blockout: Blockout) -> str:
    """Its title, else its kind in the window's language."""
    return blockout.title or kind_label(blockout.kind)


def tooltip(blockout: Blockout, vendor: str = "") -> str:
    whose = (
        QCoreApplication.translate("Blockouts", "%1 (%2) for every provider")
        if blockout.provider_id is None
        else QCoreApplication.translate("Blockouts", "%1 (%2) for this provider")
    )
    text = arg(whose, blockout_name(blockout), kind_label(blockout.kind))
    if blockout.repeat_until:
        text += arg(
            QCoreApplication.translate("Blockouts", ", weekly until %1"),
            short_date(blockout.repeat_until),
        )
    return (
        text
        + "\n"
        + arg(
            QCoreApplication.translate("Blockouts", "Not offered as an opening; %1"),
            where(blockout, vendor),
        )
    )


def where(blockout: Blockout, vendor: str) -> str:
    """Where it is kept: "stored at Progenda", "kept on this desk"... (`vendor`: the account's
    vendor, as the user knows it)."""
    storage = blockout.storage
    if storage is Storage.VENDOR:
        return arg(QCoreApplication.translate("Blockouts", "stored at %1"), vendor)
    if storage is Storage.PENDING:
        return arg(QCoreApplication.translate("Blockouts", "waiting to be stored at %1"), vendor)
    if blockout.refused:
        return arg(
            QCoreApplication.translate("Blockouts", "kept on this desk: %1 refused it (%2)"),
            vendor,
            blockout.refused,
        )
    return QCoreApplication.translate("Blockouts", "kept on this desk")


def paint_blockouts(
    painter: QPainter, grid: Grid, blockouts: list[Blockout], palette: QPalette, font: QFont
) -> None:
    """Hatched bands with their titles (drawn before the appointments, which stay readable)."""
    shown = bands(grid, blockouts)
    if not shown:
        return
    text = palette.color(QPalette.ColorRole.Text)
    painter.save()
    painter.setFont(font)
    for rect, blockout in shown:
        colour = (
            QColor(blockout.colour) if blockout.colour else palette.color(QPalette.ColorRole.Mid)
        )
        fill = QColor(colour)
        fill.setAlpha(40)
        painter.fillRect(rect, fill)
        hatch = QColor(colour)
        hatch.setAlpha(120)
        painter.fillRect(rect, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(hatch, 1))
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        painter.setPen(text)
        inner = rect.adjusted(TITLE_MARGIN, 1, -TITLE_MARGIN, -1)
        title = painter.fontMetrics().elidedText(
            blockout_name(blockout), Qt.TextElideMode.ElideRight, int(inner.width())
        )
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), title)
    painter.restore()


def _drawn(blockout: Blockout) -> Blockout:
    """The blockout as painted: where it is kept is not."""
    return replace(blockout, at_vendor=0, to_vendor=0, refused=None)


class BlockoutLayer(BandLayer):
    """The blockouts a canvas draws, and their tooltips where no appointment is under the
    pointer."""

    def __init__(self, canvas: QWidget, grid: Callable[[], Grid]) -> None:
        super().__init__(canvas, grid)
        self.blockouts: list[Blockout] = []
        # An account's vendor as the user knows it, for "stored at Progenda" (the window's).
        self.vendor_of: Callable[[str], str] = lambda account: ""

    def set(self, blockouts: list[Blockout]) -> None:
        if blockouts == self.blockouts:  # the first read of none: the days ahead stay
            return
        drawn_alike = [_drawn(b) for b in blockouts] == [_drawn(b) for b in self.blockouts]
        self.blockouts = blockouts
        if not drawn_alike:  # else only where they are kept changed: the tooltip reads it
            self.redraw()

    def grid(self) -> Grid:
        return self._grid()

    def paint(self, painter: QPainter, grid: Grid, palette: QPalette, font: QFont) -> None:
        paint_blockouts(painter, grid, self.blockouts, palette, font)

    def at(self, x: float, y: float) -> Blockout | None:
        return next((b for r, b in bands(self.grid(), self.blockouts) if r.contains(x, y)), None)

    def has_bands(self) -> bool:
        return bool(self.blockouts)

    def tip_at(self, point: QPointF) -> str | None:
        found = self.at(point.x(), point.y())
        return None if found is None else tooltip(found, self.vendor_of(found.account))
