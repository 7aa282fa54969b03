"""The parts of the window its first frame does not show, built once it has painted.

The menus' contents, the colour legend's swatches and the day sheet's export are not on screen
until someone opens them; a cold start builds them after the book's first paint, one part per
event-loop turn (a key pressed meanwhile is handled between two parts). `finish()` builds what
is left at once, for whoever needs a part now (attaching the workspace, a test).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from frontdesk.ui.alive import alive


class AfterFirstPaint(QObject):
    done = Signal()  # every part is built

    def __init__(
        self, watched: QObject, parts: Iterable[Callable[[], object]], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._parts = deque(parts)
        self._watched: QObject | None = watched
        watched.installEventFilter(self)

    @property
    def pending(self) -> bool:
        return bool(self._parts)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self._watched:
            self._unwatch()
            # Timers queued during the paint (the start's own watcher) run first; the parts
            # start on the turn after, once the frame is on screen.
            QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._next))
        return False

    def finish(self) -> None:
        self._unwatch()
        if not self._parts:
            return
        while self._parts:
            self._parts.popleft()()
        self.done.emit()

    def _next(self) -> None:
        if not alive(self) or not self._parts:
            return
        self._parts.popleft()()
        if self._parts:
            QTimer.singleShot(0, self, self._next)
        else:
            self.done.emit()

    def _unwatch(self) -> None:
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None
