"""The contract every connector passes against its simulator."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

import pytest

from frontdesk.connectors.base import CONTRACT_METHODS, PAGE_METHODS, Connector, is_typed
from frontdesk.domain.errors import Conflict, NotSupported, ProtocolError
from frontdesk.domain.models import (
    Appointment,
    AppointmentStatus,
    BookingRequest,
    Capability,
    Opening,
)
from tests.connectors.harness import Rig, VendorHarness, make_rig
from tests.connectors.harnesses import all_harnesses

HARNESSES = all_harnesses()
# A Wednesday morning before the clinics open, so the day ahead has room.
NOW = datetime(2026, 11, 18, 7, 0, tzinfo=UTC)
T = TypeVar("T")


@pytest.fixture(params=HARNESSES, ids=[h.name for h in HARNESSES])
async def rig(request: pytest.FixtureRequest) -> AsyncIterator[Rig]:
    harness: VendorHarness = request.param
    rig = make_rig(harness, NOW)
    yield rig
    await rig.client.aclose()


async def all_patients(rig: Rig, since: datetime | None = None) -> list[str]:
    ids: list[str] = []
    async for page in rig.connector.iter_patients(since):
        ids.extend(p.id for p in page)
    return ids


def day_range(rig: Rig, days: int = 1) -> tuple[datetime, datetime]:
    zone = ZoneInfo(rig.harness.timezone)
    start = NOW.astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0)
    return start, start + timedelta(days=days)


async def first_opening(rig: Rig) -> Opening:
    services = await rig.connector.list_services()
    start, end = day_range(rig, 7)
    for service in services:
        openings = await rig.connector.find_openings(service.id, max(start, NOW), end)
        if openings:
            return openings[0]
    raise AssertionError("no opening for any service in a week")


async def free_slot(rig: Rig) -> Opening:
    """For vendors without an availability search: a free time read off the book itself."""
    services = await rig.connector.list_services()
    providers = await rig.connector.list_providers()
    service = services[0]
    provider = next(
        p for p in providers if not service.provider_ids or p.id in service.provider_ids
    )
    zone = ZoneInfo(rig.harness.timezone)
    day = (NOW.astimezone(zone) + timedelta(days=1)).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    taken = [
        a
        for a in await rig.connector.list_appointments(day, day + timedelta(hours=10))
        if a.provider_id == provider.id and a.status is not AppointmentStatus.CANCELLED
    ]
    length = timedelta(minutes=service.minutes)
    for step in range(0, 16 * 4):
        start = day + timedelta(minutes=15 * step)
        if not any(a.start < start + length and start < a.end for a in taken):
            return Opening(
                rig.connector.account_name,
                provider.id,
                service.id,
                start.astimezone(UTC),
                (start + length).astimezone(UTC),
                "computed",
            )
    raise AssertionError("no free time tomorrow")


async def booked(rig: Rig) -> Appointment:
    if rig.connector.can(Capability.OPENINGS):
        opening = await first_opening(rig)
    else:
        opening = await free_slot(rig)
    request = BookingRequest(
        account=rig.connector.account_name,
        provider_id=opening.provider_id,
        service_id=opening.service_id,
        patient_id=rig.harness.bookable_patient(rig.state, opening.provider_id),
        start=opening.start,
        end=opening.end,
        notes="contract test",
        client_key="fd-contract-1",
    )
    return await rig.connector.book(request)


async def test_reference_data(rig: Rig) -> None:
    locations = await rig.connector.list_locations()
    providers = await rig.connector.list_providers()
    services = await rig.connector.list_services()
    assert locations and providers and services
    for location in locations:
        ZoneInfo(location.timezone)  # a real IANA zone
    location_ids = {loc.id for loc in locations}
    assert all(p.location_id in location_ids or p.location_id is None for p in providers)
    assert all(s.minutes > 0 and s.name for s in services)


async def test_paging_reaches_every_patient(rig: Rig) -> None:
    ids = await all_patients(rig)
    assert len(ids) == rig.harness.patient_total(rig.state)
    assert len(set(ids)) == len(ids)


async def mapped_elsewhere(rig: Rig) -> list[str]:
    """Sets the connector's offload to a thread of its own (the sync gives its cache worker);
    returns the names of the threads each page was mapped on."""
    threads: list[str] = []

    async def elsewhere(build: Callable[[], T]) -> T:
        def run() -> T:
            threads.append(threading.current_thread().name)
            return build()

        return await asyncio.to_thread(run)

    rig.connector.offload = elsewhere
    return threads


async def test_pages_mapped_elsewhere_are_the_same_patients(rig: Rig) -> None:
    here = [p async for page in rig.connector.iter_patients() for p in page]
    threads = await mapped_elsewhere(rig)
    there = [p async for page in rig.connector.iter_patients() for p in page]
    assert there == here
    if here and rig.harness.name != "syncvet":  # SyncVet maps with its owners' cache, here
        assert threads and threading.main_thread().name not in threads


async def test_appointment_pages_mapped_elsewhere_are_the_same_appointments(rig: Rig) -> None:
    """The sync maps a page of appointments on its cache worker, not on the window's loop."""
    start, end = day_range(rig, 2)
    here = await rig.connector.list_appointments(start, end)
    threads = await mapped_elsewhere(rig)
    there = await rig.connector.list_appointments(start, end)
    assert there == here and here
    assert threads and threading.main_thread().name not in threads


