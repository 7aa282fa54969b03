"""One coordinator per account: pulls the vendor's data into the cache and tracks its health.

Cache work runs in the cache worker thread so the GUI thread, which runs the event
loop under qasync, never waits on SQLite.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from frontdesk.connectors.base import Connector
from frontdesk.domain.clock import Clock
from frontdesk.domain.errors import AuthFailed, FrontdeskError, RateLimited, Unavailable
from frontdesk.store.cache import Cache
from frontdesk.sync.worker import CacheWorker

log = logging.getLogger("frontdesk.sync")


class Health(StrEnum):
    UNKNOWN = "unknown"
    SYNCING = "syncing"
    ONLINE = "online"
    OFFLINE = "offline"
    NEEDS_LOGIN = "needs login"
    ERROR = "error"


@dataclass
class AccountStatus:
    account: str
    vendor: str
    health: Health = Health.UNKNOWN
    last_sync: datetime | None = None
    message: str = ""
    fetched: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class SyncWindow:
    days_back: int = 7
    days_ahead: int = 60


class AccountCoordinator:
    def __init__(
        self,
        connector: Connector,
        cache: Cache,
        clock: Clock,
        window: SyncWindow | None = None,
        worker: CacheWorker | None = None,
    ) -> None:
        self.worker = worker or CacheWorker()
        self.connector = connector
        self.cache = cache
        self.clock = clock
        self.window = window or SyncWindow()
        self.status = AccountStatus(connector.account_name, connector.vendor)
        self.listeners: list[Callable[[AccountStatus], None]] = []
        self._lock = asyncio.Lock()

    @property
    def name(self) -> str:
        return self.connector.account_name

    def _set(self, health: Health, message: str = "") -> None:
        self.status.health = health
        self.status.message = message
        for listener in list(self.listeners):
            listener(self.status)

    @property
    def requests_left(self) -> int | None:
        budget = self.connector.http.budget
        return None if budget is None else budget.remaining

    async def sync(self) -> AccountStatus:
        """Reference data, patients (incremental after the first time) and the window."""
        async with self._lock:
            self._set(Health.SYNCING)
            try:
                fetched = {
                    "reference": await self.sync_reference(),
                    "patients": await self.sync_patients(),
                    "appointments": await self._sync_window(),
                }
            except AuthFailed as exc:
                self._set(Health.NEEDS_LOGIN, str(exc))
                raise
            except (Unavailable, RateLimited) as exc:
                self._set(Health.OFFLINE, str(exc))
                raise
            except FrontdeskError as exc:
                self._set(Health.ERROR, str(exc))
                raise
            self.status.fetched = fetched
            self.status.last_sync = self.clock.now()
            self._set(Health.ONLINE)
            return self.status

    async def sync_reference(self) -> int:
        locations = await self.connector.list_locations()
        providers = await self.connector.list_providers()
        services = await self.connector.list_services()
        await self.worker.run(
            self.cache.replace_reference, self.name, locations, providers, services
        )
        return len(locations) + len(providers) + len(services)

    async def sync_patients(self) -> int:
        cursor = await self.worker.run(self.cache.cursor, self.name, "patients")
        since = datetime.fromisoformat(cursor) if cursor else None
        started = self.clock.now()
        count = 0
        async for page in self.connector.iter_patients(since):
            count += await self.worker.run(self.cache.upsert_patients, page)
        # Only after the whole pass: a crash mid-way resumes from the previous cursor.
        await self.worker.run(self.cache.set_cursor, self.name, "patients", started.isoformat())
        return count

    async def _sync_window(self) -> int:
        today = self.clock.now().astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        start = today - timedelta(days=self.window.days_back)
        end = today + timedelta(days=self.window.days_ahead + 1)
        return await self.sync_appointments(start, end)

    async def sync_appointments(self, start: datetime, end: datetime) -> int:
        appointments = await self.connector.list_appointments(start, end)
        return await self.worker.run(
            self.cache.replace_appointments, self.name, start, end, appointments
        )
