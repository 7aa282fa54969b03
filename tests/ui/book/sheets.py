"""Small hand-made sheets for the book's pure tests: one day in Brussels, columns and entries."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from frontdesk.domain.book import DayColumn, DayEntry, DaySheet
from frontdesk.domain.models import Appointment, AppointmentStatus, Provider

DAY = date(2026, 11, 18)
HOME = ZoneInfo("Europe/Brussels")
LONDON = ZoneInfo("Europe/London")


def at(hour: int, minute: int = 0, zone: ZoneInfo = HOME, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute), zone)


def entry(
    start: datetime, minutes: int = 30, account: str = "A", ident: str = "x", provider: str = "p0"
) -> DayEntry:
    appointment = Appointment(
        account,
        ident,
        provider,
        start,
        start + timedelta(minutes=minutes),
        AppointmentStatus.BOOKED,
    )
    return DayEntry(appointment, f"Patient {ident}", "Consultation", None)


def column(
    index: int = 0,
    entries: list[DayEntry] | None = None,
    zone: ZoneInfo = HOME,
    account: str = "A",
    open_hours: tuple[tuple[datetime, datetime], ...] = (),
) -> DayColumn:
    provider = Provider(account, f"p{index}", f"Dr {index}")
    return DayColumn(provider, "Gent", entries or [], zone, DAY, open_hours)


def sheet(*columns: DayColumn) -> DaySheet:
    return DaySheet(DAY, HOME, list(columns))
