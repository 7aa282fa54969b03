"""PatientNow Essentials (PNE) and VISH simulator (shared/vendor-docs/patientnow-essentials-conventions.txt
and the PNE section of shared/vendor-docs/NOTES.md).

Documented (and served to the letter): everything under /api/v1; the gateway key as query
parameter `apikey` plus `Authorization: Basic` for the API user, 401 otherwise; `GET /status`;
`Page` (1-based) and `Rows` paging, `Rows` clamped to 100; the `DataTotalRows`, `DataTotalPages`,
`DataCurrentPage`, `DataNextPage` (clamped to the last page) and `DataPriorPage` (clamped to 1)
headers on lists but not on giftcertificates; bare JSON arrays; PascalCase; opaque URL-safe string
ids; the filters FirstName, LastName, Email, MobilePhone, CompanyId, IsActive, StartDate/EndDate,
ModifiedOnStart/ModifiedOnEnd; `POST customers/{id}/Appointments` and `.../Purchases` are READS;
membershipprograms (ProgramName) vs memberships (a `MembershipProgram` name string, no
ProgramName); a create answers 200 `{"id": "..."}`; 404 for a missing record; 429 once the daily
quota (1,000 on the standard plan, `state.daily_quota`) is spent; VISH (`state.vish`) exposes only
appointments, companies, employees, services, orders and formulas, and has no ShowAvailable.

Assumed (docs/vendors/patientnow.md, each one a connector option where it matters):
- Error body `{"Message": "..."}` (ASP.NET Web API style). 415 when a POST/PUT is not JSON.
- Default Rows: 30 for appointments and giftcertificates, 20 for everything else. A Page or Rows
  that is not a positive integer answers 400. A page past the end is an empty array.
- Quota: counted per gateway apikey per UTC day, resetting at midnight UTC. Every request that
  carries a known apikey counts (404s and 401s for a wrong Basic user included); a request with a
  missing or unknown apikey is refused (401) before the gateway can count it. A 429 carries no
  Retry-After header. `GET /status` needs the same credentials and counts too.
- Ids: base64url (no padding) of an HMAC-SHA256 of "<kind>:<number>", 16 bytes -> 22 characters,
  deterministic per state.
- Times: appointment and availability times are clinic-local "2026-11-18T09:30:00" without an
  offset, in the zone of the appointment's company; companies carry an IANA `TimeZone` field.
  Writes must send clinic-local times (an offset is refused with 400). `CreatedOn`/`ModifiedOn`
  are UTC with a "Z"; ModifiedOnStart/End accept an ISO date or date-time, UTC when no offset.
  StartDate/EndDate take a date (EndDate includes that whole day) or a clinic-local date-time;
  an appointment matches when its start lies in the range.
- Name filters match case-insensitively from the start; Email matches exactly (case-insensitive);
  MobilePhone matches on digits.
- Appointments: `POST /appointments` creates (CompanyId defaults to the employee's company,
  EndDateTime to start + the service's Duration), `GET/PUT/DELETE /appointments/{id}`. Fields
  StartDateTime, EndDateTime, EmployeeId, ServiceId, CustomerId, CustomerName, Notes, Status
  (Booked, Confirmed, CheckedIn, Completed, NoShow, Cancelled), IsConfirmed, ConfirmedOn,
  CheckedInOn. A PUT answers the updated record. Overlapping an employee's live appointment, or
  changing a cancelled one, answers 400. `IsConfirmed: true` turns Booked into Confirmed.
- Services carry `Duration` (minutes), `Color` and `EmployeeIds` (who performs them); employees
  carry `CompanyId` and `Color`.
- ShowAvailable: `GET /appointments/ShowAvailable?ServiceId=&EmployeeId=&CompanyId=&StartDate=
  &EndDate=` (dates, default today + 7 days) lists free starts on a 15-minute grid within working
  hours, from now on, paged like every list: `[{EmployeeId, EmployeeName, ServiceId, CompanyId,
  StartDateTime, EndDateTime}]`.
- `POST customers/{id}/Appointments` is paged by Page/Rows and filtered by StartDate/EndDate in
  the query; its body is ignored.
- VISH: resources outside its catalogue (customers, memberships, ShowAvailable...) answer 404, as do
  appointment writes; appointments still carry CustomerId and CustomerName.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import math
import random
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from frontdesk.domain.clock import Clock
from frontdesk.sandbox.demo import DemoAccount, DemoVendor
from frontdesk.sandbox.schedule import fill_book, free_starts, open_intervals

PREFIX = "/api/v1"
MAX_ROWS = 100
DEFAULT_ROWS = 20
DEFAULT_ROWS_BY_RESOURCE = {"appointments": 30, "giftcertificates": 30}
STANDARD_QUOTA = 1000
SLOT_STEP = 15
SHOW_AVAILABLE_DAYS = 7
STATUSES = ("Booked", "Confirmed", "CheckedIn", "Completed", "NoShow", "Cancelled")
NOT_BUSY = frozenset({"Cancelled", "NoShow"})
VISH_RESOURCES = frozenset(
    {"status", "appointments", "companies", "employees", "services", "orders", "formulas"}
)
UNAUTHORISED = "Authorization has been denied for this request."

Handler = Callable[[Request], Awaitable[Response]]


class ApiError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"Message": message}, status_code=status)


def local_text(value: datetime) -> str:
    """A clinic-local wall time without offset: "2026-11-18T09:30:00"."""
    return value.replace(tzinfo=None, microsecond=0).isoformat(timespec="seconds")


def utc_text(value: datetime) -> str:
    return value.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@dataclass
class PatientNowState:
    clock: Clock
    vish: bool = False
    apikeys: set[str] = field(default_factory=set)
    users: dict[str, str] = field(default_factory=dict)  # username -> password
    daily_quota: int = STANDARD_QUOTA
    quota_used: dict[tuple[str, date], int] = field(default_factory=dict)
    secret: bytes = b"patientnow-sandbox"
    allow_overlap: bool = False
    companies: dict[int, dict[str, Any]] = field(default_factory=dict)
    employees: dict[int, dict[str, Any]] = field(default_factory=dict)
    services: dict[int, dict[str, Any]] = field(default_factory=dict)
    customers: dict[int, dict[str, Any]] = field(default_factory=dict)
    appointments: dict[int, dict[str, Any]] = field(default_factory=dict)
    membershipprograms: dict[int, dict[str, Any]] = field(default_factory=dict)
    memberships: dict[int, dict[str, Any]] = field(default_factory=dict)
    giftcertificates: dict[int, dict[str, Any]] = field(default_factory=dict)
    orders: dict[int, dict[str, Any]] = field(default_factory=dict)
    formulas: dict[int, dict[str, Any]] = field(default_factory=dict)
    _tokens: dict[str, tuple[str, int]] = field(default_factory=dict)
    _numbers: itertools.count[int] = field(default_factory=lambda: itertools.count(100_000))

    # -- ids ---------------------------------------------------------------------------
    def encode(self, kind: str, number: int) -> str:
        digest = hmac.new(self.secret, f"{kind}:{number}".encode(), hashlib.sha256).digest()
        token = base64.urlsafe_b64encode(digest[:16]).decode().rstrip("=")
        self._tokens[token] = (kind, number)
        return token

    def decode(self, kind: str, token: str) -> int | None:
        found = self._tokens.get(token)
        return found[1] if found and found[0] == kind else None

    def new_id(self, kind: str) -> tuple[int, str]:
        number = next(self._numbers)
        return number, self.encode(kind, number)

    # -- time --------------------------------------------------------------------------
    def now(self) -> datetime:
        return self.clock.now()

    def company_zone(self, company_token: str | None) -> ZoneInfo:
        number = self.decode("company", company_token or "")
        company = self.companies.get(number) if number is not None else None
        if company is None:
            company = next(iter(self.companies.values()))
        return ZoneInfo(company["TimeZone"])

    def today(self, zone: ZoneInfo) -> date:
        return self.now().astimezone(zone).date()

    def touch(self, record: dict[str, Any]) -> None:
        record["ModifiedOn"] = utc_text(self.now())

    def working_intervals(self, day: date, zone: ZoneInfo) -> list[tuple[datetime, datetime]]:
        return open_intervals(day, self.today(zone), zone)

    # -- quota -------------------------------------------------------------------------
    def spend(self, apikey: str) -> None:
        key = (apikey, self.now().astimezone(UTC).date())
        used = self.quota_used.get(key, 0)
        if used >= self.daily_quota:
            raise ApiError(
                429, f"Quota exceeded: this app's plan allows {self.daily_quota} requests per day."
            )
        self.quota_used[key] = used + 1

    def used_today(self, apikey: str) -> int:
        return self.quota_used.get((apikey, self.now().astimezone(UTC).date()), 0)


# ---------------------------------------------------------------------------- demo data
# fmt: off
FIRST_NAMES = (
    "Emily", "Madison", "Olivia", "Sophia", "Isabella", "Ava", "Mia", "Abigail", "Emma",
    "Chloe", "Natalie", "Hannah", "Samantha", "Ashley", "Jessica", "Sarah", "Lauren",
    "Megan", "Rachel", "Nicole", "Stephanie", "Jennifer", "Amanda", "Brittany", "Kayla",
    "Alexis", "Victoria", "Gabriela", "Camila", "Valentina", "Lucia", "Daniela", "Mariana",
    "Ximena", "Priya", "Ananya", "Mei", "Jasmine", "Grace", "Hailey", "Kimberly", "Andrea",
    "Michelle", "Christina", "Tiffany", "Vanessa", "Monica", "Diana", "Leah", "Zoe",
    "Michael", "Christopher", "Matthew", "Joshua", "David", "Daniel", "James", "Ryan",
    "Andrew", "Jason", "Kevin", "Brian", "Eric", "Justin", "Tyler", "Brandon", "Jose",
    "Carlos", "Luis", "Miguel", "Ethan", "Noah", "Wei", "Minh", "Arjun",
)
# fmt: on
# fmt: off
LAST_NAMES = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
    "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson",
    "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White",
    "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young",
    "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
    "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter",
    "Roberts", "Kim", "Park", "Chen", "Wang", "Patel", "Shah", "Tran", "Le", "Cohen",
    "Murphy", "O'Brien", "McCarthy", "Sullivan", "Reyes", "Cruz", "Morales", "Ortiz",
    "Gutierrez", "Chavez", "Ramos", "Vasquez", "Castillo", "Nakamura", "Tanaka", "Singh",
    "Del Rosario", "St. James", "Van Dyke",
)
# fmt: on
EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "aol.com")


@dataclass(frozen=True)
class Clinic:
    """One demo account's catalogue: companies, employees (company index, role) and services."""

    companies: tuple[tuple[str, str, str, str, str, str], ...]  # name, street, city, zip, phone
    area_codes: tuple[str, ...]
    employees: tuple[tuple[int, str, str, str, str, str], ...]  # company, first, last, title...
    services: tuple[tuple[str, int, str, float, str, tuple[str, ...]], ...]
    programs: tuple[tuple[str, str, float], ...] = ()
    formulas: tuple[str, ...] = ()


