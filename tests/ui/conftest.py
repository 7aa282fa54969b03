"""GUI fixtures: a qasync loop the tests can spin with qtbot, and a demo window on a fixed clock."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QLocale, QStandardPaths
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened, open_demo
from frontdesk.domain.clock import FixedClock
from frontdesk.store import db
from frontdesk.ui import i18n
from frontdesk.ui.main_window import MainWindow
from tests.conftest import MemoryKeyring
from tests.ui.clinic_desks import desks, server_url  # noqa: F401 (two clinic desks, PostgreSQL)
from tests.ui.gui_thread_guard import GuiThreadGuard
from tests.ui.helpers import settle

# Wednesday 18 November 2026, 08:00 in Brussels: the day ahead is open for bookings.
NOW = datetime(2026, 11, 18, 7, 0, tzinfo=UTC)


@pytest.fixture(scope="session", autouse=True)
def english_texts(qapp: QApplication) -> None:
    """The English plurals ("1 patient", "2 patients") as the application installs them at
    start, the locale left as it was."""
    before = QLocale()
    i18n.install("en")
    QLocale.setDefault(before)


@pytest.fixture(scope="session")
def qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """One qasync loop for the session, marked as running, so tasks advance whenever qtbot
    waits. (Several QEventLoops over one QApplication crash PySide6 at interpreter exit.)"""
    QStandardPaths.setTestModeEnabled(True)
    loop = qasync.QEventLoop(qapp)
    yield loop
    asyncio.events._set_running_loop(None)
    loop.run_until_complete(loop.shutdown_default_executor())
    loop.close()
    asyncio.set_event_loop(None)
    del loop
    gc.collect()  # free Qt wrappers while the QApplication still exists


@pytest.fixture(autouse=True)
def _running_qloop(request: pytest.FixtureRequest) -> Iterator[None]:
    """GUI tests run with the qasync loop marked running; other tests (pytest-asyncio's) must
    not find it running afterwards, whatever order the tests run in."""
    if "qloop" not in request.fixturenames:
        yield
        return
    loop = request.getfixturevalue("qloop")
    asyncio.set_event_loop(loop)
    asyncio.events._set_running_loop(loop)
    yield
    asyncio.events._set_running_loop(None)


@pytest.fixture(autouse=True)
def gui_thread_guard(
    monkeypatch: pytest.MonkeyPatch, isolated_keyring: MemoryKeyring
) -> Iterator[GuiThreadGuard]:
    """The GUI thread never runs SQL and never calls the keyring for the window: any test
    whose window does fails (tests/ui/gui_thread_guard.py)."""
    guard = GuiThreadGuard()
    monkeypatch.setattr(db, "connect", guard.wrap_connect(db.connect))
    for name in ("get_password", "set_password", "delete_password"):
        original = getattr(isolated_keyring, name)

        def checked(*args: Any, _original: Any = original, _name: str = name) -> Any:
            guard.check(f"keyring {_name}")
            return _original(*args)

        monkeypatch.setattr(isolated_keyring, name, checked)
    yield guard
    assert not guard.violations, "\n".join(dict.fromkeys(guard.violations))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def demo(qloop: qasync.QEventLoop, clock: FixedClock, tmp_path: Path) -> Iterator[Opened]:
    opened = open_demo(clock, tmp_path / "demo.sqlite3", only={"progenda"})
    yield opened
    asyncio.events._set_running_loop(None)
    qloop.run_until_complete(opened.workspace.aclose())
    asyncio.events._set_running_loop(qloop)


@pytest.fixture
def window(qtbot: QtBot, demo: Opened) -> MainWindow:
    window = MainWindow(demo.workspace, demo=True, remember_layout=False)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    with qtbot.waitSignal(window.synced, timeout=20_000):
        window.start()
    settle(window)  # the synced book is drawn (reads arrive from the cache worker)
    return window
