"""A desk's window when the clinic server goes away (issue 14 item 8): the status bar says the
book shown is the desk's copy, as of when (the home zone's wall clock), and the word goes once
the server answers again; a desk started while the server is away opens on its copy."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator

import psycopg
import pytest
import qasync
from pytestqt.qtbot import QtBot

from frontdesk.domain.clock import FixedClock
from frontdesk.domain.models import Location, Provider, Service
from frontdesk.store.pg.store import PgStore
from frontdesk.sync.facade import clinic
from frontdesk.sync.facade.book import open_clinic_book
from frontdesk.sync.facade.desk import Opened, open_clinic
from frontdesk.ui.main_window import MainWindow
from tests.support.pg_server import RunningServer
from tests.support.tcp_cut import TcpCut, tcp_cut

_databases = itertools.count(1)
AS_OF = "Clinic server unreachable — showing the book as of 08:00"  # 07:00 UTC in Brussels
WAIT_MS = 30_000  # a ceiling for a loaded machine


@pytest.fixture
def relayed_url(pg_server: RunningServer) -> Iterator[tuple[str, TcpCut]]:
    """A clinic database with one account, and the address of a relay to it the test cuts."""
    name = f"clinic_mirror_{next(_databases)}"
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}".encode())
    seed = PgStore(f"postgresql://postgres@127.0.0.1:{pg_server.port}/{name}", pool_size=1)
    seed.save_account("Brussels", "progenda", "http://127.0.0.1:1", {})
    seed.replace_reference(
        "Brussels",
        [Location("Brussels", "l1", "Brussels", "Europe/Brussels")],
        [Provider("Brussels", "p1", "Joris Van Hecke", "l1")],
        [Service("Brussels", "s1", "Consultation", 20)],
    )
    seed.close()
    with tcp_cut(pg_server.port) as relay:
        yield f"postgresql://postgres@127.0.0.1:{relay.port}/{name}", relay
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)".encode())


def _window(qtbot: QtBot, opened: Opened, *, online: bool = True) -> MainWindow:
    window = MainWindow(opened.workspace, remember_layout=False)
    qtbot.addWidget(window)
    window.show()
    # The start's refresh is a request to the agent; without the server it cannot be made.
    with qtbot.waitSignal(window.synced if online else window.sync_failed, timeout=WAIT_MS):
        window.start()
    return window


def _close(qloop: qasync.QEventLoop, opened: Opened) -> None:
    asyncio.events._set_running_loop(None)
    qloop.run_until_complete(opened.workspace.aclose())
    asyncio.events._set_running_loop(qloop)


def test_the_status_bar_says_the_book_is_the_desks_copy_while_the_server_is_away(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    clock: FixedClock,
    relayed_url: tuple[str, TcpCut],
) -> None:
    url, relay = relayed_url
    book = open_clinic_book(clock, url)
    opened = open_clinic(clock, book.cache, book.worker, url)
    link = clinic.server_link(opened.workspace)
    assert link is not None
    try:
        window = _window(qtbot, opened)
        label = window.server_link
        qtbot.waitUntil(lambda: link.mirror.filled, timeout=WAIT_MS)
        assert label.isHidden()  # nothing to say while the server answers
        relay.cut()
        qtbot.waitUntil(lambda: label.text() == AS_OF and label.isVisible(), timeout=WAIT_MS)
        assert "own copy" in label.toolTip()
        relay.mend()  # the link's own back-off finds it again
        qtbot.waitUntil(lambda: not link.offline and label.isHidden(), timeout=WAIT_MS)
    finally:
        _close(qloop, opened)

    # Started again while the server is away: the desk opens on its copy, and says so.
    relay.cut()
    book = open_clinic_book(clock, url)
    opened = open_clinic(clock, book.cache, book.worker, url)
    try:
        window = _window(qtbot, opened, online=False)
        assert [p.name for p in opened.workspace.providers()] == ["Joris Van Hecke"]
        assert "cannot be reached" in window.statusBar().currentMessage()
        qtbot.waitUntil(lambda: window.server_link.text() == AS_OF, timeout=WAIT_MS)
        assert window.agent_health.text() == "Sync agent: clinic server not reachable"
    finally:
        _close(qloop, opened)
