"""Workspace.execute as a caller sees it, against the vendor simulators: SENT with the vendor's
record, WAITING with the reason, REFUSED with the vendor's reason (and fresh openings for a
taken slot), and refused before anything is stored when the vendor cannot do it at all.
EditAppointment and UndoStatus go through Progenda's documented appointment update."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from frontdesk.connectors.progenda.connector import ProgendaConnector
from frontdesk.domain.errors import NotSupported
from frontdesk.domain.models import (
    Appointment,
    AppointmentStatus,
    BookingRequest,
    Capability,
    PatientDraft,
)
from frontdesk.sync.commands import (
    Book,
    Confirm,
    CreatePatient,
    EditAppointment,
    MarkArrived,
    MarkNoShow,
    Undone,
    UndoStatus,
)
from frontdesk.sync.commands.result import Outcome
from frontdesk.sync.coordinator import Health
from frontdesk.sync.outbox_records import FAILED, PENDING, QUEUED
from tests.sync.worlds import World, synced_world

NOW = datetime(2026, 11, 18, 7, 0, tzinfo=UTC)  # 08:00 in Brussels


@pytest.fixture
async def progenda(tmp_path: Path) -> AsyncIterator[World]:
    async with synced_world(tmp_path, "progenda", NOW, 100) as world:
        yield world


async def free_request(w: World) -> BookingRequest:
    service = next(s for s in w.workspace.services() if s.id == "consult")
    opening = (await w.workspace.openings(service, NOW, NOW + timedelta(days=2), ["1"]))[0]
    return BookingRequest(w.name, "1", "consult", "1", opening.start, opening.end)


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


async def test_sent_carries_the_vendors_record(progenda: World) -> None:
    w = progenda
    result = await w.workspace.execute(Book(await free_request(w)))
    assert result.outcome is Outcome.SENT and result.ok and result.reason == ""
    made = result.appointment
    assert made is not None and made.id in {str(i) for i in w.state.appointments}
    assert result.entry is not None and made.vendor_ref == result.entry.client_key
    assert w.workspace.outbox.entries() == []


async def test_waiting_says_why_and_keeps_the_write(progenda: World) -> None:
    w = progenda
    request = await free_request(w)
    await go_offline(w)
    posts = len(w.received("POST"))
    result = await w.workspace.execute(Book(request))
    assert result.outcome is Outcome.WAITING and not result.ok
    assert result.reason.startswith("kept to send later")
    assert result.entry is not None and result.entry.state == QUEUED
    assert len(w.received("POST")) == posts  # not tried: the vendor is known to be down


async def test_a_booking_for_a_patient_still_being_created_waits_for_it(progenda: World) -> None:
    w = progenda
    request = await free_request(w)
    await go_offline(w)
    created = await w.workspace.execute(CreatePatient(w.name, PatientDraft("Ada", "Vermeulen")))
    assert created.entry is not None and created.entry.target_id is not None
    assert created.entry.target_id.startswith(PENDING)
    patient = created.entry.target_id
    booked = await w.workspace.outbox.add(
        w.workspace.outbox.store, Book(replace(request, patient_id=patient))
    )
    result = await w.workspace.outbox.deliver(booked)
    assert result.outcome is Outcome.WAITING
    assert result.reason == "waiting for an earlier write to be sent first"


async def test_refused_says_the_vendors_reason_and_offers_fresh_openings(
    progenda: World,
) -> None:
    w = progenda
    request = await free_request(w)
    taken = BookingRequest(w.name, "1", "consult", "2", request.start, request.end, client_key="x")
    await w.workspace.connectors[w.name].book(taken)
    result = await w.workspace.execute(Book(request))
    assert result.outcome is Outcome.REFUSED
    assert "no longer available" in result.reason
    assert result.alternatives and all(o.start != request.start for o in result.alternatives)
    assert result.entry is not None and result.entry.state == FAILED


async def test_a_vendor_that_cannot_do_it_refuses_before_anything_is_stored(
    progenda: World,
) -> None:
    w = progenda
    target = future_booked(w)
    before = len(w.faults.requests)
    result = await w.workspace.execute(Confirm.on(target))
    assert result.outcome is Outcome.REFUSED and result.entry is None
    assert result.reason == f"Progenda: {ProgendaConnector.unsupported[Capability.CONFIRM]}"
    assert isinstance(result.error, NotSupported)
    assert w.workspace.outbox.entries() == [] and len(w.faults.requests) == before
    shown = w.cache.appointment(w.name, target.id)
    assert shown == target  # nothing drawn as pending
    # The former entry point raises the reason instead (its result has no entry to give).
    with pytest.raises(NotSupported):
        await w.workspace.change(target, "confirm")


# -- EditAppointment and UndoStatus ---------------------------------------------------------------
async def test_progenda_edits_an_appointments_notes_and_service(progenda: World) -> None:
    w = progenda
    target = future_booked(w)
    other = next(s.id for s in w.workspace.services() if s.id != target.service_id)
    result = await w.workspace.execute(
        EditAppointment.on(target, notes="bring the X-rays", service_id=other)
    )
    assert result.outcome is Outcome.SENT, result.reason
    at_vendor = w.state.appointments[int(target.id)]
    assert (at_vendor["notes"], at_vendor["service_remote_id"]) == ("bring the X-rays", other)
    shown = w.cache.appointment(w.name, target.id)
    assert shown is not None and not shown.pending
    assert (shown.notes, shown.service_id, shown.start) == ("bring the X-rays", other, target.start)


@pytest.mark.parametrize(
    ("mark", "undone"), [(MarkNoShow, Undone.NOSHOW), (MarkArrived, Undone.ARRIVED)]
)
async def test_progenda_takes_back_a_no_show_or_an_arrival(
    progenda: World, mark: type[MarkNoShow] | type[MarkArrived], undone: Undone
) -> None:
    w = progenda
    target = future_booked(w)
    marked = await w.workspace.execute(mark.on(target))
    assert marked.outcome is Outcome.SENT and marked.appointment is not None
    assert Undone.of(marked.appointment) is undone
    result = await w.workspace.execute(UndoStatus.on(marked.appointment, undone))
    assert result.outcome is Outcome.SENT, result.reason
    at_vendor = w.state.appointments[int(target.id)]
    assert at_vendor["status"] == "booked" and at_vendor["noshow"] is False
    assert at_vendor["patient_arrived_at"] is None
    shown = w.cache.appointment(w.name, target.id)
    assert shown is not None and not shown.pending
    assert shown.status is AppointmentStatus.BOOKED and shown.arrived_at is None


async def test_progenda_refuses_to_book_a_cancelled_appointment_again(progenda: World) -> None:
    w = progenda
    target = future_booked(w)
    await w.workspace.change(target, "cancel")
    cancelled = w.cache.appointment(w.name, target.id)
    assert cancelled is not None and cancelled.status is AppointmentStatus.CANCELLED
    result = await w.workspace.execute(UndoStatus.on(cancelled, Undone.NOSHOW))
    assert result.outcome is Outcome.REFUSED
    assert "cannot become booked again" in result.reason
    shown = w.cache.appointment(w.name, target.id)
    assert shown is not None and shown.status is AppointmentStatus.CANCELLED
    assert not shown.pending


@pytest.mark.parametrize("vendor", ["pracsuite", "patientnow"])
async def test_vendors_without_a_status_undo_refuse_it_early(tmp_path: Path, vendor: str) -> None:
    w = World(tmp_path, vendor, NOW, 50)
    try:
        await w.workspace.sync_all()
        target = next(
            a
            for a in w.cache.appointments_between(NOW, NOW + timedelta(days=30))
            if a.status is AppointmentStatus.BOOKED
        )
        label = w.workspace.connectors[w.name].label
        before = len(w.faults.requests)
        result = await w.workspace.execute(UndoStatus.on(target, Undone.CONFIRMED))
        assert result.outcome is Outcome.REFUSED and result.entry is None
        assert result.reason == f"{label}: {label}'s API cannot do this"
        cannot = (False, f"{label}'s API cannot do this")
        assert w.workspace.can(w.name, Capability.UNDO_STATUS) == cannot
        assert w.workspace.outbox.entries() == [] and len(w.faults.requests) == before
    finally:
        await w.close()
