"""What the book says in words, as plain strings: column titles, tooltips, screen-reader lines."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from frontdesk.domain.book import BookMode, DaySheet
from frontdesk.domain.models import AppointmentStatus
from frontdesk.ui.book.text import column_titles, describe, tooltip
from tests.ui.book.sheets import DAY, HOME, LONDON, at, column, entry


def test_a_providers_title_counts_what_is_not_cancelled_and_names_another_zone() -> None:
    kept, gone = entry(at(9), ident="a"), entry(at(10), ident="b")
    gone = dataclasses.replace(
        gone,
        appointment=dataclasses.replace(gone.appointment, status=AppointmentStatus.CANCELLED),
    )
    col = column(entries=[kept, gone], zone=LONDON)
    assert column_titles(DaySheet(DAY, HOME, [col]), col) == ("Dr 0", "1 appointment · Gent · GMT")
    # Grouped by location, the band names the location instead.
    grouped = DaySheet(DAY, HOME, [col], grouped=True)
    assert column_titles(grouped, col) == ("Dr 0", "1 appointment · GMT")


def test_a_week_columns_title_is_its_day() -> None:
    col = column()
    week = DaySheet(DAY, HOME, [col], mode=BookMode.WEEK)
    assert column_titles(week, col) == ("Wednesday 18", "0 appointments")


def test_the_tooltip_names_the_zone_only_when_it_is_not_the_home_one() -> None:
    item = entry(at(9), ident="a")
    assert tooltip(item, HOME, HOME) == "<b>Patient a</b><br>09:00–09:30 · Consultation<br>Booked"
    assert "08:00–08:30 (GMT)" in tooltip(item, LONDON, HOME)
    pending = dataclasses.replace(
        item, appointment=dataclasses.replace(item.appointment, pending=True, notes="Call first")
    )
    assert tooltip(pending, HOME, HOME).endswith("Booked · waiting to be sent<br>Call first")


def test_the_screen_reader_line_is_on_the_columns_clock() -> None:
    item = entry(datetime(2026, 11, 18, 8, 0, tzinfo=UTC), ident="a")
    assert describe(item, HOME) == "09:00 Patient a, Consultation, Booked"
    assert describe(item, LONDON).startswith("08:00 ")
