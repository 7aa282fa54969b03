"""PatientNow Essentials (PNE) and its subset VISH, mapped into the canonical model.

Documented (shared/vendor-docs/patientnow-essentials-conventions.txt, NOTES.md): base
https://api.envisiongo.com/api/v1 for both; `apikey` query parameter plus Basic auth; Page/Rows
paging with Rows capped at 100 and Data* headers on most lists; bare arrays; PascalCase; opaque
string ids; ModifiedOnStart for incremental sync; `POST customers/{id}/Appointments` is a READ;
a create answers `{"id": ...}`; 1,000 requests a day on the standard plan, 429 beyond.

Companies are locations, employees providers, customers patients. Everything the documents leave
open (appointment paths and fields, ShowAvailable, time shapes) follows docs/vendors/patientnow.md
and is an account option where a clinic's API could differ.
"""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

import httpx

from frontdesk.connectors.account import AccountConfig
from frontdesk.connectors.base import Connector, matches_draft
from frontdesk.connectors.http import VendorHttp
from frontdesk.connectors.localtime import (
    local_date,
    local_dates,
    location_zone,
    parse_wall,
    wall_text,
)
from frontdesk.connectors.paging import Stated, paginate_numbered
from frontdesk.connectors.wire import Wire
from frontdesk.domain.clock import Clock
from frontdesk.domain.errors import Invalid, NotFound, ProtocolError, RateLimited
from frontdesk.domain.models import (
    Appointment,
    AppointmentStatus,
    BookingRequest,
    Capability,
    Location,
    Opening,
    Patient,
    PatientDraft,
    Provider,
    Service,
)
from frontdesk.domain.texts import Text

DEFAULT_BASE_URL = "https://api.envisiongo.com/api/v1"
MAX_ROWS = 100  # documented: a larger Rows is clamped down to 100
DEFAULT_PAGE_SIZE = 100  # the fewest requests against a 1,000-a-day quota
DEFAULT_TIMEZONE = "America/Los_Angeles"  # assumed, when a company carries no TimeZone
DEFAULT_SHOW_AVAILABLE_PATH = "appointments/ShowAvailable"  # assumed
DEFAULT_APPOINTMENTS_PATH = "appointments"  # assumed for create/update
# ModifiedOnStart is inclusive; step back a little so an edit made just before the previous
# pass ended is not missed (records are upserted, so overlap is harmless).
SINCE_OVERLAP = timedelta(seconds=2)

# Assumed status vocabulary (docs/vendors/patientnow.md).
STATUS_MAP = {
    "booked": AppointmentStatus.BOOKED,
    "scheduled": AppointmentStatus.BOOKED,
    "confirmed": AppointmentStatus.BOOKED,  # confirmation is a flag beside the status
    "checkedin": AppointmentStatus.ARRIVED,
    "arrived": AppointmentStatus.ARRIVED,
    "inprogress": AppointmentStatus.ARRIVED,
    "completed": AppointmentStatus.FULFILLED,
    "checkedout": AppointmentStatus.FULFILLED,
    "noshow": AppointmentStatus.NOSHOW,
    "cancelled": AppointmentStatus.CANCELLED,
    "canceled": AppointmentStatus.CANCELLED,
}
CHECKED_IN, NO_SHOW, CANCELLED = "CheckedIn", "NoShow", "Cancelled"


class PatientNowAuth:
    """Documented: the gateway key as query parameter `apikey` and Basic auth for the API user."""

    def __init__(self, apikey: str, username: str, password: str) -> None:
        self._apikey = apikey
        token = base64.b64encode(f"{username}:{password}".encode()).decode()
        self._authorization = f"Basic {token}"

    async def prepare(self, http: Any) -> tuple[dict[str, str], dict[str, str]]:
        return {"Authorization": self._authorization}, {"apikey": self._apikey}

    async def refresh(self, http: Any) -> bool:
        return False  # static credentials: a 401 means the settings are wrong


