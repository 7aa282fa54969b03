"""Every write is stored before it is sent, and leaves the outbox only once the vendor confirmed.

States of an entry (docs/sync.md):
- queued: certainly not done at the vendor; sent when due.
- unknown: it may have reached the vendor. An entry becomes unknown *before* its request goes
  out, so a process killed at any moment leaves it unknown, and the next attempt first asks the
  vendor whether the write happened (the command's `find_done`) before sending anything again.
- failed: the vendor refused; `last_error` carries its reason (and `alternatives` the fresh
  openings when a booking's slot was taken). Kept until the user dismisses it.
A confirmed write is deleted, in the same transaction that stores the vendor's record.

What a write does (its payload, optimistic effect, vendor call, reconciliation and undo) is its
typed command's business (sync.commands); the SQL is store.outbox_table's. This module stores,
sends and settles. What a failure means is decided once, in `_settle`, by `disposition`.

`claimed_by` marks an entry being sent (process id, a token and the computer's name): a second
process sharing the cache leaves it alone while that process lives. A claim made on another
computer (a clinic's agents on several machines) cannot be probed from here: it stands while a
send of it may still be under way (`FOREIGN_LEASE`), then is taken over and reconciled.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from frontdesk.connectors.base import Connector
from frontdesk.domain import history
from frontdesk.domain.clock import Clock
from frontdesk.domain.errors import (
    AuthFailed,
    BudgetExhausted,
    Conflict,
    Disposition,
    FrontdeskError,
    RateLimited,
    Unavailable,
    disposition,
    finite_wait,
)
from frontdesk.domain.models import (
    Appointment,
    BookingRequest,
    Capability,
    Opening,
    Patient,
    PatientDraft,
)
from frontdesk.domain.texts import Text
from frontdesk.store.protocol import Store
from frontdesk.sync.commands import (
    AppointmentChange,
    Book,
    Command,
    CreatePatient,
    EditPatient,
    UnknownCommand,
    VendorRecord,
)
from frontdesk.sync.commands.legacy import change_command
from frontdesk.sync.commands.records import CacheRecords
from frontdesk.sync.commands.result import CommandResult
from frontdesk.sync.feed import Listeners
from frontdesk.sync.outbox_records import (
    FAILED,
    QUEUED,
    UNKNOWN,
    WAITING,
    OutboxEntry,
    entry_from_row,
    read_entries,
    read_entry,
)
from frontdesk.sync.record_codec import opening_json
from frontdesk.sync.worker import CacheWorker

log = logging.getLogger("frontdesk.outbox")

RETRY_DELAYS = (5, 15, 60, 300, 900)  # seconds; the last repeats
LEASE = timedelta(minutes=10)  # a claim older than this is stale whatever its process
# A claim from another computer: longer than one send can last (its requests' timeouts and
# retries), much shorter than LEASE so a standby agent taking over does not wait ten minutes.
FOREIGN_LEASE = timedelta(minutes=2)
HOST = socket.gethostname()
ALTERNATIVES = 5
NEWER_KIND_DELAY = 3600.0  # a write of a kind only a newer frontdesk knows: left for it
T = TypeVar("T")


@dataclass(frozen=True)
class WriteResult:
    """The former result of a write, kept for callers not yet on `CommandResult`."""

    entry: OutboxEntry
    appointment: Appointment | None = None
    error: FrontdeskError | None = None
    patient: Patient | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def alternatives(self) -> tuple[Opening, ...]:
        return self.entry.alternatives

    @classmethod
    def of(cls, result: CommandResult) -> WriteResult:
        """A command refused before it was stored has no entry: its error is raised."""
        if result.entry is None:
            raise result.error or FrontdeskError(result.reason)
        return cls(result.entry, result.appointment, result.error, result.patient)


class WaitingForEarlierWrite(Unavailable):
    """Not sent yet, and kept: it depends on a write still in the outbox (a booking for a
    patient being created), or another frontdesk process is sending it right now."""


def vendor_away(error: FrontdeskError | None) -> bool:
    """The vendor did not answer (offline, quota, credentials): the account backs off and its
    other writes wait for the next round. A write held for an earlier one says nothing of it."""
    return isinstance(
        error, Unavailable | RateLimited | BudgetExhausted | AuthFailed
    ) and not isinstance(error, WaitingForEarlierWrite)


def _pid_alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # no safe probe (os.kill terminates on Windows): rely on the lease
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# -- the outbox ---------------------------------------------------------------------------------
def undo_stored(entry: OutboxEntry, records: CacheRecords, reason: str | None = None) -> None:
    """Take back what a stored write did to the cache (it was refused for `reason`, or
    withdrawn before it was sent): the cache shows what the vendor has again, other waiting
    changes on top."""
    try:
        command = entry.command.completed(records)
    except UnknownCommand:  # a kind only a newer frontdesk knows: nothing of ours to undo
        return
    if reason is None:
        command.undo(records, entry.client_key)
    else:
        command.refuse(records, entry.client_key, reason)


class Outbox:
    def __init__(
        self,
        cache: Store,
        connectors: Mapping[str, Connector],
        clock: Clock,
        worker: CacheWorker | None = None,
    ) -> None:
        self.cache = cache
        self.table = cache.outbox()
        self.connectors = connectors
        self.clock = clock
        self.worker = worker
        self.owner = f"{os.getpid()}:{uuid.uuid4().hex[:12]}@{HOST}"
        # False for a desk in clinic mode: the command row only, the cached rows are the agent's.
        self.shows = True
        # A desk in clinic mode: claims a booking's time in the transaction that stores its row
        # (sync/clash_guard.py); what it raises takes the row back and reaches the caller.
        self.guard: Callable[[int, Command], None] | None = None
        self._lock = asyncio.Lock()
        # Called (on the event loop's thread) whenever entries change: the workspace tells the
        # change feed (one owner, set by the workspace).
        self.on_change: Callable[[], None] | None = None
        # Told when a write has finally failed: the entry carries the vendor's reason.
        self.failures: Listeners[OutboxEntry] = Listeners()

    async def _db(self, function: Callable[..., T], *args: Any) -> T:
        if self.worker is None:
            return function(*args)
        return await self.worker.run(function, *args)

    def _notify(self) -> None:
        if self.on_change is not None:
            self.on_change()

    def changed(self) -> None:
        """Tell the listeners (call on the event loop's thread)."""
        self._notify()

    def _records(self) -> CacheRecords:
        return CacheRecords(self.cache, self.table, self.clock.now())

    def _now(self) -> int:
        return int(self.clock.now().timestamp())

    # -- storing (synchronous: callers choose the thread; listeners are not called) ---------
    @staticmethod
    def new_key() -> str:
        return f"fd-{uuid.uuid4().hex[:20]}"

    def store(self, command: Command, key: str | None = None) -> OutboxEntry:
        """One transaction: the write is stored and the cache shows it done, pending. `key`:
        the client key, when the caller chose it (a desk storing again, in its mirror, a write
        whose commit on the lost server may have gone through: the hand-off knows the key)."""
        key = key or command.key() or self.new_key()
        now = self.clock.now()
        records = self._records()
        with self.cache.transaction():
            command = command.prepared(records)
            target = command.target(key)
            payload = command.payload()
            entry_id = self.table.insert(
                command.account, command.kind, key, payload, int(now.timestamp()), target
            )
            if self.guard is not None:
                self.guard(entry_id, command)
            if self.shows:  # a desk in clinic mode hands the write to the agent untouched
                before = self._shown(command, target)
                command.show(records, key, now)
                after = self._shown(command, target)
                self.cache.put_history(history.entries(before, after, now, history.FRONTDESK))
        records.flush()
        return OutboxEntry(
            entry_id,
            command.account,
            command.kind,
            key,
            payload,
            QUEUED,
            0,
            None,
            created_at=datetime.fromtimestamp(int(now.timestamp()), UTC),
            next_attempt_at=datetime.fromtimestamp(0, UTC),
            target_id=target,
        )

    def _shown(self, command: Command, target: str | None) -> Appointment | None:
        """The cached appointment a command writes (None for a patient's write)."""
        if target is None or not isinstance(command, Book | AppointmentChange):
            return None
        return self.cache.appointment(command.account, target)

    # The former per-kind entry points, kept for their callers.
    def queue_booking(self, request: BookingRequest) -> OutboxEntry:
        return self.store(Book(request))

    def queue_change(self, appointment: Appointment, kind: str, **fields: Any) -> OutboxEntry:
        """kind: move, cancel, arrived, noshow or confirm."""
        return self.store(change_command(appointment, kind, **fields))

    def queue_patient(self, account: str, draft: PatientDraft) -> OutboxEntry:
        return self.store(CreatePatient(account, draft))

    def queue_patient_update(self, patient: Patient, draft: PatientDraft) -> OutboxEntry:
        return self.store(EditPatient(patient, draft))

    async def add(
        self, queue: Callable[..., OutboxEntry], *args: Any, **kwargs: Any
    ) -> OutboxEntry:
        """Store a write (`store`, or one of the queue_* methods) off the GUI thread, then tell
        the listeners."""
        if self.worker is None:
            entry = queue(*args, **kwargs)
        else:
            entry = await self.worker.run(queue, *args, **kwargs)
        self._notify()
        return entry

    # -- reading -------------------------------------------------------------------------------
    def entries(self, account: str | None = None) -> list[OutboxEntry]:
        return read_entries(self.cache, account)

    def entry(self, entry_id: int) -> OutboxEntry | None:
        return read_entry(self.cache, entry_id)

    def waiting(self, account: str | None = None) -> int:
        """Writes not yet confirmed by the vendor (the status bar's count)."""
        return self.table.waiting_count(account)

    def failed(self, account: str | None = None) -> list[OutboxEntry]:
        """Writes the vendor refused, with its reason: to show until dismissed."""
        return [e for e in self.entries(account) if e.state == FAILED]

    def wake(self, account: str) -> int:
        """The vendor answers again: every write waiting for it is due now, whatever its
        back-off said."""
        return self.table.wake(account)

    def dismiss(self, entry_id: int) -> None:
        """The user has read a failed write's reason."""
        self.table.dismiss(entry_id)
        self._notify()

    # -- sending -------------------------------------------------------------------------------
    async def deliver(self, entry: OutboxEntry) -> CommandResult:
        """Send one stored write now: what became of it."""
        async with self._lock:
            return await self._attempt(entry.id)

    async def send(self, entry: OutboxEntry) -> WriteResult:
        return WriteResult.of(await self.deliver(entry))

    def due(self, account: str | None = None) -> list[int]:
        return self.table.due_ids(self._now(), account)

    async def drain(
        self, account: str | None = None, *, skip: Collection[str] = ()
    ) -> list[WriteResult]:
        """Send every write that is due, oldest first. An account whose vendor fails to answer
        is left alone for the rest of this round (its other writes wait their turn)."""
        results: list[WriteResult] = []
        unreachable = set(skip)
        async with self._lock:
            for entry_id in await self._db(self.due, account):
                entry = await self._db(self.entry, entry_id)
                if entry is None or entry.account in unreachable:
                    continue
                result = await self._attempt(entry_id)
                if isinstance(result.error, WaitingForEarlierWrite):
                    continue
                if vendor_away(result.error):
                    unreachable.add(entry.account)
                results.append(WriteResult.of(result))
        return results

    def _claim(self, entry_id: int) -> tuple[OutboxEntry, str] | None:
        """Mark the entry as possibly sent (unknown) before its request leaves; return it with
        the state it had. None when it is not due or another live process is sending it."""
        now = self.clock.now()
        with self.cache.transaction():
            row = self.table.claimable(entry_id)
            if row is None or row["state"] not in WAITING:
                return None
            owner = row["claimed_by"]
            if owner and owner != self.owner and not self._stale(owner, row["sending_at"], now):
                return None
            entry = entry_from_row(row)
            self.table.claim(entry_id, self.owner, int(now.timestamp()))
        # A claim left by a process that died mid-send: its request may have gone out.
        previous = UNKNOWN if owner and owner != self.owner else entry.state
        return entry, previous

    def _stale(self, owner: str, sending_at: int | None, now: datetime) -> bool:
        if sending_at is None:
            return True
        age = now - datetime.fromtimestamp(sending_at, UTC)
        if age > LEASE:
            return True
        pid_text, _, rest = owner.partition(":")
        _, at, host = rest.partition("@")
        if at and host != HOST:  # its process number means nothing on this computer
            return age > FOREIGN_LEASE
        if not pid_text.isdigit():
            return True
        pid = int(pid_text)
        return pid != os.getpid() and not _pid_alive(pid)

    def _command(self, entry: OutboxEntry) -> Command:
        return entry.command.completed(self._records())

    async def _attempt(self, entry_id: int) -> CommandResult:
        claimed = await self._db(self._claim, entry_id)
        if claimed is None:
            entry = await self._db(self.entry, entry_id)
            if entry is None:
                raise FrontdeskError(Text("this write is no longer in the outbox"))
            return CommandResult.waiting(
                entry, WaitingForEarlierWrite(Text("this write is being sent"))
            )
        entry, previous = claimed
        self._notify()
        connector = self.connectors.get(entry.account)
        if connector is None:
            return await self._fail(
                entry,
                FrontdeskError(
                    Text("the account '{account}' is no longer configured", account=entry.account)
                ),
            )
        try:
            command = await self._db(self._command, entry)
        except UnknownCommand:
            return await self._hold(entry, previous, Unavailable("written by a newer frontdesk"))
        if command.waits():
            blocker = WaitingForEarlierWrite(Text("waiting for an earlier write to be sent first"))
            return await self._hold(entry, previous, blocker, 5)
        maybe_sent = previous == UNKNOWN
        try:
            if maybe_sent:
                # An earlier try may have reached the vendor: look before sending again, on
                # every attempt. A look-up that fails leaves it unknown (maybe_sent stays).
                done = await command.find_done(connector, entry.client_key)
                if done is not None:
                    log.info("outbox %s: %s already done at the vendor", entry.id, entry.kind)
                    return await self._succeed(entry, done)
                maybe_sent = False  # proved not done: only this send can change that
            record = await command.send(connector, entry.client_key)
        except Exception as exc:  # what it means is decided in one place: _settle
            return await self._settle(entry, command, connector, exc, maybe_sent)
        return await self._succeed(entry, record)

    async def _hold(
        self,
        entry: OutboxEntry,
        previous: str,
        reason: FrontdeskError,
        delay: float = NEWER_KIND_DELAY,
    ) -> CommandResult:
        """Not sent, and kept as it was: it waits for something other than the vendor."""
        due = int((self.clock.now() + timedelta(seconds=delay)).timestamp())
        await self._db(self.table.release, entry.id, previous, due)
        self._notify()
        return CommandResult.waiting(entry, reason)

    async def _settle(
        self,
        entry: OutboxEntry,
        command: Command,
        connector: Connector,
        exc: Exception,
        maybe_sent: bool,
    ) -> CommandResult:
        """A failed attempt. The errors module says what it means for the write:
        refused (final, undone), transient (kept, sent again later), unknown (kept, and
        reconciled with the vendor before anything is sent again)."""
        meaning = disposition(exc)
        if isinstance(exc, FrontdeskError):
            error = exc
        else:
            log.exception("outbox %s: unexpected error while sending", entry.id)
            error = FrontdeskError(
                Text("an unexpected error stopped this write; it will be retried")
            )
        if meaning is Disposition.REFUSED:
            return await self._fail(
                entry, error, await self._alternatives(connector, command, error)
            )
        # Not taken by the vendor (transient) cannot have happened, unless an earlier send that
        # no reconciliation has ruled out still may have.
        state = QUEUED if meaning is Disposition.TRANSIENT and not maybe_sent else UNKNOWN
        return await self._retry(entry, state, error, error.retry_after)

    async def _alternatives(
        self, connector: Connector, command: Command, error: FrontdeskError
    ) -> list[Opening]:
        """Fresh openings from the vendor's own search near the time that was taken."""
        request = command.booking()
        if request is None or not isinstance(error, Conflict):
            return []
        if not connector.can(Capability.OPENINGS):
            return []
        now = self.clock.now()
        start = max(now, request.start - timedelta(hours=12))
        end = request.start + timedelta(days=3)
        try:
            found = await connector.find_openings(
                request.service_id, start, end, [request.provider_id]
            )
            if not found:
                found = await connector.find_openings(request.service_id, start, end)
        except FrontdeskError as exc:
            log.info("no alternatives for a taken slot: %s", exc)
            return []
        found.sort(key=lambda o: abs((o.start - request.start).total_seconds()))
        return sorted(found[:ALTERNATIVES], key=lambda o: o.start)

    # -- settling ------------------------------------------------------------------------------
    async def _succeed(self, entry: OutboxEntry, record: VendorRecord) -> CommandResult:
        await self._db(self._store_success, entry, record)
        self._notify()
        return CommandResult.sent(entry, record)

    def _store_success(self, entry: OutboxEntry, record: VendorRecord) -> None:
        """One transaction: the entry leaves, the vendor's record takes its place, and writes
        that referred to the placeholder now refer to the real record."""
        records = self._records()
        command = entry.command
        with self.cache.transaction():
            self.table.delete(entry.id)
            placeholder = entry.target_id if entry.target_id != record.id else None
            if command.settle(records, entry.client_key, record):  # not a cached record
                if placeholder:
                    self._repoint(entry.account, placeholder, record)
                return
            if placeholder:
                if isinstance(record, Appointment):
                    records.drop_appointment(entry.account, placeholder)
                    self.cache.repoint_history(entry.account, placeholder, record.id)
                    self.cache.repoint_series(entry.account, placeholder, record.id)
                else:
                    records.drop_patient(entry.account, placeholder)
                    self.table.repoint_patient(entry.account, placeholder, record.id)
                self._repoint(entry.account, placeholder, record)
            if isinstance(record, Appointment):
                records.restore_appointment(record)
            else:
                self.table.settle_patient(entry.account, record.id)
        # Patients go through the search index (its own transaction; the entry is already gone,
        # so a crash in between only leaves the row a sync behind).
        if isinstance(record, Patient):
            self.cache.upsert_patients([record])

    def _repoint(self, account: str, placeholder: str, record: VendorRecord) -> None:
        for row in self.table.waiting_rows(account):
            waiting = entry_from_row(row)
            try:
                command = waiting.command
            except UnknownCommand:
                continue
            if placeholder not in command.refs():
                continue
            moved = command.repointed(placeholder, record)
            self.table.rewrite(waiting.id, moved.payload(), moved.target(waiting.client_key))

    async def _fail(
        self, entry: OutboxEntry, error: FrontdeskError, alternatives: Iterable[Opening] = ()
    ) -> CommandResult:
        """A final failure: the vendor refused. The user is told why; nothing is retried."""
        await self._db(self._store_failure, entry, error, list(alternatives))
        failed = await self._db(self.entry, entry.id) or entry
        self._notify()
        self.failures.emit(failed)
        return CommandResult.refused(error, failed)

    def _store_failure(
        self, entry: OutboxEntry, error: FrontdeskError, alternatives: list[Opening]
    ) -> None:
        records = self._records()
        with self.cache.transaction():
            self.table.fail(
                entry.id, str(error), [opening_json(o) for o in alternatives], self._now()
            )
            undo_stored(entry, records, str(error))
        records.flush()

    async def _retry(
        self,
        entry: OutboxEntry,
        state: str,
        error: FrontdeskError,
        retry_after: float | None = None,
    ) -> CommandResult:
        attempts = entry.attempts + 1
        delay = float(RETRY_DELAYS[min(attempts, len(RETRY_DELAYS)) - 1])
        asked = finite_wait(retry_after)  # clamped when read; finite whatever its source
        if asked is not None:
            delay = max(delay, asked + 1)  # the vendor's Retry-After, never undercut
        due = int((self.clock.now() + timedelta(seconds=delay)).timestamp())
        await self._db(self.table.retry, entry.id, state, str(error), due, self._now())
        self._notify()
        kept = replace(entry, state=state, attempts=attempts, last_error=str(error))
        return CommandResult.waiting(kept, error)
