"""Issue 12, item 6 (the book's side): booking from an empty place in the book (double click,
Enter, the context menu), a typed go-to-date, and a drag that cannot give an appointment to a
provider who does not offer its service."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTime
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from frontdesk.domain.book import BookMode, DayColumn, DayEntry
from frontdesk.domain.models import AppointmentStatus
from frontdesk.ui.booking_dialog import BookingDialog
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.window.go_to_date import GoToDateDialog, parse_day
from tests.ui.conftest import NOW
from tests.ui.helpers import settle, wait_until
from tests.ui.test_actions_appointment import drag, question


def column_of(window: MainWindow, provider_id: str) -> tuple[int, DayColumn]:
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    return next((i, c) for i, c in enumerate(sheet.columns) if c.provider.id == provider_id)


def free_place(window: MainWindow, index: int, column: DayColumn) -> tuple[datetime, QPoint]:
    """A quarter hour later today with nothing booked in `column`, and a point inside it."""
    canvas = window.day_view.canvas
    sheet = window.day_view.sheet
    assert sheet is not None
    day = sheet.column_day(column)
    start = datetime.combine(day, datetime.min.time(), column.zone) + timedelta(hours=10)
    while True:
        end = start + timedelta(minutes=15)
        if start > NOW and not any(
            e.appointment.start < end + timedelta(minutes=15) and start < e.appointment.end
            for e in column.entries
        ):
            break
        start += timedelta(minutes=15)
    x = canvas.column_left(index) + canvas.column_width() / 2
    y = canvas.y_for(start, column.zone, day) + 6
    return start, QPoint(int(x), int(y))


def booking_dialog() -> BookingDialog:
    wait_until(
        lambda: any(
            isinstance(w, BookingDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    found = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, BookingDialog) and w.isVisible()
    )
    return found


def assert_prefilled(dialog: BookingDialog, column: DayColumn, start: datetime) -> None:
    local = start.astimezone(column.zone)
    assert dialog.provider.currentData() == column.provider.id
    assert dialog.time.time() == QTime(local.hour, local.minute)
    assert dialog.date.date().toPython() == local.date()
    service = dialog.service.currentData()
    # A service the provider offers, no longer than the half hour offered by default.
    assert service.account == column.provider.account
    assert column.provider.id in service.provider_ids and service.minutes <= 30
    dialog.reject()


def test_a_double_click_on_an_empty_place_books_there(qtbot: QtBot, window: MainWindow) -> None:
    index, column = column_of(window, "1")
    start, point = free_place(window, index, column)
    qtbot.mouseDClick(window.day_view.canvas, Qt.MouseButton.LeftButton, pos=point)
    assert_prefilled(booking_dialog(), column, start)


def test_enter_books_the_empty_place_clicked_and_the_menu_offers_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    index, column = column_of(window, "2")
    start, point = free_place(window, index, column)
    canvas = window.day_view.canvas
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)
    assert canvas.slot is not None and canvas.slot.start == start
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert_prefilled(booking_dialog(), column, start)
    QApplication.sendEvent(
        canvas,
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, canvas.mapToGlobal(point)),
    )
    menu = window.last_context_menu
    texts = [a.text() for a in menu.actions()]
    assert f"New appointment here ({start:%H:%M}, {column.provider.name})" in texts
    assert f"Week of {column.provider.name}" in texts
    menu.actions()[0].trigger()
    menu.close()
    assert_prefilled(booking_dialog(), column, start)


def test_the_week_view_books_on_the_day_clicked(qtbot: QtBot, window: MainWindow) -> None:
    window.set_mode(BookMode.WEEK)
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None and sheet.mode is BookMode.WEEK
    index, column = next(
        (i, c) for i, c in enumerate(sheet.columns) if sheet.column_day(c) == date(2026, 11, 19)
    )
    start, point = free_place(window, index, column)
    qtbot.mouseDClick(window.day_view.canvas, Qt.MouseButton.LeftButton, pos=point)
    assert start.date() == date(2026, 11, 19)
    assert_prefilled(booking_dialog(), column, start)


def consultation(column: DayColumn) -> DayEntry:
    return next(
        e
        for e in column.entries
        if e.appointment.service_id == "consult"
        and e.appointment.status is AppointmentStatus.BOOKED
        and e.appointment.start > NOW + timedelta(hours=1)
    )


def test_a_drag_to_a_provider_who_does_not_offer_the_service_is_refused(
    qtbot: QtBot, window: MainWindow
) -> None:
    index, column = column_of(window, "1")  # Joris Van Hecke: consultations
    physio, physio_column = column_of(window, "3")  # Frédéric Lemaître: physiotherapy only
    entry = consultation(column)
    canvas = window.day_view.canvas
    block = canvas.block_for((entry.appointment.account, entry.appointment.id))
    assert block is not None
    dx = canvas.column_left(physio) - canvas.column_left(index)
    start, end = block.rect.center().toPoint(), (block.rect.center() + QPointF(dx, 0)).toPoint()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, start + QPoint(0, 12))
    qtbot.mouseMove(canvas, end)
    why = f"{physio_column.provider.name} does not offer Consultation"
    # Over that column, the ghost says why it cannot land there.
    assert canvas.drop is not None and not canvas.drop.allowed and canvas.drop.why == why
    with qtbot.waitSignal(window.notice, timeout=2_000) as notice:
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    assert notice.args == [f"Not moved: {why}"]
    assert window.appointment.dialog is None  # no move was asked
    # To a provider who offers it, the move is asked as before.
    other, _ = column_of(window, "2")
    dx = canvas.column_left(other) - canvas.column_left(index)
    drag(qtbot, canvas, block.rect.center(), block.rect.center() + QPointF(dx, 0))
    assert "Move " in question(window).text()


@pytest.mark.parametrize(
    ("typed", "us", "expected"),
    [
        ("2/12", False, date(2026, 12, 2)),
        ("12/2", True, date(2026, 12, 2)),
        ("02.12.2026", False, date(2026, 12, 2)),
        ("2-12-26", False, date(2026, 12, 2)),
        ("2026-12-02", True, date(2026, 12, 2)),
        ("2 dec", False, date(2026, 12, 2)),
        ("Dec 2", True, date(2026, 12, 2)),
        ("5/1", False, date(2027, 1, 5)),  # January after November: next year's
        ("tomorrow", False, date(2026, 11, 19)),
        ("fri", False, date(2026, 11, 20)),
        ("+7", False, date(2026, 11, 25)),
        ("31/2", False, None),
        ("soon", False, None),
    ],
)
def test_a_typed_date_follows_the_clinics_convention(
    typed: str, us: bool, expected: date | None
) -> None:
    today = NOW.date()
    assert parse_day(typed, today, today, us=us) == expected


def test_ctrl_g_goes_to_a_typed_date(qtbot: QtBot, window: MainWindow) -> None:
    window.date_action.trigger()
    dialog = window.go_to_date_dialog
    assert isinstance(dialog, GoToDateDialog) and dialog.isVisible()
    assert "d/m/yyyy" in dialog.field.placeholderText()  # Brussels writes the day first
    qtbot.keyClicks(dialog.field, "2/12")
    assert dialog.hint.text() == "Wednesday 2 December 2026"
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert window.day == date(2026, 12, 2)
    assert window.date_edit.date().toPython() == date(2026, 12, 2)
