"""Blockouts' rows, read alike from both stores (SQLite's migration 7, PostgreSQL's 4)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from frontdesk.domain.blockouts import Blockout, BlockoutKind

COLUMNS = "account, provider_id, start_utc, end_utc, timezone, kind, title, colour, repeat_until"


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


def _instant(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return datetime.fromtimestamp(int(value), UTC)


def blockout(row: Any) -> Blockout:
    """A row of either store (sqlite3.Row or dict, read alike by key)."""
    until = row["repeat_until"]
    return Blockout(
        account=row["account"],
        provider_id=row["provider_id"],
        start=_instant(row["start_utc"]),
        end=_instant(row["end_utc"]),
        zone=row["timezone"],
        kind=BlockoutKind(row["kind"]),
        title=row["title"],
        colour=row["colour"],
        repeat_until=until
        if until is None or isinstance(until, date)
        else date.fromisoformat(until),
        id=int(row["id"]),
    )
