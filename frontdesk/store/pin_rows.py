"""Pins' rows, read alike from both stores (each desk's pinboard, issue 15 item 6)."""

from __future__ import annotations

from typing import Any

from frontdesk.domain.pins import Pin
from frontdesk.store.instants import instant


def pin(row: Any) -> Pin:
    """A row of either store (sqlite3.Row or dict, read alike by key)."""
    return Pin(
        row["account"],
        row["appointment_id"],
        instant(row["pinned_at"]),
        row["desk"],
        row["provider_id"],
        instant(row["start_utc"]),
        instant(row["end_utc"]),
    )