# fmt: off
PNE_CLINIC = Clinic(
    companies=(
        ("Solana Med Spa - Santa Monica", "1420 Montana Ave", "Santa Monica", "CA", "90403",
         "(310) 555-0190"),
        ("Solana Med Spa - Pasadena", "88 S Lake Ave", "Pasadena", "CA", "91101",
         "(626) 555-0144"),
    ),
    area_codes=("310", "424", "323", "213", "626", "818"),
    employees=(
        (0, "Maya", "Chen", "Medical Director, MD", "injector", "#5B8DEF"),
        (0, "Jessica", "Alvarez", "Nurse Injector, RN", "injector", "#7E57C2"),
        (0, "Brooke", "Sullivan", "Licensed Aesthetician", "skin+laser", "#26A69A"),
        (1, "Priya", "Raman", "Nurse Practitioner", "injector", "#EF6C00"),
        (1, "Tyler", "Brooks", "Laser Technician", "laser", "#C62828"),
        (1, "Hannah", "Kim", "Licensed Aesthetician", "skin", "#2E7D32"),
    ),
    services=(
        ("Complimentary Consultation", 15, "#8E9AAF", 0.0, "Consultations",
         ("injector", "skin", "laser", "skin+laser")),
        ("Botox / Neurotoxin", 30, "#5B8DEF", 350.0, "Injectables", ("injector",)),
        ("Dermal Filler", 45, "#3D5A98", 750.0, "Injectables", ("injector",)),
        ("Kybella", 30, "#6A5ACD", 600.0, "Injectables", ("injector",)),
        ("HydraFacial", 60, "#2BB3A3", 199.0, "Facials", ("skin", "skin+laser")),
        ("Chemical Peel", 45, "#F2A65A", 150.0, "Facials", ("skin", "skin+laser")),
        ("Microneedling", 60, "#C9577A", 350.0, "Facials", ("skin", "skin+laser")),
        ("Laser Hair Removal - Small Area", 30, "#E4572E", 125.0, "Laser",
         ("laser", "skin+laser")),
        ("Laser Hair Removal - Large Area", 60, "#B23A1E", 300.0, "Laser", ("laser",)),
        ("IPL Photofacial", 45, "#F4C430", 400.0, "Laser", ("laser", "skin+laser")),
    ),
    programs=(
        ("Glow Club", "One HydraFacial a month and 10% off skincare", 99.0),
        ("Smooth Club", "Neurotoxin every quarter, billed monthly", 149.0),
        ("VIP Aesthetics", "Monthly credit for any treatment, priority booking", 299.0),
    ),
)
# fmt: on

