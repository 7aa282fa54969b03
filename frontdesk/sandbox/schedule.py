"""Working hours and a realistic appointment book for the demo clinics."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

MORNING = (time(8, 30), time(12, 30))
AFTERNOON = (time(13, 30), time(18, 0))


@dataclass(frozen=True)
class Booking:
    start: datetime  # aware, in the clinic's zone
    end: datetime
    service_index: int
    patient_index: int


def open_intervals(day: date, today: date, zone: ZoneInfo) -> list[tuple[datetime, datetime]]:
    """Weekdays 08:30-12:30 and 13:30-18:00; the demo is open today whatever the weekday."""
    if day.weekday() >= 5 and day != today:
        return []
    return [
        (datetime.combine(day, a, zone), datetime.combine(day, b, zone))
        for a, b in (MORNING, AFTERNOON)
    ]


def days_around(today: date, before: int, after: int) -> Iterator[date]:
    for offset in range(-before, after + 1):
        yield today + timedelta(days=offset)


def fill_book(
    rng: random.Random,
    *,
    today: date,
    zone: ZoneInfo,
    durations: Sequence[int],
    patients: int,
    weeks_before: int = 3,
    weeks_after: int = 3,
    density: float = 0.72,
    overlap_rate: float = 0.03,
) -> list[Booking]:
    """A provider's book: mostly back-to-back, some gaps, now and then a double booking."""
    bookings: list[Booking] = []
    for day in days_around(today, weeks_before * 7, weeks_after * 7):
        # The further ahead, the emptier the book, as in a real clinic.
        ahead = max(0, (day - today).days)
        day_density = density * (1.0 - min(0.6, ahead / 40))
        for opens, closes in open_intervals(day, today, zone):
            cursor = opens
            while True:
                index = rng.randrange(len(durations))
                length = timedelta(minutes=durations[index])
                if cursor + length > closes:
                    break
                if rng.random() < day_density:
                    bookings.append(
                        Booking(cursor, cursor + length, index, rng.randrange(patients))
                    )
                    if rng.random() < overlap_rate:
                        extra = rng.randrange(len(durations))
                        start = cursor + timedelta(minutes=5 * rng.randint(0, 3))
                        end = start + timedelta(minutes=durations[extra])
                        bookings.append(Booking(start, end, extra, rng.randrange(patients)))
                    cursor += length
                else:
                    cursor += timedelta(minutes=15)
    return bookings


def free_starts(
    intervals: Sequence[tuple[datetime, datetime]],
    busy: Sequence[tuple[datetime, datetime]],
    minutes: int,
    step: int = 15,
    not_before: datetime | None = None,
) -> Iterator[datetime]:
    """Starts on a `step`-minute grid where `minutes` fit in working time without overlapping."""
    length = timedelta(minutes=minutes)
    for opens, closes in intervals:
        cursor = opens
        while cursor + length <= closes:
            end = cursor + length
            later = not_before is None or cursor >= not_before
            if later and not any(b_start < end and cursor < b_end for b_start, b_end in busy):
                yield cursor
            cursor += timedelta(minutes=step)
