"""PracSuite: the quirks its document describes, as the simulator enforces them and the
connector copes with them (shared/vendor-docs/pracsuite.txt, NOTES.md)."""

from __future__ import annotations

import json
import math
import re
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from urllib.parse import parse_qs
from zoneinfo import ZoneInfo

import httpx
import pytest

from frontdesk.connectors.account import AccountConfig
from frontdesk.connectors.http import OutcomeUnknown
from frontdesk.connectors.localtime import wall_text as local_text
from frontdesk.connectors.pracsuite import PracSuiteConnector
from frontdesk.connectors.pracsuite.connector import search_spans
from frontdesk.connectors.pracsuite.settings import Settings, error_code, read_pracsuite_error
from frontdesk.domain.errors import (
    AuthFailed,
    Conflict,
    Invalid,
    NotFound,
    ProtocolError,
)
from frontdesk.domain.models import AppointmentStatus, BookingRequest, Opening
from frontdesk.sandbox import pracsuite as sim
from tests.connectors.harness import Rig, make_rig
from tests.connectors.harnesses.pracsuite import HARNESS, account

SYDNEY = ZoneInfo("Australia/Sydney")
# Wednesday 18 November 2026, 07:00 in Sydney (AEDT, +11): before the practice opens.
NOW = datetime(2026, 11, 17, 20, 0, tzinfo=UTC)
BASE = "http://pracsuite.sandbox/v1"
KEYS = {"x-api-key": sim.DEMO_INTEGRATOR_KEY, "A-api-key": sim.DEMO_CLINIC_KEY}
LIAM = "101"  # Liam O'Connor (physiotherapy) at Surry Hills, every weekday
STANDARD_PHYSIO = "202"  # 30 minutes


# A smaller practice than the demo's keeps these tests quick; paging still spans pages.
SMALL = replace(HARNESS, make_state=lambda clock: sim.demo_state(clock, patients=450))


async def rig_for(config: AccountConfig | None = None, now: datetime = NOW) -> Rig:
    harness = SMALL if config is None else replace(SMALL, account=lambda: config)
    return make_rig(harness, now)


@pytest.fixture
async def rig() -> AsyncIterator[Rig]:
    made = await rig_for()
    yield made
    await made.client.aclose()


def connector(rig: Rig) -> PracSuiteConnector:
    assert isinstance(rig.connector, PracSuiteConnector)
    return rig.connector


async def call(
    rig: Rig, method: str, path: str, *, headers: dict[str, str] | None = None, **kwargs: Any
) -> httpx.Response:
    return await rig.client.request(
        method, f"{BASE}/{path}", headers=KEYS if headers is None else headers, **kwargs
    )


def searches(rig: Rig, path: str = "/v1/available_appointments") -> list[dict[str, list[str]]]:
    return [r.query for r in rig.faults.requests if r.path == path]


def local(moment: datetime) -> str:
    return moment.astimezone(SYDNEY).strftime("%Y-%m-%dT%H:%M:%S")


def add_appointment(state: sim.PracSuiteState, app_time: str, placement: int = 101) -> int:
    """An appointment the clinic made in PracSuite itself."""
    template = next(iter(state.appointments.values()))
    new_id = state.next_id()
    state.appointments[new_id] = {
        **template,
        "appointment_id": new_id,
        "app_time": app_time,
        "duration": 30,
        "appointment_type_id": 202,
        "practitioner_business_id": placement,
        "practitioner_id": state.placements[placement]["practitioner_id"],
        "business_id": state.placements[placement]["business_id"],
        "appointment_status_id": sim.STATUS_BOOKED,
        "cancelled_at": None,
    }
    return new_id


