"""On reconnect, a desk hands the writes it queued in its mirror (sync/mirror.py) to the shared
outbox: each exactly once, oldest first, through the clinic's clash guard.

For each local row: one server transaction records its key (store/pg/handoff.py), inserts the
row with that key and claims its time (sync/clash_guard.py); then the local row is deleted. A
crash between the two leaves the local row, and the next hand-off finds the key and inserts
nothing: no loss, no double. A write the guard refuses ("just taken at Desk 2") leaves nothing
on the server; its local row is marked refused with the reason, and the caller tells the user.

Runs on the cache worker (the workspace's thread for its store), so no write stored meanwhile
in the mirror can slip between the hand-off and the switch back to the server.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from frontdesk.domain.clock import Clock
from frontdesk.domain.errors import SlotJustTaken
from frontdesk.store.cache import Cache
from frontdesk.store.pg.store import PgStore
from frontdesk.sync.clash_guard import claiming
from frontdesk.sync.outbox_records import QUEUED, OutboxEntry, read_entries


@dataclass(frozen=True)
class Refused:
    entry: OutboxEntry
    reason: str  # "just taken at Desk 2"


@dataclass
class HandOff:
    handed: list[OutboxEntry] = field(default_factory=list)  # now in the shared outbox
    skipped: list[OutboxEntry] = field(default_factory=list)  # already there (a repeat)
    refused: list[Refused] = field(default_factory=list)


def hand_to_server(server: PgStore, entry: OutboxEntry, desk: Callable[[], str]) -> bool:
    """The server's half: True when the write entered the shared outbox now, False when its
    key was handed (or stored) before. SlotJustTaken when the guard refuses it (nothing kept)."""
    guard = claiming(server, desk)
    with server.transaction():
        if not server.first_hand_off(entry.client_key):
            return False
        at = int(entry.created_at.timestamp()) if entry.created_at else 0
        new_id = server.outbox().insert(
            entry.account, entry.kind, entry.client_key, entry.payload, at, entry.target_id
        )
        guard(new_id, entry.command)
    return True


def hand_off(mirror: Cache, server: PgStore, desk: Callable[[], str], clock: Clock) -> HandOff:
    """Every write waiting in the mirror, oldest first. A lost connection raises part-way:
    what was handed is gone from the mirror, the rest waits for the next reconnect."""
    done = HandOff()
    table = mirror.outbox()
    for entry in read_entries(mirror):
        if entry.state != QUEUED:  # refused earlier: kept until the user has read it
            continue
        try:
            first = hand_to_server(server, entry, desk)
        except SlotJustTaken as exc:
            reason = str(exc)
            table.fail(entry.id, reason, [], int(clock.now().timestamp()))
            done.refused.append(Refused(entry, reason))
            continue
        table.delete(entry.id)
        (done.handed if first else done.skipped).append(entry)
    return done