# fmt: off
VISH_CLINIC = Clinic(
    companies=(
        ("Front Range Skin & Laser", "1550 Platte St", "Denver", "CO", "80202", "(303) 555-0172"),
    ),
    area_codes=("303", "720"),
    employees=(
        (0, "Olivia", "Bennett", "Dermatology PA-C", "injector", "#3949AB"),
        (0, "Marcus", "Reed", "Laser Specialist", "laser", "#D84315"),
        (0, "Sofia", "Delgado", "Medical Aesthetician", "skin", "#00897B"),
        (0, "Claire", "Whitman", "Medical Aesthetician", "skin", "#8E24AA"),
    ),
    services=(
        ("New Client Consultation", 20, "#90A4AE", 0.0, "Consultations",
         ("injector", "laser", "skin")),
        ("Neurotoxin Treatment", 30, "#3949AB", 325.0, "Injectables", ("injector",)),
        ("Filler Treatment", 60, "#1A237E", 700.0, "Injectables", ("injector",)),
        ("Custom Facial", 60, "#00897B", 165.0, "Facials", ("skin",)),
        ("Medical-Grade Peel", 45, "#FFB300", 140.0, "Facials", ("skin",)),
        ("Laser Resurfacing", 60, "#D84315", 550.0, "Laser", ("laser",)),
        ("Laser Hair Removal", 30, "#F4511E", 120.0, "Laser", ("laser",)),
    ),
    formulas=(
        "Jessner peel, 2 layers", "Jessner peel, 3 layers", "Glycolic 30% + retinol",
        "TCA 15% spot", "Vitamin C infusion", "Lactic 40% sensitive-skin blend",
    ),
)
# fmt: on

PNE_APIKEY = "pne-demo-gateway-key"
PNE_USER = ("frontdesk.api", "demo-password")
PNE_ZONE = "America/Los_Angeles"
VISH_APIKEY = "vish-demo-gateway-key"
VISH_USER = ("frontdesk.vish", "demo-password")
VISH_ZONE = "America/Denver"
DEMO_CUSTOMERS = 1500
VISH_CUSTOMERS = 400


def _phone(rng: random.Random, areas: tuple[str, ...]) -> str:
    return f"({rng.choice(areas)}) 555-{rng.randint(1000, 9999)}"


def _customer(
    state: PatientNowState,
    rng: random.Random,
    number: int,
    company: str,
    areas: tuple[str, ...],
    today: date,
) -> dict[str, Any]:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    local = re.sub(r"[^a-z.]", "", f"{first}.{last}".lower())
    created = state.now() - timedelta(days=rng.randint(30, 1100), minutes=rng.randint(0, 1439))
    modified = created + (state.now() - timedelta(days=1) - created) * rng.random()
    birth = today - timedelta(days=rng.randint(19 * 365, 74 * 365))
    return {
        "CustomerId": state.encode("customer", number),
        "CompanyId": company,
        "FirstName": first,
        "LastName": last,
        "Email": f"{local}{rng.randint(1, 99)}@{rng.choice(EMAIL_DOMAINS)}"
        if rng.random() > 0.08
        else None,
        "MobilePhone": _phone(rng, areas) if rng.random() > 0.04 else None,
        "HomePhone": _phone(rng, areas) if rng.random() < 0.15 else None,
        "DateOfBirth": f"{birth.isoformat()}T00:00:00" if rng.random() > 0.1 else None,
        "Gender": "Female" if rng.random() < 0.8 else "Male",
        "IsActive": rng.random() > 0.05,
        "CreatedOn": utc_text(created),
        "ModifiedOn": utc_text(modified),
    }


def _status_for(
    rng: random.Random, start: datetime, end: datetime, now: datetime
) -> tuple[str, bool, datetime | None, datetime | None]:
    """(Status, IsConfirmed, ConfirmedOn, CheckedInOn) of a generated appointment."""
    # Confirmed by the front desk the afternoon before.
    day_before = start.replace(hour=14, minute=0) - timedelta(days=1)
    confirmed_on = day_before + timedelta(minutes=5 * rng.randint(0, 36))
    if end <= now:
        roll = rng.random()
        if roll < 0.04:
            return "NoShow", True, confirmed_on, None
        if roll < 0.11:
            return "Cancelled", False, None, None
        return "Completed", True, confirmed_on, start - timedelta(minutes=rng.randint(0, 12))
    if start <= now:
        return "CheckedIn", True, confirmed_on, start - timedelta(minutes=rng.randint(0, 12))
    if rng.random() < 0.03:
        return "Cancelled", False, None, None
    if start - now < timedelta(days=2) and rng.random() < 0.55 and confirmed_on < now:
        return "Confirmed", True, confirmed_on, None
    return "Booked", False, None, None


