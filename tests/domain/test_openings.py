"""Openings computed from working hours minus appointments: what the receptionist is offered."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontdesk.domain.models import Appointment, AppointmentStatus
from frontdesk.domain.openings import (
    DEFAULT_WORKING_HOURS,
    BadWorkingHours,
    OpeningFilter,
    TimeOfDay,
    WorkingHours,
    compute_openings,
    occupies,
    subtract,
)

BRUSSELS = ZoneInfo("Europe/Brussels")
WED = date(2026, 11, 18)


def local(day: date, hh: int, mm: int, zone: ZoneInfo = BRUSSELS) -> datetime:
    return datetime.combine(day, time(hh, mm), zone)


def starts(openings: list, zone: ZoneInfo = BRUSSELS) -> list[str]:  # type: ignore[type-arg]
    return [f"{o.start.astimezone(zone):%a %H:%M}" for o in openings]


def compute(busy: list[tuple[datetime, datetime]], minutes: int = 20, **kw: object) -> list:  # type: ignore[type-arg]
    args: dict[str, object] = {
        "account": "A",
        "provider_id": "p1",
        "service_id": "s1",
        "minutes": minutes,
        "hours": DEFAULT_WORKING_HOURS,
        "zone": BRUSSELS,
        "first_day": WED,
        "last_day": WED,
        "busy": busy,
    }
    args.update(kw)
    return compute_openings(**args)  # type: ignore[arg-type]


def test_an_empty_day_offers_the_quarter_hours_of_both_sessions() -> None:
    found = compute([], minutes=30)
    assert starts(found)[:3] == ["Wed 08:30", "Wed 08:45", "Wed 09:00"]
    # The last morning start leaves room for 30 minutes before 12:30; nothing over lunch.
    assert "Wed 12:00" in starts(found) and "Wed 12:15" not in starts(found)
    assert "Wed 13:00" not in starts(found) and "Wed 13:30" in starts(found)
    assert starts(found)[-1] == "Wed 17:30"
    assert all(o.source == "computed" and o.minutes == 30 for o in found)


def test_appointments_are_taken_out_and_the_next_start_is_right_after_one() -> None:
    busy = [(local(WED, 8, 30), local(WED, 10, 20)), (local(WED, 10, 40), local(WED, 12, 30))]
    found = compute(busy)
    morning = [s for s in starts(found) if s < "Wed 12:30"]
    assert morning == ["Wed 10:20"]  # exactly the 20-minute gap
    found = compute(busy[1:])
    assert starts(found)[:2] == ["Wed 08:30", "Wed 08:45"]
    assert "Wed 10:15" in starts(found) and "Wed 10:30" not in starts(found)


def test_weekends_are_closed_and_filters_choose_days_and_times() -> None:
    saturday, sunday = date(2026, 11, 21), date(2026, 11, 22)
    assert compute([], first_day=saturday, last_day=sunday) == []
    week = compute(
        [],
        first_day=WED,
        last_day=WED + timedelta(days=6),
        wanted=OpeningFilter(weekdays=frozenset({4}), times_of_day=frozenset({TimeOfDay.EVENING})),
    )
    assert week and all(s.startswith("Fri 17:") for s in starts(week))
    assert starts(week) == ["Fri 17:00", "Fri 17:15", "Fri 17:30"]


def test_nothing_before_now() -> None:
    now = local(WED, 10, 7)
    found = compute([], wanted=OpeningFilter(not_before=now))
    assert starts(found)[0] == "Wed 10:15"


def test_daylight_saving_day_keeps_wall_clock_hours() -> None:
    hours = WorkingHours.parse("sun 08:30-12:30")
    spring = date(2026, 3, 29)  # Brussels moves from UTC+1 to UTC+2 at 02:00
    found = compute([], hours=hours, first_day=spring, last_day=spring, minutes=60)
    assert starts(found)[0] == "Sun 08:30"
    assert found[0].start == datetime(2026, 3, 29, 6, 30, tzinfo=UTC)
    assert starts(found)[-1] == "Sun 11:30"


def test_cancelled_visits_leave_the_time_free() -> None:
    def appointment(status: AppointmentStatus) -> Appointment:
        return Appointment("A", "1", "p1", local(WED, 9, 0), local(WED, 10, 0), status)

    assert not occupies(appointment(AppointmentStatus.CANCELLED))
    assert occupies(appointment(AppointmentStatus.BOOKED))
    assert occupies(appointment(AppointmentStatus.PENDING))


def test_working_hours_read_and_write_back() -> None:
    hours = WorkingHours.parse("Mon-Fri 08:30-12:30, 13:30-18:00; sat 09:00-12:00")
    assert hours.format() == "mon-fri 08:30-12:30 13:30-18:00; sat 09:00-12:00"
    assert WorkingHours.parse(hours.format()) == hours
    assert DEFAULT_WORKING_HOURS.format() == "mon-fri 08:30-12:30 13:30-18:00"
    assert WorkingHours.parse("fri-mon 09:00-10:00").week[6] != ()
    listed = WorkingHours.parse("mon,wed-thu 09:00-12:00")
    assert [bool(day) for day in listed.week] == [True, False, True, True, False, False, False]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "no working hours"),
        ("mon-fri", "needs days and hours"),
        ("mon-fri 8h-12h", "not a time range"),
        ("someday 08:00-12:00", "not a day"),
        ("mon 12:00-08:00", "closes before it opens"),
        ("mon 08:00-12:00 11:00-13:00", "overlap"),
        ("mon 25:00-26:00", "not a time range"),
    ],
)
def test_bad_working_hours_say_what_is_wrong(text: str, says: str) -> None:
    with pytest.raises(BadWorkingHours, match=says):
        WorkingHours.parse(text)


minutes_of_day = st.integers(min_value=7 * 60, max_value=19 * 60)


@settings(max_examples=150, deadline=None)
@given(
    busy=st.lists(st.tuples(minutes_of_day, st.integers(min_value=5, max_value=120)), max_size=12),
    minutes=st.sampled_from([10, 15, 20, 30, 45, 60]),
)
def test_openings_never_overlap_a_visit_and_stay_inside_working_hours(
    busy: list[tuple[int, int]], minutes: int
) -> None:
    midnight = local(WED, 0, 0)
    intervals = [
        (midnight + timedelta(minutes=s), midnight + timedelta(minutes=s + n)) for s, n in busy
    ]
    found = compute(intervals, minutes=minutes)
    windows = DEFAULT_WORKING_HOURS.intervals(WED, BRUSSELS)
    assert [o.start for o in found] == sorted({o.start for o in found})
    for o in found:
        assert o.minutes == minutes
        assert not any(a < o.end and o.start < b for a, b in intervals)
        assert any(a <= o.start and o.end <= b for a, b in windows)
    # Every free stretch long enough for the visit offers at least its first minute.
    for gap_start, gap_end in subtract(windows, intervals):
        if gap_end - gap_start >= timedelta(minutes=minutes):
            assert any(o.start == gap_start for o in found)
