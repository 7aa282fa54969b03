"""The booking dialog's hold on its slot at a clinic desk (issue 14 item 5).

While a provider and a time are chosen, the slot is held in the clinic database for this desk
(on the cache worker, never on the GUI thread), renewed before it lapses, moved when the time
changes and released when the dialog closes; the booking replaces it. When another desk holds
or books an overlapping time the hold is refused at once: `problem()` says "being booked at
Desk 2" and the dialog disables Book until the time is free again (the change feed says so) or
another is chosen. At a single desk nothing is held and `problem()` is always empty.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog

from frontdesk.domain.errors import FrontdeskError, SlotJustTaken
from frontdesk.domain.holds import HOLD_FOR
from frontdesk.sync.facade.desk import Changes, Workspace, hold_slot, holds, release_hold
from frontdesk.ui import tasks
from frontdesk.ui.alive import alive
from frontdesk.ui.feed import FeedRelay
from frontdesk.ui.i18n import arg

Slot = tuple[str, str, datetime, datetime]  # account, provider id, start, end
RENEW_MS = int(HOLD_FOR.total_seconds() * 1000 * 2 / 5)  # renewed well before it lapses


class SlotHold(QObject):
    changed = Signal()  # held, refused or let go: the dialog says it again

    def __init__(self, workspace: Workspace, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.workspace = workspace
        self.active = holds(workspace)
        self.slot: Slot | None = None  # the slot chosen in the dialog
        self.hold_id: int | None = None  # this desk's hold on it, once granted
        self.taken_by = ""  # the desk that holds or books it, when refused
        self._generation = 0
        self.timer = QTimer(self)
        self.timer.setInterval(RENEW_MS)
        self.timer.timeout.connect(self._renew)
        if self.active:
            dialog.finished.connect(lambda _result: self.release())
            self.relay = FeedRelay(workspace.feed, self)
            self.relay.changed.connect(self._data_changed)

    def problem(self) -> str:
        if not self.taken_by:
            return ""
        return arg(
            self.tr("Being booked at %1. Choose another time, or wait until it is free."),
            self.taken_by,
        )

    def follow(self, slot: Slot | None) -> None:
        """The dialog's provider and time now (None: not both chosen): hold it instead."""
        if not self.active or slot == self.slot:
            return
        self.slot = slot
        had = self.taken_by
        self.taken_by = ""
        self._ask(release_first=True)
        if had:
            self.changed.emit()

    def release(self) -> None:
        """The dialog closed (booked, cancelled or closed): the time is free for other desks
        (after a booking, the booking's claim has replaced the hold already)."""
        self.slot = None
        self.taken_by = ""
        self._ask(release_first=True)

    def _renew(self) -> None:
        # Held again in one transaction (the old hold gives way to the new): no gap.
        self._ask(release_first=False)

    def _data_changed(self, changes: Changes) -> None:
        """Another desk let the time go (or took it): ask again at once when refused."""
        slot = self.slot
        if slot is not None and self.taken_by and changes.touches(slot[2], slot[3], slot[0]):
            self._ask(release_first=False)

    def _ask(self, *, release_first: bool) -> None:
        self._generation += 1
        generation = self._generation
        old = self.hold_id
        if release_first and old is not None:
            self.hold_id = None
            tasks.run(release_hold(self.workspace, old))  # before the new hold: one worker
        slot = self.slot
        if slot is None:
            self.timer.stop()
            return
        self.timer.start()  # renewed while held; asked again while refused

        def held(hold_id: int | None) -> None:
            if generation != self._generation or not alive(self):
                if hold_id is not None and hold_id != self.hold_id:
                    tasks.run(release_hold(self.workspace, hold_id))  # superseded meanwhile
                return
            self.hold_id = hold_id
            if self.taken_by:
                self.taken_by = ""
                self.changed.emit()

        def refused(error: FrontdeskError) -> None:
            if generation != self._generation or not alive(self):
                return
            if isinstance(error, SlotJustTaken) and error.by_desk != self.workspace.desk_name():
                self.hold_id = None
                if self.taken_by != error.by_desk:
                    self.taken_by = error.by_desk
                    self.changed.emit()
            # This desk's own booking there (a renewal after Book), or the server away: the
            # booking's own claim guards the time.

        tasks.run(hold_slot(self.workspace, *slot), held, refused)
