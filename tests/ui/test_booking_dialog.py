"""The booking dialog: a slot taken meanwhile, fresh openings picked in place, a patient created
inline, clinic time for a clinic in another zone."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import qasync
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.clock import FixedClock
from frontdesk.domain.models import Opening
from frontdesk.sync.openings import OpeningSearch, services_named
from frontdesk.ui.booking_dialog import BookingDialog
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.models import RecordRole
from tests.ui.conftest import NOW
from tests.ui.helpers import demo_of, sync_book, wait_for, wait_until

BRUSSELS = "Brussels & Gent"
HARBOUR = "Harbour City Allied Health"


def first_opening(qtbot: QtBot, dialog_or_window: MainWindow, name: str, provider: str) -> Opening:
    finder = dialog_or_window.openings.finder
    services = services_named(dialog_or_window.workspace.services(), name)
    found = wait_for(
        qtbot,
        finder.find(
            OpeningSearch(
                date(2026, 11, 18),
                days=3,
                services=services,
                providers=frozenset({(services[0].account, provider)}),
            )
        ),
    )
    return found.openings[0]


def patient_of_center(demo: Opened, center: int) -> object:
    assert demo.demo is not None
    state = demo.demo.states["progenda.sandbox"]
    hits = demo.workspace.cache.search_patients("peeters", 50)
    return next(h for h in hits if state.patients[int(h.patient.id)]["center_id"] == center)


def posts(demo: Opened) -> list[dict[str, object]]:
    assert demo.demo is not None
    faults = demo.demo.apps["progenda.sandbox"]
    return [json.loads(r.body) for r in faults.requests if r.method == "POST"]


def take_in_the_simulator(demo: Opened, opening: Opening) -> None:
    """Someone at the clinic books the slot while the receptionist is on the phone."""
    assert demo.demo is not None
    state = demo.demo.states["progenda.sandbox"]
    state.appointments[999_999] = {
        "id": "999999",
        "remote_id": None,
        "start": str(int(opening.start.timestamp())),
        "stop": str(int(opening.end.timestamp())),
        "notes": False,
        "warning": False,
        "color": None,
        "title": "",
        "status": "booked",
        "patient_id": "2",
        "patient_remote_id": None,
        "service_remote_id": "consult",
        "noshow": False,
        "patient_arrived_at": None,
        "calendar_id": int(opening.provider_id),
    }
    state.updated[("appointment", 999_999)] = int(NOW.timestamp())


def test_a_409_is_explained_and_fresh_openings_are_booked_from_the_dialog(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    opening = first_opening(qtbot, window, "Consultation", "1")
    dialog = window.book_opening(opening)
    dialog.choose_patient(patient_of_center(demo, 1))  # type: ignore[arg-type]
    assert dialog.book_button.isEnabled(), dialog.problem.text()
    take_in_the_simulator(demo, opening)
    before = len(posts(demo))
    with qtbot.waitSignal(dialog.openings_shown, timeout=20_000) as shown:
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert shown.args[0] > 0
    assert "just taken by another booking" in dialog.problem.text()
    assert dialog.isVisible() and dialog.patient is not None  # nothing entered is lost
    # The refresh brings the other booking into the cache: the time the vendor refused is then
    # not offered again here, not even "anyway".
    qtbot.waitUntil(lambda: not dialog.book_button.isEnabled(), timeout=10_000)
    # The failed write was explained here: it does not linger in the outbox.
    qtbot.waitUntil(lambda: demo.workspace.outbox.entries() == [], timeout=10_000)
    assert "just taken by another booking" in dialog.problem.text()
    fresh = [dialog.fresh_model.index(r, 0).data(RecordRole) for r in range(shown.args[0])]
    assert all(o.start >= NOW for o in fresh)
    assert all(
        not (
            o.provider_id == opening.provider_id and o.start < opening.end and opening.start < o.end
        )
        for o in fresh
    )
    assert dialog.fresh.isVisible() and "Free now" in dialog.fresh_label.text()
    # Pick the first fresh opening: the form follows; Enter books it.
    pick = fresh[0]
    dialog.fresh.setCurrentIndex(dialog.fresh_model.index(0, 0))
    with qtbot.waitSignal(dialog.booked, timeout=20_000) as booked:
        qtbot.keyClick(dialog.fresh, Qt.Key.Key_Return)
    assert booked.args[0].start == pick.start
    sent = posts(demo)[before:]
    assert len(sent) == 2  # the refused one, then the fresh one
    appointment = sent[-1]["appointment"]
    assert isinstance(appointment, dict)
    assert appointment["start"] == str(int(pick.start.timestamp()))


def test_a_clash_found_on_refresh_is_said_and_free_times_are_offered(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    taken = next(
        a
        for a in demo.workspace.cache.appointments_between(
            NOW + timedelta(hours=2), NOW + timedelta(days=2), BRUSSELS
        )
        if a.provider_id == "1" and a.status.value == "booked"
    )
    dialog = window.book_for_patient(patient_of_center(demo, 1))  # type: ignore[arg-type]
    dialog._select_service(BRUSSELS, "consult")
    dialog._select_provider("1")
    with qtbot.waitSignal(dialog.openings_shown, timeout=20_000):
        dialog._set_time(taken.start)
    # Named, and offered anyway (as the book's drag does), with the free times beside it.
    assert dialog.book_button.text() == "Book anyway" and dialog.book_button.isEnabled()
    local = taken.start.astimezone(ZoneInfo("Europe/Brussels"))
    assert dialog.problem.text().startswith("Joris Van Hecke already has ")
    assert f"{local:%H:%M}–" in dialog.problem.text()
    assert dialog.problem.text().endswith("book anyway?")
    assert dialog.fresh_model.rowCount() > 0
    qtbot.mouseClick(
        dialog.fresh.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.fresh.visualRect(dialog.fresh_model.index(0, 0)).center(),
    )
    chosen = dialog.fresh_model.index(0, 0).data(RecordRole)
    request = dialog.request()
    assert request is not None and request.start == chosen.start
    assert dialog.book_button.isEnabled(), dialog.problem.text()


@pytest.fixture
def two_zones(qloop: qasync.QEventLoop, clock: FixedClock, tmp_path: Path) -> Iterator[Opened]:
    with demo_of(qloop, clock, tmp_path, {"pracsuite", "progenda"}) as demo:
        yield demo


def test_create_the_patient_inline_then_book_in_clinic_time(
    qtbot: QtBot, two_zones: Opened
) -> None:
    wait_for(qtbot, sync_book(two_zones, NOW), timeout=30_000)
    workspace = two_zones.workspace
    assert workspace.zone() == ZoneInfo("Australia/Sydney")  # the first account's zone
    service = next(s for s in workspace.services() if s.account == HARBOUR and s.minutes == 30)
    provider = service.provider_ids[0]
    opening = Opening(
        HARBOUR,
        provider,
        service.id,
        NOW + timedelta(days=1, hours=2),
        NOW + timedelta(days=1, hours=2, minutes=30),
    )
    dialog = BookingDialog(workspace, opening=opening)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.patient_field, "nguyen-zz")
    wait_until(dialog.hits_are_current)
    assert dialog.patient_model.rowCount() == 0
    qtbot.mouseClick(dialog.new_patient_button, Qt.MouseButton.LeftButton)
    created = dialog.patient_dialog
    assert created is not None and created.chosen_account() == HARBOUR
    qtbot.keyClicks(created.fields["first_name"], "Mai")
    created.fields["last_name"].setText("")
    qtbot.keyClicks(created.fields["last_name"], "Nguyen")
    with qtbot.waitSignal(created.saved, timeout=10_000):
        qtbot.mouseClick(created.save_button, Qt.MouseButton.LeftButton)
    assert dialog.patient is not None and dialog.patient.patient.last_name == "Nguyen"
    assert dialog.book_button.isEnabled(), dialog.problem.text()
    sydney = opening.start.astimezone(ZoneInfo("Australia/Sydney"))
    assert dialog.time.value() == sydney.time().replace(second=0)
    assert dialog.time.text() == f"{sydney.hour % 12 or 12}:{sydney:%M} {sydney:%p}".lower()
    request = dialog.request()
    assert request is not None and request.start == opening.start
    assert request.patient_id == dialog.patient.patient.id

    # A Brussels opening, from a Sydney desk: the dialog shows Brussels time, and says so.
    consult = next(s for s in workspace.services() if s.account == BRUSSELS and s.id == "consult")
    brussels = Opening(
        BRUSSELS, "1", consult.id, NOW + timedelta(hours=3), NOW + timedelta(hours=3, minutes=20)
    )
    other = BookingDialog(workspace, opening=brussels)
    qtbot.addWidget(other)
    local = brussels.start.astimezone(ZoneInfo("Europe/Brussels"))
    assert other.time.text() == f"{local:%H:%M}"  # a Belgian clinic's 24-hour clock
    assert other.zone_label.text() == "CET"


def test_an_opening_found_by_length_gets_a_service_that_fits(
    qtbot: QtBot, window: MainWindow
) -> None:
    opening = Opening(
        BRUSSELS, "1", "", NOW + timedelta(days=1), NOW + timedelta(days=1, minutes=30), "computed"
    )
    dialog = window.book_opening(opening)
    service = dialog.service.currentData()
    assert service.account == BRUSSELS and "1" in service.provider_ids
    assert service.minutes == 20  # the longest of the calendar's services that fits in 30
    assert dialog.provider.currentData() == "1"
