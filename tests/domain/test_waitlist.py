"""Which waiting patients fit a freed slot, and in which order they are offered."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from frontdesk.domain.waitlist import (
    Slot,
    TimeOfDay,
    WaitlistEntry,
    fitting,
    format_days,
    matches,
    offer_order,
    parse_days,
)

BRUSSELS = ZoneInfo("Europe/Brussels")
T0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
# Thursday 19 November 2026, 10:30 in Brussels
THU_1030 = Slot("A", "raman", datetime(2026, 11, 19, 10, 30, tzinfo=BRUSSELS), frozenset({"s1"}))


def entry(patient: str = "p1", **fields: object) -> WaitlistEntry:
    values: dict[str, object] = {
        "account": "A",
        "patient_id": patient,
        "service_id": "s1",
        "added_at": T0,
    }
    values.update(fields)
    return WaitlistEntry(**values)  # type: ignore[arg-type]


def test_an_entry_with_no_wishes_fits_any_slot_of_its_account() -> None:
    assert matches(entry(service_id=None), THU_1030)
    assert matches(entry(), THU_1030)
    assert not matches(entry(account="B"), THU_1030)


@pytest.mark.parametrize(
    ("fields", "fits"),
    [
        ({"provider_ids": frozenset({"raman"})}, True),
        ({"provider_ids": frozenset({"other"})}, False),
        ({"service_id": "s2"}, False),
        ({"days": frozenset({3})}, True),  # Thursday
        ({"days": frozenset({0, 1})}, False),
        ({"time_of_day": TimeOfDay.MORNING}, True),
        ({"time_of_day": TimeOfDay.AFTERNOON}, False),
        ({"earliest": date(2026, 11, 19)}, True),
        ({"earliest": date(2026, 11, 20)}, False),
        ({"latest": date(2026, 11, 19)}, True),
        ({"latest": date(2026, 11, 18)}, False),
    ],
)
def test_each_wish_is_checked(fields: dict[str, object], fits: bool) -> None:
    assert matches(entry(**fields), THU_1030) is fits


def test_a_slot_that_allows_any_service_fits_every_service() -> None:
    any_service = Slot("A", "raman", THU_1030.start, None)
    assert matches(entry(service_id="s9"), any_service)


def test_days_and_times_are_the_clinics_wall_clock_not_utc() -> None:
    # 23:30 on Wednesday in Brussels is already Thursday... no: 00:30 Thursday in Brussels is
    # Wednesday 23:30 UTC. The patient asked for Thursdays: the clinic's Thursday counts.
    late = Slot("A", "raman", datetime(2026, 11, 19, 0, 30, tzinfo=BRUSSELS))
    assert matches(entry(days=frozenset({3})), late)
    assert not matches(entry(days=frozenset({2})), late)
    # 11:30 in Brussels in summer is 09:30 UTC: a morning either way; 12:30 is an afternoon
    summer = Slot("A", "raman", datetime(2026, 7, 2, 12, 30, tzinfo=BRUSSELS))
    assert matches(entry(time_of_day=TimeOfDay.AFTERNOON), summer)
    assert not matches(entry(time_of_day=TimeOfDay.MORNING), summer)


def test_times_of_day_split_at_noon_and_five() -> None:
    def at(hour: int, minute: int = 0) -> Slot:
        return Slot("A", "raman", datetime(2026, 11, 19, hour, minute, tzinfo=BRUSSELS))

    assert matches(entry(time_of_day=TimeOfDay.MORNING), at(11, 45))
    assert matches(entry(time_of_day=TimeOfDay.AFTERNOON), at(12))
    assert matches(entry(time_of_day=TimeOfDay.AFTERNOON), at(16, 45))
    assert matches(entry(time_of_day=TimeOfDay.EVENING), at(17))
    assert not matches(entry(time_of_day=TimeOfDay.EVENING), at(16, 59))


def test_offered_urgent_first_then_longest_waiting() -> None:
    waiting = [
        entry("recent", added_at=T0 + timedelta(days=5), id=1),
        entry("old", added_at=T0, id=2),
        entry("urgent-recent", added_at=T0 + timedelta(days=9), urgent=True, id=3),
        entry("urgent-old", added_at=T0 + timedelta(days=1), urgent=True, id=4),
        entry("same-time-later-id", added_at=T0, id=5),
    ]
    assert [e.patient_id for e in offer_order(waiting)] == [
        "urgent-old",
        "urgent-recent",
        "old",
        "same-time-later-id",
        "recent",
    ]


def test_fitting_keeps_only_matches_in_offer_order() -> None:
    waiting = [
        entry("monday-only", days=frozenset({0}), urgent=True),
        entry("any", added_at=T0 + timedelta(days=1)),
        entry("urgent", added_at=T0 + timedelta(days=2), urgent=True),
    ]
    assert [e.patient_id for e in fitting(waiting, THU_1030)] == ["urgent", "any"]


def test_days_are_read_and_written_as_short_names() -> None:
    assert parse_days("mon, Tuesday,,fri") == {0, 1, 4}
    assert format_days(frozenset({4, 0})) == "mon,fri"
    assert parse_days("") == frozenset()
    with pytest.raises(ValueError, match="'someday' is not a day"):
        parse_days("mon,someday")
