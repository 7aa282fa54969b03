"""What the outbox holds, readable without the sending machinery: an entry's states, the entry
record (with its typed command), and reads of the outbox table.

Kept apart from sync.outbox (which needs the connectors, and through them httpx) so that the
book can draw the writes still waiting from the cache alone, before the connectors are loaded
(the window's first paint, docs/architecture.md "Start-up").
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from frontdesk.domain.models import Opening
from frontdesk.store.outbox_table import FAILED, QUEUED, UNKNOWN, WAITING, OutboxTable
from frontdesk.sync.record_codec import PENDING, opening_from

if TYPE_CHECKING:
    from frontdesk.store.protocol import Outbox, Store
    from frontdesk.sync.commands import Command

__all__ = ["FAILED", "PENDING", "QUEUED", "UNKNOWN", "WAITING", "OutboxEntry", "entry_from_row"]


@dataclass(frozen=True)
class OutboxEntry:
    """A write in the outbox, as the book and the outbox view read it."""

    id: int
    account: str
    kind: str
    client_key: str
    payload: dict[str, Any]
    state: str
    attempts: int
    last_error: str | None
    created_at: datetime | None = None
    next_attempt_at: datetime | None = None
    # A booking refused because the slot was taken: fresh openings near the time asked for.
    alternatives: tuple[Opening, ...] = ()
    in_flight: bool = False  # being sent right now
    target_id: str | None = None  # the appointment or patient the write is about

    @property
    def waiting(self) -> bool:
        return self.state in WAITING

    @cached_property
    def command(self) -> Command:
        """The typed write this row holds (UnknownCommand for a kind this frontdesk lacks)."""
        # Imported on first use: the first frame reads the outbox before any write is decoded.
        from frontdesk.sync.commands import decode

        return decode(self.kind, self.account, self.client_key, self.payload)


def entry_from_row(r: Any) -> OutboxEntry:
    keys = r.keys()
    alternatives = r["alternatives"] if "alternatives" in keys else None
    return OutboxEntry(
        r["id"],
        r["account"],
        r["kind"],
        r["client_key"],
        json.loads(r["payload"]),
        r["state"],
        r["attempts"],
        r["last_error"],
        created_at=datetime.fromtimestamp(r["created_at"], UTC),
        next_attempt_at=datetime.fromtimestamp(r["next_attempt_at"], UTC),
        alternatives=tuple(opening_from(o) for o in json.loads(alternatives or "[]")),
        in_flight=bool(r["claimed_by"]) if "claimed_by" in keys else False,
        target_id=r["target_id"] if "target_id" in keys else None,
    )


def _table(source: Store | sqlite3.Connection) -> Outbox:
    # A store's own outbox (SQLite or PostgreSQL), or SQLite's table on a raw connection.
    return OutboxTable(source) if isinstance(source, sqlite3.Connection) else source.outbox()


def read_entries(
    source: Store | sqlite3.Connection, account: str | None = None
) -> list[OutboxEntry]:
    return [entry_from_row(r) for r in _table(source).rows(account)]


def read_entry(source: Store | sqlite3.Connection, entry_id: int) -> OutboxEntry | None:
    row = _table(source).row(entry_id)
    return entry_from_row(row) if row is not None else None
