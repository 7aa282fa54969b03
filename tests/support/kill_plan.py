"""The kill proof's plan of writes, shared by the parent (tests/support/kill_proof.py) and the
child it SIGKILLs (tests/support/kill_writes.py).

Every planned write carries a marker that only it can produce, so it can be counted at the
vendor afterwards:
- book: the marker is the booking's notes; its client key is fixed by the plan (`key`).
- patient_create: the marker is the new patient's last name.
- patient_update: the marker becomes the patient's first name.
- edit: the marker becomes the appointment's notes.
- move / cancel / arrived / noshow / confirm / undo_status: each targets its own appointment
  (no two planned writes touch the same record), so the vendor's record of that appointment says
  whether the change is there.
"""

from __future__ import annotations

import random
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from frontdesk.connectors.base import Connector
from frontdesk.domain.models import (
    Appointment,
    AppointmentStatus,
    BookingRequest,
    Capability,
    Patient,
    PatientDraft,
)
from frontdesk.sandbox import naturaesoft, patientnow, pracsuite, progenda, syncvet
from frontdesk.sync.commands import (
    Book,
    Cancel,
    Command,
    Confirm,
    CreatePatient,
    EditAppointment,
    EditPatient,
    MarkArrived,
    MarkNoShow,
    Move,
    Undone,
    UndoStatus,
)
from frontdesk.sync.record_codec import (
    PENDING,
    appointment_from,
    appointment_json,
    draft_from,
    draft_json,
    patient_from,
    patient_json,
)

NOW = datetime(2026, 11, 18, 16, 0, tzinfo=UTC)  # a weekday morning in Los Angeles
VENDORS = ("patientnow", "pracsuite", "naturaesoft", "syncvet", "progenda")
CAPABILITY = {
    "book": Capability.BOOK,
    "move": Capability.MOVE,
    "cancel": Capability.CANCEL,
    "arrived": Capability.ARRIVED,
    "noshow": Capability.NOSHOW,
    "confirm": Capability.CONFIRM,
    "edit": Capability.EDIT_APPOINTMENT,
    "undo_status": Capability.UNDO_STATUS,
    "patient_create": Capability.CREATE_PATIENT,
    "patient_update": Capability.EDIT_PATIENT,
}
WEIGHT = {"book": 3, "patient_create": 2}  # creates are where doubles can happen
CREATES = frozenset({"book", "patient_create"})


# -- the vendors --------------------------------------------------------------------------------
@dataclass
class Vendor:
    key: str
    state: Any
    app: Any

    def account(self, origin: str) -> dict[str, Any]:
        """The account's settings with every URL on `origin` (the proxy, or the simulator)."""
        if self.key == "patientnow":
            user, password = patientnow.PNE_USER
            return _account(
                "Solana Med Spa",
                "patientnow",
                f"{origin}/api/v1",
                {"page_size": "100"},
                {"apikey": patientnow.PNE_APIKEY, "username": user, "password": password},
            )
        if self.key == "pracsuite":
            return _account(
                "PracSuite clinic",
                "pracsuite",
                f"{origin}/v1",
                {},
                {"api_key": pracsuite.DEMO_INTEGRATOR_KEY, "clinic_key": pracsuite.DEMO_CLINIC_KEY},
            )
        if self.key == "naturaesoft":
            return _account(
                "Naturaesoft practice",
                "naturaesoft",
                origin,
                {
                    "ppass": naturaesoft.DEMO_PPASS,
                    "practice_name": naturaesoft.DEMO_PRACTICE,
                    "timezone": "America/New_York",
                },
                {"api_key": naturaesoft.DEMO_KEY},
            )
        if self.key == "syncvet":
            client_id, secret = syncvet.DEMO_CLIENT
            return _account(
                "Prairie Creek Vets",
                "syncvet",
                f"{origin}/api",
                {
                    "practice_id": syncvet.DEMO_PRACTICE[0],
                    "token_url": f"{origin}{syncvet.TOKEN_PATH}",
                    "scope": syncvet.SCOPE,
                },
                {"client_id": client_id, "client_secret": secret},
            )
        email, token = progenda.DEMO_USER
        return _account(
            "Progenda clinic",
            "progenda",
            f"{origin}/api/v2",
            {"user_email": email},
            {"user_token": token},
        )


def _account(
    name: str, vendor: str, base_url: str, options: dict[str, str], secrets: dict[str, str]
) -> dict[str, Any]:
    return {
        "name": name,
        "vendor": vendor,
        "base_url": base_url,
        "options": options,
        "secrets": secrets,
    }


