"""Writes about appointments: a booking, and the changes to an appointment that exists."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar, Self

from frontdesk.domain.errors import Conflict, NotFound
from frontdesk.domain.models import (
    Appointment,
    AppointmentStatus,
    BookingRequest,
    Capability,
)
from frontdesk.sync.commands.base import Command, Records, VendorRecord, command
from frontdesk.sync.record_codec import PENDING, appointment_from, appointment_json, moment_from

if TYPE_CHECKING:
    from frontdesk.connectors.base import Connector

# An unknown outcome is read back around the appointment's times, a little wider for rounding.
READ_BACK_MARGIN = timedelta(minutes=1)


@command
@dataclass(frozen=True)
class Book(Command):
    request: BookingRequest

    kind: ClassVar[str] = "book"
    capability: ClassVar[Capability] = Capability.BOOK
    creates: ClassVar[bool] = True

    @property
    def account(self) -> str:
        return self.request.account

    def key(self) -> str | None:
        return self.request.client_key or None

    def target(self, key: str) -> str:
        return f"{PENDING}{key}"

    def payload(self) -> dict[str, Any]:
        r = self.request
        return {
            "provider_id": r.provider_id,
            "service_id": r.service_id,
            "patient_id": r.patient_id,
            "start": r.start.isoformat(),
            "end": r.end.isoformat(),
            "notes": r.notes,
            "patient_ref": r.patient_ref,
        }

    @classmethod
    def from_payload(cls, account: str, key: str, payload: Mapping[str, Any]) -> Self:
        p = payload
        return cls(
            BookingRequest(
                account=account,
                provider_id=p["provider_id"],
                service_id=p["service_id"],
                patient_id=p["patient_id"],
                start=datetime.fromisoformat(p["start"]),
                end=datetime.fromisoformat(p["end"]),
                notes=p.get("notes", ""),
                client_key=key,
                patient_ref=p.get("patient_ref"),
            )
        )

    def keyed(self, key: str) -> BookingRequest:
        return replace(self.request, client_key=key)

    def prepared(self, records: Records) -> Self:
        if self.request.patient_ref is not None:
            return self
        # The patient's key at the vendor as last synced spares the connector a look-up.
        patient = records.patient(self.account, self.request.patient_id)
        if patient is None or not patient.vendor_ref:
            return self
        return replace(self, request=replace(self.request, patient_ref=patient.vendor_ref))

    def placeholder(self, key: str) -> Appointment:
        r = self.request
        return Appointment(
            account=r.account,
            id=self.target(key),
            provider_id=r.provider_id,
            start=r.start,
            end=r.end,
            status=AppointmentStatus.PENDING,
            patient_id=r.patient_id,
            service_id=r.service_id,
            notes=r.notes,
            pending=True,
        )

    def show(self, records: Records, key: str, at: datetime) -> None:
        records.put_appointment(self.placeholder(key))  # drawn at once where it will be

    def undo(self, records: Records, key: str) -> None:
        records.drop_appointment(self.account, self.target(key))

    def refs(self) -> tuple[str, ...]:
        return (self.request.patient_id,)

    def repointed(self, placeholder: str, record: VendorRecord) -> Self:
        if self.request.patient_id != placeholder:
            return self
        return replace(self, request=replace(self.request, patient_id=record.id))

    async def send(self, connector: Connector, key: str) -> VendorRecord:
        return await connector.book(self.keyed(key))

    async def find_done(self, connector: Connector, key: str) -> VendorRecord | None:
        return await connector.find_booking(self.keyed(key))

    def booking(self) -> BookingRequest:
        return self.request


@dataclass(frozen=True)
class AppointmentChange(Command):
    """A change to an existing appointment. `before` is what the vendor has (the cached row
    before any change still waiting), fixed when the write is stored: the vendor call, the
    read-back after an unknown outcome and the undo all start from it."""

    account: str
    appointment_id: str
    before: Appointment | None = field(default=None, kw_only=True)

    @classmethod
    def on(cls, appointment: Appointment, *args: Any, **fields: Any) -> Self:
        """The change of `appointment` (as the caller sees it)."""
        return cls(appointment.account, appointment.id, *args, before=appointment, **fields)

    def target(self, key: str) -> str:
        return self.appointment_id

    def changes(self) -> str:
        return self.appointment_id

    def vendor_copy(self) -> Appointment | None:
        return self.before

    def refs(self) -> tuple[str, ...]:
        return (self.appointment_id,)

    # -- the outbox row ------------------------------------------------------------------------
    def payload(self) -> dict[str, Any]:
        out: dict[str, Any] = {"appointment_id": self.appointment_id, **self.fields()}
        if self.before is not None:
            out["before"] = appointment_json(self.before)
        return out

    @classmethod
    def from_payload(cls, account: str, key: str, payload: Mapping[str, Any]) -> Self:
        before = payload.get("before")
        return cls(
            account,
            str(payload["appointment_id"]),
            **cls.fields_from(payload),
            before=appointment_from(before) if before else None,
        )

    def fields(self) -> dict[str, Any]:
        """The change's own fields, as JSON."""
        return {}

    @classmethod
    def fields_from(cls, payload: Mapping[str, Any]) -> dict[str, Any]:
        return {}

    # -- the cache -----------------------------------------------------------------------------
    def prepared(self, records: Records) -> Self:
        current = records.appointment(self.account, self.appointment_id) or self.before
        if current is None:
            raise NotFound("the appointment is not in the calendar")
        return replace(self, before=records.vendor_copy(current))

    def completed(self, records: Records) -> Self:
        if self.before is not None:
            return self
        # Stored by a frontdesk that did not keep `before`: the cached row is what we have.
        return replace(self, before=records.appointment(self.account, self.appointment_id))

    def show(self, records: Records, key: str, at: datetime) -> None:
        current = records.appointment(self.account, self.appointment_id) or self.before
        if current is not None:
            records.put_appointment(self.apply(current, at))

    def undo(self, records: Records, key: str) -> None:
        if self.before is not None:
            # Back to what the vendor has, with any other waiting change on top.
            records.restore_appointment(self.before)

    def apply(self, appointment: Appointment, at: datetime) -> Appointment:
        return replace(self.applied(appointment, at), pending=True)

    @abstractmethod
    def applied(self, a: Appointment, at: datetime) -> Appointment: ...

    def repointed(self, placeholder: str, record: VendorRecord) -> Self:
        if self.appointment_id != placeholder or not isinstance(record, Appointment):
            return self
        return replace(self, appointment_id=record.id, before=record)  # what the vendor has now

    # -- the vendor ----------------------------------------------------------------------------
    def _vendor_has(self, connector: Connector) -> Appointment:
        if self.before is None:
            raise Conflict("the appointment is no longer in the calendar", vendor=connector.label)
        return self.before

    async def send(self, connector: Connector, key: str) -> VendorRecord:
        return await self.call(connector, self._vendor_has(connector))

    @abstractmethod
    async def call(self, connector: Connector, appointment: Appointment) -> Appointment: ...

    @abstractmethod
    def done_in(self, found: Appointment) -> bool:
        """Whether the vendor's record already shows the change."""

    def span(self, before: Appointment) -> tuple[datetime, datetime]:
        return before.start, before.end

    async def find_done(self, connector: Connector, key: str) -> VendorRecord | None:
        if self.before is None:
            return None
        start, end = self.span(self.before)
        found = await connector.list_appointments(start - READ_BACK_MARGIN, end + READ_BACK_MARGIN)
        return next((a for a in found if a.id == self.before.id and self.done_in(a)), None)


