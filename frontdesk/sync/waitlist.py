"""The waitlist through the workspace (issue 15): local data, so no outbox; each change is told
on the change feed (`Changes.waitlist`) so every desk view of it refreshes.

Booking an offered slot is an ordinary `Book` command (the outbox); the entry is removed once
the booking is stored, not before, so a refused write leaves the patient waiting.
"""

from __future__ import annotations

from datetime import datetime

from frontdesk.domain.reference import Reference
from frontdesk.domain.waitlist import Slot, WaitlistEntry, fitting
from frontdesk.sync.feed import Changes
from frontdesk.sync.workspace import Workspace


async def waitlist(workspace: Workspace, account: str | None = None) -> list[WaitlistEntry]:
    """The entries (of `account`, or all) in offer order."""
    return await workspace.worker.run(workspace.cache.waitlist, account)


async def named_waitlist(
    workspace: Workspace, account: str | None = None
) -> list[tuple[WaitlistEntry, str]]:
    """The entries in offer order, each with its patient's name as the book shows it."""
    return await workspace.worker.run(_named, workspace, account)


def _named(workspace: Workspace, account: str | None) -> list[tuple[WaitlistEntry, str]]:
    entries = workspace.cache.waitlist(account)
    names = workspace.cache.patient_names({(e.account, e.patient_id) for e in entries})
    return [(e, names.get((e.account, e.patient_id), e.patient_id)) for e in entries]


async def add_to_waitlist(workspace: Workspace, entry: WaitlistEntry) -> WaitlistEntry:
    stored: WaitlistEntry = await workspace.worker.run(
        workspace.on_server, lambda store: store.add_waitlist(entry)
    )
    await workspace.publish(Changes(waitlist=True))
    return stored


async def remove_from_waitlist(workspace: Workspace, entry_id: int) -> bool:
    """False when it was already gone (another desk booked or removed it)."""
    gone: bool = await workspace.worker.run(
        workspace.on_server, lambda store: store.remove_waitlist(entry_id)
    )
    if gone:
        await workspace.publish(Changes(waitlist=True))
    return gone


def slot_at(
    reference: Reference,
    account: str,
    provider_id: str,
    start: datetime,
    minutes: int | None = None,
) -> Slot:
    """A free time of the provider, on their clinic's wall clock, with the services they
    give (a service listing no provider is given by all) that fit in `minutes` if given."""
    provider = reference.provider(account, provider_id)
    zone = (
        reference.zone_of(provider)
        if provider is not None
        else reference.account_zone(account) or reference.zone()
    )
    local = start.astimezone(zone)
    services = frozenset(
        s.id
        for s in reference.services_of(account)
        if (not s.provider_ids or provider_id in s.provider_ids)
        and (minutes is None or s.minutes <= minutes)
    )
    return Slot(account, provider_id, local, services or None)


async def waitlist_matches(
    workspace: Workspace, account: str, provider_id: str, start: datetime
) -> list[WaitlistEntry]:
    """The entries that fit the slot, urgent and longest waiting first."""
    slot = slot_at(workspace.reference, account, provider_id, start)
    return fitting(await waitlist(workspace, account), slot)
