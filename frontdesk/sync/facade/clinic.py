"""Clinic mode for the window and the commands: the sync agent, refresh requests and the
agent's health desks show, the clinic server's address and password."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from frontdesk.domain.texts import Text
from frontdesk.store.pg import clinic_tables
from frontdesk.store.pg.clinic_tables import AgentHealth
from frontdesk.store.pg.local_server import NoServer
from frontdesk.store.pg.store import PgStore
from frontdesk.sync.agent import TICK_SECONDS, Agent
from frontdesk.sync.clinic import (
    ServerUnreachable,
    check_and_save,
    describe,
    parse,
    save_password,
    try_connect,
)
from frontdesk.sync.clinic_setting import forget_url, saved_url
from frontdesk.sync.demo_clinic import DESKS as DEMO_DESKS
from frontdesk.sync.demo_clinic import RunningClinic, demo_clinic
from frontdesk.sync.desk_link import DeskLink
from frontdesk.sync.desk_live import go_live
from frontdesk.sync.handoff import Refused
from frontdesk.sync.workspace import Workspace

__all__ = [
    "DEMO_DESKS",
    "TICK_SECONDS",
    "Agent",
    "AgentHealth",
    "AgentSeen",
    "DeskLink",
    "NoServer",
    "Refused",
    "RunningClinic",
    "ServerUnreachable",
    "agent_seen",
    "ask_refresh",
    "check_and_save",
    "demo_clinic",
    "describe",
    "forget_url",
    "go_live",
    "in_clinic_mode",
    "parse",
    "run_agent",
    "save_password",
    "saved_url",
    "server_link",
    "try_connect",
]


@dataclass(frozen=True)
class AgentSeen:
    health: AgentHealth | None  # None: no agent ever ran on this database
    now: datetime  # the server's clock

    @property
    def minutes_ago(self) -> int | None:
        if self.health is None:
            return None
        return int((self.now - self.health.heartbeat).total_seconds() // 60)


def in_clinic_mode(workspace: Workspace) -> bool:
    """On the clinic's server, or on the desk's mirror of it while the server is away."""
    return isinstance(workspace.cache, PgStore) or workspace.link is not None


def server_link(workspace: Workspace) -> DeskLink | None:
    """The desk's link to the server (None: no offline mirror, e.g. a script's workspace)."""
    return workspace.link


async def ask_refresh(workspace: Workspace, account: str | None = None) -> None:
    """F5 at a desk in clinic mode: a request row for the agent (which coalesces them)."""
    if workspace.link is not None and workspace.link.offline:
        raise ServerUnreachable(
            Text("the clinic server cannot be reached: this desk shows its copy")
        )
    store = workspace.cache
    if isinstance(store, PgStore):
        await workspace.worker.run(clinic_tables.ask_refresh, store, account)


async def agent_seen(workspace: Workspace) -> AgentSeen | None:
    """The agent's health row (None when this desk is not in clinic mode)."""
    store = workspace.cache
    if workspace.link is not None and workspace.link.offline:
        raise ServerUnreachable(Text("the clinic server cannot be reached"))
    if not isinstance(store, PgStore):
        return None
    health, now = await workspace.worker.run(clinic_tables.read_health, store)
    return AgentSeen(health, now)


async def run_agent(
    url: str,
    stop: asyncio.Event,
    on_round: Callable[[Agent], None] | None = None,
    *,
    tick: float = TICK_SECONDS,
) -> None:
    agent = Agent(url, on_round=on_round, tick=tick)
    await agent.run(stop)
