"""Openings computed from a schedule: working hours minus appointments and blocks.

Pure functions on aware datetimes. All arithmetic runs in UTC: Python compares and adds
datetimes that share a ZoneInfo on the wall clock, which goes wrong across a DST change.
Working hours are wall-clock times in the clinic's zone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from itertools import pairwise
from zoneinfo import ZoneInfo

from frontdesk.domain.models import Appointment, AppointmentStatus, Opening

Interval = tuple[datetime, datetime]
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_STEP_MINUTES = 15


class TimeOfDay(StrEnum):
    MORNING = "morning"  # starts before 12:00
    AFTERNOON = "afternoon"  # 12:00 to 16:59
    EVENING = "evening"  # from 17:00

    @classmethod
    def of(cls, moment: time) -> TimeOfDay:
        if moment.hour < 12:
            return cls.MORNING
        if moment.hour < 17:
            return cls.AFTERNOON
        return cls.EVENING


class BadWorkingHours(ValueError):
    """The text does not read as working hours; the message says what to write."""


_RANGE = re.compile(r"^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$")


def _clock(hours: str, minutes: str, text: str) -> time:
    h, m = int(hours), int(minutes)
    if h == 24 and m == 0:
        return time(23, 59)
    if not (0 <= h < 24 and 0 <= m < 60):
        raise BadWorkingHours(f"'{text}' is not a time range like 08:30-12:30")
    return time(h, m)


def _days(text: str) -> list[int]:
    """'mon', 'mon-fri', 'mon,wed-fri' (the syntax the appointment book reads too)."""
    out: list[int] = []
    for piece in filter(None, text.split(",")):
        first, dash, last = piece.partition("-")
        if first[:3] not in DAY_NAMES or (dash and last[:3] not in DAY_NAMES):
            raise BadWorkingHours(f"'{text}' is not a day or a range of days like mon-fri")
        a = DAY_NAMES.index(first[:3])
        b = DAY_NAMES.index(last[:3]) if dash else a
        out += list(range(a, b + 1)) if a <= b else [*range(a, 7), *range(0, b + 1)]
    if not out:
        raise BadWorkingHours(f"'{text}' is not a day or a range of days like mon-fri")
    return out


@dataclass(frozen=True)
class WorkingHours:
    """Weekly hours in a clinic's local time: for each weekday (Monday first), open intervals."""

    week: tuple[tuple[tuple[time, time], ...], ...]

    @classmethod
    def parse(cls, text: str) -> WorkingHours:
        """'mon-fri 08:30-12:30 13:30-18:00; sat 09:00-12:00' (later parts override earlier)."""
        week: list[tuple[tuple[time, time], ...]] = [()] * 7
        parts = [p.strip() for p in text.lower().split(";") if p.strip()]
        if not parts:
            raise BadWorkingHours("no working hours given (e.g. mon-fri 08:30-12:30 13:30-18:00)")
        for part in parts:
            days, _, rest = part.partition(" ")
            words = [days, *rest.replace(",", " ").split()]
            if len(words) < 2:
                raise BadWorkingHours(f"'{part}' needs days and hours, e.g. mon-fri 08:30-18:00")
            ranges: list[tuple[time, time]] = []
            for word in words[1:]:
                match = _RANGE.match(word)
                if match is None:
                    raise BadWorkingHours(f"'{word}' is not a time range like 08:30-12:30")
                opens = _clock(match[1], match[2], word)
                closes = _clock(match[3], match[4], word)
                if closes <= opens:
                    raise BadWorkingHours(f"'{word}' closes before it opens")
                ranges.append((opens, closes))
            ranges.sort()
            for (_, end_a), (start_b, _) in pairwise(ranges):
                if start_b < end_a:
                    raise BadWorkingHours(f"the hours in '{part}' overlap")
            for day in _days(words[0]):
                week[day] = tuple(ranges)
        return cls(tuple(week))

    def format(self) -> str:
        """The shortest text `parse` reads back to the same hours."""
        groups: list[tuple[int, int, tuple[tuple[time, time], ...]]] = []
        for day, ranges in enumerate(self.week):
            if groups and groups[-1][2] == ranges and groups[-1][1] == day - 1:
                groups[-1] = (groups[-1][0], day, ranges)
            else:
                groups.append((day, day, ranges))
        parts = []
        for first, last, ranges in groups:
            if not ranges:
                continue
            days = DAY_NAMES[first] if first == last else f"{DAY_NAMES[first]}-{DAY_NAMES[last]}"
            hours = " ".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in ranges)
            parts.append(f"{days} {hours}")
        return "; ".join(parts)

    def intervals(self, day: date, zone: ZoneInfo) -> list[Interval]:
        """The open intervals of one local day, in UTC."""
        return [
            (
                datetime.combine(day, opens, zone).astimezone(UTC),
                datetime.combine(day, closes, zone).astimezone(UTC),
            )
            for opens, closes in self.week[day.weekday()]
        ]


