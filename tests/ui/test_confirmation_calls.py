"""Confirmation calls (issue 15 item 4) as the desk makes them: the day's unconfirmed patients
with a phone number, one marked "left message" -> the list and the block's tooltip say so; a
confirmation on a vendor without one is kept by the desk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from frontdesk.domain import history
from frontdesk.domain.confirmations import CallOutcome
from frontdesk.domain.models import AppointmentStatus
from frontdesk.ui.confirmations_dialog import ConfirmationsDialog
from frontdesk.ui.day_view import entry_key
from frontdesk.ui.main_window import MainWindow
from tests.ui.helpers import settle, wait_until


@pytest.fixture(autouse=True)
def _desk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(history, "here", lambda: ("desk-2", "anna"))


def open_calls(window: MainWindow) -> ConfirmationsDialog:
    window.calls_action.trigger()
    dialog = window.calls_dialog
    assert isinstance(dialog, ConfirmationsDialog)
    wait_until(lambda: dialog.note.text() != "Reading phone numbers…")
    return dialog


def test_left_message_shows_in_the_list_and_on_the_block(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_calls(window)
    assert dialog.rows, dialog.note.text()
    for entry in dialog.rows:  # booked, unconfirmed, with a patient
        a = entry.appointment
        assert a.status is AppointmentStatus.BOOKED and a.confirmed_at is None
    assert dialog.note.text() == f"{len(dialog.rows)} to call"
    dialog.table.selectRow(1)
    chosen = dialog.rows[1]
    qtbot.mouseClick(dialog.buttons[CallOutcome.LEFT_MESSAGE], Qt.MouseButton.LeftButton)
    wait_until(lambda: dialog.last_call(1) == "left message")
    assert dialog.table.currentRow() == 2  # on to the next call

    def shown() -> str:
        settle(window)
        canvas = window.day_view.canvas
        sheet = window.day_view.sheet
        assert sheet is not None
        key = entry_key(chosen)
        entry = next((e for c in sheet.columns for e in c.entries if entry_key(e) == key), None)
        return canvas.tooltip_for(entry) if entry is not None else ""

    wait_until(lambda: "Call: left message" in shown())
    assert "desk-2/anna" in shown()
    dialog.reject()

    again = open_calls(window)
    row = next(i for i, e in enumerate(again.rows) if entry_key(e) == entry_key(chosen))
    assert again.last_call(row) == "left message"  # the list comes back with it


def test_confirmed_on_a_vendor_without_confirmation_is_kept_here(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_calls(window)  # the demo window's vendor is Progenda: no confirmation
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.buttons[CallOutcome.CONFIRMED], Qt.MouseButton.LeftButton)
    assert dialog.note.text() == "Confirmed here only: the vendor has no confirmation."
    wait_until(lambda: dialog.last_call(0) == "confirmed")
