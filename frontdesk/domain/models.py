"""Canonical, vendor-neutral records.

Every record carries the account it belongs to and the vendor's own opaque id, so the same
patient number at two vendors never collides. Times are aware datetimes (UTC when stored).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class AppointmentStatus(StrEnum):
    """FHIR Appointment.status value set (the subset front desks meet)."""

    PROPOSED = "proposed"
    PENDING = "pending"
    BOOKED = "booked"
    ARRIVED = "arrived"
    FULFILLED = "fulfilled"
    CANCELLED = "cancelled"
    NOSHOW = "noshow"
    ENTERED_IN_ERROR = "entered-in-error"
    CHECKED_IN = "checked-in"
    WAITLIST = "waitlist"


class Capability(StrEnum):
    """What a connector can do; the UI greys out the rest and says why."""

    READ_PATIENTS = "read_patients"
    CREATE_PATIENT = "create_patient"
    EDIT_PATIENT = "edit_patient"
    READ_APPOINTMENTS = "read_appointments"
    OPENINGS = "openings"  # the vendor computes openings itself
    BOOK = "book"
    MOVE = "move"
    CANCEL = "cancel"
    ARRIVED = "arrived"
    NOSHOW = "noshow"
    CONFIRM = "confirm"
    EDIT_APPOINTMENT = "edit_appointment"  # notes and/or service of a booked appointment
    UNDO_STATUS = "undo_status"  # an arrival, no-show or confirmation taken back
    BLOCKOUTS = "blockouts"  # keeps a blockout (a titled appointment with no patient)
    INCREMENTAL_PATIENTS = "incremental_patients"
    INCREMENTAL_APPOINTMENTS = "incremental_appointments"


@dataclass(frozen=True, slots=True)
class Location:
    """A clinic site; its zone is the wall clock its appointments are shown on."""

    account: str
    id: str
    name: str
    timezone: str


@dataclass(frozen=True, slots=True)
class Provider:
    """Someone (or a room) appointments are booked with: a column of the book."""

    account: str
    id: str
    name: str
    location_id: str | None = None
    colour: str | None = None


@dataclass(frozen=True, slots=True)
class Service:
    """What can be booked, how long it takes, and who offers it."""

    account: str
    id: str
    name: str
    minutes: int
    colour: str | None = None
    provider_ids: tuple[str, ...] = ()


def display_name(first_name: str, last_name: str, owner_name: str | None) -> str:
    """How a patient is named on screen (the book reads the three columns, not a Patient)."""
    name = f"{first_name} {last_name}".strip()
    return f"{name} ({owner_name})" if owner_name else name


@dataclass(frozen=True, slots=True)
class Patient:
    """A patient (or, at a vet clinic, an animal and its owner) as the vendor has them."""

    account: str
    id: str
    first_name: str
    last_name: str
    birth_date: date | None = None
    phone: str | None = None
    email: str | None = None
    active: bool = True
    # SyncVet: the patient is an animal; the owner is shown beside it.
    owner_name: str | None = None
    updated_at: datetime | None = None
    # The vendor's secondary key where it has one (Progenda remote_id).
    vendor_ref: str | None = None
    # The location whose patient list holds the patient, where the vendor keeps one per
    # location (Progenda: the center it was listed under); None elsewhere or unknown.
    location_id: str | None = None

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.last_name, self.owner_name)


@dataclass(frozen=True, slots=True)
class PatientDraft:
    """What the receptionist typed to create or edit a patient (validated before sending)."""

    first_name: str
    last_name: str
    birth_date: date | None = None
    phone: str | None = None
    email: str | None = None
    # SyncVet and other veterinary systems: the owner the animal belongs to.
    owner_id: str | None = None


@dataclass(frozen=True, slots=True)
class Appointment:
    """A booking as the vendor has it (or as it waits in the outbox: `pending`)."""

    account: str
    id: str
    provider_id: str
    start: datetime
    end: datetime
    status: AppointmentStatus = AppointmentStatus.BOOKED
    patient_id: str | None = None
    service_id: str | None = None
    title: str = ""
    notes: str = ""
    colour: str | None = None
    confirmed_at: datetime | None = None
    arrived_at: datetime | None = None
    vendor_status: str = ""
    updated_at: datetime | None = None
    vendor_ref: str | None = None
    # True while the write that created or changed it waits in the outbox.
    pending: bool = False

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


@dataclass(frozen=True, slots=True)
class Opening:
    """A free time for a service with a provider (FHIR Slot with status free)."""

    account: str
    provider_id: str
    service_id: str
    start: datetime
    end: datetime
    # "vendor" when the vendor's own search produced it, "computed" when frontdesk did.
    source: str = "vendor"

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


@dataclass(frozen=True, slots=True)
class BookingRequest:
    """What a new booking sends to the vendor."""

    account: str
    provider_id: str
    service_id: str
    patient_id: str
    start: datetime
    end: datetime
    notes: str = ""
    # The integrator's own key for the write: makes a resend recognisable (Progenda remote_id).
    client_key: str = field(default="")
    # The patient's secondary key at the vendor as last synced (Progenda remote_id), if any.
    patient_ref: str | None = None


@dataclass(frozen=True)
class PatientHit:
    """A search result: the patient and the vendor of their account."""

    patient: Patient
    vendor: str