@command
@dataclass(frozen=True)
class Move(AppointmentChange):
    start: datetime
    end: datetime
    provider_id: str | None = None  # None: the same provider

    kind: ClassVar[str] = "move"
    capability: ClassVar[Capability] = Capability.MOVE

    def fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start.isoformat(), "end": self.end.isoformat()}
        if self.provider_id:
            out["provider_id"] = self.provider_id
        return out

    @classmethod
    def fields_from(cls, payload: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "start": moment_from(payload["start"]),
            "end": moment_from(payload["end"]),
            "provider_id": payload.get("provider_id") or None,
        }

    def applied(self, a: Appointment, at: datetime) -> Appointment:
        return replace(
            a, start=self.start, end=self.end, provider_id=self.provider_id or a.provider_id
        )

    async def call(self, connector: Connector, appointment: Appointment) -> Appointment:
        provider = self.provider_id or appointment.provider_id
        return await connector.move(appointment, self.start, self.end, provider)

    def done_in(self, found: Appointment) -> bool:
        return (
            found.start == self.start
            and found.end == self.end
            and found.provider_id == (self.provider_id or found.provider_id)
        )

    def span(self, before: Appointment) -> tuple[datetime, datetime]:
        return min(before.start, self.start), max(before.end, self.end)


@command
@dataclass(frozen=True)
class EditAppointment(AppointmentChange):
    """New notes, another service and/or a new end (the length); None leaves that field as
    it is. The start stays: a new time is a Move."""

    notes: str | None = None
    service_id: str | None = None
    end: datetime | None = None

    kind: ClassVar[str] = "edit"
    capability: ClassVar[Capability] = Capability.EDIT_APPOINTMENT

    def fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {"notes": self.notes, "service_id": self.service_id}
        if self.end is not None:
            out["end"] = self.end.isoformat()
        return out

    @classmethod
    def fields_from(cls, payload: Mapping[str, Any]) -> dict[str, Any]:
        end = payload.get("end")
        return {
            "notes": payload.get("notes"),
            "service_id": payload.get("service_id"),
            "end": moment_from(end) if end else None,
        }

    def applied(self, a: Appointment, at: datetime) -> Appointment:
        return replace(
            a,
            notes=a.notes if self.notes is None else self.notes,
            service_id=self.service_id or a.service_id,
            end=self.end or a.end,
        )

    async def call(self, connector: Connector, appointment: Appointment) -> Appointment:
        return await connector.edit_appointment(
            appointment, notes=self.notes, service_id=self.service_id, end=self.end
        )

    def done_in(self, found: Appointment) -> bool:
        return (
            (self.notes is None or found.notes == self.notes)
            and (self.service_id is None or found.service_id == self.service_id)
            and (self.end is None or found.end == self.end)
        )

    def span(self, before: Appointment) -> tuple[datetime, datetime]:
        return before.start, max(before.end, self.end or before.end)