def make_vendor(key: str, clock: Any, size: int = 60) -> Vendor:
    if key == "patientnow":
        state: Any = patientnow.demo_state(clock, customers=size)
        return Vendor(key, state, patientnow.create_app(state))
    if key == "pracsuite":
        state = pracsuite.demo_state(clock, patients=size)
        return Vendor(key, state, pracsuite.create_app(state))
    if key == "naturaesoft":
        state = naturaesoft.demo_state(clock, prospects=size)
        return Vendor(key, state, naturaesoft.create_app(state))
    if key == "syncvet":
        state = syncvet.demo_state(clock, clients=size)
        return Vendor(key, state, syncvet.create_app(state))
    if key == "progenda":
        state = progenda.demo_state(clock, patients=size)
        return Vendor(key, state, progenda.create_app(state))
    raise ValueError(f"unknown vendor {key}")


# -- building the plan (parent, talking to the simulator directly) ------------------------------
def letters(number: int) -> str:
    out = ""
    while True:
        number, digit = divmod(number, 26)
        out = string.ascii_lowercase[digit] + out
        if number == 0:
            return out


def marker(seed: int, index: int) -> str:
    """Letters only (names are validated), unique per run and write, none a prefix of another:
    "Kp" + seed + "x" + the write's number in three letters."""
    return f"Kp{letters(seed)}x{letters(index).rjust(3, 'a')}"


class Slots:
    """Openings chosen so far, none overlapping another for the same provider."""

    def __init__(self) -> None:
        self.taken: dict[str, list[tuple[datetime, datetime]]] = {}

    def free(self, provider: str, start: datetime, end: datetime) -> bool:
        return all(end <= s or start >= e for s, e in self.taken.get(provider, []))

    def take(self, provider: str, start: datetime, end: datetime) -> None:
        self.taken.setdefault(provider, []).append((start, end))


async def build_plan(
    connector: Connector, now: datetime, writes: int, seed: int
) -> list[dict[str, Any]]:
    """`writes` planned writes of every kind the connector can do, in a seeded order."""
    rng = random.Random(seed)
    kinds = [k for k, cap in CAPABILITY.items() if connector.can(cap)]
    pool = [k for k in kinds for _ in range(WEIGHT.get(k, 1))]
    order = [rng.choice(pool) for _ in range(writes)]
    for k in kinds:  # every kind at least once
        if k not in order:
            order[rng.randrange(writes)] = k
    needs = {k: order.count(k) for k in kinds}

    appointments: list[Appointment] = []
    if connector.can(Capability.READ_APPOINTMENTS):
        appointments = await connector.list_appointments(
            now - timedelta(days=3), now + timedelta(days=21)
        )
    alone = [a for a in appointments if not overlaps(a, appointments)]
    booked = [
        a
        for a in alone
        if a.status is AppointmentStatus.BOOKED
        and a.confirmed_at is None
        and a.start > now + timedelta(hours=2)
        and a.patient_id
    ]
    rng.shuffle(booked)
    undoable = [
        a for a in alone if Undone.of(a) is not None and a.status is not AppointmentStatus.BOOKED
    ]
    rng.shuffle(undoable)
    # A booking's patient: one the provider already sees (same center, same practice).
    seen_by: dict[str, list[str]] = {}
    for a in appointments:
        if a.patient_id and a.patient_id not in seen_by.setdefault(a.provider_id, []):
            seen_by[a.provider_id].append(a.patient_id)
    patients = await first_patients(connector, 80)
    rng.shuffle(patients)
    slots = Slots()
    for a in appointments:
        slots.take(a.provider_id, a.start, a.end)
    openings = await book_openings(connector, now, needs.get("book", 0) * 3, slots, rng)

    plan: list[dict[str, Any]] = []
    used_patients: set[str] = set()
    for index, kind in enumerate(order):
        item: dict[str, Any] = {"i": index, "kind": kind, "marker": marker(seed, index)}
        if kind == "book":
            if not openings:
                continue
            provider, service, start, end = openings.pop(0)
            choices = seen_by.get(provider) or [p.id for p in patients]
            if not choices:
                continue
            item.update(
                key=f"fd-kp{seed}-{index}",
                provider_id=provider,
                service_id=service,
                patient_id=rng.choice(choices),
                start=start.isoformat(),
                end=end.isoformat(),
            )
        elif kind == "patient_create":
            item["draft"] = draft_json(new_draft(item["marker"], index))
        elif kind == "patient_update":
            patient = next((p for p in patients if p.id not in used_patients), None)
            if patient is None:
                continue
            used_patients.add(patient.id)
            item["patient"] = patient_json(patient)
            item["draft"] = draft_json(edited_draft(patient, item["marker"]))
        elif kind == "undo_status":
            if not undoable:
                continue
            item["appointment"] = appointment_json(undoable.pop())
        else:
            if not booked:
                continue
            appointment = booked.pop()
            item["appointment"] = appointment_json(appointment)
            if kind == "move":
                target = await move_target(connector, appointment, now, slots)
                if target is None:
                    continue
                item["start"], item["end"] = target[0].isoformat(), target[1].isoformat()
        plan.append(item)
    return plan


