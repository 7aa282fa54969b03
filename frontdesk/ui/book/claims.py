"""Other desks' claims drawn in a clinic desk's book (issue 14 item 5): a hatched band, "Being
booked at Desk 2", over the time another desk's booking dialog holds, and over a booking waiting
in the shared outbox for the sync agent (not yet an appointment, so no block draws it).

Like the blockouts (book/blockouts.py) the bands are part of the canvas's cached picture: a new
set clears it (claims change seldom: a dialog opened, moved or closed, a booking made or sent).
The window sets `layer.claims` (ui/claims_overlay.py reads them on the cache worker, again when
the change feed says the book changed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from frontdesk.domain.book import DayColumn
from frontdesk.domain.holds import HOLD, Claim
from frontdesk.ui.book.band_layer import BandLayer
from frontdesk.ui.book.geometry import Grid, day_bands
from frontdesk.ui.i18n import arg

MARGIN = 3.0
HATCH = QColor(214, 120, 0)  # amber: someone else is on it, not a closed time


def title(claim: Claim) -> str:
    if claim.kind == HOLD:
        return arg(QCoreApplication.translate("ClaimLayer", "Being booked at %1"), claim.desk)
    return arg(
        QCoreApplication.translate("ClaimLayer", "Booked at %1, waiting for the sync agent"),
        claim.desk,
    )


def bands(grid: Grid, claims: list[Claim]) -> list[tuple[QRectF, Claim]]:
    """Each claim's rectangle in its provider's column, for the sheet the grid lays out."""
    if not claims:
        return []

    def spans(
        column: DayColumn, start: datetime, end: datetime
    ) -> Iterator[tuple[Claim, datetime, datetime]]:
        for claim in claims:
            if (claim.account, claim.provider_id) == column.key and claim.overlaps(start, end):
                yield claim, max(claim.start, start), min(claim.end, end)

    return day_bands(grid, spans)


def paint_claims(
    painter: QPainter, grid: Grid, claims: list[Claim], palette: QPalette, font: QFont
) -> None:
    shown = bands(grid, claims)
    if not shown:
        return
    painter.save()
    painter.setFont(font)
    fill = QColor(HATCH)
    fill.setAlpha(45)
    hatch = QColor(HATCH)
    hatch.setAlpha(160)
    for rect, claim in shown:
        painter.fillRect(rect, fill)
        painter.fillRect(rect, QBrush(hatch, Qt.BrushStyle.FDiagPattern))
        painter.setPen(QPen(hatch, 1, Qt.PenStyle.DashLine))
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        inner = rect.adjusted(MARGIN, 1, -MARGIN, -1)
        metrics = painter.fontMetrics()
        text = title(claim)
        wrap = int(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        )
        needed = metrics.boundingRect(inner.toRect(), wrap, text).height()
        if needed > inner.height():  # a short band: one line, elided
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width()))
        painter.drawText(inner, wrap, text)
    painter.restore()


class ClaimLayer(BandLayer):
    """The claims a canvas draws, and their tooltips where no appointment is under the pointer."""

    def __init__(self, canvas: QWidget, grid: Callable[[], Grid]) -> None:
        super().__init__(canvas, grid)
        self.claims: list[Claim] = []

    def set(self, claims: list[Claim]) -> None:
        if claims == self.claims:
            return  # nothing new: the picture holds
        self.claims = claims
        self.redraw()

    def paint(self, painter: QPainter, grid: Grid, palette: QPalette, font: QFont) -> None:
        paint_claims(painter, grid, self.claims, palette, font)

    def shown(self) -> list[tuple[QRectF, Claim]]:
        """The bands drawn now (what a test or a screen reader can ask)."""
        return bands(self._grid(), self.claims)

    def has_bands(self) -> bool:
        return bool(self.claims)

    def tip_at(self, point: QPointF) -> str | None:
        found = next((c for r, c in self.shown() if r.contains(point)), None)
        return None if found is None else title(found)
