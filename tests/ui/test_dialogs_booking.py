"""The booking dialog as a receptionist drives it: it opens at the next free time, reads times as
typed, Tab then Enter chooses the patient, only calendars that accept the patient are offered,
an overlap is named and may be booked anyway, and Escape asks before dropping the booking."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.models import PatientHit
from frontdesk.sync.openings import OpeningSearch
from frontdesk.ui.booking_dialog import BookingDialog
from frontdesk.ui.dialog_guard import answer, discard_question
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.models import RecordRole
from tests.ui.conftest import NOW
from tests.ui.helpers import wait_for, wait_until

BRUSSELS = "Brussels & Gent"
ZONE = ZoneInfo("Europe/Brussels")
CENTER_2 = {"5", "6", "7", "8"}  # Katrien Peeters, Wout Verstraete, Hélène Müller, Bram De Smet


def shown_start(dialog: BookingDialog) -> datetime | None:
    at = dialog.time.value()
    day: date = dialog.date.date().toPython()  # type: ignore[assignment]
    return datetime.combine(day, at, dialog.zone()) if at is not None else None


def consult_with_joris(dialog: BookingDialog) -> None:
    assert dialog._select_service(BRUSSELS, "consult")
    dialog._select_provider("1")


def test_it_opens_at_the_next_free_time_never_in_the_past(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.book_for_patient(None)
    consult_with_joris(dialog)
    dialog.provider.activated.emit(dialog.provider.currentIndex())  # as if chosen by hand
    service = dialog.service.currentData()
    first = wait_for(
        qtbot,
        dialog.finder.find(
            OpeningSearch(
                NOW.astimezone(ZONE).date(),
                days=7,
                services=(service,),
                providers=frozenset({(BRUSSELS, "1")}),
                limit=1,
            )
        ),
    ).openings[0]
    qtbot.waitUntil(lambda: shown_start(dialog) == first.start, timeout=10_000)
    start = shown_start(dialog)
    assert start is not None and start >= NOW


def test_the_time_reads_what_is_typed(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.book_for_patient(None)
    for typed, read in (("13:30", time(13, 30)), ("1330", time(13, 30)), ("9h30", time(9, 30))):
        dialog.time.clear()
        qtbot.keyClicks(dialog.time, typed)
        assert dialog.time.value() == read, typed
    dialog.time.clear()
    qtbot.keyClicks(dialog.time, "25:00")
    assert dialog.time.value() is None
    dialog.choose_patient(first_hit(qtbot, dialog, "peeters"))
    assert dialog.problem.text() == "There is no hour 25."


def first_hit(qtbot: QtBot, dialog: BookingDialog, text: str) -> PatientHit:
    dialog.patient_field.setText(text)
    wait_until(dialog.hits_are_current)
    hit: PatientHit = dialog.patient_model.index(0, 0).data(RecordRole)
    return hit


def test_tab_to_the_results_then_enter_chooses_the_patient(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.book_for_patient(None)
    qtbot.waitExposed(dialog)
    dialog.patient_field.setFocus()
    qtbot.keyClicks(dialog.patient_field, "peeters")
    wait_until(dialog.hits_are_current)
    assert dialog.patient_model.rowCount() > 1
    qtbot.keyClick(dialog.patient_field, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.patient_list
    qtbot.keyClick(dialog.patient_list, Qt.Key.Key_Down)
    highlighted = dialog.patient_list.currentIndex().data(RecordRole)
    qtbot.keyClick(dialog.patient_list, Qt.Key.Key_Return)
    assert dialog.patient_dialog is None  # not New patient
    assert dialog.patient is not None and dialog.patient.patient.id == highlighted.patient.id
    assert dialog.isVisible()  # chosen, not booked


def test_only_calendars_that_accept_the_patient_are_offered(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    """Progenda keeps patients per center: Joris Van Hecke's calendar (center 1) refuses a
    patient of Praktijk Zuidpark (center 2), so he is not offered for them."""
    seen = next(
        a
        for a in demo.workspace.cache.appointments_between(
            NOW - timedelta(days=8), NOW + timedelta(days=21), BRUSSELS
        )
        if a.provider_id == "5" and a.patient_id
    )
    assert seen.patient_id is not None
    patient = demo.workspace.cache.patient(BRUSSELS, seen.patient_id)
    assert patient is not None
    dialog = window.book_for_patient(None)
    consult_with_joris(dialog)
    assert dialog.provider.currentData() == "1"
    dialog.choose_patient(PatientHit(patient, "progenda"))
    qtbot.waitUntil(lambda: dialog.provider.currentData() != "1", timeout=10_000)
    offered = {dialog.provider.itemData(i) for i in range(dialog.provider.count())}
    assert offered and offered <= CENTER_2
    assert dialog.provider.currentText() == "Katrien Peeters"


def test_a_patient_of_another_center_never_seen_in_the_book_is_not_offered_there(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    """The center comes from where Progenda lists the patient, not from past appointments: a
    patient of center 2 with no appointment cached is not offered Joris's calendar (center 1)."""
    assert demo.demo is not None
    state = demo.demo.states["progenda.sandbox"]
    cache = demo.workspace.cache
    seen = {
        a.patient_id
        for a in cache.appointments_between(
            NOW - timedelta(days=365), NOW + timedelta(days=365), BRUSSELS
        )
    }
    patient = next(
        p
        for p in (
            cache.patient(BRUSSELS, str(i))
            for i, r in state.patients.items()
            if r["center_id"] == 2
        )
        if p is not None and p.id not in seen
    )
    dialog = window.book_for_patient(None)
    consult_with_joris(dialog)
    assert dialog.provider.currentData() == "1"
    dialog.choose_patient(PatientHit(patient, "progenda"))
    qtbot.waitUntil(lambda: dialog.provider.currentData() != "1", timeout=10_000)
    offered = {dialog.provider.itemData(i) for i in range(dialog.provider.count())}
    assert offered and offered <= CENTER_2


