"""Coordinators fill the cache; the outbox stores every write first and never doubles one."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from frontdesk.app import open_workspace
from frontdesk.connectors.account import AccountConfig
from frontdesk.domain.clock import FixedClock
from frontdesk.domain.errors import Conflict
from frontdesk.domain.models import AppointmentStatus, BookingRequest
from frontdesk.sandbox import progenda
from frontdesk.sandbox.faults import Faults
from frontdesk.sandbox.transport import SandboxTransport
from frontdesk.store.cache import Cache
from frontdesk.sync.coordinator import Health
from frontdesk.sync.workspace import Workspace

NOW = datetime(2026, 11, 18, 7, 0, tzinfo=UTC)
NAME = "Progenda clinic"


class World:
    def __init__(self, tmp_path: Path, patients: int = 1500) -> None:
        self.clock = FixedClock(NOW)
        self.state = progenda.demo_state(self.clock, patients=patients)
        self.faults = Faults(progenda.create_app(self.state))
        self.client = httpx.AsyncClient(
            transport=SandboxTransport({"progenda.sandbox": self.faults})
        )
        self.cache = Cache(tmp_path / "cache.sqlite3")
        email, token = progenda.DEMO_USER
        account = AccountConfig(
            NAME,
            "progenda",
            "http://progenda.sandbox/api/v2",
            {"user_email": email},
            {"user_token": token},
        )
        self.cache.save_account(NAME, "progenda", account.base_url, account.options)
        self.waits: list[float] = []
        self.workspace: Workspace = open_workspace(
            self.cache, [account], self.clock, self.client, sleep=self.wait
        )

    async def wait(self, seconds: float) -> None:
        """Retry back-off on the test clock instead of the wall clock."""
        self.waits.append(seconds)
        self.clock.advance(timedelta(seconds=seconds))

    def posts(self) -> int:
        return sum(1 for r in self.faults.requests if r.method == "POST")


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    world = World(tmp_path)
    yield world
    await world.workspace.aclose()


async def request_for_free_slot(world: World) -> BookingRequest:
    service = next(s for s in world.workspace.services() if s.id == "consult")
    opening = (await world.workspace.openings(service, NOW, NOW + timedelta(days=2), ["1"]))[0]
    return BookingRequest(NAME, "1", "consult", "1", opening.start, opening.end)


async def test_a_first_sync_fills_the_cache_and_the_next_is_incremental(world: World) -> None:
    results = await world.workspace.sync_all()
    status = results[NAME]
    assert not isinstance(status, Exception) and status.health is Health.ONLINE
    assert world.cache.patient_count() == 1500
    assert len(world.cache.providers()) == 8
    day = await world.workspace.appointments_on(NOW.date())
    assert day and all(a.account == NAME for a in day)
    world.clock.advance(timedelta(minutes=5))
    before = len(world.faults.requests)
    await world.workspace.sync_all()
    patient_reads = [r for r in world.faults.requests[before:] if r.path.endswith("/patients")]
    assert patient_reads and all("since" in r.query for r in patient_reads)


async def test_an_unreachable_vendor_marks_the_account_offline_and_keeps_the_cache(
    world: World,
) -> None:
    await world.workspace.sync_all()
    world.faults.offline = True
    results = await world.workspace.sync_all()
    assert world.workspace.coordinators[NAME].status.health is Health.OFFLINE
    assert isinstance(results[NAME], Exception)
    assert world.cache.search_patients("peeters")


async def test_a_booking_is_stored_before_it_is_sent_and_sent_once(world: World) -> None:
    await world.workspace.sync_all()
    request = await request_for_free_slot(world)
    result = await world.workspace.book(request)
    assert result.ok and result.appointment is not None
    assert world.posts() == 1
    assert world.workspace.outbox.waiting() == 0
    stored = world.cache.appointment(NAME, result.appointment.id)
    assert stored is not None and not stored.pending


async def test_a_lost_reply_is_reconciled_before_any_resend(world: World) -> None:
    await world.workspace.sync_all()
    request = await request_for_free_slot(world)
    world.faults.drop_after_next(method="POST")
    first = await world.workspace.book(request)
    assert not first.ok
    assert world.workspace.outbox.waiting() == 1
    pending = [
        a for a in (await world.workspace.appointments_on(request.start.date())) if a.pending
    ]
    assert len(pending) == 1 and pending[0].status is AppointmentStatus.PENDING
    world.clock.advance(timedelta(minutes=1))
    results = await world.workspace.outbox.drain()
    assert len(results) == 1 and results[0].ok
    assert world.posts() == 1, "the booking reached the vendor once; the outbox must not resend it"
    assert (
        sum(
            1 for a in world.state.appointments.values() if a["remote_id"] == first.entry.client_key
        )
        == 1
    )
    assert not [
        a for a in (await world.workspace.appointments_on(request.start.date())) if a.pending
    ]


async def test_a_vendor_that_is_down_keeps_the_write_waiting_then_sends_it(world: World) -> None:
    await world.workspace.sync_all()
    request = await request_for_free_slot(world)
    world.faults.offline = True
    first = await world.workspace.book(request)
    assert not first.ok and world.workspace.outbox.waiting() == 1
    world.faults.offline = False
    world.clock.advance(timedelta(minutes=1))
    results = await world.workspace.outbox.drain()
    assert results[0].ok and world.workspace.outbox.waiting() == 0
    assert world.posts() == 1


async def test_a_slot_taken_meanwhile_fails_with_the_vendors_reason(world: World) -> None:
    await world.workspace.sync_all()
    request = await request_for_free_slot(world)
    taken = BookingRequest(
        NAME, "1", "consult", "2", request.start, request.end, client_key="fd-other"
    )
    await world.workspace.connectors[NAME].book(taken)
    result = await world.workspace.book(request)
    assert isinstance(result.error, Conflict)
    entries = world.workspace.outbox.entries()
    assert entries[0].state == "failed" and "no longer available" in (entries[0].last_error or "")
    assert not [
        a for a in (await world.workspace.appointments_on(request.start.date())) if a.pending
    ]


async def test_a_patient_keeps_the_remote_id_another_integration_gave_it(world: World) -> None:
    world.state.patients[1]["remote_id"] = "crm-000001"  # set by the clinic's other software
    world.state.touch("patient", 1)
    await world.workspace.sync_all()
    request = await request_for_free_slot(world)
    before = len(world.faults.requests)
    result = await world.workspace.book(request)
    assert result.ok
    assert world.state.patients[1]["remote_id"] == "crm-000001"
    sent = world.faults.requests[before:]
    assert [r.method for r in sent] == ["POST"], "one request: the booking itself"
    assert json.loads(sent[0].body)["appointment"]["patient_remote_id"] == "crm-000001"
