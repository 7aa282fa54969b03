"""Issue 12, item 4: a no-show before the start and a check-in long before it ask first; every
status change and cancellation can be taken back (the notice's Undo, or Ctrl+Z): from the
outbox while it waits, by the reverse command once the vendor has it, and said where it cannot."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.clock import FixedClock
from frontdesk.domain.models import AppointmentStatus, Capability
from frontdesk.sync.facade.desk import Cancel
from frontdesk.ui.day_view import entry_key
from frontdesk.ui.main_window import MainWindow
from tests.ui.conftest import NOW
from tests.ui.helpers import wait_for
from tests.ui.test_actions_appointment import click, drawn, press, puts, upcoming, vendor


def question(window: MainWindow) -> QMessageBox:
    box = window.appointment.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    return box


def test_a_no_show_before_the_start_asks_first_and_not_now_sends_nothing(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    entry = upcoming(window)  # later this morning; it is 08:00
    click(qtbot, window.day_view.canvas, entry)
    window.appointment.actions["noshow"].trigger()
    box = question(window)
    start = entry.appointment.start.astimezone(window.workspace.zone())
    assert box.text() == f"Mark as a no-show: {entry.patient}?"
    assert f"has not started yet (it starts at {start:%H:%M} CET)" in box.informativeText()
    assert box.defaultButton().text() == "Not now"  # Enter out of habit changes nothing
    press(box, "Not now")
    qtbot.waitUntil(lambda: not box.isVisible())
    assert puts(demo) == []
    window.appointment.actions["noshow"].trigger()
    with qtbot.waitSignal(window.appointment.done, timeout=10_000):
        press(question(window), "Mark as a no-show now")
    assert puts(demo)[-1]["status"] == "noshow"


def test_a_check_in_long_before_the_start_asks_first_within_the_setting_it_does_not(
    qtbot: QtBot, window: MainWindow, demo: Opened, clock: FixedClock
) -> None:
    entry = upcoming(window, after_minutes=90)
    click(qtbot, window.day_view.canvas, entry)
    window.appointment.actions["arrived"].trigger()
    box = question(window)
    assert box.text() == f"Check in: {entry.patient}?"
    assert "from now" in box.informativeText()
    press(box, "Not now")
    assert puts(demo) == []
    # Within the early-arrival setting (60 minutes by default): no question.
    clock.advance(entry.appointment.start - NOW - timedelta(minutes=45))
    with qtbot.waitSignal(window.appointment.done, timeout=10_000):
        window.appointment.actions["arrived"].trigger()
    assert puts(demo)[-1]["patient_arrived_at"] == str(int(clock.now().timestamp()))


def test_undo_takes_a_waiting_no_show_back_before_the_vendor_hears_of_it(
    qtbot: QtBot, window: MainWindow, demo: Opened, clock: FixedClock
) -> None:
    entry = upcoming(window)
    clock.advance(entry.appointment.end - NOW)
    click(qtbot, window.day_view.canvas, entry)
    vendor(demo).offline = True
    with qtbot.waitSignal(window.appointment.queued, timeout=10_000):
        window.appointment.actions["noshow"].trigger()
    assert window.undo_button.isVisible()
    assert window.appointment.undo_action.text() == f"Undo no-show of {entry.patient}"
    with qtbot.waitSignal(window.appointment.done, timeout=10_000) as done:
        window.undo_button.click()
    assert done.args == [f"{entry.patient}: no-show taken back (it had not been sent)"]
    assert not window.undo_button.isVisible()
    assert window.workspace.outbox.waiting() == 0
    back = drawn(window, entry_key(entry))
    assert back is not None and back.appointment.status is AppointmentStatus.BOOKED
    assert not back.appointment.pending
    # The vendor answers again: it never receives the no-show.
    vendor(demo).offline = False
    wait_for(qtbot, window.workspace.outbox.drain())
    assert puts(demo) == []


def test_ctrl_z_sends_the_reverse_of_a_check_in_the_vendor_has(
    qtbot: QtBot, window: MainWindow, demo: Opened, clock: FixedClock
) -> None:
    entry = upcoming(window)
    clock.advance(entry.appointment.start - NOW - timedelta(minutes=10))
    canvas = window.day_view.canvas
    click(qtbot, canvas, entry)
    with qtbot.waitSignal(window.appointment.done, timeout=10_000):
        window.appointment.actions["arrived"].trigger()
    assert puts(demo)[-1]["patient_arrived_at"]
    canvas.setFocus()
    with qtbot.waitSignal(window.appointment.done, timeout=10_000) as done:
        qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert done.args == [f"{entry.patient}: check-in taken back"]
    last = puts(demo)[-1]
    assert last["status"] == "booked" and last["patient_arrived_at"] is None
    back = drawn(window, entry_key(entry))
    assert back is not None and back.appointment.status is AppointmentStatus.BOOKED
    assert not window.appointment.undo_action.isEnabled()  # taken back once


@pytest.mark.parametrize("reason", ["cancel", "no undo"])
def test_undo_says_so_where_the_vendor_cannot_take_it_back(
    qtbot: QtBot,
    window: MainWindow,
    demo: Opened,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    reason: str,
) -> None:
    entry = upcoming(window)
    clock.advance(entry.appointment.end - NOW)
    click(qtbot, window.day_view.canvas, entry)
    if reason == "cancel":
        with qtbot.waitSignal(window.appointment.done, timeout=10_000):
            window.appointment.send(entry, Cancel.on(entry.appointment, "ill"), "cancel")
        expected = "cannot take a cancellation back. Book"
    else:
        workspace = window.workspace
        can = workspace.can

        def no_undo(account: str, capability: Capability) -> tuple[bool, str]:
            if capability is Capability.UNDO_STATUS:
                return False, "this vendor's API cannot take a status back"
            return can(account, capability)

        monkeypatch.setattr(workspace, "can", no_undo)
        with qtbot.waitSignal(window.appointment.done, timeout=10_000):
            window.appointment.actions["noshow"].trigger()
        expected = "cannot be taken back from frontdesk (this vendor's API cannot"
    sent = len(puts(demo))
    with qtbot.waitSignal(window.appointment.failed, timeout=10_000) as failed:
        window.appointment.undo_action.trigger()
    assert expected in failed.args[0]
    assert question(window).informativeText() == failed.args[0]
    assert len(puts(demo)) == sent  # nothing more was sent
