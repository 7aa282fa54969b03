"""Helpers for the GUI tests of the panes and dialogs (a demo with chosen vendors, awaiting)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import qasync
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened, open_demo
from frontdesk.domain.clock import FixedClock
from frontdesk.domain.errors import FrontdeskError
from frontdesk.ui import tasks

T = TypeVar("T")


def offscreen_python(code: str, env: dict[str, str] | None = None) -> str:
    """What `code` prints, run by a fresh interpreter with Qt offscreen (what a cold start
    imports or starts cannot be seen from this test process, which has loaded everything)."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={**(os.environ if env is None else env), "QT_QPA_PLATFORM": "offscreen"},
    )
    return done.stdout


def wait_until(condition: Callable[[], bool], timeout_ms: int = 10_000) -> None:
    """Let Qt and the event loop run until `condition` holds (reads run on the cache worker:
    what they bring arrives a few event-loop turns later)."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = QDeadlineTimer(timeout_ms)
    while not condition():
        if deadline.hasExpired():
            raise AssertionError("timed out waiting for the window")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def settle(window: Any, timeout_ms: int = 10_000) -> None:
    """Wait until the window's book shows the store as it is now: no change waiting to be
    drawn and no read of the book under way."""
    wait_until(window.book_is_current, timeout_ms)


def wait_for(qtbot: QtBot, coroutine: Coroutine[Any, Any, T], timeout: int = 20_000) -> T:
    """Run a coroutine on the session's qasync loop while Qt keeps processing events."""
    box: dict[str, Any] = {}

    def failed(error: FrontdeskError) -> None:
        box["error"] = error

    tasks.run(coroutine, lambda value: box.setdefault("value", value), failed)
    qtbot.waitUntil(lambda: "value" in box or "error" in box, timeout=timeout)
    if "error" in box:
        raise box["error"]
    return box["value"]  # type: ignore[no-any-return]


@contextmanager
def demo_of(
    qloop: qasync.QEventLoop, clock: FixedClock, tmp_path: Path, vendors: set[str]
) -> Iterator[Opened]:
    opened = open_demo(clock, tmp_path / "demo.sqlite3", only=vendors)
    try:
        yield opened
    finally:
        asyncio.events._set_running_loop(None)
        qloop.run_until_complete(opened.workspace.aclose())
        asyncio.events._set_running_loop(qloop)


async def sync_book(opened: Opened, now: datetime, *, patients: bool = False) -> None:
    """Reference data and three weeks of the book (and patients when asked): enough for a pane."""
    for coordinator in opened.workspace.coordinators.values():
        await coordinator.sync_reference()
        if patients:
            await coordinator.sync_patients()
        await coordinator.sync_appointments(now - timedelta(days=8), now + timedelta(days=21))
