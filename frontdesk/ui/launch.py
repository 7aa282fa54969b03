"""Starting the window on a qasync event loop, and the `--screenshot` mode."""

from __future__ import annotations

import asyncio
import logging
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from frontdesk.app import Opened, open_configured, open_demo
from frontdesk.domain.clock import Clock, FixedClock, SystemClock
from frontdesk.domain.errors import FrontdeskError
from frontdesk.ui.icons import app_icon
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.resources import icon_path

SCREENSHOT_TIMEOUT_MS = 120_000
UNEXPECTED = (
    "Something unexpected went wrong; the last action may not have finished. "
    "Details are in the log."
)
log = logging.getLogger("frontdesk.ui")


def guard(window: MainWindow, loop: asyncio.AbstractEventLoop) -> None:
    """An error in a Qt slot or a loop callback must neither end the session nor show a stack
    trace. It is logged with where it happened but not its text (which may quote patient data),
    and the receptionist is told in the status bar."""

    def report(kind: type[BaseException], tb: TracebackType | None) -> None:
        frames = "".join(traceback.format_tb(tb)) if tb else "(no traceback)"
        log.error("unexpected %s in the window:\n%s", kind.__name__, frames)
        window.notice.emit(UNEXPECTED)

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        report(kind, tb)

    def loop_handler(_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if isinstance(error, BaseException):
            report(type(error), error.__traceback__)
        else:
            log.error("event loop: %s", context.get("message", "unknown problem"))

    sys.excepthook = hook
    loop.set_exception_handler(loop_handler)


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("frontdesk")
    app.setApplicationName("frontdesk")
    app.setApplicationDisplayName("frontdesk")
    png = icon_path()
    if png is not None:
        app.setWindowIcon(app_icon(png.with_name("frontdesk.svg"), png))
    return app


def run_gui(*, demo: bool, screenshot: str | None, demo_time: datetime | None = None) -> int:
    app = make_app()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    clock: Clock = FixedClock(demo_time) if demo_time else SystemClock()
    try:
        opened: Opened | None = None if demo else open_configured(clock)
        if opened is None:
            opened = open_demo(clock)
    except FrontdeskError as exc:
        print(f"frontdesk: {exc}", file=sys.stderr)
        return 2
    window = MainWindow(
        opened.workspace,
        demo=opened.demo is not None,
        remember_layout=screenshot is None,
        background=screenshot is None,
    )
    finished = asyncio.Event()
    outcome = {"code": 0}
    app.lastWindowClosed.connect(finished.set)
    if screenshot:
        _arm_screenshot(window, Path(screenshot), finished, outcome)
    guard(window, loop)
    window.show()
    window.start()
    with loop:
        loop.run_until_complete(finished.wait())
        loop.run_until_complete(opened.workspace.aclose())
    return outcome["code"]


def _arm_screenshot(
    window: MainWindow, path: Path, finished: asyncio.Event, outcome: dict[str, int]
) -> None:
    def fail(message: str) -> None:
        print(f"frontdesk: screenshot failed: {message}", file=sys.stderr)
        outcome["code"] = 1
        finished.set()

    def capture() -> None:
        sheet = window.day_view.sheet
        if sheet is None or sheet.count == 0:
            fail("the day view shows no appointment for today")
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            fail(f"cannot create the folder for {path} ({exc.strerror or type(exc).__name__})")
            return
        if not window.grab().save(str(path)):
            fail(f"could not write {path}")
            return
        print(f"frontdesk: wrote {path} ({sheet.count} appointments drawn)", file=sys.stderr)
        finished.set()

    def synced() -> None:
        window.go_today()
        QTimer.singleShot(200, capture)  # let the window paint once more before grabbing

    window.synced.connect(synced)
    window.sync_failed.connect(lambda message: fail(f"the first sync failed: {message}"))
    QTimer.singleShot(
        SCREENSHOT_TIMEOUT_MS, lambda: fail("timed out waiting for today's appointments")
    )