def make_auth(account: AccountConfig) -> PatientNowAuth:
    return PatientNowAuth(
        account.secret("apikey"), account.secret("username"), account.secret("password")
    )


def header_int(response: httpx.Response, name: str) -> int | None:
    raw = response.headers.get(name, "").strip()
    return int(raw) if raw.isdigit() else None


def next_midnight_utc(now: datetime) -> float:
    tomorrow = (now.astimezone(UTC) + timedelta(days=1)).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    return (tomorrow - now).total_seconds()


class EnvisionConnector(Connector):
    """What PNE and VISH share: auth, paging, companies, employees, services, appointments."""

    capabilities: ClassVar[frozenset[Capability]] = frozenset()

    def __init__(
        self, account: AccountConfig, http: VendorHttp, clock: Clock | None = None
    ) -> None:
        super().__init__(account, http, clock)
        self.wire = Wire(self.label)
        self.company_id = account.option("company_id")
        size = account.option("page_size", str(DEFAULT_PAGE_SIZE))
        self.page_size = int(size) if size.isdigit() and int(size) > 0 else DEFAULT_PAGE_SIZE
        default = ZoneInfo(DEFAULT_TIMEZONE)
        self.fallback_zone = location_zone(account.option("timezone"), fallback=default)
        self.modified_zone = location_zone(account.option("modified_zone", "UTC"), fallback=default)
        self._companies: dict[str, Location] = {}
        self._employee_company: dict[str, str] = {}

    # -- transport -----------------------------------------------------------------------
    async def send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        json_body: Any = None,
        idempotent: bool | None = None,
    ) -> httpx.Response:
        try:
            return await self.http.request(
                method, path, params=params, json_body=json_body, idempotent=idempotent
            )
        except RateLimited as exc:
            if exc.retry_after is not None:
                raise
            # The quota is per day (reset at midnight UTC, assumed): say when to come back
            # instead of letting anyone retry at once.
            raise RateLimited(
                "the plan's daily request quota is spent; requests resume after midnight UTC",
                vendor=self.label,
                retry_after=next_midnight_utc(self.clock.now()),
            ) from None

    async def pages(
        self,
        resource: str,
        params: Mapping[str, str] | None = None,
        *,
        method: str = "GET",
        first_page: int = 1,
    ) -> AsyncIterator[list[dict[str, Any]]]:
        """Every page of a list. Follows the Data* headers when present, else stops at a short
        or empty page. "Short" is measured against what the server can serve (Rows is clamped to
        100), so a page size above the cap still reaches the end."""

        async def read(page: int) -> tuple[list[dict[str, Any]], Stated]:
            query = {**(params or {}), "Page": str(page), "Rows": str(self.page_size)}
            if method == "POST":
                # Documented reads that use POST (customers/{id}/Appointments): safe to retry.
                response = await self.send(
                    "POST", resource, params=query, json_body={}, idempotent=True
                )
            else:
                response = await self.send("GET", resource, params=query)
            body = self.wire.list(self.http.json(response), resource)
            batch = [self.wire.obj(item, resource) for item in body]
            return batch, self._stated(response, resource, page, len(batch))

        async for batch in paginate_numbered(
            read,
            asked=self.page_size,
            cap=MAX_ROWS,
            first=first_page,
            vendor=self.label,
            what=resource,
        ):
            yield batch

    def _stated(self, response: httpx.Response, resource: str, page: int, received: int) -> Stated:
        """What the Data* headers say, when the list carries them."""
        current = header_int(response, "DataCurrentPage")
        total_pages = header_int(response, "DataTotalPages")
        if received and current is not None and current != page:
            raise ProtocolError(
                f"asked for page {page} of {resource}, got page {current}", vendor=self.label
            )
        return Stated(
            total_items=header_int(response, "DataTotalRows"),
            total_pages=total_pages if received and current is not None else None,
        )

    async def all_of(
        self, resource: str, params: Mapping[str, str] | None = None
    ) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        async for batch in self.pages(resource, params):
            out.extend(batch)
        return out

    # -- time ----------------------------------------------------------------------------
    def zone_of(self, company_id: str | None) -> ZoneInfo:
        location = self._companies.get(company_id or "")
        if location is None and self.company_id:
            location = self._companies.get(self.company_id)
        return ZoneInfo(location.timezone) if location else self.fallback_zone

    def local_time(self, record: dict[str, Any], key: str, zone: ZoneInfo) -> datetime:
        """A clinic-local time without offset (assumed shape) as aware UTC."""
        text = self.wire.str(record, key, "appointment")
        try:
            return parse_wall(text, zone)
        except ValueError:
            raise self.wire.fail(f"appointment.{key} is not a date and time") from None

    def opt_local_time(self, record: dict[str, Any], key: str, zone: ZoneInfo) -> datetime | None:
        return None if record.get(key) in (None, "") else self.local_time(record, key, zone)

    def modified_on(self, record: dict[str, Any], where: str) -> datetime | None:
        text = self.wire.opt_str(record, "ModifiedOn", where)
        if text is None:
            return None
        try:
            return parse_wall(text, self.modified_zone)  # a Z or an offset wins over the zone
        except ValueError:
            raise self.wire.fail(f"{where}.ModifiedOn is not a date and time") from None

    def modified_since(self, since: datetime) -> str:
        return wall_text(since - SINCE_OVERLAP, self.modified_zone)

    # -- reference data ------------------------------------------------------------------
    async def test_connection(self) -> None:
        await self.send("GET", "status")
        locations = await self.list_locations()
        if self.company_id and not locations:
            raise Invalid(
                "the company id in the settings is not one of this account's companies",
                vendor=self.label,
            )

    async def list_locations(self) -> list[Location]:
        companies: dict[str, Location] = {}
        for record in await self.all_of("companies"):
            company_id = self.wire.str(record, "CompanyId", "company")
            zone_name = self.wire.opt_str(record, "TimeZone", "company")
            zone = location_zone(zone_name, fallback=self.fallback_zone)
            name = self.wire.opt_str(record, "Name", "company") or company_id
            companies[company_id] = Location(self.account.name, company_id, name, zone.key)
        self._companies = companies
        if self.company_id:
            return [c for c in companies.values() if c.id == self.company_id]
        return list(companies.values())

    async def _ensure_companies(self) -> None:
        if not self._companies:
            await self.list_locations()

    def _scope(self, params: dict[str, str] | None = None) -> dict[str, str]:
        out = dict(params or {})
        if self.company_id:
            out["CompanyId"] = self.company_id
        return out

    async def list_providers(self) -> list[Provider]:
        out = []
        for record in await self.all_of("employees", self._scope({"IsActive": "true"})):
            where = "employee"
            employee_id = self.wire.str(record, "EmployeeId", where)
            name = self.wire.opt_str(record, "DisplayName", where) or " ".join(
                filter(None, (record.get("FirstName"), record.get("LastName")))
            )
            company_id = self.wire.opt_str(record, "CompanyId", where)
            if company_id:
                self._employee_company[employee_id] = company_id
            out.append(
                Provider(
                    self.account.name,
                    employee_id,
                    name or f"Employee {employee_id[:6]}",
                    company_id,
                    self.wire.opt_str(record, "Color", where),
                )
            )
        return out

    async def list_services(self) -> list[Service]:
        out = []
        for record in await self.all_of("services", self._scope({"IsActive": "true"})):
            where = "service"
            employees = record.get("EmployeeIds") or []
            out.append(
                Service(
                    self.account.name,
                    self.wire.str(record, "ServiceId", where),
                    self.wire.opt_str(record, "Name", where) or "Service",
                    self.wire.minutes(record, "Duration", where),
                    self.wire.opt_str(record, "Color", where),
                    tuple(str(e) for e in self.wire.list(employees, "service.EmployeeIds")),
                )
            )
        return out

    # -- appointments --------------------------------------------------------------------
    def query_groups(self) -> list[tuple[ZoneInfo, str | None]]:
        """One query for the account when its companies share a zone, else one per company
        (StartDate/EndDate are clinic-local dates)."""
        if self.company_id:
            return [(self.zone_of(self.company_id), self.company_id)]
        zones = {c.timezone for c in self._companies.values()}
        if len(zones) <= 1:
            return [(self.zone_of(None), None)]
        return [(ZoneInfo(c.timezone), c.id) for c in self._companies.values()]

    def appointment(self, record: dict[str, Any]) -> Appointment:
        where = "appointment"
        zone = self.zone_of(self.wire.opt_str(record, "CompanyId", where))
        vendor_status = self.wire.opt_str(record, "Status", where) or "Booked"
        status = STATUS_MAP.get(vendor_status.replace(" ", "").lower(), AppointmentStatus.BOOKED)
        updated = self.modified_on(record, where)
        confirmed_at = self.opt_local_time(record, "ConfirmedOn", zone)
        if confirmed_at is None and record.get("IsConfirmed") is True:
            confirmed_at = updated  # confirmed, but the vendor did not say when
        notes = record.get("Notes")
        return Appointment(
            account=self.account.name,
            id=self.wire.str(record, "AppointmentId", where),
            provider_id=self.wire.str(record, "EmployeeId", where),
            start=self.local_time(record, "StartDateTime", zone),
            end=self.local_time(record, "EndDateTime", zone),
            status=status,
            patient_id=self.wire.opt_str(record, "CustomerId", where),
            service_id=self.wire.opt_str(record, "ServiceId", where),
            # Shown where the patient is not in the cache (always so with VISH).
            title=self.wire.opt_str(record, "CustomerName", where) or "",
            notes=notes if isinstance(notes, str) else "",
            confirmed_at=confirmed_at,
            arrived_at=self.opt_local_time(record, "CheckedInOn", zone),
            vendor_status=vendor_status,
            updated_at=updated,
        )

    async def list_appointments(
        self, start: datetime, end: datetime, *, since: datetime | None = None
    ) -> list[Appointment]:
        await self._ensure_companies()
        out: dict[str, Appointment] = {}
        for zone, company_id in self.query_groups():
            first, last = local_dates(start, end, zone)
            params = {"StartDate": first.isoformat(), "EndDate": last.isoformat()}
            if company_id:
                params["CompanyId"] = company_id
            if since is not None:
                params["ModifiedOnStart"] = self.modified_since(since)
            async for batch in self.pages("appointments", params):
                for appointment in await self.mapped(self.appointment, batch):
                    if appointment.end > start and appointment.start < end:
                        out[appointment.id] = appointment
        return sorted(out.values(), key=lambda a: (a.start, a.provider_id, a.id))


