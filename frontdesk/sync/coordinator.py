"""One coordinator per account: pulls the vendor's data into the cache and tracks its health.

What to pull and when is decided by `planner.plan` (pure, clock-driven); this module runs the
tasks, measures what each costs in requests, persists cursors and back-off, and says whether the
account is online. Cache work runs in the cache worker thread so the GUI thread, which runs the
event loop under qasync, never waits on SQLite.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from frontdesk.connectors.base import Connector
from frontdesk.connectors.paging import Incomplete
from frontdesk.domain.accounts import AccountStatus as AccountStatus
from frontdesk.domain.accounts import Health as Health
from frontdesk.domain.clock import Clock
from frontdesk.domain.errors import (
    AuthFailed,
    BudgetExhausted,
    FrontdeskError,
    RateLimited,
    Unavailable,
    finite_wait,
)
from frontdesk.domain.models import Appointment, Capability
from frontdesk.store.cache import AccountSyncState
from frontdesk.store.protocol import Store
from frontdesk.sync.feed import ChangeFeed, Changes, Span
from frontdesk.sync.planner import Budget, Plan, Situation, SyncPolicy, Task, next_reset, plan
from frontdesk.sync.worker import CacheWorker

log = logging.getLogger("frontdesk.sync")

# A cursor is compared with the vendor's modification stamps, so it is taken on the vendor's
# clock: the earliest `Date` its replies to the read carried, else the newest stamp the read saw.
# It is kept this far behind that (a stamp's clock and the Date's may differ a little; records
# are upserted, so reading a few twice is harmless). The desk's clock is the last resort only.
CLOCK_SKEW = timedelta(minutes=2)
PATIENTS, PATIENTS_PASS, APPOINTMENTS = "patients", "patients.pass", "appointments"
# A pass that has stored this many patients (a first sync) has its later pages written by the
# store's page process (store/page_process.py), off the window's interpreter; a usual pass is
# done before such a process would have started.
SHORT_PASS_PATIENTS = 500


@dataclass(frozen=True)
class SyncWindow:
    days_back: int = 7
    days_ahead: int = 60

    def with_options(self, options: dict[str, str]) -> SyncWindow:
        """Account options `sync_days_back` / `sync_days_ahead` override the default."""
        back = options.get("sync_days_back", "")
        ahead = options.get("sync_days_ahead", "")
        return SyncWindow(
            int(back) if back.isdigit() else self.days_back,
            int(ahead) if ahead.isdigit() else self.days_ahead,
        )


class AccountCoordinator:
    def __init__(
        self,
        connector: Connector,
        cache: Store,
        clock: Clock,
        window: SyncWindow | None = None,
        worker: CacheWorker | None = None,
        policy: SyncPolicy | None = None,
        *,
        feed: ChangeFeed | None = None,
        state: AccountSyncState | None = None,
    ) -> None:
        """`feed`: where what this account wrote to the cache is told (the workspace's).
        `state`: the account's saved sync state, when the caller read it off the GUI thread."""
        self.worker = worker or CacheWorker()
        self.feed = feed or ChangeFeed()
        self.connector = connector
        # A page of patients is mapped from the vendor's records on the worker that stores
        # it: a millisecond of Python a page the event loop's thread (the window's) is spared.
        connector.offload = self.worker.run
        self.cache = cache
        self.clock = clock
        self.window = (window or SyncWindow()).with_options(connector.account.options)
        self.policy = policy or SyncPolicy()
        self.status = AccountStatus(connector.account_name, connector.vendor)
        # Awaited when the vendor answers again after failures (the outbox sends what waited).
        self.reconnected: list[Callable[[], Awaitable[None]]] = []
        # The range on screen, refreshed more often than the rest of the window.
        self.visible: tuple[datetime, datetime] | None = None
        self._lock = asyncio.Lock()
        self._full_pass = False  # the last patient pass read everyone (not a usual cost)
        self._state = state if state is not None else cache.account_state(self.name)
        self.status.last_sync = self._state.last_sync
        if self._state.failures:
            self.status.retry_at = self._state.blocked_until

    @property
    def name(self) -> str:
        return self.connector.account_name

    def _set(self, health: Health, message: str = "") -> None:
        self.status.health = health
        self.status.message = message
        self.feed.publish(Changes(accounts=frozenset({self.name})))

    # -- budget and back-off -------------------------------------------------------------------
    @property
    def requests_left(self) -> int | None:
        budget = self.connector.http.budget
        return None if budget is None else budget.remaining

    def budget(self) -> Budget:
        now = self.clock.now()
        budget = self.connector.http.budget
        if budget is None:
            return Budget.unlimited(now)
        return Budget(budget.limit, budget.remaining, next_reset(now))

    @property
    def blocked_until(self) -> datetime | None:
        """While set and in the future, nothing is sent to this vendor (offline, quota)."""
        until = self._state.blocked_until
        return until if until is not None and until > self.clock.now() else None

    @property
    def reachable(self) -> bool:
        return self.blocked_until is None

    async def _save_state(self, state: AccountSyncState) -> None:
        self._state = state
        await self.worker.run(self.cache.save_account_state, self.name, state)

    async def _succeeded(self) -> None:
        now = self.clock.now()
        was_failing = self._state.failures > 0
        await self._save_state(AccountSyncState(now, 0, None, None))
        if was_failing:
            for hook in list(self.reconnected):
                await hook()
        self.status.last_sync = now
        self.status.retry_at = None
        self._set(Health.ONLINE)

    async def failed(self, exc: BaseException) -> None:
        """Back off: never hammer a vendor that is down, and never retry a 429 at once."""
        now = self.clock.now()
        failures = self._state.failures + 1
        wait = self.policy.backoff_after(failures)
        # The vendor's Retry-After (a 429's, a 503's...), never undercut; already clamped to a
        # finite wait when read (connectors/failures.py, domain/errors.finite_wait).
        asked = finite_wait(exc.retry_after) if isinstance(exc, FrontdeskError) else None
        if asked is not None:
            wait = max(wait, timedelta(seconds=asked))
        until = now + wait
        if isinstance(exc, BudgetExhausted):
            until = next_reset(now)
        message = str(exc) if isinstance(exc, FrontdeskError) else "unexpected error (see log)"
        await self._save_state(
            replace(self._state, failures=failures, blocked_until=until, last_error=message)
        )
        self.status.retry_at = until
        if isinstance(exc, Incomplete):
            # What was read is in the cache; the listing's cursor did not move, so the next
            # attempt reads it again.
            self._set(Health.INCOMPLETE, f"incomplete: {message}")
        elif isinstance(exc, AuthFailed):
            self._set(Health.NEEDS_LOGIN, message)
        elif isinstance(exc, Unavailable | RateLimited | BudgetExhausted):
            self._set(Health.OFFLINE, message)
        else:
            self._set(Health.ERROR, message)

    # -- planning ------------------------------------------------------------------------------
    async def plan(self) -> Plan:
        records = await self.worker.run(self.cache.task_records, self.name)
        first_pass = await self.worker.run(self.cache.cursor, self.name, PATIENTS)
        c = self.connector
        return plan(
            Situation(
                now=self.clock.now(),
                records=records,
                reads_patients=c.can(Capability.READ_PATIENTS),
                incremental_patients=c.can(Capability.INCREMENTAL_PATIENTS),
                incremental_appointments=c.can(Capability.INCREMENTAL_APPOINTMENTS),
                first_pass_done=first_pass is not None,
                visible=self.visible is not None,
                budget=self.budget(),
                blocked_until=self.blocked_until,
            ),
            self.policy,
        )

    async def step(self) -> list[Task]:
        """Run whatever is due now; stop at the first failure (the account backs off)."""
        async with self._lock:
            current = await self.plan()
            if self.status.health is Health.ONLINE and current.stretch == 0.0:
                # Polling waits for the quota to renew: say so, once.
                note = f"{current.paused}; the cache is shown as of the last sync"
                if self.status.message != note:
                    self._set(Health.ONLINE, note)
            done: list[Task] = []
            for task in current.due:
                try:
                    await self.run_task(task)
                except Exception as exc:
                    if not isinstance(exc, FrontdeskError):
                        log.exception("%s: %s failed", self.name, task.value)
                    await self.failed(exc)
                    break
                done.append(task)
            if done:
                await self._succeeded()
            return done

    async def catch_up(self) -> bool:
        """Read the appointments changed since the last read now, not when the plan would (a
        sync agent that has just taken over: what changed while none led). False when nothing
        was read: the plan reads the whole window first, waits, or the read failed."""
        async with self._lock:
            current = await self.plan()
            if Task.CHANGES not in current.intervals or current.paused:
                return False
            try:
                await self.run_task(Task.CHANGES)
            except Exception as exc:
                if not isinstance(exc, FrontdeskError):
                    log.exception("%s: catching up failed", self.name)
                await self.failed(exc)
                return False
            await self._succeeded()
            return True

    async def run_task(self, task: Task) -> int:
        """One task, its cost in requests recorded for the planner. Raises on failure."""
        http = self.connector.http
        before = http.requests_sent
        started = self.clock.now()
        try:
            count = await self._run(task)
        except BaseException:
            await self.worker.run(self.cache.record_task, self.name, task.value, started, ok=False)
            raise
        cost: float | None = float(http.requests_sent - before)
        if task is Task.PATIENTS and self._full_pass:
            cost = None  # a first pass says nothing about what the incremental ones cost
        await self.worker.run(
            self.cache.record_task, self.name, task.value, started, ok=True, cost=cost
        )
        return count

    async def _run(self, task: Task) -> int:
        if task is Task.REFERENCE:
            return await self.sync_reference()
        if task is Task.PATIENTS:
            return await self.sync_patients()
        if task is Task.WINDOW:
            return await self._sync_window()
        if task is Task.CHANGES:
            return await self.sync_changes()
        if self.visible is None:
            return 0
        return await self.sync_appointments(*self.visible)

    # -- a full sync (the first one, F5, the command line) ------------------------------------
    async def sync(self) -> AccountStatus:
        """Reference data, patients (incremental after the first time) and the window."""
        async with self._lock:
            self._set(Health.SYNCING)
            before = self.connector.http.requests_sent
            fetched: dict[str, int] = {}
            incomplete: Incomplete | None = None
            tasks = [("reference", Task.REFERENCE), ("appointments", Task.WINDOW)]
            if self.connector.can(Capability.READ_PATIENTS):
                tasks.insert(1, ("patients", Task.PATIENTS))
            else:
                fetched["patients"] = 0
            try:
                for key, task in tasks:
                    try:
                        fetched[key] = await self.run_task(task)
                    except Incomplete as exc:
                        # The other listings are still worth reading; the sync is not "ok".
                        incomplete = incomplete or exc
            except FrontdeskError as exc:
                self.status.requests_used = self.connector.http.requests_sent - before
                await self.failed(exc)
                raise
            self.status.fetched = fetched
            self.status.requests_used = self.connector.http.requests_sent - before
            if incomplete is not None:
                await self.failed(incomplete)
                raise incomplete
            await self._succeeded()
            return self.status

    # -- the tasks -----------------------------------------------------------------------------
    async def sync_reference(self) -> int:
        locations = await self.connector.list_locations()
        providers = await self.connector.list_providers()
        services = await self.connector.list_services()
        await self.worker.run(
            self.cache.replace_reference, self.name, locations, providers, services
        )
        await self.feed.commit(Changes(accounts=frozenset({self.name}), reference=True))
        return len(locations) + len(providers) + len(services)

    async def sync_patients(self) -> int:
        """A pass over the patients changed since the cursor (all of them the first time, or
        every time where the vendor has no change filter). Each page is stored with a resume
        point, so a pass killed half-way continues where it stopped."""
        incremental = self.connector.can(Capability.INCREMENTAL_PATIENTS)
        cursor = await self.worker.run(self.cache.cursor, self.name, PATIENTS)
        checkpoint = await self.worker.run(self.cache.cursor, self.name, PATIENTS_PASS)
        since = _parse(cursor) if incremental else None
        started = self.clock.now()
        resume: str | None = None
        if checkpoint:
            saved = json.loads(checkpoint)
            since, resume = _parse(saved["since"]), saved["resume"]
            started = _parse(saved["started"]) or started
            log.info("%s: resuming the patient pass", self.name)
        self._full_pass = incremental and since is None
        count = 0
        bulk = False
        newest: datetime | None = None
        dates = self.connector.http.dates
        watch = dates.watch()
        try:
            async for page, token in self.connector.iter_patients_from(since, resume):
                point = None
                if token is not None:
                    mark = {"since": _text(since), "started": _text(started), "resume": token}
                    point = (self.name, PATIENTS_PASS, json.dumps(mark))
                count += await self.worker.run(
                    self.cache.upsert_patients, page, cursor=point, bulk=bulk
                )
                bulk = count >= SHORT_PASS_PATIENTS
                await self.feed.commit(Changes.of_patients(self.name, (p.id for p in page)))
                newest = _newest(newest, (p.updated_at for p in page))
        finally:
            dates.stop(watch)
            if bulk:
                await self.worker.run(self.cache.bulk_done)
        at = _cursor(watch.earliest, newest, _parse(cursor), started)
        await self.worker.run(
            self.cache.set_cursors, self.name, {PATIENTS: _text(at), PATIENTS_PASS: None}
        )
        return count

    def window_range(self) -> tuple[datetime, datetime]:
        today = self.clock.now().astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        return (
            today - timedelta(days=self.window.days_back),
            today + timedelta(days=self.window.days_ahead + 1),
        )

    async def _read_appointments(
        self, start: datetime, end: datetime, since: datetime | None
    ) -> tuple[list[Appointment], tuple[str, str, str]]:
        """The appointments, and the cursor to store with them (on the vendor's clock)."""
        started = self.clock.now()
        dates = self.connector.http.dates
        watch = dates.watch()
        try:
            found = await self.connector.list_appointments(start, end, since=since)
        finally:
            dates.stop(watch)
        newest = _newest(None, (a.updated_at for a in found))
        at = _cursor(watch.earliest, newest, since, started)
        return found, (self.name, APPOINTMENTS, at.isoformat())

    async def _sync_window(self) -> int:
        start, end = self.window_range()
        appointments, mark = await self._read_appointments(start, end, None)
        count = await self.worker.run(
            self.cache.replace_appointments, self.name, start, end, appointments, cursor=mark
        )
        await self.feed.commit(Changes(appointments=(Span(self.name, start, end),)))
        return count

    async def sync_changes(self) -> int:
        """Appointments changed since the cursor, anywhere in the window (one cheap request
        where the vendor filters by modification time)."""
        cursor = await self.worker.run(self.cache.cursor, self.name, APPOINTMENTS)
        if cursor is None:
            return await self._sync_window()
        start, end = self.window_range()
        changed, mark = await self._read_appointments(start, end, _parse(cursor))
        count = await self.worker.run(
            self.cache.merge_appointments, self.name, changed, cursor=mark
        )
        if changed:
            # Where a changed appointment was before is not known here: the whole window.
            await self.feed.commit(Changes(appointments=(Span(self.name, start, end),)))
        return count

    async def sync_appointments(self, start: datetime, end: datetime) -> int:
        appointments = await self.connector.list_appointments(start, end)
        count = await self.worker.run(
            self.cache.replace_appointments, self.name, start, end, appointments
        )
        await self.feed.commit(Changes(appointments=(Span(self.name, start, end),)))
        return count

    async def refresh_visible(self, start: datetime, end: datetime) -> int:
        """The range on screen, now (the receptionist asked), unless the vendor is backing off."""
        self.visible = (start, end)
        if not self.reachable:
            return 0
        async with self._lock:
            try:
                count = await self.run_task(Task.VISIBLE)
            except Exception as exc:
                if not isinstance(exc, FrontdeskError):
                    log.exception("%s: refreshing the range on screen failed", self.name)
                await self.failed(exc)
                return 0
            await self._succeeded()
            return count


def _newest(newest: datetime | None, stamps: Iterable[datetime | None]) -> datetime | None:
    for stamp in stamps:
        if stamp is not None and (newest is None or stamp > newest):
            newest = stamp
    return newest


def _cursor(
    vendor_date: datetime | None,
    newest: datetime | None,
    previous: datetime | None,
    started: datetime,
) -> datetime:
    """Where the next incremental read starts, on the vendor's clock when it can be known."""
    if vendor_date is not None:
        return vendor_date - CLOCK_SKEW  # the vendor's time when it began to answer
    if newest is not None:
        # Edits after the newest stamp seen are stamped later; never step back past the last.
        at = newest - CLOCK_SKEW
        return at if previous is None else max(at, previous)
    if previous is not None:
        return previous  # nothing changed and no Date: the vendor's time is not known
    return started - CLOCK_SKEW  # the desk's clock: nothing of the vendor's to go by


def _parse(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _text(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None
