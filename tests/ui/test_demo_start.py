"""The demo clinic starts as a configured clinic does: its day painted from the cache prepared
earlier today, the simulators made and synced after the first paint (ui/launch.py)."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import qasync
from pytestqt.qtbot import QtBot

from frontdesk.domain.clock import FixedClock
from frontdesk.sync.facade.book import open_demo_book
from frontdesk.sync.facade.desk import Opened, keep_demo_cache, open_demo_start
from frontdesk.ui.launch import show_first_frame
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
