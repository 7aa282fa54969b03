"""A recurring series in the demo window (issue 15 item 2): the booking dialog repeats weekly
x4, lists every occurrence with the one that clashes marked, that one is skipped, "Book 3
appointments" sends three bookings to Progenda, the book marks them as a series; cancelling the
2nd "and the following" sends two cancels, and the first stays booked."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.models import AppointmentStatus, BookingRequest, PatientHit
from frontdesk.domain.recurrence import Frequency, Rule
from frontdesk.sync.facade.desk import Problem, book_series
from frontdesk.ui.book.painting import Fonts, LookStyle, compute_look
from frontdesk.ui.book.text import tooltip
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.reason_dialog import ReasonDialog
from frontdesk.ui.series_panel import CHECK, SeriesPanel
from tests.ui.conftest import NOW
from tests.ui.helpers import settle, wait_for, wait_until
from tests.ui.test_actions_appointment import entry_key, puts, vendor
from tests.ui.test_dialogs_booking import BRUSSELS, consult_with_joris

ZONE = ZoneInfo("Europe/Brussels")


def bookings(demo: Opened) -> list[str]:
    return [
        r.path
        for r in vendor(demo).requests
        if r.method == "POST" and r.path.endswith("/appointments") and r.status < 400
    ]


def test_a_weekly_series_is_checked_booked_marked_and_cancelled_from_the_second(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    assert demo.demo is not None
    demo.demo.states["progenda.sandbox"].allow_overlap = True
    cache = demo.workspace.cache
    # The second week's time is taken: the series starts a week before it.
    taken = next(
        a
        for a in cache.appointments_between(
            NOW + timedelta(days=7, hours=3), NOW + timedelta(days=10), BRUSSELS
        )
        if a.provider_id == "1" and a.status is AppointmentStatus.BOOKED
    )
    first = taken.start - timedelta(days=7)
    seen = cache.appointments_between(NOW - timedelta(days=8), NOW + timedelta(days=21), BRUSSELS)
    patient_id = next(a.patient_id for a in seen if a.provider_id == "1" and a.patient_id)
    patient = cache.patient(BRUSSELS, patient_id or "")
    assert patient is not None

    dialog = window.book_for_patient(PatientHit(patient, "progenda"))
    consult_with_joris(dialog)
    dialog._set_time(first)
    panel = dialog.series
    assert not panel.isVisible()
    panel.repeat.setCurrentIndex(1)  # Every week
    panel.count.setValue(4)
    qtbot.waitUntil(lambda: panel.ready() and panel.table.rowCount() == 4, timeout=10_000)
    assert panel.isVisible()
    assert [c.start for c in panel.checks] == [first + timedelta(days=7 * n) for n in range(4)]
    assert Problem.CLASH in panel.checks[1].problems
    marked = panel.table.item(1, CHECK)
    assert marked is not None and marked.text().startswith("⚠ Overlaps")
    assert dialog.book_button.text() == "Book 4 appointments"  # a clash starts ticked

    panel.skip(1)
    assert dialog.book_button.text() == "Book 3 appointments"
    assert dialog.book_button.isEnabled()
    before = len(bookings(demo))
    with qtbot.waitSignal(dialog.series_booked, timeout=30_000) as told:
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert told.args == ["Series booked: 3 appointments."]
    assert len(bookings(demo)) == before + 3  # one each, once
    assert demo.workspace.outbox.entries() == []

    # The book shows the first as part of a weekly series.
    window.go(first.astimezone(ZONE).date())
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    mine = [
        e
        for c in sheet.columns
        for e in c.entries
        if e.series is not None and e.appointment.start == first
    ]
    assert len(mine) == 1
    assert "Part of a weekly series (1 of 3)" in tooltip(mine[0], ZONE, ZONE)
    block = window.day_view.canvas.block_for(entry_key(mine[0]))
    assert block is not None
    fonts = Fonts.of(window.day_view.canvas)
    assert compute_look(block, fonts, LookStyle.of(fonts, dark=False)).repeat is not None

    # Cancel the second (two weeks on: the third occurrence, the 2nd of the series) and after.
    second_start = first + timedelta(days=14)
    window.go(second_start.astimezone(ZONE).date())
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    second = next(
        e
        for c in sheet.columns
        for e in c.entries
        if e.series is not None and e.appointment.start == second_start
    )
    assert second.series is not None and second.series.position == 2
    window.appointment.set_entry(second)
    window.appointment.actions["cancel"].trigger()
    reason = window.appointment.dialog
    assert isinstance(reason, ReasonDialog)
    qtbot.keyClicks(reason.reasons.lineEdit(), "Moving abroad")
    qtbot.mouseClick(reason.cancel_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: isinstance(window.appointment.dialog, QMessageBox))
    scope = window.appointment.dialog
    assert isinstance(scope, QMessageBox)
    rest = next(b for b in scope.buttons() if b.text() == "This and the following")
    cancels_before = sum(1 for p in puts(demo) if p.get("status") == "cancelled")
    with qtbot.waitSignal(window.appointment.done, timeout=20_000) as done:
        qtbot.mouseClick(rest, Qt.MouseButton.LeftButton)
    assert done.args[0].endswith("2 appointments cancelled")
    cancels = [p for p in puts(demo) if p.get("status") == "cancelled"]
    assert len(cancels) == cancels_before + 2
    assert all(p["notes"] == "Moving abroad" for p in cancels[-2:])
    state = demo.demo.states["progenda.sandbox"]
    statuses = sorted(
        a["status"]
        for a in state.appointments.values()
        if int(a["start"]) in {int((first + timedelta(days=7 * n)).timestamp()) for n in (0, 2, 3)}
        and a["calendar_id"] == 1
        and a.get("remote_id")
    )
    assert statuses == ["booked", "cancelled", "cancelled"]


def test_the_panel_says_which_months_are_left_out_and_checks_a_shifted_row_again(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    panel = SeriesPanel(demo.workspace)
    qtbot.addWidget(panel)
    start = datetime(2026, 12, 31, 10, 0, tzinfo=ZONE)  # a Thursday
    request = BookingRequest(BRUSSELS, "1", "consult", "1", start, start + timedelta(minutes=20))
    panel.set_request(request, ZONE)
    panel.repeat.setCurrentIndex(5)  # Monthly, on the same date
    panel.count.setValue(3)
    qtbot.waitUntil(lambda: panel.ready() and panel.table.rowCount() == 3, timeout=10_000)
    assert [c.start.astimezone(ZONE).date().isoformat() for c in panel.checks] == [
        "2026-12-31",
        "2027-01-31",  # a Sunday: closed
        "2027-03-31",
    ]
    assert "Left out February 2027: it has no day 31." in panel.summary.text()
    assert panel.checks[1].problems == (Problem.CLOSED,)
    assert [c.problems for c in panel.checks] == [(), (Problem.CLOSED,), ()]
    assert len(panel.chosen()) == 2  # the closed day starts skipped

    monday = datetime(2027, 2, 1, 10, 0, tzinfo=ZONE)
    panel.shift(1, monday)
    qtbot.waitUntil(lambda: panel.ready() and panel.checks[1].start == monday, timeout=10_000)
    assert Problem.CLOSED not in panel.checks[1].problems
    assert len(panel.chosen()) == 3  # shifted: booked again


def test_moving_this_and_the_following_lists_each_move_then_sends_one_each(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    assert demo.demo is not None
    demo.demo.states["progenda.sandbox"].allow_overlap = True
    workspace = demo.workspace
    first = datetime(2026, 11, 19, 14, 0, tzinfo=ZONE)  # Thursdays at 14:00
    request = BookingRequest(BRUSSELS, "1", "consult", "1", first, first + timedelta(minutes=20))
    times = [(first + timedelta(days=7 * n), request.end + timedelta(days=7 * n)) for n in range(3)]
    booked = wait_for(
        qtbot, book_series(workspace, request, Rule(Frequency.WEEKLY, count=3), times)
    )
    assert [r.outcome.value for r in booked.results] == ["sent"] * 3
    window.go(first.astimezone(ZONE).date())
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    entry = next(
        e
        for c in sheet.columns
        for e in c.entries
        if e.series is not None and e.series.position == 1
    )
    window.appointment._move(
        entry, first + timedelta(hours=1), request.end + timedelta(hours=1), "1"
    )
    scope = window.appointment.dialog
    assert isinstance(scope, QMessageBox)
    rest = next(b for b in scope.buttons() if b.text() == "This and the following")
    qtbot.mouseClick(rest, Qt.MouseButton.LeftButton)
    wait_until(lambda: window.appointment.dialog is not scope)
    listed = window.appointment.dialog
    assert isinstance(listed, QMessageBox)
    assert listed.text() == "Move 3 appointments by the same shift?"
    lines = listed.informativeText().splitlines()
    assert len(lines) == 3
    for n, line in enumerate(lines):  # each new time, on the clinic's clock, with its check
        assert f"{first + timedelta(days=7 * n, hours=1):%a %d %b %H:%M} — " in line
    go = next(b for b in listed.buttons() if b.text() in ("Move", "Move anyway"))
    moved_before = len(puts(demo))
    with qtbot.waitSignal(window.appointment.done, timeout=20_000) as done:
        qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    assert done.args[0].endswith("3 appointments moved")
    sent = puts(demo)[moved_before:]
    assert sorted(int(p["start"]) for p in sent) == [
        int((first + timedelta(days=7 * n, hours=1)).timestamp()) for n in range(3)
    ]
