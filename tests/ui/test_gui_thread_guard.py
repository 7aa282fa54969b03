"""The guard every GUI test runs under: SQL or keyring calls made for the window on the GUI
thread fail the test; the same work on the cache worker, or a test's own setup, does not."""

from __future__ import annotations

import asyncio

import keyring
import qasync
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from tests.ui.gui_thread_guard import GuiThreadGuard
from tests.ui.helpers import wait_for, wait_until


def test_sql_run_by_an_event_loop_callback_on_the_gui_thread_is_caught(
    qloop: qasync.QEventLoop, demo: Opened, gui_thread_guard: GuiThreadGuard
) -> None:
    done: list[int] = []
    qloop.call_soon(lambda: done.append(demo.workspace.cache.patient_count()))
    wait_until(lambda: bool(done))
    caught = list(gui_thread_guard.violations)
    gui_thread_guard.violations.clear()  # this test's own violation is the point
    assert caught and all("SQL SELECT on the GUI thread" in v for v in caught)


def test_the_same_query_on_the_cache_worker_is_allowed(
    qtbot: QtBot, demo: Opened, gui_thread_guard: GuiThreadGuard
) -> None:
    assert wait_for(qtbot, demo.workspace.patient_count()) >= 0
    assert gui_thread_guard.violations == []


def test_a_tests_own_setup_may_read_the_store(
    demo: Opened, gui_thread_guard: GuiThreadGuard
) -> None:
    assert demo.workspace.cache.patient_count() >= 0
    assert gui_thread_guard.violations == []


def test_the_keyring_called_from_the_event_loop_is_caught(
    qloop: qasync.QEventLoop, gui_thread_guard: GuiThreadGuard
) -> None:
    async def read() -> None:
        keyring.get_password("frontdesk", "anything")

    task = qloop.create_task(read())
    wait_until(task.done)
    caught = list(gui_thread_guard.violations)
    gui_thread_guard.violations.clear()
    assert caught and "keyring get_password on the GUI thread" in caught[0]
    assert asyncio.isfuture(task)
