"""Progenda's documented behaviours and quirks, against its simulator."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from frontdesk.connectors.http import OutcomeUnknown
from frontdesk.domain.errors import AuthFailed, Conflict, Invalid, NotSupported
from frontdesk.domain.models import AppointmentStatus, BookingRequest
from tests.connectors.harness import Rig, make_rig
from tests.connectors.harnesses.progenda import HARNESS, HOST

NOW = datetime(2026, 11, 18, 7, 0, tzinfo=UTC)


@pytest.fixture
async def rig() -> AsyncIterator[Rig]:
    rig = make_rig(HARNESS, NOW)
    yield rig
    await rig.client.aclose()


async def booking(rig: Rig, key: str = "fd-k1") -> BookingRequest:
    openings = await rig.connector.find_openings("consult", NOW, NOW + timedelta(days=2), ["1"])
    opening = openings[0]
    return BookingRequest(
        rig.connector.account_name, "1", "consult", "1", opening.start, opening.end, client_key=key
    )


async def test_credentials_travel_as_query_parameters_and_are_required(rig: Rig) -> None:
    await rig.connector.list_locations()
    sent = rig.faults.requests[-1]
    assert sent.query["user_email"] == ["demo@frontdesk.example"]
    assert sent.query["user_token"] == ["demo-token"]
    async with httpx.AsyncClient(transport=rig.client._transport) as raw:
        response = await raw.get(f"http://{HOST}/api/v2/centers")
    assert response.status_code == 401


async def test_a_wrong_token_is_auth_failed(rig: Rig) -> None:
    rig.state.users["demo@frontdesk.example"] = "rotated"
    with pytest.raises(AuthFailed):
        await rig.connector.list_locations()


async def test_elements_are_wrapped_twice_and_times_are_strings(rig: Rig) -> None:
    async with httpx.AsyncClient(transport=rig.client._transport) as raw:
        body = (
            await raw.get(
                f"http://{HOST}/api/v2/calendars/1/appointments",
                params={
                    "user_email": "demo@frontdesk.example",
                    "user_token": "demo-token",
                    "start": str(int(NOW.timestamp())),
                    "stop": str(int(NOW.timestamp()) + 86400),
                },
            )
        ).json()
    first = body["appointments"][0]["appointment"]
    assert isinstance(first["start"], str) and first["start"].isdigit()


async def test_patients_page_at_1000_with_the_total_in_a_header(rig: Rig) -> None:
    ids = []
    async for page in rig.connector.iter_patients():
        ids.extend(p.id for p in page)
    assert len(ids) == 2500
    center_1 = [r for r in rig.faults.requests if r.path == "/api/v2/centers/1/patients"]
    assert [r.query["page"] for r in center_1] == [["1"], ["2"]]


async def test_each_patient_carries_the_center_that_lists_it(rig: Rig) -> None:
    """Documented: a center lists "the patients belonging to the center" (the record names
    none), so the patient's location is the center it was read from."""
    centers: dict[str, str | None] = {}
    async for page in rig.connector.iter_patients():
        centers.update((p.id, p.location_id) for p in page)
    assert centers and set(centers.values()) == {"1", "2"}
    for patient_id, center in centers.items():
        assert center == str(rig.state.patients[int(patient_id)]["center_id"]), patient_id


async def test_since_is_sent_as_unix_seconds(rig: Rig) -> None:
    since = NOW - timedelta(hours=1)
    async for _ in rig.connector.iter_patients(since):
        pass
    sent = next(r for r in rig.faults.requests if r.path.endswith("/patients"))
    assert int(sent.query["since"][0]) <= int(since.timestamp())


async def test_booking_assigns_our_remote_id_to_a_clinic_created_patient(rig: Rig) -> None:
    appointment = await rig.connector.book(await booking(rig))
    assert rig.state.patients[1]["remote_id"] == "fd-p-1"
    assert appointment.vendor_ref == "fd-k1"
    created = next(r for r in rig.faults.requests if r.method == "POST")
    assert json.loads(created.body)["appointment"]["patient_remote_id"] == "fd-p-1"


async def test_a_remote_id_cannot_be_used_twice(rig: Rig) -> None:
    request = await booking(rig)
    await rig.connector.book(request)
    later = BookingRequest(
        request.account,
        "1",
        "consult",
        "1",
        request.start + timedelta(days=1),
        request.end + timedelta(days=1),
        client_key=request.client_key,
    )
    with pytest.raises(Invalid, match="already been taken"):
        await rig.connector.book(later)


async def test_a_cancelled_appointment_cannot_become_booked_again(rig: Rig) -> None:
    appointment = await rig.connector.cancel(await rig.connector.book(await booking(rig)))
    assert appointment.status is AppointmentStatus.CANCELLED
    with pytest.raises(Invalid, match="cannot become booked again"):
        await rig.connector._update(appointment, {"status": "booked"})


async def test_changing_a_clinic_created_appointment_assigns_a_remote_id_first(rig: Rig) -> None:
    start, end = NOW, NOW + timedelta(days=1)
    existing = next(
        a
        for a in await rig.connector.list_appointments(start, end)
        if a.status is AppointmentStatus.BOOKED and a.vendor_ref is None
    )
    changed = await rig.connector.mark_noshow(existing)
    assert changed.status is AppointmentStatus.NOSHOW
    assert changed.vendor_ref == f"fd-a-{existing.id}"
    methods = [(r.method, r.path) for r in rig.faults.requests[-2:]]
    assert methods[0] == (
        "PUT",
        f"/api/v2/calendars/{existing.provider_id}/appointments/{existing.id}",
    )
    assert methods[1][1].endswith(f"remote_id:fd-a-{existing.id}")


async def test_a_double_booking_is_a_conflict(rig: Rig) -> None:
    request = await booking(rig)
    await rig.connector.book(request)
    clash = BookingRequest(
        request.account, "1", "consult", "2", request.start, request.end, client_key="fd-k2"
    )
    with pytest.raises(Conflict):
        await rig.connector.book(clash)


async def test_after_a_lost_reply_the_booking_is_found_by_its_remote_id(rig: Rig) -> None:
    request = await booking(rig)
    rig.faults.drop_after_next(method="POST")
    with pytest.raises(OutcomeUnknown):
        await rig.connector.book(request)
    found = await rig.connector.find_booking(request)
    assert found is not None and found.vendor_ref == request.client_key
    posts = [r for r in rig.faults.requests if r.method == "POST"]
    assert len(posts) == 1


async def test_confirmation_and_moving_between_calendars_are_explained(rig: Rig) -> None:
    appointment = await rig.connector.book(await booking(rig))
    with pytest.raises(NotSupported, match="confirmation"):
        await rig.connector.confirm(appointment)
    with pytest.raises(NotSupported, match="another calendar"):
        await rig.connector.move(appointment, appointment.start, appointment.end, "2")


async def test_suggestions_are_read_per_calendar_with_the_progenda_service_id(rig: Rig) -> None:
    openings = await rig.connector.find_openings("physio", NOW, NOW + timedelta(days=3))
    assert openings and {o.provider_id for o in openings} == {"3", "6"}
    assert all(o.end - o.start == timedelta(minutes=30) for o in openings)
    sent = [r for r in rig.faults.requests if r.path.endswith("/suggestions")]
    assert {r.query["service_id"][0] for r in sent} == {
        str(s["id"]) for s in rig.state.services.values() if s["remote_id"] == "physio"
    }
