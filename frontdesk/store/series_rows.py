"""Series' rows, read alike from both stores (SQLite's migration 11, PostgreSQL's 9)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from frontdesk.domain.series import Member, SeriesLink, StoredSeries
from frontdesk.store.instants import instant

COLUMNS = "account, rule, timezone, created_at, desk, user_name"


def values(series: StoredSeries) -> dict[str, Any]:
    """The series' columns (the time as given: each store adapts it)."""
    return {
        "account": series.account,
        "rule": series.rule,
        "timezone": series.zone,
        "created_at": series.created_at,
        "desk": series.desk,
        "user_name": series.user,
    }


def member_rows(series_id: int, account: str, members: Iterable[Member]) -> list[dict[str, Any]]:
    return [
        {
            "series_id": series_id,
            "account": account,
            "position": m.position,
            "appointment_id": m.appointment_id,
        }
        for m in members
    ]


def series(row: Any) -> StoredSeries:
    """A row of either store (sqlite3.Row or dict, read alike by key)."""
    return StoredSeries(
        account=row["account"],
        rule=row["rule"],
        zone=row["timezone"],
        created_at=instant(row["created_at"]),
        desk=row["desk"],
        user=row["user_name"],
        id=int(row["id"]),
    )


def link(row: Any) -> SeriesLink:
    """A row of `LINKS` (one member, its series' rule and size)."""
    return SeriesLink(int(row["series_id"]), int(row["position"]), int(row["total"]), row["rule"])


# One member with its series' rule and size; each store adds how it names the wanted keys.
LINKS = (
    "SELECT m.account, m.appointment_id, m.series_id, m.position, s.rule,"
    " (SELECT count(*) FROM series_appointments o WHERE o.series_id = m.series_id) AS total"
    " FROM series_appointments m JOIN series s ON s.id = m.series_id"
)
