"""Desks and the sync agent on one clinic database, the simulators in this process: a desk's
booking goes into the shared outbox and the agent sends it once; F5 at two desks adds no vendor
request to the agent's plan. The agent runs in a thread of its own (its own event loop), as
`frontdesk agent` would, on the test's keyring."""

from __future__ import annotations

import asyncio
import itertools
import queue
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import psycopg
import pytest

from frontdesk.sandbox.faults import Recorded
from frontdesk.sync.agent import Agent
from frontdesk.sync.workspace import HANDED_OFF
from tests.e2e.clinic import Desk, Served, book_args, future, openings, serve, writes
from tests.support.pg_server import RunningServer

pytestmark = pytest.mark.loopback
BRUSSELS = "Brussels & Gent"
JORIS = "1"
BOOKINGS = f"/api/v2/calendars/{JORIS}/appointments"
ROUND = 60.0  # seconds a round may take at most on a loaded machine
_databases = itertools.count(1)


class AgentThread:
    def __init__(self, url: str, refresh_gap: timedelta) -> None:
        self.rounds: queue.Queue[dict[str, Any]] = queue.Queue()
        self.agent = Agent(url, tick=0.1, poll=0.1, refresh_gap=refresh_gap, on_round=self._told)
        self._stop: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self.failed: list[BaseException] = []
        self.thread = threading.Thread(target=self._main, name="agent", daemon=True)

    def _told(self, agent: Agent) -> None:
        self.rounds.put(dict(agent.last_health))

    def _main(self) -> None:
        async def run() -> None:
            self._stop = asyncio.Event()
            self._loop = asyncio.get_running_loop()
            self._ready.set()
            await self.agent.run(self._stop)

        try:
            asyncio.run(run())
        except BaseException as exc:
            self.failed.append(exc)
            self.rounds.put({"failed": repr(exc)})

    def next_round(self) -> dict[str, Any]:
        told = self.rounds.get(timeout=ROUND)
        assert "failed" not in told, told
        return told

    def fresh_rounds(self, count: int = 2) -> None:
        """Rounds begun after this call (earlier ones are queued already): the second of two
        begins after the one under way now has ended."""
        while not self.rounds.empty():
            self.rounds.get_nowait()
        for _ in range(count):
            self.next_round()

    def served_all(self, url: str) -> None:
        """Until every refresh request is taken, then until the round that took it ended."""
        while True:
            with psycopg.connect(url) as conn:
                row = conn.execute(
                    "SELECT count(*) FROM refresh_requests WHERE served_at IS NULL"
                ).fetchone()
            if row == (0,):
                break
            self.next_round()
        self.fresh_rounds()

    def synced(self) -> None:
        deadline = time.monotonic() + ROUND
        while not self.next_round().get(BRUSSELS, {}).get("last_sync"):
            assert time.monotonic() < deadline, "the agent never synced the account"

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self.thread.join(ROUND)
        assert not self.thread.is_alive()
        assert not self.failed, self.failed


@pytest.fixture
def served() -> Iterator[Served]:
    with serve("progenda") as simulators:
        yield simulators


@pytest.fixture
def server_url(pg_server: RunningServer) -> Iterator[str]:
    name = f"clinic_agent_{next(_databases)}"
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}".encode())
    yield f"postgresql://postgres@127.0.0.1:{pg_server.port}/{name}"
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)".encode())


def add_to_clinic(desk: Desk, served: Served, url: str) -> None:
    account = served.account("progenda")
    args = ["accounts", "add", account.name, "--vendor", account.vendor]
    args += ["--base-url", account.base_url, "--no-test", "--server", url]
    for key, value in account.options.items():
        args += ["--option", f"{key}={value}"]
    for key, value in account.secrets.items():
        args += ["--secret", f"{key}={value}"]
    desk.ok(*args)


@pytest.fixture
def agent(served: Served, server_url: str, capsys: pytest.CaptureFixture[str]) -> Iterator[Any]:
    def start(refresh_gap: timedelta = timedelta(minutes=1)) -> AgentThread:
        add_to_clinic(Desk(capsys), served, server_url)
        running = AgentThread(server_url, refresh_gap)
        running.thread.start()
        started.append(running)
        running.synced()
        return running

    started: list[AgentThread] = []
    yield start
    for running in started:
        running.stop()


def bookings(recorded: list[Recorded]) -> list[Recorded]:
    return [r for r in writes(recorded) if r.method == "POST" and r.path == BOOKINGS]


def test_a_desks_booking_goes_through_the_shared_outbox_and_is_sent_once(
    served: Served, server_url: str, agent: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = Desk(capsys)
    # This desk's own cache, only to pick a free time and a patient the way a test can.
    desk.add(served.account("progenda"))
    assert [r["ok"] for r in desk.ok("sync")] == [True]
    free = openings(desk, BRUSSELS, "consultation", "joris van hecke")[0]
    patient = future(BRUSSELS, JORIS)[0].patient_id
    assert patient is not None
    running = agent()
    before = len(served.requests("progenda"))

    booked = desk(
        *book_args(BRUSSELS, JORIS, "consult", free["start"][:16], patient),
        "--server", server_url, "--json",
    )  # fmt: skip

    assert booked.code == 0, booked
    assert (booked.json()["outcome"], booked.json()["reason"]) == ("waiting", HANDED_OFF)
    with psycopg.connect(server_url) as conn:
        (who,) = conn.execute("SELECT desk, os_user, db_user FROM outbox_audit").fetchall()
    assert all(who), who  # the audit: which desk, which user, which role
    while desk.ok("outbox", "list", "--server", server_url):
        running.next_round()
    posted = bookings(served.requests("progenda")[before:])
    assert len(posted) == 1 and posted[0].status < 300
    running.fresh_rounds()
    assert len(bookings(served.requests("progenda")[before:])) == 1
    day = desk.ok(
        "appointments", "list", "--date", free["start"][:10], "--account", BRUSSELS,
        "--server", server_url,
    )  # fmt: skip
    assert [
        a["pending"] for a in day if (a["start"], a["provider_id"]) == (free["start"], JORIS)
    ] == [False]


def test_f5_at_two_desks_adds_no_vendor_request_to_the_agents_plan(
    served: Served, server_url: str, agent: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    running = agent(refresh_gap=timedelta(hours=1))
    running.fresh_rounds()  # the plan's first reads are done: nothing is due for an hour
    desk = Desk(capsys)
    before = len(served.requests("progenda"))

    first = desk("sync", "--server", server_url, "--json")
    running.served_all(server_url)
    second = desk("sync", "--server", server_url, "--json")
    running.served_all(server_url)

    assert (first.code, second.code) == (0, 0), (first, second)
    # The book was read within the agent's interval: the refreshes are answered by its plan
    # (quota item 7: desks cannot multiply vendor traffic).
    asked = served.requests("progenda")[before:]
    assert [r.path for r in asked] == []


def test_an_agent_started_before_any_account_syncs_the_one_added_later(
    served: Served, server_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    running = AgentThread(server_url, timedelta(minutes=1))
    running.thread.start()
    try:
        assert running.next_round() == {}  # leading, with nothing to sync yet
        add_to_clinic(Desk(capsys), served, server_url)
        running.synced()
    finally:
        running.stop()
    assert any(r.path.endswith("/appointments") for r in served.requests("progenda"))
