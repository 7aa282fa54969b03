"""SyncVet Consumer API simulator (shared/vendor-docs/syncvet-consumer-api.json, NOTES.md).

SyncVet runs beside a veterinary PIMS (AVImark here) on the practice's server: batch data is a
nightly copy in SyncVet's cloud, writeback goes through the practice's on-site agent.

Documented (the Postman collection's description and NOTES.md):
- OAuth2 client credentials: a form POST of client_id, client_secret, scope, grant_type
  =client_credentials returns {"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599,
  "access_token": ...}; the scope is https://consumerapi.sync.vet/.default; the token goes in
  `Authorization: Bearer ...` and expires after 3,599 s (measured on the injected clock here).
- 401 for a missing, malformed, invalid or expired token; 403 for a practice the client may not
  read and for "Appointment booking disabled"; 405 for an action the record's state forbids;
  408 "Agent connection timeout"; 409 "Appointment slot already booked"; 413 above 30 MiB
  (31,457,280 bytes, form metadata included) on AddPatientAttachment with the documented message;
  429 with Retry-After; 503 during maintenance; 400 for validation errors and "Entity not found".
- The data model: an animal Patient (PimsId, Name, SpeciesDescription, BreedDescription,
  DateOfBirth without offset, IsDeceased, FlaggedInactive, CurrentWeight) linked to its owner
  Client through ClientPatientRelationships {Type: "Owner", ClientId, PatientId, IsPrimary};
  composite ids such as "9|9"; a practice carries its UtcOffset.

Assumed (docs/vendors/syncvet.md lists each one; the connector can override every route):
- The token endpoint is served by this same app at /oauth2/v2.0/token (the real one is Microsoft
  Entra's login.microsoftonline.com/{tenant}/oauth2/v2.0/token) with Entra's error body
  {"error", "error_description"}: 401 invalid_client, 400 unauthorized_client / invalid_scope /
  unsupported_grant_type / invalid_request.
- Routes: GET /api/practices, GET /api/practices/{id}/{Entity} (Clients, Patients, Appointments,
  Resources, AppointmentTypes) with modifiedSince (ISO 8601, UTC when it has no offset), page
  (from 1), pageSize (default 100, 1..1000) and for appointments startDate/endDate
  (practice-local, no offset; overlapping appointments are returned); GET
  /api/practices/{id}/{Entity}/{entityId}; writeback POST /api/practices/{id}/appointments and
  POST /api/practices/{id}/appointments/{appointmentId}/confirm; AddPatientAttachment as
  POST /api/practices/{id}/patients/{patientId}/attachments (multipart/form-data, a `file` part).
  Paths and query names match case-insensitively, as ASP.NET routing does.
- Lists are {"Items": [...], "Page", "PageSize", "TotalItems", "TotalPages"}; every record has
  LastModifiedUtc (UTC, with "Z"); ids are "{practice}|{PimsId}".
- Errors other than 401 and 413 are RFC 7807 problem details {"type", "title", "status",
  "detail", "traceId"}; a 401 has no body, only `WWW-Authenticate: Bearer error="invalid_token"`.
- Practices carry an IANA `TimeZone` beside `UtcOffset`; appointment times and DateOfBirth are
  practice-local without offset.
- Rate limit: more than `rate_limit_per_minute` accepted requests per client in a rolling minute
  of the simulator clock gives 429 with Retry-After = seconds until the oldest one leaves the
  window (refused requests do not count; the token endpoint is not limited).
- Batch reads come from the nightly copy, so they answer 200 while the on-site agent is offline;
  writeback needs the live agent: offline -> 408 "Agent connection timeout" (nothing written),
  `agent_slow` -> the write happens in the PIMS but the reply is 408 all the same.
  Appointments are among the entities pushed in real time, so a writeback booking is listed at
  once. Booking a resource over a live appointment -> 409; confirming a cancelled appointment
  -> 405; an unknown practice -> 403 (the client may not read it); an unknown record -> 400.
- A booking answers 200 with the appointment; an attachment answers 202 (accepted, queued for
  the agent). Booking has no idempotency key: a resend is recognised by resource+start+patient.
"""

from __future__ import annotations

import itertools
import math
import random
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from typing import Any
from urllib.parse import parse_qs
from zoneinfo import ZoneInfo

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from frontdesk.domain.clock import Clock
from frontdesk.sandbox.demo import DemoAccount, DemoVendor
from frontdesk.sandbox.schedule import fill_book

