"""When a series' appointments fall: the clinic's wall clock across DST, months without the
date, by weekday, count and end date, the cap, and the rule as text."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from frontdesk.domain.recurrence import (
    LAST,
    MAX_OCCURRENCES,
    BadRule,
    Frequency,
    Rule,
    expand,
    named,
    week_of_month,
)

BRUSSELS = ZoneInfo("Europe/Brussels")
NEW_YORK = ZoneInfo("America/New_York")


def local_starts(rule: Rule, first: datetime, minutes: int = 30) -> list[str]:
    zone = first.tzinfo
    assert isinstance(zone, ZoneInfo)
    series = expand(rule, first, first + timedelta(minutes=minutes), zone)
    return [f"{o.local(zone):%Y-%m-%d %H:%M %z}" for o in series.occurrences]


def test_weekly_keeps_nine_oclock_in_brussels_across_the_october_change() -> None:
    first = datetime(2026, 10, 14, 9, 0, tzinfo=BRUSSELS)  # Brussels turns back on Oct 25
    starts = local_starts(Rule(Frequency.WEEKLY, count=3), first)
    assert starts == [
        "2026-10-14 09:00 +0200",
        "2026-10-21 09:00 +0200",
        "2026-10-28 09:00 +0100",
    ]


def test_weekly_keeps_nine_oclock_in_new_york_across_its_own_change_a_week_later() -> None:
    # New York turns back on Nov 1 2026, a week after Brussels: its Oct 28 is still EDT.
    first = datetime(2026, 10, 21, 9, 0, tzinfo=NEW_YORK)
    starts = local_starts(Rule(Frequency.WEEKLY, count=3), first)
    assert starts == [
        "2026-10-21 09:00 -0400",
        "2026-10-28 09:00 -0400",
        "2026-11-04 09:00 -0500",
    ]


def test_the_utc_times_differ_by_the_hour_the_clock_changed() -> None:
    first = datetime(2027, 3, 10, 9, 0, tzinfo=NEW_YORK)  # New York springs forward Mar 14
    series = expand(Rule(Frequency.WEEKLY, count=2), first, first.replace(minute=30), NEW_YORK)
    a, b = series.occurrences
    assert (a.start.astimezone(UTC).hour, b.start.astimezone(UTC).hour) == (14, 13)
    assert b.end - b.start == a.end - a.start


def test_every_two_weeks_and_every_n_days() -> None:
    first = datetime(2026, 12, 1, 10, 0, tzinfo=BRUSSELS)
    assert [s[:10] for s in local_starts(named("every-2-weeks", count=3), first)] == [
        "2026-12-01",
        "2026-12-15",
        "2026-12-29",
    ]
    assert [s[:10] for s in local_starts(Rule(Frequency.DAILY, 3, count=3), first)] == [
        "2026-12-01",
        "2026-12-04",
        "2026-12-07",
    ]


def test_monthly_on_the_31st_skips_the_short_months_and_says_so() -> None:
    first = datetime(2027, 1, 31, 9, 0, tzinfo=BRUSSELS)
    series = expand(Rule(Frequency.MONTHLY, count=4), first, first.replace(hour=10), BRUSSELS)
    days = [o.local(BRUSSELS).date() for o in series.occurrences]
    assert days == [date(2027, 1, 31), date(2027, 3, 31), date(2027, 5, 31), date(2027, 7, 31)]
    assert tuple(s.text for s in series.skipped) == (
        "February 2027 has no 31st",
        "April 2027 has no 31st",
        "June 2027 has no 31st",
    )


def test_monthly_by_weekday_the_second_tuesday_and_the_last_friday() -> None:
    second_tuesday = datetime(2027, 1, 12, 9, 0, tzinfo=BRUSSELS)
    assert week_of_month(second_tuesday.date()) == 2
    rule = Rule(Frequency.MONTHLY, count=3, week_of_month=2)
    assert [s[:10] for s in local_starts(rule, second_tuesday)] == [
        "2027-01-12",
        "2027-02-09",
        "2027-03-09",
    ]
    last_friday = datetime(2027, 1, 29, 15, 0, tzinfo=NEW_YORK)
    assert week_of_month(last_friday.date(), last=True) == LAST
    rule = Rule(Frequency.MONTHLY, count=3, week_of_month=LAST)
    assert [s[:10] for s in local_starts(rule, last_friday)] == [
        "2027-01-29",
        "2027-02-26",
        "2027-03-26",
    ]
    assert rule.describe(last_friday) == "monthly on the last Friday, 3 times"


def test_a_fifth_weekday_is_skipped_in_a_month_that_has_four() -> None:
    first = datetime(2026, 12, 29, 9, 0, tzinfo=BRUSSELS)  # the 5th Tuesday of December
    series = expand(
        Rule(Frequency.MONTHLY, count=2, week_of_month=5), first, first.replace(hour=10), BRUSSELS
    )
    assert series.skipped[0].text == "January 2027 has no 5th Tuesday"
    assert [o.local(BRUSSELS).date() for o in series.occurrences] == [
        date(2026, 12, 29),
        date(2027, 3, 30),
    ]


def test_until_includes_its_own_date() -> None:
    first = datetime(2026, 12, 2, 9, 0, tzinfo=BRUSSELS)
    rule = Rule(Frequency.WEEKLY, until=date(2026, 12, 23))
    assert [s[:10] for s in local_starts(rule, first)] == [
        "2026-12-02",
        "2026-12-09",
        "2026-12-16",
        "2026-12-23",
    ]


def test_too_many_is_refused_with_what_to_do() -> None:
    first = datetime(2026, 12, 2, 9, 0, tzinfo=BRUSSELS)
    with pytest.raises(BadRule, match="holds 1 to 52"):
        expand(Rule(Frequency.WEEKLY, count=MAX_OCCURRENCES + 1), first, first, BRUSSELS)
    with pytest.raises(BadRule, match="more than 52 appointments: choose an earlier date"):
        expand(Rule(Frequency.DAILY, until=date(2027, 6, 1)), first, first, BRUSSELS)
    assert len(local_starts(Rule(Frequency.WEEKLY, count=MAX_OCCURRENCES), first)) == 52


def test_an_end_before_the_start_and_both_ends_are_refused() -> None:
    first = datetime(2026, 12, 2, 9, 0, tzinfo=BRUSSELS)
    with pytest.raises(BadRule, match="ends before"):
        expand(Rule(Frequency.WEEKLY, until=date(2026, 12, 1)), first, first, BRUSSELS)
    with pytest.raises(BadRule, match="one"):
        Rule(Frequency.WEEKLY, count=3, until=date(2027, 1, 1)).check()
    with pytest.raises(BadRule, match="not a repeat"):
        named("yearly", count=2)


def test_the_rule_as_text_reads_back() -> None:
    first = datetime(2027, 1, 12, 9, 0, tzinfo=BRUSSELS)
    rule = Rule(Frequency.MONTHLY, count=6, week_of_month=2)
    assert rule.text(first) == "FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU;COUNT=6"
    assert Rule.parse(rule.text(first)) == rule
    until = Rule(Frequency.WEEKLY, 2, until=date(2027, 3, 1))
    assert until.text() == "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270301"
    assert Rule.parse(until.text()) == until
    assert until.describe(first) == "every 2 weeks, until 2027-03-01"
    with pytest.raises(BadRule):
        Rule.parse("FREQ=YEARLY")
