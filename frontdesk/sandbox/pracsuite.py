"""PracSuite API simulator (shared/vendor-docs/pracsuite.txt and NOTES.md, section "PracSuite").

Documented (followed to the letter):
- Base `/v1`. Every request carries `x-api-key` (the integrator's key) and `A-api-key` (the
  clinic's key); either missing: rejected.
- Lists: `page`/`page_size` (default 50, max 100), `sort_by` a JSON array, filters `q[]`, shape
  `{"<plural>": [...], "total_entries", "links": {"self", "previous", "next"}}`.
- Error body `{"error": {"status", "code", "title", "detail"}, "request_id": "<uuid>"}` with
  400 INVALID_PARAMS, 401 UNAUTHORIZED, 403 MISSING_AUTHENTICATION_TOKEN (also for unknown
  endpoints), 404 NOT_FOUND "Could not find {Resource} with ID {ID}", 422 INVALID_*.
- `app_time` is clinic-local `yyyy-MM-dd'T'HH:mm:ss` without offset; `created`/`modified` are
  RFC 3339 UTC; an appointment lasts 5..1440 minutes, a multiple of 5 (else 422).
- Availability (`/available_appointments`, `/next_available_appointment`): required `from`, `to`
  (dates, at most 7 days of availability) and one `appointment_type_id`; `client_id` required
  with `account_id`; business/practitioner/profession/resource filters combine with AND; with
  none of `manual`/`online`/`waiting_list` only times open to manual bookings are returned.
- Booking: `POST /reserve_appointment` -> 201 `{appointment_id, category}`; `POST /appointment`
  with `client_id, account_id, appointment_type_id, app_time, practitioner_business_id,
  duration` -> 201; `PATCH /appointment/{id}` (optional `appointment_reschedule_reason_id`,
  `reason`); `POST /appointment/{id}/cancel` `{appointment_cancellation_reason_id,
  record_as_cancelled, reason}`; `/reschedule_reason` lists `appointment_reschedule_reasons`.
- Patients: `POST /patient` needs `first_name`, `surname`, takes `timezone` (IANA) and
  `preferred_phone` (1 home, 3 mobile); reads call the zone `time_zone`;
  `accepted_privacy_policy` is null, true or false.

Assumed (docs/vendors/pracsuite.md lists each with the connector option that covers it):
- A missing `x-api-key` is refused by the gateway: 403 MISSING_AUTHENTICATION_TOKEN (as an unknown
  endpoint is). A wrong `x-api-key`, or a missing or wrong `A-api-key`: 401 UNAUTHORIZED.
- `page_size` above 100 is clamped to 100 (the links then say 100); below 1: 400.
- `sort_by` entries are field names, "-" in front for descending; default: by id.
- `q[]` syntax is `<field>:<op><value>` with op one of `>=`, `<=`, `>`, `<`, `=` (default `=`);
  several `q[]` combine with AND; `updated` filters on `modified`; `app_time` values are
  clinic-local like `app_time` itself; unknown fields or bad values: 400 INVALID_PARAMS.
- `links` are absolute and keep every query parameter; `previous`/`next` are null at the ends.
- Single records (GET /x/{id}, POST, PATCH) are the bare object, not wrapped.
- Routes for lists: `/business`, `/practitioner` (with `practitioner_businesses`), `/profession`,
  `/appointment_type`, `/patient`, `/appointment`, `/cancellation_reason`, `/appointment_status`.
- A business carries its IANA zone as `time_zone`.
- `appointment_status_id`: 1 Booked, 2 Confirmed, 3 Arrived, 4 Did not arrive, 5 Completed.
- A cancelled appointment keeps `cancelled_at` (RFC 3339) and stays listed when
  `record_as_cancelled` is true (the default); false removes it. A cancellation reason id is
  required; cancelling twice or editing a cancelled appointment: 422 INVALID_APPOINTMENT.
- A practitioner cannot be in two appointments at once (across businesses): create, PATCH and
  reserve answer 422 INVALID_APPOINTMENT_TIME. Booking outside the roster is allowed.
- Unknown body fields: 400 INVALID_PARAMS. Body references that do not exist: 422 INVALID_<FIELD>.
- `POST /patient` answers with the record as created, zone spelled `timezone`; every read spells it
  `time_zone`. Each patient has a private billing account (`account_id`); `client_id` in
  appointments is the `patient_id`.
- A reservation holds its time for 10 minutes, is listed with `category` "reservation" meanwhile,
  then disappears. The path that finalises a reservation is unknown and not served.
- Availability: 15-minute grid, times inside one roster segment, never in the past; several roster
  flags given: times open to any of them; `business_ids` etc. are comma-separated; `to` is
  inclusive, so `to - from` is at most 6 days; a time's `resource_ids` are the practitioner's room
  at that business, `width` is 1. `/next_available_appointment` answers
  `{"available_time": <time or null>}`.
- No rate limit is enforced (none is published).
"""

from __future__ import annotations

import itertools
import json
import random
import re
import uuid
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from frontdesk.domain.clock import Clock
from frontdesk.sandbox.demo import DemoAccount, DemoVendor
from frontdesk.sandbox.people import ascii_fold
from frontdesk.sandbox.schedule import fill_book, open_intervals

HOST = "pracsuite.sandbox"
PREFIX = "/v1"
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 100
MAX_SEARCH_DAYS = 7
GRID_MINUTES = 15
RESERVATION_MINUTES = 10
LOCAL_FORMAT = "%Y-%m-%dT%H:%M:%S"
LOCAL_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")
FILTER_PATTERN = re.compile(r"^(?P<field>[a-z_]+):(?P<op>>=|<=|>|<|=)?(?P<value>.*)$")
ONLINE_FROM = time(16, 0)  # afternoon roster: manual-only before, online-only after

STATUS_BOOKED, STATUS_CONFIRMED, STATUS_ARRIVED, STATUS_NOSHOW, STATUS_COMPLETED = 1, 2, 3, 4, 5
STATUSES = {
    STATUS_BOOKED: "Booked",
    STATUS_CONFIRMED: "Confirmed",
    STATUS_ARRIVED: "Arrived",
    STATUS_NOSHOW: "Did not arrive",
    STATUS_COMPLETED: "Completed",
}
TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    422: "Unprocessable Entity",
}