HOST = "syncvet.sandbox"
TOKEN_PATH = "/oauth2/v2.0/token"
SCOPE = "https://consumerapi.sync.vet/.default"
TOKEN_SECONDS = 3599
ATTACHMENT_LIMIT = 31_457_280  # 30 MiB, form metadata included
TOO_LARGE = (
    "Request payload too large. The maximum supported size is ~30 MiB. "
    "Reduce the file size and try again."
)
DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000
RATE_WINDOW = timedelta(minutes=1)
ENTITIES = {  # lower-case route segment -> the entity's name in the path
    "clients": "Clients",
    "patients": "Patients",
    "appointments": "Appointments",
    "resources": "Resources",
    "appointmenttypes": "AppointmentTypes",
}
LIVE = ("Scheduled", "Confirmed", "CheckedIn", "InProgress")

DEMO_CLIENT = ("frontdesk-demo", "demo-secret")
DEMO_PRACTICE = ("9", "Prairie Creek Animal Hospital", "America/Chicago")
DEMO_CLIENTS = 800


class ApiError(Exception):
    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers or {}


@dataclass(frozen=True)
class Logged:
    at: datetime  # on the simulator clock
    method: str
    path: str
    status: int


@dataclass
class SyncVetState:
    clock: Clock
    credentials: dict[str, str] = field(default_factory=dict)  # client_id -> secret
    # client_id -> practice ids it may read; "*" for every practice.
    grants: dict[str, set[str]] = field(default_factory=dict)
    practices: dict[str, dict[str, Any]] = field(default_factory=dict)
    # practice id -> lower-case entity -> id -> record
    data: dict[str, dict[str, dict[str, dict[str, Any]]]] = field(default_factory=dict)
    tokens: dict[str, tuple[str, datetime]] = field(default_factory=dict)  # -> client, expiry
    rate_limit_per_minute: int = 600
    booking_disabled: set[str] = field(default_factory=set)
    agent_offline: set[str] = field(default_factory=set)
    agent_slow: set[str] = field(default_factory=set)
    maintenance: bool = False
    # Other readings of the unpublished paging, for tests (docs/vendors/syncvet.md):
    page_cap: int | None = None  # serve at most this many per page, whatever pageSize asked
    # Which facts the list envelope states; "TotalCount" is another spelling of TotalItems.
    page_facts: tuple[str, ...] = ("Page", "PageSize", "TotalItems", "TotalPages")
    stuck_after_page: int | None = None  # later pages answer with this page again
    date_header: bool = False  # a Date header (the server's clock) on every reply
    attachments: list[dict[str, Any]] = field(default_factory=list)
    log: list[Logged] = field(default_factory=list)
    _hits: dict[str, deque[datetime]] = field(default_factory=dict)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(100_000))
    _traces: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _tokens: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def zone(self, practice_id: str) -> ZoneInfo:
        return ZoneInfo(self.practices[practice_id]["TimeZone"])

    def now_utc_text(self) -> str:
        return utc_text(self.clock.now())

    def touch(self, record: dict[str, Any]) -> None:
        record["LastModifiedUtc"] = self.now_utc_text()

    def table(self, practice_id: str, entity: str) -> dict[str, dict[str, Any]]:
        return self.data[practice_id][entity]

    def next_pims_id(self) -> str:
        return str(next(self._ids))

    def token_requests(self) -> int:
        return sum(1 for r in self.log if r.path == TOKEN_PATH and r.status == 200)

    def revoke_tokens(self) -> None:
        """As if the identity provider rotated its keys: every issued token stops working."""
        self.tokens.clear()


# ---------------------------------------------------------------------------- time helpers
def utc_text(value: datetime) -> str:
    return value.astimezone(UTC).replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def local_text(value: datetime, zone: ZoneInfo) -> str:
    """Practice-local wall time without offset, as the PIMS stores it."""
    return value.astimezone(zone).replace(microsecond=0, tzinfo=None).isoformat()


def from_local(text: str, zone: ZoneInfo) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=zone)


