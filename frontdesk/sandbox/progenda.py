"""Progenda API v2 simulator (shared/vendor-docs/progenda-api-v2.txt).

Documented: the routes, the query-parameter credentials, the doubly wrapped elements, unix
seconds as strings, paging at 1,000 patients with X-Total-Count, `since`, remote_id addressing,
"a cancelled appointment cannot become booked again".
Assumed (docs/vendors/progenda.md): the error body {"error": "..."} with 401/404/409/422, page
numbers starting at 1, overlapping bookings refused with 409, suggestions on a 15-minute grid from
now for 14 days (or the `start`/`stop` range), at most 50 per call.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from frontdesk.domain.clock import Clock
from frontdesk.sandbox.demo import DemoAccount, DemoVendor
from frontdesk.sandbox.people import make_people
from frontdesk.sandbox.schedule import fill_book, free_starts, open_intervals

PAGE_SIZE = 1000
SUGGESTION_STEP = 15
SUGGESTION_LIMIT = 50
PATIENT_FIELDS = (
    "last_name",
    "first_name",
    "email",
    "phone_number",
    "birthdate",
    "address",
    "notes",
    "language_code",
)
APPOINTMENT_FIELDS = (
    "start",
    "stop",
    "notes",
    "color",
    "title",
    "status",
    "patient_remote_id",
    "service_remote_id",
    "noshow",
    "patient_arrived_at",
)
STATUSES = ("booked", "cancelled", "noshow")


class ApiError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class ProgendaState:
    clock: Clock
    zone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Europe/Brussels"))
    users: dict[str, str] = field(default_factory=dict)  # email -> token
    centers: dict[int, dict[str, Any]] = field(default_factory=dict)
    calendars: dict[int, dict[str, Any]] = field(default_factory=dict)
    services: dict[int, dict[str, Any]] = field(default_factory=dict)  # id -> service + calendar_id
    patients: dict[int, dict[str, Any]] = field(default_factory=dict)  # id -> patient + center_id
    appointments: dict[int, dict[str, Any]] = field(default_factory=dict)  # + calendar_id
    updated: dict[tuple[str, int], int] = field(default_factory=dict)  # (kind, id) -> unix time
    allow_overlap: bool = False
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(100_000))

    def next_id(self) -> int:
        return next(self._ids)

    def now(self) -> int:
        return int(self.clock.now().timestamp())

    def touch(self, kind: str, record_id: int) -> None:
        # Strictly after any earlier change, so `since` never misses an edit made the same second.
        self.updated[(kind, record_id)] = self.now()

    def working_intervals(self, day: date) -> list[tuple[datetime, datetime]]:
        today = self.clock.now().astimezone(self.zone).date()
        return open_intervals(day, today, self.zone)


# ---------------------------------------------------------------------------- demo clinic
DEMO_CENTERS = (
    (1, "cabinet-louise", "Cabinet Médical Louise"),
    (2, "praktijk-zuidpark", "Praktijk Zuidpark"),
)
DEMO_CALENDARS = (
    (1, "Joris", "Van Hecke", "general_practitioner"),
    (1, "Amélie", "Dubois", "general_practitioner"),
    (1, "Frédéric", "Lemaître", "physiotherapist"),
    (1, "Inès", "El Amrani", "dermatologist"),
    (2, "Katrien", "Peeters", "general_practitioner"),
    (2, "Wout", "Verstraete", "physiotherapist"),
    (2, "Hélène", "Müller", "psychologist"),
    (2, "Bram", "De Smet", "dietitian"),
)
DEMO_SERVICES = {
    "general_practitioner": (
        ("consult", "Consultation", 20, "#4C8BF5"),
        ("long-consult", "Long consultation", 40, "#1F5FBF"),
        ("vaccination", "Vaccination", 10, "#2EAD6B"),
        ("follow-up", "Follow-up", 15, "#8E7CC3"),
    ),
    "physiotherapist": (
        ("physio", "Kinésithérapie", 30, "#F29D38"),
        ("physio-intake", "Physio intake", 45, "#D9731A"),
    ),
    "dermatologist": (
        ("derm", "Skin check", 20, "#D45087"),
        ("derm-procedure", "Minor procedure", 40, "#A23B72"),
    ),
    "psychologist": (
        ("therapy", "Therapy session", 50, "#3FA7A3"),
        ("intake", "First interview", 60, "#2B7A78"),
    ),
    "dietitian": (
        ("diet", "Nutrition advice", 30, "#8AB833"),
        ("diet-follow", "Follow-up", 20, "#6B8F23"),
    ),
}
DEMO_USER = ("demo@frontdesk.example", "demo-token")
DEMO_PATIENTS = 3000


def demo_state(clock: Clock, *, seed: int = 2, patients: int = DEMO_PATIENTS) -> ProgendaState:
    state = ProgendaState(clock=clock, users=dict([DEMO_USER]))
    today = clock.now().astimezone(state.zone).date()
    created = state.now() - 86400 * 60
    for center_id, slug, name in DEMO_CENTERS:
        state.centers[center_id] = {"id": center_id, "slug": slug, "name": name}
    people = make_people(seed, patients, today)
    by_center: dict[int, list[int]] = {1: [], 2: []}
    for index, person in enumerate(people):
        center = 1 if index % 5 < 3 else 2
        patient_id = 1 + index
        state.patients[patient_id] = {
            "id": patient_id,
            "remote_id": None,
            "last_name": person.last_name,
            "first_name": person.first_name,
            "email": person.email,
            "phone_number": person.phone,
            "birthdate": person.birth_date.isoformat(),
            "address": person.address,
            "notes": None,
            "status": "active",
            "language_code": person.language,
            "center_id": center,
        }
        state.updated[("patient", patient_id)] = created
        by_center[center].append(patient_id)
    rng = random.Random(seed)
    service_id = 1
    appointment_id = 1
    for calendar_id, (center_id, first, last, speciality) in enumerate(DEMO_CALENDARS, start=1):
        state.calendars[calendar_id] = {
            "id": calendar_id,
            "center_id": center_id,
            "first_name": first,
            "last_name": last,
            "full_name": f"{first} {last}",
            "slug": f"{first}{last}".lower().replace(" ", ""),
            "specialities": [
                {
                    "speciality": {
                        "name": speciality,
                        "id": 1 + list(DEMO_SERVICES).index(speciality),
                    }
                }
            ],
        }
        offered = DEMO_SERVICES[speciality]
        for remote, service_name, minutes, colour in offered:
            state.services[service_id] = {
                "id": service_id,
                "remote_id": remote,
                "duration": minutes,
                "name": service_name,
                "color": colour,
                "calendar_id": calendar_id,
            }
            service_id += 1
        patients_here = by_center[center_id]
        for booking in fill_book(
            rng,
            today=today,
            zone=state.zone,
            durations=[s[2] for s in offered],
            patients=len(patients_here),
        ):
            remote, _, _, colour = offered[booking.service_index]
            start = int(booking.start.timestamp())
            status, noshow, arrived = "booked", False, None
            if booking.end.date() <= today and booking.end.timestamp() < state.now():
                roll = rng.random()
                if roll < 0.04:
                    status, noshow = "noshow", True
                elif roll < 0.08:
                    status = "cancelled"
                else:
                    arrived = str(start - 60 * rng.randint(0, 12))
            elif rng.random() < 0.03:
                status = "cancelled"
            state.appointments[appointment_id] = {
                "id": str(appointment_id),
                "remote_id": None,
                "start": str(start),
                "stop": str(int(booking.end.timestamp())),
                "notes": False,
                "warning": False,
                "color": colour,
                "title": "",
                "status": status,
                "patient_id": str(patients_here[booking.patient_index]),
                "patient_remote_id": None,
                "service_remote_id": remote,
                "noshow": noshow,
                "patient_arrived_at": arrived,
                "calendar_id": calendar_id,
            }
            state.updated[("appointment", appointment_id)] = created
            appointment_id += 1
    return state


# ---------------------------------------------------------------------------- wire helpers
def public(record: dict[str, Any], *hidden: str) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in hidden}


def patient_out(p: dict[str, Any]) -> dict[str, Any]:
    return {"patient": public(p, "center_id")}


def appointment_out(a: dict[str, Any]) -> dict[str, Any]:
    return {"appointment": public(a, "calendar_id")}


def service_out(s: dict[str, Any]) -> dict[str, Any]:
    return {"service": public(s, "calendar_id")}


def new_appointment(new_id: int, calendar_id: int, remote_id: str | None) -> dict[str, Any]:
    """A created appointment before the request's fields are applied (the documented defaults)."""
    return {
        "id": str(new_id),
        "remote_id": remote_id,
        "notes": False,
        "warning": False,
        "color": None,
        "title": "",
        "status": "booked",
        "patient_id": None,
        "patient_remote_id": None,
        "service_remote_id": None,
        "noshow": False,
        "patient_arrived_at": None,
        "calendar_id": calendar_id,
    }


