"""The appointment book as the receptionist sees it: columns, locations, week, hours, marks."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from pytestqt.qtbot import QtBot

from frontdesk.domain.models import AppointmentStatus
from frontdesk.sync.day import BookMode
from frontdesk.ui.day_view import BAND_HEIGHT, HEADER_HEIGHT, DayHeader
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.status_icons import StatusKind, paint_status, status_kind
from tests.ui.conftest import NOW
from tests.ui.helpers import settle


def test_day_view_groups_providers_by_location_under_a_band(window: MainWindow) -> None:
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None and sheet.grouped
    groups = sheet.location_groups()
    names = [name for name, _, _ in groups]
    assert len(names) == len(set(names)) > 1  # each location once, its providers together
    assert sum(count for _, _, count in groups) == len(sheet.columns)
    assert window.day_view.header.height() == HEADER_HEIGHT + BAND_HEIGHT
    window.group_action.trigger()
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None and not sheet.grouped
    assert window.day_view.header.height() == HEADER_HEIGHT
    title, detail = DayHeader.titles(sheet, sheet.columns[0])
    assert title == sheet.columns[0].provider.name and sheet.columns[0].location in detail


def test_choosing_providers_hides_the_others(window: MainWindow) -> None:
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    everyone = [c.key for c in sheet.columns]
    menu = window.provider_menu
    assert set(menu.checks) == set(everyone) and all(a.isChecked() for a in menu.checks.values())
    menu.checks[everyone[0]].setChecked(False)
    menu.checks[everyone[1]].setChecked(False)
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    assert [c.key for c in sheet.columns] == everyone[2:]
    assert window.providers_button.text() == f"{len(everyone) - 2} of {len(everyone)} providers"
    next(a for a in menu.actions() if a.text() == "Show everyone").trigger()
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None and len(sheet.columns) == len(everyone)
    assert window.providers_button.text() == "Everyone"


def test_week_view_shows_one_providers_seven_days(qtbot: QtBot, window: MainWindow) -> None:
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    busiest = max(sheet.columns, key=lambda c: len(c.entries))
    entry = busiest.entries[0]
    window.day_view.canvas.select((entry.appointment.account, entry.appointment.id))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.day_view.canvas, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    week = window.day_view.sheet
    assert week is not None and week.mode is BookMode.WEEK
    assert window.week_mode_action.isChecked() and window.week_provider_widget.isVisible()
    assert not window.providers_widget.isVisible()
    assert {c.key for c in week.columns} == {busiest.key}  # the selected appointment's provider
    days = [c.day for c in week.columns]
    assert days[0] is not None and days[0].weekday() == 0 and len(days) == 7
    assert NOW.date() in days
    today = next(c for c in week.columns if c.day == NOW.date())
    assert [e.appointment.id for e in today.entries] == [e.appointment.id for e in busiest.entries]
    assert DayHeader.titles(week, today)[0] == "Wednesday 18"
    # Alt+Right moves a week in the week view.
    qtbot.keyClick(window.day_view.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    settle(window)
    later = window.day_view.sheet
    assert later is not None and later.columns[0].day == days[0] + timedelta(days=7)
    # Another provider from the combo box.
    box = window.week_provider
    assert window.week_keys[box.currentIndex()] == busiest.key
    assert box.currentText().startswith(busiest.provider.name)
    other = next(i for i, key in enumerate(window.week_keys) if key != busiest.key)
    box.setCurrentIndex(other)
    box.activated.emit(other)
    settle(window)
    moved = window.day_view.sheet
    assert moved is not None and moved.columns[0].key == window.week_keys[other]
    qtbot.keyClick(window.day_view.canvas, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    back = window.day_view.sheet
    assert back is not None and back.mode is BookMode.DAY and len(back.columns) > 1


def test_closed_time_is_shaded_and_open_time_is_not(window: MainWindow) -> None:
    canvas = window.day_view.canvas
    sheet = canvas.sheet
    assert sheet is not None
    column = sheet.columns[0]
    image = canvas.grab().toImage()
    base = canvas.palette().color(QPalette.ColorRole.Base)
    x = int(canvas.column_left(0) + canvas.column_width() / 2)

    def colour_at(hh: int, mm: int) -> QColor:
        moment = datetime.combine(sheet.day, time(hh, mm), column.zone)
        return image.pixelColor(x, int(canvas.y_for(moment, column.zone)))

    assert (
        canvas.block_at(
            QPointF(
                x, canvas.y_for(datetime.combine(sheet.day, time(7, 15), column.zone), column.zone)
            )
        )
        is None
    )
    closed = [colour_at(7, 15), colour_at(12, 50), colour_at(19, 15)]
    assert all(c != base for c in closed)
    assert closed[0] == closed[1] == closed[2]
    # An open minute nobody is booked in keeps the plain background.
    for minute in range(8 * 60 + 30, 18 * 60, 5):
        moment = datetime.combine(sheet.day, time(minute // 60, minute % 60), column.zone)
        point = QPointF(x, canvas.y_for(moment, column.zone) + 1)
        if canvas.block_at(point) is None and minute % 30 not in (0,):
            assert image.pixelColor(point.toPoint()) == base
            break
    else:
        raise AssertionError("the first column has no free open minute")


def test_overlapping_appointments_sit_side_by_side_and_stay_readable(window: MainWindow) -> None:
    blocks = window.day_view.canvas.blocks
    overlapping = [
        (a, b)
        for i, a in enumerate(blocks)
        for b in blocks[i + 1 :]
        if a.column == b.column
        and a.entry.appointment.start < b.entry.appointment.end
        and b.entry.appointment.start < a.entry.appointment.end
    ]
    assert overlapping, "the demo day has double bookings"
    for a, b in overlapping:
        assert not a.rect.intersects(b.rect)
        assert min(a.rect.width(), b.rect.width()) >= 50


def test_the_current_time_is_a_red_line(window: MainWindow) -> None:
    canvas = window.day_view.canvas
    sheet = canvas.sheet
    assert sheet is not None
    image = canvas.grab().toImage()
    y = round(canvas.y_for(NOW, sheet.columns[0].zone))
    x = int(canvas.column_left(0)) + 20
    reds = [image.pixelColor(x, yy) for yy in (y - 1, y, y + 1)]
    assert any(c.red() > 180 and c.green() < 120 and c.blue() < 120 for c in reds)


def test_each_status_has_its_own_mark() -> None:
    colours = {}
    for kind in StatusKind:
        image = QImage(QSize(32, 32), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        paint_status(painter, QRectF(0, 0, 32, 32), kind, False)
        painter.end()
        inked = {
            image.pixelColor(x, y).name()
            for x in range(32)
            for y in range(32)
            if image.pixelColor(x, y) != QColor("white")
        }
        colours[kind] = frozenset(inked)
    assert colours[StatusKind.BOOKED] == frozenset()  # booked: no mark
    marked = [k for k in StatusKind if k is not StatusKind.BOOKED]
    assert all(colours[k] for k in marked)
    assert len({colours[k] for k in marked}) == len(marked)


def test_hovering_an_appointment_says_who_when_what_and_its_status(window: MainWindow) -> None:
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    canvas = window.day_view.canvas
    block = next(b for b in canvas.blocks if status_kind(b.entry.appointment) is StatusKind.BOOKED)
    tip = canvas.tooltip_for(block.entry)
    a = block.entry.appointment
    assert block.entry.patient in tip and block.entry.service in tip and "Booked" in tip
    assert f"{a.start.astimezone(block.zone):%H:%M}" in tip


def test_cancelled_hidden_unless_asked_with_the_count_on_the_toggle(window: MainWindow) -> None:
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    hidden = sheet.hidden_cancelled
    statuses = {e.appointment.status for c in sheet.columns for e in c.entries}
    assert AppointmentStatus.CANCELLED not in statuses
    if hidden:
        assert window.cancelled_action.text() == f"Show cancelled ({hidden})"
    window.cancelled_action.trigger()
    settle(window)
    shown = window.day_view.sheet
    assert shown is not None and shown.hidden_cancelled == 0
    cancelled = [
        e
        for c in shown.columns
        for e in c.entries
        if e.appointment.status is AppointmentStatus.CANCELLED
    ]
    assert len(cancelled) == hidden
    assert window.cancelled_action.isChecked()


def test_arrow_keys_walk_through_the_appointments(qtbot: QtBot, window: MainWindow) -> None:
    canvas = window.day_view.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    first = canvas.selected_entry()
    assert first is not None
    assert window.appointment.entry == first
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    second = canvas.selected_entry()
    assert second is not None and second != first
    assert second.appointment.start >= first.appointment.start
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    beside = canvas.block_for(canvas.selected)
    assert beside is not None and beside.column > 0
    assert canvas.accessibleDescription().startswith(
        f"{beside.entry.appointment.start.astimezone(beside.zone):%H:%M}"
    )