# ---------------------------------------------------------------------------- demo practice
# fmt: off
FIRST_NAMES = (
    "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
    "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
    "Sarah", "Christopher", "Karen", "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Betty",
    "Mark", "Sandra", "Steven", "Ashley", "Andrew", "Kimberly", "Joshua", "Emily", "Kevin",
    "Donna", "Brian", "Michelle", "Tyler", "Amanda", "Luis", "Maria", "Jamal", "Keisha", "Wei",
    "Mei", "Dmitri", "Ingrid", "Carlos", "Rosa", "Tomasz", "Aaliyah",
)
LAST_NAMES = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
    "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
    "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez",
    "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
    "Scott", "Nguyen", "Hill", "Flores", "Green", "Olson", "Nowak", "Kowalczyk", "Schmidt",
    "Larson", "O'Brien", "McCarthy", "Washington", "Patel", "Kim",
)
PET_NAMES = (
    "Bella", "Max", "Luna", "Charlie", "Lucy", "Cooper", "Daisy", "Milo", "Bailey", "Buddy",
    "Sadie", "Rocky", "Molly", "Bear", "Stella", "Duke", "Maggie", "Tucker", "Chloe", "Oliver",
    "Penny", "Leo", "Zoey", "Winston", "Rosie", "Jack", "Lily", "Oreo", "Ginger", "Simba",
    "Nala", "Pepper", "Biscuit", "Thumper", "Clover", "Mochi", "Ziggy", "Hazel", "Gus",
    "Willow", "Shadow", "Scout", "Pumpkin", "Marley", "Koda", "Ruby", "Peanut", "Smokey",
    "Tigger", "Bandit", "Sasha", "Bruno", "Cleo", "Hank", "Juniper", "Waffles", "Nibbles",
    "Kiwi", "Pickles", "Rex",
)
# species code, description, weight range (lbs), life years, share, breeds (code, description)
SPECIES: tuple[tuple[str, str, tuple[float, float], int, int, tuple[tuple[str, str], ...]], ...] = (
    ("CANINE", "Canine", (6.0, 95.0), 15, 50, (
        ("LAB", "Labrador Retriever"), ("GOLD", "Golden Retriever"), ("GSD", "German Shepherd"),
        ("BEAG", "Beagle"), ("DACH", "Dachshund"), ("BOX", "Boxer"), ("POOD", "Poodle"),
        ("FBUL", "French Bulldog"), ("PIT", "Pit Bull Terrier"), ("AUS", "Australian Shepherd"),
        ("MIX", "Mixed Breed"), ("SHIH", "Shih Tzu"),
    )),
    ("FELINE", "Feline", (6.0, 17.0), 18, 38, (
        ("DSH", "Domestic Shorthair"), ("DLH", "Domestic Longhair"), ("SIAM", "Siamese"),
        ("MCOO", "Maine Coon"), ("RAG", "Ragdoll"), ("BENG", "Bengal"),
    )),
    ("LAGOMORPH", "Rabbit", (2.0, 10.0), 10, 6, (
        ("HLOP", "Holland Lop"), ("MREX", "Mini Rex"), ("LION", "Lionhead"),
    )),
    ("AVIAN", "Avian", (0.1, 1.2), 20, 3, (
        ("CKTL", "Cockatiel"), ("BUDG", "Budgerigar"), ("CONU", "Green-cheeked Conure"),
    )),
    ("CAVIA", "Guinea Pig", (1.5, 2.6), 7, 3, (
        ("AMER", "American"), ("ABYS", "Abyssinian"),
    )),
)
# fmt: on
GENDERS = ("Male", "Male Neutered", "Female", "Female Spayed")
# name, type, appointment types offered (by index into DEMO_TYPES)
DEMO_RESOURCES = (
    ("Dr. Sarah Whitfield", "Doctor", (0, 1, 2, 3)),
    ("Dr. Marcus Okafor", "Doctor", (0, 2, 3, 5)),
    ("Dr. Priya Raman", "Doctor", (4, 5, 0)),
    ("Technician Room", "Room", (1, 6)),
)
DEMO_TYPES = (  # name, minutes, colour
    ("Wellness Exam", 30, "#4C8BF5"),
    ("Vaccination", 15, "#2EAD6B"),
    ("Sick Visit", 30, "#E8710A"),
    ("Recheck", 15, "#8E7CC3"),
    ("Dental Cleaning", 60, "#12B5CB"),
    ("Surgery Consult", 30, "#D93025"),
    ("Nail Trim", 15, "#9AA0A6"),
)
AREA_CODES = ("312", "773", "630", "708", "847", "815")
EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net")


def add_practice(
    state: SyncVetState,
    practice_id: str,
    name: str,
    timezone: str,
    *,
    clients: int,
    seed: int,
    data_source: str = "AVImark",
) -> None:
    """A practice with its owners, animals, resources, appointment types and book."""
    zone = ZoneInfo(timezone)
    now = state.clock.now()
    state.practices[practice_id] = {
        "Id": practice_id,
        "SyncVetId": str(uuid.UUID(int=random.Random(seed).getrandbits(128))),
        "Name": name,
        "DataSourceName": data_source,
        "TimeZone": timezone,
        "UtcOffset": "",  # filled in when served: it changes with daylight saving time
        "IsActive": True,
        "LastModifiedUtc": utc_text(now - timedelta(days=90)),
    }
    state.data[practice_id] = {entity: {} for entity in ENTITIES}
    rng = random.Random(seed)
    nightly = utc_text(now - timedelta(days=30))
    today = now.astimezone(zone).date()
    owners = _make_clients(state, practice_id, rng, clients, nightly)
    animals = _make_animals(state, practice_id, rng, owners, today, nightly)
    _make_book(state, practice_id, rng, zone, animals, nightly)


