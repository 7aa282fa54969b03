"""SyncVet Consumer API (shared/vendor-docs/syncvet-consumer-api.json, NOTES.md) mapped into the
canonical model.

Practices are locations, resources are providers, appointment types are services. A SyncVet
Patient is an ANIMAL; its owner is a Client linked through ClientPatientRelationships. A canonical
Patient is the animal named after its primary owner: first_name = the animal's name, last_name =
the owner's surname, owner_name = the owner's full name, phone and email = the owner's, so the
receptionist finds the animal by either name or by the owner's phone number.

Times without offset are practice-local and converted with the practice's IANA zone. Every path
is assumed and comes from one table (routes.py) an account can override. Writeback covers booking
and confirmation only; it needs the practice's on-site agent, whereas batch reads come from
SyncVet's nightly copy and keep working while the agent is offline.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from frontdesk.connectors.account import AccountConfig
from frontdesk.connectors.base import Connector
from frontdesk.connectors.http import Forbidden, VendorHttp
from frontdesk.connectors.localtime import location_zone, parse_wall, utc_text, wall_text
from frontdesk.connectors.paging import Stated, paginate_numbered
from frontdesk.connectors.syncvet.auth import SyncVetAuth
from frontdesk.connectors.syncvet.routes import RouteTable
from frontdesk.connectors.wire import Wire
from frontdesk.domain.clock import Clock
from frontdesk.domain.errors import Conflict, Invalid, OutcomeUnknown, ProtocolError, Unavailable
from frontdesk.domain.models import (
    Appointment,
    AppointmentStatus,
    BookingRequest,
    Capability,
    Location,
    Patient,
    Provider,
    Service,
)
from frontdesk.domain.texts import Text

DEFAULT_BASE_URL = "https://consumerapi.sync.vet/api"
DEFAULT_PAGE_SIZE = 500
DEFAULT_SERVICE_MINUTES = 15  # an appointment type without a duration (assumed)
# modifiedSince is compared with the server's own stamps: step back a little so an edit made in
# the second of the previous sync is not missed (records are upserted, so overlap is harmless).
SINCE_OVERLAP = timedelta(seconds=2)
# Fetch owners one by one up to this many; beyond it one pass over all clients is cheaper.
OWNER_LOOKUPS = 20
LIST_KEYS = ("Items", "items", "Data", "data", "Results", "results", "Value", "value")
# The paging envelope is not published: every spelling a .NET API plausibly uses is read.
TOTAL_ITEM_KEYS = ("TotalItems", "TotalCount", "TotalRecords", "Total", "Count")
TOTAL_PAGE_KEYS = ("TotalPages", "PageCount")
PAGE_SIZE_KEYS = ("PageSize",)
MORE_KEYS = ("HasNextPage", "HasMore", "NextPage", "NextPageLink", "NextLink", "@odata.nextLink")
STATUSES = {
    "scheduled": AppointmentStatus.BOOKED,
    "confirmed": AppointmentStatus.BOOKED,
    "pending": AppointmentStatus.PENDING,
    "checkedin": AppointmentStatus.ARRIVED,
    "arrived": AppointmentStatus.ARRIVED,
    "inprogress": AppointmentStatus.ARRIVED,
    "completed": AppointmentStatus.FULFILLED,
    "checkedout": AppointmentStatus.FULFILLED,
    "cancelled": AppointmentStatus.CANCELLED,
    "canceled": AppointmentStatus.CANCELLED,
    "noshow": AppointmentStatus.NOSHOW,
}
AGENT_OFFLINE = (
    "the practice's on-site SyncVet agent is offline or did not answer; "
    "frontdesk checks the book before sending the booking again"
)
AGENT_OFFLINE_CONFIRM = (
    "the practice's on-site SyncVet agent is offline; the confirmation is sent when it is back"
)


@dataclass(frozen=True)
class Owner:
    id: str
    first_name: str
    last_name: str
    phone: str | None
    email: str | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class Animal:
    id: str
    practice_id: str
    name: str
    owner_id: str | None
    birth_date: date | None
    active: bool
    updated_at: datetime | None


class SyncVetConnector(Connector):
    vendor = "syncvet"
    label = "SyncVet"
    capabilities = frozenset(
        {
            Capability.READ_PATIENTS,
            Capability.READ_APPOINTMENTS,
            Capability.BOOK,
            Capability.CONFIRM,
            Capability.INCREMENTAL_PATIENTS,
            Capability.INCREMENTAL_APPOINTMENTS,
        }
    )
    unsupported: ClassVar[dict[Capability, str]] = {
        Capability.OPENINGS: Text(
            "SyncVet has no availability search; frontdesk computes openings from the book"
        ),
        Capability.MOVE: Text(
            "SyncVet's writeback covers booking and confirmation only: "
            "move the appointment in the practice's PIMS"
        ),
        Capability.CANCEL: Text(
            "SyncVet's writeback covers booking and confirmation only: "
            "cancel the appointment in the practice's PIMS"
        ),
        Capability.ARRIVED: Text(
            "SyncVet's writeback covers booking and confirmation only: "
            "check the patient in from the practice's PIMS"
        ),
        Capability.NOSHOW: Text(
            "SyncVet's writeback covers booking and confirmation only: "
            "mark the no-show in the practice's PIMS"
        ),
        Capability.EDIT_APPOINTMENT: Text(
            "SyncVet's writeback covers booking and confirmation "
            "only: change the appointment in the practice's PIMS"
        ),
        Capability.CREATE_PATIENT: Text(
            "SyncVet cannot create clients or animals: add them in the practice's PIMS"
        ),
        Capability.EDIT_PATIENT: Text(
            "SyncVet cannot change clients or animals: edit them in the practice's PIMS"
        ),
    }

    def __init__(
        self, account: AccountConfig, http: VendorHttp, clock: Clock | None = None
    ) -> None:
        super().__init__(account, http, clock)
        if isinstance(http.auth, SyncVetAuth):
            http.auth.clock = self.clock  # token lifetimes are measured on the injected clock
        self.wire = Wire(self.label)
        self._table: RouteTable | None = None
        size = account.option("page_size", str(DEFAULT_PAGE_SIZE))
        self.page_size = int(size) if size.isdigit() and int(size) > 0 else DEFAULT_PAGE_SIZE
        self._zones: dict[str, ZoneInfo] = {}  # practice id -> zone, in the vendor's order
        self._resource_practice: dict[str, str] = {}
        self._owners: dict[str, Owner] = {}
        self._animals: dict[str, Animal] = {}
        self._animals_by_owner: dict[str, set[str]] = {}
        self._indexed: set[str] = set()  # practices whose animals have all been read once

    # -- plumbing ------------------------------------------------------------------------
    @property
    def table(self) -> RouteTable:
        if self._table is None:  # parsed on first use, so a bad setting fails a call, not start-up
            self._table = RouteTable.from_options(
                self.account.option("routes"),
                self.account.option("params"),
                self.label,
                self.account.option("practice_header"),
            )
        return self._table

    def _items(self, body: Any, where: str) -> tuple[list[dict[str, Any]], Stated]:
        """A page's records and what the reply states about the listing (any spelling)."""
        if isinstance(body, list):
            return [self.wire.obj(r, where) for r in body], Stated()
        reply = self.wire.obj(body, f"{where} reply")
        for key in LIST_KEYS:
            if key in reply:
                records = self.wire.list(reply[key], f"{where}.{key}")
                more = _first(reply, MORE_KEYS)
                return [self.wire.obj(r, where) for r in records], Stated(
                    total_items=_count(_first(reply, TOTAL_ITEM_KEYS)),
                    total_pages=_count(_first(reply, TOTAL_PAGE_KEYS)),
                    page_size=_count(_first(reply, PAGE_SIZE_KEYS)),
                    more=None if more is None else bool(more),
                )
        raise self.wire.fail(f"{where} reply has no list of records")

    async def _pages(
        self, key: str, practice_id: str = "", params: dict[str, str] | None = None
    ) -> AsyncIterator[list[dict[str, Any]]]:
        path = self.table.path(key, practice_id)
        headers = self.table.headers(practice_id)

        async def read(page: int) -> tuple[list[dict[str, Any]], Stated]:
            query = {
                **(params or {}),
                self.table.param("page"): str(page),
                self.table.param("page_size"): str(self.page_size),
            }
            body = await self.http.get_json(path, params=query, headers=headers)
            return self._items(body, key)

        async for records in paginate_numbered(
            read, asked=self.page_size, vendor=self.label, what=key
        ):
            yield records

    def _since(self, since: datetime | None) -> dict[str, str]:
        if since is None:
            return {}
        return {self.table.param("modified_since"): utc_text(since - SINCE_OVERLAP)}

    def _stamp(self, record: dict[str, Any], where: str) -> datetime | None:
        text = self.wire.opt_str(record, "LastModifiedUtc", where)
        if text is None:
            return None
        try:
            return parse_wall(text, ZoneInfo("UTC"))  # named UTC: a missing offset means UTC
        except ValueError:
            raise self.wire.fail(f"{where}.LastModifiedUtc is not a date and time") from None

    def _local(self, record: dict[str, Any], key: str, where: str, zone: ZoneInfo) -> datetime:
        try:
            return parse_wall(self.wire.str(record, key, where), zone)
        except ValueError:
            raise self.wire.fail(f"{where}.{key} is not a date and time") from None

    # -- practices -----------------------------------------------------------------------
    def _zone(self, practice: dict[str, Any]) -> ZoneInfo:
        zone = location_zone(
            # The account's setting, when given, overrides what the practice says.
            self.account.option("practice_timezone")
            or self.wire.opt_str(practice, "TimeZone", "practice"),
            # The fallback when the zone cannot be read: "-06:00", "-06:00:00" or -6.
            utc_offset=_offset(practice.get("UtcOffset")),
        )
        if zone is None:
            raise ProtocolError(
                "the practice has no usable time zone; set the practice_timezone option "
                "(e.g. America/Chicago)",
                vendor=self.label,
            )
        return zone

    async def list_locations(self) -> list[Location]:
        wanted = self.account.option("practice_id")
        out: list[Location] = []
        zones: dict[str, ZoneInfo] = {}
        async for records in self._pages("practices"):
            for practice in records:
                practice_id = self.wire.str(practice, "Id", "practice")
                if wanted and practice_id != wanted:
                    continue
                zone = self._zone(practice)
                zones[practice_id] = zone
                name = self.wire.opt_str(practice, "Name", "practice") or f"Practice {practice_id}"
                out.append(Location(self.account.name, practice_id, name, zone.key))
        if wanted and not out:
            raise Invalid(
                f"practice {wanted} is not among the practices this client may read",
                vendor=self.label,
            )
        self._zones = zones
        return out

    async def _practice_ids(self) -> list[str]:
        if not self._zones:
            await self.list_locations()
        return list(self._zones)

    async def _practice_zone(self, practice_id: str) -> ZoneInfo:
        if practice_id not in self._zones:
            await self.list_locations()
        return self._zones[practice_id]

    # -- reference data ------------------------------------------------------------------
    async def list_providers(self) -> list[Provider]:
        out: list[Provider] = []
        for practice_id in await self._practice_ids():
            async for records in self._pages("resources", practice_id):
                for resource in records:
                    if resource.get("IsDeleted") is True:
                        continue
                    resource_id = self.wire.str(resource, "Id", "resource")
                    self._resource_practice[resource_id] = practice_id
                    name = self.wire.opt_str(resource, "Name", "resource") or resource_id
                    out.append(Provider(self.account.name, resource_id, name, practice_id))
        return out

    async def list_services(self) -> list[Service]:
        out: list[Service] = []
        for practice_id in await self._practice_ids():
            async for records in self._pages("appointment_types", practice_id):
                for kind in records:
                    if kind.get("IsDeleted") is True:
                        continue
                    type_id = self.wire.str(kind, "Id", "appointment type")
                    raw = kind.get("DefaultDuration")
                    minutes = (
                        self.wire.int(kind, "DefaultDuration", "appointment type")
                        if raw not in (None, "")
                        else 0
                    )
                    out.append(
                        Service(
                            self.account.name,
                            type_id,
                            self.wire.opt_str(kind, "Name", "appointment type") or type_id,
                            minutes if minutes > 0 else DEFAULT_SERVICE_MINUTES,
                            self.wire.opt_str(kind, "Color", "appointment type"),
                        )
                    )
        return out

    async def _practice_of(self, resource_id: str) -> str:
        if resource_id not in self._resource_practice:
            await self.list_providers()
        practice_id = self._resource_practice.get(resource_id)
        if practice_id is None:
            raise Invalid("this provider is not a resource of the practice", vendor=self.label)
        return practice_id

    # -- owners and animals --------------------------------------------------------------
    def _owner(self, record: dict[str, Any]) -> Owner:
        where = "client"

        def primary(key: str, value_key: str) -> str | None:
            listed = record.get(key) or []
            if not isinstance(listed, list):
                raise self.wire.fail(f"{where}.{key} is not a list")
            entries = [e for e in listed if isinstance(e, dict)]
            entries.sort(key=lambda e: e.get("IsPrimary") is not True)
            for entry in entries:
                text = self.wire.opt_str(entry, value_key, f"{where}.{key}")
                if text:
                    return text
            return None

        return Owner(
            id=self.wire.str(record, "Id", where),
            first_name=self.wire.opt_str(record, "FirstName", where) or "",
            last_name=self.wire.opt_str(record, "LastName", where) or "",
            phone=primary("Phones", "PhoneNumber"),
            email=primary("Emails", "EmailAddress"),
        )

    def _animal(self, record: dict[str, Any], practice_id: str) -> Animal:
        where = "patient"
        links = self.wire.list(
            record.get("ClientPatientRelationships") or [], f"{where}.ClientPatientRelationships"
        )
        owners = [
            self.wire.obj(link, "relationship")
            for link in links
            if isinstance(link, dict)
            and str(link.get("Type", "")).lower() == "owner"
            and link.get("IsDeleted") is not True
        ]
        owners.sort(key=lambda link: link.get("IsPrimary") is not True)
        inactive = any(
            record.get(k) is True for k in ("IsDeceased", "FlaggedInactive", "IsDeleted")
        )
        return Animal(
            id=self.wire.str(record, "Id", where),
            practice_id=practice_id,
            name=self.wire.opt_str(record, "Name", where) or "",
            owner_id=self.wire.str(owners[0], "ClientId", "relationship") if owners else None,
            birth_date=self.wire.opt_date(record, "DateOfBirth", where),
            active=not inactive,
            updated_at=self._stamp(record, where),
        )

    def _remember(self, animal: Animal) -> None:
        previous = self._animals.get(animal.id)
        if previous is not None and previous.owner_id:
            self._animals_by_owner.get(previous.owner_id, set()).discard(animal.id)
        self._animals[animal.id] = animal
        if animal.owner_id:
            self._animals_by_owner.setdefault(animal.owner_id, set()).add(animal.id)

    def _patient(self, animal: Animal) -> Patient:
        owner = self._owners.get(animal.owner_id or "")
        return Patient(
            account=self.account.name,
            id=animal.id,
            first_name=animal.name,
            last_name=owner.last_name if owner else "",
            birth_date=animal.birth_date,
            phone=owner.phone if owner else None,
            email=owner.email if owner else None,
            active=animal.active,
            owner_name=(owner.full_name or None) if owner else None,
            updated_at=animal.updated_at,
        )

    async def _read_owners(self, practice_id: str, params: dict[str, str]) -> set[str]:
        seen: set[str] = set()
        async for records in self._pages("clients", practice_id, params):
            for record in records:
                owner = self._owner(record)
                self._owners[owner.id] = owner
                seen.add(owner.id)
        return seen

    async def _fill_owners(self, practice_id: str, animals: Iterable[Animal]) -> None:
        """Owners an incremental pass has not seen yet (a fresh start knows none)."""
        missing = {a.owner_id for a in animals if a.owner_id and a.owner_id not in self._owners}
        if len(missing) > OWNER_LOOKUPS:
            await self._read_owners(practice_id, {})
            return
        for owner_id in sorted(missing):
            record = await self.http.get_json(
                self.table.path("client", practice_id, owner_id),
                headers=self.table.headers(practice_id),
            )
            self._owners[owner_id] = self._owner(self.wire.obj(record, "client"))

    async def iter_patients(self, since: datetime | None = None) -> AsyncIterator[list[Patient]]:
        for practice_id in await self._practice_ids():
            async for page in self._practice_patients(practice_id, since):
                yield page

    async def _practice_patients(
        self, practice_id: str, since: datetime | None
    ) -> AsyncIterator[list[Patient]]:
        params = self._since(since)
        changed_owners = await self._read_owners(practice_id, params)
        emitted: set[str] = set()
        async for records in self._pages("patients", practice_id, params):
            animals = [self._animal(r, practice_id) for r in records]
            for animal in animals:
                self._remember(animal)
            await self._fill_owners(practice_id, animals)
            emitted.update(a.id for a in animals)
            yield [self._patient(a) for a in animals]
        if since is None:
            self._indexed.add(practice_id)
            return
        # An owner's new name or phone changes how each of their animals is found and shown.
        if changed_owners and practice_id not in self._indexed:
            await self._index_animals(practice_id)
        stale = {
            animal_id
            for owner_id in changed_owners
            for animal_id in self._animals_by_owner.get(owner_id, ())
        } - emitted
        if stale:
            yield [self._patient(self._animals[a]) for a in sorted(stale)]

    async def _index_animals(self, practice_id: str) -> None:
        """Which animal belongs to whom, read once after a restart (no owner filter exists)."""
        async for records in self._pages("patients", practice_id):
            for record in records:
                self._remember(self._animal(record, practice_id))
        self._indexed.add(practice_id)

    async def _owner_of(self, practice_id: str, animal_id: str) -> str:
        animal = self._animals.get(animal_id)
        if animal is None:
            record = await self.http.get_json(
                self.table.path("patient", practice_id, animal_id),
                headers=self.table.headers(practice_id),
            )
            animal = self._animal(self.wire.obj(record, "patient"), practice_id)
            self._remember(animal)
        if animal.owner_id is None:
            raise Invalid("this animal has no owner in the PIMS to book for", vendor=self.label)
        return animal.owner_id

    # -- appointments --------------------------------------------------------------------
    def _appointment(self, record: dict[str, Any], zone: ZoneInfo) -> Appointment:
        where = "appointment"
        start = self._local(record, "StartDateTime", where, zone)
        if record.get("EndDateTime"):
            end = self._local(record, "EndDateTime", where, zone)
        else:
            end = start + timedelta(minutes=self.wire.minutes(record, "Duration", where))
        vendor_status = self.wire.opt_str(record, "Status", where) or "Scheduled"
        status = STATUSES.get(vendor_status.replace(" ", "").lower(), AppointmentStatus.BOOKED)
        if record.get("IsDeleted") is True:
            status, vendor_status = AppointmentStatus.CANCELLED, "Deleted"
        confirmed_at = None
        if record.get("ConfirmedDateTime"):
            confirmed_at = self._local(record, "ConfirmedDateTime", where, zone)
        return Appointment(
            account=self.account.name,
            id=self.wire.str(record, "Id", where),
            provider_id=self.wire.str(record, "ResourceId", where),
            start=start,
            end=end,
            status=status,
            patient_id=self.wire.opt_str(record, "PatientId", where),
            service_id=self.wire.opt_str(record, "AppointmentTypeId", where),
            title=self.wire.opt_str(record, "Reason", where) or "",
            notes=self.wire.opt_str(record, "Notes", where) or "",
            confirmed_at=confirmed_at,
            vendor_status=vendor_status,
            updated_at=self._stamp(record, where),
        )

    async def _practice_appointments(
        self, practice_id: str, start: datetime, end: datetime, since: datetime | None
    ) -> list[Appointment]:
        zone = await self._practice_zone(practice_id)
        # An hour's margin each side: a wall-clock range is ambiguous across a DST change.
        params = {
            self.table.param("start"): wall_text(start - timedelta(hours=1), zone),
            self.table.param("end"): wall_text(end + timedelta(hours=1), zone),
            **self._since(since),
        }
        out: list[Appointment] = []

        def appointment(record: dict[str, Any]) -> Appointment:
            return self._appointment(record, zone)

        async for records in self._pages("appointments", practice_id, params):
            for found in await self.mapped(appointment, records):
                if found.end > start and found.start < end:
                    out.append(found)
        return out

    async def list_appointments(
        self, start: datetime, end: datetime, *, since: datetime | None = None
    ) -> list[Appointment]:
        out: list[Appointment] = []
        for practice_id in await self._practice_ids():
            out.extend(await self._practice_appointments(practice_id, start, end, since))
        return out

    # -- writeback -----------------------------------------------------------------------
    async def book(self, request: BookingRequest) -> Appointment:
        practice_id = await self._practice_of(request.provider_id)
        zone = await self._practice_zone(practice_id)
        minutes = int((request.end - request.start).total_seconds() // 60)
        if minutes <= 0:
            raise Invalid("the appointment must end after it starts", vendor=self.label)
        body: dict[str, Any] = {
            "ClientId": await self._owner_of(practice_id, request.patient_id),
            "PatientId": request.patient_id,
            "ResourceId": request.provider_id,
            "AppointmentTypeId": request.service_id,
            "StartDateTime": wall_text(request.start, zone),
            "Duration": minutes,
        }
        if request.notes:
            body["Notes"] = request.notes
        try:
            response = await self.http.request(
                "POST",
                self.table.path("book", practice_id),
                json_body=body,
                headers=self.table.headers(practice_id),
                idempotent=False,
            )
        except Conflict as exc:
            raise Conflict(  # the vendor's own reason stays in the words the user reads
                f"that slot was just taken in the practice's PIMS ({exc.message}); "
                "pick another time",
                vendor=self.label,
            ) from None
        except Forbidden as exc:
            raise Forbidden(
                f"SyncVet refused the booking ({exc.message}): appointment booking must be "
                "enabled for this practice in SyncVet",
                vendor=self.label,
            ) from None
        except OutcomeUnknown as exc:
            # 408 "Agent connection timeout" (or a 5xx) may come after the PIMS took the booking
            # (failures.py decides that); only the words are SyncVet's.
            raise OutcomeUnknown(
                AGENT_OFFLINE, vendor=self.label, retry_after=exc.retry_after
            ) from None
        return self._appointment(self.wire.obj(self.http.json(response), "appointment"), zone)

    async def find_booking(self, request: BookingRequest) -> Appointment | None:
        """SyncVet has no idempotency key: the booking is recognised by resource, start, animal."""
        practice_id = await self._practice_of(request.provider_id)
        window = timedelta(minutes=1)
        found = await self._practice_appointments(
            practice_id, request.start - window, request.end + window, None
        )
        for appointment in found:
            if (
                appointment.provider_id == request.provider_id
                and appointment.patient_id == request.patient_id
                and appointment.start == request.start
                and appointment.status is not AppointmentStatus.CANCELLED
            ):
                return appointment
        return None

    async def confirm(self, appointment: Appointment) -> Appointment:
        practice_id = await self._practice_of(appointment.provider_id)
        zone = await self._practice_zone(practice_id)
        try:
            response = await self.http.request(
                "POST",
                self.table.path("confirm", practice_id, appointment.id),
                headers=self.table.headers(practice_id),
                idempotent=True,  # confirming twice leaves it confirmed
            )
        except Unavailable as exc:
            # Idempotent: a 408/5xx is transient (failures.py); only the words are SyncVet's.
            raise type(exc)(
                AGENT_OFFLINE_CONFIRM, vendor=self.label, retry_after=exc.retry_after
            ) from None
        if not response.content.strip():  # accepted without the record: we know what changed
            return dataclasses.replace(appointment, confirmed_at=self.clock.now())
        return self._appointment(self.wire.obj(self.http.json(response), "appointment"), zone)


def _first(reply: dict[str, Any], keys: Iterable[str]) -> Any:
    """The first of `keys` the reply has (in any letter case), else None."""
    lowered = {k.lower(): v for k, v in reply.items()}
    for key in keys:
        if lowered.get(key.lower()) is not None:
            return lowered[key.lower()]
    return None


def _count(value: Any) -> int | None:
    """A whole number the reply states (as a number or digits), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def _offset(value: Any) -> str | float | None:
    return value if isinstance(value, str | int | float) and not isinstance(value, bool) else None
