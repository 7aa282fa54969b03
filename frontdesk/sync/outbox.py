"""Every write is stored before it is sent, and leaves the outbox only once the vendor confirmed.

The entry's client key travels with the write (Progenda: the appointment's remote_id), so after
an unknown outcome the outbox asks the vendor whether the write happened before sending again:
a booking is never lost and never made twice.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from frontdesk.connectors.base import Connector
from frontdesk.connectors.http import OutcomeUnknown
from frontdesk.domain.clock import Clock
from frontdesk.domain.errors import (
    AuthFailed,
    BudgetExhausted,
    Conflict,
    FrontdeskError,
    RateLimited,
    Unavailable,
)
from frontdesk.domain.models import Appointment, AppointmentStatus, BookingRequest
from frontdesk.store.cache import Cache

RETRY_DELAYS = (5, 15, 60, 300, 900)  # seconds; the last repeats


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    account: str
    kind: str
    client_key: str
    payload: dict[str, Any]
    state: str
    attempts: int
    last_error: str | None


@dataclass(frozen=True)
class WriteResult:
    entry: OutboxEntry
    appointment: Appointment | None = None
    error: FrontdeskError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def _booking_payload(request: BookingRequest) -> dict[str, Any]:
    return {
        "provider_id": request.provider_id,
        "service_id": request.service_id,
        "patient_id": request.patient_id,
        "start": request.start.isoformat(),
        "end": request.end.isoformat(),
        "notes": request.notes,
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
    )


class Outbox:
    def __init__(self, cache: Cache, connectors: Mapping[str, Connector], clock: Clock) -> None:
        self.cache = cache
        self.connectors = connectors
        self.clock = clock
        self._lock = asyncio.Lock()
        self.listeners: list[Callable[[], None]] = []

    # -- storing -----------------------------------------------------------------------------
    def _store(self, account: str, kind: str, payload: dict[str, Any]) -> OutboxEntry:
        key = f"fd-{uuid.uuid4().hex[:20]}"
        now = int(self.clock.now().timestamp())
        with self.cache.transaction() as conn:
            entry_id = conn.execute(
                "INSERT INTO outbox (account, kind, client_key, payload, created_at) VALUES (?, ?, ?, ?, ?)",
                (account, kind, key, json.dumps(payload), now),
            ).lastrowid
        assert entry_id is not None
        self._notify()
        return OutboxEntry(entry_id, account, kind, key, payload, "queued", 0, None)

    def queue_booking(self, request: BookingRequest) -> OutboxEntry:
        entry = self._store(request.account, "book", _booking_payload(request))
        # Drawn at once, as pending, where it will be.
        placeholder = Appointment(
            account=request.account,
            id=f"pending:{entry.client_key}",
            provider_id=request.provider_id,
            start=request.start,
            end=request.end,
            status=AppointmentStatus.PENDING,
            patient_id=request.patient_id,
            service_id=request.service_id,
            notes=request.notes,
            pending=True,
        )
        self.cache.upsert_appointments([placeholder])
        return entry

    def queue_change(self, appointment: Appointment, kind: str, **fields: Any) -> OutboxEntry:
        """kind: move, cancel, arrived, noshow or confirm."""
        payload = {"appointment_id": appointment.id, **fields}
        return self._store(appointment.account, kind, payload)

    def entries(self, account: str | None = None) -> list[OutboxEntry]:
        rows = self.cache.conn.execute(
            "SELECT * FROM outbox WHERE (? IS NULL OR account = ?) ORDER BY id", (account, account)
        ).fetchall()
        return [
            OutboxEntry(
                r["id"],
                r["account"],
                r["kind"],
                r["client_key"],
                json.loads(r["payload"]),
                r["state"],
                r["attempts"],
                r["last_error"],
            )
            for r in rows
        ]

    def waiting(self, account: str | None = None) -> int:
        return sum(1 for e in self.entries(account) if e.state in ("queued", "unknown"))

    def _notify(self) -> None:
        for listener in list(self.listeners):
            listener()

    # -- sending -----------------------------------------------------------------------------
    async def send(self, entry: OutboxEntry) -> WriteResult:
        async with self._lock:
            return await self._send(entry)

    async def drain(self, account: str | None = None) -> list[WriteResult]:
        """Send every write that is due, oldest first."""
        results = []
        now = int(self.clock.now().timestamp())
        async with self._lock:
            for entry in self.entries(account):
                row = self.cache.conn.execute(
                    "SELECT next_attempt_at FROM outbox WHERE id = ?", (entry.id,)
                ).fetchone()
                if entry.state in ("queued", "unknown") and row and row[0] <= now:
                    results.append(await self._send(entry))
        return results

    async def _send(self, entry: OutboxEntry) -> WriteResult:
        connector = self.connectors.get(entry.account)
        if connector is None:
            return self._fail(
                entry, FrontdeskError(f"the account '{entry.account}' no longer exists")
            )
        self.cache.conn.execute(
            "UPDATE outbox SET attempts = attempts + 1 WHERE id = ?", (entry.id,)
        )
        try:
            if entry.state == "unknown":
                # The previous try may have reached the vendor: look before sending again.
                done = await self._reconcile(connector, entry)
                if done is not None:
                    return self._succeed(entry, done)
            appointment = await self._perform(connector, entry)
        except OutcomeUnknown as exc:
            self._mark(entry, "unknown", exc)
            return WriteResult(entry, error=exc)
        except (Unavailable, RateLimited, BudgetExhausted) as exc:
            self._mark(entry, "queued", exc, retry_after=getattr(exc, "retry_after", None))
            return WriteResult(entry, error=exc)
        except AuthFailed as exc:
            self._mark(entry, "queued", exc)  # kept until the user re-authenticates
            return WriteResult(entry, error=exc)
        except FrontdeskError as exc:
            return self._fail(entry, exc)
        return self._succeed(entry, appointment)

    async def _reconcile(self, connector: Connector, entry: OutboxEntry) -> Appointment | None:
        if entry.kind == "book":
            return await connector.find_booking(_booking_from(entry))
        return None  # status changes and moves are idempotent: sending again is safe

    async def _perform(self, connector: Connector, entry: OutboxEntry) -> Appointment:
        if entry.kind == "book":
            return await connector.book(_booking_from(entry))
        appointment = self.cache.appointment(entry.account, entry.payload["appointment_id"])
        if appointment is None:
            raise Conflict("the appointment is no longer in the calendar", vendor=connector.label)
        if entry.kind == "move":
            p = entry.payload
            return await connector.move(
                appointment,
                datetime.fromisoformat(p["start"]),
                datetime.fromisoformat(p["end"]),
                p.get("provider_id", appointment.provider_id),
            )
        if entry.kind == "cancel":
            return await connector.cancel(appointment, entry.payload.get("reason", ""))
        if entry.kind == "arrived":
            return await connector.mark_arrived(appointment)
        if entry.kind == "noshow":
            return await connector.mark_noshow(appointment)
        if entry.kind == "confirm":
            return await connector.confirm(appointment)
        raise FrontdeskError(f"unknown write kind {entry.kind}")

    def _succeed(self, entry: OutboxEntry, appointment: Appointment) -> WriteResult:
        with self.cache.transaction() as conn:
            conn.execute("DELETE FROM outbox WHERE id = ?", (entry.id,))
            conn.execute(
                "DELETE FROM appointments WHERE account = ? AND id = ?",
                (entry.account, f"pending:{entry.client_key}"),
            )
        self.cache.upsert_appointments([appointment])
        self._notify()
        return WriteResult(entry, appointment=appointment)

    def _fail(self, entry: OutboxEntry, error: FrontdeskError) -> WriteResult:
        """A final failure: the vendor refused. The user is told why; nothing is retried."""
        with self.cache.transaction() as conn:
            conn.execute(
                "UPDATE outbox SET state = 'failed', last_error = ? WHERE id = ?",
                (str(error), entry.id),
            )
            conn.execute(
                "DELETE FROM appointments WHERE account = ? AND id = ?",
                (entry.account, f"pending:{entry.client_key}"),
            )
        self._notify()
        return WriteResult(entry, error=error)

    def _mark(
        self,
        entry: OutboxEntry,
        state: str,
        error: FrontdeskError,
        retry_after: float | None = None,
    ) -> None:
        attempts = entry.attempts + 1
        delay = RETRY_DELAYS[min(attempts, len(RETRY_DELAYS)) - 1]
        if retry_after is not None:
            delay = max(delay, int(retry_after) + 1)
        due = self.clock.now() + timedelta(seconds=delay)
        self.cache.conn.execute(
            "UPDATE outbox SET state = ?, last_error = ?, next_attempt_at = ? WHERE id = ?",
            (state, str(error), int(due.astimezone(UTC).timestamp()), entry.id),
        )
        self._notify()

    def dismiss(self, entry_id: int) -> None:
        """The user has read a failed write's reason."""
        self.cache.conn.execute("DELETE FROM outbox WHERE id = ? AND state = 'failed'", (entry_id,))
        self._notify()
