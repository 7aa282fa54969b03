"""Actions on an appointment, as a receptionist does them: keys, context menu, dialogs, dragging.

Each checks what the vendor received and what the book shows afterwards."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.clock import FixedClock
from frontdesk.domain.models import AppointmentStatus
from frontdesk.sandbox.faults import Faults
from frontdesk.sync.day import DayEntry
from frontdesk.ui.day_view import DayCanvas, entry_key
from frontdesk.ui.edit_appointment_dialog import EditAppointmentDialog
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.reason_dialog import ReasonDialog
from frontdesk.ui.reschedule_dialog import RescheduleDialog
from tests.ui.conftest import NOW
from tests.ui.helpers import demo_of, settle, wait_until


def vendor(demo: Opened) -> Faults:
    assert demo.demo is not None
    return demo.demo.apps["progenda.sandbox"]


def puts(demo: Opened) -> list[dict[str, object]]:
    """The updates Progenda accepted (not the remote_id it is given before the first one)."""
    return [
        json.loads(r.body)["appointment"]
        for r in vendor(demo).requests
        if r.method == "PUT" and "remote_id:" in r.path and r.status < 400
    ]


def upcoming(window: MainWindow, *, after_minutes: int = 60) -> DayEntry:
    """A booked, unconfirmed appointment later today that nothing overlaps."""
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    for column in sheet.columns:
        for entry in column.entries:
            a = entry.appointment
            others = [
                e.appointment
                for e in column.entries
                if e is not entry and e.appointment.start < a.end and a.start < e.appointment.end
            ]
            if (
                a.status is AppointmentStatus.BOOKED
                and a.start > NOW + timedelta(minutes=after_minutes)
                and a.patient_id
                and not others
            ):
                return entry
    raise AssertionError("the demo day has no upcoming appointment")


def drawn(window: MainWindow, key: tuple[str, str]) -> DayEntry | None:
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    return next((e for c in sheet.columns for e in c.entries if entry_key(e) == key), None)


def click(qtbot: QtBot, canvas: DayCanvas, entry: DayEntry) -> None:
    block = canvas.block_for(entry_key(entry))
    assert block is not None
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=block.rect.center().toPoint())
    assert canvas.selected_entry() == entry


def activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)


def test_check_in_from_the_keyboard_reaches_the_vendor_and_the_book(
    qtbot: QtBot, window: MainWindow, demo: Opened, clock: FixedClock
) -> None:
    entry = upcoming(window)
    # Half an hour early: checked in without a question (test_status_guards.py asks earlier).
    clock.advance(entry.appointment.start - NOW - timedelta(minutes=30))
    now = clock.now()
    canvas = window.day_view.canvas
    activate(qtbot, window)
    click(qtbot, canvas, entry)
    check_in = window.appointment.actions["arrived"]
    assert check_in.isEnabled() and "(Ctrl+Shift+A)" in check_in.toolTip()
    canvas.setFocus()
    with qtbot.waitSignal(window.appointment.done, timeout=10_000) as done:
        qtbot.keyClick(
            canvas,
            Qt.Key.Key_A,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert done.args == [f"{entry.patient}: checked in"]
    assert [p.get("patient_arrived_at") for p in puts(demo)] == [str(int(now.timestamp()))]
    now_drawn = drawn(window, entry_key(entry))
    assert now_drawn is not None
    assert now_drawn.appointment.status is AppointmentStatus.ARRIVED
    assert not now_drawn.appointment.pending
    # Checked in once, it cannot be checked in again; the tooltip says why.
    assert not check_in.isEnabled()
    assert "already checked in" in check_in.toolTip()


def test_confirm_is_shown_but_disabled_with_the_vendors_reason(
    qtbot: QtBot, window: MainWindow
) -> None:
    entry = upcoming(window)
    click(qtbot, window.day_view.canvas, entry)
    confirm = window.appointment.actions["confirm"]
    assert not confirm.isEnabled()
    assert "Progenda's API has no appointment confirmation" in confirm.toolTip()
    assert confirm.statusTip() == confirm.toolTip()
    menu = window.context_menu_for(entry)
    assert confirm in menu.actions() and menu.toolTipsVisible()


def test_no_show_from_the_context_menu(
    qtbot: QtBot, window: MainWindow, demo: Opened, clock: FixedClock
) -> None:
    entry = upcoming(window)
    clock.advance(entry.appointment.end - NOW)  # the visit's time is over: no question
    canvas = window.day_view.canvas
    block = canvas.block_for(entry_key(entry))
    assert block is not None
    centre = block.rect.center().toPoint()
    with qtbot.waitSignal(window.day_view.context_requested, timeout=2_000):
        QApplication.sendEvent(
            canvas,
            QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre, canvas.mapToGlobal(centre)),
        )
    assert canvas.selected_entry() == entry
    menu = window.last_context_menu
    noshow = next(a for a in menu.actions() if a.text() == "No-show")
    assert noshow.isEnabled()
    assert any(a.text().startswith("Week of ") for a in menu.actions())
    with qtbot.waitSignal(window.appointment.done, timeout=10_000):
        noshow.trigger()
    menu.close()
    assert puts(demo)[-1]["status"] == "noshow"
    now_drawn = drawn(window, entry_key(entry))
    assert now_drawn is not None and now_drawn.appointment.status is AppointmentStatus.NOSHOW


def test_cancel_asks_for_a_reason_and_hides_the_appointment(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    entry = upcoming(window)
    click(qtbot, window.day_view.canvas, entry)
    hidden_before = window.day_view.sheet.hidden_cancelled if window.day_view.sheet else 0
    window.appointment.actions["cancel"].trigger()
    dialog = window.appointment.dialog
    assert isinstance(dialog, ReasonDialog) and dialog.isVisible()
    assert not dialog.cancel_button.isEnabled()
    assert "Say why" in dialog.problem.text()
    qtbot.keyClicks(dialog.reasons.lineEdit(), "Patient has the flu")
    assert dialog.cancel_button.isEnabled()
    with qtbot.waitSignal(window.appointment.done, timeout=10_000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    sent = puts(demo)[-1]
    assert sent == {"status": "cancelled", "notes": "Patient has the flu"}
    assert drawn(window, entry_key(entry)) is None  # cancelled: hidden unless asked
    sheet = window.day_view.sheet
    assert sheet is not None and sheet.hidden_cancelled == hidden_before + 1
    assert window.cancelled_action.text() == f"Show cancelled ({hidden_before + 1})"
    window.cancelled_action.trigger()
    shown = drawn(window, entry_key(entry))
    assert shown is not None and shown.appointment.status is AppointmentStatus.CANCELLED


def test_keeping_the_appointment_sends_nothing(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    entry = upcoming(window)
    click(qtbot, window.day_view.canvas, entry)
    window.appointment.actions["cancel"].trigger()
    dialog = window.appointment.dialog
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and puts(demo) == []


def test_reschedule_through_the_dialog_warns_of_a_double_booking(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    entry = upcoming(window)
    a = entry.appointment
    click(qtbot, window.day_view.canvas, entry)
    window.appointment.actions["move"].trigger()
    dialog = window.appointment.dialog
    assert isinstance(dialog, RescheduleDialog)
    assert not dialog.move_button.isEnabled()  # nothing changed yet
    sheet = window.day_view.sheet
    assert sheet is not None
    column = next(c for c in sheet.columns if c.key == (a.account, a.provider_id))
    other = next(e for e in column.entries if e is not entry and e.appointment.start > NOW)
    local = other.appointment.start.astimezone(column.zone)
    with qtbot.waitSignal(dialog.checked, timeout=5_000):  # the guard reads the book
        dialog.set_target(local.date(), local.time())
    assert "Overlaps" in dialog.problem.text() and other.patient in dialog.problem.text()
    assert dialog.move_button.text() == "Move anyway"
    # Late in the evening the provider is free: a plain move.
    evening = (a.start.astimezone(column.zone) + timedelta(days=1)).replace(hour=19, minute=0)
    dialog.set_target(evening.date(), evening.time())
    assert dialog.move_button.text() == "Move" and not dialog.clashes
    with qtbot.waitSignal(window.appointment.done, timeout=10_000):
        qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    sent = puts(demo)[-1]
    assert sent["start"] == str(int(evening.timestamp()))
    assert drawn(window, entry_key(entry)) is None  # moved to tomorrow
    window.go(evening.date())
    moved = drawn(window, entry_key(entry))
    assert moved is not None and moved.appointment.start == evening


def half_hour_with_room(window: MainWindow) -> DayEntry:
    """An upcoming 30-minute appointment with the next quarter of an hour free."""
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    for column in sheet.columns:
        for entry in column.entries:
            a = entry.appointment
            if a.minutes != 30 or a.status is not AppointmentStatus.BOOKED or a.start <= NOW:
                continue
            later = a.end + timedelta(minutes=15)
            if not any(
                e is not entry and e.appointment.start < later and a.start < e.appointment.end
                for e in column.entries
            ):
                return entry
    raise AssertionError("the demo day has no half-hour appointment with room after it")


def test_edit_from_the_context_menu_lengthens_the_appointment_and_changes_its_notes(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    entry = half_hour_with_room(window)
    a = entry.appointment
    canvas = window.day_view.canvas
    block = canvas.block_for(entry_key(entry))
    assert block is not None
    height = block.rect.height()
    centre = block.rect.center().toPoint()
    with qtbot.waitSignal(window.day_view.context_requested, timeout=2_000):
        QApplication.sendEvent(
            canvas,
            QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre, canvas.mapToGlobal(centre)),
        )
    menu = window.last_context_menu
    edit = next(x for x in menu.actions() if x.text() == "Edit appointment…")
    assert edit.isEnabled() and "(Ctrl+E)" in edit.toolTip()
    edit.trigger()
    menu.close()
    dialog = window.appointment.dialog
    assert isinstance(dialog, EditAppointmentDialog) and dialog.isVisible()
    assert dialog.length.value() == 30
    dialog.notes.selectAll()
    qtbot.keyClicks(dialog.notes, "Bring the X-rays")
    dialog.length.setFocus()
    dialog.length.selectAll()
    qtbot.keyClicks(dialog.length, "45")
    assert dialog.length.value() == 45
    with qtbot.waitSignal(window.appointment.done, timeout=10_000) as done:
        qtbot.keyClick(dialog.length, Qt.Key.Key_Return)
    assert done.args == [f"{entry.patient}: changed"]
    end = a.start + timedelta(minutes=45)
    assert puts(demo)[-1] == {"stop": str(int(end.timestamp())), "notes": "Bring the X-rays"}
    shown = drawn(window, entry_key(entry))
    assert shown is not None and shown.appointment.minutes == 45
    assert shown.appointment.notes == "Bring the X-rays" and not shown.appointment.pending
    longer = canvas.block_for(entry_key(entry))
    assert longer is not None and abs(longer.rect.height() - height * 1.5) < 2


def drag(
    qtbot: QtBot, canvas: DayCanvas, start: QPointF, end: QPointF, meanwhile: Any = None
) -> None:
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start.toPoint())
    middle = (start + end) / 2
    for point in (start + QPointF(0, 12), middle):
        qtbot.mouseMove(canvas, point.toPoint())
    if meanwhile is not None:
        meanwhile()
    qtbot.mouseMove(canvas, end.toPoint())
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end.toPoint())


def question(window: MainWindow) -> QMessageBox:
    wait_until(lambda: isinstance(window.appointment.dialog, QMessageBox))  # after the guard
    box = window.appointment.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    return box


def press(box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    assert isinstance(button, QPushButton)
    button.click()


def test_drag_and_drop_asks_then_moves(qtbot: QtBot, window: MainWindow, demo: Opened) -> None:
    entry = upcoming(window)
    canvas = window.day_view.canvas
    block = canvas.block_for(entry_key(entry))
    assert block is not None
    sheet = window.day_view.sheet
    assert sheet is not None
    column = sheet.columns[block.column]
    # Down to 19:00, after closing, where nobody is booked.
    target = canvas.time_at(0, column).replace(hour=19, minute=0)
    grab = block.rect.center()
    shift = canvas.y_for(target, column.zone) - (block.rect.top() - 1)
    # A background refresh during the drag does not drop it.
    drag(qtbot, canvas, grab, grab + QPointF(0, shift), lambda: window.show_day(announce=False))
    box = question(window)
    assert "19:00" in box.text() and column.provider.name in box.text()
    assert box.icon() == QMessageBox.Icon.Question
    with qtbot.waitSignal(window.appointment.done, timeout=10_000):
        press(box, "Move")
    assert puts(demo)[-1]["start"] == str(int(target.timestamp()))
    moved = drawn(window, entry_key(entry))
    assert moved is not None and moved.appointment.start == target


def test_dropping_onto_another_appointment_warns_and_can_be_kept(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    entry = upcoming(window)
    canvas = window.day_view.canvas
    block = canvas.block_for(entry_key(entry))
    assert block is not None
    other = next(
        b
        for b in canvas.blocks
        if b.column == block.column and b is not block and b.entry.appointment.start > NOW
    )
    grab = block.rect.center()
    drag(qtbot, canvas, grab, grab + QPointF(0, other.rect.top() - block.rect.top()))
    box = question(window)
    assert box.icon() == QMessageBox.Icon.Warning
    assert "Overlaps" in box.informativeText() and other.entry.patient in box.informativeText()
    assert "double-books" in box.informativeText()
    press(box, "Keep")
    qtbot.waitUntil(lambda: not box.isVisible())
    assert puts(demo) == []
    assert drawn(window, entry_key(entry)) == entry


def test_an_offline_vendor_keeps_the_write_pending_and_drawn_dashed(
    qtbot: QtBot, window: MainWindow, demo: Opened, clock: FixedClock
) -> None:
    entry = upcoming(window)
    clock.advance(entry.appointment.end - NOW)
    click(qtbot, window.day_view.canvas, entry)
    vendor(demo).offline = True
    with qtbot.waitSignal(window.appointment.queued, timeout=10_000) as queued:
        window.appointment.actions["noshow"].trigger()
    assert "will be sent when the vendor answers" in queued.args[0]
    pending = drawn(window, entry_key(entry))
    assert pending is not None and pending.appointment.pending
    assert pending.appointment.status is AppointmentStatus.NOSHOW
    assert "waiting to be sent" in window.day_view.canvas.tooltip_for(pending)
    assert window.status_strip.writes.text() == "1 waiting"
    # Drawn dashed: the outline has gaps (some outline pixels are the fill, some the accent).
    canvas = window.day_view.canvas
    canvas.select(None)  # the selection's solid outline would cover the dashes
    block = canvas.block_for(entry_key(entry))
    assert block is not None
    image = canvas.grab().toImage()
    xs = range(int(block.rect.left()) + 10, int(block.rect.right()) - 10)
    bottom = int(block.rect.bottom())
    assert (
        max(len({image.pixelColor(x, y).name() for x in xs}) for y in range(bottom - 2, bottom + 1))
        >= 2
    )


def test_a_refusal_shows_the_vendors_reason_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, demo: Opened, clock: FixedClock
) -> None:
    entry = upcoming(window)
    clock.advance(entry.appointment.start - NOW - timedelta(minutes=10))
    click(qtbot, window.day_view.canvas, entry)
    vendor(demo).fail_next(
        422, {"error": "appointment is locked by the billing module"}, method="PUT"
    )
    with qtbot.waitSignal(window.appointment.failed, timeout=10_000) as failed:
        window.appointment.actions["arrived"].trigger()
    assert "Progenda" in failed.args[0]
    box = window.appointment.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.informativeText() == failed.args[0]
    box.accept()
    still = drawn(window, entry_key(entry))
    assert still is not None
    assert still.appointment.status is AppointmentStatus.BOOKED and not still.appointment.pending
    assert window.workspace.outbox.waiting() == 0


def test_open_patient_shows_them_in_the_patients_pane(qtbot: QtBot, window: MainWindow) -> None:
    entry = upcoming(window)
    click(qtbot, window.day_view.canvas, entry)
    window.appointment.actions["patient"].trigger()
    assert window.side.currentWidget() is window.patients
    qtbot.waitUntil(lambda: window.patients.current() is not None, timeout=5_000)
    current = window.patients.current()
    assert current is not None
    assert (current.patient.account, current.patient.id) == (
        entry.appointment.account,
        entry.appointment.patient_id,
    )


@pytest.fixture
def readonly(qloop: qasync.QEventLoop, clock: FixedClock, tmp_path: Path) -> Iterator[Opened]:
    with demo_of(qloop, clock, tmp_path, {"naturaesoft"}) as opened:
        yield opened


def test_a_read_only_vendor_shows_every_action_disabled_with_why(
    qtbot: QtBot, readonly: Opened
) -> None:
    window = MainWindow(readonly.workspace, demo=True, remember_layout=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.synced, timeout=20_000):
        window.start()
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    entry = next(e for c in sheet.columns for e in c.entries)
    click(qtbot, window.day_view.canvas, entry)
    for name in ("confirm", "arrived", "noshow", "cancel", "move", "edit"):
        action = window.appointment.actions[name]
        assert action.isVisible() and not action.isEnabled(), name
        assert "Naturaesoft's API cannot" in action.toolTip(), (name, action.toolTip())
    patient = window.appointment.actions["patient"]
    assert patient.isEnabled() == bool(entry.appointment.patient_id), patient.toolTip()
    # Dragging it asks nothing and says why.
    canvas = window.day_view.canvas
    block = canvas.block_for(entry_key(entry))
    assert block is not None
    with qtbot.waitSignal(window.appointment.failed, timeout=2_000) as failed:
        drag(qtbot, canvas, block.rect.center(), block.rect.center() + QPointF(0, 200))
    assert "Naturaesoft's API cannot" in failed.args[0]
