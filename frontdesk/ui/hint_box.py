"""A wrapped hint whose new text repaints the hint alone.

A QLabel in a layout asks for the layout again at every new text (`updateGeometry`), the
request climbs to the window, and a QTabWidget on the way answers it by repainting all of
itself: the patient pane's count, read again while a sync stores patients, repainted the whole
side pane each time. Here the label is the only child of a box without a layout, so its
requests stop at the box; the box asks its own layout again only when the label needs another
height for the box's width (another number of lines).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class HintBox(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._height = -1  # the label's height for the box's width when last laid out

    def heightForWidth(self, width: int) -> int:
        return self.label.heightForWidth(width)

    def sizeHint(self) -> QSize:
        return self.label.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.label.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.label.setGeometry(self.rect())
        self._height = self.label.heightForWidth(self.width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        # The label's new text: another height for this width is asked of the layout around
        # the box; the same height is not (the label repaints itself).
        if event.type() == QEvent.Type.LayoutRequest:
            if self.label.heightForWidth(self.width()) != self._height:
                self.updateGeometry()
            return True
        return super().event(event)
