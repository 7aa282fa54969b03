"""Every write is stored before it is sent, and leaves the outbox only once the vendor confirmed.

States of an entry (docs/sync.md):
- queued: certainly not done at the vendor; sent when due.
- unknown: it may have reached the vendor. An entry becomes unknown *before* its request goes
  out, so a process killed at any moment leaves it unknown, and the next attempt first asks the
  vendor whether the write happened (book: find_booking; new patient: find_created_patient;
  changes: a read-back of the appointment) before sending anything again.
- failed: the vendor refused; `last_error` carries its reason (and `alternatives` the fresh
  openings when a booking's slot was taken). Kept until the user dismisses it.
A confirmed write is deleted, in the same transaction that stores the vendor's record.

`claimed_by` marks an entry being sent (process id and a token): a second process sharing the
cache leaves it alone while that process lives.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import uuid
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from frontdesk.connectors.base import Connector
from frontdesk.domain.clock import Clock
from frontdesk.domain.errors import (
    AuthFailed,
    BudgetExhausted,
    Conflict,
    FrontdeskError,
    OutcomeUnknown,
    ProtocolError,
    RateLimited,
    Unavailable,
)
from frontdesk.domain.models import (
    Appointment,
    AppointmentStatus,
    BookingRequest,
    Capability,
    Opening,
    Patient,
    PatientDraft,
)
from frontdesk.store.cache import Cache
from frontdesk.sync.outbox_records import (
    CHANGE_KINDS,
    CREATES,
    FAILED,
    PATIENT_CREATE,
    PATIENT_UPDATE,
    PENDING,
    QUEUED,
    UNKNOWN,
    WAITING,
    OutboxEntry,
    appointment_from,
    appointment_json,
    draft_from,
    draft_json,
    entry_from_row,
    moment_from,
    opening_json,
    patient_from,
    patient_json,
    read_entries,
    read_entry,
)
from frontdesk.sync.worker import CacheWorker

log = logging.getLogger("frontdesk.outbox")

RETRY_DELAYS = (5, 15, 60, 300, 900)  # seconds; the last repeats
LEASE = timedelta(minutes=10)  # a claim older than this is stale whatever its process
ALTERNATIVES = 5
T = TypeVar("T")


@dataclass(frozen=True)
class WriteResult:
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


class WaitingForEarlierWrite(Unavailable):
    """Not sent yet, and kept: it depends on a write still in the outbox (a booking for a
    patient being created), or another frontdesk process is sending it right now."""


def _booking_payload(request: BookingRequest) -> dict[str, Any]:
    return {
        "provider_id": request.provider_id,
        "service_id": request.service_id,
        "patient_id": request.patient_id,
        "start": request.start.isoformat(),
        "end": request.end.isoformat(),
        "notes": request.notes,
        "patient_ref": request.patient_ref,
    }


def _booking_from(entry: OutboxEntry) -> BookingRequest:
    p = entry.payload
    return BookingRequest(
        account=entry.account,
        provider_id=p["provider_id"],
        service_id=p["service_id"],
        patient_id=p["patient_id"],
        start=datetime.fromisoformat(p["start"]),
        end=datetime.fromisoformat(p["end"]),
        notes=p.get("notes", ""),
        client_key=entry.client_key,
        patient_ref=p.get("patient_ref"),
    )


def optimistic(a: Appointment, kind: str, payload: Mapping[str, Any], now: datetime) -> Appointment:
    """The appointment as it will be once the change is done, drawn as pending meanwhile."""
    if kind == "move":
        return replace(
            a,
            start=datetime.fromisoformat(payload["start"]),
            end=datetime.fromisoformat(payload["end"]),
            provider_id=payload.get("provider_id") or a.provider_id,
            pending=True,
        )
    if kind == "cancel":
        return replace(a, status=AppointmentStatus.CANCELLED, pending=True)
    if kind == "arrived":
        return replace(
            a, status=AppointmentStatus.ARRIVED, arrived_at=a.arrived_at or now, pending=True
        )
    if kind == "noshow":
        return replace(a, status=AppointmentStatus.NOSHOW, pending=True)
    if kind == "confirm":
        return replace(a, confirmed_at=a.confirmed_at or now, pending=True)
    raise ValueError(f"unknown change kind {kind}")


def applied(found: Appointment, kind: str, payload: Mapping[str, Any]) -> bool:
    """Whether the vendor's record already shows the change (after an unknown outcome)."""
    if kind == "move":
        return (
            found.start == datetime.fromisoformat(payload["start"])
            and found.end == datetime.fromisoformat(payload["end"])
            and found.provider_id == (payload.get("provider_id") or found.provider_id)
        )
    if kind == "cancel":
        return found.status is AppointmentStatus.CANCELLED
    if kind == "arrived":
        return found.status is AppointmentStatus.ARRIVED or found.arrived_at is not None
    if kind == "noshow":
        return found.status is AppointmentStatus.NOSHOW
    if kind == "confirm":
        return found.confirmed_at is not None
    return False


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
class Outbox:
    def __init__(
        self,
        cache: Cache,
        connectors: Mapping[str, Connector],
        clock: Clock,
        worker: CacheWorker | None = None,
    ) -> None:
        self.cache = cache
        self.connectors = connectors
        self.clock = clock
        self.worker = worker
        self.owner = f"{os.getpid()}:{uuid.uuid4().hex[:12]}"
        self._lock = asyncio.Lock()
        # Called (on the event loop's thread) whenever entries change: counts, pending rows.
        self.listeners: list[Callable[[], None]] = []
        # Called when a write has finally failed: the entry carries the vendor's reason.
        self.failure_listeners: list[Callable[[OutboxEntry], None]] = []

    async def _db(self, function: Callable[..., T], *args: Any) -> T:
        if self.worker is None:
            return function(*args)
        return await self.worker.run(function, *args)

    def _notify(self) -> None:
        for listener in list(self.listeners):
            listener()

    def changed(self) -> None:
        """Tell the listeners (call on the event loop's thread)."""
        self._notify()

    # -- storing (synchronous: callers choose the thread; listeners are not called) ---------
    def _insert(
        self, account: str, kind: str, payload: dict[str, Any], target: str | None, key: str
    ) -> tuple[int, int]:
        now = int(self.clock.now().timestamp())
        entry_id = self.cache.conn.execute(
            "INSERT INTO outbox (account, kind, client_key, payload, created_at, updated_at,"
            " target_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (account, kind, key, json.dumps(payload), now, now, target),
        ).lastrowid
        assert entry_id is not None
        return entry_id, now

    def _entry(
        self,
        entry_id: int,
        account: str,
        kind: str,
        key: str,
        payload: dict[str, Any],
        at: int,
        target: str | None,
    ) -> OutboxEntry:
        return OutboxEntry(
            entry_id,
            account,
            kind,
            key,
            payload,
            QUEUED,
            0,
            None,
            created_at=datetime.fromtimestamp(at, UTC),
            next_attempt_at=datetime.fromtimestamp(0, UTC),
            target_id=target,
        )

    @staticmethod
    def new_key() -> str:
        return f"fd-{uuid.uuid4().hex[:20]}"

    def queue_booking(self, request: BookingRequest) -> OutboxEntry:
        key = request.client_key or self.new_key()
        payload = _booking_payload(request)
        placeholder = Appointment(
            account=request.account,
            id=f"{PENDING}{key}",
            provider_id=request.provider_id,
            start=request.start,
            end=request.end,
            status=AppointmentStatus.PENDING,
            patient_id=request.patient_id,
            service_id=request.service_id,
            notes=request.notes,
            pending=True,
        )
        with self.cache.transaction() as conn:
            entry_id, at = self._insert(request.account, "book", payload, placeholder.id, key)
            # Drawn at once, as pending, where it will be.
            Cache.write_appointments(conn, [placeholder])
        return self._entry(entry_id, request.account, "book", key, payload, at, placeholder.id)

    def queue_change(self, appointment: Appointment, kind: str, **fields: Any) -> OutboxEntry:
        """kind: move, cancel, arrived, noshow or confirm."""
        if kind not in CHANGE_KINDS:
            raise ValueError(f"unknown change kind {kind}")
        key = self.new_key()
        with self.cache.transaction() as conn:
            row = conn.execute(
                "SELECT * FROM appointments WHERE account = ? AND id = ?",
                (appointment.account, appointment.id),
            ).fetchone()
            current = Cache._appointment(row) if row is not None else appointment
            # What the vendor has: the row as last read, before any change still waiting.
            payload = {"appointment_id": appointment.id, **fields}
            payload["before"] = appointment_json(self._before(conn, current))
            entry_id, at = self._insert(appointment.account, kind, payload, appointment.id, key)
            Cache.write_appointments(conn, [optimistic(current, kind, payload, self.clock.now())])
        return self._entry(entry_id, appointment.account, kind, key, payload, at, appointment.id)

    def _before(self, conn: Any, current: Appointment) -> Appointment:
        row = conn.execute(
            "SELECT payload FROM outbox WHERE account = ? AND target_id = ? AND state IN (?, ?)"
            " ORDER BY id LIMIT 1",
            (current.account, current.id, *WAITING),
        ).fetchone()
        if row is not None:
            before = json.loads(row[0]).get("before")
            if before:
                return appointment_from(before)
        return replace(current, pending=False)

    def queue_patient(self, account: str, draft: PatientDraft) -> OutboxEntry:
        key = self.new_key()
        payload = {"draft": draft_json(draft)}
        placeholder = Patient(
            account,
            f"{PENDING}{key}",
            draft.first_name,
            draft.last_name,
            draft.birth_date,
            draft.phone,
            draft.email,
        )
        with self.cache.transaction():
            entry_id, at = self._insert(account, PATIENT_CREATE, payload, placeholder.id, key)
        # Found by search at once (and bookable: the booking waits for the patient).
        self.cache.upsert_patients([placeholder], pending=True)
        return self._entry(entry_id, account, PATIENT_CREATE, key, payload, at, placeholder.id)

    def queue_patient_update(self, patient: Patient, draft: PatientDraft) -> OutboxEntry:
        key = self.new_key()
        payload = {
            "patient_id": patient.id,
            "draft": draft_json(draft),
            "before": patient_json(patient),
        }
        with self.cache.transaction():
            entry_id, at = self._insert(patient.account, PATIENT_UPDATE, payload, patient.id, key)
        changed = replace(
            patient,
            first_name=draft.first_name,
            last_name=draft.last_name,
            birth_date=draft.birth_date,
            phone=draft.phone,
            email=draft.email,
        )
        self.cache.upsert_patients([changed], pending=True)
        return self._entry(entry_id, patient.account, PATIENT_UPDATE, key, payload, at, patient.id)

    async def add(
        self, queue: Callable[..., OutboxEntry], *args: Any, **kwargs: Any
    ) -> OutboxEntry:
        """Store a write through one of the queue_* methods, off the GUI thread, then tell the
        listeners."""
        if self.worker is None:
            entry = queue(*args, **kwargs)
        else:
            entry = await self.worker.run(queue, *args, **kwargs)
        self._notify()
        return entry

    # -- reading -------------------------------------------------------------------------------
    def entries(self, account: str | None = None) -> list[OutboxEntry]:
        return read_entries(self.cache.conn, account)

    def entry(self, entry_id: int) -> OutboxEntry | None:
        return read_entry(self.cache.conn, entry_id)

    def waiting(self, account: str | None = None) -> int:
        """Writes not yet confirmed by the vendor (the status bar's count)."""
        row = self.cache.conn.execute(
            "SELECT COUNT(*) FROM outbox WHERE state IN (?, ?) AND (? IS NULL OR account = ?)",
            (*WAITING, account, account),
        ).fetchone()
        return int(row[0])

    def failed(self, account: str | None = None) -> list[OutboxEntry]:
        """Writes the vendor refused, with its reason: to show until dismissed."""
        return [e for e in self.entries(account) if e.state == FAILED]

    def wake(self, account: str) -> int:
        """The vendor answers again: every write waiting for it is due now, whatever its
        back-off said."""
        cursor = self.cache.conn.execute(
            "UPDATE outbox SET next_attempt_at = 0 WHERE account = ? AND state IN (?, ?)",
            (account, *WAITING),
        )
        return int(cursor.rowcount)

    def dismiss(self, entry_id: int) -> None:
        """The user has read a failed write's reason."""
        self.cache.conn.execute("DELETE FROM outbox WHERE id = ? AND state = 'failed'", (entry_id,))
        self._notify()

    # -- sending -------------------------------------------------------------------------------
    async def send(self, entry: OutboxEntry) -> WriteResult:
        async with self._lock:
            return await self._attempt(entry.id)

    def due(self, account: str | None = None) -> list[int]:
        now = int(self.clock.now().timestamp())
        rows = self.cache.conn.execute(
            "SELECT id FROM outbox WHERE state IN (?, ?) AND next_attempt_at <= ?"
            " AND (? IS NULL OR account = ?) ORDER BY id",
            (*WAITING, now, account, account),
        ).fetchall()
        return [int(r[0]) for r in rows]

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
                if isinstance(
                    result.error, Unavailable | RateLimited | BudgetExhausted | AuthFailed
                ):
                    unreachable.add(entry.account)
                results.append(result)
        return results

    def _claim(self, entry_id: int) -> tuple[OutboxEntry, str] | None:
        """Mark the entry as possibly sent (unknown) before its request leaves; return it with
        the state it had. None when it is not due or another live process is sending it."""
        now = self.clock.now()
        with self.cache.transaction() as conn:
            row = conn.execute("SELECT * FROM outbox WHERE id = ?", (entry_id,)).fetchone()
            if row is None or row["state"] not in WAITING:
                return None
            owner = row["claimed_by"]
            if owner and owner != self.owner and not self._stale(owner, row["sending_at"], now):
                return None
            entry = entry_from_row(row)
            conn.execute(
                "UPDATE outbox SET state = ?, claimed_by = ?, sending_at = ?, attempts = attempts + 1,"
                " updated_at = ? WHERE id = ?",
                (UNKNOWN, self.owner, int(now.timestamp()), int(now.timestamp()), entry_id),
            )
        # A claim left by a process that died mid-send: its request may have gone out.
        previous = UNKNOWN if owner and owner != self.owner else entry.state
        return entry, previous

    def _stale(self, owner: str, sending_at: int | None, now: datetime) -> bool:
        if sending_at is None or now - datetime.fromtimestamp(sending_at, UTC) > LEASE:
            return True
        pid_text = owner.partition(":")[0]
        if not pid_text.isdigit():
            return True
        pid = int(pid_text)
        return pid != os.getpid() and not _pid_alive(pid)

    async def _attempt(self, entry_id: int) -> WriteResult:
        claimed = await self._db(self._claim, entry_id)
        if claimed is None:
            entry = await self._db(self.entry, entry_id)
            if entry is None:
                raise FrontdeskError("this write is no longer in the outbox")
            return WriteResult(entry, error=WaitingForEarlierWrite("this write is being sent"))
        entry, previous = claimed
        self._notify()
        connector = self.connectors.get(entry.account)
        if connector is None:
            return await self._fail(
                entry, FrontdeskError(f"the account '{entry.account}' is no longer configured")
            )
        blocker = self._blocked_by(entry)
        if blocker is not None:
            await self._db(self._release, entry, previous, blocker, 5)
            self._notify()
            return WriteResult(entry, error=blocker)
        maybe_sent = previous == UNKNOWN
        try:
            if maybe_sent:
                # The previous try may have reached the vendor: look before sending again.
                done = await self._reconcile(connector, entry)
                if done is not None:
                    log.info("outbox %s: %s already done at the vendor", entry.id, entry.kind)
                    return await self._succeed(entry, done)
            record = await self._perform(connector, entry)
        except OutcomeUnknown as exc:
            return await self._retry(entry, UNKNOWN, exc)
        except (Unavailable, RateLimited, BudgetExhausted, AuthFailed) as exc:
            # Not received (or refused before processing): kept, and sent again later.
            return await self._retry(
                entry, UNKNOWN if maybe_sent else QUEUED, exc, getattr(exc, "retry_after", None)
            )
        except Conflict as exc:
            alternatives: list[Opening] = []
            if entry.kind == "book":
                alternatives = await self._alternatives(connector, _booking_from(entry))
            return await self._fail(entry, exc, alternatives)
        except ProtocolError as exc:
            if entry.kind in CREATES and not maybe_sent:
                # The reply was unreadable, but the record may exist: reconcile next time.
                return await self._retry(entry, UNKNOWN, exc)
            return await self._fail(entry, exc)
        except FrontdeskError as exc:
            return await self._fail(entry, exc)
        except Exception:
            log.exception("outbox %s: unexpected error while sending", entry.id)
            error = FrontdeskError("an unexpected error stopped this write; it will be retried")
            return await self._retry(entry, UNKNOWN, error)
        return await self._succeed(entry, record)

    def _blocked_by(self, entry: OutboxEntry) -> WaitingForEarlierWrite | None:
        """A write about a record that is itself still in the outbox waits for it."""
        refs = [entry.payload.get("patient_id"), entry.payload.get("appointment_id")]
        if any(isinstance(r, str) and r.startswith(PENDING) for r in refs):
            return WaitingForEarlierWrite("waiting for an earlier write to be sent first")
        return None

    def _release(
        self, entry: OutboxEntry, state: str, error: FrontdeskError | None, delay: float
    ) -> None:
        due = self.clock.now() + timedelta(seconds=delay)
        self.cache.conn.execute(
            "UPDATE outbox SET state = ?, claimed_by = NULL, attempts = MAX(attempts - 1, 0),"
            " next_attempt_at = ? WHERE id = ?",
            (state, int(due.timestamp()), entry.id),
        )

    async def _reconcile(
        self, connector: Connector, entry: OutboxEntry
    ) -> Appointment | Patient | None:
        if entry.kind == "book":
            return await connector.find_booking(_booking_from(entry))
        if entry.kind == PATIENT_CREATE:
            return await connector.find_created_patient(
                draft_from(entry.payload["draft"]), entry.client_key
            )
        if entry.kind in CHANGE_KINDS:
            before = self._snapshot(entry)
            if before is None:
                return None
            p = entry.payload
            lo = min(before.start, moment_from(p.get("start")) or before.start) - timedelta(
                minutes=1
            )
            hi = max(before.end, moment_from(p.get("end")) or before.end) + timedelta(minutes=1)
            for found in await connector.list_appointments(lo, hi):
                if found.id == before.id and applied(found, entry.kind, p):
                    return found
        return None  # a patient edit sends whole fields: sending it again is harmless

    def _snapshot(self, entry: OutboxEntry) -> Appointment | None:
        before = entry.payload.get("before")
        if before:
            return appointment_from(before)
        # An entry stored by an older frontdesk: the cached row is what we have.
        return self.cache.appointment(entry.account, entry.payload["appointment_id"])

    async def _perform(self, connector: Connector, entry: OutboxEntry) -> Appointment | Patient:
        p = entry.payload
        if entry.kind == "book":
            return await connector.book(_booking_from(entry))
        if entry.kind == PATIENT_CREATE:
            return await connector.create_patient(draft_from(p["draft"]), entry.client_key)
        if entry.kind == PATIENT_UPDATE:
            return await connector.update_patient(patient_from(p["before"]), draft_from(p["draft"]))
        appointment = await self._db(self._snapshot, entry)
        if appointment is None:
            raise Conflict("the appointment is no longer in the calendar", vendor=connector.label)
        if entry.kind == "move":
            return await connector.move(
                appointment,
                datetime.fromisoformat(p["start"]),
                datetime.fromisoformat(p["end"]),
                p.get("provider_id") or appointment.provider_id,
            )
        if entry.kind == "cancel":
            return await connector.cancel(appointment, p.get("reason", ""))
        if entry.kind == "arrived":
            return await connector.mark_arrived(appointment)
        if entry.kind == "noshow":
            return await connector.mark_noshow(appointment)
        if entry.kind == "confirm":
            return await connector.confirm(appointment)
        raise FrontdeskError(f"unknown write kind {entry.kind}")

    async def _alternatives(self, connector: Connector, request: BookingRequest) -> list[Opening]:
        """Fresh openings from the vendor's own search near the time that was taken."""
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
    async def _succeed(self, entry: OutboxEntry, record: Appointment | Patient) -> WriteResult:
        await self._db(self._store_success, entry, record)
        self._notify()
        if isinstance(record, Patient):
            return WriteResult(entry, patient=record)
        return WriteResult(entry, appointment=record)

    def _store_success(self, entry: OutboxEntry, record: Appointment | Patient) -> None:
        """One transaction: the entry leaves, the vendor's record takes its place, and writes
        that referred to the placeholder now refer to the real record."""
        with self.cache.transaction() as conn:
            conn.execute("DELETE FROM outbox WHERE id = ?", (entry.id,))
            if isinstance(record, Appointment):
                if entry.target_id and entry.target_id != record.id:
                    conn.execute(
                        "DELETE FROM appointments WHERE account = ? AND id = ?",
                        (entry.account, entry.target_id),
                    )
                    self._repoint(conn, entry, "appointment_id", record.id, record)
                Cache.write_appointments(conn, [self._with_waiting(conn, record)])
            else:
                if entry.target_id and entry.target_id != record.id:
                    Cache._delete_patient(conn, entry.account, entry.target_id)
                    self._repoint(conn, entry, "patient_id", record.id)
                    conn.execute(
                        "UPDATE appointments SET patient_id = ? WHERE account = ? AND patient_id = ?",
                        (record.id, entry.account, entry.target_id),
                    )
            if isinstance(record, Patient):
                conn.execute(
                    "UPDATE patients SET pending = 0 WHERE account = ? AND id = ?",
                    (entry.account, record.id),
                )
        # Patients go through the search index (its own transaction; the entry is already gone,
        # so a crash in between only leaves the row a sync behind).
        if isinstance(record, Patient):
            self.cache.upsert_patients([record])

    def _repoint(
        self,
        conn: Any,
        entry: OutboxEntry,
        field: str,
        real_id: str,
        record: Appointment | None = None,
    ) -> None:
        rows = conn.execute(
            "SELECT id, payload, target_id FROM outbox WHERE account = ? AND state IN (?, ?)",
            (entry.account, *WAITING),
        ).fetchall()
        for row in rows:
            payload = json.loads(row["payload"])
            if payload.get(field) != entry.target_id:
                continue
            payload[field] = real_id
            if record is not None and "before" in payload:
                payload["before"] = appointment_json(record)  # what the vendor now has
            target = real_id if row["target_id"] == entry.target_id else row["target_id"]
            conn.execute(
                "UPDATE outbox SET payload = ?, target_id = ? WHERE id = ?",
                (json.dumps(payload), target, row["id"]),
            )

    def _with_waiting(self, conn: Any, record: Appointment) -> Appointment:
        """The vendor's record, with the changes still waiting for it applied on top."""
        rows = conn.execute(
            "SELECT kind, payload FROM outbox WHERE account = ? AND target_id = ? AND state IN (?, ?)"
            " ORDER BY id",
            (record.account, record.id, *WAITING),
        ).fetchall()
        out = replace(record, pending=False)
        now = self.clock.now()
        for row in rows:
            if row["kind"] in CHANGE_KINDS:
                out = optimistic(out, row["kind"], json.loads(row["payload"]), now)
        return out

    async def _fail(
        self, entry: OutboxEntry, error: FrontdeskError, alternatives: Iterable[Opening] = ()
    ) -> WriteResult:
        """A final failure: the vendor refused. The user is told why; nothing is retried."""
        await self._db(self._store_failure, entry, error, list(alternatives))
        failed = await self._db(self.entry, entry.id) or entry
        self._notify()
        for listener in list(self.failure_listeners):
            listener(failed)
        return WriteResult(failed, error=error)

    def _store_failure(
        self, entry: OutboxEntry, error: FrontdeskError, alternatives: list[Opening]
    ) -> None:
        with self.cache.transaction() as conn:
            conn.execute(
                "UPDATE outbox SET state = ?, last_error = ?, alternatives = ?, claimed_by = NULL,"
                " updated_at = ? WHERE id = ?",
                (
                    FAILED,
                    str(error),
                    json.dumps([opening_json(o) for o in alternatives]),
                    int(self.clock.now().timestamp()),
                    entry.id,
                ),
            )
            if entry.kind == "book" and entry.target_id:
                conn.execute(
                    "DELETE FROM appointments WHERE account = ? AND id = ?",
                    (entry.account, entry.target_id),
                )
            elif entry.kind in CHANGE_KINDS:
                before = entry.payload.get("before")
                if before:
                    # Back to what the vendor has, with any other waiting change on top.
                    Cache.write_appointments(
                        conn, [self._with_waiting(conn, appointment_from(before))]
                    )
            elif entry.kind == PATIENT_CREATE and entry.target_id:
                Cache._delete_patient(conn, entry.account, entry.target_id)
                self._fail_dependents(conn, entry)
        if entry.kind == PATIENT_UPDATE and entry.payload.get("before"):
            self.cache.upsert_patients([patient_from(entry.payload["before"])], pending=True)
            self.cache.conn.execute(
                "UPDATE patients SET pending = 0 WHERE account = ? AND id = ?",
                (entry.account, entry.payload["patient_id"]),
            )

    def _fail_dependents(self, conn: Any, entry: OutboxEntry) -> None:
        rows = conn.execute(
            "SELECT id, payload, target_id FROM outbox WHERE account = ? AND state IN (?, ?)",
            (entry.account, *WAITING),
        ).fetchall()
        for row in rows:
            if json.loads(row["payload"]).get("patient_id") != entry.target_id:
                continue
            conn.execute(
                "UPDATE outbox SET state = ?, last_error = ?, claimed_by = NULL WHERE id = ?",
                (FAILED, "not sent: the new patient it was for could not be created", row["id"]),
            )
            conn.execute(
                "DELETE FROM appointments WHERE account = ? AND id = ?",
                (entry.account, row["target_id"]),
            )

    async def _retry(
        self,
        entry: OutboxEntry,
        state: str,
        error: FrontdeskError,
        retry_after: float | None = None,
    ) -> WriteResult:
        attempts = entry.attempts + 1
        delay = float(RETRY_DELAYS[min(attempts, len(RETRY_DELAYS)) - 1])
        if retry_after is not None:
            delay = max(delay, float(retry_after) + 1)
        await self._db(self._store_retry, entry, state, str(error), delay)
        self._notify()
        return WriteResult(
            replace(entry, state=state, attempts=attempts, last_error=str(error)), error=error
        )

    def _store_retry(self, entry: OutboxEntry, state: str, error: str, delay: float) -> None:
        due = self.clock.now() + timedelta(seconds=delay)
        self.cache.conn.execute(
            "UPDATE outbox SET state = ?, last_error = ?, next_attempt_at = ?, claimed_by = NULL,"
            " updated_at = ? WHERE id = ?",
            (state, error, int(due.timestamp()), int(self.clock.now().timestamp()), entry.id),
        )
