"""Blockouts' rows, read alike from both stores (SQLite's migration 7, PostgreSQL's 4)."""

from __future__ import annotations

from datetime import date
from typing import Any

from frontdesk.domain.blockouts import Blockout, BlockoutKind, Occurrence, Remote
from frontdesk.store.instants import instant

COLUMNS = "account, provider_id, start_utc, end_utc, timezone, kind, title, colour, repeat_until"


def at_vendor(payload_blockout: str) -> str:
    """Where its occurrences are at the vendor, counted beside each blockout read (the
    blockouts' alias is b). Waiting: a pending row, or a write still in the outbox that has
    no row yet (a clinic desk stores only the write; the agent writes the row when it sends).
    `payload_blockout`: the store's SQL for the blockout id in an outbox row `o`'s payload."""
    return (
        ", (SELECT count(*) FROM blockout_remote r WHERE r.blockout_id = b.id"
        " AND r.state = 'stored') AS at_vendor"
        ", (SELECT count(*) FROM blockout_remote r WHERE r.blockout_id = b.id"
        " AND r.state = 'pending')"
        " + (SELECT count(*) FROM outbox o WHERE o.kind = 'store_blockout'"
        " AND o.state IN ('queued', 'unknown')"
        f" AND {payload_blockout} = b.id"
        " AND NOT EXISTS (SELECT 1 FROM blockout_remote r WHERE r.remote_id = o.client_key))"
        " AS to_vendor"
        ", (SELECT min(r.reason) FROM blockout_remote r WHERE r.blockout_id = b.id"
        " AND r.state = 'refused') AS refused"
    )


REMOTE_COLUMNS = (
    "account, remote_id, blockout_id, provider_id, start_utc, end_utc, title, colour, state,"
    " vendor_id, reason"
)


def values(blockout: Blockout) -> dict[str, Any]:
    """The blockout's columns (times and dates as given: each store adapts them)."""
    return {
        "account": blockout.account,
        "provider_id": blockout.provider_id,
        "start_utc": blockout.start,
        "end_utc": blockout.end,
        "timezone": blockout.zone,
        "kind": blockout.kind.value,
        "title": blockout.title,
        "colour": blockout.colour,
        "repeat_until": blockout.repeat_until,
    }


def blockout(row: Any) -> Blockout:
    """A row of either store (sqlite3.Row or dict, read alike by key)."""
    until = row["repeat_until"]
    return Blockout(
        account=row["account"],
        provider_id=row["provider_id"],
        start=instant(row["start_utc"]),
        end=instant(row["end_utc"]),
        zone=row["timezone"],
        kind=BlockoutKind(row["kind"]),
        title=row["title"],
        colour=row["colour"],
        repeat_until=until
        if until is None or isinstance(until, date)
        else date.fromisoformat(until),
        id=int(row["id"]),
        **_at_vendor(row),
    )


def _at_vendor(row: Any) -> dict[str, Any]:
    # sqlite3.Row: `in` would look at the values
    if "at_vendor" not in row.keys():  # noqa: SIM118 (a row just added: nothing sent yet)
        return {}
    return {
        "at_vendor": int(row["at_vendor"]),
        "to_vendor": int(row["to_vendor"]),
        "refused": row["refused"],
    }


def remote_values(o: Occurrence) -> dict[str, Any]:
    """The occurrence's columns (times as given: each store adapts them)."""
    return {
        "account": o.account,
        "remote_id": o.remote_id,
        "blockout_id": o.blockout_id,
        "provider_id": o.provider_id,
        "start_utc": o.start,
        "end_utc": o.end,
        "title": o.title,
        "colour": o.colour,
        "state": o.state.value,
        "vendor_id": o.vendor_id,
        "reason": o.reason,
    }


def occurrence(row: Any) -> Occurrence:
    return Occurrence(
        account=row["account"],
        blockout_id=int(row["blockout_id"]),
        provider_id=row["provider_id"],
        start=instant(row["start_utc"]),
        end=instant(row["end_utc"]),
        remote_id=row["remote_id"],
        title=row["title"],
        colour=row["colour"],
        state=Remote(row["state"]),
        vendor_id=row["vendor_id"],
        reason=row["reason"],
    )