class PatientNowConnector(EnvisionConnector):
    vendor = "patientnow"
    label = "PatientNow Essentials"
    capabilities = frozenset(
        {
            Capability.READ_PATIENTS,
            Capability.CREATE_PATIENT,
            Capability.EDIT_PATIENT,
            Capability.READ_APPOINTMENTS,
            Capability.OPENINGS,
            Capability.BOOK,
            Capability.MOVE,
            Capability.CANCEL,
            Capability.ARRIVED,
            Capability.NOSHOW,
            Capability.CONFIRM,
            Capability.EDIT_APPOINTMENT,
            Capability.INCREMENTAL_PATIENTS,
            Capability.INCREMENTAL_APPOINTMENTS,
        }
    )
    unsupported: ClassVar[dict[Capability, str]] = {}

    def __init__(
        self, account: AccountConfig, http: VendorHttp, clock: Clock | None = None
    ) -> None:
        super().__init__(account, http, clock)
        self.show_available_path = account.option(
            "show_available_path", DEFAULT_SHOW_AVAILABLE_PATH
        ).strip("/")
        self.appointments_path = account.option(
            "appointments_path", DEFAULT_APPOINTMENTS_PATH
        ).strip("/")

    # -- patients ------------------------------------------------------------------------
    def patient(self, record: dict[str, Any]) -> Patient:
        where = "customer"
        phone = self.wire.opt_str(record, "MobilePhone", where) or self.wire.opt_str(
            record, "HomePhone", where
        )
        return Patient(
            account=self.account.name,
            id=self.wire.str(record, "CustomerId", where),
            first_name=self.wire.opt_str(record, "FirstName", where) or "",
            last_name=self.wire.opt_str(record, "LastName", where) or "",
            birth_date=self.wire.opt_date(record, "DateOfBirth", where),
            phone=phone,
            email=self.wire.opt_str(record, "Email", where),
            active=record.get("IsActive") is not False,
            updated_at=self.modified_on(record, where),
        )

    async def iter_patients(self, since: datetime | None = None) -> AsyncIterator[list[Patient]]:
        # Customers are read account-wide (no CompanyId): a client of the other location must
        # still be found at this desk.
        params = {} if since is None else {"ModifiedOnStart": self.modified_since(since)}
        async for batch in self.pages("customers", params):
            yield await self.mapped(self.patient, batch)

    async def iter_patients_from(
        self, since: datetime | None, resume: str | None
    ) -> AsyncIterator[tuple[list[Patient], str | None]]:
        """Customers page by page; the token "<rows>:<next page>" resumes a killed pass (PNE
        lists customers in a stable order, new ones last)."""
        params = {} if since is None else {"ModifiedOnStart": self.modified_since(since)}
        rows, _, page_text = (resume or "").partition(":")
        page = int(page_text) if rows == str(self.page_size) and page_text.isdigit() else 1
        async for batch in self.pages("customers", params, first_page=page):
            page += 1
            yield await self.mapped(self.patient, batch), f"{self.page_size}:{page}"

    # -- patient writes (POST/PUT customers, documented) ----------------------------------
    @staticmethod
    def customer_fields(draft: PatientDraft) -> dict[str, Any]:
        return {
            "FirstName": draft.first_name.strip(),
            "LastName": draft.last_name.strip(),
            "Email": draft.email or None,
            "MobilePhone": draft.phone or None,
            "DateOfBirth": f"{draft.birth_date.isoformat()}T00:00:00" if draft.birth_date else None,
        }

    async def customer(self, customer_id: str) -> Patient:
        response = await self.send("GET", f"customers/{customer_id}")
        return self.patient(self.wire.obj(self.http.json(response), "customer"))

    async def create_patient(self, draft: PatientDraft, client_key: str) -> Patient:
        """PNE has no client key on customers: after an unknown outcome find_created_patient
        looks the customer up by name, birth date and contact before anything is resent."""
        await self._ensure_companies()
        fields = self.customer_fields(draft)
        company = self.company_id or next(iter(self._companies), "")
        if company:
            fields["CompanyId"] = company
        response = await self.send("POST", "customers", json_body=fields, idempotent=False)
        new_id = self.wire.str(self.http.json(response), "id", "create reply")
        return await self.customer(new_id)

    async def find_created_patient(self, draft: PatientDraft, client_key: str) -> Patient | None:
        params = {"FirstName": draft.first_name.strip(), "LastName": draft.last_name.strip()}
        if draft.email:
            params["Email"] = draft.email
        async for batch in self.pages("customers", params):
            for record in batch:
                found = self.patient(record)
                if matches_draft(found, draft):
                    return found
        return None

    async def update_patient(self, patient: Patient, draft: PatientDraft) -> Patient:
        response = await self.send(
            "PUT", f"customers/{patient.id}", json_body=self.customer_fields(draft)
        )
        if response.content.strip():
            body = self.http.json(response)
            if isinstance(body, dict) and "CustomerId" in body:
                return self.patient(body)
        return await self.customer(patient.id)

    # -- openings ------------------------------------------------------------------------
    async def find_openings(
        self,
        service_id: str,
        start: datetime,
        end: datetime,
        provider_ids: Sequence[str] = (),
    ) -> list[Opening]:
        await self._ensure_companies()
        wanted = set(provider_ids)
        employees: list[str | None] = list(provider_ids) if 0 < len(provider_ids) <= 3 else [None]
        out: dict[tuple[str, datetime], Opening] = {}
        for zone, company_id in self.query_groups():
            first, last = local_dates(start, end, zone)
            for employee_id in employees:
                params = {
                    "ServiceId": service_id,
                    "StartDate": first.isoformat(),
                    "EndDate": last.isoformat(),
                }
                if company_id:
                    params["CompanyId"] = company_id
                if employee_id:
                    params["EmployeeId"] = employee_id
                async for batch in self.pages(self.show_available_path, params):
                    for record in batch:
                        opening = self.opening(record, service_id)
                        if wanted and opening.provider_id not in wanted:
                            continue
                        if opening.start >= start and opening.end <= end:
                            out[(opening.provider_id, opening.start)] = opening
        return sorted(out.values(), key=lambda o: (o.start, o.provider_id))

    def opening(self, record: dict[str, Any], service_id: str) -> Opening:
        zone = self.zone_of(self.wire.opt_str(record, "CompanyId", "slot"))
        return Opening(
            self.account.name,
            self.wire.str(record, "EmployeeId", "slot"),
            self.wire.opt_str(record, "ServiceId", "slot") or service_id,
            self.local_time(record, "StartDateTime", zone),
            self.local_time(record, "EndDateTime", zone),
        )

    # -- writes --------------------------------------------------------------------------
    async def _company_of(self, employee_id: str) -> str:
        await self._ensure_companies()
        if employee_id not in self._employee_company:
            await self.list_providers()
        company = self._employee_company.get(employee_id) or self.company_id
        if not company:
            raise Invalid("this provider is not one of the account's employees", vendor=self.label)
        return company

    async def fetch(self, appointment_id: str) -> Appointment:
        response = await self.send("GET", f"{self.appointments_path}/{appointment_id}")
        return self.appointment(self.wire.obj(self.http.json(response), "appointment"))

    async def book(self, request: BookingRequest) -> Appointment:
        company = await self._company_of(request.provider_id)
        zone = self.zone_of(company)
        payload: dict[str, Any] = {
            "CompanyId": company,
            "CustomerId": request.patient_id,
            "EmployeeId": request.provider_id,
            "ServiceId": request.service_id,
            "StartDateTime": wall_text(request.start, zone),
            "EndDateTime": wall_text(request.end, zone),
        }
        if request.notes:
            payload["Notes"] = request.notes
        # PNE has no idempotency key: after an unknown outcome find_booking looks the booking
        # up (provider + start + customer) before anything is sent again.
        response = await self.send(
            "POST", self.appointments_path, json_body=payload, idempotent=False
        )
        new_id = self.wire.str(self.http.json(response), "id", "create reply")
        return await self.fetch(new_id)

    async def find_booking(self, request: BookingRequest) -> Appointment | None:
        company = await self._company_of(request.provider_id)
        zone = self.zone_of(company)
        day = local_date(request.start, zone).isoformat()
        try:
            async for batch in self.pages(
                f"customers/{request.patient_id}/Appointments",
                {"StartDate": day, "EndDate": day},
                method="POST",
            ):
                for record in batch:
                    found = self.appointment(record)
                    if (
                        found.provider_id == request.provider_id
                        and found.start == request.start
                        and found.status is not AppointmentStatus.CANCELLED
                        and found.service_id in (None, request.service_id)
                    ):
                        return found
        except NotFound:
            return None
        return None

    async def _update(self, appointment: Appointment, fields: dict[str, Any]) -> Appointment:
        response = await self.send(
            "PUT", f"{self.appointments_path}/{appointment.id}", json_body=fields
        )
        body: Any = None
        if response.content.strip():
            body = self.http.json(response)
        if isinstance(body, dict) and "AppointmentId" in body:
            return self.appointment(body)
        return await self.fetch(appointment.id)  # the update answered without the record

    async def move(
        self, appointment: Appointment, start: datetime, end: datetime, provider_id: str
    ) -> Appointment:
        company = await self._company_of(provider_id)
        zone = self.zone_of(company)
        fields: dict[str, Any] = {
            "StartDateTime": wall_text(start, zone),
            "EndDateTime": wall_text(end, zone),
        }
        if provider_id != appointment.provider_id:
            fields["EmployeeId"] = provider_id
        return await self._update(appointment, fields)

    async def cancel(self, appointment: Appointment, reason: str = "") -> Appointment:
        fields: dict[str, Any] = {"Status": CANCELLED}
        if reason:
            note = f"Cancelled: {reason}"
            fields["Notes"] = f"{appointment.notes}\n{note}" if appointment.notes else note
        return await self._update(appointment, fields)

    async def mark_arrived(self, appointment: Appointment) -> Appointment:
        return await self._update(appointment, {"Status": CHECKED_IN})

    async def mark_noshow(self, appointment: Appointment) -> Appointment:
        return await self._update(appointment, {"Status": NO_SHOW})

    async def confirm(self, appointment: Appointment) -> Appointment:
        return await self._update(appointment, {"IsConfirmed": True})

    async def edit_appointment(
        self,
        appointment: Appointment,
        *,
        notes: str | None = None,
        service_id: str | None = None,
        end: datetime | None = None,
    ) -> Appointment:
        """Documented: PUT updates a resource; the appointment's fields are those it is read
        with (`ServiceId`, `EndDateTime` on the clinic's wall clock, `Notes`), assumed."""
        fields: dict[str, Any] = {}
        if service_id is not None:
            fields["ServiceId"] = service_id
        if end is not None:
            company = await self._company_of(appointment.provider_id)
            fields["EndDateTime"] = wall_text(end, self.zone_of(company))
        if notes is not None:
            fields["Notes"] = notes
        return await self._update(appointment, fields)


