"""A time read alike from both stores: SQLite keeps whole seconds since the epoch, PostgreSQL a
timestamptz. Every `*_rows` module reads its times through `instant`."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any


def instant(value: Any) -> datetime:
    """An aware UTC datetime from either store's column."""
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return datetime.fromtimestamp(int(value), UTC)
