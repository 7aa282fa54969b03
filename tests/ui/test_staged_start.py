"""The staged start: the window's first frame draws the day from the cache alone, with the
actions that need a vendor disabled; attaching the workspace completes it in place."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from frontdesk import codecache
from frontdesk.app import Opened
from frontdesk.codecache import CodeCache
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


class FirstPaint(QObject):
    """At the book's first paint: what was built then, and keys pressed right after it."""

    def __init__(self, frame: MainWindow, qtbot: QtBot) -> None:
        super().__init__(frame)
        self.frame, self.qtbot = frame, qtbot
        self.seen: list[str] = []
        frame.day_view.canvas.installEventFilter(self)
        frame.completed.connect(lambda: self.seen.append("rest built"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            menus = (self.frame.file_menu, self.frame.view_menu, self.frame.help_menu)
            self.seen.append(f"painted with {sum(len(m.actions()) for m in menus)} menu items")
            QTimer.singleShot(0, self.press)  # runs before the first part is built
        return False

    def press(self) -> None:
        self.seen.append("keys pressed" + (" before the rest" if self.frame.rest.pending else ""))
        canvas = self.frame.day_view.canvas
        self.qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        self.qtbot.keyClick(canvas, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)


def test_a_cold_start_paints_the_book_first_and_builds_the_rest_after_without_losing_a_key(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    settle(window)
    frame = first_frame(qtbot, demo)
    frame.side.setCurrentIndex(1)  # the Openings tab was the one left open
    today = frame.day
    probe = FirstPaint(frame, qtbot)
    with qtbot.waitSignal(frame.completed, timeout=10_000):
        show_first_frame(frame)
        frame.activateWindow()

    assert probe.seen == ["painted with 0 menu items", "keys pressed before the rest", "rest built"]
    # The keys pressed in the first frame did what they say: the next day, the patient search.
    settle(frame)
    assert frame.day == today + timedelta(days=1)
    assert frame.day_view.sheet is not None and frame.day_view.sheet.day == frame.day
    assert frame.side.currentIndex() == 0
    # The window is whole: the menus hold their actions, the legend its services, the tabs.
    files = [a.text() for a in frame.file_menu.actions() if not a.isSeparator()]
    assert files == ["Day sheet (PDF or print)…", "Accounts…", "Clinic server…", "Quit"]
    views = [a.text() for a in frame.view_menu.actions() if not a.isSeparator()]
    assert {"Today", "Service colours", "Providers", "&Language"} <= set(views)
    assert [a.text() for a in frame.help_menu.actions()] == ["Keyboard shortcuts"]
    services = {a.text() for a in frame.legend.actions()}
    drawn = {e.service for c in frame.day_view.sheet.columns for e in c.entries if e.service}
    assert services == drawn and drawn
    assert [frame.side.tabText(i) for i in range(frame.side.count())] == ["Patients", "Openings"]
    assert frame.sheet_export.dialog is None  # built, not opened

    frame.attach(demo.workspace)
    assert frame.patients.field.hasFocus()  # Ctrl+F's search field, now that it exists
    bar = [a for a in frame.appointment_bar.actions() if not a.isSeparator()]
    assert bar == [frame.appointment.actions[n] for n in APPOINTMENT_ACTIONS] + [frame.pdf_action]


def test_a_cold_start_keeps_what_it_compiled_once_the_rest_is_built(
    qtbot: QtBot, window: MainWindow, demo: Opened, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first start after an install compiles its dataclasses' methods; they are written for
    the next start after the first paint, with the rest (frontdesk/codecache.py)."""
    settle(window)
    cache = CodeCache(tmp_path / "methods.marshal")
    cache.code_for("compiled_by_this_start = 1")
    monkeypatch.setattr(codecache, "_installed", cache)
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
    frame = first_frame(qtbot, demo)
    with qtbot.waitSignal(frame.completed, timeout=10_000):
        show_first_frame(frame)
        assert not cache.path.exists()  # not before the first frame

    assert "compiled_by_this_start = 1" in CodeCache(cache.path).first


def test_a_whole_window_is_built_at_once(window: MainWindow) -> None:
    assert not window.rest.pending
    assert window.appointment.actions["confirm"] in window.appointment_menu.actions()
    assert window.legend.menuAction() in window.view_menu.actions()


LATER = (
    "asyncio",
    "ssl",
    "socket",
    "qasync",
    "httpx",
    "html",
    "calendar",
    "importlib.resources",
    "PySide6.QtSvg",
    "frontdesk.domain.conventions",
    "frontdesk.domain.history",
    "frontdesk.domain.pins",
    "frontdesk.domain.recurrence",
    "frontdesk.domain.waitlist",
    "frontdesk.store.protocol",
    "frontdesk.store.recovery",
    "frontdesk.sync.demo_cache",
    "frontdesk.sync.feed",
    "frontdesk.ui.language_menu",
    "frontdesk.ui.window.day_sheet_export",
)


def test_the_first_frame_loads_neither_the_event_loop_nor_what_only_later_parts_need() -> None:
    """asyncio (with ssl) and socket cost a cold start about 30 ms before the book shows, the
    history, pins and waitlist about 6 ms, a series' rules (with calendar), the store's
    protocol, the change feed, html and importlib.resources about 12 ms more, a damaged cache's
    rescue and the demo's snapshot about 11 M instructions: they come after the first paint (a
    tooltip, a search, the workspace), or only when needed."""
    code = (
        "import sys, frontdesk.__main__, frontdesk.ui.launch; "
        f"print(sorted(m for m in {LATER!r} if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
