"""Everything the GUI and the commands talk to: the cache, a coordinator per account, the outbox.

`start()` runs the background loop: every few seconds each account does what its planner says
is due (within its request budget, backing off while the vendor is unreachable), and the outbox
sends the writes that are due to the vendors that answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

import httpx

from frontdesk.connectors.base import Connector
from frontdesk.domain.clock import Clock
from frontdesk.domain.errors import (
    AuthFailed,
    BudgetExhausted,
    FrontdeskError,
    NotSupported,
    RateLimited,
    Unavailable,
)
from frontdesk.domain.models import (
    Appointment,
    BookingRequest,
    Capability,
    Opening,
    Patient,
    PatientDraft,
    Provider,
    Service,
)
from frontdesk.domain.redact import where
from frontdesk.store.cache import Cache, PatientHit
from frontdesk.sync.cached_book import CachedBook
from frontdesk.sync.commands import Book, Command, CreatePatient, EditPatient
from frontdesk.sync.commands.legacy import change_command
from frontdesk.sync.commands.result import CommandResult
from frontdesk.sync.coordinator import AccountCoordinator, AccountStatus, SyncWindow
from frontdesk.sync.outbox import Outbox, WaitingForEarlierWrite, WriteResult
from frontdesk.sync.outbox_records import OutboxEntry
from frontdesk.sync.planner import SyncPolicy, Task
from frontdesk.sync.worker import CacheWorker

log = logging.getLogger("frontdesk.sync")
TICK_SECONDS = 5.0


@dataclass
class Tick:
    """What one round of the background loop did."""

    ran: dict[str, list[Task]] = field(default_factory=dict)
    sent: list[WriteResult] = field(default_factory=list)


class Workspace:
    def __init__(
        self,
        cache: Cache,
        clock: Clock,
        connectors: Sequence[Connector],
        client: httpx.AsyncClient | None = None,
        window: SyncWindow | None = None,
        *,
        policy: SyncPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.cache = cache
        self.clock = clock
        self.cached = CachedBook(cache, clock)
        self.client = client
        self.connectors: dict[str, Connector] = {c.account_name: c for c in connectors}
        self.worker = CacheWorker()
        self.coordinators = {
            name: AccountCoordinator(c, cache, clock, window, self.worker, policy)
            for name, c in self.connectors.items()
        }
        self.outbox = Outbox(cache, self.connectors, clock, self.worker)
        for name, coordinator in self.coordinators.items():
            coordinator.reconnected.append(self._waker(name))
        self._window = window
        self._policy = policy
        # Told the name of an account added or removed while running (`name in coordinators`
        # says which): the window adds or drops its status chip.
        self.account_listeners: list[Callable[[str], None]] = []
        self._sleep = sleep
        self._loop_task: asyncio.Task[None] | None = None

    def add_connector(self, connector: Connector) -> AccountCoordinator:
        """An account added while the window runs: it syncs from now on, no restart needed.
        (The outbox shares `connectors`, so its writes reach the new account too.)"""
        name = connector.account_name
        if name in self.connectors:
            raise ValueError(f"the account {name} is already running")
        self.connectors[name] = connector
        coordinator = AccountCoordinator(
            connector, self.cache, self.clock, self._window, self.worker, self._policy
        )
        coordinator.reconnected.append(self._waker(name))
        self.coordinators[name] = coordinator
        for listener in list(self.account_listeners):
            listener(name)
        return coordinator

    def remove_connector(self, name: str) -> None:
        """An account removed while the window runs stops syncing now. A pass already under way
        may still write rows; the cache's reads join on the accounts table, so none is shown."""
        if self.connectors.pop(name, None) is None:
            return
        self.coordinators.pop(name, None)
        for listener in list(self.account_listeners):
            listener(name)

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
        """Read [start, end) from every reachable vendor now, and keep it fresh from then on
        (the range on screen is refreshed more often than the rest of the window)."""
        await asyncio.gather(
            *(c.refresh_visible(start, end) for c in self.coordinators.values()),
            return_exceptions=True,
        )

    def set_visible_range(self, start: datetime, end: datetime) -> None:
        """The range on screen, refreshed by the background loop (no request now)."""
        for coordinator in self.coordinators.values():
            coordinator.visible = (start, end)

    def _waker(self, account: str) -> Callable[[], Awaitable[None]]:
        async def wake() -> None:
            await self.worker.run(self.outbox.wake, account)

        return wake

    # -- the background loop -------------------------------------------------------------------
    async def tick(self) -> Tick:
        """One round: each account runs what is due, then the outbox sends what is due to the
        vendors that answer. Tests call it directly on a FixedClock."""
        names = list(self.coordinators)
        done = await asyncio.gather(
            *(self.coordinators[n].step() for n in names), return_exceptions=True
        )
        tick = Tick()
        for name, result in zip(names, done, strict=True):
            if isinstance(result, BaseException):
                log.error("sync of %s failed unexpectedly: %s", name, where(result))
            else:
                tick.ran[name] = result
        offline = [n for n, c in self.coordinators.items() if not c.reachable]
        tick.sent = await self.outbox.drain(skip=offline)
        for written in tick.sent:
            account = self.coordinators.get(written.entry.account)
            if account is not None and written.error is not None and _unreachable(written.error):
                await account.failed(written.error)
        return tick

    def start(self, interval: float = TICK_SECONDS) -> None:
        """Run `tick` every `interval` seconds until `stop` (needs a running event loop)."""
        if self._loop_task is None or self._loop_task.done():
            self._loop_task = asyncio.get_running_loop().create_task(self._run(interval))

    async def stop(self) -> None:
        task, self._loop_task = self._loop_task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    @property
    def running(self) -> bool:
        return self._loop_task is not None and not self._loop_task.done()

    async def _run(self, interval: float) -> None:
        while True:
            try:
                await self.tick()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("background sync round failed")
            await self._sleep(interval)

    # -- reads from the cache ----------------------------------------------------------------
    def zone(self) -> ZoneInfo:
        """The home zone: the first location of the first account (what "today" means here)."""
        return self.cached.zone()

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        return self.cached.day_bounds(day)

    def appointments_on(self, day: date) -> list[Appointment]:
        start, end = self.day_bounds(day)
        return self.cache.appointments_between(start, end)

    def providers(self) -> list[Provider]:
        return self.cached.providers()

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

    async def execute(self, command: Command) -> CommandResult:
        """Refused at once when the vendor cannot do it (the connector's reason). Otherwise
        stored in the outbox (drawn as pending at once), then sent unless the vendor is known
        to be unreachable: then it waits for the background loop. The result says which."""
        connector = self.connectors.get(command.account)
        if connector is not None and not connector.can(command.capability):
            return CommandResult.refused(connector.not_supported(command.capability))
        entry = await self.outbox.add(self.outbox.store, command)
        coordinator = self.coordinators.get(entry.account)
        if coordinator is not None and not coordinator.reachable:
            reason = coordinator.status.message or "the vendor cannot be reached"
            return CommandResult.waiting(entry, Unavailable(f"kept to send later ({reason})"))
        result = await self.outbox.deliver(entry)
        if coordinator is not None and result.error is not None and _unreachable(result.error):
            await coordinator.failed(result.error)
        return result

    # The former entry points (the GUI's, until it builds commands): thin wrappers.
    async def book(self, request: BookingRequest) -> WriteResult:
        return WriteResult.of(await self.execute(Book(request)))

    async def change(self, appointment: Appointment, kind: str, **fields: str) -> WriteResult:
        """kind: move (start, end, provider_id), cancel (reason), arrived, noshow, confirm."""
        return WriteResult.of(await self.execute(change_command(appointment, kind, **fields)))

    async def create_patient(self, account: str, draft: PatientDraft) -> WriteResult:
        """A new patient, found by search at once and bookable while the write waits."""
        return WriteResult.of(await self.execute(CreatePatient(account, draft)))

    async def update_patient(self, patient: Patient, draft: PatientDraft) -> WriteResult:
        return WriteResult.of(await self.execute(EditPatient(patient, draft)))

    async def queue_booking(self, request: BookingRequest) -> OutboxEntry:
        """Stored only; the background loop (or `outbox.drain`) sends it."""
        return await self.outbox.add(self.outbox.store, Book(request))

    async def aclose(self) -> None:
        await self.stop()
        if self.client is not None:
            await self.client.aclose()
        self.worker.close()


def _unreachable(error: FrontdeskError | None) -> bool:
    return isinstance(error, Unavailable | RateLimited | BudgetExhausted | AuthFailed) and not (
        isinstance(error, WaitingForEarlierWrite)
    )


def by_account(items: Sequence[Provider]) -> Mapping[str, list[Provider]]:
    grouped: dict[str, list[Provider]] = {}
    for item in items:
        grouped.setdefault(item.account, []).append(item)
    return grouped