def _cid(practice_id: str, pims_id: int | str) -> str:
    return f"{practice_id}|{pims_id}"


def _make_clients(
    state: SyncVetState, practice_id: str, rng: random.Random, count: int, stamp: str
) -> list[dict[str, Any]]:
    table = state.table(practice_id, "clients")
    for pims in range(1, count + 1):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        local = f"{first}.{last}".lower().replace("'", "")
        table[_cid(practice_id, pims)] = {
            "Id": _cid(practice_id, pims),
            "PimsId": str(pims),
            "FirstName": first,
            "LastName": last,
            "Phones": [
                {
                    "Type": "Mobile",
                    "PhoneNumber": f"({rng.choice(AREA_CODES)}) 555-{rng.randint(1000, 9999)}",
                    "IsPrimary": True,
                }
            ],
            "Emails": [
                {
                    "EmailAddress": f"{local}{rng.randint(1, 99)}@{rng.choice(EMAIL_DOMAINS)}",
                    "IsPrimary": True,
                }
            ],
            "FlaggedInactive": rng.random() < 0.02,
            "IsDeleted": False,
            "LastModifiedUtc": stamp,
        }
    return list(table.values())


def _make_animals(
    state: SyncVetState,
    practice_id: str,
    rng: random.Random,
    owners: list[dict[str, Any]],
    today: date,
    stamp: str,
) -> list[dict[str, Any]]:
    table = state.table(practice_id, "patients")
    shares = [s[4] for s in SPECIES]
    relation = itertools.count(1)
    for owner in owners:
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
            pims = len(table) + 1
            code, species, (low, high), life, _, breeds = rng.choices(SPECIES, shares)[0]
            breed_code, breed = rng.choice(breeds)
            born = today - timedelta(days=rng.randint(60, life * 365))
            deceased = rng.random() < 0.03
            animal_id = _cid(practice_id, pims)
            links = [_relationship(practice_id, next(relation), owner["Id"], animal_id, True)]
            if rng.random() < 0.05:  # a co-owner: another client, not the primary one
                other = rng.choice(owners)
                if other is not owner:
                    links.append(
                        _relationship(practice_id, next(relation), other["Id"], animal_id, False)
                    )
            table[animal_id] = {
                "Id": animal_id,
                "PimsId": str(pims),
                "Name": rng.choice(PET_NAMES),
                "SpeciesCode": code,
                "SpeciesDescription": species,
                "BreedCode": breed_code,
                "BreedDescription": breed,
                "GenderDescription": rng.choice(GENDERS),
                "DateOfBirth": f"{born.isoformat()}T00:00:00",
                "IsDeceased": deceased,
                "FlaggedInactive": rng.random() < 0.02,
                "CurrentWeight": round(rng.uniform(low, high), 1),
                "CurrentWeightUnit": "lbs",
                "ClientPatientRelationships": links,
                "IsDeleted": False,
                "LastModifiedUtc": stamp,
            }
    return list(table.values())


def _relationship(
    practice_id: str, number: int, client_id: str, patient_id: str, primary: bool
) -> dict[str, Any]:
    return {
        "Id": _cid(practice_id, number),
        "Type": "Owner",
        "ClientId": client_id,
        "PatientId": patient_id,
        "IsPrimary": primary,
        "Percentage": 100 if primary else 0,
        "IsDeleted": False,
    }


def primary_owner(animal: dict[str, Any]) -> str:
    owners = [r for r in animal["ClientPatientRelationships"] if r["Type"] == "Owner"]
    return next((r for r in owners if r["IsPrimary"]), owners[0])["ClientId"]  # type: ignore[no-any-return]