# ---------------------------------------------------------------------------- authentication
@pytest.mark.parametrize(
    ("headers", "status", "code"),
    [
        ({"x-api-key": sim.DEMO_INTEGRATOR_KEY}, 401, "UNAUTHORIZED"),
        ({"A-api-key": sim.DEMO_CLINIC_KEY}, 403, "MISSING_AUTHENTICATION_TOKEN"),
        ({"x-api-key": sim.DEMO_INTEGRATOR_KEY, "A-api-key": "wrong"}, 401, "UNAUTHORIZED"),
        ({}, 403, "MISSING_AUTHENTICATION_TOKEN"),
    ],
)
async def test_both_keys_are_required(
    rig: Rig, headers: dict[str, str], status: int, code: str
) -> None:
    response = await call(rig, "GET", "business", headers=headers)
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error", "request_id"}
    assert set(body["error"]) == {"status", "code", "title", "detail"}
    assert body["error"]["status"] == status and body["error"]["code"] == code
    assert re.fullmatch(r"[0-9a-f-]{36}", body["request_id"])


async def test_unknown_endpoint_is_missing_authentication_token(rig: Rig) -> None:
    response = await call(rig, "GET", "no_such_thing")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "MISSING_AUTHENTICATION_TOKEN"
    wrong_method = await call(rig, "DELETE", "appointment/1")
    assert wrong_method.status_code == 403


async def test_missing_clinic_key_surfaces_as_auth_failed() -> None:
    config = replace(account(), secrets={"api_key": sim.DEMO_INTEGRATOR_KEY, "clinic_key": ""})
    rig = await rig_for(config)
    with pytest.raises(AuthFailed) as raised:
        await rig.connector.test_connection()
    sent = rig.faults.requests[-1]
    assert "a-api-key" not in sent.headers and sent.status == 401
    assert "A-api-key" in raised.value.message
    assert sim.DEMO_INTEGRATOR_KEY not in str(raised.value)
    assert len(rig.faults.requests) == 1, "a refused key is not retried"
    await rig.client.aclose()


async def test_missing_integrator_key_surfaces_as_auth_failed() -> None:
    config = replace(account(), secrets={"api_key": "", "clinic_key": sim.DEMO_CLINIC_KEY})
    rig = await rig_for(config)
    with pytest.raises(AuthFailed) as raised:
        await rig.connector.test_connection()
    assert "x-api-key" in raised.value.message
    await rig.client.aclose()


# ---------------------------------------------------------------------------- error body
def test_error_body_becomes_one_readable_line() -> None:
    body = {
        "error": {
            "status": 404,
            "code": "NOT_FOUND",
            "title": "Not Found",
            "detail": "Could not find Patient with ID 42",
        },
        "request_id": "5bc8fbbc-bde5-4099-8164-d8399f767c45",
    }
    text = read_pracsuite_error(httpx.Response(404, json=body))
    assert text == (
        "Could not find Patient with ID 42 [NOT_FOUND; request 5bc8fbbc-bde5-4099-8164-d8399f767c45]"
    )
    no_detail = {"error": {"status": 401, "code": "UNAUTHORIZED", "title": "Unauthorized"}}
    assert read_pracsuite_error(httpx.Response(401, json=no_detail)) == (
        "Unauthorized [UNAUTHORIZED]"
    )
    assert read_pracsuite_error(httpx.Response(502, text="<html>bad gateway</html>")) is None


async def test_not_found_carries_the_vendor_message(rig: Rig) -> None:
    with pytest.raises(NotFound) as raised:
        await connector(rig).patient_details("424242")
    assert str(raised.value).startswith("PracSuite: Could not find Patient with ID 424242 [")
    assert error_code(raised.value) == "NOT_FOUND"


