"""A workspace against one in-process vendor simulator, on a clock the test moves."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from frontdesk.app import open_workspace
from frontdesk.connectors.account import AccountConfig
from frontdesk.domain.clock import FixedClock
from frontdesk.sandbox import naturaesoft, patientnow, pracsuite, progenda
from frontdesk.sandbox.faults import Faults
from frontdesk.sandbox.transport import SandboxTransport
from frontdesk.store.cache import Cache
from frontdesk.sync.workspace import Workspace

PROGENDA = "Progenda clinic"
PNE = "Solana Med Spa"
PRACSUITE = "PracSuite clinic"


def pracsuite_account() -> AccountConfig:
    return AccountConfig(
        PRACSUITE,
        "pracsuite",
        f"http://{pracsuite.HOST}/v1",
        {},
        {"api_key": pracsuite.DEMO_INTEGRATOR_KEY, "clinic_key": pracsuite.DEMO_CLINIC_KEY},
    )


def progenda_account() -> AccountConfig:
    email, token = progenda.DEMO_USER
    return AccountConfig(
        PROGENDA,
        "progenda",
        "http://progenda.sandbox/api/v2",
        {"user_email": email},
        {"user_token": token},
    )


def pne_account(base_url: str = "http://patientnow.sandbox/api/v1") -> AccountConfig:
    user, password = patientnow.PNE_USER
    return AccountConfig(
        PNE,
        "patientnow",
        base_url,
        {"page_size": "100"},
        {"apikey": patientnow.PNE_APIKEY, "username": user, "password": password},
    )


def naturaesoft_account() -> AccountConfig:
    return AccountConfig(
        "Naturaesoft practice",
        "naturaesoft",
        f"http://{naturaesoft.HOST}",
        {
            "ppass": naturaesoft.DEMO_PPASS,
            "practice_name": naturaesoft.DEMO_PRACTICE,
            "timezone": "America/New_York",
        },
        {"api_key": naturaesoft.DEMO_KEY},
    )


class World:
    """One vendor, its Faults wrapper, a cache file and a workspace over them."""

    def __init__(self, tmp_path: Path, vendor: str, now: datetime, size: int) -> None:
        self.clock = FixedClock(now)
        self.path = tmp_path / "cache.sqlite3"
        self.state: Any
        if vendor == "progenda":
            self.state = progenda.demo_state(self.clock, patients=size)
            app, host, self.account = (
                progenda.create_app(self.state),
                "progenda.sandbox",
                progenda_account(),
            )
        elif vendor == "naturaesoft":
            self.state = naturaesoft.demo_state(self.clock, prospects=size)
            app, host = naturaesoft.create_app(self.state), naturaesoft.HOST
            self.account = naturaesoft_account()
        elif vendor == "pracsuite":
            self.state = pracsuite.demo_state(self.clock, patients=size)
            app, host = pracsuite.create_app(self.state), pracsuite.HOST
            self.account = pracsuite_account()
        else:
            self.state = patientnow.demo_state(self.clock, customers=size)
            app, host, self.account = (
                patientnow.create_app(self.state),
                "patientnow.sandbox",
                pne_account(),
            )
        self.faults = Faults(app)
        self.client = httpx.AsyncClient(transport=SandboxTransport({host: self.faults}))
        self.waits: list[float] = []
        self.cache = Cache(self.path)
        self.cache.save_account(
            self.account.name, self.account.vendor, self.account.base_url, self.account.options
        )
        self.workspace = self.open()

    def open(self) -> Workspace:
        """A workspace as after a restart: same cache file, fresh connectors and coordinators."""
        return open_workspace(self.cache, [self.account], self.clock, self.client, sleep=self.wait)

    async def reopen(self) -> Workspace:
        await self.workspace.stop()
        self.workspace.worker.close()
        self.workspace = self.open()
        return self.workspace

    async def wait(self, seconds: float) -> None:
        """Retry back-off on the test clock instead of the wall clock."""
        self.waits.append(seconds)
        self.clock.advance(timedelta(seconds=seconds))

    @property
    def name(self) -> str:
        return self.account.name

    @property
    def coordinator(self) -> Any:
        return self.workspace.coordinators[self.name]

    def sent(self) -> int:
        """Requests the connector tried to send (reached the vendor or not)."""
        return int(self.workspace.connectors[self.name].http.requests_sent)

    def received(self, method: str | None = None, path: str = "") -> list[Any]:
        return [
            r
            for r in self.faults.requests
            if (method is None or r.method == method) and path in r.path
        ]

    async def close(self) -> None:
        await self.workspace.stop()
        self.workspace.worker.close()
        await self.client.aclose()


@asynccontextmanager
async def synced_world(
    tmp_path: Path, vendor: str, now: datetime, size: int
) -> AsyncIterator[World]:
    """A world whose first sync is done (most fixtures' start), closed after."""
    world = World(tmp_path, vendor, now, size)
    try:
        await world.workspace.sync_all()
        yield world
    finally:
        await world.close()
