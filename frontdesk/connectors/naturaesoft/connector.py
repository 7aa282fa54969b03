"""Naturaesoft EMR (shared/vendor-docs/naturaesoft-emr.txt, Beta) mapped into the canonical model.

One account is one practice (its PPass): the only location. Providers come from the availability
endpoints (Providers scope), appointments from each provider's schedule (every VisitID is one
appointment; a visit with `"booked": false` is shown as held, status proposed), openings from the
vendor's own slots and next-slot searches, patients from the prospect list. The published API
cannot create or change appointments, and has no change feed: patients are re-read in full and
the calendar window is polled. Dates and times carry no zone: they are the practice's wall-clock
time, converted with the `timezone` option (zoneinfo, daylight-saving changes included).
"""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from frontdesk.connectors.account import AccountConfig
from frontdesk.connectors.base import Connector, matches_draft
from frontdesk.connectors.http import Forbidden, VendorHttp
from frontdesk.connectors.localtime import combine_wall, local_date, local_dates, location_zone
from frontdesk.connectors.naturaesoft.auth import NaturaesoftTokenAuth, practice_prefix
from frontdesk.connectors.paging import MAX_PAGES, Stated, paginate_numbered
from frontdesk.connectors.wire import Wire
from frontdesk.domain.clock import Clock
from frontdesk.domain.errors import Invalid
from frontdesk.domain.models import (
    Appointment,
    AppointmentStatus,
    Capability,
    Location,
    Opening,
    Patient,
    PatientDraft,
    Provider,
    Service,
)
from frontdesk.domain.texts import Text

log = logging.getLogger("frontdesk.naturaesoft")

DEFAULT_BASE_URL = "https://api.naturaesoft.com"  # assumed: the document gives only the path
DEFAULT_TIMEZONE = "America/New_York"  # assumed: the API sends no zone
DEFAULT_PRACTICE_NAME = "Naturaesoft practice"
DEFAULT_PAGE_SIZE = 100  # assumed maximum of `limit`
DEFAULT_SCHEDULE_DAYS = 31  # assumed longest schedule range per request
SEARCH_PAGES = 100  # the most pages of a name search read after an unknown outcome
MAX_SEARCH_DAYS = 365  # documented default (and, assumed, maximum) of next-slot's maxDays
# Where visit types are learnt from when no `visit_types` option lists them.
TYPE_WINDOW_BACK, TYPE_WINDOW_AHEAD = 28, 28
FALLBACK_VISIT_TYPES = (("NEW_PATIENT", 60), ("FOLLOWUP", 30))
TYPE_NAMES = {"FOLLOWUP": "Follow-up", "FOLLOW_UP": "Follow-up", "NEWPATIENT": "New patient"}
MISSING_SCOPE = (
    "this API key lacks Naturaesoft's Providers scope, which providers, schedules and openings "
    "need; ask Naturaesoft to add the Providers scope to the key"
)


def humanize(code: str) -> str:
    """FOLLOWUP -> Follow-up, NEW_PATIENT -> New patient, IV_THERAPY -> IV therapy."""
    if code.upper() in TYPE_NAMES:
        return TYPE_NAMES[code.upper()]
    words = code.replace("-", "_").split("_")
    out = []
    for index, word in enumerate(w for w in words if w):
        if len(word) <= 2 or any(c.isdigit() for c in word):
            out.append(word.upper())
        else:
            out.append(word.capitalize() if index == 0 else word.lower())
    return " ".join(out) or code


def parse_options_int(account: AccountConfig, key: str, default: int, low: int, high: int) -> int:
    raw = account.option(key)
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        log.warning("option %s=%r is not a number; using %s", key, raw, default)
        return default
    return max(low, min(high, value))