def overlaps(a: Appointment, others: Iterable[Appointment]) -> bool:
    """Another live appointment of the same provider overlaps it (demo books have some; the
    vendor may refuse any change to such an appointment)."""
    return any(
        o.id != a.id
        and o.provider_id == a.provider_id
        and o.status is not AppointmentStatus.CANCELLED
        and o.start < a.end
        and a.start < o.end
        for o in others
    )


async def first_patients(connector: Connector, count: int) -> list[Patient]:
    out: list[Patient] = []
    if not connector.can(Capability.READ_PATIENTS):
        return out
    async for page in connector.iter_patients():
        out.extend(p for p in page if p.active)
        if len(out) >= count:
            break
    return out[:count]


async def book_openings(
    connector: Connector, now: datetime, count: int, slots: Slots, rng: random.Random
) -> list[tuple[str, str, datetime, datetime]]:
    """(provider, service, start, end) free at the vendor and apart from each other."""
    if count == 0 or not connector.can(Capability.BOOK):
        return []
    services = await connector.list_services()
    found: list[tuple[str, str, datetime, datetime]] = []
    start, end = now + timedelta(days=1), now + timedelta(days=12)
    if connector.can(Capability.OPENINGS):
        for service in [s for s in services if s.provider_ids][:4]:
            for opening in await connector.find_openings(service.id, start, end):
                found.append((opening.provider_id, service.id, opening.start, opening.end))
    else:
        # No availability search (SyncVet): quarter hours in the morning, free in the book.
        providers = [p.id for p in await connector.list_providers()]
        for day in range(2, 12):
            for service in services[:3]:
                for provider in service.provider_ids or providers:
                    minutes = getattr(service, "minutes", None) or 30
                    at = (now + timedelta(days=day)).replace(minute=0) + timedelta(
                        minutes=15 * rng.randrange(16)
                    )
                    found.append((provider, service.id, at, at + timedelta(minutes=minutes)))
    rng.shuffle(found)
    chosen: list[tuple[str, str, datetime, datetime]] = []
    for provider, service, s, e in found:
        if slots.free(provider, s, e) and len(chosen) < count:
            slots.take(provider, s, e)
            chosen.append((provider, service, s, e))
    return chosen


async def move_target(
    connector: Connector, appointment: Appointment, now: datetime, slots: Slots
) -> tuple[datetime, datetime] | None:
    """A free time for the same provider and service, the same length, another day."""
    length = appointment.end - appointment.start
    if connector.can(Capability.OPENINGS) and appointment.service_id:
        openings = await connector.find_openings(
            appointment.service_id,
            now + timedelta(days=1),
            now + timedelta(days=14),
            [appointment.provider_id],
        )
        for o in openings:
            if o.start != appointment.start and slots.free(
                o.provider_id, o.start, o.start + length
            ):
                slots.take(o.provider_id, o.start, o.start + length)
                return o.start, o.start + length
    return None


def new_draft(mark: str, index: int) -> PatientDraft:
    return PatientDraft(
        first_name="Kay",
        last_name=mark.capitalize(),
        birth_date=date(1980, 1, 1) + timedelta(days=index),
        phone=f"0412{500000 + index:06d}",
        email=f"{mark.lower()}@example.com",
    )


def edited_draft(patient: Patient, mark: str) -> PatientDraft:
    return PatientDraft(
        first_name=mark.capitalize(),
        last_name=patient.last_name,
        birth_date=patient.birth_date,
        phone=patient.phone,
        email=patient.email,
    )


