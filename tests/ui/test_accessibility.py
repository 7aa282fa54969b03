"""The book and the window as a screen reader gets them, read through QAccessible."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.clock import FixedClock
from frontdesk.ui.book import accessible
from frontdesk.ui.book.accessible import Posted
from frontdesk.ui.day_view import entry_key
from frontdesk.ui.main_window import MainWindow
from tests.ui.conftest import NOW
from tests.ui.helpers import settle
from tests.ui.test_actions_appointment import activate, click, upcoming, vendor

Name = QAccessible.Text.Name


@pytest.fixture
def posted() -> Iterator[list[Posted]]:
    """What the window said to a screen reader (Qt offers Python no update handler)."""
    said: list[Posted] = []
    accessible.RECORDERS.append(said.append)
    yield said
    accessible.RECORDERS.remove(said.append)


def book(window: MainWindow) -> QAccessibleInterface:
    settle(window)
    found = QAccessible.queryAccessibleInterface(window.day_view.canvas)
    assert found is not None
    return found


def test_the_book_is_a_table_of_columns_of_appointments(window: MainWindow) -> None:
    table = book(window)
    sheet = window.day_view.sheet
    assert sheet is not None and sheet.columns
    assert table.role() is QAccessible.Role.Table
    assert table.text(Name) == "Appointment book, day view"
    assert table.childCount() == len(sheet.columns)
    first = table.child(0)
    column = sheet.columns[0]
    assert first.role() is QAccessible.Role.Column
    assert first.text(Name).startswith(column.provider.name)
    assert f"times in {column.zone.key}" in first.text(Name)
    drawn = [e for e in column.entries if window.day_view.canvas.block_for(entry_key(e))]
    assert first.childCount() == len(drawn) > 0
    names = [first.child(i).text(Name) for i in range(first.childCount())]
    earliest = min(drawn, key=lambda e: e.appointment.start)
    a = earliest.appointment
    start = a.start.astimezone(column.zone)
    end = a.end.astimezone(column.zone)
    assert names[0].startswith(
        f"{earliest.patient}, {start:%H:%M} to {end:%H:%M}, {column.provider.name}, "
        f"{earliest.service}, "
    )
    cell = first.child(0)
    assert cell.role() is QAccessible.Role.Cell
    assert cell.text(QAccessible.Text.Description) == (
        f"row 1 of {len(drawn)}, column {column.provider.name}"
    )
    assert cell.parent() is first and first.indexOfChild(cell) == 0


def test_an_appointment_is_found_where_it_is_drawn(qtbot: QtBot, window: MainWindow) -> None:
    table = book(window)
    entry = upcoming(window)
    canvas = window.day_view.canvas
    block = canvas.block_for(entry_key(entry))
    assert block is not None
    window.day_view.scroll_area.ensureVisible(
        int(block.rect.center().x()), int(block.rect.center().y())
    )
    centre = canvas.mapToGlobal(block.rect.center().toPoint())
    column = table.childAt(centre.x(), centre.y())
    assert column is not None and column is table.child(block.column)
    cell = column.childAt(centre.x(), centre.y())
    assert cell is not None and cell.text(Name).startswith(f"{entry.patient}, ")
    assert cell.rect().contains(centre)
    assert table.childAt(canvas.mapToGlobal(QPoint(-5, -5)).x(), centre.y()) is None
    # Selected with the mouse: the screen reader is told which, and where the focus is.
    click(qtbot, canvas, entry)
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    assert cell.state().selected and cell.state().focused
    assert table.focusChild() is cell


def test_moving_the_selection_with_the_keyboard_reads_the_new_appointment(
    qtbot: QtBot, window: MainWindow, posted: list[Posted]
) -> None:
    table = book(window)
    canvas = window.day_view.canvas
    activate(qtbot, window)
    click(qtbot, canvas, upcoming(window))
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    before = canvas.selected
    posted.clear()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.selected != before
    focus = table.focusChild()
    assert focus is not None and focus.state().focused
    assert posted == [Posted(QAccessible.Event.Focus, focus.text(Name))]


def test_a_status_change_is_announced(
    qtbot: QtBot, window: MainWindow, clock: FixedClock, posted: list[Posted]
) -> None:
    entry = upcoming(window)
    clock.advance(entry.appointment.start - NOW - timedelta(minutes=30))
    click(qtbot, window.day_view.canvas, entry)
    with qtbot.waitSignal(window.appointment.done, timeout=10_000):
        window.appointment.actions["arrived"].trigger()
    said = Posted(QAccessible.Event.Announcement, f"{entry.patient}: checked in")
    assert said in posted


def test_a_refusal_is_announced_at_once(
    qtbot: QtBot, window: MainWindow, demo: Opened, clock: FixedClock, posted: list[Posted]
) -> None:
    entry = upcoming(window)
    clock.advance(entry.appointment.start - NOW - timedelta(minutes=10))
    click(qtbot, window.day_view.canvas, entry)
    vendor(demo).fail_next(422, {"error": "appointment is locked"}, method="PUT")
    with qtbot.waitSignal(window.appointment.failed, timeout=10_000) as failed:
        window.appointment.actions["arrived"].trigger()
    box = window.appointment.dialog
    assert box is not None
    box.accept()
    announcements = [p for p in posted if p.kind is QAccessible.Event.Announcement]
    assert announcements == [Posted(QAccessible.Event.Announcement, failed.args[0], True)]
