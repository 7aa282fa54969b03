"""Each typed command through the outbox against a fake vendor: its optimistic effect (the same
on the cached row and on the day sheet), its payload through a stored row and a restart, its
read-back after a lost reply (done already: not sent again; not done: sent once more), and its
undo when the vendor refuses. The fake vendor does each write its own way, independently of
the commands' code, so a wrong effect or a wrong check shows."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from frontdesk.domain.clock import FixedClock
from frontdesk.domain.errors import (
    Conflict,
    Invalid,
    OutcomeUnknown,
    ProtocolError,
    RateLimited,
    Unavailable,
)
from frontdesk.domain.models import (
    Appointment,
    AppointmentStatus,
    BookingRequest,
    Capability,
    Patient,
    PatientDraft,
)
from frontdesk.store.cache import Cache
from frontdesk.sync.commands import (
    AppointmentChange,
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
    decode,
)
from frontdesk.sync.commands.result import Outcome
from frontdesk.sync.day import apply_waiting
from frontdesk.sync.outbox import Outbox
from frontdesk.sync.outbox_records import FAILED, PENDING, QUEUED, UNKNOWN, OutboxEntry

A = "Clinic"
NOW = datetime(2026, 11, 18, 8, 0, tzinfo=UTC)
T = datetime(2026, 11, 19, 9, 0, tzinfo=UTC)
LATER = datetime(2026, 11, 19, 14, 0, tzinfo=UTC)
BOOKED = Appointment(
    A, "a1", "p1", T, T + timedelta(minutes=30), patient_id="42", service_id="s1", notes="new"
)
ARRIVED = replace(BOOKED, status=AppointmentStatus.ARRIVED, arrived_at=T - timedelta(minutes=5))
NOSHOW = replace(BOOKED, status=AppointmentStatus.NOSHOW)
CONFIRMED = replace(BOOKED, confirmed_at=NOW - timedelta(days=1))
PATIENT = Patient(A, "42", "Zoë", "Quispe", date(1988, 3, 14), "+32 470 12 34 56", "z@x.be")
DRAFT = PatientDraft("Zoë", "Quispe-Peeters", date(1988, 3, 14), "+32 470 12 34 56", "z@x.be")


class Vendor:
    """A fake connector. Each write changes its own copy of the records; `lose_reply` makes it
    do the write and then lose the reply, `fail_before` makes it fail without doing it."""

    label = "Vendor"

    def __init__(self, appointment: Appointment) -> None:
        self.appointments = {appointment.id: appointment}
        self.bookings: dict[str, Appointment] = {}
        self.patients: dict[str, Patient] = {PATIENT.id: PATIENT}
        self.created: dict[str, Patient] = {}
        self.calls: list[str] = []
        self.lose_reply = False
        self.fail_before: Exception | None = None

    def can(self, capability: Capability) -> bool:
        return True

    def _write(self, name: str, do: Callable[[], Any]) -> Any:
        self.calls.append(name)
        if self.fail_before is not None:
            error, self.fail_before = self.fail_before, None
            raise error
        record = do()
        if self.lose_reply:
            self.lose_reply = False
            raise OutcomeUnknown("the reply was lost", vendor=self.label)
        return record

    def _change(self, name: str, a: Appointment, **fields: Any) -> Appointment:
        def do() -> Appointment:
            changed = replace(self.appointments[a.id], **fields)
            self.appointments[a.id] = changed
            return changed

        result: Appointment = self._write(name, do)
        return result

    async def move(self, a: Appointment, start: datetime, end: datetime, p: str) -> Appointment:
        return self._change("move", a, start=start, end=end, provider_id=p)

    async def edit_appointment(
        self,
        a: Appointment,
        *,
        notes: str | None = None,
        service_id: str | None = None,
        end: datetime | None = None,
    ) -> Appointment:
        current = self.appointments[a.id]
        return self._change(
            "edit_appointment",
            a,
            notes=current.notes if notes is None else notes,
            service_id=service_id or current.service_id,
            end=end or current.end,
        )

    async def cancel(self, a: Appointment, reason: str = "") -> Appointment:
        return self._change("cancel", a, status=AppointmentStatus.CANCELLED)

    async def confirm(self, a: Appointment) -> Appointment:
        return self._change("confirm", a, confirmed_at=NOW)

    async def mark_arrived(self, a: Appointment) -> Appointment:
        return self._change("mark_arrived", a, status=AppointmentStatus.ARRIVED, arrived_at=NOW)

    async def mark_noshow(self, a: Appointment) -> Appointment:
        return self._change("mark_noshow", a, status=AppointmentStatus.NOSHOW)

    async def undo_status(self, a: Appointment) -> Appointment:
        return self._change(
            "undo_status", a, status=AppointmentStatus.BOOKED, arrived_at=None, confirmed_at=None
        )

    async def list_appointments(
        self, start: datetime, end: datetime, *, since: datetime | None = None
    ) -> list[Appointment]:
        self.calls.append("list_appointments")
        return [a for a in self.appointments.values() if a.end > start and a.start < end]

    async def book(self, request: BookingRequest) -> Appointment:
        def do() -> Appointment:
            made = Appointment(
                A,
                f"v{len(self.bookings) + 1}",
                request.provider_id,
                request.start,
                request.end,
                patient_id=request.patient_id,
                service_id=request.service_id,
            )
            self.bookings[request.client_key] = made
            return made

        result: Appointment = self._write("book", do)
        return result

    async def find_booking(self, request: BookingRequest) -> Appointment | None:
        self.calls.append("find_booking")
        return self.bookings.get(request.client_key)

    async def create_patient(self, draft: PatientDraft, key: str) -> Patient:
        def do() -> Patient:
            made = Patient(A, f"vp{len(self.created) + 1}", draft.first_name, draft.last_name)
            self.created[key] = made
            return made

        result: Patient = self._write("create_patient", do)
        return result

    async def find_created_patient(self, draft: PatientDraft, key: str) -> Patient | None:
        self.calls.append("find_created_patient")
        return self.created.get(key)

    async def update_patient(self, patient: Patient, draft: PatientDraft) -> Patient:
        def do() -> Patient:
            edited = replace(self.patients[patient.id], last_name=draft.last_name)
            self.patients[patient.id] = edited
            return edited

        result: Patient = self._write("update_patient", do)
        return result


@dataclass(frozen=True)
class Case:
    start: Appointment  # as the vendor and the cache have it before the write
    command: Callable[[Appointment], AppointmentChange]
    done: Callable[[Appointment], Appointment]  # the appointment once done (written by hand)
    method: str  # the connector method that does it


CASES = {
    "move": Case(
        BOOKED,
        lambda a: Move.on(a, LATER, LATER + timedelta(minutes=30), "p2"),
        lambda a: replace(a, start=LATER, end=LATER + timedelta(minutes=30), provider_id="p2"),
        "move",
    ),
    "edit": Case(
        BOOKED,
        lambda a: EditAppointment.on(
            a, notes="bring the X-rays", service_id="s2", end=a.end + timedelta(minutes=15)
        ),
        lambda a: replace(
            a, notes="bring the X-rays", service_id="s2", end=a.end + timedelta(minutes=15)
        ),
        "edit_appointment",
    ),
    "cancel": Case(
        BOOKED,
        lambda a: Cancel.on(a, "patient called"),
        lambda a: replace(a, status=AppointmentStatus.CANCELLED),
        "cancel",
    ),
    "confirm": Case(BOOKED, Confirm.on, lambda a: replace(a, confirmed_at=NOW), "confirm"),
    "arrived": Case(
        BOOKED,
        MarkArrived.on,
        lambda a: replace(a, status=AppointmentStatus.ARRIVED, arrived_at=NOW),
        "mark_arrived",
    ),
    "noshow": Case(
        BOOKED,
        MarkNoShow.on,
        lambda a: replace(a, status=AppointmentStatus.NOSHOW),
        "mark_noshow",
    ),
    "undo arrived": Case(
        ARRIVED,
        lambda a: UndoStatus.on(a, Undone.ARRIVED),
        lambda a: replace(a, status=AppointmentStatus.BOOKED, arrived_at=None),
        "undo_status",
    ),
    "undo no-show": Case(
        NOSHOW,
        lambda a: UndoStatus.on(a, Undone.NOSHOW),
        lambda a: replace(a, status=AppointmentStatus.BOOKED),
        "undo_status",
    ),
    "undo confirmation": Case(
        CONFIRMED,
        lambda a: UndoStatus.on(a, Undone.CONFIRMED),
        lambda a: replace(a, confirmed_at=None),
        "undo_status",
    ),
}


@dataclass
class Rig:
    path: Path
    cache: Cache
    vendor: Vendor
    outbox: Outbox
    clock: FixedClock

    def shown(self, appointment_id: str = "a1") -> Appointment | None:
        return self.cache.appointment(A, appointment_id)

    def restart(self) -> Outbox:
        """As after a restart: a new process opens the same cache file."""
        self.cache.close()
        self.cache = Cache(self.path)
        self.outbox = Outbox(self.cache, {A: self.vendor}, self.clock)  # type: ignore[dict-item]
        return self.outbox


def make_rig(tmp_path: Path, start: Appointment) -> Rig:
    path = tmp_path / "cache.sqlite3"
    cache = Cache(path)
    cache.save_account(A, "progenda", "http://vendor", {})
    cache.upsert_appointments([start])
    cache.upsert_patients([PATIENT])
    vendor = Vendor(start)
    clock = FixedClock(NOW)
    outbox = Outbox(cache, {A: vendor}, clock)  # type: ignore[dict-item]
    return Rig(path, cache, vendor, outbox, clock)


@pytest.fixture(params=list(CASES), ids=list(CASES))
def case(request: pytest.FixtureRequest) -> Case:
    return CASES[request.param]


@pytest.fixture
def rig(tmp_path: Path, case: Case) -> Iterator[Rig]:
    rig = make_rig(tmp_path, case.start)
    yield rig
    rig.cache.close()


# -- changes of an appointment ------------------------------------------------------------------
def test_the_optimistic_effect_is_the_same_in_the_cache_and_on_the_day_sheet(
    rig: Rig, case: Case
) -> None:
    rig.outbox.store(case.command(case.start))
    expected = replace(case.done(case.start), pending=True)
    assert rig.shown() == expected
    # The day sheet draws the waiting write over the row as the vendor has it: the same.
    assert apply_waiting([case.start], rig.outbox.entries()) == [expected]


def test_the_payload_survives_a_stored_row_and_a_restart(rig: Rig, case: Case) -> None:
    command = case.command(case.start)
    entry = rig.outbox.store(command)
    [read] = rig.restart().entries()
    assert read.kind == command.kind and read.target_id == case.start.id
    assert type(read.command) is type(command)
    assert read.command == command == entry.command
    assert read.command.vendor_copy() == case.start


async def test_a_lost_reply_for_a_change_already_done_is_read_back_not_sent_again(
    rig: Rig, case: Case
) -> None:
    entry = rig.outbox.store(case.command(case.start))
    rig.vendor.lose_reply = True
    first = await rig.outbox.deliver(entry)
    assert first.outcome is Outcome.WAITING and first.entry is not None
    assert first.entry.state == UNKNOWN
    second = await rig.outbox.deliver(entry)
    assert second.outcome is Outcome.SENT
    assert rig.vendor.calls == [case.method, "list_appointments"]
    assert second.appointment == case.done(case.start) == rig.shown()
    assert rig.outbox.entries() == []


async def test_a_change_not_done_after_an_unknown_outcome_is_sent_once_more(
    rig: Rig, case: Case
) -> None:
    entry = rig.outbox.store(case.command(case.start))
    rig.vendor.fail_before = OutcomeUnknown("timed out", vendor="Vendor")
    await rig.outbox.deliver(entry)
    result = await rig.outbox.deliver(entry)
    assert result.outcome is Outcome.SENT
    assert rig.vendor.calls == [case.method, "list_appointments", case.method]
    assert rig.vendor.appointments["a1"] == case.done(case.start) == rig.shown()


async def test_a_refused_change_is_undone_on_screen(rig: Rig, case: Case) -> None:
    entry = rig.outbox.store(case.command(case.start))
    rig.vendor.fail_before = Conflict("the record's state forbids it", vendor="Vendor")
    result = await rig.outbox.deliver(entry)
    assert result.outcome is Outcome.REFUSED
    assert result.reason == "Vendor: the record's state forbids it"
    assert result.entry is not None and result.entry.state == FAILED
    assert rig.shown() == case.start


# -- a booking ----------------------------------------------------------------------------------
REQUEST = BookingRequest(A, "p1", "s1", "42", LATER, LATER + timedelta(minutes=30), notes="hi")


@pytest.fixture
def plain(tmp_path: Path) -> Iterator[Rig]:
    rig = make_rig(tmp_path, BOOKED)
    yield rig
    rig.cache.close()


def test_a_booking_is_drawn_as_a_placeholder_and_round_trips(plain: Rig) -> None:
    entry = plain.outbox.store(Book(REQUEST))
    placeholder = plain.shown(f"{PENDING}{entry.client_key}")
    assert placeholder is not None and placeholder.pending
    assert (placeholder.start, placeholder.status, placeholder.notes) == (
        LATER,
        AppointmentStatus.PENDING,
        "hi",
    )
    [read] = plain.restart().entries()
    assert read.command == Book(replace(REQUEST, client_key=entry.client_key))


async def test_a_lost_booking_reply_is_found_not_booked_twice(plain: Rig) -> None:
    entry = plain.outbox.store(Book(REQUEST))
    plain.vendor.lose_reply = True
    await plain.outbox.deliver(entry)
    result = await plain.outbox.deliver(entry)
    assert result.outcome is Outcome.SENT and plain.vendor.calls == ["book", "find_booking"]
    assert result.appointment is not None and plain.shown(result.appointment.id) is not None
    assert plain.shown(f"{PENDING}{entry.client_key}") is None


async def test_a_booking_not_made_after_an_unknown_outcome_is_sent_once_more(plain: Rig) -> None:
    entry = plain.outbox.store(Book(REQUEST))
    plain.vendor.fail_before = OutcomeUnknown("timed out", vendor="Vendor")
    await plain.outbox.deliver(entry)
    result = await plain.outbox.deliver(entry)
    assert result.outcome is Outcome.SENT
    assert plain.vendor.calls == ["book", "find_booking", "book"]
    assert len(plain.vendor.bookings) == 1


async def test_a_refused_booking_takes_its_placeholder_away(plain: Rig) -> None:
    entry = plain.outbox.store(Book(REQUEST))
    plain.vendor.fail_before = Invalid("no such service", vendor="Vendor")
    result = await plain.outbox.deliver(entry)
    assert result.outcome is Outcome.REFUSED and result.reason == "Vendor: no such service"
    assert plain.shown(f"{PENDING}{entry.client_key}") is None


# -- patients -----------------------------------------------------------------------------------
def test_a_new_patient_is_searchable_at_once_and_round_trips(plain: Rig) -> None:
    new = PatientDraft("Ada", "Vermeulen", date(1990, 1, 2))
    entry = plain.outbox.store(CreatePatient(A, new))
    assert [h.patient.id for h in plain.cache.search_patients("vermeulen")] == [
        f"{PENDING}{entry.client_key}"
    ]
    [read] = plain.restart().entries()
    assert read.command == CreatePatient(A, new)


async def test_a_lost_patient_create_is_found_not_created_twice(plain: Rig) -> None:
    entry = plain.outbox.store(CreatePatient(A, PatientDraft("Ada", "Vermeulen")))
    plain.vendor.lose_reply = True
    await plain.outbox.deliver(entry)
    result = await plain.outbox.deliver(entry)
    assert result.outcome is Outcome.SENT
    assert plain.vendor.calls == ["create_patient", "find_created_patient"]
    assert [h.patient.id for h in plain.cache.search_patients("vermeulen")] == ["vp1"]


async def test_a_refused_patient_create_takes_the_patient_and_its_booking_away(plain: Rig) -> None:
    created = plain.outbox.store(CreatePatient(A, PatientDraft("Ada", "Vermeulen")))
    placeholder = f"{PENDING}{created.client_key}"
    booked = plain.outbox.store(Book(replace(REQUEST, patient_id=placeholder)))
    plain.vendor.fail_before = Invalid("a phone number is required", vendor="Vendor")
    result = await plain.outbox.deliver(created)
    assert result.outcome is Outcome.REFUSED
    assert plain.cache.search_patients("vermeulen") == []
    dependent = plain.outbox.entry(booked.id)
    assert dependent is not None and dependent.state == FAILED
    assert plain.shown(f"{PENDING}{booked.client_key}") is None


async def test_a_patient_edit_shows_at_once_round_trips_and_is_resent_after_an_unknown_outcome(
    plain: Rig,
) -> None:
    entry = plain.outbox.store(EditPatient(PATIENT, DRAFT))
    shown = plain.cache.patient(A, "42")
    assert shown is not None and shown.last_name == "Quispe-Peeters"
    [read] = plain.restart().entries()
    assert read.command == EditPatient(PATIENT, DRAFT)
    plain.vendor.lose_reply = True
    await plain.outbox.deliver(entry)
    result = await plain.outbox.deliver(entry)
    # Whole fields: sending the edit again is harmless, so it is not looked up first.
    assert result.outcome is Outcome.SENT
    assert plain.vendor.calls == ["update_patient", "update_patient"]


async def test_a_refused_patient_edit_puts_the_patient_back(plain: Rig) -> None:
    entry = plain.outbox.store(EditPatient(PATIENT, DRAFT))
    plain.vendor.fail_before = Invalid("birthdate must be yyyy-mm-dd", vendor="Vendor")
    result = await plain.outbox.deliver(entry)
    assert result.outcome is Outcome.REFUSED
    assert plain.cache.patient(A, "42") == PATIENT


# -- what a failure means (domain.errors.disposition) ---------------------------------------------
@pytest.mark.parametrize(
    ("error", "state"),
    [
        (Unavailable("connection refused", vendor="Vendor"), QUEUED),
        (RateLimited("slow down", vendor="Vendor", retry_after=120), QUEUED),
        (OutcomeUnknown("timed out", vendor="Vendor"), UNKNOWN),
        # An unreadable reply says nothing about whether the change happened: read back first.
        (ProtocolError("sent a reply frontdesk could not read", vendor="Vendor"), UNKNOWN),
        (KeyError("a bug of ours mid-send"), UNKNOWN),
    ],
)
async def test_a_write_that_may_be_retried_is_kept_in_the_state_its_error_means(
    plain: Rig, error: Exception, state: str
) -> None:
    entry = plain.outbox.store(Cancel.on(BOOKED, ""))
    plain.vendor.fail_before = error
    result = await plain.outbox.deliver(entry)
    assert result.outcome is Outcome.WAITING and result.reason
    stored = plain.outbox.entry(entry.id)
    assert stored is not None and stored.state == state
    assert stored.next_attempt_at is not None
    wait = (stored.next_attempt_at - NOW).total_seconds()
    assert wait == (121 if isinstance(error, RateLimited) else 5)
    shown = plain.shown()
    assert shown is not None and shown.pending  # still drawn as it will be


async def test_a_transient_failure_after_a_possible_send_stays_unknown(plain: Rig) -> None:
    entry = plain.outbox.store(Book(REQUEST))
    plain.vendor.fail_before = OutcomeUnknown("timed out", vendor="Vendor")
    await plain.outbox.deliver(entry)
    plain.vendor.calls.clear()

    async def offline(request: BookingRequest) -> None:
        raise Unavailable("connection refused", vendor="Vendor")

    plain.vendor.find_booking = offline  # type: ignore[method-assign,assignment]
    result = await plain.outbox.deliver(entry)
    stored = plain.outbox.entry(entry.id)
    assert result.outcome is Outcome.WAITING and stored is not None and stored.state == UNKNOWN


# -- the registry ---------------------------------------------------------------------------------
def test_every_kind_decodes_to_its_own_class_and_an_unknown_kind_is_named() -> None:
    commands: list[Command] = [c.command(c.start) for c in CASES.values()]
    commands += [Book(REQUEST), CreatePatient(A, DRAFT), EditPatient(PATIENT, DRAFT)]
    for command in commands:
        decoded = decode(command.kind, command.account, "k", command.payload())
        assert type(decoded) is type(command)
    assert len({type(c).kind for c in commands}) == 10
    with pytest.raises(ValueError, match="unknown write kind teleport"):
        decode("teleport", A, "k", {})


def test_what_an_undo_takes_back_is_read_from_the_appointment() -> None:
    assert Undone.of(ARRIVED) is Undone.ARRIVED
    assert Undone.of(NOSHOW) is Undone.NOSHOW
    assert Undone.of(CONFIRMED) is Undone.CONFIRMED
    assert Undone.of(BOOKED) is None


def test_a_row_stored_by_an_older_frontdesk_decodes_without_what_the_vendor_had() -> None:
    entry = OutboxEntry(1, A, "cancel", "fd-old", {"appointment_id": "900"}, QUEUED, 0, None)
    assert entry.command == Cancel(A, "900")
    assert entry.command.changes() == "900"
