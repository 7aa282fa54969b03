"""A clinic desk's holds and the other desks' claims (issue 14 item 5), on the cache worker.

An open booking dialog holds its provider and time in the clinic database (renewed while it is
open, moved with the time, released on close; the booking replaces it), so another desk is told
"being booked at Desk 1" before pressing Book, draws the time as such in its book, and its
openings skip it. A single desk holds nothing: every call here is then a no-op. No psycopg
here: the store is any `HoldingStore` (PgStore).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Protocol, runtime_checkable

from frontdesk.domain.holds import BOOKING, HOLD, Claim
from frontdesk.domain.openings import Interval
from frontdesk.store.protocol import Store
from frontdesk.sync.workspace import Workspace

__all__ = ["BOOKING", "HOLD", "Claim", "HoldingStore", "claims_shown", "held_busy", "holds"]


@runtime_checkable
class HoldingStore(Protocol):
    """A store with the clinic database's claims (PgStore)."""

    def hold_slot(
        self, account: str, provider_id: str, start: datetime, end: datetime, desk: str
    ) -> int: ...

    def release_hold(self, hold_id: int) -> None: ...

    def claims_between(
        self, start: datetime, end: datetime, account: str | None = None
    ) -> list[Claim]: ...


def _holding(workspace: Workspace) -> HoldingStore | None:
    store = workspace.cache
    return store if workspace.hands_off and isinstance(store, HoldingStore) else None


def holds(workspace: Workspace) -> bool:
    """This desk holds its booking dialogs' slots (a desk in clinic mode)."""
    return _holding(workspace) is not None


async def hold_slot(
    workspace: Workspace, account: str, provider_id: str, start: datetime, end: datetime
) -> int | None:
    """Hold the time for this desk (renewing its own hold there); None at a single desk.
    Raises SlotJustTaken when another desk holds or books an overlapping time."""
    store = _holding(workspace)
    if store is None:
        return None
    desk = workspace.desk_name()
    return await workspace.worker.run(store.hold_slot, account, provider_id, start, end, desk)


async def release_hold(workspace: Workspace, hold_id: int) -> None:
    store = _holding(workspace)
    if store is not None:
        await workspace.worker.run(store.release_hold, hold_id)


async def claims_shown(workspace: Workspace, start: datetime, end: datetime) -> list[Claim]:
    """What the book draws as being booked in [start, end): other desks' holds and every
    waiting booking (this desk's own too: the book does not draw a desk's waiting writes)."""
    store = _holding(workspace)
    if store is None:
        return []
    desk = workspace.desk_name()
    found = await workspace.worker.run(store.claims_between, start, end, None)
    return [c for c in found if c.kind == BOOKING or c.desk != desk]


def held_busy(
    workspace: Workspace, store: Store, account: str, start: datetime, end: datetime
) -> dict[str, list[Interval]]:
    """On the cache worker: per provider, the claimed time openings must skip (this desk's own
    holds excepted: its dialog is choosing that time)."""
    if not workspace.hands_off or not isinstance(store, HoldingStore):
        return {}
    desk = workspace.desk_name()
    busy: dict[str, list[Interval]] = defaultdict(list)
    for claim in store.claims_between(start, end, account):
        if claim.kind == BOOKING or claim.desk != desk:
            busy[claim.provider_id].append((claim.start, claim.end))
    return dict(busy)
