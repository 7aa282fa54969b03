"""A booked series (issue 15 item 2), as frontdesk keeps it: no vendor models one, so the
series and which appointments belong to it live in frontdesk's store (table `series` and
`series_appointments`), while each appointment is an ordinary booking sent through the outbox.

A member is first linked by its booking's placeholder id (`pending:<key>`); the link follows the
booking to the vendor's id when the vendor confirms it, as the appointment's history does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


def _kind(rule: str) -> str:
    # The rules' module (and its calendar) only when a series is described: a day read from
    # the cache carries its links, the first frame describes none (docs/architecture.md).
    from frontdesk.domain.recurrence import Rule

    return Rule.parse(rule).kind


@dataclass(frozen=True, slots=True)
class StoredSeries:
    """A booked series as frontdesk's store keeps it."""

    account: str
    rule: str  # Rule.text(): the RRULE subset it means
    zone: str  # the clinic's zone its wall-clock times are kept in
    created_at: datetime
    desk: str = ""
    user: str = ""
    id: int | None = None  # the store's, once stored

    @property
    def kind(self) -> str:
        """'weekly', 'every-2-weeks', 'monthly' (what the book's tooltip names)."""
        return _kind(self.rule)


@dataclass(frozen=True, slots=True)
class SeriesLink:
    """Where an appointment stands in its series: "Part of a weekly series (3 of 6)"."""

    series_id: int
    position: int  # 1 for the first
    total: int  # the series' appointments as booked (skipped ones not counted)
    rule: str

    @property
    def kind(self) -> str:
        return _kind(self.rule)


@dataclass(frozen=True, slots=True)
class Member:
    """One appointment of a stored series, by its place in it."""

    position: int
    appointment_id: str  # the vendor's id, or the booking's placeholder while it waits