def build_state(
    clock: Clock,
    clinic: Clinic,
    *,
    zone: str,
    customers: int,
    seed: int,
    vish: bool,
    apikey: str,
    user: tuple[str, str],
    secret: bytes,
) -> PatientNowState:
    state = PatientNowState(
        clock=clock, vish=vish, apikeys={apikey}, users=dict([user]), secret=secret
    )
    rng = random.Random(seed)
    tz = ZoneInfo(zone)
    today = state.today(tz)
    created = utc_text(state.now() - timedelta(days=400))
    companies: list[str] = []
    for number, (name, street, city, region, zip_code, phone) in enumerate(clinic.companies, 1):
        token = state.encode("company", number)
        companies.append(token)
        state.companies[number] = {
            "CompanyId": token,
            "Name": name,
            "Address1": street,
            "City": city,
            "State": region,
            "Zip": zip_code,
            "Phone": phone,
            "TimeZone": zone,
            "IsActive": True,
        }
    roles: list[str] = []
    for number, (company, first, last, title, role, colour) in enumerate(clinic.employees, 1):
        roles.append(role)
        state.employees[number] = {
            "EmployeeId": state.encode("employee", number),
            "CompanyId": companies[company],
            "FirstName": first,
            "LastName": last,
            "DisplayName": f"{first} {last}",
            "Title": title,
            "Color": colour,
            "IsActive": True,
            "ModifiedOn": created,
        }
    offered: dict[int, list[int]] = {n: [] for n in state.employees}
    for number, (name, minutes, colour, price, category, who) in enumerate(clinic.services, 1):
        staff = [n for n in state.employees if roles[n - 1] in who]
        for n in staff:
            offered[n].append(number)
        state.services[number] = {
            "ServiceId": state.encode("service", number),
            "CompanyId": None,
            "Name": name,
            "Category": category,
            "Duration": minutes,
            "Price": price,
            "Color": colour,
            "EmployeeIds": [state.employees[n]["EmployeeId"] for n in staff],
            "IsActive": True,
            "ModifiedOn": created,
        }
    by_company: dict[str, list[int]] = {c: [] for c in companies}
    for number in range(1, customers + 1):
        home = companies[0] if len(companies) == 1 or rng.random() < 0.55 else companies[1]
        record = _customer(state, rng, number, home, clinic.area_codes, today)
        state.customers[number] = record
        if record["IsActive"]:
            by_company[home].append(number)
    _fill_appointments(state, rng, tz, today, offered, by_company)
    _fill_extras(state, rng, clinic)
    return state


def _fill_appointments(
    state: PatientNowState,
    rng: random.Random,
    zone: ZoneInfo,
    today: date,
    offered: dict[int, list[int]],
    by_company: dict[str, list[int]],
) -> None:
    now = state.now()
    number = 0
    for employee_number, services in offered.items():
        employee = state.employees[employee_number]
        pool = by_company[employee["CompanyId"]]
        durations = [state.services[s]["Duration"] for s in services]
        for booking in fill_book(
            rng, today=today, zone=zone, durations=durations, patients=len(pool)
        ):
            number += 1
            service = state.services[services[booking.service_index]]
            customer = state.customers[pool[booking.patient_index]]
            status, confirmed, confirmed_on, checked_in = _status_for(
                rng, booking.start, booking.end, now
            )
            booked_on = booking.start - timedelta(days=rng.randint(2, 40))
            state.appointments[number] = {
                "AppointmentId": state.encode("appointment", number),
                "CompanyId": employee["CompanyId"],
                "CustomerId": customer["CustomerId"],
                "CustomerName": f"{customer['FirstName']} {customer['LastName']}",
                "EmployeeId": employee["EmployeeId"],
                "EmployeeName": employee["DisplayName"],
                "ServiceId": service["ServiceId"],
                "ServiceName": service["Name"],
                "StartDateTime": local_text(booking.start),
                "EndDateTime": local_text(booking.end),
                "Status": status,
                "IsConfirmed": confirmed,
                "ConfirmedOn": local_text(confirmed_on.astimezone(zone)) if confirmed_on else None,
                "CheckedInOn": local_text(checked_in.astimezone(zone)) if checked_in else None,
                "Notes": "",
                "CreatedOn": utc_text(min(booked_on, now - timedelta(days=1))),
                "ModifiedOn": utc_text(min(booked_on, now - timedelta(days=1))),
            }


def _fill_extras(state: PatientNowState, rng: random.Random, clinic: Clinic) -> None:
    """Orders, formulas, membership programs/enrolments and gift certificates (small lists)."""
    done = [a for a in state.appointments.values() if a["Status"] == "Completed"]
    sold = rng.sample(done, min(len(done), 150))
    for number, appointment in enumerate(sold, 1):
        service = next(
            s for s in state.services.values() if s["ServiceId"] == appointment["ServiceId"]
        )
        state.orders[number] = {
            "OrderId": state.encode("order", number),
            "CompanyId": appointment["CompanyId"],
            "CustomerId": appointment["CustomerId"],
            "CustomerName": appointment["CustomerName"],
            "OrderDate": appointment["EndDateTime"],
            "Total": service["Price"],
            "Status": "Closed",
            "ModifiedOn": appointment["ModifiedOn"],
        }
    names = clinic.formulas or ("House peel blend", "Brightening mask, 15 min")
    for number, appointment in enumerate(rng.sample(done, min(len(done), 60)), 1):
        state.formulas[number] = {
            "FormulaId": state.encode("formula", number),
            "CompanyId": appointment["CompanyId"],
            "CustomerId": appointment["CustomerId"],
            "CustomerName": appointment["CustomerName"],
            "EmployeeId": appointment["EmployeeId"],
            "Name": rng.choice(names),
            "Notes": "",
            "CreatedOn": appointment["ModifiedOn"],
            "ModifiedOn": appointment["ModifiedOn"],
        }
    for number, (name, description, amount) in enumerate(clinic.programs, 1):
        state.membershipprograms[number] = {
            "MembershipProgramId": state.encode("membershipprogram", number),
            "ProgramName": name,
            "Description": description,
            "BillAmount": amount,
            "IsActive": True,
        }
    if clinic.programs:
        members = rng.sample(sorted(state.customers), min(len(state.customers), 120))
        for number, customer_number in enumerate(members, 1):
            program = rng.randrange(len(clinic.programs))
            sold_on = state.now() - timedelta(days=rng.randint(20, 700))
            last_bill = state.now() - timedelta(days=rng.randint(1, 29))
            state.memberships[number] = {
                "MembershipId": state.encode("membership", number),
                "CustomerId": state.customers[customer_number]["CustomerId"],
                "MembershipProgram": clinic.programs[program][0],
                "BillAmount": clinic.programs[program][2],
                "NextBillDate": (last_bill + timedelta(days=30)).date().isoformat(),
                "LastBillDate": last_bill.date().isoformat(),
                "SoldOn": sold_on.date().isoformat(),
            }
        for number in range(1, 46):
            customer = state.customers[rng.choice(sorted(state.customers))]
            amount = float(rng.choice((50, 100, 150, 200, 250, 500)))
            issued = state.now() - timedelta(days=rng.randint(1, 500))
            state.giftcertificates[number] = {
                "GiftCertificateId": state.encode("giftcertificate", number),
                "Number": f"GC-{10_000 + number}",
                "CustomerId": customer["CustomerId"],
                "Amount": amount,
                "Balance": amount if rng.random() < 0.5 else round(amount * rng.random(), 2),
                "IssuedOn": issued.date().isoformat(),
                "ExpiresOn": (issued + timedelta(days=3 * 365)).date().isoformat(),
            }