def error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def as_timestamp(value: Any, name: str) -> int:
    if isinstance(value, bool):
        raise ApiError(422, f"{name} must be a timestamp")
    try:
        return int(str(value))
    except ValueError:
        raise ApiError(422, f"{name} must be a timestamp") from None


async def body_of(request: Request, wrapper: str) -> dict[str, Any]:
    try:
        payload = await request.json()
    except ValueError:
        raise ApiError(400, "the body is not valid JSON") from None
    if not isinstance(payload, dict) or not isinstance(payload.get(wrapper), dict):
        raise ApiError(422, f"the body must be an object with a '{wrapper}' object")
    fields: dict[str, Any] = payload[wrapper]
    return fields


# ---------------------------------------------------------------------------- the app
def create_app(state: ProgendaState) -> Starlette:
    def authorise(request: Request) -> None:
        email = request.query_params.get("user_email", "")
        token = request.query_params.get("user_token", "")
        if not email or state.users.get(email) != token:
            raise ApiError(401, "You need to sign in or sign up before continuing.")

    def center(request: Request) -> int:
        center_id = int(request.path_params["center_id"])
        if center_id not in state.centers:
            raise ApiError(404, "Center not found")
        return center_id

    def calendar(request: Request) -> int:
        calendar_id = int(request.path_params["calendar_id"])
        if calendar_id not in state.calendars:
            raise ApiError(404, "Calendar not found")
        return calendar_id

    def since_filter(request: Request, kind: str) -> int | None:
        raw = request.query_params.get("since")
        return None if raw in (None, "") else as_timestamp(raw, "since")

    def patient_by_remote(center_id: int, remote_id: str) -> dict[str, Any]:
        for p in state.patients.values():
            if p["center_id"] == center_id and p["remote_id"] == remote_id:
                return p
        raise ApiError(404, "Patient not found")

    def appointment_by_remote(calendar_id: int, remote_id: str) -> dict[str, Any]:
        for a in state.appointments.values():
            if a["calendar_id"] == calendar_id and a["remote_id"] == remote_id:
                return a
        raise ApiError(404, "Appointment not found")

    def check_patient_remote_unique(center_id: int, remote_id: str, own_id: int | None) -> None:
        for p in state.patients.values():
            if p["center_id"] == center_id and p["remote_id"] == remote_id and p["id"] != own_id:
                raise ApiError(422, "Remote has already been taken")

    def check_appointment_remote_unique(
        calendar_id: int, remote_id: str, own_id: str | None
    ) -> None:
        for a in state.appointments.values():
            if (
                a["calendar_id"] == calendar_id
                and a["remote_id"] == remote_id
                and a["id"] != own_id
            ):
                raise ApiError(422, "Remote has already been taken")

    def apply_patient(target: dict[str, Any], fields: dict[str, Any]) -> None:
        for key in PATIENT_FIELDS:
            if key in fields:
                value = fields[key]
                if value is not None and not isinstance(value, str):
                    raise ApiError(422, f"{key} must be a string")
                target[key] = value
        if target.get("birthdate"):
            try:
                date.fromisoformat(target["birthdate"])
            except ValueError:
                raise ApiError(422, "birthdate must be yyyy-mm-dd") from None

    def apply_appointment(calendar_id: int, target: dict[str, Any], fields: dict[str, Any]) -> None:
        old_status = target.get("status")
        for key in APPOINTMENT_FIELDS:
            if key not in fields:
                continue
            value = fields[key]
            if key in ("start", "stop") or (key == "patient_arrived_at" and value is not None):
                value = str(as_timestamp(value, key))
            elif key == "status" and value not in STATUSES:
                raise ApiError(422, "status must be one of: booked, cancelled, noshow")
            elif key == "noshow" and not isinstance(value, bool):
                raise ApiError(422, "noshow must be a boolean")
            target[key] = value
        if old_status == "cancelled" and target.get("status") == "booked":
            raise ApiError(422, "A cancelled appointment cannot become booked again")
        if target.get("noshow"):
            target["status"] = "noshow"
        if int(target["stop"]) <= int(target["start"]):
            raise ApiError(422, "stop must be after start")
        if target.get("patient_remote_id"):
            center_id = state.calendars[calendar_id]["center_id"]
            patient = patient_by_remote_or_none(center_id, target["patient_remote_id"])
            if patient is None:
                raise ApiError(422, "Patient with this remote_id does not exist")
            target["patient_id"] = str(patient["id"])

    def patient_by_remote_or_none(center_id: int, remote_id: str) -> dict[str, Any] | None:
        try:
            return patient_by_remote(center_id, remote_id)
        except ApiError:
            return None

    def check_free(calendar_id: int, target: dict[str, Any]) -> None:
        if state.allow_overlap or target.get("status") != "booked":
            return
        start, stop = int(target["start"]), int(target["stop"])
        for other in state.appointments.values():
            if other["calendar_id"] != calendar_id or other["id"] == target.get("id"):
                continue
            if (
                other["status"] == "booked"
                and int(other["start"]) < stop
                and start < int(other["stop"])
            ):
                raise ApiError(409, "This time slot is no longer available")

    # -- centers, calendars ------------------------------------------------------------
    async def list_centers(request: Request) -> Response:
        return JSONResponse({"centers": [{"center": c} for c in state.centers.values()]})

    async def list_calendars(request: Request) -> Response:
        return JSONResponse({"calendars": [{"calendar": c} for c in state.calendars.values()]})

    # -- patients ------------------------------------------------------------------------
    async def patients(request: Request) -> Response:
        center_id = center(request)
        if request.method == "POST":
            fields = await body_of(request, "patient")
            missing = [
                k
                for k in ("remote_id", "first_name", "last_name", "email", "phone_number")
                if k not in fields
            ]
            if missing:
                raise ApiError(422, f"missing required field(s): {', '.join(missing)}")
            remote_id = str(fields["remote_id"])
            if not remote_id:
                raise ApiError(422, "remote_id can't be blank")
            check_patient_remote_unique(center_id, remote_id, None)
            record: dict[str, Any] = {
                "id": state.next_id(),
                "remote_id": remote_id,
                "status": "active",
                "center_id": center_id,
                **dict.fromkeys(PATIENT_FIELDS),
            }
            apply_patient(record, fields)
            state.patients[record["id"]] = record
            state.touch("patient", record["id"])
            return JSONResponse(patient_out(record), status_code=201)
        since = since_filter(request, "patient")
        rows = [
            p
            for p in state.patients.values()
            if p["center_id"] == center_id
            and (since is None or state.updated[("patient", p["id"])] > since)
        ]
        try:
            page = max(1, int(request.query_params.get("page", "1")))
        except ValueError:
            raise ApiError(422, "page must be an integer") from None
        chunk = rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        return JSONResponse(
            {"patients": [patient_out(p) for p in chunk]}, headers={"X-Total-Count": str(len(rows))}
        )

    async def patient_remote(request: Request) -> Response:
        center_id = center(request)
        record = patient_by_remote(center_id, request.path_params["remote_id"])
        if request.method == "DELETE":
            del state.patients[record["id"]]
            return JSONResponse({}, status_code=200)
        if request.method == "PUT":
            fields = await body_of(request, "patient")
            apply_patient(record, fields)
            state.touch("patient", record["id"])
        return JSONResponse(patient_out(record))

    async def patient_assign(request: Request) -> Response:
        center_id = center(request)
        record = state.patients.get(int(request.path_params["patient_id"]))
        if record is None or record["center_id"] != center_id:
            raise ApiError(404, "Patient not found")
        fields = await body_of(request, "patient")
        remote_id = str(fields.get("remote_id") or "")
        if not remote_id:
            raise ApiError(422, "remote_id can't be blank")
        check_patient_remote_unique(center_id, remote_id, record["id"])
        record["remote_id"] = remote_id
        state.touch("patient", record["id"])
        return JSONResponse(patient_out(record))

    async def patients_collection(request: Request) -> Response:
        center_id = center(request)
        body = await body_of(request, "patients_collection")
        items = body.get("patients")
        if not isinstance(items, list):
            raise ApiError(422, "patients_collection.patients must be a list")
        out = []
        for item in items:
            fields = item.get("patient") if isinstance(item, dict) else None
            if not isinstance(fields, dict):
                raise ApiError(422, 'each element must be {"patient": {...}}')
            record = None
            if fields.get("id") is not None:
                record = state.patients.get(int(fields["id"]))
            if record is None and fields.get("remote_id"):
                record = patient_by_remote_or_none(center_id, str(fields["remote_id"]))
            if record is None:
                record = {
                    "id": state.next_id(),
                    "remote_id": None,
                    "status": "active",
                    "center_id": center_id,
                    **dict.fromkeys(PATIENT_FIELDS),
                }
                state.patients[record["id"]] = record
            if fields.get("remote_id"):
                check_patient_remote_unique(center_id, str(fields["remote_id"]), record["id"])
                record["remote_id"] = str(fields["remote_id"])
            apply_patient(record, fields)
            state.touch("patient", record["id"])
            out.append(patient_out(record))
        return JSONResponse({"patients": out})

    # -- appointments --------------------------------------------------------------------
    async def appointments(request: Request) -> Response:
        calendar_id = calendar(request)
        if request.method == "POST":
            fields = await body_of(request, "appointment")
            missing = [k for k in ("remote_id", "start", "stop") if k not in fields]
            if missing:
                raise ApiError(422, f"missing required field(s): {', '.join(missing)}")
            remote_id = str(fields["remote_id"] or "")
            if not remote_id:
                raise ApiError(422, "remote_id can't be blank")
            check_appointment_remote_unique(calendar_id, remote_id, None)
            new_id = state.next_id()
            record = new_appointment(new_id, calendar_id, remote_id)
            apply_appointment(calendar_id, record, fields)
            check_free(calendar_id, record)
            state.appointments[new_id] = record
            state.touch("appointment", new_id)
            return JSONResponse(appointment_out(record), status_code=201)
        since = since_filter(request, "appointment")
        start_raw, stop_raw = request.query_params.get("start"), request.query_params.get("stop")
        start = as_timestamp(start_raw, "start") if start_raw else None
        stop = as_timestamp(stop_raw, "stop") if stop_raw else None
        rows = []
        for a in state.appointments.values():
            if a["calendar_id"] != calendar_id:
                continue
            if start is not None and int(a["stop"]) <= start:
                continue
            if stop is not None and int(a["start"]) >= stop:
                continue
            if since is not None and state.updated[("appointment", int(a["id"]))] <= since:
                continue
            rows.append(appointment_out(a))
        return JSONResponse({"appointments": rows})

    async def appointment_remote(request: Request) -> Response:
        calendar_id = calendar(request)
        record = appointment_by_remote(calendar_id, request.path_params["remote_id"])
        if request.method == "DELETE":
            del state.appointments[int(record["id"])]
            return JSONResponse({}, status_code=200)
        if request.method == "PUT":
            fields = await body_of(request, "appointment")
            updated = dict(record)
            apply_appointment(calendar_id, updated, fields)
            check_free(calendar_id, updated)
            record.update(updated)
            state.touch("appointment", int(record["id"]))
        return JSONResponse(appointment_out(record))

    async def appointment_assign(request: Request) -> Response:
        calendar_id = calendar(request)
        record = state.appointments.get(int(request.path_params["appointment_id"]))
        if record is None or record["calendar_id"] != calendar_id:
            raise ApiError(404, "Appointment not found")
        fields = await body_of(request, "appointment")
        remote_id = str(fields.get("remote_id") or "")
        if not remote_id:
            raise ApiError(422, "remote_id can't be blank")
        check_appointment_remote_unique(calendar_id, remote_id, record["id"])
        record["remote_id"] = remote_id
        state.touch("appointment", int(record["id"]))
        return JSONResponse(appointment_out(record))

    async def appointments_collection(request: Request) -> Response:
        calendar_id = calendar(request)
        body = await body_of(request, "appointments_collection")
        items = body.get("appointments")
        if not isinstance(items, list):
            raise ApiError(422, "appointments_collection.appointments must be a list")
        out = []
        for item in items:
            fields = item.get("appointment") if isinstance(item, dict) else None
            if not isinstance(fields, dict):
                raise ApiError(422, 'each element must be {"appointment": {...}}')
            record = None
            if fields.get("id") is not None:
                record = state.appointments.get(int(fields["id"]))
            if record is None and fields.get("remote_id"):
                try:
                    record = appointment_by_remote(calendar_id, str(fields["remote_id"]))
                except ApiError:
                    record = None
            if record is None:
                if "start" not in fields or "stop" not in fields:
                    raise ApiError(422, "a new appointment needs start and stop")
                new_id = state.next_id()
                record = new_appointment(new_id, calendar_id, None)
                state.appointments[new_id] = record
            if fields.get("remote_id"):
                check_appointment_remote_unique(calendar_id, str(fields["remote_id"]), record["id"])
                record["remote_id"] = str(fields["remote_id"])
            apply_appointment(calendar_id, record, fields)
            state.touch("appointment", int(record["id"]))
            out.append(appointment_out(record))
        return JSONResponse({"appointments": out})

    # -- services ------------------------------------------------------------------------
    async def services(request: Request) -> Response:
        calendar_id = calendar(request)
        rows = [service_out(s) for s in state.services.values() if s["calendar_id"] == calendar_id]
        return JSONResponse({"services": rows})

    async def services_collection(request: Request) -> Response:
        calendar_id = calendar(request)
        body = await body_of(request, "services_collection")
        items = body.get("services")
        if not isinstance(items, list):
            raise ApiError(422, "services_collection.services must be a list")
        out = []
        for item in items:
            fields = item.get("service") if isinstance(item, dict) else None
            if not isinstance(fields, dict) or "name" not in fields or "duration" not in fields:
                raise ApiError(422, "each service needs name and duration")
            record = None
            if fields.get("id") is not None:
                record = state.services.get(int(fields["id"]))
            if record is None and fields.get("remote_id"):
                record = next(
                    (
                        s
                        for s in state.services.values()
                        if s["calendar_id"] == calendar_id and s["remote_id"] == fields["remote_id"]
                    ),
                    None,
                )
            if record is None:
                record = {
                    "id": state.next_id(),
                    "remote_id": None,
                    "color": None,
                    "calendar_id": calendar_id,
                }
                state.services[record["id"]] = record
            for key in ("remote_id", "name", "duration", "color"):
                if key in fields:
                    record[key] = fields[key]
            out.append(service_out(record))
        return JSONResponse({"services": out})

    # -- suggestions ---------------------------------------------------------------------
    def suggestions_for(request: Request, calendar_id: int) -> Response:
        raw_service = request.query_params.get("service_id")
        if not raw_service:
            raise ApiError(422, "service_id is required")
        service = state.services.get(int(raw_service)) if raw_service.isdigit() else None
        if service is None or service["calendar_id"] != calendar_id:
            raise ApiError(404, "Service not found")
        now = state.clock.now()
        start_raw, stop_raw = request.query_params.get("start"), request.query_params.get("stop")
        start = (
            datetime.fromtimestamp(as_timestamp(start_raw, "start"), now.tzinfo)
            if start_raw
            else now
        )
        stop = (
            datetime.fromtimestamp(as_timestamp(stop_raw, "stop"), now.tzinfo)
            if stop_raw
            else now + timedelta(days=14)
        )
        start = max(start, now)
        busy = [
            (
                datetime.fromtimestamp(int(a["start"]), now.tzinfo),
                datetime.fromtimestamp(int(a["stop"]), now.tzinfo),
            )
            for a in state.appointments.values()
            if a["calendar_id"] == calendar_id and a["status"] == "booked"
        ]
        out: list[dict[str, Any]] = []
        day = start.astimezone(state.zone).date()
        while day <= stop.astimezone(state.zone).date() and len(out) < SUGGESTION_LIMIT:
            for slot in free_starts(
                state.working_intervals(day),
                busy,
                int(service["duration"]),
                SUGGESTION_STEP,
                not_before=start,
            ):
                end = slot + timedelta(minutes=int(service["duration"]))
                if end > stop or len(out) >= SUGGESTION_LIMIT:
                    break
                out.append(
                    {
                        "suggestion": {
                            "calendar_id": calendar_id,
                            "service_id": service["id"],
                            "start": slot.isoformat(),
                            "stop": end.isoformat(),
                        }
                    }
                )
            day += timedelta(days=1)
        return JSONResponse({"suggestions": out})

    async def suggestions(request: Request) -> Response:
        raw = request.query_params.get("calendar_id", "")
        if not raw.isdigit() or int(raw) not in state.calendars:
            raise ApiError(404, "Calendar not found")
        return suggestions_for(request, int(raw))

    async def calendar_suggestions(request: Request) -> Response:
        return suggestions_for(request, calendar(request))

    def guarded(handler: Any) -> Any:
        async def endpoint(request: Request) -> Response:
            try:
                authorise(request)
                return await handler(request)  # type: ignore[no-any-return]
            except ApiError as exc:
                return error(exc.status, exc.message)

        return endpoint

    prefix = "/api/v2"
    routes = [
        Route(f"{prefix}/centers", guarded(list_centers)),
        Route(f"{prefix}/calendars", guarded(list_calendars)),
        Route(
            f"{prefix}/centers/{{center_id:int}}/patients",
            guarded(patients),
            methods=["GET", "POST"],
        ),
        Route(
            f"{prefix}/centers/{{center_id:int}}/patients/remote_id:{{remote_id}}",
            guarded(patient_remote),
            methods=["GET", "PUT", "DELETE"],
        ),
        Route(
            f"{prefix}/centers/{{center_id:int}}/patients/{{patient_id:int}}",
            guarded(patient_assign),
            methods=["PUT"],
        ),
        Route(
            f"{prefix}/centers/{{center_id:int}}/patients_collections",
            guarded(patients_collection),
            methods=["POST"],
        ),
        Route(
            f"{prefix}/calendars/{{calendar_id:int}}/appointments",
            guarded(appointments),
            methods=["GET", "POST"],
        ),
        Route(
            f"{prefix}/calendars/{{calendar_id:int}}/appointments/remote_id:{{remote_id}}",
            guarded(appointment_remote),
            methods=["GET", "PUT", "DELETE"],
        ),
        Route(
            f"{prefix}/calendars/{{calendar_id:int}}/appointments/{{appointment_id:int}}",
            guarded(appointment_assign),
            methods=["PUT"],
        ),
        Route(
            f"{prefix}/calendars/{{calendar_id:int}}/appointments_collections",
            guarded(appointments_collection),
            methods=["POST"],
        ),
        Route(f"{prefix}/calendars/{{calendar_id:int}}/services", guarded(services)),
        Route(
            f"{prefix}/calendars/{{calendar_id:int}}/services_collections",
            guarded(services_collection),
            methods=["POST"],
        ),
        Route(f"{prefix}/suggestions", guarded(suggestions)),
        Route(f"{prefix}/calendars/{{calendar_id:int}}/suggestions", guarded(calendar_suggestions)),
    ]

    async def not_found(request: Request, exc: Exception) -> Response:
        return error(404, "Not found")

    return Starlette(routes=routes, exception_handlers={404: not_found, 405: not_found})


def demo(clock: Clock) -> DemoVendor:
    """The Progenda account of the demo clinic (two Belgian centers)."""
    host = "progenda.sandbox"
    state = demo_state(clock)
    email, token = DEMO_USER
    account = DemoAccount(
        name="Brussels & Gent",
        vendor="progenda",
        base_url=f"http://{host}/api/v2",
        options={"user_email": email},
        secrets={"user_token": token},
    )
    return DemoVendor(host=host, app=create_app(state), state=state, accounts=[account], order=60)