async def test_incremental_sync_returns_only_what_changed(rig: Rig) -> None:
    if not rig.connector.can(Capability.INCREMENTAL_PATIENTS):
        pytest.skip(f"{rig.harness.name} has no incremental patient sync (polled instead)")
    await all_patients(rig)
    cursor = rig.clock.now()
    rig.clock.advance(timedelta(minutes=10))
    changed = rig.harness.touch_patient(rig.state)
    since = await all_patients(rig, cursor)
    assert changed in since
    assert len(since) < 10


async def test_calendar_range(rig: Rig) -> None:
    start, end = day_range(rig, 2)
    appointments = await rig.connector.list_appointments(start, end)
    assert appointments, "the demo book has appointments today and tomorrow"
    providers = {p.id for p in await rig.connector.list_providers()}
    for a in appointments:
        assert a.end > start and a.start < end
        assert a.provider_id in providers
        assert a.end > a.start


async def test_openings_or_a_reason(rig: Rig) -> None:
    if not rig.connector.can(Capability.OPENINGS):
        with pytest.raises(NotSupported) as raised:
            await rig.connector.find_openings("x", NOW, NOW + timedelta(days=1))
        assert raised.value.message
        return
    opening = await first_opening(rig)
    assert opening.start >= NOW
    start, end = opening.start, opening.end
    taken = await rig.connector.list_appointments(
        start - timedelta(hours=2), end + timedelta(hours=2)
    )
    clashes = [
        a
        for a in taken
        if a.provider_id == opening.provider_id
        and a.status is AppointmentStatus.BOOKED
        and a.start < end
        and start < a.end
    ]
    assert not clashes, "an opening must be free"


async def test_book_and_see_it(rig: Rig) -> None:
    if not rig.connector.can(Capability.BOOK):
        with pytest.raises(NotSupported) as raised:
            await rig.connector.book(
                BookingRequest(rig.connector.account_name, "1", "1", "1", NOW, NOW, client_key="k")
            )
        assert raised.value.message
        return
    appointment = await booked(rig)
    listed = await rig.connector.list_appointments(
        appointment.start - timedelta(hours=1), appointment.end + timedelta(hours=1)
    )
    assert any(a.id == appointment.id for a in listed)
    assert appointment.status is AppointmentStatus.BOOKED