def demo_state(clock: Clock, *, seed: int = 7, customers: int = DEMO_CUSTOMERS) -> PatientNowState:
    """The PNE demo account: a two-location medical spa in Southern California."""
    return build_state(
        clock,
        PNE_CLINIC,
        zone=PNE_ZONE,
        customers=customers,
        seed=seed,
        vish=False,
        apikey=PNE_APIKEY,
        user=PNE_USER,
        secret=b"pne-sandbox",
    )


def vish_demo_state(
    clock: Clock, *, seed: int = 11, customers: int = VISH_CUSTOMERS
) -> PatientNowState:
    """The VISH demo account: a skin and laser clinic in Denver (VISH mode)."""
    return build_state(
        clock,
        VISH_CLINIC,
        zone=VISH_ZONE,
        customers=customers,
        seed=seed,
        vish=True,
        apikey=VISH_APIKEY,
        user=VISH_USER,
        secret=b"vish-sandbox",
    )


# ---------------------------------------------------------------------------- request helpers
def public(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if not k.startswith("_")}


def positive_int(request: Request, name: str, default: int) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise ApiError(400, f"The value '{raw}' is not valid for {name}.")
    return int(raw)


def page_of(
    request: Request, rows: list[dict[str, Any]], resource: str, *, data_headers: bool = True
) -> JSONResponse:
    default = DEFAULT_ROWS_BY_RESOURCE.get(resource, DEFAULT_ROWS)
    page = positive_int(request, "Page", 1)
    size = min(positive_int(request, "Rows", default), MAX_ROWS)
    total = len(rows)
    pages = math.ceil(total / size)
    chunk = [public(r) for r in rows[(page - 1) * size : page * size]]
    headers: dict[str, str] = {}
    if data_headers:
        headers = {
            "DataTotalRows": str(total),
            "DataTotalPages": str(pages),
            "DataCurrentPage": str(page),
            "DataNextPage": str(min(page + 1, max(pages, 1))),
            "DataPriorPage": str(max(page - 1, 1)),
        }
    return JSONResponse(chunk, headers=headers)


def parse_bool(request: Request, name: str) -> bool | None:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return None
    if raw.lower() not in ("true", "false"):
        raise ApiError(400, f"The value '{raw}' is not valid for {name}.")
    return raw.lower() == "true"


def parse_local(raw: str, name: str, *, end: bool = False) -> datetime:
    """A date (EndDate: through that whole day) or a clinic-local date-time, naive."""
    try:
        if len(raw) == 10:
            day = date.fromisoformat(raw)
            return datetime.combine(day + timedelta(days=1) if end else day, time())
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise ApiError(400, f"The value '{raw}' is not valid for {name}.") from None
    if value.tzinfo is not None:
        raise ApiError(400, f"{name} is a clinic-local time and takes no UTC offset.")
    return value


def parse_utc(raw: str, name: str) -> datetime:
    try:
        value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise ApiError(400, f"The value '{raw}' is not valid for {name}.") from None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def modified_filter(request: Request) -> Callable[[dict[str, Any]], bool]:
    start_raw = request.query_params.get("ModifiedOnStart")
    end_raw = request.query_params.get("ModifiedOnEnd")
    start = parse_utc(start_raw, "ModifiedOnStart") if start_raw else None
    end = parse_utc(end_raw, "ModifiedOnEnd") if end_raw else None
    if start is None and end is None:
        return keep_all

    def keep(record: dict[str, Any]) -> bool:
        stamp = parse_utc(record.get("ModifiedOn") or "1970-01-01T00:00:00Z", "ModifiedOn")
        return (start is None or stamp >= start) and (end is None or stamp <= end)

    return keep


def range_filter(request: Request) -> Callable[[dict[str, Any]], bool]:
    """StartDate/EndDate on a record's clinic-local StartDateTime."""
    start_raw = request.query_params.get("StartDate")
    end_raw = request.query_params.get("EndDate")
    start = parse_local(start_raw, "StartDate") if start_raw else None
    end = parse_local(end_raw, "EndDate", end=True) if end_raw else None
    end_is_day = bool(end_raw) and len(end_raw or "") == 10

    def keep(record: dict[str, Any]) -> bool:
        at = datetime.fromisoformat(record["StartDateTime"])
        if start is not None and at < start:
            return False
        if end is None:
            return True
        return at < end if end_is_day else at <= end

    return keep


def equals_filter(request: Request, name: str) -> Callable[[dict[str, Any]], bool]:
    wanted = request.query_params.get(name)
    return (lambda r: r.get(name) == wanted) if wanted else keep_all


def prefix_filter(request: Request, name: str) -> Callable[[dict[str, Any]], bool]:
    wanted = (request.query_params.get(name) or "").lower()
    return (lambda r: str(r.get(name) or "").lower().startswith(wanted)) if wanted else keep_all


def active_filter(request: Request) -> Callable[[dict[str, Any]], bool]:
    wanted = parse_bool(request, "IsActive")
    return keep_all if wanted is None else (lambda r: bool(r.get("IsActive", True)) == wanted)


def company_filter(request: Request) -> Callable[[dict[str, Any]], bool]:
    wanted = request.query_params.get("CompanyId")
    # A record without a company (an account-wide service) belongs to every company.
    return (lambda r: r.get("CompanyId") in (None, wanted)) if wanted else keep_all


def keep_all(record: dict[str, Any]) -> bool:
    """The filter of a parameter not given: `select` leaves it out."""
    return True


def select(
    records: Iterable[dict[str, Any]], *tests: Callable[[dict[str, Any]], bool]
) -> list[dict[str, Any]]:
    # The filters of parameters not given are left out: a listing of 100,000 customers with
    # none given is read once per page, not put through five filters that keep everything
    # (the simulator shares the bench machine's two cores with the application measured).
    used = [test for test in tests if test is not keep_all]
    if not used:
        return list(records)
    return [r for r in records if all(test(r) for test in used)]


async def json_body(request: Request) -> dict[str, Any]:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/json":
        raise ApiError(
            415, "The request entity's media type is not supported; send application/json."
        )
    try:
        payload = await request.json()
    except ValueError:
        raise ApiError(400, "The request body is not valid JSON.") from None
    if not isinstance(payload, dict):
        raise ApiError(400, "The request body must be a JSON object.")
    return payload


def basic_user(request: Request) -> tuple[str, str] | None:
    header = request.headers.get("authorization", "")
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic" or not encoded:
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode()
    except (ValueError, UnicodeDecodeError):
        return None
    user, sep, password = decoded.partition(":")
    return (user, password) if sep else None


