"""Two clinic desks' windows on one clinic database, for the clinic-mode window tests: a fresh
database with one Brussels account (Joris Van Hecke, a 20-minute consultation, Anna Peeters),
desks opened on it by name, and a desk's window started and listening live."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import psycopg
import pytest
import qasync
from pytestqt.qtbot import QtBot

from frontdesk.domain.clock import FixedClock
from frontdesk.domain.models import Location, Patient, Provider, Service
from frontdesk.store.pg.store import PgStore
from frontdesk.sync.facade.book import open_clinic_book
from frontdesk.sync.facade.desk import Opened, Workspace, open_clinic
from frontdesk.ui.main_window import MainWindow
from tests.support.pg_server import RunningServer

_databases = itertools.count(1)
TEN = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)  # 10:00 in Brussels, the clock's day
ANNA = Patient("Brussels", "pat1", "Anna", "Peeters")


@pytest.fixture
def server_url(pg_server: RunningServer) -> Iterator[str]:
    name = f"clinic_desks_{next(_databases)}"
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}".encode())
    url = f"postgresql://postgres@127.0.0.1:{pg_server.port}/{name}"
    store = PgStore(url, pool_size=1)
    store.save_account("Brussels", "progenda", "http://127.0.0.1:1", {})
    store.replace_reference(
        "Brussels",
        [Location("Brussels", "l1", "Brussels", "Europe/Brussels")],
        [Provider("Brussels", "p1", "Joris Van Hecke", "l1")],
        [Service("Brussels", "s1", "Consultation", 20)],
    )
    store.upsert_patients([ANNA])
    store.close()
    yield url
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)".encode())


@pytest.fixture
def desks(
    qloop: qasync.QEventLoop, clock: FixedClock, server_url: str
) -> Iterator[Callable[[str], Workspace]]:
    opened: list[Opened] = []

    def open_desk(name: str) -> Workspace:
        book = open_clinic_book(clock, server_url)
        desk = open_clinic(clock, book.cache, book.worker)
        desk.workspace.desk = name
        opened.append(desk)
        return desk.workspace

    yield open_desk
    asyncio.events._set_running_loop(None)
    for desk in opened:
        qloop.run_until_complete(desk.workspace.aclose())
    asyncio.events._set_running_loop(qloop)


def window_at(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace, remember_layout=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.synced, timeout=20_000):
        window.start()
    qtbot.waitUntil(lambda: workspace.live is not None, timeout=20_000)
    return window
