"""What the book's band layers share (blockouts, other desks' claims): bands drawn under the
appointments as part of the canvas's cached picture, and a tooltip where a band is under the
pointer and no appointment is (an event filter: the canvas's own tooltips are left as they are).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip, QWidget

from frontdesk.ui.book.geometry import Grid


class BandLayer(QObject):
    def __init__(self, canvas: QWidget, grid: Callable[[], Grid]) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self._grid = grid  # the canvas's grid(): its sheet, width and hours now
        canvas.installEventFilter(self)

    def redraw(self) -> None:
        """The bands changed: the canvas's cached picture (and the days rendered ahead) are
        drawn again."""
        picture = getattr(self.canvas, "picture", None)
        if picture is not None:
            picture.clear()
        prepared = getattr(self.canvas, "_prepared", None)
        if prepared:
            prepared.clear()
        self.canvas.update()

    def has_bands(self) -> bool:
        raise NotImplementedError

    def tip_at(self, point: QPointF) -> str | None:
        """The tooltip of the band at `point`, if one is there."""
        raise NotImplementedError

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.canvas
            and event.type() == QEvent.Type.ToolTip
            and isinstance(event, QHelpEvent)
            and self.has_bands()
        ):
            point = QPointF(event.pos())
            block_at = getattr(self.canvas, "block_at", None)
            if block_at is not None and block_at(point) is not None:
                return False  # an appointment: the canvas's own tooltip
            tip = self.tip_at(point)
            if tip is not None:
                QToolTip.showText(event.globalPos(), tip, self.canvas)
                return True
        return False
