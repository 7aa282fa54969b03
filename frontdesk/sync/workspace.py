"""The core's one face: everything the window and the command line talk to.

- Queries (day, week, search, patient, visits, clashes, outbox) are coroutines that run on the
  cache worker thread and return domain read models; the reference data (accounts, locations,
  providers, services) is an immutable snapshot (`reference`) the window reads without SQL.
- Writes go through the outbox (stored before sent); each says sent, waiting or refused.
- One change feed (`feed.subscribe(callback) -> unsubscribe`) tells what changed after each
  commit, whatever caused it: a sync, the outbox, a command, an account added or removed.

`start()` runs the background loop: every few seconds each account does what its planner says
is due (within its request budget, backing off while the vendor is unreachable), and the outbox
sends the writes that are due to the vendors that answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Protocol, TypeVar
from zoneinfo import ZoneInfo

import httpx

from frontdesk.connectors.base import Connector, PartialOpenings
from frontdesk.domain import history
from frontdesk.domain.accounts import AccountStatus
from frontdesk.domain.alerts import PatientAlert
from frontdesk.domain.blockouts import as_entries, blocked
from frontdesk.domain.book import DayEntry, DaySheet
from frontdesk.domain.clock import Clock
from frontdesk.domain.confirmations import CallOutcome, ConfirmationCall
from frontdesk.domain.errors import (
    FrontdeskError,
    NotSupported,
    ServerAway,
    SlotJustTaken,
    Unavailable,
)
from frontdesk.domain.history import HistoryEntry
from frontdesk.domain.models import (
    Appointment,
    BookingRequest,
    Capability,
    Opening,
    Patient,
    PatientDraft,
    PatientHit,
    Provider,
    Service,
)
from frontdesk.domain.redact import where
from frontdesk.domain.reference import Reference
from frontdesk.domain.texts import Text
from frontdesk.store.cache import AccountSyncState
from frontdesk.store.protocol import Store
from frontdesk.sync.cached_book import CachedBook
from frontdesk.sync.clash_guard import ClaimingStore, claiming, desk_name
from frontdesk.sync.commands import Book, Command, CreatePatient, EditPatient
from frontdesk.sync.commands.legacy import change_command
from frontdesk.sync.commands.result import CommandResult
from frontdesk.sync.coordinator import AccountCoordinator, SyncWindow
from frontdesk.sync.day import SheetRequest, apply_waiting, clashes
from frontdesk.sync.feed import ChangeFeed, Changes, Span
from frontdesk.sync.outbox import (
    Outbox,
    WriteResult,
    undo_stored,
    vendor_away,
)
from frontdesk.sync.outbox_records import OutboxEntry, read_entries
from frontdesk.sync.planner import SyncPolicy, Task
from frontdesk.sync.worker import CacheWorker

T = TypeVar("T")

if TYPE_CHECKING:
    from frontdesk.sync.desk_link import DeskLink

log = logging.getLogger("frontdesk.sync")
TICK_SECONDS = 5.0
HANDED_OFF = "handed to the clinic's sync agent, which sends it"


class Stoppable(Protocol):
    def stop(self, timeout: float = ...) -> None: ...


@dataclass
class Tick:
    """What one round of the background loop did."""

    ran: dict[str, list[Task]] = field(default_factory=dict)
    sent: list[WriteResult] = field(default_factory=list)


class Workspace:
    def __init__(
        self,
        cache: Store,
        clock: Clock,
        connectors: Sequence[Connector],
        client: httpx.AsyncClient | None = None,
        window: SyncWindow | None = None,
        *,
        policy: SyncPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        worker: CacheWorker | None = None,
    ) -> None:
        self.cache = cache
        self.clock = clock
        self.worker = worker or CacheWorker()
        self.cached = CachedBook(cache, clock, self.worker)
        self.feed = ChangeFeed(before=self._before_publish)
        self.cached.follow(self.feed)  # kept sheets dropped when what they show changes
        self.client = client
        self.connectors: dict[str, Connector] = {c.account_name: c for c in connectors}
        states = self.worker.call(_sync_states, cache, list(self.connectors))
        self.coordinators = {
            name: AccountCoordinator(
                c, cache, clock, window, self.worker, policy, feed=self.feed, state=states[name]
            )
            for name, c in self.connectors.items()
        }
        self.outbox = Outbox(cache, self.connectors, clock, self.worker)
        self.outbox.on_change = self._outbox_changed
        # Writes waiting per account (the status bar's counts), refreshed with the outbox.
        self.waiting_counts: dict[str, int] = self.worker.call(_waiting_counts, cache)
        self._outbox_commit: asyncio.Task[None] | None = None
        self._outbox_dirty = False
        for name, coordinator in self.coordinators.items():
            coordinator.reconnected.append(self._waker(name))
        self._window = window
        self._policy = policy
        self._sleep = sleep
        self._loop_task: asyncio.Task[None] | None = None
        self._hands_off = False
        # This desk's name in clinic mode (claims, "just taken at ..."): FRONTDESK_DESK or the
        # host name unless set.
        self.desk = ""
        # A desk in clinic mode: its live refresh (sync/desk_live.py), stopped by `aclose`.
        self.live: Stoppable | None = None
        # A desk in clinic mode with an offline mirror: its link to the server
        # (sync/desk_link.py), which swaps the store the workspace reads; stopped by `aclose`.
        self.link: DeskLink | None = None
        # What a desk's stored write waits for (the shared outbox's agent, or the server).
        self.hand_off_note = HANDED_OFF
        # A clinic desk reading its mirror (the server lost): the clinic's own tables, which
        # live on the server only, are not written (`on_server`). Set on the cache worker.
        self.away = False

    def on_server(self, write: Callable[[Store], T]) -> T:
        """On the cache worker: a write to the clinic's own tables (waitlist, blockouts, pins,
        calls, alerts). Refused while the desk works from its mirror (ServerAway): there it
        would be lost when the desk reads the server again; the outbox's writes are queued."""
        if self.away:
            raise ServerAway()
        return write(self.cache)

    @property
    def hands_off(self) -> bool:
        """A desk in clinic mode: its writes go into the shared outbox only, and the synced
        tables are not touched (the desk's role may not write them); the clinic's sync agent
        sends them and the book shows them once sent. A desk holds no vendor credentials."""
        return self._hands_off

    @hands_off.setter
    def hands_off(self, value: bool) -> None:
        self._hands_off = value
        self.outbox.shows = not value
        cache = self.cache
        self.outbox.guard = None
        if value and isinstance(cache, ClaimingStore):  # the clinic database's clash guard
            self.outbox.guard = claiming(cache, self.desk_name)

    def use_store(self, store: Store) -> None:
        """Read and write `store` from now on (a desk's link: the server or its mirror). Run
        on the cache worker, so that no job sees half of the swap; then commit a change that
        names everything, so every view reads again."""
        self.cache = store
        self.cached.cache = store
        self.outbox.cache = store
        self.outbox.table = store.outbox()
        self.hands_off = self._hands_off  # the clash guard goes with the server

    def desk_name(self) -> str:
        """This desk's name as other desks are told it ("just taken at Desk 2")."""
        if not self.desk:
            self.desk = desk_name()
        return self.desk

    async def add_connector(self, connector: Connector) -> AccountCoordinator:
        """An account added while the window runs: it syncs from now on, no restart needed.
        (The outbox shares `connectors`, so its writes reach the new account too.)"""
        name = connector.account_name
        if name in self.connectors:
            raise ValueError(f"the account {name} is already running")
        state = await self.worker.run(self.cache.account_state, name)
        self.connectors[name] = connector
        coordinator = AccountCoordinator(
            connector,
            self.cache,
            self.clock,
            self._window,
            self.worker,
            self._policy,
            feed=self.feed,
            state=state,
        )
        coordinator.reconnected.append(self._waker(name))
        self.coordinators[name] = coordinator
        await self.feed.commit(Changes(accounts=frozenset({name}), reference=True))
        return coordinator

    def replace_connector(self, connector: Connector) -> None:
        """New settings or credentials for a running account: its coordinator keeps its state
        and talks to the vendor through the new connector from now on."""
        name = connector.account_name
        self.connectors[name] = connector
        coordinator = self.coordinators.get(name)
        if coordinator is not None:
            coordinator.connector = connector
        self.feed.publish(Changes(accounts=frozenset({name})))

    async def remove_connector(self, name: str) -> None:
        """An account removed while the window runs stops syncing now. A pass already under way
        may still write rows; the cache's reads join on the accounts table, so none is shown."""
        if self.connectors.pop(name, None) is None:
            return
        self.coordinators.pop(name, None)
        await self.feed.commit(Changes(accounts=frozenset({name}), reference=True, outbox=True))

    # -- the change feed -----------------------------------------------------------------------
    async def _before_publish(self, changes: Changes) -> None:
        """Snapshots the window reads without SQL are renewed before anyone is told."""
        if changes.reference:
            await self.cached.reload()
        if changes.outbox:
            self.waiting_counts = await self.worker.run(_waiting_counts, self.cache)

    def _outbox_changed(self) -> None:
        """The outbox moved (stored, sent, refused, dismissed): one commit at a time, and one
        more after it when it moved again meanwhile."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # a synchronous caller (a script): tell at once, counts as they were
            self.feed.publish(Changes(outbox=True))
            return
        self._outbox_dirty = True
        if self._outbox_commit is None or self._outbox_commit.done():
            self._outbox_commit = loop.create_task(self._commit_outbox())

    async def _commit_outbox(self) -> None:
        while self._outbox_dirty:
            self._outbox_dirty = False
            await self.feed.commit(Changes(outbox=True))

    async def told(self) -> None:
        """Returns once every change so far has been told (the outbox tells its own in a task
        of its own, so that a burst of writes is told once)."""
        task = self._outbox_commit
        if task is not None and not task.done():
            await asyncio.shield(task)

    async def publish(self, changes: Changes) -> None:
        """For the parts of the core that write outside a coordinator or the outbox."""
        await self.feed.commit(changes)

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

    async def sync_account(self, name: str) -> AccountStatus:
        """A full sync of one account now (an account just added, or F5 on its chip)."""
        coordinator = self.coordinators.get(name)
        if coordinator is None:
            raise FrontdeskError(Text("the account '{account}' is not configured", account=name))
        return await coordinator.sync()

    async def refresh_appointments(self, account: str, start: datetime, end: datetime) -> int:
        """Read [start, end) of one account from its vendor now (a slot found taken)."""
        coordinator = self.coordinators.get(account)
        if coordinator is None:
            return 0
        return await coordinator.sync_appointments(start, end)

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
            if account is not None and written.error is not None and vendor_away(written.error):
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

    # -- answered from the reference snapshot (no SQL: the GUI thread may ask) ----------------
    @property
    def reference(self) -> Reference:
        return self.cached.reference

    def zone(self) -> ZoneInfo:
        """The home zone: the first location of the first account (what "today" means here)."""
        return self.cached.zone()

    def today(self) -> date:
        return self.cached.today()

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        return self.cached.day_bounds(day)

    def providers(self) -> list[Provider]:
        return self.cached.providers()

    def services(self) -> list[Service]:
        return self.reference.services_of()

    def provider_zone(self, provider: Provider) -> ZoneInfo:
        return self.reference.zone_of(provider)

    def vendor_of(self, account: str) -> str:
        connector = self.connectors.get(account)
        return connector.vendor if connector is not None else self.reference.vendor_of(account)

    def status(self, account: str) -> AccountStatus | None:
        coordinator = self.coordinators.get(account)
        return coordinator.status if coordinator is not None else None

    def statuses(self) -> list[AccountStatus]:
        return [c.status for c in self.coordinators.values()]

    def requests_left(self, account: str) -> int | None:
        coordinator = self.coordinators.get(account)
        return coordinator.requests_left if coordinator is not None else None

    def reachable(self, account: str) -> bool:
        coordinator = self.coordinators.get(account)
        return coordinator is not None and coordinator.reachable

    @property
    def account_names(self) -> list[str]:
        return list(self.connectors)

    # -- queries: run on the cache worker ------------------------------------------------------
    async def sheet(self, request: SheetRequest) -> DaySheet:
        return await self.cached.sheet(request)

    async def appointments_on(self, day: date) -> list[Appointment]:
        start, end = self.day_bounds(day)
        return await self.worker.run(self.cache.appointments_between, start, end)

    async def appointments_between(
        self, start: datetime, end: datetime, account: str | None = None
    ) -> list[Appointment]:
        return await self.worker.run(self.cache.appointments_between, start, end, account=account)

    async def search_patients(self, query: str, limit: int = 50) -> list[PatientHit]:
        return await self.worker.run(self.cache.search_patients, query, limit)

    async def patient(self, account: str, patient_id: str) -> Patient | None:
        return await self.worker.run(self.cache.patient, account, patient_id)

    async def patient_count(self, account: str | None = None) -> int:
        return await self.worker.run(self.cache.patient_count, account)

    async def visits(
        self, account: str, patient_id: str, start: datetime, end: datetime
    ) -> list[Appointment]:
        """The patient's appointments in [start, end) as the cache has them, with the writes
        still waiting applied (a booking just made is among them at once)."""
        return await self.worker.run(_visits, self.cache, account, patient_id, start, end)

    async def clashes(
        self, appointment: Appointment, start: datetime, end: datetime, provider_id: str
    ) -> list[DayEntry]:
        """What [start, end) with `provider_id` would overlap (the double-booking guard)."""
        return await self.worker.run(_clashes, self.cache, appointment, start, end, provider_id)

    async def outbox_entries(self, account: str | None = None) -> list[OutboxEntry]:
        return await self.worker.run(lambda: read_entries(self.cache, account))

    async def dismiss(self, entry_id: int) -> None:
        """The user has read a refused write's reason: it leaves the outbox."""
        await self.worker.run(_dismiss, self.cache, entry_id)
        self._outbox_changed()

    def can(self, account: str, capability: Capability) -> tuple[bool, str]:
        connector = self.connectors.get(account)
        if connector is None and self.hands_off and self.reference.account(account):
            # A clinic desk runs no connector: the agent sends with the vendor's, so its
            # capabilities are those of the vendor's connector class.
            return _vendor_can(self.reference.vendor_of(account), capability)
        if connector is None:
            return False, Text("this account is not configured")
        if connector.can(capability):
            return True, ""
        return False, connector.why_not(capability)

    def vendor_can(self, account: str, capability: Capability) -> bool:
        """Whether the account's vendor can do it: its connector says, else (a workspace that
        runs none: the command line's store, a clinic desk) the vendor's connector class."""
        connector = self.connectors.get(account)
        if connector is not None:
            return connector.can(capability)
        return _vendor_can(self.reference.vendor_of(account), capability)[0]

    # -- vendor calls ------------------------------------------------------------------------
    async def openings(
        self, service: Service, start: datetime, end: datetime, provider_ids: Sequence[str] = ()
    ) -> list[Opening]:
        connector = self.connectors.get(service.account)
        if connector is None:  # a desk in clinic mode asks no vendor itself
            raise NotSupported(
                Text(
                    "vendor openings are not asked from a desk in clinic mode (the clinic's sync "
                    "agent is the only one that talks to the vendors)"
                )
            )
        if not connector.can(Capability.OPENINGS):
            raise NotSupported(connector.why_not(Capability.OPENINGS), vendor=connector.label)
        return await connector.find_openings(service.id, start, end, provider_ids)

    async def openings_noted(
        self, service: Service, start: datetime, end: datetime, provider_ids: Sequence[str] = ()
    ) -> tuple[list[Opening], str]:
        """The vendor's openings outside frontdesk's blockouts, and a note when part of the
        search was refused (the openings the other requests found are kept: a refused day
        does not sink the search)."""
        try:
            found, note = await self.openings(service, start, end, provider_ids), ""
        except PartialOpenings as partial:
            found, note = partial.openings, str(partial)
        # The vendor does not know frontdesk's blockouts (issue 15): never offer a time in one.
        if found:
            stored = await self.worker.run(self.cache.blockouts, service.account)
            found = [
                o for o in found if not blocked(stored, o.account, o.provider_id, o.start, o.end)
            ]
        return found, note

    async def execute(self, command: Command, *, send: bool = True) -> CommandResult:
        """Refused at once when the vendor cannot do it (the connector's reason). Otherwise
        stored in the outbox (drawn as pending at once), then sent unless the vendor is known
        to be unreachable (or `send` is False): then it waits for the background loop (or
        `send_waiting`). The result says which."""
        connector = self.connectors.get(command.account)
        if connector is not None and not connector.can(command.capability):
            return CommandResult.refused(connector.not_supported(command.capability))
        key = command.key() or Outbox.new_key()
        try:
            entry = await self._store(command, key)
        except SlotJustTaken as exc:  # the clinic's clash guard: nothing was stored
            from frontdesk.sync.taken import fresh_openings  # it imports this module

            taken = CommandResult.refused(exc)
            return replace(taken, alternatives=await fresh_openings(self, command))
        if not send:
            return CommandResult.waiting(entry, Unavailable("stored; not sent (asked not to)"))
        if self.hands_off:
            return CommandResult.waiting(entry, Unavailable(self.hand_off_note))
        coordinator = self.coordinators.get(entry.account)
        if coordinator is not None and not coordinator.reachable:
            reason = coordinator.status.message or "the vendor cannot be reached"
            return CommandResult.waiting(entry, Unavailable(f"kept to send later ({reason})"))
        result = await self.outbox.deliver(entry)
        if coordinator is not None and result.error is not None and vendor_away(result.error):
            await coordinator.failed(result.error)
        return result

    async def _store(self, command: Command, key: str) -> OutboxEntry:
        """Stored; a desk whose server went away while storing stores it in its mirror with
        the same key (if the lost commit went through after all, the hand-off skips it)."""
        try:
            return await self.outbox.add(self.outbox.store, command, key)
        except FrontdeskError as exc:
            link = self.link
            if link is None or not await link.lost_now(exc):
                raise
            return await self.outbox.add(self.outbox.store, command, key)

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
        link, self.link = self.link, None
        if link is not None:
            await link.aclose()
        live, self.live = self.live, None
        if live is not None:  # its thread ends within one wait for a notify (half a second)
            live.stop()
        if self.client is not None:
            await self.client.aclose()
        self.worker.close()

    # -- for the command line ----------------------------------------------------------------
    async def appointment(self, account: str, appointment_id: str) -> Appointment | None:
        """One cached appointment as the book shows it (changes still waiting applied)."""
        return await self.worker.run(self.cache.appointment, account, appointment_id)

    async def appointment_history(self, account: str, appointment_id: str) -> list[HistoryEntry]:
        """What happened to the appointment, oldest first (issue 15 item 5)."""
        return await self.worker.run(self.cache.appointment_history, account, appointment_id)

    async def record_call(
        self, appointment: Appointment, outcome: CallOutcome, note: str = ""
    ) -> ConfirmationCall:
        """A confirmation call's outcome, kept by the desk (issue 15 item 4); the book shows it
        on the appointment. A confirmation is sent to the vendor by the caller (Confirm)."""
        desk, user = history.here()
        call = ConfirmationCall(
            appointment.account, appointment.id, outcome, self.clock.now(), desk, user, note
        )
        await self.worker.run(self.on_server, lambda store: store.add_confirmation_call(call))
        span = Span(appointment.account, appointment.start, appointment.end)
        await self.feed.commit(Changes(appointments=(span,)))
        return call

    async def patient_alert(self, account: str, patient_id: str) -> PatientAlert | None:
        found = await self.worker.run(self.cache.patient_alerts, [(account, patient_id)])
        return found.get((account, patient_id))

    async def set_patient_alert(self, account: str, patient_id: str, text: str) -> None:
        """The patient's alert (issue 15 item 7); an empty text removes it. Every sheet of the
        account is drawn again: the patient's appointments carry it, wherever they are."""
        desk, user = history.here()
        alert = PatientAlert(account, patient_id, text, self.clock.now(), desk, user)
        await self.worker.run(self.on_server, lambda store: store.set_patient_alert(alert))
        always = Span(account, datetime(1970, 1, 1, tzinfo=UTC), datetime(9999, 1, 1, tzinfo=UTC))
        await self.feed.commit(
            Changes(appointments=(always,), patients=frozenset({(account, patient_id)}))
        )

    async def send_waiting(
        self,
        account: str | None = None,
        on_result: Callable[[CommandResult], None] | None = None,
    ) -> list[CommandResult]:
        """Send every write still waiting (of `account`, or all) now, oldest first, whatever its
        back-off says: someone asked. Once a vendor fails to answer, its account's other writes
        are not tried; they are reported waiting. `on_result` hears each result as it comes, so
        a caller that gives up part-way (a timeout) still knows what was done."""
        results: list[CommandResult] = []
        silent: dict[str, str] = {}  # account -> why its vendor is not tried again
        for entry in await self.outbox_entries(account):
            if not entry.waiting:
                continue
            if entry.account not in self.connectors:
                result = CommandResult.waiting(entry, Unavailable("its account is not running"))
            elif entry.account in silent:
                result = CommandResult.waiting(entry, Unavailable(silent[entry.account]))
            else:
                try:
                    result = await self.outbox.deliver(entry)
                except FrontdeskError:  # gone meanwhile: another frontdesk has sent it
                    continue
                if result.error is not None and vendor_away(result.error):
                    silent[entry.account] = f"not tried: {result.reason}"
                    coordinator = self.coordinators.get(entry.account)
                    if coordinator is not None:
                        await coordinator.failed(result.error)
            results.append(result)
            if on_result is not None:
                on_result(result)
        return results

    async def patient_locations(self, account: str, patient_id: str) -> frozenset[str]:
        """Where the vendor accepts this patient (Progenda keeps a patient list per center: its
        calendars elsewhere refuse the patient): the center the connector read the patient
        from, else the locations whose providers the cache shows seeing them. Empty: unknown."""
        return await self.worker.run(_patient_locations, self.cache, account, patient_id)


