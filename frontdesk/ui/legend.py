"""The colour legend: which colour is which service, for the appointments drawn.

A menu (the toolbar's Colours button, and View > Service colours) rather than a strip under the
book: it costs no height all day, and lists only what the sheet shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QWidget

from frontdesk.domain.book import DaySheet
from frontdesk.ui.theme import service_accent


def swatch(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(colour).darker(130))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


def legend_of(sheet: DaySheet | None) -> list[tuple[str, str]]:
    """(service, colour) for every service drawn, by name."""
    if sheet is None:
        return []
    # The distinct (service, colour) pairs first: a colour is parsed once, not per entry.
    pairs = {
        (entry.service or "No service", entry.colour)
        for column in sheet.columns
        for entry in column.entries
    }
    seen = {(name, service_accent(colour).name()) for name, colour in pairs}  # the accent
    return sorted(seen, key=lambda item: (item[0].casefold(), item[1]))


class LegendMenu(QMenu):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Service colours", parent)
        self.setAccessibleName("Service colours")
        self.entries: list[tuple[str, str]] = []
        self.show_sheet(None)

    def show_sheet(self, sheet: DaySheet | None) -> None:
        entries = legend_of(sheet)
        if entries == self.entries and self.actions():
            return
        self.entries = entries
        self.clear()
        if not entries:
            self.addAction("No appointments shown").setEnabled(False)
        for name, colour in entries:
            self.addAction(swatch(colour), name).setToolTip(f"{name}: {colour}")