@pytest.mark.parametrize("action", ["move", "cancel", "arrived", "noshow", "confirm"])
async def test_each_write_or_a_reason(rig: Rig, action: str) -> None:
    capability = {
        "move": Capability.MOVE,
        "cancel": Capability.CANCEL,
        "arrived": Capability.ARRIVED,
        "noshow": Capability.NOSHOW,
        "confirm": Capability.CONFIRM,
    }[action]
    if not rig.connector.can(capability):
        start, end = day_range(rig)
        existing = (await rig.connector.list_appointments(start, end))[0]
        with pytest.raises(NotSupported) as raised:
            await perform(rig, existing, action)
        assert raised.value.message and raised.value.vendor
        return
    appointment = await booked(rig)
    result = await perform(rig, appointment, action)
    again = [
        a
        for a in await rig.connector.list_appointments(
            result.start - timedelta(hours=1), result.end + timedelta(hours=1)
        )
        if a.id == result.id
    ]
    assert again, "the changed appointment is still listed"
    seen = again[0]
    if action == "move":
        assert seen.start == result.start != appointment.start
    elif action == "cancel":
        assert seen.status is AppointmentStatus.CANCELLED
    elif action == "arrived":
        assert seen.status is AppointmentStatus.ARRIVED
    elif action == "noshow":
        assert seen.status is AppointmentStatus.NOSHOW
    elif action == "confirm":
        assert seen.confirmed_at is not None


async def test_edit_an_appointment_or_a_reason(rig: Rig) -> None:
    """Notes, another service of the provider and a new length (the start kept), as the
    vendor lists the appointment afterwards."""
    c = rig.connector
    if not c.can(Capability.EDIT_APPOINTMENT):
        start, end = day_range(rig)
        existing = (await c.list_appointments(start, end))[0]
        with pytest.raises(NotSupported) as raised:
            await c.edit_appointment(existing, notes="x")
        assert raised.value.message and raised.value.vendor
        return
    appointment = await booked(rig)
    other = next(
        s.id
        for s in await c.list_services()
        if s.id != appointment.service_id
        and (not s.provider_ids or appointment.provider_id in s.provider_ids)
    )
    # Shorter, so the new length overlaps nothing; five minutes, which every vendor allows.
    end = appointment.end - timedelta(minutes=5)
    result = await c.edit_appointment(
        appointment, notes="bring the X-rays", service_id=other, end=end
    )
    listed = await c.list_appointments(
        appointment.start - timedelta(hours=1), appointment.end + timedelta(hours=1)
    )
    seen = next(a for a in listed if a.id == appointment.id)
    for shown in (result, seen):
        assert (shown.notes, shown.service_id) == ("bring the X-rays", other)
        assert (shown.start, shown.end) == (appointment.start, end)


async def free_time_after(rig: Rig, appointment: Appointment) -> datetime:
    """Another free start for the same provider (the vendor's search when it has one)."""
    if rig.connector.can(Capability.OPENINGS) and appointment.service_id:
        openings = await rig.connector.find_openings(
            appointment.service_id,
            appointment.end,
            appointment.end + timedelta(days=7),
            [appointment.provider_id],
        )
        if openings:
            return openings[0].start
    return appointment.start + timedelta(days=1)


async def perform(rig: Rig, appointment: Appointment, action: str) -> Appointment:
    c = rig.connector
    if action == "move":
        target = await free_time_after(rig, appointment)
        return await c.move(
            appointment,
            target,
            target + (appointment.end - appointment.start),
            appointment.provider_id,
        )
    if action == "cancel":
        return await c.cancel(appointment, "contract test")
    if action == "arrived":
        return await c.mark_arrived(appointment)
    if action == "noshow":
        return await c.mark_noshow(appointment)
    return await c.confirm(appointment)


# -- the contract wrapper -------------------------------------------------------------------
# The mapping each connector applies to a reply: (appointments, patients). VISH lists no
# patients (no customers resource), so it has no patient mapping to break.
MAPPERS: dict[str, tuple[str, str | None]] = {
    "naturaesoft": ("_visit", "_patient"),
    "patientnow": ("appointment", "patient"),
    "pracsuite": ("_appointment", "read_patient"),
    "progenda": ("_appointment", "_patient"),
    "syncvet": ("_appointment", "_animal"),
    "vish": ("appointment", None),
}
SECRET = "Secretname"


