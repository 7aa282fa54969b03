"""The demo clinic in clinic mode (issue 14 item 11): `frontdesk demo --clinic`.

A throw-away PostgreSQL on a free loopback port (store/pg/local_server.py: the machine's server
binaries, else the `pgserver` wheel), the sync agent on the demo vendors' simulators (in this
process, on a thread of its own), and the desks the caller opens on its address. Everything is
stopped, and the database deleted, when the `demo_clinic()` block ends.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx
import psycopg

from frontdesk.connectors.account import AccountConfig
from frontdesk.connectors.registry import vendor_keys
from frontdesk.domain.clock import Clock, SystemClock
from frontdesk.store.pg.local_server import RunningServer, running_server
from frontdesk.store.pg.store import PgStore
from frontdesk.sync import clinic
from frontdesk.sync.agent import Agent
from frontdesk.sync.opening import open_workspace
from frontdesk.sync.startup import StartNotes
from frontdesk.sync.worker import CacheWorker
from frontdesk.sync.workspace import Workspace

if TYPE_CHECKING:
    from frontdesk.sandbox.demo import DemoClinic

log = logging.getLogger("frontdesk.demo")

DATABASE = "frontdesk_demo"
DESKS = ("Desk 1", "Desk 2")
AGENT_TICK = 1.0  # seconds between the agent's rounds: a booking is sent within about this
FIRST_ROUND_TIMEOUT = 300.0


@dataclass
class RunningClinic:
    url: str  # what a desk opens: `frontdesk --server URL`
    server: RunningServer
    agent: AgentThread


class AgentThread:
    """The sync agent on its own thread and event loop, on the demo's simulators."""

    def __init__(self, url: str, clock: Clock, demo: DemoClinic, tick: float) -> None:
        self.url = url
        self.demo = demo
        self.agent = Agent(url, clock, tick=tick, opener=self._open, on_round=self._told)
        self.rounds = 0
        self.error: BaseException | None = None
        self._round = threading.Condition()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="demo-agent", daemon=True)

    def start(self) -> None:
        self._thread.start()
        self._ready.wait()

    def stop(self, timeout: float = 30.0) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout)

    def wait_rounds(self, count: int, timeout: float | None = FIRST_ROUND_TIMEOUT) -> bool:
        """Until the agent has finished `count` rounds (its first syncs every demo account)."""
        with self._round:
            return self._round.wait_for(
                lambda: self.rounds >= count or self.error is not None, timeout
            )

    def _told(self, agent: Agent) -> None:
        if agent.last_health:  # after a round (leading starts with none)
            with self._round:
                self.rounds += 1
                self._round.notify_all()

    def _open(self, clock: Clock, url: str, notes: StartNotes) -> Workspace:
        return open_agent_workspace(clock, url, self.demo)

    def _run(self) -> None:
        async def main() -> None:
            self._loop = asyncio.get_running_loop()
            self._stop = asyncio.Event()
            self._ready.set()
            await self.agent.run(self._stop)

        try:
            asyncio.run(main())
        except BaseException as exc:  # told to the waiter; the desks see "agent not seen"
            log.error("the demo's agent stopped: %s", type(exc).__name__)
            with self._round:
                self.error = exc
                self._round.notify_all()
        finally:
            self._ready.set()


def open_agent_workspace(clock: Clock, url: str, demo: DemoClinic) -> Workspace:
    """The agent's workspace: the demo's accounts saved in the clinic database, their
    connectors talking to the simulators in-process."""
    worker = CacheWorker()
    try:
        store = worker.call(clinic.open_server, url)
        accounts = worker.call(_save_accounts, store, demo)
    except BaseException:
        worker.close()
        raise
    client = httpx.AsyncClient(transport=demo.transport())
    return open_workspace(store, accounts, clock, client, worker=worker)


def _save_accounts(store: PgStore, demo: DemoClinic) -> list[AccountConfig]:
    known = set(vendor_keys())
    accounts = []
    for a in demo.accounts:
        if a.vendor in known:
            store.save_account(a.name, a.vendor, a.base_url, a.options)
            accounts.append(AccountConfig(a.name, a.vendor, a.base_url, a.options, a.secrets))
    return accounts


@contextmanager
def demo_clinic(
    clock: Clock | None = None, *, only: set[str] | None = None, tick: float = AGENT_TICK
) -> Iterator[RunningClinic]:
    """PostgreSQL started, migrated, the agent leading on the demo vendors (`only`: some of
    them); stopped and deleted afterwards."""
    from frontdesk.sandbox.demo import build_demo  # the simulators, only for the demo

    clock = clock or SystemClock()
    with running_server() as server:
        with psycopg.connect(server.dsn, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {DATABASE}".encode())
        url = f"postgresql://postgres@127.0.0.1:{server.port}/{DATABASE}"
        PgStore(url, pool_size=1).close()  # migrated before the agent and the desks open it
        agent = AgentThread(url, clock, build_demo(clock, only=only), tick)
        agent.start()
        try:
            yield RunningClinic(url, server, agent)
        finally:
            agent.stop()