# -- the child: a planned write as a command, and whether it is already stored ------------------
def command_for(item: Mapping[str, Any], account: str) -> Command:
    kind = item["kind"]
    if kind == "book":
        return Book(
            BookingRequest(
                account,
                item["provider_id"],
                item["service_id"],
                item["patient_id"],
                datetime.fromisoformat(item["start"]),
                datetime.fromisoformat(item["end"]),
                notes=item["marker"],
                client_key=item["key"],
            )
        )
    if kind == "patient_create":
        return CreatePatient(account, draft_from(item["draft"]))
    if kind == "patient_update":
        return EditPatient(patient_from(item["patient"]), draft_from(item["draft"]))
    appointment = appointment_from(item["appointment"])
    if kind == "move":
        return Move.on(
            appointment, datetime.fromisoformat(item["start"]), datetime.fromisoformat(item["end"])
        )
    if kind == "cancel":
        return Cancel.on(appointment, reason="kill proof")
    if kind == "arrived":
        return MarkArrived.on(appointment)
    if kind == "noshow":
        return MarkNoShow.on(appointment)
    if kind == "confirm":
        return Confirm.on(appointment)
    if kind == "edit":
        return EditAppointment.on(appointment, notes=item["marker"])
    if kind == "undo_status":
        undo_of = Undone.of(appointment)
        assert undo_of is not None
        return UndoStatus.on(appointment, undo_of)
    raise ValueError(f"unknown kind {kind}")


def target_id(item: Mapping[str, Any]) -> str | None:
    """The existing vendor record the write changes (None for a create)."""
    if "appointment" in item:
        return str(item["appointment"]["id"])
    if "patient" in item:
        return str(item["patient"]["id"])
    return None


def row_is(item: Mapping[str, Any], kind: str, client_key: str, payload: Mapping[str, Any]) -> bool:
    """Whether an outbox row (any state) holds this planned write."""
    if kind != item["kind"]:
        return False
    if kind == "book":
        return client_key == item["key"]
    if kind == "patient_create":
        return bool(payload.get("draft", {}).get("last_name") == item["draft"]["last_name"])
    if kind == "patient_update":
        return str(payload.get("patient_id")) == target_id(item)
    return str(payload.get("appointment_id")) == target_id(item)


def effect_shown(
    item: Mapping[str, Any], appointment: Appointment | None, patient: Patient | None
) -> bool:
    """Whether a record (cached, or the vendor's) shows the planned write done."""
    kind = item["kind"]
    if kind == "patient_create":
        return patient is not None and patient.last_name.lower() == item["marker"].lower()
    if kind == "patient_update":
        return patient is not None and patient.first_name.lower() == item["marker"].lower()
    if appointment is None:
        return False
    if kind == "book":
        return item["marker"] in (appointment.notes or "") or (
            appointment.provider_id == item["provider_id"]
            and appointment.start == datetime.fromisoformat(item["start"])
            and appointment.patient_id == item["patient_id"]
            and appointment.status is not AppointmentStatus.CANCELLED
        )
    if kind == "move":
        return appointment.start == datetime.fromisoformat(item["start"])
    if kind == "cancel":
        return appointment.status is AppointmentStatus.CANCELLED
    if kind == "arrived":
        return appointment.status is AppointmentStatus.ARRIVED or appointment.arrived_at is not None
    if kind == "noshow":
        return appointment.status is AppointmentStatus.NOSHOW
    if kind == "confirm":
        return appointment.confirmed_at is not None
    if kind == "edit":
        return appointment.notes == item["marker"]
    if kind == "undo_status":
        before = appointment_from(item["appointment"])
        if Undone.of(before) is Undone.CONFIRMED:
            return appointment.confirmed_at is None
        return appointment.status is AppointmentStatus.BOOKED and appointment.arrived_at is None
    raise ValueError(kind)


def pending_id(item: Mapping[str, Any]) -> str:
    return f"{PENDING}{item['key']}"


def matching(
    item: Mapping[str, Any], appointments: Iterable[Appointment], patients: Iterable[Patient]
) -> int:
    """How many vendor records show this write (a create shown twice is a double)."""
    kind = item["kind"]
    if kind in ("patient_create", "patient_update"):
        wanted = target_id(item)
        return sum(
            1
            for p in patients
            if (wanted is None or p.id == wanted) and effect_shown(item, None, p)
        )
    wanted = target_id(item)
    return sum(
        1
        for a in appointments
        if (wanted is None or a.id == wanted) and effect_shown(item, a, None)
    )


def plan_window(plan: Sequence[Mapping[str, Any]], now: datetime) -> tuple[datetime, datetime]:
    times = [now - timedelta(days=3), now + timedelta(days=21)]
    for item in plan:
        for field in ("start", "end"):
            if field in item:
                times.append(datetime.fromisoformat(item[field]))
    return min(times) - timedelta(days=1), max(times) + timedelta(days=1)
