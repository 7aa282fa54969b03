"""Every view follows the store, whatever changed it, with no keystroke (the change feed).

A background sync that brings a renamed patient and a moved appointment updates the open card,
the search results shown and the book; a booking takes its slot out of the openings list and
joins the patient's card.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.clock import FixedClock
from frontdesk.domain.models import AppointmentStatus, Opening, PatientHit
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.models import RecordRole
from tests.ui.conftest import NOW
from tests.ui.helpers import settle, wait_for, wait_until
from tests.ui.test_booking_dialog import first_opening, patient_of_center


def open_card(qtbot: QtBot, window: MainWindow, query: str, patient_id: str) -> PatientHit:
    """Search as the receptionist does and choose the patient: their card opens."""
    window.focus_search()
    qtbot.keyClicks(window.patients.field, query)
    wait_until(window.patients.results_are_current)
    model = window.patients.model
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(RecordRole).patient.id == patient_id
    )
    window.patients.results.setCurrentIndex(model.index(row, 0))
    hit: PatientHit = model.index(row, 0).data(RecordRole)
    wait_until(lambda: window.patients.details.loaded == hit)
    return hit


def test_a_background_sync_updates_the_card_the_results_and_the_book(
    qtbot: QtBot, window: MainWindow, demo: Opened, clock: FixedClock
) -> None:
    assert demo.demo is not None
    state = demo.demo.states["progenda.sandbox"]
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    entry = next(
        e
        for c in sheet.columns
        for e in c.entries
        if e.appointment.patient_id
        and e.appointment.start > NOW + timedelta(hours=1)
        and e.appointment.status is AppointmentStatus.BOOKED
        and state.patients[int(e.appointment.patient_id)]["phone_number"]
    )
    a = entry.appointment
    assert a.patient_id is not None
    record = state.patients[int(a.patient_id)]
    phone = "".join(ch for ch in record["phone_number"] if ch.isdigit())[-7:]
    open_card(qtbot, window, phone, a.patient_id)
    card = window.patients.details
    assert record["last_name"] in card.name.text()

    # At the clinic, in the vendor's own system: the patient is renamed and the appointment
    # moves two hours later. The background loop's next round brings both.
    clock.advance(timedelta(minutes=11))
    record["last_name"] = "Vandevelde-Renamed"
    state.touch("patient", int(a.patient_id))
    vendor_row = state.appointments[int(a.id)]
    later = a.start + timedelta(hours=2)
    vendor_row["start"] = str(int(later.timestamp()))
    vendor_row["stop"] = str(int((a.end + timedelta(hours=2)).timestamp()))
    state.touch("appointment", int(a.id))
    wait_for(qtbot, demo.workspace.tick())

    # No keystroke: the open card, the results shown and the book follow.
    wait_until(lambda: "Vandevelde-Renamed" in card.name.text())
    model = window.patients.model
    wait_until(
        lambda: any(
            model.index(r, 0).data(RecordRole).patient.last_name == "Vandevelde-Renamed"
            for r in range(model.rowCount())
        )
    )
    wait_until(lambda: any(row.appointment.start == later for row in card.upcoming_model.rows))
    settle(window)
    moved = next(
        e for c in window.day_view.sheet.columns for e in c.entries if e.appointment.id == a.id
    )
    assert moved.appointment.start == later
    assert moved.patient.endswith("Vandevelde-Renamed")


def test_a_booking_leaves_the_openings_list_and_joins_the_patients_card(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    hit = patient_of_center(demo, 1)
    assert isinstance(hit, PatientHit)
    open_card(qtbot, window, hit.patient.last_name, hit.patient.id)
    card = window.patients.details
    before = len(card.upcoming_model.rows)

    pane = window.openings
    window.focus_openings()
    pane.service.setCurrentIndex(pane.service.findText("Consultation · 20 min"))
    pane.provider.setCurrentIndex(pane.provider.findData("1"))
    with qtbot.waitSignal(pane.searched, timeout=10_000):
        pane.search()
    listed: list[Opening] = list(pane.model.openings)
    assert listed
    chosen = listed[0]
    assert first_opening(qtbot, window, "Consultation", "1").start == chosen.start

    dialog = window.book_opening(chosen)
    dialog.choose_patient(hit)
    assert dialog.book_button.isEnabled(), dialog.problem.text()
    with qtbot.waitSignal(dialog.booked, timeout=10_000):
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)

    # The slot (and any listed opening it overlaps) is gone from the list at once, the rest
    # stays; the card lists the booking.
    wait_until(lambda: chosen not in pane.model.openings)
    left = pane.model.openings
    gone = [o for o in listed if o not in left]

    def overlaps(o: Opening) -> bool:
        return o.provider_id == chosen.provider_id and o.start < chosen.end and chosen.start < o.end

    assert gone and all(overlaps(o) for o in gone)
    assert left and not any(overlaps(o) for o in left)
    assert "were just taken" in pane.status.text()
    wait_until(lambda: len(card.upcoming_model.rows) == before + 1)
    assert any(row.appointment.start == chosen.start for row in card.upcoming_model.rows)
