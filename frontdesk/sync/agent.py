"""The clinic's sync agent (`frontdesk agent --server URL`): the only process that talks to the
vendors for a clinic database.

Leadership: a session-level advisory lock on a connection of its own. Whoever holds it syncs
every account with the usual coordinators and sends the shared outbox; a second agent (another
machine) retries the lock every `poll` seconds and takes over when the first one's connection
goes (its process died: the server frees a session lock at once). Losing the lock connection
ends the agent (the service manager starts it again), so two leaders never run.

Each round: the refresh requests desks made are taken, the coordinators' own plan and the
outbox run (`Workspace.tick`), then the health row desks show. A refresh is coalesced into the
plan, never served by a read of its own: the plan reads every account's appointment changes
every `refresh_gap` whoever asks (the budget may stretch it), so ten desks pressing F5 cost the
vendor what one does (issue 14 item 7, bench/bench_clinic_quota.py). Desks see each other's
writes live; what a refresh can bring is a change made at the vendor, at most that old.
Vendor credentials come from this machine's keyring only.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import psycopg

from frontdesk.domain.clock import Clock, SystemClock
from frontdesk.domain.errors import FrontdeskError
from frontdesk.store.pg import clinic_tables
from frontdesk.store.pg.store import PgStore
from frontdesk.sync import clinic
from frontdesk.sync.account_admin import NoSuchAccount, open_accounts, open_store
from frontdesk.sync.planner import SyncPolicy
from frontdesk.sync.startup import StartNotes
from frontdesk.sync.workspace import Workspace

log = logging.getLogger("frontdesk.agent")

LEADER_LOCK = 0x66646167  # "fdag": any fixed key, the same in every frontdesk
POLL_SECONDS = 5.0  # a waiting agent takes over within this (plus its start), well under 30 s
TICK_SECONDS = 5.0
REFRESH_GAP = timedelta(minutes=2)  # PatientNow's 1,000 a day: 300 reads of changes in 10 h


@dataclass
class AgentState:
    holder: str = field(default_factory=lambda: f"{socket.gethostname()}:{os.getpid()}")
    leading: bool = False
    asked: int = 0  # refresh requests taken since the start (each answered by the plan)


class Agent:
    def __init__(
        self,
        url: str,
        clock: Clock | None = None,
        *,
        poll: float = POLL_SECONDS,
        tick: float = TICK_SECONDS,
        refresh_gap: timedelta = REFRESH_GAP,
        opener: Callable[[Clock, str, StartNotes], Workspace] | None = None,
        on_round: Callable[[Agent], None] | None = None,
    ) -> None:
        self.url = url
        self.clock = clock or SystemClock()
        self.poll = poll
        self.tick_seconds = tick
        self.refresh_gap = refresh_gap
        self.policy = SyncPolicy(changes_every=refresh_gap)
        self.state = AgentState()
        self._open = opener or (lambda c, u, n: open_accounts(c, notes=n, server=u))
        self._lock_conn: psycopg.Connection[Any] | None = None
        self.on_round = on_round  # told after leading starts and after every round
        self.last_health: dict[str, dict[str, Any]] = {}

    # -- leadership ------------------------------------------------------------------------------
    def try_lead(self) -> bool:
        """One attempt at the leader's lock (blocking: run it off the event loop)."""
        if self._lock_conn is None or self._lock_conn.closed:
            self._lock_conn = psycopg.connect(clinic.conninfo(self.url), autocommit=True)
        row = self._lock_conn.execute("SELECT pg_try_advisory_lock(%s)", (LEADER_LOCK,)).fetchone()
        self.state.leading = bool(row and row[0])
        return self.state.leading

    def still_leading(self) -> bool:
        """False when the lock's connection is gone (then another agent may lead already)."""
        if self._lock_conn is None:
            return False
        try:
            self._lock_conn.execute("SELECT 1")
        except psycopg.Error:
            return False
        return True

    async def wait_to_lead(self, stop: asyncio.Event) -> bool:
        told_waiting = False
        while not stop.is_set():
            if await asyncio.to_thread(self.try_lead):
                log.warning("agent %s leads", self.state.holder)
                if self.on_round is not None:
                    self.on_round(self)
                return True
            if not told_waiting and self.on_round is not None:  # another agent leads
                self.on_round(self)
                told_waiting = True
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.poll)
        return False

    # -- the rounds ------------------------------------------------------------------------------
    async def run(self, stop: asyncio.Event) -> None:
        """Wait for the lock, then lead until `stop` is set or the lock is lost."""
        if not await self.wait_to_lead(stop):
            return
        workspace, known = await asyncio.to_thread(self.opened)
        started = self.clock.now()
        try:
            # What changed while no agent led (refreshes asked meanwhile included): one read of
            # changes per account now, not when the last leader's plan would have made it.
            for coordinator in list(workspace.coordinators.values()):
                await coordinator.catch_up()
            while not stop.is_set():
                if not await asyncio.to_thread(self.still_leading):
                    raise FrontdeskError("the agent lost its connection to the clinic server")
                stored = await workspace.worker.run(_account_names, _pg(workspace))
                if stored != known:  # `accounts add|remove --server` meanwhile: start afresh
                    await workspace.aclose()
                    workspace, known = await asyncio.to_thread(self.opened)
                await self.round(workspace, started)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), self.tick_seconds)
        finally:
            await workspace.aclose()
            if self._lock_conn is not None:
                await asyncio.to_thread(self._lock_conn.close)

    def opened(self) -> tuple[Workspace, frozenset[str]]:
        """Every account that can start (blocking). None configured yet: a workspace with none,
        until one is added (an agent installed before its accounts waits, it does not exit)."""
        notes = StartNotes()
        try:
            workspace = self._open(self.clock, self.url, notes)
        except NoSuchAccount:
            workspace = open_store(self.clock, server=self.url)
            workspace.hands_off = False
        for coordinator in workspace.coordinators.values():
            coordinator.policy = self.policy
        # What this workspace was built from (running or skipped), not what is stored by now:
        # an account added meanwhile differs, and the next round starts afresh with it.
        return workspace, frozenset(workspace.coordinators) | {s.account for s in notes.skipped}

    async def round(self, workspace: Workspace, started: datetime) -> None:
        store = _pg(workspace)
        # Taken (marked served) and answered by this round's plan: asking adds no request.
        self.state.asked += len(await workspace.worker.run(clinic_tables.take_requests, store))
        await workspace.tick()
        # Holds of dialogs that closed without releasing (a crash, a desk switched off).
        await workspace.worker.run(store.delete_lapsed_holds)
        self.last_health = health_of(workspace)
        await workspace.worker.run(
            clinic_tables.write_health, store, self.state.holder, started, self.last_health
        )
        if self.on_round is not None:
            self.on_round(self)


def _account_names(store: PgStore) -> frozenset[str]:
    return frozenset(a.name for a in store.accounts())


def _pg(workspace: Workspace) -> PgStore:
    store = workspace.cache
    if not isinstance(store, PgStore):
        raise FrontdeskError("the agent runs on a clinic server (--server), not a desk's cache")
    return store


def health_of(workspace: Workspace) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for status in workspace.statuses():
        out[status.account] = {
            "health": status.health.value,
            "last_sync": status.last_sync.isoformat() if status.last_sync else None,
            "requests_left": workspace.requests_left(status.account),
        }
    return out