def by_account(items: Sequence[Provider]) -> Mapping[str, list[Provider]]:
    grouped: dict[str, list[Provider]] = {}
    for item in items:
        grouped.setdefault(item.account, []).append(item)
    return grouped


def _vendor_can(vendor: str, capability: Capability) -> tuple[bool, str]:
    from frontdesk.connectors.registry import spec

    try:
        kind = spec(vendor).connector
    except ValueError:
        return False, f"no connector for {vendor or 'this vendor'} in this frontdesk"
    if capability in kind.capabilities:
        return True, ""
    return False, kind.unsupported.get(capability, f"{kind.label}'s API cannot do this")


# -- run on the cache worker ----------------------------------------------------------------------
def _sync_states(cache: Store, names: Sequence[str]) -> dict[str, AccountSyncState]:
    return {name: cache.account_state(name) for name in names}


def _waiting_counts(cache: Store) -> dict[str, int]:
    return cache.outbox().waiting_counts()


def _visits(
    cache: Store, account: str, patient_id: str, start: datetime, end: datetime
) -> list[Appointment]:
    appointments = apply_waiting(
        cache.appointments_between(start, end, account), read_entries(cache, account)
    )
    return [a for a in appointments if a.patient_id == patient_id]


def _clashes(
    cache: Store, appointment: Appointment, start: datetime, end: datetime, provider_id: str
) -> list[DayEntry]:
    waiting = read_entries(cache, appointment.account)
    found = clashes(cache, appointment, start, end, provider_id, waiting)
    # A blockout is named like an overlapping appointment (issue 15); "book anyway" stays.
    stored = cache.blockouts(appointment.account)
    return found + as_entries(blocked(stored, appointment.account, provider_id, start, end))


