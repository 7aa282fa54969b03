"""Fails a GUI test when the GUI thread runs SQL or calls the keyring for the window.

SQLite calls a trace callback for every statement, on the thread that runs it. A statement on
the main thread counts as the window's when, walking out from it, a frame of `frontdesk/ui/` or
an event-loop callback (a task step, a Qt slot through qasync) comes before the test's own code:
that is SQL the window (or a coroutine it started) ran on the GUI thread. Statements a test runs
itself to set the scene, and everything on the cache worker, are allowed.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any

UI = f"{'/'}frontdesk{'/'}ui{'/'}"
LOOP_CALLBACK = f"{'/'}asyncio{'/'}events.py"
TESTS = f"{'/'}tests{'/'}"


def windows_frame(frame: FrameType | None) -> str | None:
    """The first frame of the window or of a loop callback before the test's own, if any."""
    while frame is not None:
        name = frame.f_code.co_filename.replace("\\", "/")
        if UI in name or LOOP_CALLBACK in name:
            return f"{name}:{frame.f_lineno} ({frame.f_code.co_name})"
        if TESTS in name and "gui_thread_guard" not in name:
            return None
        frame = frame.f_back
    return None


class GuiThreadGuard:
    def __init__(self) -> None:
        self.violations: list[str] = []

    def check(self, what: str) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        where = windows_frame(sys._getframe(2))
        if where is not None:
            self.violations.append(f"{what} on the GUI thread, from {where}")

    def watch(self, conn: sqlite3.Connection) -> sqlite3.Connection:
        conn.set_trace_callback(lambda statement: self.check(f"SQL {statement.split()[0]}"))
        return conn

    def wrap_connect(self, connect: Callable[..., sqlite3.Connection]) -> Callable[..., Any]:
        def watched(*args: Any, **kwargs: Any) -> sqlite3.Connection:
            return self.watch(connect(*args, **kwargs))

        return watched
