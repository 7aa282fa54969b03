"""A desk's window in clinic mode: the status bar says what the clinic's sync agent last said,
and F5 asks the agent for a refresh instead of calling the vendors."""

from __future__ import annotations

import asyncio
import itertools
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import psycopg
import pytest
import qasync
from pytestqt.qtbot import QtBot

from frontdesk.domain.clock import FixedClock
from frontdesk.domain.models import (
    Appointment,
    AppointmentStatus,
    Location,
    Provider,
    Service,
)
from frontdesk.store.pg import clinic_tables
from frontdesk.store.pg.clinic_tables import AgentHealth
from frontdesk.store.pg.store import PgStore
from frontdesk.sync.clinic_setting import saved_url
from frontdesk.sync.facade.book import open_clinic_book
from frontdesk.sync.facade.clinic import AgentSeen
from frontdesk.sync.facade.desk import Opened, open_clinic
from frontdesk.ui.agent_health import agent_text
from frontdesk.ui.clinic_server_dialog import ClinicServerDialog
from frontdesk.ui.main_window import MainWindow
from tests.conftest import MemoryKeyring
from tests.support.pg_server import RunningServer

_databases = itertools.count(1)
BRUSSELS = ZoneInfo("Europe/Brussels")
SYNCED = datetime(2026, 12, 1, 9, 42, tzinfo=UTC)


@pytest.fixture
def server_url(pg_server: RunningServer) -> Iterator[str]:
    """A clinic database the agent has written its health into."""
    name = f"clinic_desk_{next(_databases)}"
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}".encode())
    url = f"postgresql://postgres@127.0.0.1:{pg_server.port}/{name}"
    store = PgStore(url, pool_size=1)
    store.save_account("Brussels", "progenda", "http://127.0.0.1:1", {})
    health = {
        "Brussels": {"health": "online", "last_sync": SYNCED.isoformat(), "requests_left": 812}
    }
    clinic_tables.write_health(store, "agent-host:42", SYNCED, health)
    store.close()
    yield url
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)".encode())


@pytest.fixture
def desk(qloop: qasync.QEventLoop, clock: FixedClock, server_url: str) -> Iterator[Opened]:
    book = open_clinic_book(clock, server_url)
    opened = open_clinic(clock, book.cache, book.worker)
    yield opened
    asyncio.events._set_running_loop(None)
    qloop.run_until_complete(opened.workspace.aclose())
    asyncio.events._set_running_loop(qloop)


def test_the_status_bar_shows_the_agent_and_f5_asks_it(
    qtbot: QtBot, desk: Opened, server_url: str
) -> None:
    window = MainWindow(desk.workspace, remember_layout=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.synced, timeout=20_000):
        window.start()  # its refresh is a request to the agent
    label = window.agent_health
    qtbot.waitUntil(lambda: label.text() == "Sync agent: alive", timeout=20_000)
    assert "Brussels: last sync" in label.toolTip()
    assert "812 requests left today" in label.toolTip()
    with qtbot.waitSignal(window.synced, timeout=20_000):
        window.refresh()  # F5
    with psycopg.connect(server_url) as conn:
        asked = conn.execute("SELECT account FROM refresh_requests").fetchall()
    assert asked == [(None,), (None,)]  # the start's and F5's, for every account
    assert "agent" in window.statusBar().currentMessage()


def test_an_agent_not_heard_from_is_said_with_its_minutes() -> None:
    health = AgentHealth("h:1", SYNCED, SYNCED, {"Brussels": {"last_sync": None}})
    text, tip = agent_text(AgentSeen(health, SYNCED + timedelta(minutes=7, seconds=5)), BRUSSELS)
    assert text == "Sync agent: not seen for 7 min"
    assert tip == "Brussels: last sync never"
    never, _ = agent_text(AgentSeen(None, SYNCED), BRUSSELS)
    assert never == "Sync agent: never seen"


def test_the_clinic_server_dialog_connects_before_saving(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    server_url: str,
    private_home: Path,
    isolated_keyring: MemoryKeyring,
) -> None:
    dialog = ClinicServerDialog(None)
    qtbot.addWidget(dialog)
    dialog.url.setText("postgresql://desk_3@db.clinic.example/frontdesk")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "sslmode=verify-full" in dialog.result_label.text(), timeout=20_000)
    assert saved_url() is None

    dialog.url.setText(server_url.replace("/clinic_desk_", "/no_such_database_"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "cannot be reached" in dialog.result_label.text(), timeout=20_000)
    assert saved_url() is None

    dialog.url.setText(server_url)
    dialog.password.setText("s3cret-pw")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.result_label.text().startswith("Saved"), timeout=20_000)
    assert saved_url() == server_url
    assert "s3cret-pw" not in (private_home / "clinic-server.txt").read_text()
    assert "s3cret-pw" in isolated_keyring.store.values()  # the keyring holds it


def test_an_appointment_the_agent_syncs_is_drawn_at_a_desk_without_a_keystroke(
    qtbot: QtBot, qloop: qasync.QEventLoop, clock: FixedClock, server_url: str
) -> None:
    seed = PgStore(server_url, pool_size=1)
    seed.replace_reference(
        "Brussels",
        [Location("Brussels", "l1", "Brussels", "Europe/Brussels")],
        [Provider("Brussels", "p1", "Joris Van Hecke", "l1")],
        [Service("Brussels", "s1", "Consultation", 20)],
    )
    seed.close()
    book = open_clinic_book(clock, server_url)
    opened = open_clinic(clock, book.cache, book.worker)
    window = MainWindow(opened.workspace, remember_layout=False)
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.synced, timeout=20_000):
            window.start()
        qtbot.waitUntil(lambda: opened.workspace.live is not None, timeout=20_000)
        start = clock.now() + timedelta(hours=3)
        synced = Appointment(
            "Brussels", "a1", "p1", start, start + timedelta(minutes=20),
            AppointmentStatus.BOOKED,
        )  # fmt: skip

        def agent_syncs() -> None:  # another process's write: off the GUI thread
            agent = PgStore(server_url, pool_size=1)
            agent.upsert_appointments([synced])
            agent.close()

        writer = threading.Thread(target=agent_syncs)
        writer.start()
        writer.join()

        def drawn() -> bool:
            sheet = window.day_view.sheet
            return sheet is not None and any(
                e.appointment.id == "a1" for c in sheet.columns for e in c.entries
            )

        qtbot.waitUntil(drawn, timeout=20_000)  # no F5, no keystroke
    finally:
        asyncio.events._set_running_loop(None)
        qloop.run_until_complete(opened.workspace.aclose())
        asyncio.events._set_running_loop(qloop)
