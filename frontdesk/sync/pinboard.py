"""The pinboard through the workspace (issue 15 item 6): this desk's pins, read and written on
the cache worker, each change told on the feed (`Changes.pins`).

Moving a pinned appointment is the book's usual `Move` (the window sends it, with its guards);
the pin is taken off once that move is stored. The cards are read with the appointments as the
book shows them now, so one cancelled or moved elsewhere says so instead of vanishing.
"""

from __future__ import annotations

from frontdesk.domain import history
from frontdesk.domain.book import DayEntry
from frontdesk.domain.models import Appointment
from frontdesk.domain.pins import Pin, PinnedCard, Since, since_pinned, who_changed
from frontdesk.domain.reference import Reference
from frontdesk.store.protocol import Store
from frontdesk.sync.feed import Changes
from frontdesk.sync.workspace import Workspace


def this_desk() -> str:
    """The board's owner: the desk's configured name, else the host's (as its history rows)."""
    return history.here()[0]


async def pin(workspace: Workspace, appointment: Appointment) -> Pin:
    """Pinned as it is now (pinned again: made anew)."""
    made = Pin.of(appointment, workspace.clock.now(), this_desk())
    await workspace.worker.run(workspace.on_server, lambda store: store.add_pin(made))
    await workspace.publish(Changes(pins=True))
    return made


async def unpin(workspace: Workspace, account: str, appointment_id: str) -> bool:
    """False when it was not on the board (any more)."""
    desk = this_desk()
    gone: bool = await workspace.worker.run(
        workspace.on_server, lambda store: store.remove_pin(account, appointment_id, desk)
    )
    if gone:
        await workspace.publish(Changes(pins=True))
    return gone


async def pinned(workspace: Workspace) -> list[PinnedCard]:
    """This desk's cards, oldest pin first."""
    return await workspace.worker.run(_cards, workspace.cache, workspace.reference, this_desk())


def _cards(cache: Store, reference: Reference, desk: str) -> list[PinnedCard]:
    pins = cache.pins(desk)
    found = {p.key: cache.appointment(p.account, p.appointment_id) for p in pins}
    names = cache.patient_names(
        {(a.account, a.patient_id) for a in found.values() if a is not None and a.patient_id}
    )
    cards = []
    for p in pins:
        a = found[p.key]
        since = since_pinned(p, a)
        who = (
            who_changed(since, cache.appointment_history(p.account, p.appointment_id))
            if since in (Since.MOVED, Since.CANCELLED)
            else None
        )
        provider = reference.provider(p.account, a.provider_id if a else p.provider_id)
        cards.append(
            PinnedCard(
                p,
                None if a is None else _entry(a, names, reference),
                provider.name if provider is not None else "",
                since,
                who.source if who else "",
                who.desk if who else "",
            )
        )
    return cards


def _entry(a: Appointment, names: dict[tuple[str, str], str], reference: Reference) -> DayEntry:
    """As the book draws it (sync/day.py): the patient's name, else the title."""
    service = next((s for s in reference.services_of(a.account) if s.id == a.service_id), None)
    return DayEntry(
        appointment=a,
        patient=names.get((a.account, a.patient_id or ""), a.title or "—"),
        service=service.name if service else (a.title or ""),
        colour=(service.colour if service else None) or a.colour,
    )
