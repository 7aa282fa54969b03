"""Clinic-local wire times <-> UTC, on both sides of daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from frontdesk.connectors.localtime import (
    WALL_FORMAT,
    combine_wall,
    from_unix,
    local_date,
    local_dates,
    location_zone,
    parse_wall,
    unix_text,
    utc_text,
    wall_text,
    zone_from_offset,
    zone_named,
)

SYDNEY = ZoneInfo("Australia/Sydney")
BRUSSELS = ZoneInfo("Europe/Brussels")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


# Nine in the morning on the day before and the day after each change (2026): the UTC instant
# moves by an hour, the wall clock does not.
NINE_AROUND_CHANGES = [
    # Sydney: summer time ends 5 April (UTC+11 -> +10), begins 4 October (+10 -> +11).
    (SYDNEY, "2026-04-04T09:00:00", utc(2026, 4, 3, 22)),
    (SYDNEY, "2026-04-06T09:00:00", utc(2026, 4, 5, 23)),
    (SYDNEY, "2026-10-03T09:00:00", utc(2026, 10, 2, 23)),
    (SYDNEY, "2026-10-05T09:00:00", utc(2026, 10, 4, 22)),
    # Brussels: summer time begins 29 March (+1 -> +2), ends 25 October (+2 -> +1).
    (BRUSSELS, "2026-03-28T09:00:00", utc(2026, 3, 28, 8)),
    (BRUSSELS, "2026-03-30T09:00:00", utc(2026, 3, 30, 7)),
    (BRUSSELS, "2026-10-24T09:00:00", utc(2026, 10, 24, 7)),
    (BRUSSELS, "2026-10-26T09:00:00", utc(2026, 10, 26, 8)),
    # Los Angeles: daylight time begins 8 March (-8 -> -7), ends 1 November (-7 -> -8).
    (LOS_ANGELES, "2026-03-07T09:00:00", utc(2026, 3, 7, 17)),
    (LOS_ANGELES, "2026-03-09T09:00:00", utc(2026, 3, 9, 16)),
    (LOS_ANGELES, "2026-10-31T09:00:00", utc(2026, 10, 31, 16)),
    (LOS_ANGELES, "2026-11-02T09:00:00", utc(2026, 11, 2, 17)),
]


@pytest.mark.parametrize(("zone", "wall", "instant"), NINE_AROUND_CHANGES)
def test_wall_times_either_side_of_a_change_round_trip(
    zone: ZoneInfo, wall: str, instant: datetime
) -> None:
    assert parse_wall(wall, zone) == instant
    assert parse_wall(wall, zone, WALL_FORMAT) == instant
    assert wall_text(instant, zone) == wall
    day, at = wall.split("T")
    assert combine_wall(date.fromisoformat(day), time.fromisoformat(at), zone) == instant


@pytest.mark.parametrize(
    ("zone", "wall", "first"),
    [
        (SYDNEY, "2026-04-05T02:30:00", utc(2026, 4, 4, 15, 30)),  # still +11
        (BRUSSELS, "2026-10-25T02:30:00", utc(2026, 10, 25, 0, 30)),  # still +2
        (LOS_ANGELES, "2026-11-01T01:30:00", utc(2026, 11, 1, 8, 30)),  # still -7
    ],
)
def test_the_hour_that_happens_twice_reads_as_the_first(
    zone: ZoneInfo, wall: str, first: datetime
) -> None:
    assert parse_wall(wall, zone) == first
    # The second 02:30 (an hour later) is written as the same wall time: that is all the wire
    # can say.
    assert wall_text(first, zone) == wall_text(first.replace(hour=first.hour + 1), zone) == wall


@pytest.mark.parametrize(
    ("zone", "wall", "instant"),
    [
        (SYDNEY, "2026-10-04T02:30:00", utc(2026, 10, 3, 16, 30)),  # read at +10: 03:30 AEDT
        (BRUSSELS, "2026-03-29T02:30:00", utc(2026, 3, 29, 1, 30)),  # read at +1: 03:30 CEST
        (LOS_ANGELES, "2026-03-08T02:30:00", utc(2026, 3, 8, 10, 30)),  # read at -8: 03:30 PDT
    ],
)
def test_a_time_in_the_spring_gap_lands_an_hour_later(
    zone: ZoneInfo, wall: str, instant: datetime
) -> None:
    assert parse_wall(wall, zone) == instant
    assert wall_text(instant, zone) == wall.replace("T02:", "T03:")


def test_an_offset_or_z_in_the_text_wins_over_the_zone() -> None:
    assert parse_wall("2026-11-18T09:30:00+01:00", SYDNEY) == utc(2026, 11, 18, 8, 30)
    assert parse_wall("2026-11-18T09:30:00Z", LOS_ANGELES) == utc(2026, 11, 18, 9, 30)


def test_a_strict_layout_refuses_other_shapes() -> None:
    with pytest.raises(ValueError):
        parse_wall("2026-11-18T09:30:00+01:00", SYDNEY, WALL_FORMAT)
    with pytest.raises(ValueError):
        parse_wall("18/11/2026 09:30", SYDNEY)


def test_local_dates_cover_the_clinic_days_of_a_range() -> None:
    # Midnight to midnight in Sydney the day summer time ends: 25 hours, one clinic day.
    start, end = utc(2026, 4, 4, 13), utc(2026, 4, 5, 14)
    assert local_dates(start, end, SYDNEY) == (date(2026, 4, 5), date(2026, 4, 5))
    assert local_dates(start, end, LOS_ANGELES) == (date(2026, 4, 4), date(2026, 4, 5))
    assert local_dates(end, start, SYDNEY) == (date(2026, 4, 6), date(2026, 4, 6))
    assert local_date(utc(2026, 10, 24, 23, 30), BRUSSELS) == date(2026, 10, 25)


def test_utc_and_unix_on_the_wire() -> None:
    moment = datetime(2026, 11, 18, 8, 0, 0, 500_000, tzinfo=BRUSSELS)
    assert utc_text(moment) == "2026-11-18T07:00:00Z"
    assert unix_text(moment) == "1794985200"
    assert from_unix(1794985200) == utc(2026, 11, 18, 7)


def test_a_location_zone_from_what_the_vendor_gives() -> None:
    assert location_zone("Europe/Brussels") == BRUSSELS
    assert location_zone("Mars/Olympus", fallback="Australia/Sydney") == SYDNEY
    assert location_zone("", utc_offset="-06:00") == ZoneInfo("Etc/GMT+6")
    assert location_zone("America/Chicago", utc_offset="-06:00") == ZoneInfo("America/Chicago")
    assert location_zone(None, utc_offset="+05:30", fallback=LOS_ANGELES) == LOS_ANGELES
    assert location_zone(None) is None
    assert zone_named(" Australia/Sydney ") == SYDNEY and zone_named("not a zone") is None
    assert zone_from_offset("+00:00") == "Etc/UTC" and zone_from_offset("10") is None


# -- issue 11: zones as .NET vendors send them ----------------------------------------------
@pytest.mark.parametrize(
    ("name", "iana"),
    [
        ("Central Standard Time", "America/Chicago"),
        ("AUS Eastern Standard Time", "Australia/Sydney"),
        ("W. Australia Standard Time", "Australia/Perth"),
        ("Romance Standard Time", "Europe/Paris"),
        ("America/Chicago", "America/Chicago"),
    ],
)
def test_windows_zone_names_map_to_iana(name: str, iana: str) -> None:
    zone = zone_named(name)
    assert zone is not None and zone.key == iana


@pytest.mark.parametrize(
    ("offset", "key"),
    [
        ("-06:00", "Etc/GMT+6"),
        ("-06:00:00", "Etc/GMT+6"),
        ("-0600", "Etc/GMT+6"),
        ("UTC-6", "Etc/GMT+6"),
        ("+10:00", "Etc/GMT-10"),
        (-6, "Etc/GMT+6"),
        (10.0, "Etc/GMT-10"),
        ("00:00:00", "Etc/UTC"),
        ("+05:30", None),  # no whole-hour zone: the account's setting must say
        ("soon", None),
    ],
)
def test_utc_offsets_in_every_plausible_shape(offset: str | float, key: str | None) -> None:
    assert zone_from_offset(offset) == key


def test_an_unreadable_zone_falls_back_to_the_stated_offset() -> None:
    zone = location_zone("Nowhere Standard Time", utc_offset="-06:00:00")
    assert zone is not None and zone.key == "Etc/GMT+6"
