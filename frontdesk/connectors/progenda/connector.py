"""Progenda API v2 (shared/vendor-docs/progenda-api-v2.txt) mapped into the canonical model.

Centers are locations, calendars are providers, services are listed per calendar and linked to
appointments through the integrator's `service_remote_id`. Updates address records by
`remote_id`, so a record the clinic created in Progenda gets one of ours ("fd-...") assigned
before the first change. A booking's remote_id is the outbox key: after an unknown outcome a GET
by remote_id tells whether it was created, so it is never sent twice. A blockout's occurrence is
an appointment with a title and no patient, keyed the same way; read back, it is left out of the
appointments (the book draws it as its blockout's band).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Sequence
from datetime import datetime, timedelta
from functools import partial
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from frontdesk.connectors.account import AccountConfig
from frontdesk.connectors.base import Connector
from frontdesk.connectors.http import VendorHttp
from frontdesk.connectors.localtime import location_zone, unix_text
from frontdesk.connectors.paging import Stated, paginate_numbered
from frontdesk.connectors.wire import Wire
from frontdesk.domain.blockouts import REMOTE_PREFIX, Occurrence
from frontdesk.domain.clock import Clock
from frontdesk.domain.errors import Invalid, NotFound, NotSupported
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

PAGE_SIZE = 1000
DEFAULT_BASE_URL = "https://progenda.be/api/v2"
DEFAULT_TIMEZONE = "Europe/Brussels"  # Progenda serves Belgium; the API has no zone (assumed)
# `since` is compared with "updated after": step back a little so an edit made in the same
# second as the previous sync is not missed (records are upserted, so overlap is harmless).
SINCE_OVERLAP = timedelta(seconds=2)


class ProgendaQueryAuth:
    """Documented: `user_email` and `user_token` as query parameters on every request."""

    def __init__(self, email: str, token: str) -> None:
        self._params = {"user_email": email, "user_token": token}

    async def prepare(self, http: Any) -> tuple[dict[str, str], dict[str, str]]:
        return {}, dict(self._params)

    async def refresh(self, http: Any) -> bool:
        return False  # a static token: a 401 means the settings are wrong


HEX_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


class ProgendaConnector(Connector):
    vendor = "progenda"
    label = "Progenda"
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
            Capability.EDIT_APPOINTMENT,
            Capability.UNDO_STATUS,
            Capability.BLOCKOUTS,
            Capability.INCREMENTAL_PATIENTS,
            Capability.INCREMENTAL_APPOINTMENTS,
        }
    )
    unsupported: ClassVar[dict[Capability, str]] = {
        Capability.CONFIRM: Text(
            "Progenda's API has no appointment confirmation "
            "(Progenda confirms by its own reminders)"
        ),
    }

    def __init__(
        self, account: AccountConfig, http: VendorHttp, clock: Clock | None = None
    ) -> None:
        super().__init__(account, http, clock)
        self.wire = Wire(self.label)
        # The API names no zone: the account's setting, else Belgium's.
        self.timezone = location_zone(
            account.option("timezone"), fallback=ZoneInfo(DEFAULT_TIMEZONE)
        ).key
        self._calendar_center: dict[str, str] = {}
        # (calendar id, service remote id) -> Progenda service id, for suggestions.
        self._service_ids: dict[tuple[str, str], str] = {}

    # -- reads ---------------------------------------------------------------------------
    def _elements(self, body: Any, plural: str, singular: str) -> list[dict[str, Any]]:
        items = self.wire.list(self.wire.field(body, plural, "reply"), plural)
        return [self.wire.obj(self.wire.field(item, singular, plural), singular) for item in items]

    def _center_ids(self) -> list[str]:
        wanted = self.account.option("center_id")
        return [wanted] if wanted else sorted(set(self._calendar_center.values()), key=int)

    async def list_locations(self) -> list[Location]:
        body = await self.http.get_json("centers")
        wanted = self.account.option("center_id")
        out = []
        for center in self._elements(body, "centers", "center"):
            center_id = self.wire.str(center, "id", "center")
            if wanted and center_id != wanted:
                continue
            name = self.wire.opt_str(center, "name", "center") or center_id
            out.append(Location(self.account.name, center_id, name, self.timezone))
        return out

    async def _calendars(self) -> list[dict[str, Any]]:
        body = await self.http.get_json("calendars")
        wanted = self.account.option("center_id")
        calendars = []
        for calendar in self._elements(body, "calendars", "calendar"):
            calendar_id = self.wire.str(calendar, "id", "calendar")
            center_id = self.wire.str(calendar, "center_id", "calendar")
            if wanted and center_id != wanted:
                continue
            self._calendar_center[calendar_id] = center_id
            calendars.append(calendar)
        return calendars

    async def _ensure_calendars(self) -> None:
        if not self._calendar_center:
            await self._calendars()

    async def list_providers(self) -> list[Provider]:
        out = []
        for calendar in await self._calendars():
            calendar_id = self.wire.str(calendar, "id", "calendar")
            name = self.wire.opt_str(calendar, "full_name", "calendar") or " ".join(
                filter(None, (calendar.get("first_name"), calendar.get("last_name")))
            )
            out.append(
                Provider(
                    self.account.name,
                    calendar_id,
                    name or f"Calendar {calendar_id}",
                    self._calendar_center[calendar_id],
                )
            )
        return out

    async def list_services(self) -> list[Service]:
        await self._ensure_calendars()
        merged: dict[str, Service] = {}
        for calendar_id in self._calendar_center:
            body = await self.http.get_json(f"calendars/{calendar_id}/services")
            for service in self._elements(body, "services", "service"):
                progenda_id = self.wire.str(service, "id", "service")
                # Appointments name their service by remote_id: that is the shared key.
                key = self.wire.opt_str(service, "remote_id", "service") or f"id:{progenda_id}"
                self._service_ids[(calendar_id, key)] = progenda_id
                known = merged.get(key)
                providers = (*known.provider_ids, calendar_id) if known else (calendar_id,)
                merged[key] = Service(
                    self.account.name,
                    key,
                    self.wire.opt_str(service, "name", "service") or key,
                    self.wire.minutes(service, "duration", "service"),
                    self.wire.opt_str(service, "color", "service"),
                    providers,
                )
        return list(merged.values())

    def _patient(self, record: dict[str, Any], center_id: str) -> Patient:
        """Documented: a center lists "the patients belonging to the center"; the record
        itself names none, so the center is the one it was read from."""
        where = "patient"
        return Patient(
            account=self.account.name,
            id=self.wire.str(record, "id", where),
            first_name=self.wire.opt_str(record, "first_name", where) or "",
            last_name=self.wire.opt_str(record, "last_name", where) or "",
            birth_date=self.wire.opt_date(record, "birthdate", where),
            phone=self.wire.opt_str(record, "phone_number", where),
            email=self.wire.opt_str(record, "email", where),
            active=record.get("status", "active") == "active",
            vendor_ref=self.wire.opt_str(record, "remote_id", where),
            location_id=center_id,
        )

    async def iter_patients(self, since: datetime | None = None) -> AsyncIterator[list[Patient]]:
        await self._ensure_calendars()
        for center_id in self._center_ids():
            async for patients in self._center_patients(center_id, since):
                yield patients

    async def _center_patients(
        self, center_id: str, since: datetime | None
    ) -> AsyncIterator[list[Patient]]:
        async def read(page: int) -> tuple[list[Patient], Stated]:
            params: dict[str, str] = {"page": str(page)}
            if since is not None:
                params["since"] = unix_text(since - SINCE_OVERLAP)
            response = await self.http.request(
                "GET", f"centers/{center_id}/patients", params=params
            )
            records = self._elements(self.http.json(response), "patients", "patient")
            total = response.headers.get("X-Total-Count", "").strip()
            stated = Stated(total_items=int(total) if total.isdigit() else None)
            return await self.mapped(lambda r: self._patient(r, center_id), records), stated

        # 1000 a page is what Progenda is known to serve; a server serving fewer is learned.
        async for patients in paginate_numbered(
            read, asked=PAGE_SIZE, vendor=self.label, what="patients"
        ):
            yield patients

    def _appointment(self, record: dict[str, Any], calendar_id: str) -> Appointment:
        where = "appointment"
        vendor_status = self.wire.opt_str(record, "status", where) or "booked"
        arrived = self.wire.opt_unix(record, "patient_arrived_at", where)
        status = {
            "cancelled": AppointmentStatus.CANCELLED,
            "noshow": AppointmentStatus.NOSHOW,
        }.get(vendor_status, AppointmentStatus.BOOKED)
        if record.get("noshow") is True:
            status = AppointmentStatus.NOSHOW
        elif status is AppointmentStatus.BOOKED and arrived is not None:
            status = AppointmentStatus.ARRIVED
        notes = record.get("notes")
        return Appointment(
            account=self.account.name,
            id=self.wire.str(record, "id", where),
            provider_id=calendar_id,
            start=self.wire.unix(record, "start", where),
            end=self.wire.unix(record, "stop", where),
            status=status,
            patient_id=self.wire.opt_str(record, "patient_id", where),
            service_id=self.wire.opt_str(record, "service_remote_id", where),
            title=self.wire.opt_str(record, "title", where) or "",
            notes=notes if isinstance(notes, str) else "",
            colour=self.wire.opt_str(record, "color", where),
            arrived_at=arrived,
            vendor_status=vendor_status,
            vendor_ref=self.wire.opt_str(record, "remote_id", where),
        )

    async def list_appointments(
        self, start: datetime, end: datetime, *, since: datetime | None = None
    ) -> list[Appointment]:
        await self._ensure_calendars()
        out: list[Appointment] = []
        for calendar_id in self._calendar_center:
            params = {"start": unix_text(start), "stop": unix_text(end)}
            if since is not None:
                params["since"] = unix_text(since - SINCE_OVERLAP)
            body = await self.http.get_json(f"calendars/{calendar_id}/appointments", params=params)
            records = [
                r
                for r in self._elements(body, "appointments", "appointment")
                if not str(r.get("remote_id") or "").startswith(REMOTE_PREFIX)
            ]
            out.extend(
                await self.mapped(partial(self._appointment, calendar_id=calendar_id), records)
            )
        return out

    async def find_openings(
        self,
        service_id: str,
        start: datetime,
        end: datetime,
        provider_ids: Sequence[str] = (),
    ) -> list[Opening]:
        if not self._service_ids:
            await self.list_services()
        out: list[Opening] = []
        for calendar_id in provider_ids or list(self._calendar_center):
            progenda_service = self._service_ids.get((calendar_id, service_id))
            if progenda_service is None:
                continue  # this calendar does not offer the service
            body = await self.http.get_json(
                f"calendars/{calendar_id}/suggestions",
                params={
                    "service_id": progenda_service,
                    "start": unix_text(start),
                    "stop": unix_text(end),
                },
            )
            for suggestion in self._elements(body, "suggestions", "suggestion"):
                slot_start = self.wire.iso_datetime(suggestion, "start", "suggestion")
                slot_end = self.wire.iso_datetime(suggestion, "stop", "suggestion")
                if slot_start >= start and slot_end <= end:
                    out.append(
                        Opening(self.account.name, calendar_id, service_id, slot_start, slot_end)
                    )
        return sorted(out, key=lambda o: (o.start, o.provider_id))

    # -- writes --------------------------------------------------------------------------
    async def _patient_remote_id(self, center_id: str, patient_id: str) -> str:
        """The patient's remote_id, assigning ours when the clinic created the patient."""
        remote_id = f"fd-p-{patient_id}"
        try:
            body = await self.http.get_json(f"centers/{center_id}/patients/remote_id:{remote_id}")
            return self.wire.str(self.wire.field(body, "patient", "reply"), "remote_id", "patient")
        except NotFound:
            pass
        try:
            body = await self.http.request(
                "PUT",
                f"centers/{center_id}/patients/{patient_id}",
                json_body={"patient": {"remote_id": remote_id}},
            )
        except NotFound:
            raise Invalid(
                "the patient does not belong to this calendar's center", vendor=self.label
            ) from None
        patient = self.wire.field(self.http.json(body), "patient", "reply")
        return self.wire.opt_str(patient, "remote_id", "patient") or remote_id

    @staticmethod
    def _patient_fields(draft: PatientDraft) -> dict[str, Any]:
        # email and phone_number must be present on a create, even when unknown.
        return {
            "first_name": draft.first_name.strip(),
            "last_name": draft.last_name.strip(),
            "email": draft.email or None,
            "phone_number": draft.phone or None,
            "birthdate": draft.birth_date.isoformat() if draft.birth_date else None,
        }

    async def create_patient(self, draft: PatientDraft, client_key: str) -> Patient:
        """The outbox key is the patient's remote_id: a lost reply is looked up, not resent."""
        await self._ensure_calendars()
        centers = self._center_ids()
        if not centers:
            raise Invalid("this account has no center to add the patient to", vendor=self.label)
        fields = {**self._patient_fields(draft), "remote_id": client_key}
        response = await self.http.request(
            "POST",
            f"centers/{centers[0]}/patients",
            json_body={"patient": fields},
            idempotent=False,
        )
        record = self.wire.field(self.http.json(response), "patient", "reply")
        return self._patient(self.wire.obj(record, "patient"), centers[0])

    async def find_created_patient(self, draft: PatientDraft, client_key: str) -> Patient | None:
        await self._ensure_calendars()
        for center_id in self._center_ids():
            try:
                body = await self.http.get_json(
                    f"centers/{center_id}/patients/remote_id:{client_key}"
                )
            except NotFound:
                continue
            record = self.wire.field(body, "patient", "reply")
            return self._patient(self.wire.obj(record, "patient"), center_id)
        return None

    async def update_patient(self, patient: Patient, draft: PatientDraft) -> Patient:
        """Addressed by remote_id (ours is assigned first when the clinic created the patient);
        the patient's center is the one that knows it."""
        await self._ensure_calendars()
        fields = {"patient": self._patient_fields(draft)}
        for center_id in self._center_ids():
            try:
                remote_id = patient.vendor_ref or await self._patient_remote_id(
                    center_id, patient.id
                )
            except Invalid:
                continue  # not this center's patient
            try:
                response = await self.http.request(
                    "PUT", f"centers/{center_id}/patients/remote_id:{remote_id}", json_body=fields
                )
            except NotFound:
                continue
            record = self.wire.field(self.http.json(response), "patient", "reply")
            return self._patient(self.wire.obj(record, "patient"), center_id)
        raise NotFound("the patient is not in this account's centers", vendor=self.label)

    async def _appointment_remote_id(self, appointment: Appointment) -> str:
        if appointment.vendor_ref:
            return appointment.vendor_ref
        remote_id = f"fd-a-{appointment.id}"
        response = await self.http.request(
            "PUT",
            f"calendars/{appointment.provider_id}/appointments/{appointment.id}",
            json_body={"appointment": {"remote_id": remote_id}},
        )
        record = self.wire.field(self.http.json(response), "appointment", "reply")
        return self.wire.opt_str(record, "remote_id", "appointment") or remote_id

    async def book(self, request: BookingRequest) -> Appointment:
        await self._ensure_calendars()
        center_id = self._calendar_center.get(request.provider_id)
        if center_id is None:
            raise Invalid("unknown calendar", vendor=self.label)
        if not request.client_key:
            raise Invalid("a booking needs its idempotency key", vendor=self.label)
        # The patient's own remote_id when the cache knows it: never overwrite another
        # integration's key, and spare two requests. Only a patient without one gets ours.
        patient_remote_id = request.patient_ref or await self._patient_remote_id(
            center_id, request.patient_id
        )
        payload: dict[str, Any] = {
            "remote_id": request.client_key,
            "start": unix_text(request.start),
            "stop": unix_text(request.end),
            "status": "booked",
            "patient_remote_id": patient_remote_id,
            "service_remote_id": request.service_id,
        }
        if request.notes:
            payload["notes"] = request.notes
        return await self._create(request.provider_id, payload)

    async def find_booking(self, request: BookingRequest) -> Appointment | None:
        return await self._by_remote_id(request.provider_id, request.client_key)

    async def _create(self, calendar_id: str, payload: dict[str, Any]) -> Appointment:
        """POST an appointment (never resent blindly: its remote_id is looked up first)."""
        response = await self.http.request(
            "POST",
            f"calendars/{calendar_id}/appointments",
            json_body={"appointment": payload},
            idempotent=False,
        )
        record = self.wire.field(self.http.json(response), "appointment", "reply")
        return self._appointment(self.wire.obj(record, "appointment"), calendar_id)

    def _remote_path(self, calendar_id: str, remote_id: str) -> str:
        return f"calendars/{calendar_id}/appointments/remote_id:{remote_id}"

    async def _by_remote_id(self, calendar_id: str, remote_id: str) -> Appointment | None:
        """The appointment created with our remote_id; None when Progenda has none (404)."""
        try:
            body = await self.http.get_json(self._remote_path(calendar_id, remote_id))
        except NotFound:
            return None
        record = self.wire.obj(self.wire.field(body, "appointment", "reply"), "appointment")
        return self._appointment(record, calendar_id)

    # -- blockouts: an appointment with a title and no patient (documented: `title`) ------
    async def store_blockout(self, occurrence: Occurrence) -> Appointment:
        await self._ensure_calendars()
        if occurrence.provider_id not in self._calendar_center:
            raise Invalid("unknown calendar", vendor=self.label)
        payload: dict[str, Any] = {
            "remote_id": occurrence.remote_id,
            "start": unix_text(occurrence.start),
            "stop": unix_text(occurrence.end),
            "title": occurrence.title,
            "status": "booked",
        }
        if occurrence.colour and HEX_COLOUR.fullmatch(occurrence.colour):
            payload["color"] = occurrence.colour.lower()  # documented: "#xxyyzz", nothing else
        return await self._create(occurrence.provider_id, payload)

    def _occurrence_path(self, occurrence: Occurrence) -> str:
        return self._remote_path(occurrence.provider_id, occurrence.remote_id)

    async def find_blockout(self, occurrence: Occurrence) -> Appointment | None:
        return await self._by_remote_id(occurrence.provider_id, occurrence.remote_id)

    async def remove_blockout(self, occurrence: Occurrence) -> bool:
        try:
            await self.http.request("DELETE", self._occurrence_path(occurrence))
        except NotFound:
            return False  # deleted at Progenda's screen, or by an earlier try whose reply was lost
        return True

    async def _update(self, appointment: Appointment, fields: dict[str, Any]) -> Appointment:
        remote_id = await self._appointment_remote_id(appointment)
        response = await self.http.request(
            "PUT",
            f"calendars/{appointment.provider_id}/appointments/remote_id:{remote_id}",
            json_body={"appointment": fields},
        )
        record = self.wire.obj(
            self.wire.field(self.http.json(response), "appointment", "reply"), "appointment"
        )
        return self._appointment(record, appointment.provider_id)

    async def move(
        self, appointment: Appointment, start: datetime, end: datetime, provider_id: str
    ) -> Appointment:
        if provider_id != appointment.provider_id:
            raise NotSupported(
                "Progenda cannot move an appointment to another calendar; cancel it and book again",
                vendor=self.label,
            )
        return await self._update(appointment, {"start": unix_text(start), "stop": unix_text(end)})

    async def cancel(self, appointment: Appointment, reason: str = "") -> Appointment:
        fields: dict[str, Any] = {"status": "cancelled"}
        if reason:
            fields["notes"] = reason
        return await self._update(appointment, fields)

    async def mark_arrived(self, appointment: Appointment) -> Appointment:
        now = self.clock.now() if appointment.arrived_at is None else appointment.arrived_at
        return await self._update(appointment, {"patient_arrived_at": unix_text(now)})

    async def mark_noshow(self, appointment: Appointment) -> Appointment:
        return await self._update(appointment, {"status": "noshow", "noshow": True})

    async def edit_appointment(
        self,
        appointment: Appointment,
        *,
        notes: str | None = None,
        service_id: str | None = None,
        end: datetime | None = None,
    ) -> Appointment:
        """Documented: the update takes `notes`, `service_remote_id` and `stop`."""
        fields: dict[str, Any] = {}
        if end is not None:
            fields["stop"] = unix_text(end)
        if notes is not None:
            fields["notes"] = notes
        if service_id is not None:
            if service_id.startswith("id:"):  # a service without remote_id cannot be named
                raise Invalid("this service has no remote_id in Progenda", vendor=self.label)
            fields["service_remote_id"] = service_id
        return await self._update(appointment, fields)

    async def undo_status(self, appointment: Appointment) -> Appointment:
        """Documented: status "booked", `noshow` false, `patient_arrived_at` null (arrived
        unknown). A cancelled appointment cannot become booked again: Progenda refuses it."""
        return await self._update(
            appointment, {"status": "booked", "noshow": False, "patient_arrived_at": None}
        )