def break_mapping(rig: Rig, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make one of the connector's own mappings fail as a shape it did not foresee would."""
    assert callable(getattr(rig.connector, name)), f"{rig.harness.name} has no {name}"

    def broken(*args: object, **kwargs: object) -> object:
        raise KeyError(f"Jane {SECRET}")

    monkeypatch.setattr(rig.connector, name, broken)


def assert_typed_and_quiet(
    raised: pytest.ExceptionInfo[ProtocolError], rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    assert raised.value.vendor == rig.connector.label
    assert "KeyError" in str(raised.value)
    assert SECRET not in str(raised.value) and SECRET not in raised.value.message
    assert raised.value.__cause__ is None and raised.value.__suppress_context__
    assert "KeyError" in caplog.text, "the failure is logged, by its type"
    assert SECRET not in caplog.text


async def test_a_failing_mapping_is_a_protocol_error_that_quotes_nothing(
    rig: Rig, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    await rig.connector.list_providers()  # reference data first: the mapping breaks on a reply
    break_mapping(rig, monkeypatch, MAPPERS[rig.harness.name][0])
    start, end = day_range(rig, 2)
    with pytest.raises(ProtocolError) as raised:
        await rig.connector.list_appointments(start, end)
    assert_typed_and_quiet(raised, rig, caplog)


async def test_a_failing_patient_mapping_is_a_protocol_error_from_the_iterator(
    rig: Rig, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    mapper = MAPPERS[rig.harness.name][1]
    if mapper is None:
        assert not rig.connector.can(Capability.READ_PATIENTS)
        pytest.skip(f"{rig.harness.name} lists no patients")
    caplog.set_level(logging.DEBUG)
    break_mapping(rig, monkeypatch, mapper)
    with pytest.raises(ProtocolError) as raised:
        await all_patients(rig)
    assert_typed_and_quiet(raised, rig, caplog)
    with pytest.raises(ProtocolError) as resumed:
        async for _ in rig.connector.iter_patients_from(None, None):
            pass
    assert resumed.value.vendor == rig.connector.label
    assert SECRET not in str(resumed.value)
    await mapped_elsewhere(rig)  # mapped on another thread, the failure reads the same
    with pytest.raises(ProtocolError) as elsewhere:
        await all_patients(rig)
    assert elsewhere.value.vendor == rig.connector.label
    assert SECRET not in str(elsewhere.value)


async def test_any_unexpected_exception_is_typed_but_a_cancellation_is_not(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = MAPPERS[rig.harness.name][0]
    await rig.connector.list_providers()
    start, end = day_range(rig)

    def fails_with(error: BaseException) -> None:
        def broken(*args: object, **kwargs: object) -> object:
            raise error

        monkeypatch.setattr(rig.connector, name, broken)

    fails_with(RuntimeError(f"Jane {SECRET}"))
    with pytest.raises(ProtocolError) as raised:
        await rig.connector.list_appointments(start, end)
    assert raised.value.vendor == rig.connector.label
    assert "RuntimeError" in str(raised.value) and SECRET not in str(raised.value)

    fails_with(asyncio.CancelledError())
    with pytest.raises(asyncio.CancelledError):
        await rig.connector.list_appointments(start, end)

    fails_with(Conflict("taken", vendor="elsewhere"))
    with pytest.raises(Conflict) as typed:
        await rig.connector.list_appointments(start, end)
    assert typed.value.vendor == "elsewhere", "a typed error passes unchanged"


def test_every_public_method_of_every_connector_is_wrapped(rig: Rig) -> None:
    for name in (*CONTRACT_METHODS, *PAGE_METHODS):
        for cls in type(rig.connector).__mro__:
            if cls is not Connector and name in vars(cls):
                assert is_typed(vars(cls)[name]), f"{cls.__name__}.{name} is not wrapped"
