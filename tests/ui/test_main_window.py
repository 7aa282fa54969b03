"""Drive the main window as a receptionist would: search, find an opening, book, see it."""

from __future__ import annotations

import json
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.models import AppointmentStatus
from frontdesk.ui.booking_dialog import BookingDialog
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.models import RecordRole
from tests.ui.conftest import NOW
from tests.ui.helpers import settle, wait_until


def open_dialog(window: MainWindow) -> BookingDialog:
    dialogs = [d for d in window.findChildren(BookingDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def progenda_posts(demo: Opened) -> list[dict[str, object]]:
    faults = demo.demo.apps["progenda.sandbox"] if demo.demo else None
    assert faults is not None
    return [json.loads(r.body) for r in faults.requests if r.method == "POST"]


def test_the_day_view_shows_todays_book_after_the_first_sync(window: MainWindow) -> None:
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None and sheet.day == NOW.date()
    assert len(sheet.columns) == 8
    assert sheet.count > 20
    assert window.account_labels["Brussels & Gent"].text().endswith("synced 08:00")


def test_search_as_you_type_finds_accented_names(qtbot: QtBot, window: MainWindow) -> None:
    window.focus_search()
    qtbot.keyClicks(window.patients.field, "muller")
    wait_until(window.patients.results_are_current)
    model = window.patients.model
    assert model.rowCount() > 0
    hits = [model.index(row, 0).data(RecordRole) for row in range(model.rowCount())]
    assert all(
        "müller" in h.patient.last_name.lower() or "muller" in (h.patient.email or "") for h in hits
    )
    assert "found" in window.patients.hint.text()


def test_search_find_an_opening_book_it_and_see_it_in_the_day_view(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    # 1. The patient, from the keyboard.
    window.focus_search()
    qtbot.keyClicks(window.patients.field, "van hecke")
    wait_until(window.patients.results_are_current)
    patient = window.patients.current()
    assert patient is not None and patient.patient.last_name == "Van Hecke"

    # 2. The next opening for a consultation with the first calendar of the patient's center.
    window.focus_openings()
    pane = window.openings
    pane.service.setCurrentIndex(pane.service.findText("Consultation · 20 min"))
    assert demo.demo is not None
    center = demo.demo.states["progenda.sandbox"].patients[int(patient.patient.id)]["center_id"]
    calendar = next(p for p in demo.workspace.providers() if p.location_id == str(center))
    pane.provider.setCurrentIndex(pane.provider.findData(calendar.id))
    with qtbot.waitSignal(pane.searched, timeout=10_000) as found:
        qtbot.mouseClick(pane.find_button, Qt.MouseButton.LeftButton)
    assert found.args[0] > 0
    opening = pane.model.index(0, 0).data(RecordRole)
    assert opening.start >= NOW

    # 3. Enter books: the dialog comes prefilled with the patient and the opening.
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    dialog = open_dialog(window)
    assert dialog.patient is not None and dialog.patient.patient.id == patient.patient.id
    assert dialog.book_button.isEnabled(), dialog.problem.text()
    with qtbot.waitSignal(window.day_shown, timeout=10_000):
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)

    # 4. The vendor received exactly one booking, and the day view draws it.
    posts = progenda_posts(demo)
    assert len(posts) == 1
    sent = posts[0]["appointment"]
    assert isinstance(sent, dict) and sent["start"] == str(int(opening.start.timestamp()))
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None and sheet.day == opening.start.astimezone(sheet.zone).date()
    drawn = [
        e
        for c in sheet.columns
        for e in c.entries
        if e.appointment.start == opening.start and e.appointment.provider_id == calendar.id
    ]
    assert any(
        e.patient == patient.patient.display_name
        and e.appointment.status is AppointmentStatus.BOOKED
        and not e.appointment.pending
        for e in drawn
    )


def test_keyboard_down_and_enter_open_a_booking_for_the_patient(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.focus_search()
    qtbot.keyClicks(window.patients.field, "dubois")
    wait_until(window.patients.results_are_current)
    qtbot.keyClick(window.patients.field, Qt.Key.Key_Down)
    assert (
        window.patients.results.hasFocus() or QApplication.focusWidget() is window.patients.results
    )
    qtbot.keyClick(window.patients.results, Qt.Key.Key_Down)
    chosen = window.patients.current()
    qtbot.keyClick(window.patients.results, Qt.Key.Key_Return)
    dialog = open_dialog(window)
    assert dialog.patient == chosen


def test_the_booking_dialog_explains_what_is_missing(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.book_for_patient(None)
    assert not dialog.book_button.isEnabled()
    assert "Choose the patient" in dialog.problem.text()
    qtbot.keyClicks(dialog.patient_field, "peeters")
    wait_until(dialog.hits_are_current)
    qtbot.mouseClick(
        dialog.patient_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.patient_list.visualRect(dialog.patient_model.index(0, 0)).center(),
    )
    assert dialog.patient is not None
    dialog.time.setTime(dialog.time.time().addSecs(-3600 * 9))  # 08:00 -> 23:00 the day before
    dialog.date.setDate(dialog.date.date().addDays(-1))
    assert "passed" in dialog.problem.text()


def test_a_slot_taken_meanwhile_is_explained_and_nothing_is_lost(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    assert demo.demo is not None
    state = demo.demo.states["progenda.sandbox"]
    window.focus_openings()
    pane = window.openings
    pane.service.setCurrentIndex(pane.service.findText("Consultation · 20 min"))
    pane.provider.setCurrentIndex(pane.provider.findData("1"))
    with qtbot.waitSignal(pane.searched, timeout=10_000):
        pane.search()
    opening = pane.model.index(0, 0).data(RecordRole)
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    dialog = open_dialog(window)
    qtbot.keyClicks(dialog.patient_field, "peeters")
    wait_until(dialog.hits_are_current)
    center_1 = [
        h
        for h in (
            dialog.patient_model.index(r, 0).data(RecordRole)
            for r in range(dialog.patient_model.rowCount())
        )
        if state.patients[int(h.patient.id)]["center_id"] == 1
    ]
    dialog.patient = center_1[0]
    dialog.validate()
    # Someone else takes the slot at the clinic while the receptionist talks to the patient.
    state.appointments[999_999] = {
        "id": "999999",
        "remote_id": None,
        "start": str(int(opening.start.timestamp())),
        "stop": str(int((opening.start + timedelta(minutes=20)).timestamp())),
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
        "calendar_id": 1,
    }
    state.updated[("appointment", 999_999)] = int(NOW.timestamp())
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "just taken" in dialog.problem.text(), timeout=10_000)
    assert dialog.isVisible() and dialog.book_button.isEnabled()
    assert dialog.patient is not None  # what the receptionist entered is kept