def parse_visit_types(text: str) -> list[tuple[str, int]]:
    """The `visit_types` option: "FOLLOWUP=30, NEW_PATIENT=90"."""
    out: list[tuple[str, int]] = []
    for item in filter(None, (part.strip() for part in text.split(","))):
        code, _, minutes = item.partition("=")
        if not code.strip() or not minutes.strip().isdigit() or int(minutes) <= 0:
            raise Invalid(
                f"visit_types entry '{item}' should look like FOLLOWUP=30", vendor="Naturaesoft"
            )
        out.append((code.strip(), int(minutes)))
    return out


class NaturaesoftConnector(Connector):
    vendor = "naturaesoft"
    label = "Naturaesoft EMR"
    capabilities = frozenset(
        {
            Capability.READ_PATIENTS,
            Capability.CREATE_PATIENT,
            Capability.EDIT_PATIENT,
            Capability.READ_APPOINTMENTS,
            Capability.OPENINGS,
        }
    )
    unsupported: ClassVar[dict[Capability, str]] = {
        Capability.BOOK: Text(
            "Naturaesoft's API cannot create appointments; book in Naturaesoft itself"
        ),
        Capability.MOVE: Text(
            "Naturaesoft's API cannot change appointments; move the visit in Naturaesoft itself"
        ),
        Capability.CANCEL: Text(
            "Naturaesoft's API cannot cancel appointments; cancel the visit in Naturaesoft itself"
        ),
        Capability.ARRIVED: Text(
            "Naturaesoft's API cannot record arrivals; check the patient in in Naturaesoft itself"
        ),
        Capability.NOSHOW: Text(
            "Naturaesoft's API cannot record no-shows; mark it in Naturaesoft itself"
        ),
        Capability.CONFIRM: Text(
            "Naturaesoft's API cannot confirm appointments; confirm the visit in Naturaesoft itself"
        ),
        Capability.EDIT_APPOINTMENT: Text(
            "Naturaesoft's API cannot change appointments; change the visit in Naturaesoft itself"
        ),
        Capability.INCREMENTAL_PATIENTS: Text(
            "Naturaesoft's API has no change feed; "
            "the patient list is read again in full at each sync"
        ),
        Capability.INCREMENTAL_APPOINTMENTS: Text(
            "Naturaesoft's API has no change feed; "
            "the schedules on screen are read again at each sync"
        ),
    }

    def __init__(
        self, account: AccountConfig, http: VendorHttp, clock: Clock | None = None
    ) -> None:
        super().__init__(account, http, clock)
        self.wire = Wire(self.label)
        self.ppass = account.option("ppass")
        self.prefix = practice_prefix(self.ppass)
        self.zone = self._zone(account.option("timezone", DEFAULT_TIMEZONE))
        self.page_size = parse_options_int(account, "page_size", DEFAULT_PAGE_SIZE, 1, 1000)
        self.schedule_days = parse_options_int(
            account, "schedule_days", DEFAULT_SCHEDULE_DAYS, 1, 366
        )
        self.show_held = account.option("unbooked_visits", "show").lower() != "hide"
        self.prospects_only = account.option("prospects_only", "false").lower() in ("1", "true")
        self.patient_field = account.option("visit_patient_field", "ProspectID")
        # The token's expiry is measured on the connector's clock.
        if isinstance(http.auth, NaturaesoftTokenAuth) and http.auth.clock is None:
            http.auth.clock = self.clock
        self._provider_ids: list[str] | None = None
        self._services: dict[str, Service] = {}
        # visit type -> minutes seen -> count, and the providers that use it
        self._type_minutes: dict[str, Counter[int]] = {}
        self._type_providers: dict[str, set[str]] = {}

    @staticmethod
    def _zone(name: str) -> ZoneInfo:
        zone = location_zone(name)
        if zone is None:
            log.warning("unknown time zone %r; using %s", name, DEFAULT_TIMEZONE)
            return ZoneInfo(DEFAULT_TIMEZONE)
        return zone

    # -- plumbing --------------------------------------------------------------------------
    def _path(self, path: str) -> str:
        return f"{self.prefix}/{path}"

    def _data(self, body: Any, where: str) -> Any:
        """The documented {"data": ...} envelope, unwrapped."""
        if not isinstance(body, dict) or "data" not in body:
            raise self.wire.fail(f"{where} is not wrapped in {{'data': ...}}")
        return body["data"]

    async def _availability(self, path: str, params: dict[str, str] | None = None) -> Any:
        """GET under /availability (Providers scope), unwrapped from {"data": ...}."""
        try:
            body = await self.http.get_json(self._path(f"availability/{path}"), params=params)
        except Forbidden:
            raise Forbidden(MISSING_SCOPE, vendor=self.label) from None
        return self._data(body, "availability reply")

    def _today(self) -> date:
        return local_date(self.clock.now(), self.zone)

    def _time(self, record: dict[str, Any], key: str, where: str) -> time:
        text = self.wire.str(record, key, where)
        try:
            return time.fromisoformat(text)
        except ValueError:
            raise self.wire.fail(f"{where}.{key} is not a time of day") from None

    def _date(self, text: str, where: str) -> date:
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise self.wire.fail(f"{where} is not a date") from None

    # -- reads -----------------------------------------------------------------------------
    async def test_connection(self) -> None:
        """Token exchange, the Providers scope, and the prospect list."""
        await self.list_providers()
        await self.http.get_json(self._path("prospects"), params={"page": "1", "limit": "1"})

    async def list_locations(self) -> list[Location]:
        name = self.account.option("practice_name") or DEFAULT_PRACTICE_NAME
        return [Location(self.account.name, self.ppass, name, self.zone.key)]

    async def list_providers(self) -> list[Provider]:
        rows = self.wire.list(await self._availability("providers"), "data")
        out = []
        for row in rows:
            record = self.wire.obj(row, "provider")
            provider_id = self.wire.str(record, "id", "provider")
            name = self.wire.opt_str(record, "name", "provider") or f"Provider {provider_id}"
            title = self.wire.opt_str(record, "title", "provider")
            out.append(
                Provider(
                    self.account.name,
                    provider_id,
                    f"{name}, {title}" if title else name,
                    self.ppass,
                )
            )
        self._provider_ids = [p.id for p in out]
        return out

    async def _providers(self) -> list[str]:
        if self._provider_ids is None:
            await self.list_providers()
        assert self._provider_ids is not None
        return self._provider_ids

    async def list_services(self) -> list[Service]:
        configured = self.account.option("visit_types")
        if configured:
            services = [
                Service(self.account.name, code, humanize(code), minutes)
                for code, minutes in parse_visit_types(configured)
            ]
        else:
            today = self._today()
            first = today - timedelta(days=TYPE_WINDOW_BACK)
            last = today + timedelta(days=TYPE_WINDOW_AHEAD - 1)
            for provider_id in await self._providers():
                await self._schedule(provider_id, first, last)
            services = self._learnt_services()
        self._services = {s.id: s for s in services}
        return services

    def _learnt_services(self) -> list[Service]:
        if not self._type_minutes:
            return [
                Service(self.account.name, code, humanize(code), minutes)
                for code, minutes in FALLBACK_VISIT_TYPES
            ]
        return [
            Service(
                self.account.name,
                code,
                humanize(code),
                counts.most_common(1)[0][0],
                provider_ids=tuple(sorted(self._type_providers[code], key=_numeric_first)),
            )
            for code, counts in sorted(self._type_minutes.items())
        ]

    # -- patients --------------------------------------------------------------------------
    def _patient(self, record: Any) -> Patient:
        where = "prospect"
        record = self.wire.obj(record, where)
        key = next((k for k in ("ProspectID", "ID", "id") if k in record), "ProspectID")
        first = self.wire.opt_str(record, "FirstName", where) or ""
        last = self.wire.opt_str(record, "LastName", where) or ""
        if not first and not last:
            full = self.wire.opt_str(record, "FullName", where) or ""
            first, _, last = full.rpartition(" ") if " " in full else ("", "", full)
        phone = next(
            (
                value
                for k in ("CellPhone", "Phone", "SMSPhone")
                if (value := self.wire.opt_str(record, k, where))
            ),
            None,
        )
        return Patient(
            account=self.account.name,
            id=self.wire.str(record, key, where),
            first_name=first,
            last_name=last,
            birth_date=_birth_date(record.get("DOB")),
            phone=phone,
            email=self.wire.opt_str(record, "EMail", where),
        )

    async def iter_patients(self, since: datetime | None = None) -> AsyncIterator[list[Patient]]:
        """Every prospect, page by page. `since` is ignored: the API has no change filter."""
        params = {"prospect": "true"} if self.prospects_only else {}
        async for patients in self._prospect_pages(params):
            yield patients

    async def _prospect_pages(
        self, params: dict[str, str], max_pages: int = MAX_PAGES
    ) -> AsyncIterator[list[Patient]]:
        async def read(page: int) -> tuple[list[Patient], Stated]:
            query = {"page": str(page), "limit": str(self.page_size), **params}
            body = self.wire.obj(
                await self.http.get_json(self._path("prospects"), params=query), "reply"
            )
            rows = self.wire.list(self._data(body, "prospect list"), "data")
            stated = Stated(
                total_items=_positive_int(body.get("total")),
                page_size=_positive_int(body.get("limit")),
            )
            return await self.mapped(self._patient, rows), stated

        async for patients in paginate_numbered(
            read, asked=self.page_size, vendor=self.label, what="prospects", max_pages=max_pages
        ):
            yield patients

    def _prospect_fields(self, patient: Patient) -> dict[str, Any]:
        fields: dict[str, Any] = {"FirstName": patient.first_name, "LastName": patient.last_name}
        if patient.email is not None:
            fields["EMail"] = patient.email
        if patient.phone is not None:
            fields["CellPhone"] = patient.phone
        if patient.birth_date is not None:
            fields["DOB"] = patient.birth_date.isoformat()
        return fields

    @staticmethod
    def _from_draft(patient: Patient, draft: PatientDraft) -> Patient:
        return dataclasses.replace(
            patient,
            first_name=draft.first_name,
            last_name=draft.last_name,
            birth_date=draft.birth_date,
            phone=draft.phone,
            email=draft.email,
        )

    async def create_patient(self, draft: PatientDraft, client_key: str) -> Patient:
        """POST /prospects. Not idempotent: after a timeout, search before sending again."""
        patient = self._from_draft(Patient(self.account.name, "", "", ""), draft)
        response = await self.http.request(
            "POST",
            self._path("prospects"),
            json_body=self._prospect_fields(patient),
            idempotent=False,
        )
        return self._patient(self._data(self.http.json(response), "created prospect"))

    async def find_created_patient(self, draft: PatientDraft, client_key: str) -> Patient | None:
        """After an unknown outcome: no client key here, so search the prospects by name and
        take the one with the same birth date and contact."""
        words = f"{draft.first_name} {draft.last_name}".strip()
        # At most SEARCH_PAGES pages of namesakes: beyond that the listing is suspect.
        async for patients in self._prospect_pages({"search": words}, SEARCH_PAGES):
            for found in patients:
                if matches_draft(found, draft):
                    return found
        return None

    async def update_patient(self, patient: Patient, draft: PatientDraft) -> Patient:
        changed = self._from_draft(patient, draft)
        response = await self.http.request(
            "PUT", self._path(f"prospects/{patient.id}"), json_body=self._prospect_fields(changed)
        )
        if not response.content.strip():
            return changed
        return self._patient(self._data(self.http.json(response), "updated prospect"))

    # -- appointments ----------------------------------------------------------------------
    async def _schedule(
        self, provider_id: str, first: date, last: date
    ) -> list[tuple[date, dict[str, Any]]]:
        """Every visit of one provider between two practice dates, in ranges the API accepts."""
        out: list[tuple[date, dict[str, Any]]] = []
        day = first
        while day <= last:
            until = min(last, day + timedelta(days=self.schedule_days - 1))
            data = await self._availability(
                f"providers/{provider_id}/schedule",
                {"startDate": day.isoformat(), "endDate": until.isoformat()},
            )
            schedule = self.wire.field(data, "schedule", "data")
            if schedule == []:  # an empty PHP-style map arrives as a list
                schedule = {}
            for key, entries in self.wire.obj(schedule, "data.schedule").items():
                visit_day = self._date(key, f"data.schedule key '{key}'")
                for entry in self.wire.list(entries, f"data.schedule[{key}]"):
                    visit = self.wire.obj(entry, "visit")
                    self._learn(provider_id, visit)
                    out.append((visit_day, visit))
            day = until + timedelta(days=1)
        return out

    def _learn(self, provider_id: str, visit: dict[str, Any]) -> None:
        code = self.wire.opt_str(visit, "type", "visit")
        if code is None:
            return
        minutes = self.wire.minutes(visit, "duration", "visit")
        self._type_minutes.setdefault(code, Counter())[minutes] += 1
        self._type_providers.setdefault(code, set()).add(provider_id)

    def _visit(self, provider_id: str, day: date, visit: dict[str, Any]) -> Appointment:
        where = "visit"
        start = combine_wall(day, self._time(visit, "time", where), self.zone)
        minutes = self.wire.minutes(visit, "duration", where)
        booked = _flag(visit.get("booked", True))
        if booked is None:
            raise self.wire.fail("visit.booked is not true or false")
        code = self.wire.opt_str(visit, "type", where)
        name = humanize(code) if code else "Visit"
        patient_id = (
            self.wire.opt_str(visit, self.patient_field, where) if self.patient_field else None
        )
        return Appointment(
            account=self.account.name,
            id=self.wire.str(visit, "VisitID", where),
            provider_id=provider_id,
            start=start,
            end=start + timedelta(minutes=minutes),
            status=AppointmentStatus.BOOKED if booked else AppointmentStatus.PROPOSED,
            patient_id=patient_id,
            service_id=code,
            title=name if booked else f"{name} (held, not booked)",
            vendor_status="booked" if booked else "not booked",
        )

    async def list_appointments(
        self, start: datetime, end: datetime, *, since: datetime | None = None
    ) -> list[Appointment]:
        """Every visit in [start, end). `since` is ignored: there is no change feed."""
        first, last = local_dates(start, end, self.zone)
        found: dict[str, Appointment] = {}
        for provider_id in await self._providers():
            schedule = await self._schedule(provider_id, first, last)

            def visit(dated: tuple[date, dict[str, Any]], who: str = provider_id) -> Appointment:
                return self._visit(who, *dated)

            for appointment in await self.mapped(visit, schedule):
                if appointment.status is AppointmentStatus.PROPOSED and not self.show_held:
                    continue
                if appointment.end > start and appointment.start < end:
                    found[appointment.id] = appointment
        return sorted(found.values(), key=lambda a: (a.start, a.provider_id, a.id))

    # -- openings --------------------------------------------------------------------------
    async def _service(self, service_id: str) -> Service:
        if service_id not in self._services:
            await self.list_services()
        service = self._services.get(service_id)
        if service is None:
            raise Invalid(f"unknown visit type '{service_id}'", vendor=self.label)
        return service

    async def _next_slot(self, provider_id: str, minutes: int, max_days: int) -> datetime | None:
        data = self.wire.obj(
            await self._availability(
                f"providers/{provider_id}/next-slot",
                {"duration": str(minutes), "maxDays": str(max_days)},
            ),
            "data",
        )
        found = self.wire.field(data, "TheNextSlot", "data")
        if found is None or found == {} or found == []:
            return None
        slot = self.wire.obj(found, "data.TheNextSlot")
        day = self._date(self.wire.str(slot, "Date", "TheNextSlot"), "TheNextSlot.Date")
        return combine_wall(day, self._time(slot, "Time", "TheNextSlot"), self.zone)

    async def _slots(self, provider_id: str, day: date, minutes: int) -> list[datetime]:
        data = self.wire.obj(
            await self._availability(
                f"providers/{provider_id}/slots",
                {"date": day.isoformat(), "duration": str(minutes)},
            ),
            "data",
        )
        out = []
        for item in self.wire.list(self.wire.field(data, "Slots", "data"), "data.Slots"):
            if not isinstance(item, str):
                raise self.wire.fail("data.Slots holds something that is not a time")
            try:
                at = time.fromisoformat(item)
            except ValueError:
                raise self.wire.fail("data.Slots holds something that is not a time") from None
            out.append(combine_wall(day, at, self.zone))
        return out

    async def find_openings(
        self,
        service_id: str,
        start: datetime,
        end: datetime,
        provider_ids: Sequence[str] = (),
    ) -> list[Opening]:
        """The vendor's own slots, day by day, from each provider's next free slot on."""
        service = await self._service(service_id)
        minutes = service.minutes
        start = max(start, self.clock.now())  # the vendor offers no slot in the past
        if start >= end:
            return []
        first, last = local_dates(start, end, self.zone)
        today = self._today()
        window = min(MAX_SEARCH_DAYS, (last - today).days + 1)
        if window < 1:
            return []
        providers = list(provider_ids) or list(service.provider_ids) or await self._providers()
        length = timedelta(minutes=minutes)
        out: list[Opening] = []
        for provider_id in providers:
            # One request rules out a fully booked provider and skips the full days ahead.
            earliest = await self._next_slot(provider_id, minutes, window)
            if earliest is None:
                continue
            day = max(first, local_date(earliest, self.zone))
            while day <= last:
                for slot in await self._slots(provider_id, day, minutes):
                    if slot >= start and slot + length <= end:
                        out.append(
                            Opening(self.account.name, provider_id, service_id, slot, slot + length)
                        )
                day += timedelta(days=1)
        return sorted(out, key=lambda o: (o.start, _numeric_first(o.provider_id)))

    async def next_opening(
        self,
        service_id: str,
        provider_ids: Sequence[str] = (),
        max_days: int = MAX_SEARCH_DAYS,
    ) -> Opening | None:
        """ "Next available": the earliest next-slot over the providers, within `max_days`."""
        service = await self._service(service_id)
        days = max(1, min(MAX_SEARCH_DAYS, max_days))
        providers = list(provider_ids) or list(service.provider_ids) or await self._providers()
        best: Opening | None = None
        for provider_id in providers:
            slot = await self._next_slot(provider_id, service.minutes, days)
            if slot is not None and (best is None or slot < best.start):
                end = slot + timedelta(minutes=service.minutes)
                best = Opening(self.account.name, provider_id, service_id, slot, end)
        return best


def _numeric_first(value: str) -> tuple[int, str]:
    return (int(value), "") if value.isdigit() else (1 << 62, value)


def _positive_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def _flag(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if value in (0, 1, "0", "1"):
        return bool(int(value))
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return None


def _birth_date(value: Any) -> date | None:
    """ISO or US (MM/DD/YYYY) dates; empty and zero dates ("0000-00-00") mean unknown."""
    if not isinstance(value, str) or not value.strip() or value.startswith("0000"):
        return None
    text = value.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return datetime.strptime(text, "%m/%d/%Y").date()
    except ValueError:
        return None  # an unreadable birth date is not worth failing a whole sync for
