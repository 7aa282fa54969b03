"""The one Qt adapter over the core's change feed.

A view makes a `FeedRelay` over `workspace.feed` and connects `changed`: the changes of one
event-loop turn arrive merged, once, so a sync storing a hundred pages redraws a view once per
turn, not a hundred times. The relay unsubscribes when it is destroyed with its view.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from frontdesk.sync.facade.desk import ChangeFeed, Changes


class FeedRelay(QObject):
    changed = Signal(object)  # Changes

    def __init__(
        self, feed: ChangeFeed, parent: QObject | None = None, *, coalesce: bool = True
    ) -> None:
        """`coalesce=False`: every change as it comes (a progress count must see each step)."""
        super().__init__(parent)
        self._coalesce = coalesce
        self._pending: Changes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._flush)
        unsubscribe = feed.subscribe(self._receive)
        self.unsubscribe = unsubscribe
        # A plain function, not a bound slot: it must run while the C++ object goes away.
        self.destroyed.connect(lambda *_: unsubscribe())

    @property
    def pending(self) -> bool:
        """Changes received and not yet emitted."""
        return self._pending is not None

    def _receive(self, changes: Changes) -> None:
        if not self._coalesce:
            self.changed.emit(changes)
            return
        self._pending = changes if self._pending is None else self._pending.merge(changes)
        self._timer.start()

    def _flush(self) -> None:
        changes, self._pending = self._pending, None
        if changes:
            self.changed.emit(changes)
