"""The book and the window as a screen reader gets them, read through QAccessible."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.book import BookMode
from frontdesk.domain.clock import FixedClock
from frontdesk.ui.book import accessible
from frontdesk.ui.book.accessible import Posted
from frontdesk.ui.day_view import DayCanvas, entry_key
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.tab_order import stops
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


def test_the_week_is_a_table_of_days(qtbot: QtBot, window: MainWindow) -> None:
    window.week_mode_action.trigger()
    qtbot.waitUntil(lambda: getattr(window.day_view.sheet, "mode", None) is BookMode.WEEK)
    table = book(window)
    sheet = window.day_view.sheet
    assert sheet is not None and sheet.columns
    assert table.text(Name) == "Appointment book, week view"
    assert table.childCount() == len(sheet.columns)
    column = sheet.columns[0]
    day = sheet.column_day(column)
    assert (
        table.child(0)
        .text(Name)
        .startswith(f"{day:%A} {day.day} {day:%B}, {column.provider.name}, ")
    )


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


# -- every control has a name ---------------------------------------------------------------
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar)
# Qt's own parts of a compound control, named by (or through) the control itself; and the
# overflow chevrons of tool and menu bars ("qt_toolbar_ext_button"), Qt's.
COMPOUND = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def unnamed(root: QWidget) -> list[str]:
    """The interactive controls under `root` a screen reader could only call by their kind:
    no accessible name, no text of their own, no label pointing at them."""
    labelled = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, (*CONTROLS, DayCanvas)) or isinstance(widget, QHeaderView):
            continue
        if widget.objectName().endswith("_ext_button") or _inside(widget, COMPOUND):
            continue
        if widget.accessibleName() or id(widget) in labelled:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        found.append(
            f"{type(widget).__name__} in {type(widget.window()).__name__}: "
            f"tooltip {widget.toolTip()!r}"
        )
    return found


def _inside(widget: QWidget, kinds: tuple[type[QWidget], ...]) -> bool:
    parent = widget.parentWidget()  # through popups too: a combo box's list is its own window
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def dialogs(qtbot: QtBot, window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Every dialog the window opens, one at a time, shown."""
    yield "help", window.show_help()
    yield "accounts", window.show_accounts()
    window.date_action.trigger()
    assert window.go_to_date_dialog is not None
    yield "go to date", window.go_to_date_dialog
    window.pdf_action.trigger()
    assert window.day_sheet_dialog is not None
    yield "day sheet", window.day_sheet_dialog
    booking = window.new_appointment()
    yield "booking", booking
    yield "new patient", booking.new_patient()
    entry = upcoming(window)
    for name, action in (
        ("edit appointment", "edit"),
        ("reschedule", "move"),
        ("reason", "cancel"),
    ):
        click(qtbot, window.day_view.canvas, entry)
        window.appointment.actions[action].trigger()
        assert window.appointment.dialog is not None
        yield name, window.appointment.dialog


def test_every_control_of_the_window_and_its_dialogs_has_a_name(
    qtbot: QtBot, window: MainWindow
) -> None:
    found = [f"main window: {line}" for line in unnamed(window)]
    for name, dialog in dialogs(qtbot, window):
        qtbot.waitExposed(dialog)
        found += [f"{name}: {line}" for line in unnamed(dialog)]
        dialog.close()
    assert found == []


# -- Tab follows the eye ----------------------------------------------------------------------
def tabbed(qtbot: QtBot, start: QWidget) -> list[QWidget]:
    """Where Tab goes from `start`, pressed until it comes back (at most 40 stops)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    visited = [start]
    for _ in range(40):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        # A date or time field's Tab goes through its day, month and year first.
        for _ in range(4):
            if QApplication.focusWidget() is not current or not _sections(current):
                break
            qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None and now is not current, f"Tab is stuck in {current!r}"
        if now is start:
            return visited
        visited.append(now)
    names = [f"{type(w).__name__} {w.accessibleName()}" for w in visited]
    raise AssertionError(f"Tab never came back to where it started: {names}")


def _sections(widget: QWidget) -> bool:
    return isinstance(widget, QDateTimeEdit) or isinstance(widget.parentWidget(), QDateTimeEdit)


def where(widget: QWidget) -> QPoint:
    return widget.mapTo(widget.window(), QPoint(0, 0))


def out_of_reading_order(stops: list[QWidget]) -> list[str]:
    """Pairs of stops where Tab goes back: up, or left along a row (rows within 12 pixels),
    unless it goes up to the next column on the right (a dialog read pane by pane)."""
    wrong = []
    for first, second in itertools.pairwise(stops):
        a, b = where(first), where(second)
        same_row = abs(a.y() - b.y()) <= 12
        next_column = b.x() >= a.x() + first.width()
        if (same_row and b.x() <= a.x()) or (not same_row and b.y() < a.y() and not next_column):
            wrong.append(f"{label(first)} {a.toTuple()} -> {label(second)} {b.toTuple()}")
    return wrong


def test_tab_goes_toolbar_side_pane_book_status_bar(qtbot: QtBot, window: MainWindow) -> None:
    activate(qtbot, window)
    stops = tabbed(qtbot, window.date_edit)
    book = stops.index(window.day_view.canvas) if window.day_view.canvas in stops else len(stops)
    assert [label(w) for w in stops[: book + 1]] == [
        "Day shown",
        "Providers shown",
        "Service colours",
        "Side pane tabs",
        "Search patients",
        "New patient",
        "Patients found",
        "Appointment book, day view",
    ]
    after_book = stops[book + 1 :]
    assert after_book and all(window.statusBar().isAncestorOf(w) for w in after_book)


def label(widget: QWidget) -> str:
    return widget.accessibleName() or type(widget).__name__


def test_tab_reads_every_dialog_top_to_bottom_left_to_right(
    qtbot: QtBot, window: MainWindow
) -> None:
    found = []
    for name, dialog in dialogs(qtbot, window):
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d)
        shown = [w for w in stops(dialog) if w.isVisible() and w.isEnabled()]
        first = min(shown, key=lambda w: (where(w).y() // 13, where(w).x()))
        found += [f"{name}: {pair}" for pair in out_of_reading_order(tabbed(qtbot, first))]
        dialog.close()
    assert found == []
