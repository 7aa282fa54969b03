"""The patient card's lists keep to their own room: a one-row list never runs under the next
label ("Past: none cached" was drawn over the upcoming list)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.models import PatientHit
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.patient_details import PatientDetails
from tests.ui.helpers import wait_until


def test_a_one_row_list_stays_above_the_next_label(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    card = PatientDetails(demo.workspace)  # as the Patients pane holds it, on its own
    qtbot.addWidget(card)
    card.resize(320, 520)
    card.show()
    sheet = window.day_view.sheet
    assert sheet is not None
    ids = list(
        dict.fromkeys(
            (e.appointment.account, e.appointment.patient_id)
            for c in sheet.columns
            for e in c.entries
            if e.appointment.patient_id
        )
    )
    for account, patient_id in ids[:60]:
        patient = demo.workspace.cache.patient(account, patient_id)
        assert patient is not None
        hit = PatientHit(patient, demo.workspace.vendor_of(account))
        card.show_patient(hit)
        wanted = patient_id

        def loaded(wanted: str = wanted) -> bool:
            return card.loaded is not None and card.loaded.patient.id == wanted

        wait_until(loaded)
        if len(card.upcoming_model.rows) == 1:
            break
    else:
        raise AssertionError("no patient with exactly one upcoming visit today")
    qtbot.waitUntil(card.upcoming.isVisible)
    upcoming = card.upcoming.geometry()
    label = card.past_label.geometry()
    assert upcoming.bottom() < label.top(), (upcoming, label)
