"""Qt helpers for the GUI bench scripts: an offscreen application, a qasync loop, waiting."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import Callable

import qasync
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths
from PySide6.QtWidgets import QApplication

# Headless unless told otherwise (read when the QApplication is created, not at import).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def application() -> QApplication:
    """The QApplication, created once, with Qt's settings kept out of the user's folders."""
    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    return app


def event_loop(app: QApplication) -> qasync.QEventLoop:
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    return loop


def pump_until(predicate: Callable[[], bool], timeout_s: float = 10.0) -> bool:
    """Process Qt events until `predicate()` holds; False on timeout."""
    deadline = time.perf_counter() + timeout_s
    while not predicate():
        if time.perf_counter() > deadline:
            return False
        QCoreApplication.processEvents()
    return True


async def until(predicate: Callable[[], bool], timeout_s: float = 10.0) -> bool:
    """On a running qasync loop: wait until `predicate()` holds; False on timeout."""
    deadline = time.perf_counter() + timeout_s
    while not predicate():
        if time.perf_counter() > deadline:
            return False
        await asyncio.sleep(0.001)
    return True


class PaintWatch(QObject):
    """Counts paint events delivered to one widget (e.g. a list's viewport)."""

    def __init__(self, target: QObject) -> None:
        super().__init__()
        self.target = target
        self.paints = 0
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False