def test_an_overlap_is_named_then_booked_anyway(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    assert demo.demo is not None
    demo.demo.states["progenda.sandbox"].allow_overlap = True  # this clinic double-books
    taken = next(
        a
        for a in demo.workspace.cache.appointments_between(
            NOW + timedelta(hours=2), NOW + timedelta(days=2), BRUSSELS
        )
        if a.provider_id == "1" and a.status.value == "booked"
    )
    seen = demo.workspace.cache.appointments_between(
        NOW - timedelta(days=8), NOW + timedelta(days=21), BRUSSELS
    )
    patient_id = next(a.patient_id for a in seen if a.provider_id == "2" and a.patient_id)
    patient = demo.workspace.cache.patient(BRUSSELS, patient_id or "")
    assert patient is not None
    dialog = window.book_for_patient(PatientHit(patient, "progenda"))
    consult_with_joris(dialog)
    dialog._set_time(taken.start)
    qtbot.waitUntil(lambda: dialog.book_button.text() == "Book anyway", timeout=10_000)
    local = taken.start.astimezone(ZONE)
    warning = dialog.problem.text()
    assert warning.startswith("Joris Van Hecke already has ") and f"{local:%H:%M}–" in warning
    assert warning.endswith("book anyway?")
    with qtbot.waitSignal(dialog.booked, timeout=20_000) as booked:
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert booked.args[0].start == taken.start
    faults = demo.demo.apps["progenda.sandbox"]
    sent = [r for r in faults.requests if r.method == "POST" and "appointments" in r.path]
    assert sent and str(int(taken.start.timestamp())) in sent[-1].body.decode()


def test_escape_with_a_patient_chosen_asks_first_and_enter_says_what_is_missing(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.book_for_patient(None)
    qtbot.waitExposed(dialog)
    dialog.time.setFocus()
    qtbot.keyClick(dialog.time, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.patient_field
    assert "Choose the patient" in dialog.problem.text()
    dialog.choose_patient(first_hit(qtbot, dialog, "peeters"))
    qtbot.keyClick(dialog.time, Qt.Key.Key_Escape)
    box = discard_question(dialog)
    assert box is not None
    answer(box, "Keep editing")
    assert dialog.isVisible() and dialog.patient is not None
    dialog.reject()
    box = discard_question(dialog)
    assert box is not None
    answer(box, "Discard")
    assert not dialog.isVisible()


def test_book_pressed_before_the_overlap_is_read_names_it_and_sends_nothing(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    assert demo.demo is not None
    taken = next(
        a
        for a in demo.workspace.cache.appointments_between(
            NOW + timedelta(hours=2), NOW + timedelta(days=2), BRUSSELS
        )
        if a.provider_id == "1" and a.status.value == "booked"
    )
    hit = next(
        h
        for h in demo.workspace.cache.search_patients("peeters", 50)
        if demo.demo.states["progenda.sandbox"].patients[int(h.patient.id)]["center_id"] == 1
    )
    dialog = window.book_for_patient(hit)
    consult_with_joris(dialog)
    dialog._set_time(taken.start)
    dialog.submit()  # at once: the book there is still being read
    faults = demo.demo.apps["progenda.sandbox"]
    qtbot.waitUntil(lambda: dialog.book_button.text() == "Book anyway", timeout=10_000)
    assert dialog.problem.text().endswith("book anyway?") and dialog.isVisible()
    assert not [r for r in faults.requests if r.method == "POST" and "appointments" in r.path]