# ---------------------------------------------------------------------------- the app
def create_app(state: PatientNowState) -> Starlette:
    def authorise(request: Request) -> None:
        apikey = request.query_params.get("apikey", "")
        if apikey not in state.apikeys:
            raise ApiError(401, UNAUTHORISED)
        state.spend(apikey)
        user = basic_user(request)
        if user is None or state.users.get(user[0]) != user[1]:
            raise ApiError(401, UNAUTHORISED)

    def record(table: dict[int, dict[str, Any]], kind: str, token: str) -> dict[str, Any]:
        number = state.decode(kind, token)
        found = table.get(number) if number is not None else None
        if found is None:
            raise ApiError(404, f"No {kind} was found with the id '{token}'.")
        return found

    def reference(
        table: dict[int, dict[str, Any]], kind: str, token: Any, name: str
    ) -> dict[str, Any]:
        if not isinstance(token, str) or not token:
            raise ApiError(400, f"{name} is required.")
        number = state.decode(kind, token)
        found = table.get(number) if number is not None else None
        if found is None:
            raise ApiError(400, f"{name} '{token}' is not valid.")
        return found

    # -- simple collections --------------------------------------------------------------
    async def status(request: Request) -> Response:
        return JSONResponse({"Status": "OK", "Api": "VISH" if state.vish else "PNE"})

    async def companies(request: Request) -> Response:
        rows = select(
            state.companies.values(), active_filter(request), equals_filter(request, "CompanyId")
        )
        return page_of(request, rows, "companies")

    async def company(request: Request) -> Response:
        return JSONResponse(public(record(state.companies, "company", request.path_params["id"])))

    async def employees(request: Request) -> Response:
        rows = select(
            state.employees.values(),
            company_filter(request),
            active_filter(request),
            modified_filter(request),
        )
        return page_of(request, rows, "employees")

    async def employee(request: Request) -> Response:
        return JSONResponse(public(record(state.employees, "employee", request.path_params["id"])))

    async def services(request: Request) -> Response:
        rows = select(
            state.services.values(),
            company_filter(request),
            active_filter(request),
            modified_filter(request),
        )
        return page_of(request, rows, "services")

    async def service(request: Request) -> Response:
        return JSONResponse(public(record(state.services, "service", request.path_params["id"])))

    async def orders(request: Request) -> Response:
        rows = select(
            state.orders.values(),
            company_filter(request),
            equals_filter(request, "CustomerId"),
            modified_filter(request),
        )
        return page_of(request, rows, "orders")

    async def formulas(request: Request) -> Response:
        rows = select(
            state.formulas.values(),
            company_filter(request),
            equals_filter(request, "CustomerId"),
            modified_filter(request),
        )
        return page_of(request, rows, "formulas")

    async def membershipprograms(request: Request) -> Response:
        rows = select(state.membershipprograms.values(), active_filter(request))
        return page_of(request, rows, "membershipprograms")

    async def memberships(request: Request) -> Response:
        rows = select(state.memberships.values(), equals_filter(request, "CustomerId"))
        return page_of(request, rows, "memberships")

    async def giftcertificates(request: Request) -> Response:
        rows = select(state.giftcertificates.values(), equals_filter(request, "CustomerId"))
        return page_of(request, rows, "giftcertificates", data_headers=False)

    # -- customers -----------------------------------------------------------------------
    def customer_filters(request: Request) -> list[Callable[[dict[str, Any]], bool]]:
        q = request.query_params
        tests: list[Callable[[dict[str, Any]], bool]] = [
            company_filter(request),
            active_filter(request),
            modified_filter(request),
        ]
        tests += [prefix_filter(request, "FirstName"), prefix_filter(request, "LastName")]
        email = (q.get("Email") or "").lower()
        if email:
            tests.append(lambda r: str(r.get("Email") or "").lower() == email)
        phone = digits(q.get("MobilePhone") or "")
        if phone:
            tests.append(lambda r: digits(str(r.get("MobilePhone") or "")).endswith(phone))
        return tests

    async def customers(request: Request) -> Response:
        if request.method == "POST":
            return await create_customer(request)
        rows = select(state.customers.values(), *customer_filters(request))
        return page_of(request, rows, "customers")

    async def create_customer(request: Request) -> Response:
        fields = await json_body(request)
        for name in ("FirstName", "LastName"):
            if not isinstance(fields.get(name), str) or not fields[name].strip():
                raise ApiError(400, f"{name} is required.")
        company_token = fields.get("CompanyId") or next(iter(state.companies.values()))["CompanyId"]
        reference(state.companies, "company", company_token, "CompanyId")
        number, token = state.new_id("customer")
        now = utc_text(state.now())
        state.customers[number] = {
            "CustomerId": token,
            "CompanyId": company_token,
            "FirstName": fields["FirstName"].strip(),
            "LastName": fields["LastName"].strip(),
            "Email": fields.get("Email"),
            "MobilePhone": fields.get("MobilePhone"),
            "HomePhone": fields.get("HomePhone"),
            "DateOfBirth": fields.get("DateOfBirth"),
            "Gender": fields.get("Gender"),
            "IsActive": True,
            "CreatedOn": now,
            "ModifiedOn": now,
        }
        return JSONResponse({"id": token})

    async def customer(request: Request) -> Response:
        found = record(state.customers, "customer", request.path_params["id"])
        if request.method == "PUT":
            fields = await json_body(request)
            for name in ("FirstName", "LastName", "Email", "MobilePhone", "HomePhone",
                         "DateOfBirth", "Gender", "IsActive"):  # fmt: skip
                if name in fields:
                    found[name] = fields[name]
            state.touch(found)
        return JSONResponse(public(found))

    async def customer_appointments(request: Request) -> Response:
        # Documented: a POST that READS the customer's appointments (not a create).
        found = record(state.customers, "customer", request.path_params["id"])
        await json_body(request)
        rows = select(
            sorted_appointments(),
            lambda a: a["CustomerId"] == found["CustomerId"],
            range_filter(request),
        )
        return page_of(request, rows, "appointments")

    async def customer_purchases(request: Request) -> Response:
        found = record(state.customers, "customer", request.path_params["id"])
        await json_body(request)
        rows = [o for o in state.orders.values() if o["CustomerId"] == found["CustomerId"]]
        return page_of(request, rows, "orders")

    # -- appointments --------------------------------------------------------------------
    def sorted_appointments() -> list[dict[str, Any]]:
        return sorted(
            state.appointments.values(), key=lambda a: (a["StartDateTime"], a["AppointmentId"])
        )

    async def appointments(request: Request) -> Response:
        if request.method == "POST":
            return await create_appointment(request)
        rows = select(
            sorted_appointments(),
            company_filter(request),
            equals_filter(request, "EmployeeId"),
            equals_filter(request, "CustomerId"),
            range_filter(request),
            modified_filter(request),
        )
        return page_of(request, rows, "appointments")

    def local_field(fields: dict[str, Any], name: str) -> datetime:
        raw = fields.get(name)
        if not isinstance(raw, str) or len(raw) < 16:
            raise ApiError(400, f"{name} is required as a clinic-local date and time.")
        return parse_local(raw, name)

    def check_free(target: dict[str, Any]) -> None:
        if state.allow_overlap or target["Status"] in NOT_BUSY:
            return
        start = datetime.fromisoformat(target["StartDateTime"])
        end = datetime.fromisoformat(target["EndDateTime"])
        for other in state.appointments.values():
            if (
                other["AppointmentId"] != target["AppointmentId"]
                and other["EmployeeId"] == target["EmployeeId"]
                and other["Status"] not in NOT_BUSY
                and datetime.fromisoformat(other["StartDateTime"]) < end
                and start < datetime.fromisoformat(other["EndDateTime"])
            ):
                raise ApiError(400, "The employee is not available at that time.")

    def set_times(target: dict[str, Any], start: datetime, end: datetime) -> None:
        if end <= start:
            raise ApiError(400, "EndDateTime must be after StartDateTime.")
        target["StartDateTime"] = local_text(start)
        target["EndDateTime"] = local_text(end)

    def now_local(target: dict[str, Any]) -> str:
        return local_text(state.now().astimezone(state.company_zone(target["CompanyId"])))

    async def create_appointment(request: Request) -> Response:
        if state.vish:
            raise ApiError(404, "No HTTP resource was found that matches the request URI.")
        fields = await json_body(request)
        customer_rec = reference(
            state.customers, "customer", fields.get("CustomerId"), "CustomerId"
        )
        employee_rec = reference(
            state.employees, "employee", fields.get("EmployeeId"), "EmployeeId"
        )
        service_rec = reference(state.services, "service", fields.get("ServiceId"), "ServiceId")
        company_token = fields.get("CompanyId") or employee_rec["CompanyId"]
        reference(state.companies, "company", company_token, "CompanyId")
        start = local_field(fields, "StartDateTime")
        end = (
            local_field(fields, "EndDateTime")
            if fields.get("EndDateTime")
            else start + timedelta(minutes=int(service_rec["Duration"]))
        )
        number, token = state.new_id("appointment")
        now = utc_text(state.now())
        target: dict[str, Any] = {
            "AppointmentId": token,
            "CompanyId": company_token,
            "CustomerId": customer_rec["CustomerId"],
            "CustomerName": f"{customer_rec['FirstName']} {customer_rec['LastName']}",
            "EmployeeId": employee_rec["EmployeeId"],
            "EmployeeName": employee_rec["DisplayName"],
            "ServiceId": service_rec["ServiceId"],
            "ServiceName": service_rec["Name"],
            "StartDateTime": "",
            "EndDateTime": "",
            "Status": "Booked",
            "IsConfirmed": False,
            "ConfirmedOn": None,
            "CheckedInOn": None,
            "Notes": str(fields.get("Notes") or ""),
            "CreatedOn": now,
            "ModifiedOn": now,
        }
        set_times(target, start, end)
        check_free(target)
        state.appointments[number] = target
        return JSONResponse({"id": token})

    def apply_status(target: dict[str, Any], status: Any) -> None:
        if status not in STATUSES:
            raise ApiError(400, f"Status must be one of: {', '.join(STATUSES)}.")
        if target["Status"] == "Cancelled" and status != "Cancelled":
            raise ApiError(400, "A cancelled appointment cannot be changed.")
        target["Status"] = status
        if status == "CheckedIn" and not target["CheckedInOn"]:
            target["CheckedInOn"] = now_local(target)
        if status == "Confirmed":
            target["IsConfirmed"] = True
            target["ConfirmedOn"] = target["ConfirmedOn"] or now_local(target)

    async def update_appointment(request: Request, found: dict[str, Any]) -> Response:
        fields = await json_body(request)
        target = dict(found)
        if target["Status"] == "Cancelled" and fields.get("Status", "Cancelled") != "Cancelled":
            raise ApiError(400, "A cancelled appointment cannot be changed.")
        if "EmployeeId" in fields:
            employee_rec = reference(
                state.employees, "employee", fields["EmployeeId"], "EmployeeId"
            )
            target["EmployeeId"] = employee_rec["EmployeeId"]
            target["EmployeeName"] = employee_rec["DisplayName"]
        if "ServiceId" in fields:
            service_rec = reference(state.services, "service", fields["ServiceId"], "ServiceId")
            target["ServiceId"] = service_rec["ServiceId"]
            target["ServiceName"] = service_rec["Name"]
        if "StartDateTime" in fields or "EndDateTime" in fields:
            start = (
                local_field(fields, "StartDateTime")
                if "StartDateTime" in fields
                else (datetime.fromisoformat(target["StartDateTime"]))
            )
            end = (
                local_field(fields, "EndDateTime")
                if "EndDateTime" in fields
                else (
                    start
                    + (
                        datetime.fromisoformat(target["EndDateTime"])
                        - datetime.fromisoformat(target["StartDateTime"])
                    )
                )
            )
            set_times(target, start, end)
        if "Notes" in fields:
            target["Notes"] = str(fields["Notes"] or "")
        if "Status" in fields:
            apply_status(target, fields["Status"])
        if fields.get("IsConfirmed") is True and not target["IsConfirmed"]:
            target["IsConfirmed"] = True
            target["ConfirmedOn"] = now_local(target)
            if target["Status"] == "Booked":
                target["Status"] = "Confirmed"
        elif fields.get("IsConfirmed") is False:
            target["IsConfirmed"], target["ConfirmedOn"] = False, None
            if target["Status"] == "Confirmed":
                target["Status"] = "Booked"
        check_free(target)
        state.touch(target)
        found.update(target)
        return JSONResponse(public(found))

    async def appointment(request: Request) -> Response:
        found = record(state.appointments, "appointment", request.path_params["id"])
        if request.method != "GET" and state.vish:
            raise ApiError(404, "No HTTP resource was found that matches the request URI.")
        if request.method == "DELETE":
            number = state.decode("appointment", found["AppointmentId"])
            del state.appointments[number or 0]
            return JSONResponse({})
        if request.method == "PUT":
            return await update_appointment(request, found)
        return JSONResponse(public(found))

    async def show_available(request: Request) -> Response:
        q = request.query_params
        service_rec = reference(state.services, "service", q.get("ServiceId"), "ServiceId")
        wanted_employee = q.get("EmployeeId") or None
        if wanted_employee:
            reference(state.employees, "employee", wanted_employee, "EmployeeId")
        wanted_company = q.get("CompanyId") or None
        first_zone = state.company_zone(wanted_company)
        start_day = (
            parse_local(q["StartDate"], "StartDate").date()
            if q.get("StartDate")
            else state.today(first_zone)
        )
        end_day = (
            parse_local(q["EndDate"], "EndDate").date()
            if q.get("EndDate")
            else start_day + timedelta(days=SHOW_AVAILABLE_DAYS)
        )
        minutes = int(service_rec["Duration"])
        now = state.now()
        slots: list[dict[str, Any]] = []
        for employee_rec in state.employees.values():
            if not employee_rec["IsActive"]:
                continue
            if wanted_employee and employee_rec["EmployeeId"] != wanted_employee:
                continue
            if wanted_company and employee_rec["CompanyId"] != wanted_company:
                continue
            if employee_rec["EmployeeId"] not in service_rec["EmployeeIds"]:
                continue
            zone = state.company_zone(employee_rec["CompanyId"])
            busy = [
                (
                    datetime.fromisoformat(a["StartDateTime"]).replace(tzinfo=zone),
                    datetime.fromisoformat(a["EndDateTime"]).replace(tzinfo=zone),
                )
                for a in state.appointments.values()
                if a["EmployeeId"] == employee_rec["EmployeeId"] and a["Status"] not in NOT_BUSY
            ]
            day = start_day
            while day <= end_day:
                for slot in free_starts(
                    state.working_intervals(day, zone), busy, minutes, SLOT_STEP, not_before=now
                ):
                    slots.append(
                        {
                            "EmployeeId": employee_rec["EmployeeId"],
                            "EmployeeName": employee_rec["DisplayName"],
                            "ServiceId": service_rec["ServiceId"],
                            "CompanyId": employee_rec["CompanyId"],
                            "StartDateTime": local_text(slot),
                            "EndDateTime": local_text(slot + timedelta(minutes=minutes)),
                            "_at": slot.astimezone(UTC),
                        }
                    )
                day += timedelta(days=1)
        slots.sort(key=lambda s: (s["_at"], s["EmployeeId"]))
        return page_of(request, slots, "ShowAvailable")

    # -- routing -------------------------------------------------------------------------
    def guarded(resource: str, handlers: Mapping[str, Handler]) -> Handler:
        async def endpoint(request: Request) -> Response:
            try:
                authorise(request)
                if state.vish and resource not in VISH_RESOURCES:
                    raise ApiError(404, "No HTTP resource was found that matches the request URI.")
                handler = handlers.get(request.method)
                if handler is None:
                    raise ApiError(
                        405,
                        f"The requested resource does not support http method '{request.method}'.",
                    )
                return await handler(request)
            except ApiError as exc:
                return error(exc.status, exc.message)

        return endpoint

    async def unknown(request: Request) -> Response:
        raise ApiError(404, "No HTTP resource was found that matches the request URI.")

    table: list[tuple[str, str, Mapping[str, Handler]]] = [
        ("/status", "status", {"GET": status}),
        ("/companies", "companies", {"GET": companies}),
        ("/companies/{id}", "companies", {"GET": company}),
        ("/employees", "employees", {"GET": employees}),
        ("/employees/{id}", "employees", {"GET": employee}),
        ("/services", "services", {"GET": services}),
        ("/services/{id}", "services", {"GET": service}),
        ("/customers", "customers", {"GET": customers, "POST": customers}),
        ("/customers/{id}", "customers", {"GET": customer, "PUT": customer}),
        ("/customers/{id}/Appointments", "customers", {"POST": customer_appointments}),
        ("/customers/{id}/appointments", "customers", {"POST": customer_appointments}),
        ("/customers/{id}/Purchases", "customers", {"POST": customer_purchases}),
        ("/customers/{id}/purchases", "customers", {"POST": customer_purchases}),
        ("/appointments", "appointments", {"GET": appointments, "POST": appointments}),
        ("/appointments/ShowAvailable", "showavailable", {"GET": show_available}),
        (
            "/appointments/{id}",
            "appointments",
            {"GET": appointment, "PUT": appointment, "DELETE": appointment},
        ),
        ("/membershipprograms", "membershipprograms", {"GET": membershipprograms}),
        ("/memberships", "memberships", {"GET": memberships}),
        ("/giftcertificates", "giftcertificates", {"GET": giftcertificates}),
        ("/orders", "orders", {"GET": orders}),
        ("/formulas", "formulas", {"GET": formulas}),
    ]
    methods = ["GET", "POST", "PUT", "DELETE", "PATCH"]
    routes = [
        Route(f"{PREFIX}{path}", guarded(resource, handlers), methods=methods)
        for path, resource, handlers in table
    ]
    catch_all = dict.fromkeys(methods, unknown)
    routes.append(Route(f"{PREFIX}/{{rest:path}}", guarded("unknown", catch_all), methods=methods))

    async def not_found(request: Request, exc: Exception) -> Response:
        return error(404, "No HTTP resource was found that matches the request URI.")

    return Starlette(routes=routes, exception_handlers={404: not_found, 405: not_found})


