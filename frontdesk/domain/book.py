"""What the appointment book shows: read models built by the sync layer's queries, drawn by the
window. A day view has a column per provider; a week view a column per day for one provider."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from zoneinfo import ZoneInfo

from frontdesk.domain.alerts import PatientAlert
from frontdesk.domain.confirmations import ConfirmationCall
from frontdesk.domain.models import Appointment, Provider
from frontdesk.domain.series import SeriesLink

ProviderKey = tuple[str, str]  # (account, provider id)


class BookMode(StrEnum):
    DAY = "day"
    WEEK = "week"


@dataclass(frozen=True)
class DayEntry:
    """One appointment as the book draws it, with the names and marks it shows."""

    appointment: Appointment
    patient: str
    service: str
    colour: str | None
    call: ConfirmationCall | None = None  # the latest confirmation call about it
    alert: PatientAlert | None = None  # the patient's alert
    series: SeriesLink | None = None  # the recurring series it belongs to


@dataclass(frozen=True)
class DayColumn:
    """One column of the book: a provider's day, or one day of a provider's week."""

    provider: Provider
    location: str
    entries: list[DayEntry]
    # Each column runs on its clinic's wall clock: 09:00 is nine in the morning there.
    zone: ZoneInfo
    day: date | None = None  # the column's date (every column of a day view shares it)
    open_hours: tuple[tuple[datetime, datetime], ...] = ()
    hidden_cancelled: int = 0  # cancelled appointments left out (shown on request)

    @property
    def key(self) -> ProviderKey:
        return (self.provider.account, self.provider.id)


@dataclass(frozen=True)
class DaySheet:
    """Everything the book shows for a day (or a week): its columns in order."""

    day: date
    zone: ZoneInfo
    columns: list[DayColumn]
    mode: BookMode = BookMode.DAY
    grouped: bool = False  # columns grouped by location (a header band per location)

    @property
    def start(self) -> datetime:
        return datetime.combine(self.day, time(0), self.zone)

    @property
    def count(self) -> int:
        return sum(len(c.entries) for c in self.columns)

    @property
    def hidden_cancelled(self) -> int:
        return sum(c.hidden_cancelled for c in self.columns)

    def column_day(self, column: DayColumn) -> date:
        return column.day or self.day

    def location_groups(self) -> list[tuple[str, int, int]]:
        """(location, first column, number of columns) for each run of one location."""
        groups: list[tuple[str, int, int]] = []
        for index, column in enumerate(self.columns):
            if groups and groups[-1][0] == column.location:
                name, first, count = groups[-1]
                groups[-1] = (name, first, count + 1)
            else:
                groups.append((column.location, index, 1))
        return groups
