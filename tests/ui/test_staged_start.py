"""The staged start: the window's first frame draws the day from the cache alone, with the
actions that need a vendor disabled; attaching the workspace completes it in place."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.models import AppointmentStatus
from frontdesk.store.accounts import InvalidSettings
from frontdesk.sync.cached_book import CachedBook
from frontdesk.ui.day_view import entry_key
from frontdesk.ui.launch import cannot_open, show_first_frame
from frontdesk.ui.main_window import MainWindow
from tests.ui.helpers import settle

APPOINTMENT_ACTIONS = ["confirm", "arrived", "noshow", "move", "edit", "cancel", "patient"]


def first_frame(qtbot: QtBot, demo: Opened) -> MainWindow:
    """A new start on the cache the `window` fixture synced: no workspace yet."""
    workspace = demo.workspace
    frame = MainWindow(book=CachedBook(workspace.cache, workspace.clock), remember_layout=False)
    qtbot.addWidget(frame)
    frame.resize(1400, 900)
    return frame


def test_the_first_frame_paints_the_day_from_the_cache_before_any_vendor(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    frame = first_frame(qtbot, demo)
    show_first_frame(frame)  # returns once the book has painted

    settle(window)

    synced = window.day_view.sheet
    settle(frame)
    sheet = frame.day_view.sheet
    assert synced is not None and sheet is not None
    assert sheet.day == synced.day and sheet.count == synced.count > 0
    assert not frame.attached
    # The chrome is all there (nothing moves when the rest arrives) ...
    assert [frame.side.tabText(i) for i in range(frame.side.count())] == ["Patients", "Openings"]
    assert frame.statusBar().currentMessage() == "Opening the accounts…"
    # Scrolled to the start of the working day (08:00 in Brussels), as the full window is.
    assert frame.day_view.scroll_area.verticalScrollBar().value() > 0
    shown_date = frame.date_edit.date()
    assert (shown_date.year(), shown_date.month(), shown_date.day()) == (
        sheet.day.year,
        sheet.day.month,
        sheet.day.day,
    )
    # ... but what needs a vendor waits for the workspace.
    for action in (
        frame.refresh_action,
        frame.new_action,
        frame.search_action,
        frame.openings_action,
        frame.pdf_action,
        frame.help_action,
        frame.accounts_action,
    ):
        assert not action.isEnabled(), action.text()
    assert frame.appointment_bar.actions() == [frame.pdf_action]
    # The book itself already answers the keyboard: next day and back.
    today = frame.day
    frame.next_action.trigger()
    assert frame.day_view.sheet is not None and frame.day_view.sheet.day > today
    frame.today_action.trigger()
    assert frame.day == today


def test_a_write_still_waiting_is_drawn_pending_in_the_first_frame(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    booked = next(
        e.appointment
        for c in sheet.columns
        for e in c.entries
        if e.appointment.status is AppointmentStatus.BOOKED
    )
    demo.workspace.outbox.queue_change(booked, "arrived")  # stored, not sent

    frame = first_frame(qtbot, demo)
    settle(frame)
    shown = frame.day_view.sheet
    assert shown is not None
    drawn = next(
        e.appointment for c in shown.columns for e in c.entries if e.appointment.id == booked.id
    )
    assert drawn.pending and drawn.status is AppointmentStatus.ARRIVED


def test_attaching_the_workspace_completes_the_window_in_place(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    frame = first_frame(qtbot, demo)
    frame.show()
    frame.side.setCurrentIndex(1)  # the receptionist already clicked "Openings"
    settle(frame)
    sheet = frame.day_view.sheet
    assert sheet is not None

    frame.attach(demo.workspace)

    assert frame.attached
    assert frame.side.widget(0) is frame.patients and frame.side.widget(1) is frame.openings
    assert frame.side.currentIndex() == 1
    assert all(a.isEnabled() for a in (frame.refresh_action, frame.new_action, frame.help_action))
    bar = [a for a in frame.appointment_bar.actions() if not a.isSeparator()]
    assert bar == [frame.appointment.actions[n] for n in APPOINTMENT_ACTIONS] + [frame.pdf_action]
    assert frame.appointment.actions["confirm"] in frame.appointment_menu.actions()
    assert frame.status_strip.isVisible()
    assert frame.statusBar().currentMessage() == ""
    # The appointment actions follow the selection in the book drawn before the attach.
    entry = next(
        e for c in sheet.columns for e in c.entries if e.appointment.status.value == "booked"
    )
    frame.day_view.canvas.select(entry_key(entry))
    assert frame.appointment.entry == entry
    assert frame.appointment.actions["arrived"].isEnabled()


def test_accounts_that_cannot_be_opened_are_explained_in_the_first_frame(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    frame = first_frame(qtbot, demo)
    frame.show()
    shown: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    error = InvalidSettings("Gent: the address must use https")
    assert cannot_open(frame, error, interactive=True) == 2
    assert shown == ["Gent: the address must use https"]
