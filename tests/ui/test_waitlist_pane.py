"""The Waitlist tab, its Add dialog and "From waitlist…" on an empty slot (issue 15)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.waitlist import TimeOfDay, WaitlistEntry
from frontdesk.sync.facade import desk
from frontdesk.ui.dates import short_date
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.waitlist_dialog import PatientRole as WAITLIST_PATIENT
from frontdesk.ui.waitlist_dialog import WaitlistDialog
from frontdesk.ui.waitlist_offer import WaitlistOffer
from frontdesk.ui.waitlist_pane import WaitlistModel, WaitlistRow
from tests.ui.conftest import NOW
from tests.ui.helpers import wait_for, wait_until
from tests.ui.test_book_slots import column_of, free_place


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = WaitlistModel()
    qtmodeltester.check(model)
    rows = [
        WaitlistRow(WaitlistEntry("A", str(n), None, NOW, urgent=n == 1), f"P{n}", "Any", "Any")
        for n in range(3)
    ]
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "P1 (urgent)"
    model.set_rows([])
    qtmodeltester.check(model)


def patients(window: MainWindow) -> list[tuple[str, str]]:
    """The demo's first two patients with an appointment today: (account, id)."""
    sheet = window.day_view.sheet
    assert sheet is not None
    found = dict.fromkeys(
        (e.appointment.account, e.appointment.patient_id)
        for c in sheet.columns
        for e in c.entries
        if e.appointment.patient_id
    )
    return [(a, p) for a, p in found if p is not None][:2]


def test_the_tab_lists_filters_and_removes_entries(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    (account, first), (_, second) = patients(window)
    provider = window.workspace.reference.providers_of(account)[0]
    pane = window.waitlist
    for entry in (
        WaitlistEntry(account, first, None, NOW - timedelta(days=2)),
        WaitlistEntry(
            account,
            second,
            None,
            NOW - timedelta(days=1),
            provider_ids=frozenset({provider.id}),
            time_of_day=TimeOfDay.MORNING,
            urgent=True,
        ),
    ):
        with qtbot.waitSignal(pane.shown, timeout=10_000):
            wait_for(qtbot, desk.add_to_waitlist(window.workspace, entry))
    model = pane.model
    assert model.rowCount() == 2
    assert model.index(0, 0).data().endswith("(urgent)")  # urgent first, though newer
    assert model.index(0, 2).data() == provider.name and model.index(1, 2).data() == "Any provider"
    assert "morning" in model.index(0, 3).data()
    pane.urgent.setChecked(True)
    assert model.rowCount() == 1 and pane.status.text().startswith("1 of 2 waiting")
    pane.urgent.setChecked(False)
    pane.table.selectRow(0)
    assert pane.remove_button.isEnabled()
    with qtbot.waitSignal(pane.shown, timeout=10_000):
        qtbot.mouseClick(pane.remove_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 1 and not model.index(0, 0).data().endswith("(urgent)")
    assert [e.patient_id for e in wait_for(qtbot, desk.waitlist(window.workspace))] == [first]


def test_add_finds_the_patient_and_stores_the_wishes(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    (account, patient_id), _ = patients(window)
    patient = wait_for(qtbot, window.workspace.patient(account, patient_id))
    assert patient is not None
    qtbot.mouseClick(window.waitlist.add_button, Qt.MouseButton.LeftButton)
    dialog = window.waitlist_dialog
    assert isinstance(dialog, WaitlistDialog) and not dialog.add_button.isEnabled()
    qtbot.keyClicks(dialog.search, patient.last_name)
    wait_until(lambda: dialog.hits.count() > 0)
    match = next(
        i
        for i in range(dialog.hits.count())
        if dialog.hits.item(i).data(WAITLIST_PATIENT).id == patient.id
    )
    dialog.hits.setCurrentRow(match)
    assert dialog.add_button.isEnabled()
    dialog.days[1].setChecked(True)
    dialog.time.setCurrentIndex(dialog.time.findData("afternoon"))
    dialog.urgent.setChecked(True)
    # Away until the 10th, wanted before the 24th; put the wrong way round first.
    today = window.workspace.clock.now().date()
    dialog.from_on.setChecked(True)
    dialog.earliest.setDate(QDate(today.year, today.month, 10))
    dialog.until_on.setChecked(True)
    dialog.latest.setDate(QDate(today.year, today.month, 5))
    assert dialog.range_error.isVisibleTo(dialog) and not dialog.add_button.isEnabled()
    dialog.latest.setDate(QDate(today.year, today.month, 24))
    assert not dialog.range_error.isVisibleTo(dialog) and dialog.add_button.isEnabled()
    with qtbot.waitSignal(window.waitlist.shown, timeout=10_000):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    (stored,) = wait_for(qtbot, desk.waitlist(window.workspace))
    assert (stored.patient_id, stored.days, stored.time_of_day, stored.urgent) == (
        patient.id,
        frozenset({1}),
        TimeOfDay.AFTERNOON,
        True,
    )
    assert (stored.earliest, stored.latest) == (
        today.replace(day=10),
        today.replace(day=24),
    )
    assert window.waitlist.model.rowCount() == 1
    model = window.waitlist.model
    shown = [str(model.index(0, c).data()) for c in range(model.columnCount())]
    span = f"{short_date(today.replace(day=10))} to {short_date(today.replace(day=24))}"
    assert any(span in text for text in shown)  # the tab says the dates as the desk writes them


def test_from_waitlist_on_an_empty_slot_offers_who_fits(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    index, column = column_of(window, "2")
    start, point = free_place(window, index, column)
    (account, patient_id), _ = patients(window)
    assert column.provider.account == account
    wait_for(
        qtbot,
        desk.add_to_waitlist(window.workspace, WaitlistEntry(account, patient_id, None, NOW)),
    )
    canvas = window.day_view.canvas
    QApplication.sendEvent(
        canvas,
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, canvas.mapToGlobal(point)),
    )
    menu = window.last_context_menu
    (waiting,) = [a for a in menu.actions() if a.text() == "From waitlist…"]
    waiting.trigger()
    menu.close()
    wait_until(lambda: isinstance(window.waitlist_offer, WaitlistOffer))
    offer = window.waitlist_offer
    assert isinstance(offer, WaitlistOffer)
    assert offer.headline.text() == (
        f"1 waiting patient fits {start:%a %H:%M} with {column.provider.name}"
    )


def test_add_for_a_given_patient_shows_them_chosen(qtbot: QtBot, window: MainWindow) -> None:
    (account, patient_id), _ = patients(window)
    patient = wait_for(qtbot, window.workspace.patient(account, patient_id))
    assert patient is not None
    dialog = WaitlistDialog(window.workspace, patient, window)
    qtbot.addWidget(dialog)
    assert dialog.search.text() == patient.display_name
    wait_until(lambda: dialog.hits.currentItem() is not None)
    said = dialog.hits.currentItem().text()  # told apart from namesakes
    assert said.startswith(patient.display_name) and patient.account in said
    assert dialog.patient is not None and dialog.patient.id == patient.id
    assert dialog.add_button.isEnabled()