@command
@dataclass(frozen=True)
class Cancel(AppointmentChange):
    reason: str = ""

    kind: ClassVar[str] = "cancel"
    capability: ClassVar[Capability] = Capability.CANCEL

    def fields(self) -> dict[str, Any]:
        return {"reason": self.reason}

    @classmethod
    def fields_from(cls, payload: Mapping[str, Any]) -> dict[str, Any]:
        return {"reason": payload.get("reason") or ""}

    def applied(self, a: Appointment, at: datetime) -> Appointment:
        return replace(a, status=AppointmentStatus.CANCELLED)

    async def call(self, connector: Connector, appointment: Appointment) -> Appointment:
        return await connector.cancel(appointment, self.reason)

    def done_in(self, found: Appointment) -> bool:
        return found.status is AppointmentStatus.CANCELLED


@command
@dataclass(frozen=True)
class Confirm(AppointmentChange):
    kind: ClassVar[str] = "confirm"
    capability: ClassVar[Capability] = Capability.CONFIRM

    def applied(self, a: Appointment, at: datetime) -> Appointment:
        return replace(a, confirmed_at=a.confirmed_at or at)

    async def call(self, connector: Connector, appointment: Appointment) -> Appointment:
        return await connector.confirm(appointment)

    def done_in(self, found: Appointment) -> bool:
        return found.confirmed_at is not None


@command
@dataclass(frozen=True)
class MarkArrived(AppointmentChange):
    kind: ClassVar[str] = "arrived"
    capability: ClassVar[Capability] = Capability.ARRIVED

    def applied(self, a: Appointment, at: datetime) -> Appointment:
        return replace(a, status=AppointmentStatus.ARRIVED, arrived_at=a.arrived_at or at)

    async def call(self, connector: Connector, appointment: Appointment) -> Appointment:
        return await connector.mark_arrived(appointment)

    def done_in(self, found: Appointment) -> bool:
        return found.status is AppointmentStatus.ARRIVED or found.arrived_at is not None


@command
@dataclass(frozen=True)
class MarkNoShow(AppointmentChange):
    kind: ClassVar[str] = "noshow"
    capability: ClassVar[Capability] = Capability.NOSHOW

    def applied(self, a: Appointment, at: datetime) -> Appointment:
        return replace(a, status=AppointmentStatus.NOSHOW)

    async def call(self, connector: Connector, appointment: Appointment) -> Appointment:
        return await connector.mark_noshow(appointment)

    def done_in(self, found: Appointment) -> bool:
        return found.status is AppointmentStatus.NOSHOW


class Undone(StrEnum):
    """What an UndoStatus takes back."""

    ARRIVED = "arrived"
    NOSHOW = "noshow"
    CONFIRMED = "confirmed"

    @classmethod
    def of(cls, a: Appointment) -> Undone | None:
        """What there is to take back on `a`, if anything."""
        if a.status is AppointmentStatus.ARRIVED:
            return cls.ARRIVED
        if a.status is AppointmentStatus.NOSHOW:
            return cls.NOSHOW
        if a.confirmed_at is not None and a.status is AppointmentStatus.BOOKED:
            return cls.CONFIRMED
        return None


@command
@dataclass(frozen=True)
class UndoStatus(AppointmentChange):
    """An arrival, a no-show or a confirmation taken back: the appointment is booked again."""

    undo_of: Undone

    kind: ClassVar[str] = "undo_status"
    capability: ClassVar[Capability] = Capability.UNDO_STATUS

    def fields(self) -> dict[str, Any]:
        return {"undo_of": self.undo_of.value}

    @classmethod
    def fields_from(cls, payload: Mapping[str, Any]) -> dict[str, Any]:
        return {"undo_of": Undone(payload["undo_of"])}

    def applied(self, a: Appointment, at: datetime) -> Appointment:
        if self.undo_of is Undone.CONFIRMED:
            return replace(a, confirmed_at=None)
        return replace(a, status=AppointmentStatus.BOOKED, arrived_at=None)

    async def call(self, connector: Connector, appointment: Appointment) -> Appointment:
        return await connector.undo_status(appointment)

    def done_in(self, found: Appointment) -> bool:
        if self.undo_of is Undone.CONFIRMED:
            return found.confirmed_at is None
        if self.undo_of is Undone.ARRIVED:
            return found.status is AppointmentStatus.BOOKED and found.arrived_at is None
        return found.status is AppointmentStatus.BOOKED
