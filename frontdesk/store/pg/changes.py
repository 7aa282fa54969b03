"""Reading the change sequence (migration 2): what changed since a number a desk last saw.

Triggers on the synced tables, the outbox and the claims write the rows; a deferred trigger
numbers them at commit, in commit order, and notifies `frontdesk_changes` (store/pg/migrations.py).
NOTIFY has no replay, so a listener (sync/live.py) reads from its last seen number after every
notify and every reconnect. Old rows are pruned after some days; `pruned_to` tells a reader
that was further behind that it missed some and must reread everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import psycopg

CHANNEL = "frontdesk_changes"
KEEP = timedelta(days=7)


@dataclass(frozen=True)
class ChangeRow:
    seq: int
    kind: str  # appointment, patient, reference, outbox, hold, agent, waitlist, blockout, series
    account: str | None
    ids: tuple[str, ...] | None  # None: any of the account's
    start: datetime | None
    end: datetime | None
    provider_id: str | None


@dataclass(frozen=True)
class ChangeLog:
    """The changes after a number, up to `latest`. `missed`: some were pruned before this
    reader saw them, so it must reread everything (the rows alone are not the whole story)."""

    rows: tuple[ChangeRow, ...]
    latest: int
    missed: bool


def changes_since(conn: psycopg.Connection[Any], seq: int, limit: int = 5000) -> ChangeLog:
    """One snapshot (a single statement): the clock and the rows agree. Past `limit` rows the
    log says `missed` (reread everything) rather than build a change list of that size."""
    rows = conn.execute(
        "SELECT k.seq AS clock, k.pruned_to, c.seq, c.kind, c.account, c.ids, c.start_utc,"
        " c.end_utc, c.provider_id FROM change_clock k LEFT JOIN LATERAL ("
        " SELECT * FROM changes WHERE seq > %(seq)s ORDER BY seq LIMIT %(limit)s) c ON true"
        " ORDER BY c.seq",
        {"seq": seq, "limit": limit + 1},
    ).fetchall()
    first = _get(rows[0])
    latest, pruned_to = int(first["clock"]), int(first["pruned_to"])
    found = tuple(
        ChangeRow(
            int(r["seq"]),
            r["kind"],
            r["account"],
            None if r["ids"] is None else tuple(r["ids"]),
            r["start_utc"],
            r["end_utc"],
            r["provider_id"],
        )
        for r in map(_get, rows)
        if r["seq"] is not None
    )
    if seq < pruned_to or len(found) > limit:
        return ChangeLog((), latest, True)
    return ChangeLog(found, latest, False)


def latest_change(conn: psycopg.Connection[Any]) -> int:
    row = conn.execute("SELECT seq FROM change_clock").fetchone()
    assert row is not None
    return int(_get(row, ("seq",))["seq"])


def prune_changes(conn: psycopg.Connection[Any], keep: timedelta = KEEP) -> int:
    """Delete changes older than `keep`; returns how many. Under the clock's lock, so a reader
    sees the rows and `pruned_to` of one moment."""
    with conn.transaction():
        conn.execute("SELECT seq FROM change_clock FOR UPDATE")
        row = conn.execute(
            "WITH gone AS (DELETE FROM changes WHERE committed_at < now() - %s RETURNING seq)"
            " SELECT count(*) AS n, max(seq) AS top FROM gone",
            (keep,),
        ).fetchone()
        found = _get(row, ("n", "top"))
        if found["top"] is not None:
            conn.execute(
                "UPDATE change_clock SET pruned_to = GREATEST(pruned_to, %s)", (found["top"],)
            )
        return int(found["n"])


_COLUMNS = (
    "clock",
    "pruned_to",
    "seq",
    "kind",
    "account",
    "ids",
    "start_utc",
    "end_utc",
    "provider_id",
)


def _get(row: Any, names: tuple[str, ...] = _COLUMNS) -> dict[str, Any]:
    """A row as a dict, from a dict_row or a tuple connection (the listener's)."""
    return dict(row) if isinstance(row, dict) else dict(zip(names, row, strict=True))