VISH_NO_WRITES = Text("VISH's API exposes no appointment writes")
VISH_NO_CUSTOMERS = Text(
    "VISH's API has no customers resource; the book shows each client's name from the appointment"
)


class VishConnector(EnvisionConnector):
    """VISH: the PNE subset (appointments, companies, employees, services, orders, formulas)."""

    vendor = "vish"
    label = "VISH"
    capabilities = frozenset({Capability.READ_APPOINTMENTS, Capability.INCREMENTAL_APPOINTMENTS})
    unsupported: ClassVar[dict[Capability, str]] = {
        Capability.READ_PATIENTS: VISH_NO_CUSTOMERS,
        Capability.CREATE_PATIENT: VISH_NO_CUSTOMERS,
        Capability.EDIT_PATIENT: VISH_NO_CUSTOMERS,
        Capability.INCREMENTAL_PATIENTS: VISH_NO_CUSTOMERS,
        Capability.OPENINGS: Text(
            "VISH has no availability search; frontdesk computes openings from the book"
        ),
        Capability.BOOK: VISH_NO_WRITES,
        Capability.MOVE: VISH_NO_WRITES,
        Capability.CANCEL: VISH_NO_WRITES,
        Capability.ARRIVED: VISH_NO_WRITES,
        Capability.NOSHOW: VISH_NO_WRITES,
        Capability.CONFIRM: VISH_NO_WRITES,
        Capability.EDIT_APPOINTMENT: VISH_NO_WRITES,
    }

    async def iter_patients(self, since: datetime | None = None) -> AsyncIterator[list[Patient]]:
        # No customers resource: nothing to page, and no request spent finding that out.
        return
        yield  # pragma: no cover - makes this an async generator
