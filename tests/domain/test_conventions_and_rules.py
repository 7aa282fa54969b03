"""Times and dates as the clinic writes them; which providers may be booked (pure rules)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from frontdesk.domain.book import DayEntry
from frontdesk.domain.booking_rules import accepting, overlap_warning, providers_for
from frontdesk.domain.conventions import (
    AUSTRALIA,
    BELGIUM,
    UNITED_STATES,
    convention_for_zone,
    parse_date_text,
    parse_time_text,
)
from frontdesk.domain.models import Appointment, Provider, Service


@pytest.mark.parametrize(
    ("typed", "convention", "read"),
    [
        ("13:30", BELGIUM, time(13, 30)),
        ("1330", BELGIUM, time(13, 30)),
        ("9", BELGIUM, time(9, 0)),
        ("9h30", BELGIUM, time(9, 30)),
        ("9.30", BELGIUM, time(9, 30)),
        ("930", BELGIUM, time(9, 30)),
        ("1:30 pm", BELGIUM, time(13, 30)),
        ("1:30 pm", UNITED_STATES, time(13, 30)),
        ("1:30", UNITED_STATES, time(13, 30)),  # afternoon on a 12-hour clock
        ("9:15", AUSTRALIA, time(9, 15)),
        ("12 am", UNITED_STATES, time(0, 0)),
        ("12pm", AUSTRALIA, time(12, 0)),
        ("13:30", UNITED_STATES, time(13, 30)),
    ],
)
def test_times_are_read_as_typed(typed: str, convention: object, read: time) -> None:
    assert parse_time_text(typed, convention) == (read, "")  # type: ignore[arg-type]


def test_a_wrong_time_says_what_is_wrong_not_the_format_used() -> None:
    assert parse_time_text("25:00", BELGIUM) == (None, "There is no hour 25.")
    assert parse_time_text("13:75", BELGIUM)[1] == "An hour has 60 minutes: 75 is too many."
    assert parse_time_text("noonish", UNITED_STATES)[1] == "Not a time: write it like 1:30 pm."


def test_dates_in_the_clinic_order_and_countries_from_zones() -> None:
    assert convention_for_zone("America/New_York") is UNITED_STATES
    assert convention_for_zone("Australia/Sydney") is AUSTRALIA
    assert convention_for_zone("Europe/Brussels") is BELGIUM
    assert parse_date_text("05/16/1990", UNITED_STATES) == (date(1990, 5, 16), "")
    assert parse_date_text("16/05/1990", AUSTRALIA) == (date(1990, 5, 16), "")
    assert parse_date_text("1990-05-16", UNITED_STATES) == (date(1990, 5, 16), "")
    problem = parse_date_text("05/16/1990", BELGIUM)[1]
    assert problem == "There is no month 16 (read as day/month)."
    assert parse_date_text("02/31/1990", UNITED_STATES)[1] == "February 1990 has no day 31."


def test_providers_offering_the_service_and_accepting_the_patient() -> None:
    joris = Provider("B", "1", "Joris Van Hecke", "center-1")
    katrien = Provider("B", "5", "Katrien Peeters", "center-2")
    wout = Provider("B", "6", "Wout Verstraete", "center-2")
    consult = Service("B", "consult", "Consultation", 20, provider_ids=("1", "5"))
    offering = providers_for(consult, [joris, katrien, wout])
    assert offering == [joris, katrien]
    assert accepting("progenda", offering, frozenset({"center-2"})) == [katrien]
    assert accepting("progenda", offering, frozenset()) == offering  # unknown: the vendor says
    assert accepting("pracsuite", offering, frozenset({"center-2"})) == offering


def test_the_overlap_warning_names_who_and_when() -> None:
    zone = ZoneInfo("Europe/Brussels")
    there = Appointment(
        "B",
        "7",
        "1",
        datetime(2026, 11, 18, 9, 30, tzinfo=UTC),
        datetime(2026, 11, 18, 9, 50, tzinfo=UTC),
    )
    found = [DayEntry(there, "Jan Peeters", "Consultation", None)]
    assert overlap_warning("Joris Van Hecke", found, zone) == (
        "Joris Van Hecke already has Jan Peeters (Consultation) 10:30–10:50: book anyway?"
    )
    assert overlap_warning("Joris Van Hecke", [], zone) == ""