class ApiError(Exception):
    def __init__(self, status: int, code: str, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail


def invalid_params(detail: str) -> ApiError:
    return ApiError(400, "INVALID_PARAMS", detail)


def not_found(resource: str, record_id: object) -> ApiError:
    return ApiError(404, "NOT_FOUND", f"Could not find {resource} with ID {record_id}")


def rfc3339(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def local_text(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime(LOCAL_FORMAT)


def parse_local(text: object, name: str) -> datetime:
    """A clinic-local `yyyy-MM-ddTHH:mm:ss` (naive); anything else is a 400."""
    if not isinstance(text, str) or not LOCAL_PATTERN.match(text):
        raise invalid_params(f"{name} must be yyyy-MM-ddTHH:mm:ss (clinic time, no offset)")
    try:
        return datetime.fromisoformat(text)  # the pattern above: what strptime would accept
    except ValueError:
        raise invalid_params(f"{name} is not a valid date and time") from None


def overlaps(busy: list[tuple[datetime, datetime]], start: datetime, end: datetime) -> bool:
    return any(b_start < end and start < b_end for b_start, b_end in busy)


def parse_rfc3339(text: str, name: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise invalid_params(f"{name} must be an RFC 3339 date and time") from None
    if value.tzinfo is None:
        raise invalid_params(f"{name} must carry a UTC offset")
    return value.astimezone(UTC)


@dataclass(frozen=True)
class Segment:
    """A stretch of a practitioner's roster and the booking tools it is open to."""

    start: datetime
    end: datetime
    manual: bool
    online: bool
    waiting_list: bool

    def open_to(self, flags: set[str]) -> bool:
        return any(getattr(self, flag) for flag in flags)


@dataclass
class PracSuiteState:
    clock: Clock
    seed: int = 5
    integrator_keys: set[str] = field(default_factory=set)
    clinic_keys: set[str] = field(default_factory=set)
    businesses: dict[int, dict[str, Any]] = field(default_factory=dict)
    professions: dict[int, dict[str, Any]] = field(default_factory=dict)
    practitioners: dict[int, dict[str, Any]] = field(default_factory=dict)
    # practitioner_business_id -> {practitioner_id, business_id, column_number, resource_id,
    # weekdays, primary}: a practitioner's place in one business's appointment book.
    placements: dict[int, dict[str, Any]] = field(default_factory=dict)
    appointment_types: dict[int, dict[str, Any]] = field(default_factory=dict)
    patients: dict[int, dict[str, Any]] = field(default_factory=dict)
    appointments: dict[int, dict[str, Any]] = field(default_factory=dict)
    reschedule_reasons: dict[int, dict[str, Any]] = field(default_factory=dict)
    cancellation_reasons: dict[int, dict[str, Any]] = field(default_factory=dict)
    allow_overlap: bool = False
    # Another reading of the availability search, for tests: `to` is the day after the last
    # day searched (so from == to searches nothing and is refused).
    search_to_exclusive: bool = False
    refuse_search_from: set[date] = field(default_factory=set)  # searches starting then: 400
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(900_000))
    _request_ids: random.Random = field(default_factory=lambda: random.Random(5))

    def next_id(self) -> int:
        return next(self._ids)

    def request_id(self) -> str:
        return str(uuid.UUID(int=self._request_ids.getrandbits(128), version=4))

    def now(self) -> datetime:
        return self.clock.now().astimezone(UTC)

    def stamp(self) -> str:
        return rfc3339(self.now())

    def zone_of(self, business_id: int) -> ZoneInfo:
        return ZoneInfo(self.businesses[business_id]["time_zone"])

    def today(self, business_id: int) -> date:
        return self.now().astimezone(self.zone_of(business_id)).date()

    def touch(self, record: dict[str, Any]) -> None:
        record["modified"] = self.stamp()

    # -- appointment times ----------------------------------------------------------------
    def start_of(self, appointment: dict[str, Any]) -> datetime:
        # Written by local_text (LOCAL_FORMAT); fromisoformat reads it 50x faster than strptime.
        naive = datetime.fromisoformat(appointment["app_time"])
        return naive.replace(tzinfo=self.zone_of(appointment["business_id"]))

    def end_of(self, appointment: dict[str, Any]) -> datetime:
        return self.start_of(appointment) + timedelta(minutes=appointment["duration"])

    def purge_reservations(self) -> None:
        now = self.now()
        expired = [
            key
            for key, a in self.appointments.items()
            if a["category"] == "reservation" and a["_expires"] <= now
        ]
        for key in expired:
            del self.appointments[key]

    def holds_time(self, appointment: dict[str, Any]) -> bool:
        return appointment["cancelled_at"] is None

    def busy(
        self, practitioner_id: int, own_id: int | None = None
    ) -> list[tuple[datetime, datetime]]:
        """The times a practitioner is taken, at any business."""
        return [
            (self.start_of(a), self.end_of(a))
            for a in self.appointments.values()
            if a["practitioner_id"] == practitioner_id
            and a["appointment_id"] != own_id
            and self.holds_time(a)
        ]

    def clash(
        self, practitioner_id: int, start: datetime, end: datetime, own_id: int | None
    ) -> bool:
        return overlaps(self.busy(practitioner_id, own_id), start, end)

    # -- rosters ---------------------------------------------------------------------------
    def works_on(self, placement_id: int, day: date) -> bool:
        placement = self.placements[placement_id]
        if day == self.today(placement["business_id"]):
            return bool(placement["primary"])  # the demo is open today whatever the weekday
        return day.weekday() in placement["weekdays"]

    def roster(self, placement_id: int, day: date) -> list[Segment]:
        """Mornings open to manual and online booking (and the waiting list), early afternoons
        to manual booking only, late afternoons to online booking only."""
        if not self.works_on(placement_id, day):
            return []
        business_id = self.placements[placement_id]["business_id"]
        zone = self.zone_of(business_id)
        intervals = open_intervals(day, self.today(business_id), zone)
        segments: list[Segment] = []
        for index, (opens, closes) in enumerate(intervals):
            if index == 0:
                segments.append(Segment(opens, closes, True, True, True))
                continue
            split = datetime.combine(day, ONLINE_FROM, zone)
            segments.append(Segment(opens, split, True, False, False))
            segments.append(Segment(split, closes, False, True, False))
        return segments


# ---------------------------------------------------------------------------- demo practice
DEMO_INTEGRATOR_KEY = "demo-integrator-key"
DEMO_CLINIC_KEY = "demo-clinic-key"
DEMO_PATIENTS = 1500
ZONE = "Australia/Sydney"
DEMO_BUSINESSES = (
    (1, "Harbour City Allied Health – Surry Hills", "412 Crown Street", "Surry Hills", "2010"),
    (2, "Harbour City Allied Health – Parramatta", "88 George Street", "Parramatta", "2150"),
)
DEMO_PROFESSIONS = ((1, "Physiotherapy"), (2, "Podiatry"), (3, "Psychology"))
# practitioner id, title, first name, surname, profession, placements
# (practitioner_business id, business id, weekdays, primary placement, room resource id)
ALL_DAYS = (0, 1, 2, 3, 4)
DEMO_PRACTITIONERS: tuple[
    tuple[int, str, str, str, int, tuple[tuple[int, int, tuple[int, ...], bool, int], ...]], ...
] = (
    (11, "Mr", "Liam", "O'Connor", 1, ((101, 1, ALL_DAYS, True, 1),)),
    (12, "Ms", "Priya", "Raman", 1, ((102, 1, (0, 2, 4), True, 2), (103, 2, (1, 3), False, 5))),
    (13, "Mr", "Jack", "Nguyen", 1, ((104, 2, ALL_DAYS, True, 6),)),
    (14, "Ms", "Chloe", "Anderson", 2, ((105, 1, ALL_DAYS, True, 3),)),
    (15, "Mr", "Hamish", "MacLeod", 2, ((106, 2, ALL_DAYS, True, 7),)),
    (16, "Dr", "Sarah", "Whitfield", 3, ((107, 1, (0, 1, 2), True, 4), (108, 2, (3, 4), False, 8))),
)
DEMO_TYPES = (
    (201, "Initial Physiotherapy Consultation", 45, 1, "#2E86DE"),
    (202, "Standard Physiotherapy Consultation", 30, 1, "#54A0FF"),
    (203, "Clinical Pilates (1:1)", 45, 1, "#10AC84"),
    (204, "Initial Podiatry Assessment", 45, 2, "#EE5253"),
    (205, "General Podiatry Treatment", 30, 2, "#FF6B6B"),
    (206, "Orthotic Review", 15, 2, "#F368E0"),
    (207, "Initial Psychology Session", 60, 3, "#5F27CD"),
    (208, "Psychology Session", 50, 3, "#8395A7"),
)
DEMO_RESCHEDULE_REASONS = (
    (1, "Patient request"),
    (2, "Practitioner unavailable"),
    (3, "Clinic scheduling change"),
    (4, "Other"),
)
DEMO_CANCELLATION_REASONS = (
    (1, "Patient cancelled"),
    (2, "Patient unwell"),
    (3, "Practitioner unavailable"),
    (4, "Booked in error"),
    (5, "Other"),
)
FIRST_NAMES = (
    "Oliver", "Charlotte", "Jack", "Olivia", "William", "Amelia", "Noah", "Isla", "Thomas",
    "Mia", "James", "Ava", "Lucas", "Grace", "Henry", "Chloe", "Liam", "Willow", "Ethan", "Zoe",
    "Leo", "Ruby", "Harrison", "Sophie", "Mason", "Matilda", "Cooper", "Harper", "Hudson",
    "Evie", "Archie", "Sienna", "Lachlan", "Ella", "Riley", "Georgia", "Hamish", "Isabelle",
    "Angus", "Emily", "Darcy", "Holly", "Mitchell", "Jessica", "Brendan", "Kylie", "Shane",
    "Tanya", "Craig", "Michelle", "Darren", "Nicole", "Bruce", "Sharon", "Wayne", "Karen",
    "Priya", "Aarav", "Wei", "Mei", "Minh", "Linh", "Hiroshi", "Yuki", "Mohammed", "Fatima",
    "Giorgos", "Eleni", "Marco", "Giulia", "Siobhan", "Declan", "Aroha", "Tane", "Jarrah",
    "Kirra", "Bronwyn", "Dougal", "Sione", "Mele", "Renée", "Zoë", "José", "Chiara",
)  # fmt: skip
LAST_NAMES = (
    "Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Johnson", "White", "Martin",
    "Anderson", "Thompson", "Nguyen", "Thomas", "Walker", "Harris", "Lee", "Ryan", "Robinson",
    "Kelly", "King", "Davis", "Wright", "Evans", "Roberts", "Green", "Hall", "Wood", "Jackson",
    "Clarke", "Patel", "Khan", "Singh", "Chen", "Wang", "Li", "Tran", "O'Brien", "O'Connor",
    "McDonald", "Murphy", "Mitchell", "Campbell", "Scott", "Stewart", "Young", "Hughes",
    "Edwards", "Hill", "Baker", "Cooper", "Kaur", "Papadopoulos", "Russo", "Rossi", "Pham",
    "Le", "Kim", "Sharma", "Ali", "Hassan", "Murray", "Byrne", "Moore", "Turner", "Fraser",
    "McKenzie", "Nikolaidis", "Vella", "Borg", "Tuilagi", "Fonoti", "Ngata", "Haddad",
    "Nakamura", "Gallagher", "Sullivan", "van der Berg", "Da Silva", "Müller", "Kowalczyk",
)  # fmt: skip
SUBURBS = (
    ("Surry Hills", "2010"), ("Redfern", "2016"), ("Newtown", "2042"), ("Marrickville", "2204"),
    ("Bondi", "2026"), ("Randwick", "2031"), ("Glebe", "2037"), ("Leichhardt", "2040"),
    ("Parramatta", "2150"), ("Westmead", "2145"), ("Harris Park", "2150"),
    ("Blacktown", "2148"), ("Auburn", "2144"), ("Strathfield", "2135"), ("Ryde", "2112"),
    ("Chatswood", "2067"),
)  # fmt: skip
STREETS = (
    "Crown Street", "King Street", "Church Street", "George Street", "Victoria Road",
    "Parramatta Road", "Oxford Street", "Enmore Road", "Marion Street", "Anzac Parade",
    "Pitt Street", "Wattle Street", "Banksia Avenue", "Jacaranda Close",
)  # fmt: skip
EMAIL_DOMAINS = ("gmail.com", "bigpond.com", "outlook.com.au", "icloud.com", "optusnet.com.au")


def _email_local(first: str, last: str) -> str:
    return "".join(c for c in ascii_fold(f"{first}.{last}").lower() if c.isalnum() or c == ".")


def make_patient(rng: random.Random, patient_id: int, today: date, created: str) -> dict[str, Any]:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    suburb, postcode = rng.choice(SUBURBS)
    mobile = f"04{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    home = (
        f"(02) 9{rng.randint(100, 999)} {rng.randint(1000, 9999)}" if rng.random() < 0.35 else None
    )
    privacy_roll = rng.random()
    zone_roll = rng.random()
    return {
        "patient_id": patient_id,
        "account_id": 500_000 + patient_id,
        "title": None,
        "first_name": first,
        "surname": last,
        "preferred_name": None,
        "date_of_birth": (today - timedelta(days=rng.randint(4 * 365, 90 * 365))).isoformat(),
        "email": f"{_email_local(first, last)}{rng.randint(1, 99)}@{rng.choice(EMAIL_DOMAINS)}",
        "home_phone": home,
        "mobile_phone": mobile,
        "preferred_phone": 1 if home and rng.random() < 0.5 else 3,
        "address1": f"{rng.randint(1, 240)} {rng.choice(STREETS)}",
        "suburb": suburb,
        "state": "NSW",
        "postcode": postcode,
        "accepted_privacy_policy": (
            True if privacy_roll < 0.7 else None if privacy_roll < 0.92 else False
        ),
        "time_zone": (
            ZONE if zone_roll < 0.85 else None if zone_roll < 0.95 else "Australia/Brisbane"
        ),
        "archived": rng.random() < 0.03,
        "created": created,
        "modified": created,
    }


def demo_state(clock: Clock, *, seed: int = 5, patients: int = DEMO_PATIENTS) -> PracSuiteState:
    state = PracSuiteState(
        clock=clock,
        seed=seed,
        integrator_keys={DEMO_INTEGRATOR_KEY},
        clinic_keys={DEMO_CLINIC_KEY},
        _request_ids=random.Random(seed),
    )
    created = rfc3339(state.now() - timedelta(days=60))
    for business_id, name, street, suburb, postcode in DEMO_BUSINESSES:
        state.businesses[business_id] = {
            "business_id": business_id,
            "business_name": name,
            "time_zone": ZONE,
            "address1": street,
            "suburb": suburb,
            "state": "NSW",
            "postcode": postcode,
            "phone": f"(02) 9{business_id}00 4{business_id}00",
            "created": created,
            "modified": created,
        }
    for profession_id, name in DEMO_PROFESSIONS:
        state.professions[profession_id] = {"profession_id": profession_id, "name": name}
    for type_id, name, minutes, profession_id, colour in DEMO_TYPES:
        state.appointment_types[type_id] = {
            "appointment_type_id": type_id,
            "name": name,
            "duration": minutes,
            "profession_id": profession_id,
            "colour": colour,
            "archived": False,
        }
    _demo_practitioners(state, created)
    for reason_id, reason in DEMO_RESCHEDULE_REASONS:
        state.reschedule_reasons[reason_id] = {
            "appointment_reschedule_reason_id": reason_id,
            "reason": reason,
        }
    for reason_id, reason in DEMO_CANCELLATION_REASONS:
        state.cancellation_reasons[reason_id] = {
            "appointment_cancellation_reason_id": reason_id,
            "reason": reason,
        }
    rng = random.Random(seed)
    today = state.today(1)
    for index in range(patients):
        patient_id = 1001 + index
        state.patients[patient_id] = make_patient(rng, patient_id, today, created)
    _demo_book(state, rng, created)
    return state


def _demo_practitioners(state: PracSuiteState, created: str) -> None:
    columns: dict[int, int] = {}
    for practitioner_id, title, first, last, profession_id, placements in DEMO_PRACTITIONERS:
        state.practitioners[practitioner_id] = {
            "practitioner_id": practitioner_id,
            "title": title,
            "first_name": first,
            "surname": last,
            "profession_id": profession_id,
            "active": True,
            "practitioner_businesses": [
                {"practitioner_business_id": pb, "business_id": b} for pb, b, *_ in placements
            ],
            "created": created,
            "modified": created,
        }
        for placement_id, business_id, weekdays, primary, room in placements:
            columns[business_id] = columns.get(business_id, 0) + 1
            state.placements[placement_id] = {
                "practitioner_id": practitioner_id,
                "business_id": business_id,
                "weekdays": weekdays,
                "primary": primary,
                "resource_id": room,
                "column_number": columns[business_id],
            }


def _seed_status(
    rng: random.Random, start: datetime, end: datetime, now: datetime
) -> tuple[int, bool]:
    """A plausible status (and whether it was cancelled) for a seeded appointment."""
    if end <= now:
        roll = rng.random()
        if roll < 0.04:
            return STATUS_NOSHOW, False
        if roll < 0.08:
            return STATUS_BOOKED, True
        return (STATUS_ARRIVED if now - end < timedelta(hours=4) else STATUS_COMPLETED), False
    if start - now < timedelta(days=2) and rng.random() < 0.5:
        return STATUS_CONFIRMED, False
    return STATUS_BOOKED, rng.random() < 0.03


def _demo_book(state: PracSuiteState, rng: random.Random, created: str) -> None:
    patient_ids = list(state.patients)
    now = state.now()
    appointment_id = 1
    for placement_id, placement in state.placements.items():
        practitioner = state.practitioners[placement["practitioner_id"]]
        offered = [
            t for t in state.appointment_types.values()
            if t["profession_id"] == practitioner["profession_id"]
        ]  # fmt: skip
        business_id = placement["business_id"]
        zone = state.zone_of(business_id)
        for booking in fill_book(
            rng,
            today=state.today(business_id),
            zone=zone,
            durations=[t["duration"] for t in offered],
            patients=len(patient_ids),
        ):
            if not state.works_on(placement_id, booking.start.date()):
                continue
            client_id = patient_ids[booking.patient_index]
            status, cancelled = _seed_status(rng, booking.start, booking.end, now)
            state.appointments[appointment_id] = {
                "appointment_id": appointment_id,
                "category": "appointment",
                "client_id": client_id,
                "account_id": state.patients[client_id]["account_id"],
                "appointment_type_id": offered[booking.service_index]["appointment_type_id"],
                "app_time": local_text(booking.start, zone),
                "duration": offered[booking.service_index]["duration"],
                "practitioner_business_id": placement_id,
                "practitioner_id": placement["practitioner_id"],
                "business_id": business_id,
                "appointment_status_id": status,
                "notes": None,
                "cancelled_at": rfc3339(booking.start - timedelta(days=1)) if cancelled else None,
                "appointment_cancellation_reason_id": 1 if cancelled else None,
                "cancellation_reason": None,
                "appointment_reschedule_reason_id": None,
                "reschedule_reason": None,
                "created": created,
                "modified": created,
            }
            appointment_id += 1


# ---------------------------------------------------------------------------- wire helpers
def public(record: dict[str, Any]) -> dict[str, Any]:
    """The record as sent: internal keys start with an underscore."""
    return {k: v for k, v in record.items() if not k.startswith("_")}


def as_int(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise invalid_params(f"{name} must be an integer")
    return value


def query_int(raw: str, name: str) -> int:
    if not re.fullmatch(r"\d+", raw):
        raise invalid_params(f"{name} must be an integer")
    return int(raw)


def query_ids(request: Request, name: str) -> set[int] | None:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return None
    return {query_int(part.strip(), name) for part in raw.split(",")}


def query_flag(request: Request, name: str) -> bool | None:
    raw = request.query_params.get(name)
    if raw is None:
        return None
    if raw.lower() in ("true", "1"):
        return True
    if raw.lower() in ("false", "0"):
        return False
    raise invalid_params(f"{name} must be true or false")


def query_date(request: Request, name: str) -> date:
    raw = request.query_params.get(name)
    if not raw:
        raise invalid_params(f"{name} is required")
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise invalid_params(f"{name} must be a date (yyyy-MM-dd)") from None


def check_duration(value: object) -> int:
    minutes = as_int(value, "duration")
    if not 5 <= minutes <= 1440 or minutes % 5:
        raise ApiError(
            422,
            "INVALID_DURATION",
            "duration must be between 5 and 1440 minutes and a multiple of 5",
        )
    return minutes


async def json_body(request: Request) -> dict[str, Any]:
    try:
        payload = json.loads(await request.body() or b"null")
    except ValueError:
        raise invalid_params("The request body is not valid JSON") from None
    if not isinstance(payload, dict):
        raise invalid_params("The request body must be a JSON object")
    return payload


def only_known(body: dict[str, Any], allowed: Iterable[str]) -> None:
    unknown = sorted(set(body) - set(allowed))
    if unknown:
        raise invalid_params(f"Unknown parameter(s): {', '.join(unknown)}")


def require(body: dict[str, Any], names: Iterable[str]) -> None:
    missing = [n for n in names if body.get(n) in (None, "")]
    if missing:
        raise invalid_params(f"Missing required parameter(s): {', '.join(missing)}")


# ---------------------------------------------------------------------------- lists
Getter = Callable[[dict[str, Any]], Any]


@dataclass(frozen=True)
class ListSpec:
    """How one list endpoint filters: q[] field -> (how to read a record, how to parse a value)."""

    plural: str
    id_field: str
    filters: dict[str, tuple[Getter, Callable[[str], Any]]]


def parse_filters(request: Request, spec: ListSpec) -> list[Callable[[dict[str, Any]], bool]]:
    tests: list[Callable[[dict[str, Any]], bool]] = []
    for raw in request.query_params.getlist("q[]"):
        match = FILTER_PATTERN.match(raw)
        if not match or match["field"] not in spec.filters:
            raise invalid_params(f"Unsupported filter: {raw}")
        getter, parse = spec.filters[match["field"]]
        wanted = parse(match["value"])
        tests.append(_comparison(getter, match["op"] or "=", wanted))
    return tests


def _comparison(getter: Getter, op: str, wanted: Any) -> Callable[[dict[str, Any]], bool]:
    def test(record: dict[str, Any]) -> bool:
        value = getter(record)
        if value is None:
            return False
        if op == "=":
            return bool(value == wanted)
        if op == ">=":
            return bool(value >= wanted)
        if op == "<=":
            return bool(value <= wanted)
        if op == ">":
            return bool(value > wanted)
        return bool(value < wanted)

    return test


def sort_rows(request: Request, rows: list[dict[str, Any]], id_field: str) -> list[dict[str, Any]]:
    raw = request.query_params.get("sort_by")
    if not raw:
        return sorted(rows, key=lambda r: r[id_field])
    try:
        keys = json.loads(raw)
    except ValueError:
        raise invalid_params("sort_by must be a JSON array of field names") from None
    if not isinstance(keys, list) or not all(isinstance(k, str) and k for k in keys):
        raise invalid_params("sort_by must be a JSON array of field names")
    known = set(public(rows[0])) if rows else set()
    for key in reversed(keys):  # stable sorts, last key first
        name, descending = key.lstrip("-"), key.startswith("-")
        if rows and name not in known:
            raise invalid_params(f"Cannot sort by {name}")
        rows = sorted(rows, key=_sort_key(name), reverse=descending)
    return rows


def _sort_key(name: str) -> Callable[[dict[str, Any]], tuple[bool, Any]]:
    return lambda record: (record[name] is None, record[name])  # nulls last


def page_params(request: Request) -> tuple[int, int]:
    page_raw = request.query_params.get("page", "1")
    size_raw = request.query_params.get("page_size", str(DEFAULT_PAGE_SIZE))
    page, size = query_int(page_raw, "page"), query_int(size_raw, "page_size")
    if page < 1 or size < 1:
        raise invalid_params("page and page_size must be at least 1")
    return page, min(size, MAX_PAGE_SIZE)


def page_link(request: Request, page: int, size: int) -> str:
    items = [
        (k, v) for k, v in request.query_params.multi_items() if k not in ("page", "page_size")
    ]
    items += [("page", str(page)), ("page_size", str(size))]
    return str(request.url.replace(query=urlencode(items)))


def paged(request: Request, plural: str, rows: list[dict[str, Any]]) -> JSONResponse:
    page, size = page_params(request)
    chunk = rows[(page - 1) * size : page * size]
    more = page * size < len(rows)
    return JSONResponse(
        {
            plural: [public(r) for r in chunk],
            "total_entries": len(rows),
            "links": {
                "self": page_link(request, page, size),
                "previous": page_link(request, page - 1, size) if page > 1 else None,
                "next": page_link(request, page + 1, size) if more else None,
            },
        }
    )


def listing(request: Request, spec: ListSpec, records: Iterable[dict[str, Any]]) -> Response:
    tests = parse_filters(request, spec)
    rows = [r for r in records if all(t(r) for t in tests)]
    return paged(request, spec.plural, sort_rows(request, rows, spec.id_field))


def int_filter(name: str) -> tuple[Getter, Callable[[str], Any]]:
    return (lambda r: r.get(name), lambda v: query_int(v, name))


def stamp_filter(name: str) -> tuple[Getter, Callable[[str], Any]]:
    return (
        lambda r: parse_rfc3339(r[name], name) if r.get(name) else None,
        lambda v: parse_rfc3339(v, name),
    )


def text_filter(name: str) -> tuple[Getter, Callable[[str], Any]]:
    return (lambda r: (r.get(name) or "").lower(), lambda v: v.lower())


STAMP_FILTERS = {"created": stamp_filter("created"), "updated": stamp_filter("modified")}
PATIENTS = ListSpec(
    "patients",
    "patient_id",
    {
        **STAMP_FILTERS,
        "first_name": text_filter("first_name"),
        "surname": text_filter("surname"),
        "patient_id": int_filter("patient_id"),
    },
)
APPOINTMENTS = ListSpec(
    "appointments",
    "appointment_id",
    {
        **STAMP_FILTERS,
        "app_time": (
            lambda r: datetime.fromisoformat(r["app_time"]),
            lambda v: parse_local(v, "app_time"),
        ),
        **{
            name: int_filter(name)
            for name in (
                "appointment_id",
                "client_id",
                "practitioner_business_id",
                "practitioner_id",
                "business_id",
                "appointment_type_id",
                "appointment_status_id",
            )
        },
        "category": (lambda r: r["category"], str),
    },
)


# ---------------------------------------------------------------------------- the app
def create_app(state: PracSuiteState) -> Starlette:
    def error(status: int, code: str, detail: str) -> JSONResponse:
        body = {
            "error": {
                "status": status,
                "code": code,
                "title": TITLES.get(status, "Error"),
                "detail": detail,
            },
            "request_id": state.request_id(),
        }
        return JSONResponse(body, status_code=status)

    def authorise(request: Request) -> None:
        integrator = request.headers.get("x-api-key")
        if not integrator:
            raise ApiError(403, "MISSING_AUTHENTICATION_TOKEN", "Missing Authentication Token")
        if integrator not in state.integrator_keys:
            raise ApiError(401, "UNAUTHORIZED", "The x-api-key is not a valid integrator key")
        clinic = request.headers.get("a-api-key")
        if not clinic:
            raise ApiError(401, "UNAUTHORIZED", "The A-api-key header is missing")
        if clinic not in state.clinic_keys:
            raise ApiError(401, "UNAUTHORIZED", "The A-api-key is not valid for any clinic")

    def record(table: dict[int, dict[str, Any]], resource: str, raw: str) -> dict[str, Any]:
        found = table.get(int(raw)) if re.fullmatch(r"\d+", raw) else None
        if found is None:
            raise not_found(resource, raw)
        return found

    def simple_list(plural: str, id_field: str, table: dict[int, dict[str, Any]]) -> Handler:
        spec = ListSpec(plural, id_field, {})

        async def handler(request: Request) -> Response:
            return listing(request, spec, table.values())

        return handler

    def simple_get(resource: str, table: dict[int, dict[str, Any]]) -> Handler:
        async def handler(request: Request) -> Response:
            return JSONResponse(public(record(table, resource, request.path_params["id"])))

        return handler

    # -- practitioners, appointment types --------------------------------------------------
    async def profession_types(request: Request) -> Response:
        profession = record(state.professions, "Profession", request.path_params["id"])
        rows = [
            t
            for t in state.appointment_types.values()
            if t["profession_id"] == profession["profession_id"]
        ]
        return listing(request, ListSpec("appointment_types", "appointment_type_id", {}), rows)

    async def statuses(request: Request) -> Response:
        rows = [{"appointment_status_id": k, "name": v} for k, v in STATUSES.items()]
        return listing(request, ListSpec("appointment_statuses", "appointment_status_id", {}), rows)

    # -- patients --------------------------------------------------------------------------
    patient_fields = (
        "title",
        "first_name",
        "surname",
        "preferred_name",
        "date_of_birth",
        "email",
        "home_phone",
        "mobile_phone",
        "preferred_phone",
        "address1",
        "suburb",
        "state",
        "postcode",
        "accepted_privacy_policy",
        "timezone",
    )

    def apply_patient(target: dict[str, Any], body: dict[str, Any]) -> None:
        only_known(body, patient_fields)
        for key, value in body.items():
            if key == "timezone":
                if value is not None:
                    try:
                        ZoneInfo(str(value))
                    except (ZoneInfoNotFoundError, ValueError):
                        raise ApiError(
                            422, "INVALID_TIME_ZONE", "timezone must be an IANA time zone"
                        ) from None
                target["time_zone"] = value
            elif key == "preferred_phone" and value not in (None, 1, 2, 3):
                raise ApiError(
                    422, "INVALID_PREFERRED_PHONE", "preferred_phone must be 1 (home) or 3 (mobile)"
                )
            elif key == "accepted_privacy_policy" and value not in (None, True, False):
                raise ApiError(
                    422,
                    "INVALID_ACCEPTED_PRIVACY_POLICY",
                    "accepted_privacy_policy must be true, false or null",
                )
            elif key == "date_of_birth" and value is not None:
                try:
                    date.fromisoformat(str(value))
                except ValueError:
                    raise invalid_params("date_of_birth must be a date (yyyy-MM-dd)") from None
                target[key] = value
            elif key not in ("preferred_phone", "accepted_privacy_policy") and not (
                value is None or isinstance(value, str)
            ):
                raise invalid_params(f"{key} must be text")
            else:
                target[key] = value

    async def patients(request: Request) -> Response:
        if request.method == "GET":
            return listing(request, PATIENTS, state.patients.values())
        body = await json_body(request)
        require(body, ("first_name", "surname"))
        patient_id = state.next_id()
        target: dict[str, Any] = {
            "patient_id": patient_id,
            "account_id": 500_000 + patient_id,
            **dict.fromkeys(patient_fields[:-1]),
            "preferred_phone": 3,
            "time_zone": None,
            "archived": False,
            "created": state.stamp(),
            "modified": state.stamp(),
        }
        apply_patient(target, body)
        state.patients[patient_id] = target
        created = public(target)
        created["timezone"] = created.pop("time_zone")  # echoed as the create spelled it
        return JSONResponse(created, status_code=201)

    async def patient(request: Request) -> Response:
        target = record(state.patients, "Patient", request.path_params["id"])
        if request.method == "PATCH":
            apply_patient(target, await json_body(request))
            state.touch(target)
        return JSONResponse(public(target))

    # -- appointments ----------------------------------------------------------------------
    def placement_of(value: object) -> tuple[int, dict[str, Any]]:
        placement_id = as_int(value, "practitioner_business_id")
        if placement_id not in state.placements:
            raise ApiError(
                422,
                "INVALID_PRACTITIONER_BUSINESS_ID",
                f"Could not find PractitionerBusiness with ID {placement_id}",
            )
        return placement_id, state.placements[placement_id]

    def check_free(target: dict[str, Any]) -> None:
        if state.allow_overlap:
            return
        start, end = state.start_of(target), state.end_of(target)
        if state.clash(target["practitioner_id"], start, end, target.get("appointment_id")):
            raise ApiError(
                422,
                "INVALID_APPOINTMENT_TIME",
                f"The practitioner is not available at {target['app_time']} "
                f"for {target['duration']} minutes",
            )

    def place(target: dict[str, Any], placement_value: object) -> None:
        placement_id, placement = placement_of(placement_value)
        target["practitioner_business_id"] = placement_id
        target["practitioner_id"] = placement["practitioner_id"]
        target["business_id"] = placement["business_id"]

    def check_type(type_value: object, practitioner_id: int) -> int:
        type_id = as_int(type_value, "appointment_type_id")
        kind = state.appointment_types.get(type_id)
        if kind is None:
            raise ApiError(
                422,
                "INVALID_APPOINTMENT_TYPE_ID",
                f"Could not find AppointmentType with ID {type_id}",
            )
        if kind["profession_id"] != state.practitioners[practitioner_id]["profession_id"]:
            raise ApiError(
                422,
                "INVALID_APPOINTMENT_TYPE_ID",
                "The practitioner does not offer this appointment type",
            )
        return type_id

    def check_client(body: dict[str, Any]) -> None:
        client_id = as_int(body["client_id"], "client_id")
        account_id = as_int(body["account_id"], "account_id")
        client = state.patients.get(client_id)
        if client is None:
            raise ApiError(422, "INVALID_CLIENT_ID", f"Could not find Patient with ID {client_id}")
        if client["account_id"] != account_id:
            raise ApiError(
                422, "INVALID_ACCOUNT_ID", f"Account {account_id} does not belong to this client"
            )

    create_fields = (
        "client_id",
        "account_id",
        "appointment_type_id",
        "app_time",
        "practitioner_business_id",
        "duration",
    )

    async def appointments(request: Request) -> Response:
        state.purge_reservations()
        if request.method == "GET":
            return listing(request, APPOINTMENTS, state.appointments.values())
        body = await json_body(request)
        only_known(body, (*create_fields, "notes"))
        require(body, create_fields)
        parse_local(body["app_time"], "app_time")
        target: dict[str, Any] = {
            "appointment_id": None,
            "category": "appointment",
            "client_id": body["client_id"],
            "account_id": body["account_id"],
            "appointment_type_id": None,
            "app_time": body["app_time"],
            "duration": check_duration(body["duration"]),
        }
        check_client(body)
        place(target, body["practitioner_business_id"])
        target["appointment_type_id"] = check_type(
            body["appointment_type_id"], target["practitioner_id"]
        )
        check_free(target)
        target.update(
            appointment_id=state.next_id(),
            appointment_status_id=STATUS_BOOKED,
            notes=body.get("notes"),
            cancelled_at=None,
            appointment_cancellation_reason_id=None,
            cancellation_reason=None,
            appointment_reschedule_reason_id=None,
            reschedule_reason=None,
            created=state.stamp(),
            modified=state.stamp(),
        )
        state.appointments[target["appointment_id"]] = target
        return JSONResponse(public(target), status_code=201)

    edit_fields = (
        "app_time",
        "duration",
        "practitioner_business_id",
        "appointment_type_id",
        "appointment_status_id",
        "notes",
        "appointment_reschedule_reason_id",
        "reason",
    )

    def edit(target: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
        only_known(body, edit_fields)
        if target["cancelled_at"] is not None:
            raise ApiError(422, "INVALID_APPOINTMENT", "A cancelled appointment cannot be edited")
        updated = dict(target)
        if "app_time" in body:
            parse_local(body["app_time"], "app_time")
            updated["app_time"] = body["app_time"]
        if "duration" in body:
            updated["duration"] = check_duration(body["duration"])
        if "practitioner_business_id" in body:
            place(updated, body["practitioner_business_id"])
        if "appointment_type_id" in body or "practitioner_business_id" in body:
            updated["appointment_type_id"] = check_type(
                body.get("appointment_type_id", updated["appointment_type_id"]),
                updated["practitioner_id"],
            )
        if "appointment_status_id" in body:
            status = as_int(body["appointment_status_id"], "appointment_status_id")
            if status not in STATUSES:
                raise ApiError(
                    422,
                    "INVALID_APPOINTMENT_STATUS_ID",
                    f"Could not find AppointmentStatus with ID {status}",
                )
            updated["appointment_status_id"] = status
        if "notes" in body:
            updated["notes"] = body["notes"]
        reason_id = body.get("appointment_reschedule_reason_id")
        if reason_id is not None:
            if as_int(reason_id, "appointment_reschedule_reason_id") not in (
                state.reschedule_reasons
            ):
                raise ApiError(
                    422,
                    "INVALID_APPOINTMENT_RESCHEDULE_REASON_ID",
                    f"Could not find RescheduleReason with ID {reason_id}",
                )
            updated["appointment_reschedule_reason_id"] = reason_id
        if "reason" in body:
            updated["reschedule_reason"] = body["reason"]
        moved = any(k in body for k in ("app_time", "duration", "practitioner_business_id"))
        if moved:
            check_free(updated)
        return updated

    async def appointment(request: Request) -> Response:
        state.purge_reservations()
        target = record(state.appointments, "Appointment", request.path_params["id"])
        if request.method == "PATCH":
            target.update(edit(target, await json_body(request)))
            state.touch(target)
        return JSONResponse(public(target))

    async def cancel(request: Request) -> Response:
        state.purge_reservations()
        target = record(state.appointments, "Appointment", request.path_params["id"])
        body = await json_body(request)
        only_known(body, ("appointment_cancellation_reason_id", "record_as_cancelled", "reason"))
        require(body, ("appointment_cancellation_reason_id",))
        reason_id = as_int(
            body["appointment_cancellation_reason_id"], "appointment_cancellation_reason_id"
        )
        if reason_id not in state.cancellation_reasons:
            raise ApiError(
                422,
                "INVALID_APPOINTMENT_CANCELLATION_REASON_ID",
                f"Could not find CancellationReason with ID {reason_id}",
            )
        keep = body.get("record_as_cancelled", True)
        if not isinstance(keep, bool):
            raise invalid_params("record_as_cancelled must be true or false")
        if target["cancelled_at"] is not None:
            raise ApiError(422, "INVALID_APPOINTMENT", "The appointment is already cancelled")
        target.update(
            cancelled_at=state.stamp(),
            appointment_cancellation_reason_id=reason_id,
            cancellation_reason=body.get("reason"),
        )
        state.touch(target)
        if not keep:
            del state.appointments[target["appointment_id"]]
        return JSONResponse(public(target))

    async def reserve(request: Request) -> Response:
        state.purge_reservations()
        body = await json_body(request)
        fields = ("app_time", "practitioner_business_id", "duration")
        only_known(body, fields)
        require(body, fields)
        parse_local(body["app_time"], "app_time")
        target: dict[str, Any] = {
            "appointment_id": state.next_id(),
            "category": "reservation",
            "client_id": None,
            "account_id": None,
            "appointment_type_id": None,
            "app_time": body["app_time"],
            "duration": check_duration(body["duration"]),
            "appointment_status_id": STATUS_BOOKED,
            "notes": None,
            "cancelled_at": None,
            "appointment_cancellation_reason_id": None,
            "cancellation_reason": None,
            "appointment_reschedule_reason_id": None,
            "reschedule_reason": None,
            "created": state.stamp(),
            "modified": state.stamp(),
            "_expires": state.now() + timedelta(minutes=RESERVATION_MINUTES),
        }
        place(target, body["practitioner_business_id"])
        check_free(target)
        state.appointments[target["appointment_id"]] = target
        return JSONResponse(
            {"appointment_id": target["appointment_id"], "category": "reservation"},
            status_code=201,
        )

    # -- availability ----------------------------------------------------------------------
    def search_times(request: Request) -> list[dict[str, Any]]:
        state.purge_reservations()
        first, last = query_date(request, "from"), query_date(request, "to")
        if state.search_to_exclusive:
            if last <= first:
                raise invalid_params("to must be after from")
            last -= timedelta(days=1)
        if last < first:
            raise invalid_params("to must not be before from")
        if first in state.refuse_search_from:
            raise invalid_params("The availability search failed for these dates")
        if (last - first).days >= MAX_SEARCH_DAYS:
            raise invalid_params(
                f"You may search for a maximum of {MAX_SEARCH_DAYS} days of appointment "
                "availability per request"
            )
        raw_type = request.query_params.get("appointment_type_id", "")
        if not raw_type:
            raise invalid_params("appointment_type_id is required")
        if not re.fullmatch(r"\d+", raw_type):
            raise invalid_params(
                "All availability searches must specify a single appointment_type_id"
            )
        kind = record(state.appointment_types, "AppointmentType", raw_type)
        client_raw = request.query_params.get("client_id")
        if request.query_params.get("account_id") and not client_raw:
            raise invalid_params("client_id is required when account_id is given")
        if client_raw:
            record(state.patients, "Patient", client_raw)
        wanted = {
            "business_id": query_ids(request, "business_ids"),
            "practitioner_id": query_ids(request, "practitioner_ids"),
            "profession_id": query_ids(request, "profession_ids"),
            "resource_id": query_ids(request, "resource_ids"),
        }
        given = {name: query_flag(request, name) for name in ("manual", "online", "waiting_list")}
        flags = (
            {"manual"}
            if all(v is None for v in given.values())
            else {name for name, on in given.items() if on}
        )
        found: list[tuple[datetime, int, dict[str, Any]]] = []
        for placement_id, placement in state.placements.items():
            practitioner = state.practitioners[placement["practitioner_id"]]
            facts = {**placement, "profession_id": practitioner["profession_id"]}
            if practitioner["profession_id"] != kind["profession_id"]:
                continue
            if any(ids is not None and facts[key] not in ids for key, ids in wanted.items()):
                continue
            for start in free_times(placement_id, first, last, kind["duration"], flags):
                found.append(
                    (start, placement["column_number"], time_out(placement_id, start, kind))
                )
        return [item for _, _, item in sorted(found, key=lambda f: (f[0], f[1]))]

    def free_times(
        placement_id: int, first: date, last: date, minutes: int, flags: set[str]
    ) -> Iterator[datetime]:
        placement = state.placements[placement_id]
        length = timedelta(minutes=minutes)
        now = state.now()
        busy = state.busy(placement["practitioner_id"])
        day = first
        while day <= last:
            for segment in state.roster(placement_id, day):
                if not segment.open_to(flags):
                    continue
                start = segment.start
                while start + length <= segment.end:
                    if start >= now and not overlaps(busy, start, start + length):
                        yield start
                    start += timedelta(minutes=GRID_MINUTES)
            day += timedelta(days=1)

    def time_out(placement_id: int, start: datetime, kind: dict[str, Any]) -> dict[str, Any]:
        placement = state.placements[placement_id]
        practitioner = state.practitioners[placement["practitioner_id"]]
        return {
            "app_time": local_text(start, state.zone_of(placement["business_id"])),
            "duration": kind["duration"],
            "appointment_type_id": kind["appointment_type_id"],
            "practitioner_id": practitioner["practitioner_id"],
            "practitioner_business_id": placement_id,
            "business_id": placement["business_id"],
            "profession_id": practitioner["profession_id"],
            "practitioner_name": f"{practitioner['first_name']} {practitioner['surname']}",
            "resource_ids": [placement["resource_id"]],
            "column_number": placement["column_number"],
            "width": 1,
        }

    async def available(request: Request) -> Response:
        return paged(request, "available_times", search_times(request))

    async def next_available(request: Request) -> Response:
        times = search_times(request)
        return JSONResponse({"available_time": times[0] if times else None})

    # -- plumbing --------------------------------------------------------------------------
    def guarded(handler: Handler) -> Handler:
        async def endpoint(request: Request) -> Response:
            try:
                authorise(request)
                return await handler(request)
            except ApiError as exc:
                return error(exc.status, exc.code, exc.detail)

        return endpoint

    def route(path: str, handler: Handler, methods: tuple[str, ...] = ("GET",)) -> Route:
        return Route(f"{PREFIX}{path}", guarded(handler), methods=list(methods))

    routes = [
        route("/business", simple_list("businesses", "business_id", state.businesses)),
        route("/business/{id}", simple_get("Business", state.businesses)),
        route(
            "/practitioner", simple_list("practitioners", "practitioner_id", state.practitioners)
        ),
        route("/practitioner/{id}", simple_get("Practitioner", state.practitioners)),
        route("/profession", simple_list("professions", "profession_id", state.professions)),
        route("/profession/{id}/appointment_type", profession_types),
        route(
            "/appointment_type",
            simple_list("appointment_types", "appointment_type_id", state.appointment_types),
        ),
        route("/appointment_type/{id}", simple_get("AppointmentType", state.appointment_types)),
        route(
            "/reschedule_reason",
            simple_list(
                "appointment_reschedule_reasons",
                "appointment_reschedule_reason_id",
                state.reschedule_reasons,
            ),
        ),
        route(
            "/cancellation_reason",
            simple_list(
                "appointment_cancellation_reasons",
                "appointment_cancellation_reason_id",
                state.cancellation_reasons,
            ),
        ),
        route("/appointment_status", statuses),
        route("/patient", patients, ("GET", "POST")),
        route("/patient/{id}", patient, ("GET", "PATCH")),
        route("/appointment", appointments, ("GET", "POST")),
        route("/appointment/{id}", appointment, ("GET", "PATCH")),
        route("/appointment/{id}/cancel", cancel, ("POST",)),
        route("/reserve_appointment", reserve, ("POST",)),
        route("/available_appointments", available),
        route("/next_available_appointment", next_available),
    ]

    async def unknown_endpoint(request: Request, exc: Exception) -> Response:
        # An API gateway answers unknown paths and methods as if no credentials were sent.
        return error(403, "MISSING_AUTHENTICATION_TOKEN", "Missing Authentication Token")

    return Starlette(
        routes=routes, exception_handlers={404: unknown_endpoint, 405: unknown_endpoint}
    )


Handler = Callable[[Request], Awaitable[Response]]


def demo(clock: Clock) -> DemoVendor:
    """The PracSuite account of the demo clinic: a Sydney allied-health practice, two sites."""
    state = demo_state(clock)
    account = DemoAccount(
        name="Harbour City Allied Health",
        vendor="pracsuite",
        base_url=f"http://{HOST}{PREFIX}",
        options={},
        secrets={"api_key": DEMO_INTEGRATOR_KEY, "clinic_key": DEMO_CLINIC_KEY},
    )
    return DemoVendor(host=HOST, app=create_app(state), state=state, accounts=[account], order=30)
