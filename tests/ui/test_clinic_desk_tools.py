"""Two clinic desks' windows on one clinic database (issue 15, "shared by every desk and
refreshed live"): a blockout or a waitlist entry added at one desk is drawn in the other desk's
book and listed in its Waitlist tab with no F5, and both go when removed."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
import qasync
from pytestqt.qtbot import QtBot

from frontdesk.domain.blockouts import Blockout
from frontdesk.domain.clock import FixedClock
from frontdesk.domain.models import Location, Patient, Provider, Service
from frontdesk.domain.waitlist import WaitlistEntry
from frontdesk.store.pg.store import PgStore
from frontdesk.sync.facade import desk as facade
from frontdesk.sync.facade.book import open_clinic_book
from frontdesk.sync.facade.desk import Opened, Workspace, open_clinic
from frontdesk.ui.main_window import MainWindow
from tests.support.pg_server import RunningServer
from tests.ui.helpers import wait_for

_databases = itertools.count(1)
TEN = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)  # 10:00 in Brussels, the clock's day
ANNA = Patient("Brussels", "pat1", "Anna", "Peeters")


@pytest.fixture
def server_url(pg_server: RunningServer) -> Iterator[str]:
    name = f"clinic_tools_{next(_databases)}"
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


def listed(window: MainWindow) -> list[str]:
    model = window.waitlist.model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_a_blockout_and_a_waitlist_entry_at_one_desk_reach_the_other_desks_window(
    qtbot: QtBot, desks: Callable[[str], Workspace]
) -> None:
    a, b = desks("Desk A"), desks("Desk B")
    window_b = window_at(qtbot, b)
    layer = window_b.day_view.canvas.blockout_layer
    assert layer.blockouts == [] and listed(window_b) == []

    lunch = Blockout("Brussels", "p1", TEN, TEN + timedelta(hours=1), "Europe/Brussels")
    stored = wait_for(qtbot, facade.add_blockout(a, lunch))
    entry = wait_for(qtbot, facade.add_to_waitlist(a, WaitlistEntry("Brussels", "pat1", None, TEN)))
    qtbot.waitUntil(lambda: layer.blockouts == [stored], timeout=20_000)  # no F5
    qtbot.waitUntil(lambda: listed(window_b) == ["Anna Peeters"], timeout=20_000)

    assert stored.id is not None and entry.id is not None
    assert wait_for(qtbot, facade.remove_blockout(a, stored.id))
    assert wait_for(qtbot, facade.remove_from_waitlist(a, entry.id))
    qtbot.waitUntil(lambda: layer.blockouts == [], timeout=20_000)
    qtbot.waitUntil(lambda: listed(window_b) == [], timeout=20_000)
