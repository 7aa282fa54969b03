"""The outbox against in-process simulators: stored before sent, pending until confirmed,
reconciled after an unknown outcome, retried while the vendor is away, refused with the
vendor's reason (and alternatives) when the slot was taken meanwhile."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from frontdesk.domain.errors import Conflict, Unavailable
from frontdesk.domain.models import Appointment, AppointmentStatus, BookingRequest, PatientDraft
from frontdesk.sync.coordinator import Health
from frontdesk.sync.outbox import FOREIGN_LEASE
from frontdesk.sync.outbox_records import FAILED, PENDING, UNKNOWN, OutboxEntry
from tests.sync.worlds import World, synced_world

NOW = datetime(2026, 11, 18, 7, 0, tzinfo=UTC)  # 08:00 in Brussels
LA_MORNING = datetime(2026, 11, 18, 16, 0, tzinfo=UTC)


@pytest.fixture
async def progenda(tmp_path: Path) -> AsyncIterator[World]:
    async with synced_world(tmp_path, "progenda", NOW, 300) as world:
        yield world


@pytest.fixture
async def pne(tmp_path: Path) -> AsyncIterator[World]:
    async with synced_world(tmp_path, "patientnow", LA_MORNING, 300) as world:
        yield world


@pytest.fixture
async def pracsuite(tmp_path: Path) -> AsyncIterator[World]:
    async with synced_world(tmp_path, "pracsuite", NOW, 200) as world:
        yield world


async def free_request(w: World, provider: str = "1", service: str = "consult") -> BookingRequest:
    found = next(s for s in w.workspace.services() if s.id == service)
    opening = (await w.workspace.openings(found, NOW, NOW + timedelta(days=2), [provider]))[0]
    return BookingRequest(w.name, provider, service, "1", opening.start, opening.end)


def pending_rows(w: World) -> list[Appointment]:
    return [
        a
        for a in w.cache.appointments_between(NOW - timedelta(days=8), NOW + timedelta(days=61))
        if a.pending
    ]


def future_booked(w: World) -> Appointment:
    return next(
        a
        for a in w.cache.appointments_between(NOW + timedelta(days=5), NOW + timedelta(days=30))
        if a.status is AppointmentStatus.BOOKED and not a.pending
    )


async def go_offline(w: World) -> None:
    w.faults.offline = True
    w.clock.advance(timedelta(minutes=6))
    await w.workspace.tick()
    assert w.coordinator.status.health is Health.OFFLINE


async def come_back(w: World) -> None:
    w.faults.offline = False
    w.clock.advance(timedelta(minutes=16))


# -- bookings -------------------------------------------------------------------------------------
async def test_offline_a_booking_waits_drawn_as_pending_and_is_sent_once_on_reconnect(
    progenda: World,
) -> None:
    w = progenda
    request = await free_request(w)
    await go_offline(w)
    posts = len(w.received("POST"))
    result = await w.workspace.book(request)
    assert isinstance(result.error, Unavailable) and w.workspace.outbox.waiting() == 1
    assert [(a.start, a.status) for a in pending_rows(w)] == [
        (request.start, AppointmentStatus.PENDING)
    ]
    await w.workspace.tick()  # still offline: nothing sent, nothing lost
    assert len(w.received("POST")) == posts and w.workspace.outbox.waiting() == 1
    await come_back(w)
    tick = await w.workspace.tick()
    assert [r.ok for r in tick.sent] == [True]
    assert w.coordinator.status.health is Health.ONLINE
    assert w.workspace.outbox.waiting() == 0 and not pending_rows(w)
    assert len(w.received("POST", "/appointments")) == 1
    made = [a for a in w.state.appointments.values() if a["remote_id"] == result.entry.client_key]
    assert len(made) == 1
    assert w.cache.appointment(w.name, made[0]["id"]) is not None


async def test_a_slot_taken_while_offline_is_reported_with_the_reason_and_alternatives(
    progenda: World,
) -> None:
    w = progenda
    request = await free_request(w)
    failures: list[OutboxEntry] = []
    w.workspace.outbox.failures.subscribe(failures.append)
    await go_offline(w)
    await w.workspace.book(request)
    # Someone at the clinic books that time in Progenda meanwhile.
    taken = BookingRequest(w.name, "1", "consult", "2", request.start, request.end, client_key="x")
    w.faults.offline = False
    await w.workspace.connectors[w.name].book(taken)
    w.faults.offline = True
    await come_back(w)
    await w.workspace.tick()
    assert len(failures) == 1
    entry = failures[0]
    assert entry.state == FAILED and "no longer available" in (entry.last_error or "")
    assert entry.alternatives, "fresh openings from the vendor's search"
    assert all(o.provider_id == "1" and o.start != request.start for o in entry.alternatives)
    assert w.workspace.outbox.failed() == [entry] and w.workspace.outbox.waiting() == 0
    assert not pending_rows(w)
    w.workspace.outbox.dismiss(entry.id)
    assert w.workspace.outbox.entries() == []


async def test_a_booking_refused_at_once_says_why_and_offers_alternatives(progenda: World) -> None:
    w = progenda
    request = await free_request(w)
    taken = BookingRequest(w.name, "1", "consult", "2", request.start, request.end, client_key="x")
    await w.workspace.connectors[w.name].book(taken)
    result = await w.workspace.book(request)
    assert isinstance(result.error, Conflict)
    assert result.alternatives and result.entry.state == FAILED


async def test_pne_lost_booking_reply_is_found_by_reconciliation_not_booked_twice(
    pne: World,
) -> None:
    w = pne
    service = w.workspace.services()[0]
    provider = service.provider_ids[0]
    opening = (
        await w.workspace.openings(service, LA_MORNING, LA_MORNING + timedelta(days=3), [provider])
    )[0]
    patient = next(iter(w.state.customers.values()))["CustomerId"]
    request = BookingRequest(w.name, provider, service.id, patient, opening.start, opening.end)
    w.faults.drop_after_next(method="POST", path_contains="/appointments")
    first = await w.workspace.book(request)
    assert first.entry.state == UNKNOWN and w.workspace.outbox.waiting() == 1
    w.clock.advance(timedelta(minutes=1))
    results = await w.workspace.outbox.drain()
    assert [r.ok for r in results] == [True]
    creates = [r for r in w.received("POST") if r.path.endswith("/appointments")]
    assert len(creates) == 1
    at_vendor = [
        a
        for a in w.state.appointments.values()
        if a["CustomerId"] == patient
        and a["EmployeeId"] == provider
        and a["Status"] == "Booked"
        and a["StartDateTime"]
        == opening.start.astimezone(w.coordinator.connector.zone_of(None))
        .replace(tzinfo=None)
        .isoformat()
    ]
    assert len(at_vendor) == 1


# -- changes --------------------------------------------------------------------------------------
async def test_a_move_is_drawn_pending_survives_a_sync_and_is_sent_on_reconnect(
    progenda: World,
) -> None:
    w = progenda
    target = future_booked(w)
    new_start = target.start.replace(hour=6, minute=0)  # 07:00 in Brussels, before opening
    new_end = new_start + (target.end - target.start)
    await go_offline(w)
    result = await w.workspace.change(
        target, "move", start=new_start.isoformat(), end=new_end.isoformat()
    )
    assert result.error is not None and w.workspace.outbox.waiting() == 1
    shown = w.cache.appointment(w.name, target.id)
    assert shown is not None and shown.pending and shown.start == new_start
    # The vendor answers again; a full sync must not put the old time back on screen.
    w.faults.offline = False
    await w.coordinator.sync()
    shown = w.cache.appointment(w.name, target.id)
    assert shown is not None and shown.pending and shown.start == new_start
    await come_back(w)
    await w.workspace.tick()
    assert w.workspace.outbox.waiting() == 0
    done = w.cache.appointment(w.name, target.id)
    assert done is not None and not done.pending and done.start == new_start
    assert int(w.state.appointments[int(target.id)]["start"]) == int(new_start.timestamp())


async def test_a_status_change_is_pending_until_confirmed(progenda: World) -> None:
    w = progenda
    target = future_booked(w)
    await go_offline(w)
    await w.workspace.change(target, "cancel", reason="patient called")
    shown = w.cache.appointment(w.name, target.id)
    assert shown is not None and shown.pending and shown.status is AppointmentStatus.CANCELLED
    await come_back(w)
    await w.workspace.tick()
    done = w.cache.appointment(w.name, target.id)
    assert done is not None and not done.pending and done.status is AppointmentStatus.CANCELLED
    assert w.state.appointments[int(target.id)]["status"] == "cancelled"


async def test_a_refused_change_restores_what_the_vendor_has(progenda: World) -> None:
    w = progenda
    target = future_booked(w)
    other = next(
        a
        for a in w.cache.appointments_between(target.start, target.start + timedelta(days=1))
        if a.provider_id == target.provider_id
        and a.id != target.id
        and a.status is AppointmentStatus.BOOKED
    )
    result = await w.workspace.change(
        target, "move", start=other.start.isoformat(), end=other.end.isoformat()
    )
    assert isinstance(result.error, Conflict)
    failed = w.workspace.outbox.failed()
    assert failed and "no longer available" in (failed[0].last_error or "")
    shown = w.cache.appointment(w.name, target.id)
    assert shown is not None and not shown.pending and shown.start == target.start


async def test_a_cancel_whose_reply_was_lost_is_read_back_not_sent_again(
    pracsuite: World,
) -> None:
    w = pracsuite
    target = future_booked(w)
    w.faults.drop_after_next(method="POST", path_contains="/cancel")
    first = await w.workspace.change(target, "cancel")
    assert first.entry.state == UNKNOWN
    w.clock.advance(timedelta(minutes=1))
    results = await w.workspace.outbox.drain()
    assert [r.ok for r in results] == [True]
    assert len(w.received("POST", "/cancel")) == 1
    done = w.cache.appointment(w.name, target.id)
    assert done is not None and done.status is AppointmentStatus.CANCELLED and not done.pending


# -- patients -------------------------------------------------------------------------------------
DRAFT = PatientDraft("Zoë", "Quispe", date(1988, 3, 14), "+32 470 12 34 56", "zoe@example.be")


async def test_a_new_patient_is_searchable_at_once_and_created_once_after_a_lost_reply(
    progenda: World,
) -> None:
    w = progenda
    w.faults.drop_after_next(method="POST", path_contains="/patients")
    first = await w.workspace.create_patient(w.name, DRAFT)
    assert first.entry.state == UNKNOWN
    hits = await w.workspace.search_patients("quispe")
    assert [h.patient.id for h in hits] == [f"{PENDING}{first.entry.client_key}"]
    w.clock.advance(timedelta(minutes=1))
    [result] = await w.workspace.outbox.drain()
    assert result.ok and result.patient is not None
    assert len(w.received("POST", "/patients")) == 1
    at_vendor = [p for p in w.state.patients.values() if p["remote_id"] == first.entry.client_key]
    assert len(at_vendor) == 1 and at_vendor[0]["last_name"] == "Quispe"
    hits = await w.workspace.search_patients("quispe")
    assert [h.patient.id for h in hits] == [str(at_vendor[0]["id"])]


async def test_a_booking_for_a_patient_not_yet_created_waits_for_it(progenda: World) -> None:
    w = progenda
    request = await free_request(w)
    await go_offline(w)
    created = await w.workspace.create_patient(w.name, DRAFT)
    placeholder = created.entry.target_id
    assert placeholder is not None
    booked = await w.workspace.book(replace(request, patient_id=placeholder))
    assert booked.error is not None and w.workspace.outbox.waiting() == 2
    await come_back(w)
    tick = await w.workspace.tick()
    assert [r.ok for r in tick.sent] == [True, True]
    # (Booking gives the patient Progenda remote_id "fd-p-<id>": find it by name.)
    [patient] = [p for p in w.state.patients.values() if p["last_name"] == "Quispe"]
    appointment = next(
        a for a in w.state.appointments.values() if a["remote_id"] == booked.entry.client_key
    )
    assert appointment["patient_id"] == str(patient["id"])
    cached = w.cache.appointment(w.name, appointment["id"])
    assert cached is not None and cached.patient_id == str(patient["id"])


async def test_pne_patient_create_and_edit(pne: World) -> None:
    w = pne
    w.faults.drop_after_next(method="POST", path_contains="/customers")
    first = await w.workspace.create_patient(w.name, DRAFT)
    assert first.entry.state == UNKNOWN
    w.clock.advance(timedelta(minutes=1))
    [result] = await w.workspace.outbox.drain()
    assert result.ok and result.patient is not None
    same = [c for c in w.state.customers.values() if c["LastName"] == "Quispe"]
    assert len(same) == 1, "reconciled by name, birth date and contact: not created twice"
    edited = await w.workspace.update_patient(
        result.patient,
        PatientDraft("Zoë", "Quispe-Peeters", DRAFT.birth_date, DRAFT.phone, DRAFT.email),
    )
    assert edited.ok and same[0]["LastName"] == "Quispe-Peeters"
    assert [h.patient.last_name for h in (await w.workspace.search_patients("quispe"))] == [
        "Quispe-Peeters"
    ]


@pytest.mark.parametrize(
    ("vendor", "path", "count"),
    [
        (
            "pracsuite",
            "/patient",
            lambda state: sum(p["surname"] == "Quispe" for p in state.patients.values()),
        ),
        (
            "naturaesoft",
            "/prospects",
            lambda state: sum(p["LastName"] == "Quispe" for p in state.prospects.values()),
        ),
    ],
)
async def test_without_a_client_key_a_lost_patient_create_is_found_by_its_details(
    tmp_path: Path, vendor: str, path: str, count: Any
) -> None:
    w = World(tmp_path, vendor, NOW, 100)
    try:
        w.faults.drop_after_next(method="POST", path_contains=path)
        first = await w.workspace.create_patient(w.name, DRAFT)
        assert first.entry.state == UNKNOWN
        w.clock.advance(timedelta(minutes=1))
        [result] = await w.workspace.outbox.drain()
        assert result.ok and result.patient is not None
        assert len([r for r in w.received("POST") if r.path.endswith(path)]) == 1
        assert count(w.state) == 1
        assert [h.patient.id for h in (await w.workspace.search_patients("quispe"))] == [
            result.patient.id
        ]
    finally:
        await w.close()


async def test_a_refused_patient_edit_is_reported_and_undone_on_screen(progenda: World) -> None:
    w = progenda
    surname = next(iter(w.state.patients.values()))["last_name"]
    hit = (await w.workspace.search_patients(surname))[0]
    w.faults.fail_next(
        422, {"error": "birthdate must be yyyy-mm-dd"}, method="PUT", path_contains="remote_id:"
    )
    result = await w.workspace.update_patient(hit.patient, DRAFT)
    assert result.error is not None and "birthdate" in str(result.error)
    assert w.workspace.outbox.failed()[0].last_error == str(result.error)
    assert w.cache.patient(w.name, hit.patient.id) == hit.patient


@pytest.mark.skipif(os.name != "posix", reason="process probing is POSIX; elsewhere a lease")
async def test_a_write_being_sent_by_another_live_process_is_left_to_it(progenda: World) -> None:
    w = progenda
    request = await free_request(w)
    entry = await w.workspace.queue_booking(request)
    now = int(w.clock.now().timestamp())
    claim = "UPDATE outbox SET state = 'unknown', claimed_by = ?, sending_at = ? WHERE id = ?"
    # The parent of this test process is alive: its claim stands.
    w.cache.conn.execute(claim, (f"{os.getppid()}:other", now, entry.id))
    assert await w.workspace.outbox.drain() == []
    assert len(w.received("POST", "/appointments")) == 0
    # A claim whose process is gone is taken over, and reconciled before anything is sent.
    w.cache.conn.execute(claim, (f"{dead_pid()}:gone", now, entry.id))
    [result] = await w.workspace.outbox.drain()
    assert result.ok
    assert len(w.received("GET", f"remote_id:{entry.client_key}")) == 1, "looked up first"
    assert len(w.received("POST", "/appointments")) == 1


async def test_a_claim_from_another_computer_is_judged_by_its_age_not_its_process_number(
    progenda: World,
) -> None:
    """A clinic's agents run on several machines: a process number from another one says
    nothing here. Its claim stands while a send of it may still be under way, then is taken
    over and reconciled, whichever number it carries."""
    w = progenda
    request = await free_request(w)
    entry = await w.workspace.queue_booking(request)
    now = w.clock.now()
    claim = "UPDATE outbox SET state = 'unknown', claimed_by = ?, sending_at = ? WHERE id = ?"
    recent = int((now - FOREIGN_LEASE / 2).timestamp())
    w.cache.conn.execute(claim, (f"{dead_pid()}:gone@another-host", recent, entry.id))
    assert await w.workspace.outbox.drain() == []  # may still be sending: left to it
    assert len(w.received("POST", "/appointments")) == 0
    older = int((now - FOREIGN_LEASE - timedelta(seconds=1)).timestamp())
    w.cache.conn.execute(claim, (f"{os.getppid()}:other@another-host", older, entry.id))
    [result] = await w.workspace.outbox.drain()  # a live number here, but not its process
    assert result.ok
    assert len(w.received("GET", f"remote_id:{entry.client_key}")) == 1, "looked up first"
    assert len(w.received("POST", "/appointments")) == 1


def dead_pid() -> int:
    process = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, check=True
    )
    return int(process.stdout)


async def test_a_change_to_a_booking_still_waiting_follows_it_to_the_vendor(
    progenda: World,
) -> None:
    w = progenda
    request = await free_request(w)
    await go_offline(w)
    booked = await w.workspace.book(request)
    [placeholder] = pending_rows(w)
    await w.workspace.change(placeholder, "cancel")
    [shown] = pending_rows(w)
    assert shown.status is AppointmentStatus.CANCELLED
    await come_back(w)
    tick = await w.workspace.tick()
    assert [r.ok for r in tick.sent] == [True, True]
    [made] = [a for a in w.state.appointments.values() if a["remote_id"] == booked.entry.client_key]
    assert made["status"] == "cancelled"
    cached = w.cache.appointment(w.name, made["id"])
    assert cached is not None and cached.status is AppointmentStatus.CANCELLED
    assert not pending_rows(w) and w.workspace.outbox.entries() == []


async def test_on_reconnect_waiting_writes_go_at_once_whatever_their_back_off(
    progenda: World,
) -> None:
    w = progenda
    request = await free_request(w)
    await go_offline(w)
    booked = await w.workspace.book(request)
    # Many failed tries earlier: this write's own next attempt is a quarter of an hour away.
    later = int((w.clock.now() + timedelta(minutes=15)).timestamp())
    w.cache.conn.execute("UPDATE outbox SET next_attempt_at = ?", (later,))
    w.faults.offline = False
    retry_at = w.coordinator.status.retry_at
    assert retry_at is not None
    w.clock.advance(retry_at - w.clock.now())
    tick = await w.workspace.tick()  # the probe succeeds: the account is back
    assert [r.ok for r in tick.sent] == [True]
    assert any(a["remote_id"] == booked.entry.client_key for a in w.state.appointments.values())
