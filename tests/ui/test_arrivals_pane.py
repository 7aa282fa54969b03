"""Issue 12, item 9: who is here. The Here tab lists the patients checked in today, longest
waiting first, with the time each has waited; it follows the change feed and the clock."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.clock import FixedClock
from frontdesk.ui.arrivals_pane import NO_CHECK_OUT
from frontdesk.ui.main_window import MainWindow
from tests.ui.conftest import NOW
from tests.ui.helpers import wait_until
from tests.ui.test_actions_appointment import click, upcoming


def rows(window: MainWindow) -> list[tuple[str, ...]]:
    table = window.arrivals.table
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def test_a_checked_in_patient_is_listed_with_the_time_waited(
    qtbot: QtBot, window: MainWindow, demo: Opened, clock: FixedClock
) -> None:
    entry = upcoming(window)
    already = len(window.arrivals.arrivals)
    clock.advance(entry.appointment.start - NOW - timedelta(minutes=20))
    arrived = clock.now().astimezone(window.workspace.zone())
    click(qtbot, window.day_view.canvas, entry)
    with qtbot.waitSignal(window.appointment.done, timeout=10_000):
        window.appointment.actions["arrived"].trigger()
    # The change feed brings it to the Here tab; its title counts who is here.
    wait_until(lambda: any(r[0] == entry.patient for r in rows(window)))
    row = next(r for r in rows(window) if r[0] == entry.patient)
    start = entry.appointment.start.astimezone(window.workspace.zone())
    assert row[1:] == ("0 min", f"{start:%H:%M}")
    table = window.arrivals.table
    tip = next(
        table.item(r, 0).toolTip()
        for r in range(table.rowCount())
        if table.item(r, 0).text() == entry.patient
    )
    assert f"Arrived {arrived:%H:%M}" in tip
    index = window.side.indexOf(window.arrivals)
    assert window.side.tabText(index) == f"Here ({already + 1})"
    # The day moves on: the waiting time with it (the pane's timer).
    clock.advance(timedelta(minutes=17))
    window.arrivals.tick.timeout.emit()
    row = next(r for r in rows(window) if r[0] == entry.patient)
    assert row[1] == "17 min"
    # Half an hour after the booked end, the patient is taken as seen: off the list.
    clock.advance(entry.appointment.end + timedelta(minutes=31) - clock.now())
    with qtbot.waitSignal(window.arrivals.shown, timeout=5_000):
        window.arrivals.tick.timeout.emit()
    assert all(r[0] != entry.patient for r in rows(window))
    # No vendor here records a visit as over: the button says so rather than vanish.
    assert not window.arrivals.seen.isEnabled()
    assert window.arrivals.seen.toolTip() == NO_CHECK_OUT