async def test_invalid_params_is_invalid(rig: Rig) -> None:
    response = await call(rig, "GET", "patient", params={"sort_by": "surname"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "INVALID_PARAMS"
    bad_filter = await call(rig, "GET", "patient", params={"q[]": "shoe_size:>=42"})
    assert bad_filter.status_code == 400


# ---------------------------------------------------------------------------- lists and paging
async def test_list_shape_and_default_page_size(rig: Rig) -> None:
    body = (await call(rig, "GET", "patient")).json()
    assert set(body) == {"patients", "total_entries", "links"}
    assert len(body["patients"]) == 50 and body["total_entries"] == len(rig.state.patients)
    assert body["links"]["previous"] is None
    assert (
        body["links"]["next"].startswith(f"{BASE}/patient?") and "page=2" in body["links"]["next"]
    )


async def test_page_size_above_100_is_clamped(rig: Rig) -> None:
    body = (await call(rig, "GET", "patient", params={"page_size": "500"})).json()
    assert len(body["patients"]) == 100
    assert "page_size=100" in body["links"]["next"]
    assert (await call(rig, "GET", "patient", params={"page_size": "0"})).status_code == 400


async def test_sort_by_is_a_json_array(rig: Rig) -> None:
    params = {"sort_by": json.dumps(["surname", "-patient_id"]), "page_size": "100"}
    rows = (await call(rig, "GET", "patient", params=params)).json()["patients"]
    keys = [(r["surname"], -r["patient_id"]) for r in rows]
    assert keys == sorted(keys)


async def test_links_next_is_followed_to_the_end(rig: Rig) -> None:
    ids = [p.id async for page in rig.connector.iter_patients() for p in page]
    total = len(rig.state.patients)
    assert len(ids) == total == len(set(ids))
    sent = [r for r in rig.faults.requests if r.path == "/v1/patient"]
    assert len(sent) == math.ceil(total / 100)
    # Each request after the first is exactly the previous reply's links.next.
    first = sent[0]
    assert first.query["page_size"] == ["100"] and "page" not in first.query
    assert first.query["sort_by"] == ['["patient_id"]']
    reply = (await call(rig, "GET", "patient", params=first.query)).json()
    for request in sent[1:]:
        following = httpx.URL(reply["links"]["next"])
        assert request.query == parse_qs(following.query.decode(), keep_blank_values=True)
        reply = (await call(rig, "GET", "patient", params=request.query)).json()
    assert reply["links"]["next"] is None


async def test_a_link_to_another_server_is_refused(rig: Rig) -> None:
    page = {
        "patients": [],
        "total_entries": 200,
        "links": {"self": f"{BASE}/patient", "previous": None, "next": "https://evil.example/p2"},
    }
    rig.faults.fail_next(200, page, path_contains="/v1/patient")
    with pytest.raises(ProtocolError):
        async for _ in rig.connector.iter_patients():
            pass
    assert all(r.path == "/v1/patient" for r in rig.faults.requests)


async def test_incremental_patients_use_the_updated_filter(rig: Rig) -> None:
    since = rig.clock.now()
    rig.clock.advance(timedelta(minutes=5))
    patient = rig.state.patients[1010]
    patient["email"] = "new.address@example.com.au"
    rig.state.touch(patient)
    changed = [p async for page in rig.connector.iter_patients(since) for p in page]
    assert [p.id for p in changed] == ["1010"]
    assert rig.faults.requests[-1].query["q[]"] == ["updated:>=2026-11-17T19:59:58Z"]


# ---------------------------------------------------------------------------- patient fields
async def test_accepted_privacy_policy_null_true_false(rig: Rig) -> None:
    for patient_id, consent in ((1001, None), (1002, True), (1003, False)):
        rig.state.patients[patient_id]["accepted_privacy_policy"] = consent
    c = connector(rig)
    read = {pid: await c.patient_details(str(pid)) for pid in (1001, 1002, 1003)}
    assert [read[p].accepted_privacy_policy for p in (1001, 1002, 1003)] == [None, True, False]
    assert read[1001].patient.phone and read[1002].patient.email
    rejected = read[1003].patient
    assert rejected.phone is None and rejected.email is None, "minimal cache by default"
    assert rejected.last_name == rig.state.patients[1003]["surname"]

    keep = await rig_for(account(privacy_rejected="keep"))
    keep.state.patients[1003]["accepted_privacy_policy"] = False
    assert (await connector(keep).patient_details("1003")).patient.email
    await keep.client.aclose()


async def test_time_zone_and_timezone_are_both_read(rig: Rig) -> None:
    c = connector(rig)
    created = await c.create_patient_record(
        "Mia", "Tuilagi", mobile="0412 345 678", time_zone="Australia/Perth"
    )
    sent = json.loads(rig.faults.requests[-1].body)
    assert sent["timezone"] == "Australia/Perth" and "time_zone" not in sent
    assert created.time_zone == "Australia/Perth"  # the create reply spells it `timezone`
    again = await c.patient_details(created.patient.id)
    assert again.time_zone == "Australia/Perth"  # reads spell it `time_zone`
    raw = (await call(rig, "GET", f"patient/{created.patient.id}")).json()
    assert raw["time_zone"] == "Australia/Perth" and "timezone" not in raw
    assert again.patient.phone == "0412 345 678"


async def test_patient_create_validation(rig: Rig) -> None:
    missing = await call(rig, "POST", "patient", json={"first_name": "Ava"})
    assert missing.status_code == 400 and "surname" in missing.json()["error"]["detail"]
    zone = await call(
        rig, "POST", "patient", json={"first_name": "A", "surname": "B", "timezone": "Mars/Base"}
    )
    assert zone.status_code == 422 and zone.json()["error"]["code"] == "INVALID_TIME_ZONE"


async def test_preferred_phone_picks_home_or_mobile(rig: Rig) -> None:
    record = rig.state.patients[1004]
    record.update(
        home_phone="(02) 9555 1234",
        mobile_phone="0411 111 111",
        preferred_phone=1,
        accepted_privacy_policy=True,
    )
    c = connector(rig)
    assert (await c.patient_details("1004")).patient.phone == "(02) 9555 1234"
    record["preferred_phone"] = 3
    assert (await c.patient_details("1004")).patient.phone == "0411 111 111"


# ---------------------------------------------------------------------------- reference data
async def test_a_practitioner_at_two_businesses_is_two_providers(rig: Rig) -> None:
    providers = {p.id: p for p in await rig.connector.list_providers()}
    assert len(providers) == len(rig.state.placements)
    assert providers["102"].location_id == "1" and providers["103"].location_id == "2"
    assert providers["102"].name == "Priya Raman (Harbour City Allied Health – Surry Hills)"
    assert providers[LIAM].name == "Liam O'Connor"
    services = {s.id: s for s in await rig.connector.list_services()}
    assert services["207"].minutes == 60 and set(services["207"].provider_ids) == {"107", "108"}
    locations = await rig.connector.list_locations()
    assert {loc.timezone for loc in locations} == {"Australia/Sydney"}


# ---------------------------------------------------------------------------- availability
async def test_a_nine_day_search_is_a_seven_and_a_two_day_call() -> None:
    rig = await rig_for(account(search_to_inclusive="true"))  # the reading known: fewest calls
    start = datetime(2026, 12, 1, tzinfo=SYDNEY)
    openings = await rig.connector.find_openings(
        STANDARD_PHYSIO, start, start + timedelta(days=9), [LIAM]
    )
    sent = searches(rig)
    first_pages = [q for q in sent if "page" not in q]
    assert [(q["from"], q["to"]) for q in first_pages] == [
        (["2026-12-01"], ["2026-12-07"]),
        (["2026-12-08"], ["2026-12-09"]),
    ]
    assert all(q["appointment_type_id"] == [STANDARD_PHYSIO] for q in sent)
    spans = [(q["from"], q["to"]) for q in first_pages]
    assert all((q["from"], q["to"]) in spans for q in sent), "later pages keep their span"
    days = {local(o.start)[:10] for o in openings}
    assert "2026-12-09" in days and "2026-12-01" in days
    await rig.client.aclose()


def test_search_spans_with_to_inclusive() -> None:
    first = date(2026, 12, 1)
    assert list(search_spans(first, first + timedelta(days=8), 7, True)) == [
        (first, first + timedelta(days=6)),
        (first + timedelta(days=7), first + timedelta(days=8)),
    ]
    # A one-day search asks for two: from == to is refused where `to` is exclusive.
    assert list(search_spans(first, first, 7, True)) == [(first, first + timedelta(days=1))]


async def test_the_simulator_refuses_more_than_seven_days(rig: Rig) -> None:
    params = {"from": "2026-12-01", "to": "2026-12-08", "appointment_type_id": "202"}
    response = await call(rig, "GET", "available_appointments", params=params)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "INVALID_PARAMS"
    assert "7 days" in response.json()["error"]["detail"]
    ok = await call(rig, "GET", "available_appointments", params={**params, "to": "2026-12-07"})
    assert ok.status_code == 200


@pytest.mark.parametrize(
    ("extra", "detail"),
    [
        ({"appointment_type_id": "202,203"}, "single appointment_type_id"),
        ({"account_id": "501001"}, "client_id is required"),
        ({"to": "2026-11-30"}, "to must not be before from"),
    ],
)
async def test_availability_parameters_are_checked(
    rig: Rig, extra: dict[str, str], detail: str
) -> None:
    params = {"from": "2026-12-01", "to": "2026-12-02", "appointment_type_id": "202", **extra}
    response = await call(rig, "GET", "available_appointments", params=params)
    assert response.status_code == 400 and detail in response.json()["error"]["detail"]


async def available_hours(rig: Rig, **flags: str) -> set[time]:
    # 15 December: past the seeded book, so every rostered time is free.
    params = {
        "from": "2026-12-15",
        "to": "2026-12-15",
        "appointment_type_id": STANDARD_PHYSIO,
        "practitioner_ids": "11",
        "page_size": "100",
        **flags,
    }
    body = (await call(rig, "GET", "available_appointments", params=params)).json()
    assert body["total_entries"] == len(body["available_times"])
    return {datetime.fromisoformat(t["app_time"]).time() for t in body["available_times"]}


def window(first: str, last: str) -> set[time]:
    start = datetime.combine(date(2026, 12, 15), time.fromisoformat(first))
    end = datetime.combine(date(2026, 12, 15), time.fromisoformat(last))
    out = set()
    while start <= end:
        out.add(start.time())
        start += timedelta(minutes=15)
    return out


async def test_roster_flags_without_a_flag_only_manual_times(rig: Rig) -> None:
    morning = window("08:30", "12:00")  # open to every tool
    early_afternoon = window("13:30", "15:30")  # manual only
    late_afternoon = window("16:00", "17:30")  # online only
    assert await available_hours(rig) == morning | early_afternoon
    assert await available_hours(rig, manual="true") == morning | early_afternoon
    assert await available_hours(rig, online="true") == morning | late_afternoon
    assert await available_hours(rig, waiting_list="true") == morning
    both = await available_hours(rig, manual="true", online="true")
    assert both == morning | early_afternoon | late_afternoon


async def test_filters_combine_with_and(rig: Rig) -> None:
    params = {"from": "2026-12-15", "to": "2026-12-15", "appointment_type_id": "202"}
    physio = (await call(rig, "GET", "available_appointments", params=params)).json()
    assert {t["practitioner_id"] for t in physio["available_times"]} == {11, 12, 13}
    narrowed = {**params, "business_ids": "2", "practitioner_ids": "11,13"}
    body = (await call(rig, "GET", "available_appointments", params=narrowed)).json()
    assert {t["practitioner_id"] for t in body["available_times"]} == {13}
    first = body["available_times"][0]
    assert set(first) == {
        "app_time",
        "duration",
        "appointment_type_id",
        "practitioner_id",
        "practitioner_business_id",
        "business_id",
        "profession_id",
        "practitioner_name",
        "resource_ids",
        "column_number",
        "width",
    }


async def test_openings_are_free_and_carry_the_roster_flags_option() -> None:
    rig = await rig_for(account(roster_flags="manual,online"))
    start = datetime(2026, 12, 15, tzinfo=SYDNEY)
    openings = await rig.connector.find_openings(
        STANDARD_PHYSIO, start, start + timedelta(days=1), [LIAM]
    )
    assert searches(rig)[0]["manual"] == ["true"] and searches(rig)[0]["online"] == ["true"]
    assert local(openings[-1].start).endswith("17:30:00")
    assert {o.provider_id for o in openings} == {LIAM}
    await rig.client.aclose()


# ---------------------------------------------------------------------------- durations
@pytest.mark.parametrize(
    ("minutes", "accepted"),
    [(0, False), (3, False), (5, True), (33, False), (1440, True), (1445, False)],
)
async def test_duration_is_5_to_1440_in_steps_of_5(rig: Rig, minutes: int, accepted: bool) -> None:
    body = {
        "client_id": 1001,
        "account_id": 501001,
        "appointment_type_id": 202,
        "app_time": "2027-01-20T00:00:00",  # a day nobody has booked
        "practitioner_business_id": 101,
        "duration": minutes,
    }
    response = await call(rig, "POST", "appointment", json=body)
    if accepted:
        assert response.status_code == 201 and response.json()["duration"] == minutes
    else:
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "INVALID_DURATION"


async def test_a_bad_duration_reaches_the_caller_as_invalid(rig: Rig) -> None:
    start = datetime(2027, 1, 20, 9, tzinfo=SYDNEY)
    request = BookingRequest(
        "PracSuite clinic", LIAM, STANDARD_PHYSIO, "1001", start, start + timedelta(minutes=33)
    )
    with pytest.raises(Invalid) as raised:
        await rig.connector.book(request)
    assert "multiple of 5" in raised.value.message
    assert not isinstance(raised.value, Conflict)


# ---------------------------------------------------------------------------- DST
@pytest.mark.parametrize(
    ("clock", "before", "after"),
    [
        # Daylight saving starts Sunday 4 October 2026: +10 before, +11 after.
        (datetime(2026, 9, 1, tzinfo=UTC), date(2026, 10, 2), date(2026, 10, 5)),
        # Daylight saving ends Sunday 5 April 2026: +11 before, +10 after.
        (datetime(2026, 3, 1, tzinfo=UTC), date(2026, 4, 3), date(2026, 4, 6)),
    ],
)
async def test_app_time_is_converted_on_both_sides_of_a_dst_change(
    clock: datetime, before: date, after: date
) -> None:
    rig = await rig_for(now=clock)  # both days are past the seeded book: all free
    offsets = {}
    for day in (before, after):
        add_appointment(rig.state, f"{day.isoformat()}T09:00:00")
        zone_offset = datetime.combine(day, time(9), SYDNEY).utcoffset()
        assert zone_offset is not None
        offsets[day] = zone_offset
    assert offsets[before] != offsets[after]
    listed = await rig.connector.list_appointments(
        datetime.combine(before, time(), SYDNEY), datetime.combine(after, time(23), SYDNEY)
    )
    for day in (before, after):
        nine = datetime.combine(day, time(9)) - offsets[day]
        assert any(a.start == nine.replace(tzinfo=UTC) for a in listed), day

    # Openings: the first is 08:30 clinic time on each side, in UTC one hour apart.
    for day in (before, after):
        start = datetime.combine(day, time(), SYDNEY)
        opening = (
            await rig.connector.find_openings(
                STANDARD_PHYSIO, start, start + timedelta(days=1), [LIAM]
            )
        )[0]
        assert opening.start == (datetime.combine(day, time(8, 30)) - offsets[day]).replace(
            tzinfo=UTC
        )

    # Writes: a UTC start becomes the right clinic-local app_time.
    for day in (before, after):
        start = (datetime.combine(day, time(10)) - offsets[day]).replace(tzinfo=UTC)
        await rig.connector.book(
            BookingRequest(
                "PracSuite clinic",
                LIAM,
                STANDARD_PHYSIO,
                "1001",
                start,
                start + timedelta(minutes=30),
            )
        )
        assert json.loads(rig.faults.requests[-1].body)["app_time"] == f"{day}T10:00:00"
    await rig.client.aclose()


def test_local_text_follows_sydney_offsets() -> None:
    assert local_text(datetime(2026, 10, 3, 23, 0, tzinfo=UTC), SYDNEY) == "2026-10-04T10:00:00"
    assert local_text(datetime(2026, 10, 1, 23, 0, tzinfo=UTC), SYDNEY) == "2026-10-02T09:00:00"
    assert local_text(datetime(2026, 4, 2, 22, 0, tzinfo=UTC), SYDNEY) == "2026-04-03T09:00:00"
    assert local_text(datetime(2026, 4, 5, 23, 0, tzinfo=UTC), SYDNEY) == "2026-04-06T09:00:00"


# ---------------------------------------------------------------------------- writes
async def first_free(rig: Rig) -> Opening:
    start = datetime(2026, 11, 19, tzinfo=SYDNEY)
    openings = await rig.connector.find_openings(
        STANDARD_PHYSIO, start, start + timedelta(days=1), [LIAM]
    )
    return openings[0]


def request_for(opening: Opening, patient: str = "1001") -> BookingRequest:
    return BookingRequest(
        "PracSuite clinic",
        opening.provider_id,
        opening.service_id,
        patient,
        opening.start,
        opening.end,
        notes="booked at the front desk",
        client_key="fd-1",
    )


async def test_booking_sends_the_required_fields(rig: Rig) -> None:
    opening = await first_free(rig)
    appointment = await rig.connector.book(request_for(opening))
    sent = json.loads(rig.faults.requests[-1].body)
    assert sent == {
        "client_id": 1001,
        "account_id": 501001,
        "appointment_type_id": 202,
        "app_time": local(opening.start),
        "practitioner_business_id": 101,
        "duration": 30,
        "notes": "booked at the front desk",
    }
    assert appointment.start == opening.start and appointment.status is AppointmentStatus.BOOKED
    assert appointment.patient_id == "1001" and appointment.provider_id == LIAM


async def test_a_double_booking_is_a_conflict(rig: Rig) -> None:
    opening = await first_free(rig)
    await rig.connector.book(request_for(opening))
    posts_before = sum(r.method == "POST" for r in rig.faults.requests)
    with pytest.raises(Conflict) as raised:
        await rig.connector.book(request_for(opening, patient="1002"))
    assert "INVALID_APPOINTMENT_TIME" in raised.value.message
    assert sum(r.method == "POST" for r in rig.faults.requests) == posts_before + 1
    assert rig.faults.requests[-1].status == 422


async def test_moving_onto_a_taken_time_is_a_conflict(rig: Rig) -> None:
    opening = await first_free(rig)
    first = await rig.connector.book(request_for(opening))
    later = opening.start + timedelta(days=27)  # far ahead: free
    second = await rig.connector.book(
        replace(request_for(opening, "1002"), start=later, end=later + timedelta(minutes=30))
    )
    with pytest.raises(Conflict):
        await rig.connector.move(second, first.start, first.end, LIAM)
    moved = await rig.connector.move(
        second, later + timedelta(hours=1), later + timedelta(hours=1, minutes=30), LIAM
    )
    assert moved.start == later + timedelta(hours=1)
    assert json.loads(rig.faults.requests[-1].body) == {
        "app_time": local(later + timedelta(hours=1)),
        "duration": 30,
    }


async def test_a_lost_reply_is_reconciled_by_patient_practitioner_and_start(rig: Rig) -> None:
    opening = await first_free(rig)
    rig.faults.drop_after_next(path_contains="/v1/appointment", method="POST")
    with pytest.raises(OutcomeUnknown):
        await rig.connector.book(request_for(opening))
    found = await rig.connector.find_booking(request_for(opening))
    assert found is not None and found.start == opening.start and found.patient_id == "1001"
    other = replace(request_for(opening), patient_id="1002")
    assert await rig.connector.find_booking(other) is None


async def test_cancel_keeps_it_on_the_book(rig: Rig) -> None:
    appointment = await rig.connector.book(request_for(await first_free(rig)))
    cancelled = await rig.connector.cancel(appointment, "rang to cancel")
    assert json.loads(rig.faults.requests[-1].body) == {
        "appointment_cancellation_reason_id": 1,
        "record_as_cancelled": True,
        "reason": "rang to cancel",
    }
    assert cancelled.status is AppointmentStatus.CANCELLED
    again = await call(
        rig,
        "POST",
        f"appointment/{appointment.id}/cancel",
        json={"appointment_cancellation_reason_id": 1},
    )
    assert again.status_code == 422 and again.json()["error"]["code"] == "INVALID_APPOINTMENT"


@pytest.mark.parametrize(
    ("action", "status_id", "status"),
    [
        ("mark_arrived", 3, AppointmentStatus.ARRIVED),
        ("mark_noshow", 4, AppointmentStatus.NOSHOW),
        ("confirm", 2, AppointmentStatus.BOOKED),
    ],
)
async def test_status_changes_use_appointment_status_id(
    rig: Rig, action: str, status_id: int, status: AppointmentStatus
) -> None:
    appointment = await rig.connector.book(request_for(await first_free(rig)))
    changed = await getattr(rig.connector, action)(appointment)
    request = rig.faults.requests[-1]
    assert request.method == "PATCH" and json.loads(request.body) == {
        "appointment_status_id": status_id
    }
    assert changed.status is status
    assert (changed.confirmed_at is not None) is (action == "confirm")


async def test_status_ids_are_an_option() -> None:
    ids = "booked=1,confirmed=2,arrived=5,noshow=4,completed=3"
    rig = await rig_for(account(status_ids=ids))
    appointment = await rig.connector.book(request_for(await first_free(rig)))
    await rig.connector.mark_arrived(appointment)
    assert json.loads(rig.faults.requests[-1].body) == {"appointment_status_id": 5}
    await rig.client.aclose()


async def test_incremental_appointments(rig: Rig) -> None:
    start = datetime(2026, 11, 18, tzinfo=SYDNEY)
    end = start + timedelta(days=2)
    everything = await rig.connector.list_appointments(start, end)
    cursor = rig.clock.now()
    rig.clock.advance(timedelta(minutes=3))
    target = everything[5]
    await rig.connector.confirm(target)
    changed = await rig.connector.list_appointments(start, end, since=cursor)
    assert [a.id for a in changed] == [target.id]
    assert changed[0].confirmed_at == rig.clock.now()


async def test_reservation_holds_the_time_then_lapses(rig: Rig) -> None:
    body = {"app_time": "2027-01-21T09:00:00", "practitioner_business_id": 101, "duration": 30}
    held = await call(rig, "POST", "reserve_appointment", json=body)
    assert held.status_code == 201 and held.json()["category"] == "reservation"
    assert set(held.json()) == {"appointment_id", "category"}
    assert (await call(rig, "POST", "reserve_appointment", json=body)).status_code == 422
    start = datetime(2027, 1, 21, 9, tzinfo=SYDNEY)
    listed = await rig.connector.list_appointments(start, start + timedelta(hours=1))
    assert [a.status for a in listed if a.id == str(held.json()["appointment_id"])] == [
        AppointmentStatus.PENDING
    ]
    rig.clock.advance(timedelta(minutes=11))
    assert (await call(rig, "POST", "reserve_appointment", json=body)).status_code == 201


async def test_reading_statuses_from_the_seeded_book(rig: Rig) -> None:
    start = datetime(2026, 11, 10, tzinfo=SYDNEY)
    listed = await rig.connector.list_appointments(start, start + timedelta(days=10))
    seen = {a.status for a in listed}
    assert {
        AppointmentStatus.FULFILLED,
        AppointmentStatus.NOSHOW,
        AppointmentStatus.CANCELLED,
        AppointmentStatus.BOOKED,
    } <= seen
    assert any(a.confirmed_at for a in listed)


# ---------------------------------------------------------------------------- options
@pytest.mark.parametrize(
    "options",
    [
        {"timezone": "Sydney"},
        {"page_size": "500"},
        {"roster_flags": "walk_in"},
        {"status_ids": "booked=1"},
        {"search_to_inclusive": "maybe"},
        {"filter_format": "{column}"},
    ],
)
def test_bad_options_are_refused_with_their_name(options: dict[str, str]) -> None:
    with pytest.raises(Invalid) as raised:
        Settings.of(account(**options))
    assert next(iter(options)) in raised.value.message


async def test_exclusive_to_option_sends_the_day_after() -> None:
    rig = await rig_for(account(search_to_inclusive="false", search_days="6"))
    start = datetime(2026, 12, 1, tzinfo=SYDNEY)
    await rig.connector.find_openings(STANDARD_PHYSIO, start, start + timedelta(days=6), [LIAM])
    assert [(q["from"], q["to"]) for q in searches(rig) if "page" not in q] == [
        (["2026-12-01"], ["2026-12-07"])
    ]
    await rig.client.aclose()
