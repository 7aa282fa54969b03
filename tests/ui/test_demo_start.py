"""The demo clinic starts as a configured clinic does: its day painted from the cache prepared
earlier today, the simulators made and synced after the first paint (ui/launch.py)."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from frontdesk.domain.clock import FixedClock
from frontdesk.sync.facade.book import open_demo_book
from frontdesk.sync.facade.desk import Opened, keep_demo_cache, open_demo_start
from frontdesk.ui.book.view import DayView
from frontdesk.ui.launch import _arm_screenshot, show_first_frame
from frontdesk.ui.main_window import MainWindow
from tests.ui.helpers import settle

ONLY = {"progenda"}


def off_the_gui_thread(clock: FixedClock) -> None:
    """An earlier start today, which kept the demo's cache after its first sync (on a thread
    of its own, with an event loop of its own: the session's qasync loop is left alone)."""

    def earlier_start() -> None:
        opened = open_demo_start(clock, only=ONLY)

        async def first_sync_then_keep() -> None:
            try:
                await opened.workspace.sync_all()
                assert await keep_demo_cache(opened)
            finally:
                await opened.workspace.aclose()

        asyncio.run(first_sync_then_keep())

    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(earlier_start).result()


def test_the_first_frame_shows_the_demo_day_before_any_simulator_exists(
    qtbot: QtBot, qloop: qasync.QEventLoop, clock: FixedClock
) -> None:
    off_the_gui_thread(clock)

    book = open_demo_book(clock, ONLY)
    assert book is not None
    window = MainWindow(book=book, demo=True, remember_layout=False)
    qtbot.addWidget(window)
    show_first_frame(window)
    sheet = window.day_view.sheet
    assert sheet is not None and sheet.count > 0  # painted from the cache alone
    assert not window.attached
    assert window.windowTitle() == "frontdesk — demo clinic"
    drawn = sheet.count

    # Then the simulators, off the GUI thread, and the background sync.
    with ThreadPoolExecutor(max_workers=1) as pool:
        opened: Opened = pool.submit(
            open_demo_start, clock, book.cache, worker=book.worker, only=ONLY
        ).result()
    window.attach(opened.workspace)
    with qtbot.waitSignal(window.synced, timeout=30_000):
        window.start()
    settle(window)
    after = window.day_view.sheet
    assert after is not None and after.count == drawn  # the same day, the same clinic
    asyncio.events._set_running_loop(None)
    qloop.run_until_complete(opened.workspace.aclose())
    asyncio.events._set_running_loop(qloop)


def test_the_screenshot_waits_for_the_synced_day_however_long_its_picture_takes(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`--screenshot` on the day's first start: the window shows the new cache's empty day,
    and the synced day's picture is made in steps while that one stays on screen. A grab at a
    fixed time after `synced` caught the empty day on a slow machine ("the day view shows no
    appointment for today"); here the new picture takes 600 ms more to be shown."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        opened: Opened = pool.submit(open_demo_start, clock, only=ONLY).result()
    window = MainWindow(opened.workspace, demo=True, remember_layout=False)
    qtbot.addWidget(window)
    shown = DayView._swap_now
    late: list[DayView] = []

    def slowly(view: DayView) -> None:
        late.append(view)
        QTimer.singleShot(600, lambda: shown(view))

    monkeypatch.setattr(DayView, "_swap_now", slowly)
    path = tmp_path / "shots" / "day.png"
    finished = asyncio.Event()
    outcome = {"code": 0}
    _arm_screenshot(window, path, finished, outcome)
    window.show()
    window.start()
    qtbot.waitUntil(finished.is_set, timeout=60_000)
    assert late, "the synced day was not drawn in steps: this test shows nothing"
    assert outcome["code"] == 0
    sheet = window.day_view.sheet
    assert sheet is not None and sheet.count > 0
    grabbed = QImage(str(path))
    assert not grabbed.isNull() and grabbed.size() == window.size()
    asyncio.events._set_running_loop(None)
    qloop.run_until_complete(opened.workspace.aclose())
    asyncio.events._set_running_loop(qloop)
