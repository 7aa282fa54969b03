"""Naturaesoft EMR simulator (shared/vendor-docs/naturaesoft-emr.txt, a Beta API).

Documented: everything lives under /v1/{PPass}; `POST /auth/token {"apiKey"}` answers
`{"accessToken", "tokenType": "Bearer", "expiresIn": "24h"}` and the token then goes in
`Authorization: Bearer ...`; prospects are listed/searched with `search`, `page`, `limit`,
`prospect=true`, created with POST and updated with PUT /prospects/{id} using the PascalCase
fields of the document; tags (list, assign `{"tagId"}`, remove one, remove all); provider
availability (list, one, schedule, check, slots, next-slot) needs the Providers scope and every
availability reply is wrapped in `{"data": ...}` with exactly the shapes of the document's
examples; dates and times carry no zone; next-slot's `maxDays` defaults to 365.

Assumed (docs/vendors/naturaesoft.md; the connector has an option wherever it matters):
- The token lives 24 h measured on the injected clock; an expired, unknown or missing token gets
  401. A key without the Providers scope gets 403 on /availability/*.
- Error body `{"error": "<message>"}`; 400 for bad parameters, 404 for an unknown PPass, prospect,
  provider or tag.
- Prospect list shape `{"data": [...], "page", "limit", "total"}`, pages from 1, limit default 25
  and at most 100 (a larger limit is clamped; the reply's `limit` says so); ordered by ProspectID.
  Without `prospect=true` every record is listed (patients and prospects); with it only records
  whose `Prospect` is 1. `search` matches each word against names and e-mail (case-insensitive
  substring) or, for digits, against the phone numbers. A record is the documented update fields
  plus its id `ProspectID`. POST answers 201 `{"data": record}` and needs FirstName and LastName;
  PUT answers `{"data": record}` and refuses unknown fields.
- Tags: `{"data": [{"TagID", "Name"}]}`; assign/remove answer `{"data": {"ProspectID", "TagIDs"}}`.
- Provider list items and GET /providers/{id} use the provider shape of the schedule example.
- Schedule needs startDate and endDate (endDate not before startDate, at most 31 days); days
  without visits are left out (as in the example). `visitType` filters on the type code.
  `"booked": false` is a visit held on the calendar but not booked for anyone (a pencilled-in or
  blocked visit): it keeps its time busy. Schedule entries carry no patient (as in the example);
  `patient_field` can name an extra field for tests of the connector's optional mapping.
- Working hours are the demo's (sandbox/schedule.py); slots lie on a 15-minute grid, never in the
  past; slots/check/next-slot need `duration` (5..480 minutes), slots/check a `date`, check a
  `time` (HH:MM or HH:MM:SS), next-slot `maxDays` 1..365; anything else is a 400.
  next-slot searches from now through the next `maxDays` days (today counts as the first) and
  answers `"TheNextSlot": null` when nothing is free.
Not simulated (not front-desk business): products, knowledge base, tickets, /v1/me.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
import random
import re
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from frontdesk.domain.clock import Clock
from frontdesk.sandbox.demo import DemoAccount, DemoVendor
from frontdesk.sandbox.schedule import fill_book, free_starts, open_intervals

HOST = "naturaesoft.sandbox"
TOKEN_LIFETIME = timedelta(hours=24)
PROVIDERS_SCOPE = "Providers"
PAGE_DEFAULT = 25
PAGE_MAX = 100
MAX_SCHEDULE_DAYS = 31
SLOT_STEP = 15
MAX_DAYS_DEFAULT = 365
DURATION_RANGE = (5, 480)

PROSPECT_FIELDS = (
    "FirstName",
    "MI",
    "LastName",
    "FullName",
    "NickName",
    "Gender",
    "DOB",
    "LifeStage",
    "Pronouns",
    "SexualIdentity",
    "PrimaryLanguage",
    "Type",
    "Phone",
    "CellPhone",
    "SMSPhone",
    "EMail",
    "Address",
    "Unit",
    "City",
    "State",
    "Zip",
    "Country",
    "ProviderID",
    "Prospect",
    "Sh_Name",
    "Sh_Address",
    "Sh_Unit",
    "Sh_City",
    "Sh_State",
    "Sh_Zip",
    "Sh_Country",
    "PtImg",
    "Notes",
)
GENDERS = ("m", "f", "o", "u")
LIFE_STAGES = (
    "Infant",
    "Toddler",
    "Child",
    "Adolescent",
    "EarlyAdult",
    "Adult",
    "AllAdults",
    "Senior",
)
TYPES = ("Patient", "Child", "Cash", "Insurance", "Guarantor")


class ApiError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class ApiKey:
    name: str
    ppass: str
    scopes: frozenset[str]


@dataclass(frozen=True)
class Token:
    key: ApiKey
    expires: datetime


@dataclass
class NaturaesoftState:
    clock: Clock
    ppass: str = "DemoOffice"
    zone: ZoneInfo = field(default_factory=lambda: ZoneInfo("America/New_York"))
    keys: dict[str, ApiKey] = field(default_factory=dict)  # api key -> key
    tokens: dict[str, Token] = field(default_factory=dict)
    providers: dict[int, dict[str, Any]] = field(default_factory=dict)
    visits: dict[int, dict[str, Any]] = field(default_factory=dict)  # VisitID -> visit
    prospects: dict[int, dict[str, Any]] = field(default_factory=dict)  # ProspectID -> record
    tags: dict[int, str] = field(default_factory=dict)  # TagID -> name
    prospect_tags: dict[int, list[int]] = field(default_factory=dict)
    # Name of an extra schedule-entry field carrying the prospect (None: as documented, none).
    patient_field: str | None = None
    token_exchanges: int = 0
    _by_day: dict[tuple[int, str], list[int]] = field(default_factory=dict)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(50_000))
    _secret: bytes = b"naturaesoft-sandbox"

    def next_id(self) -> int:
        return next(self._ids)

    def now(self) -> datetime:
        return self.clock.now()

    def today(self) -> date:
        return self.now().astimezone(self.zone).date()

    def add_visit(self, visit: dict[str, Any]) -> None:
        """visit: VisitID, provider, date (ISO), time (HH:MM:SS), duration, type, booked."""
        self.visits[visit["VisitID"]] = visit
        self._by_day.setdefault((visit["provider"], visit["date"]), []).append(visit["VisitID"])

    def remove_visit(self, visit_id: int) -> None:
        visit = self.visits.pop(visit_id)
        self._by_day[(visit["provider"], visit["date"])].remove(visit_id)

    def visits_on(self, provider: int, day: date) -> list[dict[str, Any]]:
        ids = self._by_day.get((provider, day.isoformat()), [])
        return sorted((self.visits[i] for i in ids), key=lambda v: (v["time"], v["VisitID"]))

    def busy(self, provider: int, day: date) -> list[tuple[datetime, datetime]]:
        """Booked and held visits both keep their time (see the docstring)."""
        out = []
        for visit in self.visits_on(provider, day):
            start = datetime.combine(day, time.fromisoformat(visit["time"]), self.zone)
            out.append((start, start + timedelta(minutes=visit["duration"])))
        return out

    def free(self, provider: int, day: date, minutes: int) -> Iterator[datetime]:
        intervals = open_intervals(day, self.today(), self.zone)
        return free_starts(
            intervals, self.busy(provider, day), minutes, SLOT_STEP, not_before=self.now()
        )

    def issue_token(self, key: ApiKey) -> str:
        self.token_exchanges += 1
        issued = self.now()
        header = {"alg": "HS256", "typ": "JWT"}
        payload = {
            "sub": key.name,
            "ppass": key.ppass,
            "scope": sorted(key.scopes),
            "iat": int(issued.timestamp()),
            "exp": int((issued + TOKEN_LIFETIME).timestamp()),
            "jti": self.token_exchanges,
        }
        signing = f"{b64(header)}.{b64(payload)}"
        signature = hmac.new(self._secret, signing.encode(), hashlib.sha256).digest()
        token = f"{signing}.{base64.urlsafe_b64encode(signature).rstrip(b'=').decode()}"
        self.tokens[token] = Token(key, issued + TOKEN_LIFETIME)
        return token


def b64(value: dict[str, Any]) -> str:
    raw = json.dumps(value, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


# ---------------------------------------------------------------------------- demo clinic
DEMO_PPASS = "GreenValleyND"
DEMO_PRACTICE = "Green Valley Naturopathic"
DEMO_KEY = "nsk_live_demo_7f3a9c1e5b2d4f60"  # has the Providers scope
NO_PROVIDERS_KEY = "nsk_live_noscope_1b8e2a7c4d"  # Prospects and Tags only
DEMO_PROSPECTS = 1000
# (name, title, specialty, ((visit type, minutes), ...))
DEMO_PROVIDERS: tuple[tuple[str, str, str, tuple[tuple[str, int], ...]], ...] = (
    (
        "Maya Thornton",
        "ND",
        "Naturopathic Medicine",
        (("NEW_PATIENT", 90), ("FOLLOWUP", 30), ("FOLLOWUP", 30), ("ACUTE", 30)),
    ),
    (
        "Daniel Okafor",
        "ND, LAc",
        "Acupuncture",
        (("ACUPUNCTURE", 60), ("ACUPUNCTURE", 60), ("CUPPING", 30), ("NEW_PATIENT", 90)),
    ),
    (
        "Priya Raman",
        "MS, CNS",
        "Clinical Nutrition",
        (("NUTRITION", 60), ("FOLLOWUP", 30), ("FOLLOWUP", 30)),
    ),
    (
        "Rachel Kim",
        "ND",
        "IV & Injection Therapy",
        (("IV_THERAPY", 60), ("B12_INJECTION", 15), ("FOLLOWUP", 30)),
    ),
)
DEMO_TAGS = ("New lead", "Newsletter", "Insurance verified", "Referral", "Lapsed", "VIP")
FIRST_F = (
    "Emma", "Olivia", "Ava", "Sophia", "Isabella", "Mia", "Charlotte", "Amelia", "Harper",
    "Evelyn", "Abigail", "Emily", "Madison", "Grace", "Chloe", "Hannah", "Zoe", "Nora", "Lily",
    "Aaliyah", "Camila", "Maria", "Jasmine", "Priya", "Mei", "Keisha", "Rosa", "Sarah",
    "Jennifer", "Linda", "Patricia", "Megan", "Ashley", "Brittany", "Dana",
)  # fmt: skip
FIRST_M = (
    "Liam", "Noah", "Oliver", "Elijah", "James", "William", "Benjamin", "Lucas", "Henry",
    "Alexander", "Mason", "Michael", "Ethan", "Daniel", "Jacob", "Logan", "Jackson", "Caleb",
    "Isaiah", "Carlos", "Jose", "Andre", "Malik", "Wei", "Raj", "Tyler", "Kevin", "Robert",
    "David", "Joseph", "Brian", "Travis", "Dustin", "Cody",
)  # fmt: skip
LAST = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
    "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
    "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez",
    "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
    "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall",
    "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "O'Brien", "McAllister", "Patel",
    "Chen", "Kowalski", "Haddad", "Washington", "Begay", "Yazzie", "Kim",
)  # fmt: skip
STREETS = (
    "Haywood Rd", "Merrimon Ave", "Charlotte St", "Tunnel Rd", "Patton Ave", "Biltmore Ave",
    "Sweeten Creek Rd", "Hendersonville Rd", "Lakeshore Dr", "Montford Ave", "Elk Mountain Rd",
    "Brevard Rd",
)  # fmt: skip
CITIES = (
    ("Asheville", "28801"),
    ("Asheville", "28803"),
    ("Asheville", "28806"),
    ("Black Mountain", "28711"),
    ("Weaverville", "28787"),
    ("Hendersonville", "28792"),
    ("Brevard", "28712"),
    ("Fletcher", "28732"),
    ("Waynesville", "28786"),
    ("Marshall", "28753"),
)
EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "charter.net", "aol.com")
LANGUAGES = ("English",) * 9 + ("Spanish",)


def life_stage(age: int) -> str:
    if age < 1:
        return "Infant"
    if age < 3:
        return "Toddler"
    if age < 12:
        return "Child"
    if age < 18:
        return "Adolescent"
    if age < 26:
        return "EarlyAdult"
    return "Adult" if age < 65 else "Senior"


def phone(rng: random.Random) -> str:
    return f"(828) {rng.randint(200, 989)}-{rng.randint(0, 9999):04d}"


def make_prospect(rng: random.Random, prospect_id: int, today: date) -> dict[str, Any]:
    gender = rng.choices(GENDERS, weights=(38, 58, 2, 2))[0]
    first = rng.choice(FIRST_M if gender == "m" else FIRST_F)
    last = rng.choice(LAST)
    mi = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.6 else ""
    age = rng.randint(0, 88)
    birth = today - timedelta(days=age * 365 + rng.randint(0, 364))
    city, zip_code = rng.choice(CITIES)
    cell = phone(rng)
    email = f"{first.lower()}.{re.sub(r'[^a-z]', '', last.lower())}{rng.randint(1, 99)}"
    is_prospect = rng.random() < 0.15  # enquiries not yet seen: the rest are patients
    return {
        "ProspectID": prospect_id,
        "FirstName": first,
        "MI": mi,
        "LastName": last,
        "FullName": f"{first} {mi + '. ' if mi else ''}{last}",
        "NickName": "",
        "Gender": gender,
        "DOB": birth.isoformat(),
        "LifeStage": life_stage(age),
        "Pronouns": {"m": "he/him", "f": "she/her"}.get(gender, "they/them"),
        "SexualIdentity": "",
        "PrimaryLanguage": rng.choice(LANGUAGES),
        "Type": "Child" if age < 18 else rng.choice(("Patient", "Cash", "Insurance")),
        "Phone": phone(rng) if rng.random() < 0.3 else "",
        "CellPhone": cell,
        "SMSPhone": cell if rng.random() < 0.7 else "",
        "EMail": f"{email}@{rng.choice(EMAIL_DOMAINS)}" if rng.random() < 0.9 else "",
        "Address": f"{rng.randint(10, 2999)} {rng.choice(STREETS)}",
        "Unit": f"Apt {rng.randint(1, 30)}" if rng.random() < 0.2 else "",
        "City": city,
        "State": "NC",
        "Zip": zip_code,
        "Country": "US",
        "ProviderID": 1 + rng.randrange(len(DEMO_PROVIDERS)),
        "Prospect": 1 if is_prospect else 0,
        "Sh_Name": "",
        "Sh_Address": "",
        "Sh_Unit": "",
        "Sh_City": "",
        "Sh_State": "",
        "Sh_Zip": "",
        "Sh_Country": "",
        "PtImg": "",
        "Notes": "",
    }


def demo_state(
    clock: Clock,
    *,
    seed: int = 4,
    prospects: int = DEMO_PROSPECTS,
    ppass: str = DEMO_PPASS,
    zone: str = "America/New_York",
) -> NaturaesoftState:
    state = NaturaesoftState(clock=clock, ppass=ppass, zone=ZoneInfo(zone))
    state.keys[DEMO_KEY] = ApiKey(
        "frontdesk demo", ppass, frozenset({"Prospects", "Tags", PROVIDERS_SCOPE})
    )
    state.keys[NO_PROVIDERS_KEY] = ApiKey(
        "frontdesk no scope", ppass, frozenset({"Prospects", "Tags"})
    )
    today = state.today()
    rng = random.Random(seed)
    for index in range(prospects):
        state.prospects[1 + index] = make_prospect(rng, 1 + index, today)
    for tag_id, name in enumerate(DEMO_TAGS, start=1):
        state.tags[tag_id] = name
    for prospect_id in rng.sample(sorted(state.prospects), k=min(prospects, prospects // 5)):
        state.prospect_tags[prospect_id] = sorted(rng.sample(sorted(state.tags), rng.randint(1, 2)))
    visit_id = 1001
    for provider_id, (name, title, specialty, types) in enumerate(DEMO_PROVIDERS, start=1):
        state.providers[provider_id] = {
            "id": provider_id,
            "name": name,
            "title": title,
            "specialty": specialty,
        }
        for booking in fill_book(
            rng,
            today=today,
            zone=state.zone,
            durations=[minutes for _, minutes in types],
            patients=max(1, prospects),
            density=0.68,
        ):
            local = booking.start.astimezone(state.zone)
            state.add_visit(
                {
                    "VisitID": visit_id,
                    "provider": provider_id,
                    "date": local.date().isoformat(),
                    "time": local.strftime("%H:%M:%S"),
                    "duration": types[booking.service_index][1],
                    "type": types[booking.service_index][0],
                    "booked": rng.random() >= 0.05,
                    "prospect": 1 + booking.patient_index,
                }
            )
            visit_id += 1
    return state


# ---------------------------------------------------------------------------- wire helpers
def error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def int_param(request: Request, name: str, *, default: int | None = None) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        if default is None:
            raise ApiError(400, f"{name} is required")
        return default
    if not re.fullmatch(r"\d+", raw):
        raise ApiError(400, f"{name} must be a whole number")
    return int(raw)


def date_param(request: Request, name: str) -> date:
    raw = request.query_params.get(name)
    if not raw:
        raise ApiError(400, f"{name} is required")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        raise ApiError(400, f"{name} must be YYYY-MM-DD")
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise ApiError(400, f"{name} must be YYYY-MM-DD") from None


def time_param(request: Request, name: str) -> time:
    raw = request.query_params.get(name)
    if not raw:
        raise ApiError(400, f"{name} is required")
    if not re.fullmatch(r"\d{2}:\d{2}(:\d{2})?", raw):
        raise ApiError(400, f"{name} must be HH:MM:SS")
    try:
        return time.fromisoformat(raw)
    except ValueError:
        raise ApiError(400, f"{name} must be HH:MM:SS") from None


def duration_param(request: Request) -> int:
    minutes = int_param(request, "duration")
    low, high = DURATION_RANGE
    if not low <= minutes <= high:
        raise ApiError(400, f"duration must be between {low} and {high} minutes")
    return minutes


async def json_object(request: Request) -> dict[str, Any]:
    try:
        payload = await request.json()
    except ValueError:
        raise ApiError(400, "the body is not valid JSON") from None
    if not isinstance(payload, dict):
        raise ApiError(400, "the body must be a JSON object")
    return payload


def matches(record: dict[str, Any], words: list[str]) -> bool:
    text = " ".join(
        str(record.get(k) or "") for k in ("FirstName", "LastName", "NickName", "FullName", "EMail")
    ).lower()
    digits = "".join(
        re.sub(r"\D", "", str(record.get(k) or "")) + " "
        for k in ("Phone", "CellPhone", "SMSPhone")
    )
    for word in words:
        if word.isdigit():
            if word not in digits:
                return False
        elif word not in text:
            return False
    return True


def apply_prospect(record: dict[str, Any], fields: dict[str, Any]) -> None:
    unknown = sorted(set(fields) - set(PROSPECT_FIELDS))
    if unknown:
        raise ApiError(400, f"unknown field(s): {', '.join(unknown)}")
    for key, value in fields.items():
        if key in ("ProviderID", "Prospect"):
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise ApiError(400, f"{key} must be a number")
        elif value is not None and not isinstance(value, str):
            raise ApiError(400, f"{key} must be text")
    checks: tuple[tuple[str, tuple[Any, ...]], ...] = (
        ("Gender", GENDERS),
        ("LifeStage", LIFE_STAGES),
        ("Type", TYPES),
        ("Prospect", (0, 1)),
    )
    for key, allowed in checks:
        if fields.get(key) not in (None, "", *allowed):
            raise ApiError(400, f"{key} must be one of: {', '.join(map(str, allowed))}")
    if fields.get("DOB"):
        try:
            date.fromisoformat(str(fields["DOB"]))
        except ValueError:
            raise ApiError(400, "DOB must be YYYY-MM-DD") from None
    record.update(fields)
    if ("FirstName" in fields or "LastName" in fields) and "FullName" not in fields:
        record["FullName"] = (
            f"{record.get('FirstName') or ''} {record.get('LastName') or ''}".strip()
        )


# ---------------------------------------------------------------------------- the app
Handler = Callable[[Request, Token], Awaitable[Response]]


def create_app(state: NaturaesoftState) -> Starlette:
    def practice(request: Request) -> None:
        if request.path_params["ppass"] != state.ppass:
            raise ApiError(404, "Practice not found")

    def authorise(request: Request, scope: str | None) -> Token:
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "bearer" or not value:
            raise ApiError(401, "Missing bearer token")
        token = state.tokens.get(value.strip())
        if token is None:
            raise ApiError(401, "Invalid token")
        if state.now() >= token.expires:
            raise ApiError(401, "Token expired")
        if token.key.ppass != state.ppass:
            raise ApiError(401, "Token not valid for this practice")
        if scope is not None and scope not in token.key.scopes:
            raise ApiError(403, f"Insufficient scope: this endpoint requires the {scope} scope")
        return token

    def guarded(
        handler: Handler, scope: str | None = None
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            try:
                practice(request)
                return await handler(request, authorise(request, scope))
            except ApiError as exc:
                return error(exc.status, exc.message)

        return endpoint

    # -- auth ---------------------------------------------------------------------------
    async def token(request: Request) -> Response:
        try:
            practice(request)
            body = await json_object(request)
            api_key = body.get("apiKey")
            if not isinstance(api_key, str) or not api_key:
                raise ApiError(400, "apiKey is required")
            key = state.keys.get(api_key)
            if key is None or key.ppass != state.ppass:
                raise ApiError(401, "Invalid API key")
        except ApiError as exc:
            return error(exc.status, exc.message)
        return JSONResponse(
            {"accessToken": state.issue_token(key), "tokenType": "Bearer", "expiresIn": "24h"}
        )

    # -- prospects ----------------------------------------------------------------------
    def prospect(request: Request) -> dict[str, Any]:
        record = state.prospects.get(int(request.path_params["id"]))
        if record is None:
            raise ApiError(404, "Prospect not found")
        return record

    async def prospects(request: Request, _: Token) -> Response:
        if request.method == "POST":
            fields = await json_object(request)
            missing = [k for k in ("FirstName", "LastName") if not fields.get(k)]
            if missing:
                raise ApiError(400, f"{' and '.join(missing)} required")
            new_id = state.next_id()
            record: dict[str, Any] = {"ProspectID": new_id, **dict.fromkeys(PROSPECT_FIELDS, "")}
            record.update(ProviderID=None, Prospect=1)
            apply_prospect(record, fields)
            state.prospects[new_id] = record
            return JSONResponse({"data": record}, status_code=201)
        page = int_param(request, "page", default=1)
        limit = min(PAGE_MAX, int_param(request, "limit", default=PAGE_DEFAULT))
        if page < 1 or limit < 1:
            raise ApiError(400, "page and limit must be at least 1")
        only_prospects = request.query_params.get("prospect", "").lower() in ("true", "1")
        words = request.query_params.get("search", "").lower().split()
        rows = [
            p
            for _, p in sorted(state.prospects.items())
            if (not only_prospects or p.get("Prospect") == 1) and matches(p, words)
        ]
        chunk = rows[(page - 1) * limit : page * limit]
        return JSONResponse({"data": chunk, "page": page, "limit": limit, "total": len(rows)})

    async def update_prospect(request: Request, _: Token) -> Response:
        record = prospect(request)
        fields = await json_object(request)
        updated = dict(record)
        apply_prospect(updated, fields)
        record.update(updated)
        return JSONResponse({"data": record})

    # -- tags ---------------------------------------------------------------------------
    def tag_reply(prospect_id: int) -> Response:
        tags = state.prospect_tags.get(prospect_id, [])
        return JSONResponse({"data": {"ProspectID": prospect_id, "TagIDs": list(tags)}})

    async def list_tags(request: Request, _: Token) -> Response:
        rows = [{"TagID": i, "Name": n} for i, n in sorted(state.tags.items())]
        return JSONResponse({"data": rows})

    async def assign_tag(request: Request, _: Token) -> Response:
        record = prospect(request)
        body = await json_object(request)
        tag_id = body.get("tagId")
        if isinstance(tag_id, bool) or not isinstance(tag_id, int):
            raise ApiError(400, "tagId must be a number")
        if tag_id not in state.tags:
            raise ApiError(404, "Tag not found")
        tags = state.prospect_tags.setdefault(record["ProspectID"], [])
        if tag_id not in tags:
            tags.append(tag_id)
        return tag_reply(record["ProspectID"])

    async def remove_tag(request: Request, _: Token) -> Response:
        record = prospect(request)
        tag_id = int(request.path_params["tag_id"])
        tags = state.prospect_tags.get(record["ProspectID"], [])
        if tag_id not in tags:
            raise ApiError(404, "Tag not assigned to this prospect")
        tags.remove(tag_id)
        return tag_reply(record["ProspectID"])

    async def remove_all_tags(request: Request, _: Token) -> Response:
        record = prospect(request)
        state.prospect_tags.pop(record["ProspectID"], None)
        return tag_reply(record["ProspectID"])

    # -- providers and availability -------------------------------------------------------
    def provider(request: Request) -> dict[str, Any]:
        record = state.providers.get(int(request.path_params["id"]))
        if record is None:
            raise ApiError(404, "Provider not found")
        return record

    async def list_providers(request: Request, _: Token) -> Response:
        return JSONResponse({"data": [dict(p) for _, p in sorted(state.providers.items())]})

    async def get_provider(request: Request, _: Token) -> Response:
        return JSONResponse({"data": dict(provider(request))})

    def entry(visit: dict[str, Any]) -> dict[str, Any]:
        out = {
            "VisitID": visit["VisitID"],
            "time": visit["time"],
            "duration": visit["duration"],
            "type": visit["type"],
            "booked": visit["booked"],
        }
        if state.patient_field:
            out[state.patient_field] = visit.get("prospect")
        return out

    async def schedule(request: Request, _: Token) -> Response:
        record = provider(request)
        first, last = date_param(request, "startDate"), date_param(request, "endDate")
        if last < first:
            raise ApiError(400, "endDate must not be before startDate")
        if (last - first).days + 1 > MAX_SCHEDULE_DAYS:
            raise ApiError(400, f"the date range may span at most {MAX_SCHEDULE_DAYS} days")
        wanted = request.query_params.get("visitType", "").upper()
        days: dict[str, list[dict[str, Any]]] = {}
        total = 0
        day = first
        while day <= last:
            rows = [
                entry(v)
                for v in state.visits_on(record["id"], day)
                if not wanted or v["type"].upper() == wanted
            ]
            if rows:
                days[day.isoformat()] = rows
                total += len(rows)
            day += timedelta(days=1)
        return JSONResponse(
            {
                "data": {
                    "provider": dict(record),
                    "startDate": first.isoformat(),
                    "endDate": last.isoformat(),
                    "schedule": days,
                    "totalVisits": total,
                }
            }
        )

    async def check(request: Request, _: Token) -> Response:
        record = provider(request)
        day, at = date_param(request, "date"), time_param(request, "time")
        minutes = duration_param(request)
        start = datetime.combine(day, at, state.zone)
        end = start + timedelta(minutes=minutes)
        within = any(
            opens <= start and end <= closes
            for opens, closes in open_intervals(day, state.today(), state.zone)
        )
        clash = any(b < end and start < e for b, e in state.busy(record["id"], day))
        available = within and not clash and start >= state.now()
        return JSONResponse(
            {
                "data": {
                    "ProviderID": record["id"],
                    "Date": day.isoformat(),
                    "Time": at.strftime("%H:%M:%S"),
                    "Duration": minutes,
                    "Available": available,
                }
            }
        )

    async def slots(request: Request, _: Token) -> Response:
        record = provider(request)
        day = date_param(request, "date")
        minutes = duration_param(request)
        times = [s.strftime("%H:%M:%S") for s in state.free(record["id"], day, minutes)]
        return JSONResponse(
            {
                "data": {
                    "ProviderID": record["id"],
                    "Date": day.isoformat(),
                    "Duration": minutes,
                    "Slots": times,
                    "Count": len(times),
                }
            }
        )

    async def next_slot(request: Request, _: Token) -> Response:
        record = provider(request)
        minutes = duration_param(request)
        max_days = int_param(request, "maxDays", default=MAX_DAYS_DEFAULT)
        if not 1 <= max_days <= MAX_DAYS_DEFAULT:
            raise ApiError(400, f"maxDays must be between 1 and {MAX_DAYS_DEFAULT}")
        found: dict[str, Any] | None = None
        today = state.today()
        for offset in range(max_days):
            day = today + timedelta(days=offset)
            first = next(state.free(record["id"], day, minutes), None)
            if first is not None:
                found = {
                    "ProviderID": str(record["id"]),
                    "Date": day.isoformat(),
                    "Time": first.strftime("%H:%M:%S"),
                }
                break
        return JSONResponse(
            {
                "data": {
                    "ProviderID": record["id"],
                    "Duration": minutes,
                    "SearchWindowDays": max_days,
                    "TheNextSlot": found,
                }
            }
        )

    base = "/v1/{ppass}"
    providers_path = f"{base}/availability/providers/{{id:int}}"
    routes = [
        Route(f"{base}/auth/token", token, methods=["POST"]),
        Route(f"{base}/prospects", guarded(prospects), methods=["GET", "POST"]),
        Route(f"{base}/prospects/{{id:int}}", guarded(update_prospect), methods=["PUT"]),
        Route(f"{base}/tags", guarded(list_tags), methods=["GET"]),
        Route(f"{base}/tags/prospects/{{id:int}}", guarded(assign_tag), methods=["POST"]),
        Route(
            f"{base}/tags/prospects/{{id:int}}/{{tag_id:int}}",
            guarded(remove_tag),
            methods=["DELETE"],
        ),
        Route(f"{base}/tags/prospects/{{id:int}}", guarded(remove_all_tags), methods=["DELETE"]),
        Route(
            f"{base}/availability/providers",
            guarded(list_providers, PROVIDERS_SCOPE),
            methods=["GET"],
        ),
        Route(providers_path, guarded(get_provider, PROVIDERS_SCOPE), methods=["GET"]),
        Route(f"{providers_path}/schedule", guarded(schedule, PROVIDERS_SCOPE), methods=["GET"]),
        Route(f"{providers_path}/check", guarded(check, PROVIDERS_SCOPE), methods=["GET"]),
        Route(f"{providers_path}/slots", guarded(slots, PROVIDERS_SCOPE), methods=["GET"]),
        Route(f"{providers_path}/next-slot", guarded(next_slot, PROVIDERS_SCOPE), methods=["GET"]),
    ]

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        return error(status, "Method not allowed" if status == 405 else "Not found")

    return Starlette(routes=routes, exception_handlers={404: http_error, 405: http_error})


def demo(clock: Clock) -> DemoVendor:
    """The Naturaesoft account of the demo clinic: one naturopathic practice in Asheville, NC."""
    state = demo_state(clock)
    account = DemoAccount(
        name=DEMO_PRACTICE,
        vendor="naturaesoft",
        base_url=f"http://{HOST}",
        options={
            "ppass": DEMO_PPASS,
            "practice_name": DEMO_PRACTICE,
            "timezone": "America/New_York",
        },
        secrets={"api_key": DEMO_KEY},
    )
    return DemoVendor(host=HOST, app=create_app(state), state=state, accounts=[account], order=70)
