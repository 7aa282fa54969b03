"""A clinic desk's book draws the other desks' claims (issue 14 item 5): read on the cache
worker when the window attaches and again whenever the change feed says the book or the outbox
changed (a claim inserted or deleted anywhere is a change the live refresh brings within its
time). At a single desk nothing is read and nothing drawn."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject

from frontdesk.domain.holds import Claim
from frontdesk.sync.facade.desk import Changes, Workspace, claims_shown, holds
from frontdesk.ui import tasks
from frontdesk.ui.alive import alive
from frontdesk.ui.book.claims import ClaimLayer
from frontdesk.ui.feed import FeedRelay

BEHIND = timedelta(days=1)
AHEAD = timedelta(days=120)  # claims are few (open dialogs, bookings not yet sent): read them all


class ClaimsOverlay(QObject):
    def __init__(self, workspace: Workspace, layer: ClaimLayer, relay: FeedRelay) -> None:
        super().__init__(layer)
        self.workspace = workspace
        self.layer = layer
        self._generation = 0
        if holds(workspace):
            relay.changed.connect(self._data_changed)
            self.reload()

    def _data_changed(self, changes: Changes) -> None:
        if changes.appointments or changes.outbox or changes.reference:
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        now = self.workspace.clock.now()

        def read(claims: list[Claim]) -> None:
            if generation == self._generation and alive(self.layer):
                self.layer.set(claims)

        tasks.run(claims_shown(self.workspace, now - BEHIND, now + AHEAD), read)
