"""Editing an appointment's service, length and notes, as a receptionist does it: what the
dialog offers, the overlap it names before sending, and the notice afterwards (sent, waiting or
refused with the vendor's reason)."""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.book import DayEntry
from frontdesk.domain.models import AppointmentStatus, Service
from frontdesk.ui.dialog_guard import DISCARD_TEXT, answer, discard_question
from frontdesk.ui.edit_appointment_dialog import EditAppointmentDialog
from frontdesk.ui.main_window import MainWindow
from tests.ui.conftest import NOW
from tests.ui.helpers import settle
from tests.ui.test_actions_appointment import click, half_hour_with_room, puts, vendor


def open_dialog(qtbot: QtBot, window: MainWindow, entry: DayEntry) -> EditAppointmentDialog:
    click(qtbot, window.day_view.canvas, entry)
    window.appointment.actions["edit"].trigger()
    dialog = window.appointment.dialog
    assert isinstance(dialog, EditAppointmentDialog) and dialog.isVisible()
    return dialog


def followed(window: MainWindow) -> tuple[DayEntry, DayEntry]:
    """An upcoming booked appointment and the next one of the same provider, 0-60 min later."""
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    for column in sheet.columns:
        live = sorted(
            (e for e in column.entries if e.appointment.status is AppointmentStatus.BOOKED),
            key=lambda e: e.appointment.start,
        )
        for first, second in pairwise(live):
            a, b = first.appointment, second.appointment
            if a.start > NOW and a.patient_id and a.end <= b.start <= a.end + timedelta(hours=1):
                return first, second
    raise AssertionError("no appointment followed by another within the hour")


def test_a_longer_length_over_the_next_appointment_is_named_then_the_vendor_refuses(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    first, second = followed(window)
    dialog = open_dialog(qtbot, window, first)
    assert not dialog.save_button.isEnabled()  # nothing changed yet
    longer = first.appointment.minutes + second.appointment.minutes + 15
    with qtbot.waitSignal(dialog.checked, timeout=5_000):  # the guard reads the book
        dialog.length.setValue(longer)
    assert second.patient in dialog.problem.text() and "save anyway?" in dialog.problem.text()
    assert dialog.save_button.text() == "Save anyway"
    # Progenda refuses an overlap: the notice gives its reason, the book keeps the length.
    with qtbot.waitSignal(window.appointment.failed, timeout=10_000) as failed:
        qtbot.keyClick(dialog.length, Qt.Key.Key_Return)
    assert "no longer available" in failed.args[0]
    assert puts(demo) == []
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    kept = next(
        e for c in sheet.columns for e in c.entries if e.appointment.id == first.appointment.id
    )
    assert kept.appointment.end == first.appointment.end and not kept.appointment.pending


def test_only_the_providers_services_and_each_sets_its_length(
    qtbot: QtBot, window: MainWindow
) -> None:
    entry = half_hour_with_room(window)
    a = entry.appointment
    dialog = open_dialog(qtbot, window, entry)
    listed: list[Service] = [dialog.service.itemData(i) for i in range(dialog.service.count())]
    assert listed and all(
        s.account == a.account and (not s.provider_ids or a.provider_id in s.provider_ids)
        for s in listed
    )
    others = [
        s
        for s in window.workspace.services()
        if s.account == a.account and s.provider_ids and a.provider_id not in s.provider_ids
    ]
    assert not set(others) & set(listed)
    other = next(s for s in listed if s.id != a.service_id)
    dialog.service.setCurrentIndex(listed.index(other))
    assert dialog.length.value() == other.minutes
    local_end = (a.start + timedelta(minutes=other.minutes)).astimezone(dialog.zone)
    assert dialog.ends.text().startswith(f"ends {local_end:%H:%M}")
    command = dialog.command()
    assert command is not None and command.service_id == other.id and command.notes is None


def test_escape_with_changes_asks_and_an_unreachable_vendor_keeps_the_edit_waiting(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    entry = half_hour_with_room(window)
    dialog = open_dialog(qtbot, window, entry)
    qtbot.keyClicks(dialog.notes, " Wheelchair")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = discard_question(dialog)
    assert box is not None and box.text() == DISCARD_TEXT
    answer(box, "Keep editing")
    assert dialog.isVisible()
    vendor(demo).offline = True
    dialog.length.setFocus()
    with qtbot.waitSignal(window.appointment.queued, timeout=10_000) as queued:
        qtbot.keyClick(dialog.length, Qt.Key.Key_Return)
    assert "will be sent when the vendor answers" in queued.args[0]
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    waiting = next(
        e for c in sheet.columns for e in c.entries if e.appointment.id == entry.appointment.id
    )
    assert waiting.appointment.pending and waiting.appointment.notes.endswith("Wheelchair")


def test_undo_sends_the_old_length_notes_and_service_back(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    entry = half_hour_with_room(window)
    a = entry.appointment
    dialog = open_dialog(qtbot, window, entry)
    dialog.length.setValue(45)
    with qtbot.waitSignal(window.appointment.done, timeout=10_000):
        qtbot.keyClick(dialog.length, Qt.Key.Key_Return)
    assert window.appointment.undo_action.text() == f"Undo edit of {entry.patient}"
    with qtbot.waitSignal(window.appointment.done, timeout=10_000) as done:
        window.appointment.undo_action.trigger()
    assert done.args == [f"{entry.patient}: edit taken back"]
    assert puts(demo)[-1] == {
        "stop": str(int(a.end.timestamp())),
        "notes": a.notes,
        "service_remote_id": a.service_id,
    }
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    back = next(e for c in sheet.columns for e in c.entries if e.appointment.id == a.id)
    assert back.appointment.end == a.end and not back.appointment.pending