def demo(clock: Clock) -> DemoVendor:
    """The PatientNow Essentials account of the demo clinic (a Southern California med spa)."""
    host = "patientnow.sandbox"
    state = demo_state(clock)
    user, password = PNE_USER
    account = DemoAccount(
        name="Solana Med Spa",
        vendor="patientnow",
        base_url=f"http://{host}{PREFIX}",
        options={"page_size": "100"},
        secrets={"apikey": PNE_APIKEY, "username": user, "password": password},
    )
    return DemoVendor(host=host, app=create_app(state), state=state, accounts=[account], order=10)


def vish_demo(clock: Clock) -> DemoVendor:
    """The VISH account of the demo clinic (a Denver skin clinic, VISH mode, its own host)."""
    host = "vish.sandbox"
    state = vish_demo_state(clock)
    user, password = VISH_USER
    account = DemoAccount(
        name="Front Range Skin & Laser",
        vendor="vish",
        base_url=f"http://{host}{PREFIX}",
        options={"page_size": "100"},
        secrets={"apikey": VISH_APIKEY, "username": user, "password": password},
    )
    return DemoVendor(host=host, app=create_app(state), state=state, accounts=[account], order=11)


def demos(clock: Clock) -> list[DemoVendor]:
    """Both PatientNow-family demo accounts, each on its own host with its own state."""
    return [demo(clock), vish_demo(clock)]
