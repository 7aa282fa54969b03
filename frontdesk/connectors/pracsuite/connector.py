"""PracSuite (shared/vendor-docs/pracsuite.txt, NOTES.md) mapped into the canonical model.

Businesses are locations. A provider is a practitioner at one business: its id is the
`practitioner_business_id`, because that is what appointments carry and what a booking needs; a
practitioner working at two businesses is two providers. Appointment types are services, linked
to providers through their profession.

Times: `app_time` is clinic-local without offset and is read and written in the business's IANA
zone, daylight saving included; `created`/`modified` are UTC. Lists are read by following
`links.next` as PracSuite hands it out, never by building page URLs. Availability is searched one
appointment type and at most `search_days` days per call, so a longer range is split.

Booking uses `POST /appointment` directly: the alternative, `POST /reserve_appointment`, has to be
finalised by a call PracSuite does not publish, and a reservation left unfinalised holds the time.
PracSuite has no idempotency key, so a booking whose outcome is unknown is found again by
patient, practitioner and start.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

import httpx

from frontdesk.connectors.account import AccountConfig
from frontdesk.connectors.base import Connector, PartialOpenings, matches_draft
from frontdesk.connectors.http import Forbidden, VendorHttp
from frontdesk.connectors.localtime import (
    WALL_FORMAT,
    local_dates,
    location_zone,
    parse_wall,
    utc_text,
    wall_text,
)
from frontdesk.connectors.paging import Incomplete, Page, paginate
from frontdesk.connectors.pracsuite.settings import (
    LABEL,
    Settings,
    error_code,
    read_pracsuite_error,
)
from frontdesk.connectors.wire import Wire
from frontdesk.domain.clock import Clock
from frontdesk.domain.errors import (
    AuthFailed,
    Conflict,
    FrontdeskError,
    Invalid,
    NotFound,
    ProtocolError,
)
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

# `updated >= since` with a little overlap: an edit made in the second of the previous sync is
# not missed (records are upserted, so seeing one twice is harmless).
SINCE_OVERLAP = timedelta(seconds=2)
# A range's appointments are asked for from a little before its start, so one that began
# earlier and is still running shows too (app_time filters on the start only).
LOOKBACK = timedelta(hours=3)
PHONE_FIELDS = {1: "home_phone", 2: "work_phone", 3: "mobile_phone"}


@dataclass(frozen=True)
class Placement:
    """A practitioner at one business (one `practitioner_business_id`)."""

    practitioner_id: int
    business_id: str
    profession_id: str | None


@dataclass(frozen=True)
class PatientRecord:
    """A patient with the two fields the canonical model has no room for.

    `accepted_privacy_policy` is None (no answer), True or False (the patient rejected the
    clinic's privacy policy). With False, frontdesk keeps only what finds the patient (names,
    birth date) unless the account option privacy_rejected is "keep".
    """

    patient: Patient
    account_id: int | None
    accepted_privacy_policy: bool | None
    time_zone: str | None


def search_spans(
    first: date, last: date, days: int, to_inclusive: bool | None
) -> Iterator[tuple[date, date]]:
    """(`from`, `to`) pairs that together search every day of [first, last].

    PracSuite's document does not say whether `to` is the last day searched or the day after
    (None: unknown). `to` is always after `from`: from == to is refused by a server reading `to`
    as exclusive (nothing to search), and a one-day search asks for two days instead. Unknown:
    each search spans `days` - 1 days, `to` = `from` + that, and the next starts at `to`, so a
    server reading `to` as the day after misses nothing and one reading it as the last day
    searches `to` twice (the caller drops the repeats); every call stays within `days` days.
    """
    span = max(1, days - 1) if to_inclusive is None else days
    while first <= last:
        end = min(last, first + timedelta(days=span - 1))  # the last day this call must cover
        if to_inclusive is None:
            to = min(first + timedelta(days=span), last + timedelta(days=1))
            yield first, to
            first = to
            continue
        to = end if to_inclusive else end + timedelta(days=1)
        yield first, max(to, first + timedelta(days=1))
        first = end + timedelta(days=1)


class PracSuiteConnector(Connector):
    vendor = "pracsuite"
    label = LABEL
    capabilities = frozenset(
        {
            Capability.READ_PATIENTS,
            Capability.CREATE_PATIENT,
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
    unsupported: ClassVar[dict[Capability, str]] = {
        Capability.EDIT_PATIENT: Text(
            "frontdesk does not change PracSuite patient details yet; edit the patient in PracSuite"
        ),
    }

    def __init__(
        self, account: AccountConfig, http: VendorHttp, clock: Clock | None = None
    ) -> None:
        super().__init__(account, http, clock)
        self.settings = Settings.of(account)
        self.wire = Wire(self.label)
        # The registry builds VendorHttp with the generic error reader; PracSuite's error body
        # carries a code the connector needs (see read_pracsuite_error).
        http._read_error = read_pracsuite_error
        self._zones: dict[str, ZoneInfo] = {}
        self._business_names: dict[str, str] = {}
        self._placements: dict[str, Placement] = {}
        self._cancellation_reason: int | None = self.settings.cancellation_reason_id

    # -- transport -----------------------------------------------------------------------
    async def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            return await self.http.request(method, path, **kwargs)
        except Forbidden as exc:
            if error_code(exc) == "MISSING_AUTHENTICATION_TOKEN":
                raise AuthFailed(
                    "the integrator key (x-api-key) is missing, or the base URL is not "
                    "PracSuite's API",
                    vendor=self.label,
                ) from None
            raise
        except Invalid as exc:
            if error_code(exc) in self.settings.conflict_codes:
                raise Conflict(exc.message, vendor=self.label) from None
            raise

    async def _json(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        response = await self._send(method, path, **kwargs)
        return self.wire.obj(self.http.json(response), "reply")

    def _q(self, field: str, op: str, value: object) -> str:
        return self.settings.filter_format.format(field=field, op=op, value=value)

    async def _pages(
        self, path: str, plural: str, params: dict[str, Any] | None = None
    ) -> AsyncIterator[list[dict[str, Any]]]:
        """Every page of a list, following `links.next` exactly as PracSuite sent it."""
        query: dict[str, Any] = {**(params or {}), "page_size": self.settings.page_size}
        origin = httpx.URL(self.http.url(path))
        seen = 0

        async def read(link: str | None) -> Page[dict[str, Any], str | None]:
            nonlocal seen
            # None asks for the first page; every later request is a link PracSuite sent.
            if link is None:
                body = await self._json("GET", path, params=query)
            else:
                body = await self._json("GET", link)
            rows = self.wire.list(self.wire.field(body, plural, "reply"), plural)
            seen += len(rows)
            following = self._next_link(body, origin)
            raw = body.get("total_entries")
            total = raw if isinstance(raw, int) and not isinstance(raw, bool) else None
            unfinished = None
            if following is None and rows and total is not None and seen < total:
                # No link on, yet the reply counts more: never report such a list whole.
                unfinished = f"no next link after {seen} of the {total} entries counted"
            return Page([self.wire.obj(row, plural) for row in rows], following, unfinished)

        async for rows in paginate(read, None, vendor=self.label, what=plural):
            yield rows

    def _next_link(self, body: dict[str, Any], origin: httpx.URL) -> str | None:
        links = body.get("links")
        following = links.get("next") if isinstance(links, dict) else None
        if not following:
            return None
        if not isinstance(following, str):
            raise self.wire.fail("links.next is not a link")
        target = httpx.URL(following)
        # The keys go wherever the link points: only ever to PracSuite itself.
        if (target.scheme, target.host, target.port) != (origin.scheme, origin.host, origin.port):
            raise self.wire.fail("links.next points to another server")
        return following

    async def _all(
        self, path: str, plural: str, params: dict[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        return [row async for page in self._pages(path, plural, params) for row in page]

    # -- reference data ------------------------------------------------------------------
    def _zone_named(self, name: str | None) -> ZoneInfo:
        # A business without a zone, or with one Python lacks, is on the account's zone.
        return location_zone(name, fallback=ZoneInfo(self.settings.timezone))

    async def list_locations(self) -> list[Location]:
        out = []
        for business in await self._all("business", "businesses"):
            business_id = self.wire.str(business, "business_id", "business")
            zone = self._zone_named(self.wire.opt_str(business, "time_zone", "business"))
            name = self.wire.opt_str(business, "business_name", "business") or business_id
            self._zones[business_id] = zone
            self._business_names[business_id] = name
            out.append(Location(self.account.name, business_id, name, zone.key))
        return out

    async def _practitioners(self) -> list[tuple[str, str, Placement]]:
        """(practitioner_business_id, display name, placement) for every active practitioner."""
        if not self._zones:
            await self.list_locations()
        found: list[tuple[str, str, Placement]] = []
        path = self.settings.practitioners_path
        for person in await self._all(path, "practitioners"):
            if person.get("active") is False:
                continue
            where = "practitioner"
            name = " ".join(
                filter(
                    None,
                    (
                        self.wire.opt_str(person, "first_name", where),
                        self.wire.opt_str(person, "surname", where),
                    ),
                )
            )
            places = self.wire.list(
                self.wire.field(person, "practitioner_businesses", where),
                "practitioner_businesses",
            )
            for place in places:
                placement_id = self.wire.str(place, "practitioner_business_id", where)
                business_id = self.wire.str(place, "business_id", where)
                placement = Placement(
                    self.wire.int(person, "practitioner_id", where),
                    business_id,
                    self.wire.opt_str(person, "profession_id", where),
                )
                self._placements[placement_id] = placement
                shown = name or f"Practitioner {placement.practitioner_id}"
                if len(places) > 1:  # one column per business: say which
                    shown = f"{shown} ({self._business_names.get(business_id, business_id)})"
                found.append((placement_id, shown, placement))
        return found

    async def _ensure_reference(self) -> None:
        if not self._placements:
            await self._practitioners()

    async def list_providers(self) -> list[Provider]:
        return [
            Provider(self.account.name, placement_id, name, placement.business_id)
            for placement_id, name, placement in await self._practitioners()
        ]

    async def list_services(self) -> list[Service]:
        await self._ensure_reference()
        by_profession: dict[str, list[str]] = {}
        for placement_id, placement in self._placements.items():
            if placement.profession_id is not None:
                by_profession.setdefault(placement.profession_id, []).append(placement_id)
        merged: dict[str, Service] = {}
        for profession_id, providers in sorted(by_profession.items()):
            path = f"profession/{profession_id}/appointment_type"
            for kind in await self._all(path, "appointment_types"):
                if kind.get("archived") is True:
                    continue
                type_id = self.wire.str(kind, "appointment_type_id", "appointment_type")
                known = merged.get(type_id)
                merged[type_id] = Service(
                    self.account.name,
                    type_id,
                    self.wire.opt_str(kind, "name", "appointment_type") or f"Type {type_id}",
                    self.wire.minutes(kind, "duration", "appointment_type"),
                    self.wire.opt_str(kind, "colour", "appointment_type"),
                    (*known.provider_ids, *providers) if known else tuple(providers),
                )
        return list(merged.values())

    # -- patients ------------------------------------------------------------------------
    def read_patient(self, record: dict[str, Any]) -> PatientRecord:
        where = "patient"
        consent = record.get("accepted_privacy_policy")
        if consent not in (None, True, False):
            raise self.wire.fail("patient.accepted_privacy_policy is not true, false or null")
        # Reads call the zone `time_zone`, the create reply `timezone`: accept both.
        zone_key = "time_zone" if record.get("time_zone") is not None else "timezone"
        keep_contact = consent is not False or self.settings.privacy_rejected == "keep"
        account_id = self.wire.opt_str(record, "account_id", where)
        modified = self.wire.opt_str(record, "modified", where)
        patient = Patient(
            account=self.account.name,
            id=self.wire.str(record, "patient_id", where),
            first_name=self.wire.opt_str(record, "first_name", where) or "",
            last_name=self.wire.opt_str(record, "surname", where) or "",
            birth_date=self.wire.opt_date(record, "date_of_birth", where),
            phone=self._phone(record) if keep_contact else None,
            email=self.wire.opt_str(record, "email", where) if keep_contact else None,
            active=record.get("archived") is not True,
            updated_at=self.wire.iso_datetime(record, "modified", where) if modified else None,
        )
        return PatientRecord(
            patient,
            int(account_id) if account_id and account_id.isdigit() else None,
            consent,
            self.wire.opt_str(record, zone_key, where),
        )

    def _phone(self, record: dict[str, Any]) -> str | None:
        preferred = PHONE_FIELDS.get(record.get("preferred_phone") or 3, "mobile_phone")
        for key in (preferred, "mobile_phone", "home_phone"):
            number = self.wire.opt_str(record, key, "patient")
            if number:
                return number
        return None

    async def iter_patients(self, since: datetime | None = None) -> AsyncIterator[list[Patient]]:
        params: dict[str, Any] = {"sort_by": json.dumps(["patient_id"])}
        if since is not None:
            params["q[]"] = [self._q("updated", ">=", utc_text(since - SINCE_OVERLAP))]
        async for rows in self._pages("patient", "patients", params):
            if rows:
                yield await self.mapped(lambda row: self.read_patient(row).patient, rows)

    async def patient_details(self, patient_id: str) -> PatientRecord:
        body = await self._json("GET", f"patient/{self._id(patient_id, 'patient')}")
        return self.read_patient(body)

    async def create_patient(self, draft: PatientDraft, client_key: str) -> Patient:
        """The base contract; PracSuite has no client key, so a retry searches first."""
        record = await self.create_patient_record(
            draft.first_name,
            draft.last_name,
            birth_date=draft.birth_date,
            mobile=draft.phone,
            email=draft.email,
        )
        return record.patient

    async def find_created_patient(self, draft: PatientDraft, client_key: str) -> Patient | None:
        """After an unknown outcome: PracSuite has no client key, so the patient with the same
        names (q[] filters), birth date and contact is the one the create made."""
        filters = [
            self._q("first_name", "=", draft.first_name.strip()),
            self._q("surname", "=", draft.last_name.strip()),
        ]
        for row in await self._all("patient", "patients", {"q[]": filters}):
            found = self.read_patient(row).patient
            if matches_draft(found, draft):
                return found
        return None

    async def create_patient_record(
        self,
        first_name: str,
        last_name: str,
        *,
        birth_date: date | None = None,
        mobile: str | None = None,
        email: str | None = None,
        time_zone: str | None = None,
    ) -> PatientRecord:
        body: dict[str, Any] = {"first_name": first_name, "surname": last_name}
        if birth_date is not None:
            body["date_of_birth"] = birth_date.isoformat()
        if mobile:
            body["mobile_phone"], body["preferred_phone"] = mobile, 3
        if email:
            body["email"] = email
        body["timezone"] = time_zone or self.settings.timezone  # create spells it `timezone`
        reply = await self._json("POST", "patient", json_body=body, idempotent=False)
        return self.read_patient(reply)

    # -- appointments --------------------------------------------------------------------
    def _id(self, value: str, what: str) -> int:
        if not value.isdigit():
            raise Invalid(f"'{value}' is not a PracSuite {what} id", vendor=self.label)
        return int(value)

    def _zone(self, business_id: str) -> ZoneInfo:
        return self._zones.get(business_id) or ZoneInfo(self.settings.timezone)

    def _local_time(self, record: dict[str, Any], key: str, zone: ZoneInfo) -> datetime:
        text = self.wire.str(record, key, "appointment")
        try:
            return parse_wall(text, zone, WALL_FORMAT)  # documented: exactly this, no offset
        except ValueError:
            raise self.wire.fail(f"{key} is not yyyy-MM-ddTHH:mm:ss") from None

    def _appointment(self, record: dict[str, Any]) -> Appointment:
        where = "appointment"
        placement_id = self.wire.str(record, "practitioner_business_id", where)
        placement = self._placements.get(placement_id)
        business_id = self.wire.opt_str(record, "business_id", where) or (
            placement.business_id if placement else ""
        )
        start = self._local_time(record, "app_time", self._zone(business_id))
        modified = self.wire.opt_str(record, "modified", where)
        updated = self.wire.iso_datetime(record, "modified", where) if modified else None
        status, vendor_status, confirmed_at = self._status(record, updated)
        reservation = record.get("category") == "reservation"
        notes = record.get("notes")
        return Appointment(
            account=self.account.name,
            id=self.wire.str(record, "appointment_id", where),
            provider_id=placement_id,
            start=start,
            end=start + timedelta(minutes=self.wire.minutes(record, "duration", where)),
            status=AppointmentStatus.PENDING if reservation else status,
            patient_id=self.wire.opt_str(record, "client_id", where),
            service_id=self.wire.opt_str(record, "appointment_type_id", where),
            title="Held for a booking in progress" if reservation else "",
            notes=notes if isinstance(notes, str) else "",
            confirmed_at=confirmed_at,
            vendor_status="reservation" if reservation else vendor_status,
            updated_at=updated,
        )

    def _status(
        self, record: dict[str, Any], updated: datetime | None
    ) -> tuple[AppointmentStatus, str, datetime | None]:
        if record.get("cancelled_at"):
            return AppointmentStatus.CANCELLED, "cancelled", None
        raw = record.get("appointment_status_id")
        names = {v: k for k, v in self.settings.status_ids.items()}
        name = names.get(raw) if isinstance(raw, int) and not isinstance(raw, bool) else None
        if name == "confirmed":
            # PracSuite keeps no confirmation time: the last change is the closest we know.
            return AppointmentStatus.BOOKED, name, updated or self.clock.now()
        mapped = {
            "arrived": AppointmentStatus.ARRIVED,
            "noshow": AppointmentStatus.NOSHOW,
            "completed": AppointmentStatus.FULFILLED,
        }
        if name is None:
            return AppointmentStatus.BOOKED, f"status {raw}", None
        return mapped.get(name, AppointmentStatus.BOOKED), name, None

    def _time_scopes(self) -> list[tuple[ZoneInfo, str | None]]:
        """One query when every business shares a zone, else one per business."""
        if len({z.key for z in self._zones.values()}) <= 1:
            return [(next(iter(self._zones.values()), self._zone("")), None)]
        return [(zone, business_id) for business_id, zone in self._zones.items()]

    async def list_appointments(
        self, start: datetime, end: datetime, *, since: datetime | None = None
    ) -> list[Appointment]:
        await self._ensure_reference()
        out: dict[str, Appointment] = {}
        for zone, business_id in self._time_scopes():
            filters = [
                self._q("app_time", ">=", wall_text(start - LOOKBACK, zone)),
                self._q("app_time", "<", wall_text(end, zone)),
            ]
            if business_id is not None:
                filters.append(self._q("business_id", "=", business_id))
            if since is not None:
                filters.append(self._q("updated", ">=", utc_text(since - SINCE_OVERLAP)))
            params = {"q[]": filters, "sort_by": json.dumps(["appointment_id"])}
            rows = await self._all("appointment", "appointments", params)
            for appointment in await self.mapped(self._appointment, rows):
                if appointment.end > start and appointment.start < end:
                    out[appointment.id] = appointment
        return sorted(out.values(), key=lambda a: (a.start, a.provider_id))

    # -- openings ------------------------------------------------------------------------
    async def find_openings(
        self,
        service_id: str,
        start: datetime,
        end: datetime,
        provider_ids: Sequence[str] = (),
    ) -> list[Opening]:
        await self._ensure_reference()
        start = max(start, self.clock.now())  # a past time is no opening
        if end <= start:
            return []
        wanted = [p for p in provider_ids if p in self._placements]
        if provider_ids and not wanted:
            return []
        params = self._search_params(service_id, wanted)
        zones = [zone for zone, _ in self._time_scopes()]
        spans = [local_dates(start, end, zone) for zone in zones]
        first, last = min(s[0] for s in spans), max(s[1] for s in spans)
        found: dict[tuple[str, datetime], Opening] = {}  # overlapping searches repeat times
        refused: list[tuple[date, date, FrontdeskError]] = []
        calls = list(
            search_spans(first, last, self.settings.search_days, self.settings.search_to_inclusive)
        )
        for since, to in calls:
            query = {**params, "from": since.isoformat(), "to": to.isoformat()}
            try:
                async for rows in self._pages("available_appointments", "available_times", query):
                    for row in rows:
                        opening = self._opening(row, service_id)
                        if wanted and opening.provider_id not in wanted:
                            continue
                        if opening.start >= start and opening.end <= end:
                            found[(opening.provider_id, opening.start)] = opening
            except (Invalid, NotFound, Incomplete) as exc:
                # One refused search must not hide what the others found.
                refused.append((since, to, exc))
        out = sorted(found.values(), key=lambda o: (o.start, o.provider_id))
        if len(refused) == len(calls):
            raise refused[0][2]  # nothing searched at all: the search failed
        if refused:
            raise PartialOpenings(out, self._refusal_note(refused), vendor=self.label)
        return out

    def _refusal_note(self, refused: list[tuple[date, date, FrontdeskError]]) -> str:
        parts = [f"{a:%d %b}–{b:%d %b}: {exc.message}" for a, b, exc in refused]
        return "some days were not searched (" + "; ".join(parts) + "); the others' openings shown"

    def _search_params(self, service_id: str, placement_ids: list[str]) -> dict[str, Any]:
        """One appointment type, the roster flags, and the chosen practitioners' filters."""
        params: dict[str, Any] = {"appointment_type_id": self._id(service_id, "appointment type")}
        params.update({flag: "true" for flag in self.settings.roster_flags})
        if placement_ids:
            chosen = [self._placements[p] for p in placement_ids]
            practitioners = sorted({c.practitioner_id for c in chosen})
            params["practitioner_ids"] = ",".join(str(i) for i in practitioners)
            params["business_ids"] = ",".join(sorted({c.business_id for c in chosen}))
        return params

    def _opening(self, row: dict[str, Any], service_id: str) -> Opening:
        where = "available_time"
        business_id = self.wire.str(row, "business_id", where)
        opening_start = self._local_time(row, "app_time", self._zone(business_id))
        minutes = self.wire.minutes(row, "duration", where)
        return Opening(
            self.account.name,
            self.wire.str(row, "practitioner_business_id", where),
            service_id,
            opening_start,
            opening_start + timedelta(minutes=minutes),
        )

    # -- writes --------------------------------------------------------------------------
    def _placement(self, provider_id: str) -> Placement:
        placement = self._placements.get(provider_id)
        if placement is None:
            raise Invalid("this practitioner is not known at any business", vendor=self.label)
        return placement

    def _minutes(self, start: datetime, end: datetime) -> int:
        return int((end - start).total_seconds() // 60)

    async def book(self, request: BookingRequest) -> Appointment:
        await self._ensure_reference()
        placement = self._placement(request.provider_id)
        details = await self.patient_details(request.patient_id)
        if details.account_id is None:
            raise ProtocolError("sent a patient without an account_id", vendor=self.label)
        body: dict[str, Any] = {
            "client_id": self._id(request.patient_id, "patient"),
            "account_id": details.account_id,
            "appointment_type_id": self._id(request.service_id, "appointment type"),
            "app_time": wall_text(request.start, self._zone(placement.business_id)),
            "practitioner_business_id": self._id(request.provider_id, "practitioner"),
            "duration": self._minutes(request.start, request.end),
        }
        if request.notes:
            body["notes"] = request.notes
        reply = await self._json("POST", "appointment", json_body=body, idempotent=False)
        return self._appointment(reply)

    async def find_booking(self, request: BookingRequest) -> Appointment | None:
        """PracSuite has no idempotency key: the same patient, practitioner and start is it."""
        await self._ensure_reference()
        placement = self._placement(request.provider_id)
        filters = [
            self._q("client_id", "=", self._id(request.patient_id, "patient")),
            self._q("practitioner_business_id", "=", self._id(request.provider_id, "practitioner")),
            self._q("app_time", "=", wall_text(request.start, self._zone(placement.business_id))),
        ]
        for row in await self._all("appointment", "appointments", {"q[]": filters}):
            found = self._appointment(row)
            if found.status is not AppointmentStatus.CANCELLED:
                return found
        return None

    async def _patch(self, appointment: Appointment, body: dict[str, Any]) -> Appointment:
        await self._ensure_reference()
        path = f"appointment/{self._id(appointment.id, 'appointment')}"
        # Every PATCH here sets absolute values, so sending it twice does no harm.
        reply = await self._json("PATCH", path, json_body=body, idempotent=True)
        return self._appointment(reply)

    async def move(
        self, appointment: Appointment, start: datetime, end: datetime, provider_id: str
    ) -> Appointment:
        await self._ensure_reference()
        placement = self._placement(provider_id)
        body: dict[str, Any] = {
            "app_time": wall_text(start, self._zone(placement.business_id)),
            "duration": self._minutes(start, end),
        }
        if provider_id != appointment.provider_id:
            body["practitioner_business_id"] = self._id(provider_id, "practitioner")
        if self.settings.reschedule_reason_id is not None:
            body["appointment_reschedule_reason_id"] = self.settings.reschedule_reason_id
        return await self._patch(appointment, body)

    async def edit_appointment(
        self,
        appointment: Appointment,
        *,
        notes: str | None = None,
        service_id: str | None = None,
        end: datetime | None = None,
    ) -> Appointment:
        """Documented: `PATCH /appointment/{id}` edits an appointment; its fields are those
        of the create (`appointment_type_id`, `duration` in minutes) and `notes`."""
        body: dict[str, Any] = {}
        if service_id is not None:
            body["appointment_type_id"] = self._id(service_id, "appointment type")
        if end is not None:
            body["duration"] = self._minutes(appointment.start, end)
        if notes is not None:
            body["notes"] = notes
        return await self._patch(appointment, body)

    async def _cancellation_reason_id(self) -> int:
        if self._cancellation_reason is None:
            plural = "appointment_cancellation_reasons"
            reasons = await self._all("cancellation_reason", plural)
            if not reasons:
                raise Invalid(
                    "PracSuite has no cancellation reasons; add one in PracSuite's settings",
                    vendor=self.label,
                )
            self._cancellation_reason = self.wire.int(
                reasons[0], "appointment_cancellation_reason_id", "cancellation_reason"
            )
        return self._cancellation_reason

    async def cancel(self, appointment: Appointment, reason: str = "") -> Appointment:
        await self._ensure_reference()
        body: dict[str, Any] = {
            "appointment_cancellation_reason_id": await self._cancellation_reason_id(),
            "record_as_cancelled": True,  # keep it on the book, marked cancelled
        }
        if reason:
            body["reason"] = reason
        path = f"appointment/{self._id(appointment.id, 'appointment')}/cancel"
        reply = await self._json("POST", path, json_body=body)
        return self._appointment(reply)

    async def _set_status(self, appointment: Appointment, name: str) -> Appointment:
        return await self._patch(
            appointment, {"appointment_status_id": self.settings.status_ids[name]}
        )

    async def mark_arrived(self, appointment: Appointment) -> Appointment:
        return await self._set_status(appointment, "arrived")

    async def mark_noshow(self, appointment: Appointment) -> Appointment:
        return await self._set_status(appointment, "noshow")

    async def confirm(self, appointment: Appointment) -> Appointment:
        return await self._set_status(appointment, "confirmed")
