"""Patient alerts (issue 15 item 7): set on the patient's card, then shown on the card, in the
booking dialog for that patient (prominently) and on their appointment blocks."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from frontdesk.ui.booking_dialog import BookingDialog
from frontdesk.ui.day_view import entry_key
from frontdesk.ui.main_window import MainWindow
from tests.ui.helpers import settle, wait_until
from tests.ui.test_actions_appointment import click, upcoming

ALERT = "Allergic to latex <gloves>"


def test_an_alert_set_on_the_card_shows_when_booking_and_on_the_block(
    qtbot: QtBot, window: MainWindow
) -> None:
    entry = upcoming(window)
    click(qtbot, window.day_view.canvas, entry)
    window.appointment.actions["patient"].trigger()
    wait_until(lambda: window.patients.details.hit is not None)
    card = window.patients.details
    assert card.alert.isHidden()

    dialog = card.edit_alert()
    assert isinstance(dialog, QInputDialog)
    dialog.setTextValue(ALERT)
    dialog.accept()
    wait_until(lambda: card.alert.isVisible())
    assert ALERT in card.alert.text().replace("&lt;", "<").replace("&gt;", ">")

    hit = window.patients.current()
    booking = window.book_for_patient(hit)
    assert isinstance(booking, BookingDialog)
    wait_until(lambda: booking.alert.isVisible())
    assert "Alert:" in booking.alert.text() and "latex &lt;gloves&gt;" in booking.alert.text()
    booking.reject()

    def tooltip() -> str:
        settle(window)
        sheet = window.day_view.sheet
        assert sheet is not None
        key = entry_key(entry)
        found = next((e for c in sheet.columns for e in c.entries if entry_key(e) == key), None)
        return window.day_view.canvas.tooltip_for(found) if found is not None else ""

    wait_until(lambda: "⚠ Alert: Allergic to latex &lt;gloves&gt;" in tooltip())

    # Emptied: gone from the card, and the booking dialog shows no alert.
    dialog = card.edit_alert()
    assert dialog is not None and dialog.textValue() == ALERT
    dialog.setTextValue("")
    dialog.accept()
    wait_until(lambda: card.alert.isHidden())
    booking = window.book_for_patient(hit)
    settle(window)
    assert booking.alert.isHidden()
    booking.reject()


def test_an_alert_not_saved_comes_back_with_what_was_typed_and_why(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A clinic desk working from its mirror cannot save an alert (it lives on the server): the
    dialog opens again with her text and the reason, nothing typed is lost."""
    entry = upcoming(window)
    click(qtbot, window.day_view.canvas, entry)
    window.appointment.actions["patient"].trigger()
    wait_until(lambda: window.patients.details.hit is not None)
    card = window.patients.details
    monkeypatch.setattr(window.workspace, "away", True)  # as DeskLink sets it offline

    dialog = card.edit_alert()
    assert isinstance(dialog, QInputDialog)
    dialog.setTextValue(ALERT)
    dialog.accept()
    wait_until(lambda: dialog.isVisible())
    assert dialog.textValue() == ALERT
    assert "The alert was not saved: Kept on the clinic server only" in dialog.labelText()
    assert card.alert.isHidden()
    dialog.reject()
