"""Naturaesoft EMR: the quirks of its Beta API, against the simulator."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import AsyncIterator, Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from frontdesk.connectors.http import Forbidden
from frontdesk.connectors.localtime import combine_wall as local_to_utc
from frontdesk.connectors.naturaesoft.auth import NaturaesoftTokenAuth, parse_expires_in
from frontdesk.connectors.naturaesoft.connector import NaturaesoftConnector, humanize
from frontdesk.domain.errors import AuthFailed, Invalid, NotSupported, ProtocolError
from frontdesk.domain.models import (
    AppointmentStatus,
    BookingRequest,
    Capability,
    PatientDraft,
)
from frontdesk.sandbox import naturaesoft as sim
from tests.connectors.harness import Rig, make_rig
from tests.connectors.harnesses.naturaesoft import HARNESS, account

NOW = datetime(2026, 11, 18, 13, 0, tzinfo=UTC)  # Wednesday 08:00 in Asheville
NY = ZoneInfo("America/New_York")
BASE = f"http://{sim.HOST}/v1/{sim.DEMO_PPASS}"

RigFactory = Callable[..., Any]


@pytest.fixture
async def rigs() -> AsyncIterator[RigFactory]:
    """make(now=..., prospects=..., api_key=..., **options) -> a Rig; closed afterwards."""
    made: list[Rig] = []

    def make(
        now: datetime = NOW, prospects: int = 60, api_key: str = sim.DEMO_KEY, **options: str
    ) -> Rig:
        harness = dataclasses.replace(
            HARNESS,
            make_state=lambda clock: sim.demo_state(clock, prospects=prospects),
            account=lambda: account(api_key, **options),
        )
        rig = make_rig(harness, now)
        made.append(rig)
        return rig

    yield make
    for rig in made:
        await rig.client.aclose()


def connector(rig: Rig) -> NaturaesoftConnector:
    assert isinstance(rig.connector, NaturaesoftConnector)
    return rig.connector


def exchanges(rig: Rig) -> int:
    return sum(1 for r in rig.faults.requests if r.path.endswith("/auth/token"))


async def raw_token(rig: Rig, key: str = sim.DEMO_KEY) -> str:
    response = await rig.client.post(f"{BASE}/auth/token", json={"apiKey": key})
    token = response.json()["accessToken"]
    assert isinstance(token, str)
    return token


async def raw_get(rig: Rig, path: str, token: str, **params: Any) -> httpx.Response:
    return await rig.client.get(
        f"{BASE}/{path}", params=params, headers={"Authorization": f"Bearer {token}"}
    )


def block_days(state: sim.NaturaesoftState, provider: int, first: date, days: int) -> None:
    """Fill every working hour of `days` days with booked visits."""
    for offset in range(days):
        day = first + timedelta(days=offset)
        for visit in state.visits_on(provider, day):
            state.remove_visit(visit["VisitID"])
        for at, minutes in (("08:30:00", 240), ("13:30:00", 270)):
            state.add_visit(
                {
                    "VisitID": state.next_id(),
                    "provider": provider,
                    "date": day.isoformat(),
                    "time": at,
                    "duration": minutes,
                    "type": "FOLLOWUP",
                    "booked": True,
                }
            )


def clear_day(state: sim.NaturaesoftState, provider: int, day: date) -> None:
    for visit in state.visits_on(provider, day):
        state.remove_visit(visit["VisitID"])


# ---------------------------------------------------------------------------- the token
async def test_token_is_exchanged_once_and_reused(rigs: RigFactory) -> None:
    rig = rigs()
    await rig.connector.list_providers()
    await rig.connector.list_appointments(NOW, NOW + timedelta(days=1))
    assert exchanges(rig) == 1
    token_request = next(r for r in rig.faults.requests if r.path.endswith("/auth/token"))
    assert token_request.method == "POST"
    assert json.loads(token_request.body) == {"apiKey": sim.DEMO_KEY}
    other = [r for r in rig.faults.requests if not r.path.endswith("/auth/token")]
    assert all(r.headers["authorization"].startswith("Bearer eyJ") for r in other)


async def test_token_renewed_after_24_hours_without_an_error(rigs: RigFactory) -> None:
    rig = rigs()
    await rig.connector.list_providers()
    rig.clock.advance(timedelta(hours=24, minutes=1))
    providers = await rig.connector.list_providers()
    assert len(providers) == 4
    assert exchanges(rig) == 2
    assert rig.state.token_exchanges == 2
    # Renewed before sending: the simulator never had to refuse the old token.
    assert all(r.status != 401 for r in rig.faults.requests)


async def test_token_renewed_shortly_before_expiry(rigs: RigFactory) -> None:
    rig = rigs()
    await rig.connector.list_providers()
    rig.clock.advance(timedelta(hours=23, minutes=58))
    await rig.connector.list_providers()
    assert exchanges(rig) == 2
    assert all(r.status != 401 for r in rig.faults.requests)


async def test_refused_token_is_refreshed_through_the_401_hook(rigs: RigFactory) -> None:
    rig = rigs()
    await rig.connector.list_providers()
    rig.state.tokens.clear()  # e.g. revoked by Naturaesoft, or a clock skew
    providers = await rig.connector.list_providers()
    assert providers
    statuses = [r.status for r in rig.faults.requests]
    assert 401 in statuses
    assert exchanges(rig) == 2


async def test_without_a_clock_the_401_refresh_still_carries_the_call(rigs: RigFactory) -> None:
    rig = rigs()
    auth = connector(rig).http.auth
    assert isinstance(auth, NaturaesoftTokenAuth)
    auth.clock = None  # lifetime unknown to the connector
    await rig.connector.list_providers()
    rig.clock.advance(timedelta(hours=25))
    assert await rig.connector.list_providers()
    assert [r.status for r in rig.faults.requests].count(401) == 1
    assert exchanges(rig) == 2


async def test_simulator_refuses_an_expired_token(rigs: RigFactory) -> None:
    rig = rigs()
    token = await raw_token(rig)
    assert (await raw_get(rig, "tags", token)).status_code == 200
    rig.clock.advance(timedelta(hours=24))
    response = await raw_get(rig, "tags", token)
    assert response.status_code == 401
    assert response.json() == {"error": "Token expired"}


async def test_token_reply_shape_is_the_documented_one(rigs: RigFactory) -> None:
    rig = rigs()
    response = await rig.client.post(f"{BASE}/auth/token", json={"apiKey": sim.DEMO_KEY})
    body = response.json()
    assert set(body) == {"accessToken", "tokenType", "expiresIn"}
    assert body["tokenType"] == "Bearer" and body["expiresIn"] == "24h"


async def test_simulator_needs_a_bearer_token(rigs: RigFactory) -> None:
    rig = rigs()
    response = await rig.client.get(f"{BASE}/prospects")
    assert response.status_code == 401
    assert response.json() == {"error": "Missing bearer token"}
    response = await raw_get(rig, "prospects", "not-a-token")
    assert response.status_code == 401


async def test_wrong_api_key_is_a_clear_auth_error_without_the_key(rigs: RigFactory) -> None:
    rig = rigs(api_key="nsk_wrong_secret_value")
    with pytest.raises(AuthFailed) as raised:
        await rig.connector.list_providers()
    assert "API key was refused" in str(raised.value)
    assert "nsk_wrong_secret_value" not in str(raised.value)
    assert exchanges(rig) == 1  # a refused key is not retried


async def test_unknown_practice_code_names_the_ppass(rigs: RigFactory) -> None:
    rig = rigs(ppass="NoSuchOffice")
    with pytest.raises(AuthFailed) as raised:
        await rig.connector.list_providers()
    assert "PPass" in str(raised.value)
    assert rig.faults.requests[0].path == "/v1/NoSuchOffice/auth/token"


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("24h", 86400), ("30m", 1800), ("1h30m", 5400), ("3600", 3600), (3599, 3599), ("1d", 86400)],
)
def test_expires_in_is_read_in_its_usual_spellings(text: Any, seconds: int) -> None:
    assert parse_expires_in(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["", "soon", None, True, 0, "24 hours"])
def test_unreadable_expires_in_falls_back_to_the_401_refresh(text: Any) -> None:
    assert parse_expires_in(text) is None


# ---------------------------------------------------------------------------- scope, wrapper
async def test_key_without_providers_scope_gets_a_clear_error(rigs: RigFactory) -> None:
    rig = rigs(api_key=sim.NO_PROVIDERS_KEY)
    with pytest.raises(Forbidden) as raised:
        await rig.connector.list_providers()
    assert "Providers scope" in raised.value.message
    assert raised.value.vendor == "Naturaesoft EMR"
    assert rig.faults.requests[-1].status == 403
    with pytest.raises(Forbidden):
        await rig.connector.find_openings("FOLLOWUP", NOW, NOW + timedelta(days=1), ["1"])
    # The prospects need no such scope.
    pages = [page async for page in rig.connector.iter_patients()]
    assert sum(len(p) for p in pages) == 60


async def test_simulator_answers_403_with_its_error_body(rigs: RigFactory) -> None:
    rig = rigs()
    token = await raw_token(rig, sim.NO_PROVIDERS_KEY)
    for path in ("availability/providers", "availability/providers/1/slots"):
        response = await raw_get(rig, path, token, date="2026-11-18", duration=30)
        assert response.status_code == 403
        assert "Providers" in response.json()["error"]


async def test_data_wrapper_is_required(rigs: RigFactory) -> None:
    rig = rigs()
    rig.faults.fail_next(200, [{"id": 1, "name": "Bare"}], path_contains="/providers")
    with pytest.raises(ProtocolError) as raised:
        await rig.connector.list_providers()
    assert "'data'" in str(raised.value)


async def test_empty_schedule_sent_as_a_list_is_read_as_no_visits(rigs: RigFactory) -> None:
    rig = rigs()
    await rig.connector.list_providers()
    empty = {
        "data": {
            "provider": {"id": 1, "name": "Maya Thornton", "title": "ND", "specialty": "x"},
            "startDate": "2026-11-18",
            "endDate": "2026-11-18",
            "schedule": [],
            "totalVisits": 0,
        }
    }
    rig.faults.fail_next(200, empty, path_contains="/providers/1/schedule")
    start = datetime(2026, 11, 18, 5, tzinfo=UTC)
    listed = await rig.connector.list_appointments(start, start + timedelta(days=1))
    assert listed and all(a.provider_id != "1" for a in listed)


# ---------------------------------------------------------------------------- openings
async def test_next_slot_max_days_is_honoured(rigs: RigFactory) -> None:
    rig = rigs()
    today = date(2026, 11, 18)
    block_days(rig.state, 1, today, 6)  # Wed..Mon fully booked; the weekend is closed
    clear_day(rig.state, 1, date(2026, 11, 24))
    near = await connector(rig).next_opening("FOLLOWUP", ["1"], max_days=5)
    assert near is None
    sent = [r for r in rig.faults.requests if r.path.endswith("/next-slot")]
    assert sent[-1].query["maxDays"] == ["5"] and sent[-1].query["duration"] == ["30"]
    later = await connector(rig).next_opening("FOLLOWUP", ["1"], max_days=30)
    assert later is not None
    assert later.start.astimezone(NY).date() == date(2026, 11, 24)  # Tuesday
    assert later.start.astimezone(NY).time() == time(8, 30)
    assert later.minutes == 30


async def test_next_slot_defaults_and_validation(rigs: RigFactory) -> None:
    rig = rigs()
    token = await raw_token(rig)
    response = await raw_get(rig, "availability/providers/2/next-slot", token, duration=45)
    data = response.json()["data"]
    assert data["SearchWindowDays"] == 365 and data["Duration"] == 45
    assert data["TheNextSlot"]["ProviderID"] == "2"  # a string here, as in the document
    assert data["ProviderID"] == 2
    for params in ({"duration": 30, "maxDays": 0}, {"duration": 30, "maxDays": 366}, {}):
        bad = await raw_get(rig, "availability/providers/2/next-slot", token, **params)
        assert bad.status_code == 400
        assert set(bad.json()) == {"error"}


async def test_openings_start_from_the_next_slot_and_skip_full_days(rigs: RigFactory) -> None:
    rig = rigs()
    block_days(rig.state, 3, date(2026, 11, 18), 3)  # Wed..Fri full
    start = datetime(2026, 11, 18, 5, tzinfo=UTC)
    openings = await rig.connector.find_openings(
        "FOLLOWUP", start, start + timedelta(days=7), ["3"]
    )
    assert openings
    assert min(o.start for o in openings).astimezone(NY).date() == date(2026, 11, 23)
    slot_days = [r.query["date"][0] for r in rig.faults.requests if r.path.endswith("/slots")]
    assert "2026-11-18" not in slot_days and "2026-11-19" not in slot_days
    assert all(o.source == "vendor" and o.service_id == "FOLLOWUP" for o in openings)


@pytest.mark.parametrize(
    ("day", "utc_hour"),
    [(date(2026, 10, 30), 12), (date(2026, 11, 2), 13)],  # EDT (-4) before, EST (-5) after
)
async def test_slots_converted_on_each_side_of_the_dst_change(
    rigs: RigFactory, day: date, utc_hour: int
) -> None:
    rig = rigs(now=datetime(2026, 10, 28, 12, tzinfo=UTC))
    clear_day(rig.state, 1, day)
    start = datetime.combine(day, time(0), NY)
    openings = await rig.connector.find_openings(
        "FOLLOWUP", start, start + timedelta(days=1), ["1"]
    )
    assert openings[0].start == datetime(day.year, day.month, day.day, utc_hour, 30, tzinfo=UTC)
    assert openings[0].start.astimezone(NY).time() == time(8, 30)
    last = openings[-1]
    assert last.end.astimezone(NY).time() == time(18, 0)
    sent = [r for r in rig.faults.requests if r.path.endswith("/slots")]
    assert sent[-1].query == {"date": [day.isoformat()], "duration": ["30"]}


async def test_visits_converted_on_each_side_of_the_dst_change(rigs: RigFactory) -> None:
    rig = rigs(now=datetime(2026, 10, 28, 12, tzinfo=UTC))
    for day in (date(2026, 10, 30), date(2026, 11, 2)):
        clear_day(rig.state, 2, day)
        rig.state.add_visit(
            {
                "VisitID": 9000 + day.day,
                "provider": 2,
                "date": day.isoformat(),
                "time": "09:00:00",
                "duration": 60,
                "type": "ACUPUNCTURE",
                "booked": True,
            }
        )
    start = datetime(2026, 10, 30, 4, tzinfo=UTC)
    listed = {
        a.id: a
        for a in await rig.connector.list_appointments(start, start + timedelta(days=4))
        if a.provider_id == "2"
    }
    assert listed["9030"].start == datetime(2026, 10, 30, 13, 0, tzinfo=UTC)
    assert listed["9002"].start == datetime(2026, 11, 2, 14, 0, tzinfo=UTC)
    assert listed["9002"].minutes == 60


def test_ambiguous_and_missing_wall_times() -> None:
    # 01:30 happens twice on 2026-11-01: the first (EDT) is taken.
    assert local_to_utc(date(2026, 11, 1), time(1, 30), NY) == datetime(
        2026, 11, 1, 5, 30, tzinfo=UTC
    )
    # 02:30 does not exist on 2026-03-08: read with the offset before the change.
    assert local_to_utc(date(2026, 3, 8), time(2, 30), NY) == datetime(
        2026, 3, 8, 7, 30, tzinfo=UTC
    )


async def test_slot_parameters_are_validated_with_400(rigs: RigFactory) -> None:
    rig = rigs()
    token = await raw_token(rig)
    cases: list[tuple[str, dict[str, Any]]] = [
        ("slots", {"date": "2026-11-18"}),
        ("slots", {"date": "18/11/2026", "duration": 30}),
        ("slots", {"date": "2026-11-18", "duration": 2}),
        ("check", {"date": "2026-11-18", "duration": 30}),
        ("check", {"date": "2026-11-18", "time": "9am", "duration": 30}),
        ("schedule", {"startDate": "2026-11-18"}),
        ("schedule", {"startDate": "2026-11-18", "endDate": "2026-11-17"}),
        ("schedule", {"startDate": "2026-11-01", "endDate": "2026-12-31"}),
    ]
    for endpoint, params in cases:
        response = await raw_get(rig, f"availability/providers/1/{endpoint}", token, **params)
        assert response.status_code == 400, (endpoint, params)
        assert isinstance(response.json()["error"], str)
    missing = await raw_get(
        rig, "availability/providers/99/slots", token, date="2026-11-18", duration=30
    )
    assert missing.status_code == 404


async def test_vendor_400_text_reaches_the_user(rigs: RigFactory) -> None:
    rig = rigs()
    rig.faults.fail_next(400, {"error": "duration must be positive"}, path_contains="/slots")
    with pytest.raises(Invalid) as raised:
        await rig.connector.find_openings("FOLLOWUP", NOW, NOW + timedelta(hours=6), ["1"])
    assert "duration must be positive" in str(raised.value)


async def test_check_answers_in_the_documented_shape(rigs: RigFactory) -> None:
    rig = rigs()
    clear_day(rig.state, 1, date(2026, 11, 19))
    token = await raw_token(rig)
    response = await raw_get(
        rig,
        "availability/providers/1/check",
        token,
        date="2026-11-19",
        time="10:15:00",
        duration=30,
    )
    assert response.json() == {
        "data": {
            "ProviderID": 1,
            "Date": "2026-11-19",
            "Time": "10:15:00",
            "Duration": 30,
            "Available": True,
        }
    }
    lunch = await raw_get(
        rig, "availability/providers/1/check", token, date="2026-11-19", time="12:15", duration=30
    )
    assert lunch.json()["data"]["Available"] is False


# ---------------------------------------------------------------------------- calendar
async def test_schedule_entries_become_appointments(rigs: RigFactory) -> None:
    rig = rigs()
    day = date(2026, 11, 19)
    clear_day(rig.state, 4, day)
    for visit_id, at, booked in ((7001, "09:00:00", True), (7002, "10:00:00", False)):
        rig.state.add_visit(
            {
                "VisitID": visit_id,
                "provider": 4,
                "date": day.isoformat(),
                "time": at,
                "duration": 60,
                "type": "IV_THERAPY",
                "booked": booked,
            }
        )
    start = datetime.combine(day, time(0), NY)
    listed = {a.id: a for a in await rig.connector.list_appointments(start, start + timedelta(1))}
    booked_visit, held = listed["7001"], listed["7002"]
    assert booked_visit.status is AppointmentStatus.BOOKED
    assert booked_visit.service_id == "IV_THERAPY" and booked_visit.title == "IV therapy"
    assert booked_visit.provider_id == "4" and booked_visit.minutes == 60
    assert booked_visit.patient_id is None  # the documented schedule names no patient
    assert held.status is AppointmentStatus.PROPOSED and held.vendor_status == "not booked"
    assert "held" in held.title

    hidden = rigs(unbooked_visits="hide")
    clear_day(hidden.state, 4, day)
    hidden.state.add_visit({**rig.state.visits[7002], "VisitID": 7002})
    assert not [
        a for a in await hidden.connector.list_appointments(start, start + timedelta(1))
        if a.id == "7002"
    ]  # fmt: skip


async def test_an_optional_patient_field_is_mapped_when_present(rigs: RigFactory) -> None:
    rig = rigs()
    rig.state.patient_field = "ProspectID"  # not in the document: an assumed extension
    start = datetime(2026, 11, 18, 5, tzinfo=UTC)
    listed = await rig.connector.list_appointments(start, start + timedelta(days=1))
    assert listed and all(a.patient_id for a in listed)


async def test_long_ranges_are_split_into_31_day_schedule_requests(rigs: RigFactory) -> None:
    rig = rigs()
    start = datetime(2026, 11, 11, 5, tzinfo=UTC)
    await rig.connector.list_appointments(start, start + timedelta(days=68))
    sent = [r for r in rig.faults.requests if r.path.endswith("/1/schedule")]
    ranges = [(r.query["startDate"][0], r.query["endDate"][0]) for r in sent]
    assert ranges == [
        ("2026-11-11", "2026-12-11"),
        ("2026-12-12", "2027-01-11"),
        ("2027-01-12", "2027-01-17"),
    ]
    assert all(r.status == 200 for r in rig.faults.requests)


async def test_visit_type_filter_of_the_schedule(rigs: RigFactory) -> None:
    rig = rigs()
    token = await raw_token(rig)
    response = await raw_get(
        rig,
        "availability/providers/1/schedule",
        token,
        startDate="2026-11-16",
        endDate="2026-11-20",
        visitType="NEW_PATIENT",
    )
    data = response.json()["data"]
    visits = [v for day in data["schedule"].values() for v in day]
    assert visits and all(v["type"] == "NEW_PATIENT" for v in visits)
    assert data["totalVisits"] == len(visits)
    assert set(visits[0]) == {"VisitID", "time", "duration", "type", "booked"}
    assert data["provider"] == {
        "id": 1,
        "name": "Maya Thornton",
        "title": "ND",
        "specialty": "Naturopathic Medicine",
    }


async def test_reference_data(rigs: RigFactory) -> None:
    rig = rigs()
    [location] = await rig.connector.list_locations()
    assert (location.id, location.name, location.timezone) == (
        sim.DEMO_PPASS,
        sim.DEMO_PRACTICE,
        "America/New_York",
    )
    providers = await rig.connector.list_providers()
    assert providers[1].name == "Daniel Okafor, ND, LAc"
    assert {p.location_id for p in providers} == {sim.DEMO_PPASS}
    services = {s.id: s for s in await rig.connector.list_services()}
    assert services["FOLLOWUP"].minutes == 30 and services["FOLLOWUP"].name == "Follow-up"
    assert services["NEW_PATIENT"].minutes == 90
    assert set(services["FOLLOWUP"].provider_ids) == {"1", "3", "4"}
    assert services["ACUPUNCTURE"].provider_ids == ("2",)


async def test_visit_types_option_replaces_learning(rigs: RigFactory) -> None:
    rig = rigs(visit_types="CONSULT=20, NEW_PATIENT=75")
    services = await rig.connector.list_services()
    assert [(s.id, s.name, s.minutes) for s in services] == [
        ("CONSULT", "Consult", 20),
        ("NEW_PATIENT", "New patient", 75),
    ]
    assert not [r for r in rig.faults.requests if r.path.endswith("/schedule")]


def test_type_names() -> None:
    assert humanize("B12_INJECTION") == "B12 injection"
    assert humanize("ACUTE") == "Acute"


# ---------------------------------------------------------------------------- patients
async def test_prospects_are_paged_with_the_assumed_shape(rigs: RigFactory) -> None:
    rig = rigs(prospects=250)
    pages = [page async for page in rig.connector.iter_patients()]
    assert [len(p) for p in pages] == [100, 100, 50]
    sent = [r for r in rig.faults.requests if r.path.endswith("/prospects")]
    assert [r.query["page"] for r in sent] == [["1"], ["2"], ["3"]]
    assert all(r.query["limit"] == ["100"] and "prospect" not in r.query for r in sent)


async def test_a_clamped_limit_still_reaches_everyone(rigs: RigFactory) -> None:
    rig = rigs(prospects=250, page_size="500")
    ids = [p.id for page in [p async for p in rig.connector.iter_patients()] for p in page]
    assert len(ids) == len(set(ids)) == 250


async def test_since_is_ignored_everyone_is_read_again(rigs: RigFactory) -> None:
    rig = rigs()
    assert not rig.connector.can(Capability.INCREMENTAL_PATIENTS)
    assert "no change feed" in rig.connector.why_not(Capability.INCREMENTAL_PATIENTS)
    pages = [page async for page in rig.connector.iter_patients(NOW)]
    assert sum(len(p) for p in pages) == 60


async def test_prospect_mapping(rigs: RigFactory) -> None:
    rig = rigs()
    record = rig.state.prospects[3]
    record.update(DOB="0000-00-00", CellPhone="", Phone="(828) 555-0199", EMail="")
    rig.state.prospects[4]["DOB"] = "07/04/1976"
    pages = [page async for page in rig.connector.iter_patients()]
    patients = {p.id: p for page in pages for p in page}
    three = patients["3"]
    assert (three.first_name, three.last_name) == (record["FirstName"], record["LastName"])
    assert three.birth_date is None and three.phone == "(828) 555-0199" and three.email is None
    assert patients["4"].birth_date == date(1976, 7, 4)
    assert patients["5"].phone == rig.state.prospects[5]["CellPhone"]


async def test_simulator_search_and_prospect_filter(rigs: RigFactory) -> None:
    rig = rigs()
    token = await raw_token(rig)
    target = rig.state.prospects[9]
    response = await raw_get(rig, "prospects", token, search=target["LastName"].upper())
    body = response.json()
    assert set(body) == {"data", "page", "limit", "total"}
    assert body["limit"] == 25 and body["page"] == 1
    assert 9 in [p["ProspectID"] for p in body["data"]]
    assert all(p["LastName"] == target["LastName"] for p in body["data"])
    digits = target["CellPhone"][-8:].replace("-", "")
    by_phone = (await raw_get(rig, "prospects", token, search=digits)).json()
    assert 9 in [p["ProspectID"] for p in by_phone["data"]]
    only = (await raw_get(rig, "prospects", token, prospect="true", limit=100)).json()
    expected = sum(1 for p in rig.state.prospects.values() if p["Prospect"] == 1)
    assert only["total"] == expected and all(p["Prospect"] == 1 for p in only["data"])


async def test_create_and_update_a_patient(rigs: RigFactory) -> None:
    rig = rigs()
    created = await connector(rig).create_patient(
        PatientDraft(
            "Juniper",
            "Hale",
            birth_date=date(1990, 5, 17),
            phone="(828) 555-0150",
            email="juniper.hale@example.com",
        ),
        "fd-create-1",
    )
    record = rig.state.prospects[int(created.id)]
    assert record["DOB"] == "1990-05-17" and record["CellPhone"] == "(828) 555-0150"
    post = next(r for r in rig.faults.requests if r.method == "POST" and "prospects" in r.path)
    assert post.status == 201
    changed = await connector(rig).update_patient(
        created,
        PatientDraft("Juniper", "Hale", date(1990, 5, 17), "(828) 555-0150", "j.hale@example.com"),
    )
    assert changed.email == "j.hale@example.com" == record["EMail"]
    put = next(r for r in rig.faults.requests if r.method == "PUT")
    assert put.path == f"/v1/{sim.DEMO_PPASS}/prospects/{created.id}"


async def test_simulator_refuses_bad_prospect_fields(rigs: RigFactory) -> None:
    rig = rigs()
    token = await raw_token(rig)
    headers = {"Authorization": f"Bearer {token}"}
    for body in ({"Gender": "x"}, {"DOB": "17/05/1990"}, {"Shoe": "42"}, {"Prospect": 2}):
        response = await rig.client.put(f"{BASE}/prospects/1", json=body, headers=headers)
        assert response.status_code == 400, body
    response = await rig.client.post(f"{BASE}/prospects", json={"FirstName": "A"}, headers=headers)
    assert response.status_code == 400
    response = await rig.client.put(f"{BASE}/prospects/999999", json={}, headers=headers)
    assert response.status_code == 404 and response.json() == {"error": "Prospect not found"}


async def test_simulator_tags(rigs: RigFactory) -> None:
    rig = rigs()
    token = await raw_token(rig)
    headers = {"Authorization": f"Bearer {token}"}
    tags = (await raw_get(rig, "tags", token)).json()["data"]
    assert {"TagID": 1, "Name": "New lead"} in tags
    url = f"{BASE}/tags/prospects/5"
    await rig.client.delete(url, headers=headers)
    for tag in (1, 4):
        response = await rig.client.post(url, json={"tagId": tag}, headers=headers)
        assert response.status_code == 200
    assert rig.state.prospect_tags[5] == [1, 4]
    response = await rig.client.delete(f"{url}/1", headers=headers)
    assert response.json() == {"data": {"ProspectID": 5, "TagIDs": [4]}}
    assert (await rig.client.delete(f"{url}/1", headers=headers)).status_code == 404
    assert (await rig.client.post(url, json={"tagId": 99}, headers=headers)).status_code == 404
    response = await rig.client.delete(url, headers=headers)
    assert response.json()["data"]["TagIDs"] == []


# ---------------------------------------------------------------------------- writes
@pytest.mark.parametrize(
    ("action", "word"),
    [
        ("book", "create"),
        ("find_booking", "create"),
        ("move", "change"),
        ("cancel", "cancel"),
        ("arrived", "arrival"),
        ("noshow", "no-show"),
        ("confirm", "confirm"),
    ],
)
async def test_writes_are_not_supported_with_a_reason(
    rigs: RigFactory, action: str, word: str
) -> None:
    rig = rigs()
    c = rig.connector
    start = datetime(2026, 11, 18, 5, tzinfo=UTC)
    appointment = (await c.list_appointments(start, start + timedelta(days=1)))[0]
    before = len(rig.faults.requests)
    request = BookingRequest(c.account_name, "1", "FOLLOWUP", "1", NOW, NOW, client_key="k")
    calls = {
        "book": lambda: c.book(request),
        "find_booking": lambda: c.find_booking(request),
        "move": lambda: c.move(appointment, NOW, NOW + timedelta(minutes=30), "1"),
        "cancel": lambda: c.cancel(appointment),
        "arrived": lambda: c.mark_arrived(appointment),
        "noshow": lambda: c.mark_noshow(appointment),
        "confirm": lambda: c.confirm(appointment),
    }
    with pytest.raises(NotSupported) as raised:
        await calls[action]()
    assert word in raised.value.message and "in Naturaesoft itself" in raised.value.message
    assert raised.value.vendor == "Naturaesoft EMR"
    assert len(rig.faults.requests) == before  # nothing was sent


def test_capabilities() -> None:
    capabilities = NaturaesoftConnector.capabilities
    assert Capability.OPENINGS in capabilities and Capability.READ_APPOINTMENTS in capabilities
    for missing in (Capability.BOOK, Capability.INCREMENTAL_APPOINTMENTS):
        assert missing not in capabilities
        assert missing in NaturaesoftConnector.unsupported