# What the demo clinics' simulators use, and what frontdesk assumes for an account whose
# vendor publishes no working hours (an account can override it with `working_hours`).
DEFAULT_WORKING_HOURS = WorkingHours.parse("mon-fri 08:30-12:30 13:30-18:00")

# Statuses that leave the time free: a cancelled, erroneous or wished-for visit holds no chair.
FREEING = frozenset(
    {
        AppointmentStatus.CANCELLED,
        AppointmentStatus.ENTERED_IN_ERROR,
        AppointmentStatus.WAITLIST,
        AppointmentStatus.PROPOSED,
    }
)


def occupies(appointment: Appointment) -> bool:
    return appointment.status not in FREEING


def subtract(windows: Iterable[Interval], busy: Iterable[Interval]) -> list[Interval]:
    """The parts of `windows` no busy interval touches, in time order."""
    # In UTC, so that comparisons use real time rather than the wall clock.
    taken = sorted((a.astimezone(UTC), b.astimezone(UTC)) for a, b in busy if b > a)
    free: list[Interval] = []
    for opens, closes in sorted((a.astimezone(UTC), b.astimezone(UTC)) for a, b in windows):
        cursor = opens
        for start, end in taken:
            if end <= cursor or start >= closes:
                continue
            if start > cursor:
                free.append((cursor, start))
            cursor = max(cursor, end)
            if cursor >= closes:
                break
        if cursor < closes:
            free.append((cursor, closes))
    return free


def _ceil_to_step(moment: datetime, step: timedelta) -> datetime:
    """The next grid point at or after `moment`; the grid is aligned on UTC (so on every
    real zone's quarter hours, as all offsets are multiples of 15 minutes)."""
    seconds = step.total_seconds()
    stamp = moment.timestamp()
    aligned = -(-stamp // seconds) * seconds
    return datetime.fromtimestamp(aligned, UTC)


def starts_in(
    free: Interval, length: timedelta, step: timedelta, not_before: datetime | None = None
) -> Iterator[datetime]:
    """Where a visit of `length` can start in one free interval: at its start (right after
    the previous visit), then on the step grid."""
    opens, closes = free
    first = opens if not_before is None or opens >= not_before else None
    if first is not None and first + length <= closes:
        yield first
    cursor = _ceil_to_step(max(opens, not_before or opens), step)
    if cursor == first:
        cursor += step
    while cursor + length <= closes:
        yield cursor
        cursor += step


@dataclass(frozen=True)
class OpeningFilter:
    """Which openings the receptionist wants. Empty sets mean "any"."""

    weekdays: frozenset[int] = frozenset()  # 0 = Monday, in the clinic's zone
    times_of_day: frozenset[TimeOfDay] = frozenset()
    not_before: datetime | None = None

    def accepts(self, start: datetime, zone: ZoneInfo) -> bool:
        if self.not_before is not None and start < self.not_before:
            return False
        local = start.astimezone(zone)
        if self.weekdays and local.weekday() not in self.weekdays:
            return False
        return not self.times_of_day or TimeOfDay.of(local.time()) in self.times_of_day


def compute_openings(
    *,
    account: str,
    provider_id: str,
    service_id: str,
    minutes: int,
    hours: WorkingHours,
    zone: ZoneInfo,
    first_day: date,
    last_day: date,
    busy: Sequence[Interval],
    wanted: OpeningFilter | None = None,
    step_minutes: int = DEFAULT_STEP_MINUTES,
) -> list[Opening]:
    """Free times for one provider over local days `first_day`..`last_day` (inclusive)."""
    if minutes <= 0:
        raise ValueError("an opening needs a positive length")
    wanted = wanted or OpeningFilter()
    length = timedelta(minutes=minutes)
    step = timedelta(minutes=step_minutes)
    windows: list[Interval] = []
    day = first_day
    while day <= last_day:
        if not wanted.weekdays or day.weekday() in wanted.weekdays:
            windows.extend(hours.intervals(day, zone))
        day += timedelta(days=1)
    out: list[Opening] = []
    for free in subtract(windows, busy):
        for start in starts_in(free, length, step, wanted.not_before):
            if wanted.accepts(start, zone):
                out.append(
                    Opening(account, provider_id, service_id, start, start + length, "computed")
                )
    return out


def overlaps(opening: Opening, busy: Iterable[Interval]) -> bool:
    return any(start < opening.end and opening.start < end for start, end in busy)
