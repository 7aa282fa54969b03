"""Issue 12, item 3: every time is said in the appointment's own clinic zone.

A desk in Sydney books for Brussels (and the other way round): the confirmation, the day the
book goes to, the openings list and the day sheet's "printed at" each use the clinic's clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import qasync
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.book import DayColumn, DaySheet
from frontdesk.domain.clock import FixedClock
from frontdesk.domain.models import Appointment, Opening, Provider
from frontdesk.ui.day_sheet import sheet_document
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.models import OpeningsModel
from tests.ui.conftest import NOW
from tests.ui.helpers import demo_of, settle

SYDNEY = ZoneInfo("Australia/Sydney")
BRUSSELS = ZoneInfo("Europe/Brussels")


@pytest.fixture
def two_clinics(qloop: qasync.QEventLoop, clock: FixedClock, tmp_path: Path) -> Iterator[Opened]:
    # Harbour City (Sydney) is the first account: the workstation's home zone is Sydney's.
    with demo_of(qloop, clock, tmp_path, {"progenda", "pracsuite"}) as opened:
        yield opened


def test_a_booking_is_confirmed_on_its_clinics_clock_and_the_book_goes_to_that_day(
    qtbot: QtBot, two_clinics: Opened
) -> None:
    window = MainWindow(two_clinics.workspace, demo=True, remember_layout=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.synced, timeout=30_000):
        window.start()
    assert window.workspace.zone() == SYDNEY
    # Wed 02 Dec 18:30 in Brussels is already Thu 03 Dec 04:30 in Sydney.
    start = datetime(2026, 12, 2, 18, 30, tzinfo=BRUSSELS)
    booked = Appointment("Brussels & Gent", "new-1", "1", start, start + timedelta(minutes=20))
    with qtbot.waitSignal(window.notice, timeout=5_000) as notice:
        window._booked(booked)
    assert notice.args == ["Booked Wed 02 Dec 18:30 CET, Cabinet Médical Louise"]
    assert window.day == date(2026, 12, 2)
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None and sheet.day == date(2026, 12, 2)


def test_openings_are_grouped_by_location_with_their_zone() -> None:
    providers = [
        Provider("Harbour City", "101", "Liam O'Connor", "1"),
        Provider("Brussels & Gent", "1", "Joris Van Hecke", "1"),
    ]
    locations = {("Harbour City", "1"): "Surry Hills", ("Brussels & Gent", "1"): "Louise"}
    at = NOW + timedelta(days=1)
    openings = [
        Opening("Brussels & Gent", "1", "consult", at, at + timedelta(minutes=20)),
        Opening("Harbour City", "101", "202", at + timedelta(hours=1), at + timedelta(hours=2)),
        Opening(
            "Brussels & Gent", "1", "consult", at + timedelta(hours=2), at + timedelta(hours=3)
        ),
    ]
    zones = {("Harbour City", "101"): SYDNEY, ("Brussels & Gent", "1"): BRUSSELS}
    model = OpeningsModel()
    model.set_openings(openings, providers, [], BRUSSELS, zones, locations)
    rows = [(model.heading(r), model.provider_name(model.openings[r])) for r in range(3)]
    # Brussels' two openings together (its earliest comes first), then Sydney's, each headed.
    assert rows == [
        ("Louise · CET", "Joris Van Hecke"),
        (None, "Joris Van Hecke"),
        ("Surry Hills · AEDT", "Liam O'Connor"),
    ]
    # One location: no headings (nothing to tell apart).
    model.set_openings(openings[:1], providers, [], BRUSSELS, zones, locations)
    assert model.heading(0) is None


def test_the_day_sheet_says_when_it_was_printed_on_each_clinics_clock() -> None:
    day = date(2026, 11, 19)
    columns = [
        DayColumn(Provider("B", "1", "Dr Peeters", "1"), "Louise", [], BRUSSELS, day),
        DayColumn(Provider("H", "101", "Liam O'Connor", "1"), "Surry Hills", [], SYDNEY, day),
    ]
    sheet = DaySheet(day, BRUSSELS, columns)
    doc = sheet_document(sheet, NOW)  # 08:00 in Brussels, 18:00 in Sydney
    assert [s.printed for s in doc.sections] == []  # empty columns are left out of "everyone"
    doc = sheet_document(sheet, NOW, ("H", "101"))
    assert [s.printed for s in doc.sections] == ["Printed 18/11/2026 18:00 AEDT"]
    doc = sheet_document(sheet, NOW, ("B", "1"))
    assert [s.printed for s in doc.sections] == ["Printed 18/11/2026 08:00 CET"]