def _dismiss(cache: Store, entry_id: int) -> None:
    cache.outbox().dismiss(entry_id)


def _patient_locations(cache: Store, account: str, patient_id: str) -> frozenset[str]:
    patient = cache.patient(account, patient_id)
    if patient is not None and patient.location_id:
        return frozenset({patient.location_id})
    # Stored before the connector kept the center: inferred from the appointments seen.
    return cache.patient_locations(account, patient_id)


# -- taking a waiting write back (issue 12: Undo in the window) ------------------------------------
async def withdraw(workspace: Workspace, entry_id: int) -> bool:
    """Take a write back before it is sent: it leaves the outbox and the cache shows what the
    vendor has again (with any other waiting change on top). False when it is no longer only
    stored here: being sent, possibly sent, sent, refused or gone; then the vendor has it (or
    may have it) and only a reverse command can take it back."""
    taken = await workspace.worker.run(_withdraw, workspace.cache, workspace.clock, entry_id)
    if taken:
        workspace._outbox_changed()
    return taken


def _withdraw(cache: Store, clock: Clock, entry_id: int) -> bool:
    from frontdesk.store.outbox_table import QUEUED
    from frontdesk.sync.commands.records import CacheRecords
    from frontdesk.sync.outbox_records import entry_from_row

    table = cache.outbox()
    records = CacheRecords(cache, table, clock.now())
    with cache.transaction():
        row = table.row(entry_id)
        # QUEUED: never claimed, or put back after an attempt that surely did not reach the
        # vendor. A claimed row is UNKNOWN until its answer: it may be at the vendor already.
        if row is None or row["state"] != QUEUED:
            return False
        entry = entry_from_row(row)
        table.delete(entry_id)
        undo_stored(entry, records)
    records.flush()
    return True
