"""Everything the GUI and the commands talk to: the cache, a coordinator per account, the outbox."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import httpx

from frontdesk.connectors.base import Connector
from frontdesk.domain.clock import Clock
from frontdesk.domain.errors import FrontdeskError, NotSupported
from frontdesk.domain.models import (
    Appointment,
    BookingRequest,
    Capability,
    Opening,
    Patient,
    Provider,
    Service,
)
from frontdesk.store.cache import Cache, PatientHit
from frontdesk.sync.coordinator import AccountCoordinator, AccountStatus, SyncWindow
from frontdesk.sync.outbox import Outbox, WriteResult
from frontdesk.sync.worker import CacheWorker


class Workspace:
    def __init__(
        self,
        cache: Cache,
        clock: Clock,
        connectors: Sequence[Connector],
        client: httpx.AsyncClient | None = None,
        window: SyncWindow | None = None,
    ) -> None:
        self.cache = cache
        self.clock = clock
        self.client = client
        self.connectors: dict[str, Connector] = {c.account_name: c for c in connectors}
        self.worker = CacheWorker()
        self.coordinators = {
            name: AccountCoordinator(c, cache, clock, window, self.worker)
            for name, c in self.connectors.items()
        }
        self.outbox = Outbox(cache, self.connectors, clock)

    # -- sync ------------------------------------------------------------------------------
    async def sync_all(self) -> dict[str, AccountStatus | FrontdeskError]:
        names = list(self.coordinators)
        results = await asyncio.gather(
            *(self.coordinators[n].sync() for n in names), return_exceptions=True
        )
        out: dict[str, AccountStatus | FrontdeskError] = {}
        for name, result in zip(names, results, strict=True):
            if isinstance(result, FrontdeskError | AccountStatus):
                out[name] = result
            elif isinstance(result, BaseException):
                raise result
        return out

    async def refresh_range(self, start: datetime, end: datetime) -> None:
        await asyncio.gather(
            *(c.sync_appointments(start, end) for c in self.coordinators.values()),
            return_exceptions=True,
        )

    # -- reads from the cache ----------------------------------------------------------------
    def zone(self) -> ZoneInfo:
        """The home zone: the first location of the first account (what "today" means here)."""
        locations = self.cache.locations()
        for account in self.cache.accounts():
            for location in locations:
                if location.account == account.name:
                    return ZoneInfo(location.timezone)
        return ZoneInfo(locations[0].timezone) if locations else ZoneInfo("UTC")

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        zone = self.zone()
        start = datetime.combine(day, time(0), zone)
        return start, start + timedelta(days=1)

    def appointments_on(self, day: date) -> list[Appointment]:
        start, end = self.day_bounds(day)
        return self.cache.appointments_between(start, end)

    def providers(self) -> list[Provider]:
        return self.cache.providers()

    def services(self) -> list[Service]:
        return self.cache.services()

    def search_patients(self, query: str, limit: int = 50) -> list[PatientHit]:
        return self.cache.search_patients(query, limit)

    def patient(self, account: str, patient_id: str) -> Patient | None:
        return self.cache.patient(account, patient_id)

    def can(self, account: str, capability: Capability) -> tuple[bool, str]:
        connector = self.connectors.get(account)
        if connector is None:
            return False, "this account is not configured"
        if connector.can(capability):
            return True, ""
        return False, connector.why_not(capability)

    # -- vendor calls ------------------------------------------------------------------------
    async def openings(
        self, service: Service, start: datetime, end: datetime, provider_ids: Sequence[str] = ()
    ) -> list[Opening]:
        connector = self.connectors[service.account]
        if not connector.can(Capability.OPENINGS):
            raise NotSupported(connector.why_not(Capability.OPENINGS), vendor=connector.label)
        return await connector.find_openings(service.id, start, end, provider_ids)

    async def book(self, request: BookingRequest) -> WriteResult:
        entry = await self.worker.run(self.outbox.queue_booking, request)
        return await self.outbox.send(entry)

    async def change(self, appointment: Appointment, kind: str, **fields: str) -> WriteResult:
        entry = await self.worker.run(self.outbox.queue_change, appointment, kind, **fields)
        return await self.outbox.send(entry)

    async def aclose(self) -> None:
        if self.client is not None:
            await self.client.aclose()
        self.worker.close()


def by_account(items: Sequence[Provider]) -> Mapping[str, list[Provider]]:
    grouped: dict[str, list[Provider]] = {}
    for item in items:
        grouped.setdefault(item.account, []).append(item)
    return grouped
