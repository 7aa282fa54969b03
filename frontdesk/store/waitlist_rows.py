"""The waitlist's rows, read and written alike by both stores (SQLite's migration 6,
PostgreSQL's 3): provider ids as a JSON list, days as "mon,tue"."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from frontdesk.domain.waitlist import TimeOfDay, WaitlistEntry, format_days, parse_days
from frontdesk.store.instants import instant

COLUMNS = (
    "account, patient_id, service_id, provider_ids, days, time_of_day, earliest, latest,"
    " urgent, note, added_at"
)


def values(entry: WaitlistEntry) -> dict[str, Any]:
    """The entry's columns (dates and times as given: each store adapts them)."""
    return {
        "account": entry.account,
        "patient_id": entry.patient_id,
        "service_id": entry.service_id,
        "provider_ids": json.dumps(sorted(entry.provider_ids)),
        "days": format_days(entry.days),
        "time_of_day": entry.time_of_day.value if entry.time_of_day else None,
        "earliest": entry.earliest,
        "latest": entry.latest,
        "urgent": entry.urgent,
        "note": entry.note,
        "added_at": entry.added_at,
    }


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def entry(row: Any) -> WaitlistEntry:
    """A row of either store (sqlite3.Row or dict, read alike by key)."""
    return WaitlistEntry(
        account=row["account"],
        patient_id=row["patient_id"],
        service_id=row["service_id"],
        added_at=instant(row["added_at"]),
        provider_ids=frozenset(json.loads(row["provider_ids"])),
        days=parse_days(row["days"]),
        time_of_day=TimeOfDay(row["time_of_day"]) if row["time_of_day"] else None,
        earliest=_day(row["earliest"]),
        latest=_day(row["latest"]),
        urgent=bool(row["urgent"]),
        note=row["note"],
        id=int(row["id"]),
    )
