"""Slots that free up, and the waiting patients who fit them (issue 15, the waitlist's offer).

Watches the change feed, whatever caused the change (a cancel, a move or a no-show made here,
or a sync showing one made at the vendor): it keeps the booked appointments of the next
HORIZON as they were, reads them again after a change (with the writes still waiting applied,
so a cancel is seen the moment it is stored), and a booked time that is no longer held and is
not taken by another appointment is a freed slot. The entries that fit it, in offer order,
are told as an `Offer`.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from frontdesk.domain.models import AppointmentStatus
from frontdesk.domain.reference import Reference
from frontdesk.domain.waitlist import Slot, WaitlistEntry, fitting
from frontdesk.store.protocol import Store
from frontdesk.sync.day import apply_waiting
from frontdesk.sync.feed import Changes
from frontdesk.sync.outbox_records import read_entries
from frontdesk.sync.waitlist import slot_at
from frontdesk.sync.workspace import Workspace

HORIZON = timedelta(days=14)  # a waitlist fills the coming days; further ahead waits for them
NOT_HOLDING = {
    AppointmentStatus.CANCELLED,
    AppointmentStatus.NOSHOW,
    AppointmentStatus.ENTERED_IN_ERROR,
}

Key = tuple[str, str]  # account, appointment id
Held = dict[Key, tuple[str, datetime, datetime, str | None]]  # provider, start, end, service


@dataclass(frozen=True)
class Offer:
    """A freed slot (its start on the provider's clinic clock) and who fits it, in order."""

    slot: Slot
    end: datetime
    provider_name: str
    service_id: str | None  # the freed appointment's
    entries: tuple[WaitlistEntry, ...]
    names: dict[Key, str]  # (account, patient id) -> name as the book shows it

    @property
    def headline(self) -> str:
        count = len(self.entries)
        who = "1 waiting patient fits" if count == 1 else f"{count} waiting patients fit"
        return f"{who} {self.slot.start:%a %H:%M} with {self.provider_name}"


def _held(cache: Store, start: datetime, end: datetime) -> Held:
    appointments = apply_waiting(cache.appointments_between(start, end), read_entries(cache))
    return {
        (a.account, a.id): (a.provider_id, a.start, a.end, a.service_id)
        for a in appointments
        if a.status not in NOT_HOLDING
    }


def freed(
    before: Held, after: Held, now: datetime
) -> list[tuple[str, str, datetime, datetime, str | None]]:
    """(account, provider, start, end, service) of each time held before and free now."""
    slots = []
    for (account, key), (provider, start, end, service) in before.items():
        if start <= now or after.get((account, key)) == (provider, start, end, service):
            continue
        taken = any(
            a == account and p == provider and s < end and start < e
            for (a, _), (p, s, e, _) in after.items()
        )
        if not taken:
            slots.append((account, provider, start, end, service))
    return sorted(set(slots), key=lambda s: (s[2], s[0], s[1]))


def _offer(
    cache: Store,
    reference: Reference,
    slot_of: tuple[str, str, datetime, datetime, str | None],
) -> Offer:
    account, provider_id, start, end, service = slot_of
    minutes = int((end - start).total_seconds() // 60)
    slot = slot_at(reference, account, provider_id, start, minutes)
    entries = fitting(cache.waitlist(account), slot)
    provider = reference.provider(account, provider_id)
    names = cache.patient_names({(e.account, e.patient_id) for e in entries})
    return Offer(
        slot,
        end.astimezone(slot.start.tzinfo),
        provider.name if provider else provider_id,
        service,
        tuple(entries),
        names,
    )


async def offer_at(
    workspace: Workspace, account: str, provider_id: str, start: datetime, end: datetime
) -> Offer:
    """Who on the waitlist fits this free time (the book's "From waitlist…")."""
    return await workspace.worker.run(
        _offer, workspace.cache, workspace.reference, (account, provider_id, start, end, None)
    )


def _offers(
    cache: Store, reference: Reference, before: Held | None, now: datetime
) -> tuple[Held | None, list[Offer]]:
    if not cache.waitlist():  # nobody waits: no reading of the book (~70 ms for 3,500 rows)
        return None, []  # the look after the first entry is added takes the book as it is
    after = _held(cache, now, now + HORIZON)
    if before is None:
        return after, []
    offers = [_offer(cache, reference, slot) for slot in freed(before, after, now)]
    return after, [o for o in offers if o.entries]


class FreedSlots:
    """`FreedSlots(workspace, on_offer)`: calls `on_offer` for each freed slot that someone on
    the waitlist fits, on the event loop's thread. `close()` stops watching."""

    def __init__(self, workspace: Workspace, on_offer: Callable[[Offer], None]) -> None:
        self.workspace = workspace
        self.on_offer = on_offer
        self._held: Held | None = None
        self._dirty = False
        self._task: asyncio.Task[None] | None = None
        self._unsubscribe = workspace.feed.subscribe(self._changed)
        self._schedule()  # what is held now: the first look offers nothing

    def close(self) -> None:
        self._unsubscribe()
        if self._task is not None:
            self._task.cancel()

    def _changed(self, changes: Changes) -> None:
        if changes.appointments or changes.outbox or changes.waitlist:
            self._schedule()

    def _schedule(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no loop yet (a script): the next change looks
            return
        self._dirty = True
        if self._task is None or self._task.done():
            self._task = loop.create_task(self._run())

    async def _run(self) -> None:
        while self._dirty:
            self._dirty = False
            for offer in await self.check():
                self.on_offer(offer)

    async def check(self) -> list[Offer]:
        """Look now: the offers for the slots freed since the last look."""
        workspace = self.workspace
        self._held, offers = await workspace.worker.run(
            _offers, workspace.cache, workspace.reference, self._held, workspace.clock.now()
        )
        return offers

    async def settled(self) -> None:
        """Returns once the changes told so far have been looked at (for tests and scripts)."""
        task = self._task
        if task is not None and not task.done():
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.shield(task)