def _make_book(
    state: SyncVetState,
    practice_id: str,
    rng: random.Random,
    zone: ZoneInfo,
    animals: list[dict[str, Any]],
    stamp: str,
) -> None:
    types = state.table(practice_id, "appointmenttypes")
    for pims, (name, minutes, colour) in enumerate(DEMO_TYPES, start=1):
        types[_cid(practice_id, pims)] = {
            "Id": _cid(practice_id, pims),
            "PimsId": str(pims),
            "Name": name,
            "DefaultDuration": minutes,
            "Color": colour,
            "IsActive": True,
            "IsDeleted": False,
            "LastModifiedUtc": stamp,
        }
    living = [a for a in animals if not a["IsDeceased"]]
    now = state.clock.now()
    today = now.astimezone(zone).date()
    resources = state.table(practice_id, "resources")
    appointments = state.table(practice_id, "appointments")
    for pims, (name, kind, offered) in enumerate(DEMO_RESOURCES, start=1):
        resource_id = _cid(practice_id, pims)
        resources[resource_id] = {
            "Id": resource_id,
            "PimsId": str(pims),
            "Name": name,
            "ResourceType": kind,
            "IsActive": True,
            "IsDeleted": False,
            "LastModifiedUtc": stamp,
        }
        durations = [DEMO_TYPES[i][1] for i in offered]
        for booking in fill_book(
            rng, today=today, zone=zone, durations=durations, patients=len(living)
        ):
            animal = living[booking.patient_index]
            type_index = offered[booking.service_index]
            status, confirmed = _demo_status(rng, booking.start, booking.end, now)
            number = len(appointments) + 1
            appointments[_cid(practice_id, number)] = {
                "Id": _cid(practice_id, number),
                "PimsId": str(number),
                "ClientId": primary_owner(animal),
                "PatientId": animal["Id"],
                "ResourceId": resource_id,
                "AppointmentTypeId": _cid(practice_id, type_index + 1),
                "StartDateTime": local_text(booking.start, zone),
                "EndDateTime": local_text(booking.end, zone),
                "Duration": durations[booking.service_index],
                "Status": status,
                "IsConfirmed": confirmed is not None,
                "ConfirmedDateTime": None if confirmed is None else local_text(confirmed, zone),
                "Reason": DEMO_TYPES[type_index][0],
                "Notes": "",
                "IsDeleted": False,
                "LastModifiedUtc": stamp,
            }


def _demo_status(
    rng: random.Random, start: datetime, end: datetime, now: datetime
) -> tuple[str, datetime | None]:
    roll = rng.random()
    if end <= now:
        status = "NoShow" if roll < 0.04 else "Cancelled" if roll < 0.08 else "Completed"
        return status, start - timedelta(days=1) if status == "Completed" else None
    if start <= now:
        return "CheckedIn", start - timedelta(days=1)
    if roll < 0.03:
        return "Cancelled", None
    if start - now < timedelta(days=3) and roll < 0.5:
        return "Scheduled", now - timedelta(hours=rng.randint(1, 30))
    return "Scheduled", None


def demo_state(clock: Clock, *, seed: int = 9, clients: int = DEMO_CLIENTS) -> SyncVetState:
    client_id, secret = DEMO_CLIENT
    state = SyncVetState(clock=clock, credentials={client_id: secret}, grants={client_id: {"*"}})
    practice_id, name, timezone = DEMO_PRACTICE
    add_practice(state, practice_id, name, timezone, clients=clients, seed=seed)
    return state


# ---------------------------------------------------------------------------- wire helpers
REASONS = {
    400: "Bad Request",
    403: "Forbidden",
    405: "Method Not Allowed",
    408: "Request Timeout",
    409: "Conflict",
    413: "Payload Too Large",
    429: "Too Many Requests",
    503: "Service Unavailable",
}


def problem(state: SyncVetState, exc: ApiError) -> Response:
    if exc.status == 401:
        return Response(
            status_code=401,
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"', **exc.headers},
        )
    body = {
        "type": f"https://httpstatuses.io/{exc.status}",
        "title": REASONS.get(exc.status, "Error"),
        "status": exc.status,
        "detail": exc.detail,
        "traceId": f"00-{next(state._traces):032x}-{0:016x}-00",
    }
    return JSONResponse(body, status_code=exc.status, headers=exc.headers)


def query(request: Request) -> dict[str, str]:
    """Query parameters with lower-case names: ASP.NET binds them case-insensitively."""
    raw = parse_qs(request.url.query, keep_blank_values=True)
    return {k.lower(): v[-1] for k, v in raw.items()}


def positive(params: dict[str, str], name: str, default: int, limit: int) -> int:
    raw = params.get(name.lower())
    if raw in (None, ""):
        return default
    if not raw.isdigit() or not 1 <= int(raw) <= limit:
        raise ApiError(400, f"{name} must be a whole number between 1 and {limit}")
    return int(raw)


def parse_instant(raw: str, name: str) -> datetime:
    try:
        value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise ApiError(400, f"{name} is not a valid date and time") from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def parse_local(raw: Any, name: str) -> datetime:
    """A practice-local time: an offset is refused, the PIMS has none."""
    if not isinstance(raw, str):
        raise ApiError(400, f"{name} is required")
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise ApiError(400, f"{name} is not a valid date and time") from None
    if value.tzinfo is not None:
        raise ApiError(400, f"{name} must be practice-local time without an offset")
    return value


