"""Recurring series (issue 15 item 2): when the appointments of a series fall (pure).

A rule repeats every N days or weeks, or monthly by date ("the 14th") or by weekday ("the 2nd
Tuesday", "the last Friday"), and ends after a number of appointments or on a date. The
occurrences keep the wall-clock time of the first one in the clinic's zone: a 09:00 stays 09:00
across a daylight-saving change, whichever date the zone changes on (Belgium and the US differ).
A month without the date ("the 31st" in April) is skipped and said so; the count counts the
appointments made, not the months tried.

The rule is kept as text (`Rule.text()`): the RFC 5545 RRULE subset it means, which
`Rule.parse` reads back, so a stored series says what it was without frontdesk's classes.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

MAX_OCCURRENCES = 52  # a year of weekly visits; more is a standing order, not a booking
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ORDINALS = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 5: "5th", -1: "last"}
LAST = -1
MAX_STEPS = 600  # months tried at most (a 29th of February every 12 months...)


class BadRule(ValueError):
    """The rule cannot make a series; the message says what to change."""


class Frequency(StrEnum):
    DAILY = "DAILY"
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"


@dataclass(frozen=True, slots=True)
class Rule:
    """How a series repeats: the RRULE subset frontdesk books."""

    frequency: Frequency
    interval: int = 1  # every N days, weeks or months
    count: int | None = None  # appointments in the series (the first included)
    until: date | None = None  # or the last local date an occurrence may fall on (included)
    # Monthly only: by weekday (1..5 or LAST: "the 2nd Tuesday", "the last Friday") instead of
    # by the first occurrence's date of the month.
    week_of_month: int | None = None

    def check(self) -> None:
        if self.interval < 1:
            raise BadRule("a series repeats at least every 1 day, week or month")
        if (self.count is None) == (self.until is None):
            raise BadRule("a series ends after a number of appointments or on a date (one)")
        if self.count is not None and not 1 <= self.count <= MAX_OCCURRENCES:
            raise BadRule(f"a series holds 1 to {MAX_OCCURRENCES} appointments")
        if self.week_of_month is not None and (
            self.frequency is not Frequency.MONTHLY or self.week_of_month not in ORDINALS
        ):
            raise BadRule("by weekday is for a monthly series: 1st to 5th, or last")

    # -- as text ---------------------------------------------------------------------------
    def text(self, first: datetime | None = None) -> str:
        """'FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU;COUNT=6' (BYDAY needs the first occurrence)."""
        parts = [f"FREQ={self.frequency.value}", f"INTERVAL={self.interval}"]
        if self.week_of_month is not None:
            day = DAY_CODES[first.weekday()] if first is not None else "XX"
            parts.append(f"BYDAY={self.week_of_month}{day}")
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        if self.until is not None:
            parts.append(f"UNTIL={self.until:%Y%m%d}")
        return ";".join(parts)

    @classmethod
    def parse(cls, text: str) -> Rule:
        fields = dict(p.partition("=")[::2] for p in text.upper().split(";") if p)
        try:
            frequency = Frequency(fields["FREQ"])
            by_day = fields.get("BYDAY")
            rule = cls(
                frequency,
                int(fields.get("INTERVAL", "1")),
                int(fields["COUNT"]) if "COUNT" in fields else None,
                datetime.strptime(fields["UNTIL"][:8], "%Y%m%d").date()
                if "UNTIL" in fields
                else None,
                int(by_day[:-2]) if by_day else None,
            )
        except (KeyError, ValueError) as exc:
            raise BadRule(f"'{text}' is not a series rule") from exc
        rule.check()
        return rule

    def describe(self, first: datetime) -> str:
        """'every 2 weeks, 6 times', 'monthly on the last Friday, until 2027-06-30' (`first`
        on the clinic's wall clock)."""
        unit = {Frequency.DAILY: "day", Frequency.WEEKLY: "week", Frequency.MONTHLY: "month"}
        if self.frequency is Frequency.MONTHLY:
            on = (
                f"the {ORDINALS[self.week_of_month]} {DAY_NAMES[first.weekday()]}"
                if self.week_of_month is not None
                else f"the {_nth(first.day)}"
            )
            what = "monthly" if self.interval == 1 else f"every {self.interval} months"
            what = f"{what} on {on}"
        elif self.interval == 1:
            what = {Frequency.DAILY: "daily", Frequency.WEEKLY: "weekly"}[self.frequency]
        else:
            what = f"every {self.interval} {unit[self.frequency]}s"
        end = f"{self.count} times" if self.count is not None else f"until {self.until}"
        return f"{what}, {end}"

    @property
    def kind(self) -> str:
        """'weekly', 'every 2 weeks', 'monthly': the word of a block's tooltip."""
        if self.interval == 1:
            return {"DAILY": "daily", "WEEKLY": "weekly", "MONTHLY": "monthly"}[self.frequency]
        unit = {"DAILY": "days", "WEEKLY": "weeks", "MONTHLY": "months"}[self.frequency]
        return f"every-{self.interval}-{unit}"


def _nth(day: int) -> str:
    suffix = "th" if 10 < day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


# The command line's and the dialog's names for the usual rules.
NAMED = {
    "daily": (Frequency.DAILY, 1),
    "weekly": (Frequency.WEEKLY, 1),
    "every-2-weeks": (Frequency.WEEKLY, 2),
    "every-3-weeks": (Frequency.WEEKLY, 3),
    "every-4-weeks": (Frequency.WEEKLY, 4),
    "monthly": (Frequency.MONTHLY, 1),
}


def week_of_month(day: date, *, last: bool = False) -> int:
    """Which weekday of its month `day` is (1..5), or LAST when asked and it is the last."""
    if last and day.day + 7 > calendar.monthrange(day.year, day.month)[1]:
        return LAST
    return (day.day - 1) // 7 + 1


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One appointment of a series, where it falls."""

    position: int  # 1 for the first
    start: datetime  # aware, UTC
    end: datetime

    def local(self, zone: ZoneInfo) -> datetime:
        return self.start.astimezone(zone)


@dataclass(frozen=True, slots=True)
class Skip:
    """A month the rule leaves out: it has no such date (the 31st) or no 5th such weekday."""

    month: date  # its first day
    day: int | None  # by date: the day it lacks
    weekday: int | None  # by weekday: the weekday (0 = Monday) it has no 5th of

    @property
    def text(self) -> str:
        """'April 2027 has no 31st', 'January 2027 has no 5th Tuesday'."""
        name = f"{calendar.month_name[self.month.month]} {self.month.year}"
        if self.weekday is not None:
            return f"{name} has no 5th {DAY_NAMES[self.weekday]}"
        return f"{name} has no {_nth(self.day or 0)}"


@dataclass(frozen=True, slots=True)
class Series:
    """A rule's occurrences, and the months it skipped (no 31st, no 5th Tuesday)."""

    occurrences: tuple[Occurrence, ...]
    skipped: tuple[Skip, ...]  # in order


def _add_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _nth_weekday(year: int, month: int, weekday: int, which: int) -> date | None:
    days = calendar.monthrange(year, month)[1]
    found = [d for d in range(1, days + 1) if date(year, month, d).weekday() == weekday]
    if which == LAST:
        return date(year, month, found[-1])
    return date(year, month, found[which - 1]) if which <= len(found) else None


def _local_dates(rule: Rule, first: date) -> tuple[list[date], list[Skip]]:
    """The local dates (first included), at most MAX_OCCURRENCES + 1 (to tell "too many")."""
    dates: list[date] = []
    skipped: list[Skip] = []
    limit = rule.count if rule.count is not None else MAX_OCCURRENCES + 1
    for step in range(MAX_STEPS):
        if len(dates) >= limit:
            break
        day: date | None
        if rule.frequency is Frequency.MONTHLY:
            year, month = _add_months(first, step * rule.interval)
            if rule.until is not None and date(year, month, 1) > rule.until:
                break
            if rule.week_of_month is not None:
                day = _nth_weekday(year, month, first.weekday(), rule.week_of_month)
                skip = Skip(date(year, month, 1), None, first.weekday())
            else:
                fits = first.day <= calendar.monthrange(year, month)[1]
                day = date(year, month, first.day) if fits else None
                skip = Skip(date(year, month, 1), first.day, None)
            if day is None:
                skipped.append(skip)
                continue
        else:
            days = rule.interval * (7 if rule.frequency is Frequency.WEEKLY else 1)
            day = first + timedelta(days=step * days)
        if rule.until is not None and day > rule.until:
            break
        dates.append(day)
    return dates, skipped


def expand(rule: Rule, start: datetime, end: datetime, zone: ZoneInfo) -> Series:
    """Every occurrence of a series whose first appointment is [start, end), on the clinic's
    wall clock in `zone`. Raises BadRule for a rule that makes no series or too long a one."""
    rule.check()
    first = start.astimezone(zone)
    wall = first.replace(tzinfo=None)
    length = end.astimezone(zone).replace(tzinfo=None) - wall  # wall-clock length
    if rule.until is not None and rule.until < first.date():
        raise BadRule("the series ends before its first appointment")
    if rule.week_of_month is not None:
        expected = week_of_month(first.date(), last=rule.week_of_month == LAST)
        if expected != rule.week_of_month:
            raise BadRule("the first appointment is not on the weekday the rule names")
    dates, skipped = _local_dates(rule, first.date())
    if len(dates) > MAX_OCCURRENCES:
        raise BadRule(
            f"that end date makes more than {MAX_OCCURRENCES} appointments: "
            "choose an earlier date or a number of appointments"
        )
    occurrences = []
    for n, day in enumerate(dates, 1):
        local = datetime.combine(day, wall.time())
        begin = local.replace(tzinfo=zone).astimezone(UTC)
        finish = (local + length).replace(tzinfo=zone).astimezone(UTC)
        occurrences.append(Occurrence(n, begin, finish))
    return Series(tuple(occurrences), tuple(skipped))


def named(name: str, *, count: int | None = None, until: date | None = None) -> Rule:
    """The rule the command line's --repeat NAME means ('weekly', 'every-2-weeks',
    'monthly': by date; 'monthly-weekday' and 'monthly-last' by weekday need the first day)."""
    if name not in NAMED:
        raise BadRule(f"'{name}' is not a repeat: {', '.join(NAMED)}")
    frequency, interval = NAMED[name]
    rule = Rule(frequency, interval, count, until)
    rule.check()
    return rule
