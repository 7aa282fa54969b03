"""No dialog loses input: Enter submits (or says what is missing), Escape with something typed
asks first, the primary button holds the default ring; names and dates as the clinic writes them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.clock import FixedClock
from frontdesk.ui.accounts_dialog import AccountsDialog
from frontdesk.ui.dialog_guard import DISCARD_TEXT, answer, discard_question
from frontdesk.ui.patient_dialog import PatientDialog
from frontdesk.ui.patient_pane import PatientPane
from frontdesk.ui.reason_dialog import ReasonDialog
from tests.ui.conftest import NOW
from tests.ui.helpers import demo_of, sync_book, wait_for

HARBOUR = "Harbour City Allied Health"  # Sydney
GREEN = "Green Valley Naturopathic"  # New York


@pytest.fixture
def opened(qloop: qasync.QEventLoop, clock: FixedClock, tmp_path: Path) -> Iterator[Opened]:
    with demo_of(qloop, clock, tmp_path, {"pracsuite", "naturaesoft"}) as demo:
        yield demo


@pytest.fixture
def pane(qtbot: QtBot, opened: Opened) -> PatientPane:
    wait_for(qtbot, sync_book(opened, NOW), timeout=30_000)
    pane = PatientPane(opened.workspace)
    qtbot.addWidget(pane)
    pane.show()
    return pane


def posts(opened: Opened, host: str) -> list[dict[str, object]]:
    assert opened.demo is not None
    return [
        json.loads(r.body)
        for r in opened.demo.apps[host].requests
        if r.method == "POST" and "patient" in r.path
    ]


def default_button(dialog: PatientDialog | ReasonDialog) -> QPushButton | None:
    return next((b for b in dialog.findChildren(QPushButton) if b.isDefault()), None)


def test_enter_in_the_new_patient_form_saves_and_escape_asks_first(
    qtbot: QtBot, pane: PatientPane, opened: Opened
) -> None:
    pane.field.setText("mia martin")
    dialog = pane.new_patient(HARBOUR)
    qtbot.waitExposed(dialog)
    # In the order typed, and the Create button holds the default ring from the start.
    assert (dialog.fields["first_name"].text(), dialog.fields["last_name"].text()) == (
        "Mia",
        "Martin",
    )
    assert default_button(dialog) is dialog.save_button
    # Enter with the birth date half typed: nothing sent, the problem is said, the form stays.
    qtbot.keyClicks(dialog.fields["birth_date"], "31/02/1990")
    qtbot.keyClick(dialog.fields["birth_date"], Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors["birth_date"].text() == "February 1990 has no day 31."
    assert posts(opened, "pracsuite.sandbox") == []
    # Escape asks; keep editing keeps everything.
    qtbot.keyClick(dialog.fields["birth_date"], Qt.Key.Key_Escape)
    box = discard_question(dialog)
    assert box is not None and box.text() == DISCARD_TEXT
    answer(box, "Keep editing")
    assert dialog.isVisible() and dialog.fields["birth_date"].text() == "31/02/1990"
    dialog.fields["birth_date"].clear()
    qtbot.keyClicks(dialog.fields["birth_date"], "28/02/1990")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.keyClick(dialog.fields["birth_date"], Qt.Key.Key_Return)
    sent = posts(opened, "pracsuite.sandbox")[-1]
    assert (sent["first_name"], sent["surname"], sent["date_of_birth"]) == (
        "Mia",
        "Martin",
        "1990-02-28",
    )


def test_escape_on_an_untouched_form_closes_and_discard_closes(
    qtbot: QtBot, pane: PatientPane
) -> None:
    dialog = pane.new_patient(HARBOUR)
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.fields["first_name"], Qt.Key.Key_Escape)
    assert not dialog.isVisible() and discard_question(dialog) is None
    pane.field.setText("Martin, Mia")
    typed = pane.new_patient(HARBOUR)
    assert (typed.fields["first_name"].text(), typed.fields["last_name"].text()) == (
        "Mia",
        "Martin",
    )
    qtbot.keyClicks(typed.fields["phone"], "0412")
    typed.close()  # the close box
    box = discard_question(typed)
    assert box is not None
    answer(box, "Discard")
    assert not typed.isVisible()


def test_dates_and_phones_follow_the_account_country(qtbot: QtBot, pane: PatientPane) -> None:
    dialog = pane.new_patient(GREEN)
    assert dialog.fields["birth_date"].placeholderText() == "mm/dd/yyyy"
    assert dialog.fields["phone"].placeholderText() == "(555) 555-0123"
    qtbot.keyClicks(dialog.fields["first_name"], "Ann")
    qtbot.keyClicks(dialog.fields["last_name"], "Lee")
    qtbot.keyClicks(dialog.fields["birth_date"], "05/16/1990")  # month first: fine here
    assert dialog.problems() == {}
    dialog.account.setCurrentIndex(dialog.account.findData(HARBOUR))
    assert dialog.fields["birth_date"].placeholderText() == "dd/mm/yyyy"
    # Day first in Australia: the message names the problem, not the format that was used.
    problem = dialog.problems()["birth_date"]
    assert "16" in problem and "dd/mm/yyyy" not in problem
    dialog.fields["first_name"].clear()
    dialog.fields["last_name"].clear()
    dialog.fields["birth_date"].clear()
    dialog.reject()
    assert not dialog.isVisible()  # nothing typed any more: no question


def test_cancel_reason_enter_confirms_when_given_and_escape_asks(qtbot: QtBot) -> None:
    dialog = ReasonDialog("Jan Peeters, Thursday 10:00")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert default_button(dialog) is dialog.cancel_button
    line = dialog.reasons.lineEdit()
    assert line is not None
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Say why" in dialog.problem.text()
    qtbot.keyClicks(line, "Patient is on holiday")
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    box = discard_question(dialog)
    assert box is not None
    answer(box, "Keep editing")
    with qtbot.waitSignal(dialog.accepted, timeout=2_000):
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert dialog.reason() == "Patient is on holiday"
    QApplication.processEvents()


def test_accounts_enter_saves_and_escape_asks_before_dropping_settings(
    qtbot: QtBot, demo: Opened
) -> None:
    dialog = AccountsDialog(demo.workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_adding("progenda")
    qtbot.keyClicks(dialog.name, "Louise")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Save, not Add or Close
    assert dialog.isVisible()
    assert dialog.errors["user_email"].text() == "User e-mail is required."
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    box = discard_question(dialog)
    assert box is not None
    answer(box, "Keep editing")
    assert dialog.isVisible() and dialog.name.text() == "Louise"