def page_of(
    records: list[dict[str, Any]], params: dict[str, str], state: SyncVetState | None = None
) -> dict[str, Any]:
    """One page of records in the order the PIMS created them."""
    page = positive(params, "page", 1, 1_000_000)
    size = positive(params, "pageSize", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
    facts: tuple[str, ...] = ("Page", "PageSize", "TotalItems", "TotalPages")
    if state is not None:
        size = min(size, state.page_cap or size)
        if state.stuck_after_page is not None:
            page = min(page, state.stuck_after_page)
        facts = state.page_facts
    stated = {
        "Page": page,
        "PageSize": size,
        "TotalItems": len(records),
        "TotalCount": len(records),
        "TotalPages": math.ceil(len(records) / size),
    }
    return {
        "Items": records[(page - 1) * size : page * size],
        **{k: v for k, v in stated.items() if k in facts},
    }


# ---------------------------------------------------------------------------- the app
def create_app(state: SyncVetState) -> Any:
    def client_of(request: Request) -> str:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise ApiError(401, "missing token")
        issued = state.tokens.get(token.strip())
        if issued is None or state.clock.now() >= issued[1]:
            raise ApiError(401, "invalid or expired token")
        return issued[0]

    def throttle(client_id: str) -> None:
        now = state.clock.now()
        hits = state._hits.setdefault(client_id, deque())
        while hits and hits[0] <= now - RATE_WINDOW:
            hits.popleft()
        if len(hits) >= state.rate_limit_per_minute:
            wait = max(1, math.ceil((hits[0] + RATE_WINDOW - now).total_seconds()))
            raise ApiError(429, "Rate limit exceeded. Try again later.", {"Retry-After": str(wait)})
        hits.append(now)

    def practice(request: Request, client_id: str) -> str:
        practice_id = str(request.path_params["practice_id"])
        allowed = state.grants.get(client_id, set())
        if practice_id not in state.practices or not ({"*", practice_id} & allowed):
            raise ApiError(403, "Insufficient permissions to access the practice")
        return practice_id

    def needs_agent(practice_id: str) -> None:
        if practice_id in state.agent_offline:
            raise ApiError(408, "Agent connection timeout")

    def practice_out(record: dict[str, Any]) -> dict[str, Any]:
        offset = state.clock.now().astimezone(ZoneInfo(record["TimeZone"])).strftime("%z")
        return {**record, "UtcOffset": f"{offset[:3]}:{offset[3:]}"}

    def entity_name(request: Request) -> str:
        entity = str(request.path_params["entity"]).lower()
        if entity not in ENTITIES:
            raise ApiError(400, f"Unknown entity '{request.path_params['entity']}'")
        return entity

    def record(practice_id: str, entity: str, record_id: str) -> dict[str, Any]:
        found = state.table(practice_id, entity).get(record_id)
        if found is None:
            raise ApiError(400, f"Entity not found: {ENTITIES[entity][:-1]} {record_id}")
        return found

    # -- token (Microsoft Entra style) ---------------------------------------------------
    async def token(request: Request) -> Response:
        def oauth_error(status: int, code: str, description: str) -> Response:
            return JSONResponse(
                {"error": code, "error_description": description, "error_codes": [status]},
                status_code=status,
            )

        if not request.headers.get("content-type", "").startswith(
            "application/x-www-form-urlencoded"
        ):
            return oauth_error(400, "invalid_request", "The request body must be form encoded.")
        form = parse_qs((await request.body()).decode(), keep_blank_values=True)
        fields = {k: v[-1] for k, v in form.items()}
        if fields.get("grant_type") != "client_credentials":
            return oauth_error(400, "unsupported_grant_type", "The grant type is not supported.")
        client_id = fields.get("client_id", "")
        if client_id not in state.credentials:
            return oauth_error(400, "unauthorized_client", "Application not found.")
        if state.credentials[client_id] != fields.get("client_secret"):
            return oauth_error(401, "invalid_client", "Invalid client secret provided.")
        if fields.get("scope") != SCOPE:
            return oauth_error(400, "invalid_scope", "The provided scope is not valid.")
        access = f"sv.{uuid.UUID(int=random.Random(next(state._tokens)).getrandbits(128)).hex}"
        state.tokens[access] = (client_id, state.clock.now() + timedelta(seconds=TOKEN_SECONDS))
        return JSONResponse(
            {
                "token_type": "Bearer",
                "expires_in": TOKEN_SECONDS,
                "ext_expires_in": TOKEN_SECONDS,
                "access_token": access,
            }
        )

    # -- batch reads ---------------------------------------------------------------------
    async def list_practices(request: Request, client_id: str) -> Response:
        allowed = state.grants.get(client_id, set())
        rows = [
            practice_out(p)
            for p in state.practices.values()
            if "*" in allowed or p["Id"] in allowed
        ]
        return JSONResponse(page_of(rows, query(request), state))

    async def entity_list(request: Request, client_id: str) -> Response:
        practice_id = practice(request, client_id)
        entity = entity_name(request)
        if request.method == "POST":
            if entity != "appointments":
                raise ApiError(405, "The requested HTTP method is not supported for this endpoint")
            return await book(request, practice_id)
        params = query(request)
        rows = list(state.table(practice_id, entity).values())
        since_raw = params.get("modifiedsince")
        if since_raw:
            since = parse_instant(since_raw, "modifiedSince")
            rows = [r for r in rows if parse_instant(r["LastModifiedUtc"], "x") >= since]
        if entity == "appointments":
            rows = in_range(rows, params)
        return JSONResponse(page_of(rows, params, state))

    def in_range(rows: list[dict[str, Any]], params: dict[str, str]) -> list[dict[str, Any]]:
        start_raw, end_raw = params.get("startdate"), params.get("enddate")
        start = parse_local(start_raw, "startDate") if start_raw else None
        end = parse_local(end_raw, "endDate") if end_raw else None
        if start and end and end < start:
            raise ApiError(400, "endDate must not be before startDate")
        return [
            r
            for r in rows
            if (start is None or datetime.fromisoformat(r["EndDateTime"]) > start)
            and (end is None or datetime.fromisoformat(r["StartDateTime"]) < end)
        ]

    async def entity_one(request: Request, client_id: str) -> Response:
        practice_id = practice(request, client_id)
        entity = entity_name(request)
        return JSONResponse(record(practice_id, entity, request.path_params["entity_id"]))

    # -- writeback -----------------------------------------------------------------------
    async def json_body(request: Request) -> dict[str, Any]:
        try:
            body = await request.json()
        except ValueError:
            raise ApiError(400, "JSON serialization error: the body is not valid JSON") from None
        if not isinstance(body, dict):
            raise ApiError(400, "JSON serialization error: the body must be an object")
        return body

    async def book(request: Request, practice_id: str) -> Response:
        if practice_id in state.booking_disabled:
            raise ApiError(403, "Appointment booking disabled")
        needs_agent(practice_id)
        body = await json_body(request)
        zone = state.zone(practice_id)
        animal = record(practice_id, "patients", str(body.get("PatientId") or ""))
        owner_id = str(body.get("ClientId") or "")
        record(practice_id, "clients", owner_id)
        owners = {r["ClientId"] for r in animal["ClientPatientRelationships"]}
        if owner_id not in owners:
            raise ApiError(
                400, "Invalid appointment booking request: the client does not own the patient"
            )
        resource = record(practice_id, "resources", str(body.get("ResourceId") or ""))
        kind = record(practice_id, "appointmenttypes", str(body.get("AppointmentTypeId") or ""))
        start = parse_local(body.get("StartDateTime"), "StartDateTime")
        minutes = body.get("Duration", kind["DefaultDuration"])
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= 720:
            raise ApiError(400, "Duration must be a number of minutes between 1 and 720")
        end = start + timedelta(minutes=minutes)
        if from_local(start.isoformat(), zone) < state.clock.now():
            raise ApiError(400, "Invalid appointment booking request: the start is in the past")
        for other in state.table(practice_id, "appointments").values():
            if (
                other["ResourceId"] == resource["Id"]
                and other["Status"] in LIVE
                and not other["IsDeleted"]
                and datetime.fromisoformat(other["StartDateTime"]) < end
                and start < datetime.fromisoformat(other["EndDateTime"])
            ):
                raise ApiError(409, "Appointment slot already booked")
        pims = state.next_pims_id()
        created: dict[str, Any] = {
            "Id": _cid(practice_id, pims),
            "PimsId": pims,
            "ClientId": owner_id,
            "PatientId": animal["Id"],
            "ResourceId": resource["Id"],
            "AppointmentTypeId": kind["Id"],
            "StartDateTime": start.isoformat(),
            "EndDateTime": end.isoformat(),
            "Duration": minutes,
            "Status": "Scheduled",
            "IsConfirmed": False,
            "ConfirmedDateTime": None,
            "Reason": kind["Name"],
            "Notes": str(body.get("Notes") or ""),
            "IsDeleted": False,
        }
        state.touch(created)
        state.table(practice_id, "appointments")[created["Id"]] = created
        if practice_id in state.agent_slow:
            raise ApiError(408, "Agent connection timeout")
        return JSONResponse(created)

    async def confirm(request: Request, client_id: str) -> Response:
        practice_id = practice(request, client_id)
        needs_agent(practice_id)
        appointment = record(practice_id, "appointments", request.path_params["appointment_id"])
        if appointment["Status"] not in LIVE or appointment["IsDeleted"]:
            raise ApiError(
                405,
                f"Action not permitted for the current resource state: {appointment['Status']}",
            )
        if not appointment["IsConfirmed"]:
            appointment["IsConfirmed"] = True
            appointment["ConfirmedDateTime"] = local_text(
                state.clock.now(), state.zone(practice_id)
            )
            state.touch(appointment)
        if practice_id in state.agent_slow:
            raise ApiError(408, "Agent connection timeout")
        return JSONResponse(appointment)

    async def add_attachment(request: Request, client_id: str) -> Response:
        practice_id = practice(request, client_id)
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > ATTACHMENT_LIMIT:
            raise ApiError(413, TOO_LARGE)
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > ATTACHMENT_LIMIT:
                raise ApiError(413, TOO_LARGE)
        animal = record(practice_id, "patients", request.path_params["patient_id"])
        needs_agent(practice_id)
        content_type = request.headers.get("content-type", "")
        if not content_type.startswith("multipart/form-data") or "boundary=" not in content_type:
            raise ApiError(400, "The request must be multipart/form-data with a file")
        boundary = content_type.split("boundary=", 1)[1].split(";")[0].strip('"').encode()
        parts = body.split(b"--" + boundary)
        if not any(b'name="file"' in p and b"filename=" in p for p in parts):
            raise ApiError(400, "Validation failed: a 'file' part is required")
        state.attachments.append({"PatientId": animal["Id"], "Bytes": len(body)})
        return JSONResponse({"Status": "Accepted", "PatientId": animal["Id"]}, status_code=202)

    def guarded(handler: Any, *, limited: bool = True) -> Any:
        async def endpoint(request: Request) -> Response:
            try:
                client_id = client_of(request)
                if state.maintenance:
                    raise ApiError(503, "System maintenance", {"Retry-After": "120"})
                if limited:
                    throttle(client_id)
                response: Response = await handler(request, client_id)
            except ApiError as exc:
                response = problem(state, exc)
            state.log.append(
                Logged(state.clock.now(), request.method, request.url.path, response.status_code)
            )
            if state.date_header:
                response.headers["Date"] = format_datetime(state.clock.now(), usegmt=True)
            return response

        return endpoint

    async def logged_token(request: Request) -> Response:
        response = await token(request)
        state.log.append(Logged(state.clock.now(), "POST", TOKEN_PATH, response.status_code))
        return response

    base = "/api/practices/{practice_id}"
    routes = [
        Route(TOKEN_PATH, logged_token, methods=["POST"]),
        Route("/api/practices", guarded(list_practices), methods=["GET"]),
        Route(
            f"{base}/appointments/{{appointment_id}}/confirm", guarded(confirm), methods=["POST"]
        ),
        Route(
            f"{base}/patients/{{patient_id}}/attachments", guarded(add_attachment), methods=["POST"]
        ),
        Route(f"{base}/{{entity}}", guarded(entity_list), methods=["GET", "POST"]),
        Route(f"{base}/{{entity}}/{{entity_id}}", guarded(entity_one), methods=["GET"]),
    ]

    async def not_found(request: Request, exc: Exception) -> Response:
        return JSONResponse({"status": 404, "title": "Not Found"}, status_code=404)

    async def not_allowed(request: Request, exc: Exception) -> Response:
        return problem(
            state, ApiError(405, "The requested HTTP method is not supported for this endpoint")
        )

    app = Starlette(routes=routes, exception_handlers={404: not_found, 405: not_allowed})
    return _CaseInsensitive(app)


class _CaseInsensitive:
    """Lower-cases the fixed path segments before routing, as ASP.NET matches routes."""

    FIXED = ("api", "practices", "appointments", "confirm", "patients", "attachments")

    def __init__(self, app: Starlette) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            parts = scope["path"].split("/")
            parts = [p.lower() if p.lower() in self.FIXED else p for p in parts]
            scope = {**scope, "path": "/".join(parts)}
        await self.app(scope, receive, send)


def demo(clock: Clock) -> DemoVendor:
    """The SyncVet account of the demo clinic: one AVImark practice in Chicago."""
    state = demo_state(clock)
    client_id, secret = DEMO_CLIENT
    account = DemoAccount(
        name="Prairie Creek Vets",
        vendor="syncvet",
        base_url=f"http://{HOST}/api",
        options={
            "practice_id": DEMO_PRACTICE[0],
            "token_url": f"http://{HOST}{TOKEN_PATH}",
            "scope": SCOPE,
        },
        secrets={"client_id": client_id, "client_secret": secret},
    )
    return DemoVendor(host=HOST, app=create_app(state), state=state, accounts=[account], order=80)
