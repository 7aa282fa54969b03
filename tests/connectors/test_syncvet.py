"""SyncVet: the quirks of its API and the simulator's documented behaviours."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs
from zoneinfo import ZoneInfo

import pytest

from frontdesk.connectors.http import Forbidden, OutcomeUnknown
from frontdesk.connectors.localtime import parse_wall as to_utc
from frontdesk.connectors.localtime import zone_from_offset
from frontdesk.connectors.syncvet.connector import SyncVetConnector
from frontdesk.domain.errors import (
    AuthFailed,
    Conflict,
    Invalid,
    NotFound,
    NotSupported,
    Unavailable,
)
from frontdesk.domain.models import (
    Appointment,
    AppointmentStatus,
    BookingRequest,
    Capability,
    Patient,
)
from frontdesk.sandbox import syncvet as sim
from tests.connectors.harness import Rig, make_rig
from tests.connectors.harnesses.syncvet import HARNESS, PRACTICE, account

NOW = datetime(2026, 11, 18, 7, 0, tzinfo=UTC)  # Wednesday 01:00 in Chicago
CHICAGO = ZoneInfo("America/Chicago")
SMALL = 60  # clients: enough owners and animals for mapping tests, fast to build


def rig_with(
    now: datetime = NOW,
    *,
    clients: int = SMALL,
    prepare: Callable[[sim.SyncVetState], None] | None = None,
    secret: str | None = None,
    **options: str,
) -> Rig:
    def make_state(clock: Any) -> sim.SyncVetState:
        state = sim.demo_state(clock, clients=clients)
        if prepare is not None:
            prepare(state)
        return state

    def make_account() -> Any:
        config = account(**options)
        if secret is None:
            return config
        return dataclasses.replace(config, secrets={**config.secrets, "client_secret": secret})

    harness = dataclasses.replace(HARNESS, make_state=make_state, account=make_account)
    return make_rig(harness, now)


@pytest.fixture
async def rig() -> AsyncIterator[Rig]:
    made = rig_with()
    yield made
    await made.client.aclose()


def connector(rig: Rig) -> SyncVetConnector:
    assert isinstance(rig.connector, SyncVetConnector)
    return rig.connector


def state(rig: Rig) -> sim.SyncVetState:
    assert isinstance(rig.state, sim.SyncVetState)
    return rig.state


def api_log(rig: Rig) -> list[sim.Logged]:
    return [r for r in state(rig).log if r.path != sim.TOKEN_PATH]


def free_request(rig: Rig, start: datetime, minutes: int = 30, patient: str = "") -> BookingRequest:
    animal = patient or HARNESS.bookable_patient(rig.state, f"{PRACTICE}|1")
    return BookingRequest(
        account=rig.connector.account_name,
        provider_id=f"{PRACTICE}|1",
        service_id=f"{PRACTICE}|1",
        patient_id=animal,
        start=start,
        end=start + timedelta(minutes=minutes),
        notes="booked by a test",
        client_key="fd-test-1",
    )


def early_morning(day_offset: int = 1) -> datetime:
    """07:00 in Chicago, before the demo practice opens: nothing is booked then."""
    day = NOW.astimezone(CHICAGO).date() + timedelta(days=day_offset)
    return datetime(day.year, day.month, day.day, 7, 0, tzinfo=CHICAGO).astimezone(UTC)


# ---------------------------------------------------------------------------- OAuth2 token
async def test_token_request_is_the_documented_form_post(rig: Rig) -> None:
    await rig.connector.list_locations()
    token_calls = [r for r in rig.faults.requests if r.path == sim.TOKEN_PATH]
    assert len(token_calls) == 1
    call = token_calls[0]
    assert call.method == "POST"
    assert call.headers["content-type"].startswith("application/x-www-form-urlencoded")
    assert call.headers["accept"] == "application/json"
    form = {k: v[0] for k, v in parse_qs(call.body.decode()).items()}
    assert form == {
        "client_id": sim.DEMO_CLIENT[0],
        "client_secret": sim.DEMO_CLIENT[1],
        "scope": "https://consumerapi.sync.vet/.default",
        "grant_type": "client_credentials",
    }
    api = [r for r in rig.faults.requests if r.path != sim.TOKEN_PATH]
    assert api and all(r.headers["authorization"].startswith("Bearer sv.") for r in api)


async def test_token_is_reused_until_it_nears_expiry(rig: Rig) -> None:
    await rig.connector.list_locations()
    rig.clock.advance(timedelta(minutes=50))
    await rig.connector.list_providers()
    assert state(rig).token_requests() == 1


async def test_expired_token_is_replaced_without_an_error_reaching_the_user(rig: Rig) -> None:
    await rig.connector.list_locations()
    rig.clock.advance(timedelta(seconds=3_600))  # past the token's 3,599 s
    providers = await rig.connector.list_providers()
    assert providers
    assert state(rig).token_requests() == 2
    assert all(r.status == 200 for r in state(rig).log), "no 401 was needed"


async def test_token_is_renewed_ahead_of_its_expiry(rig: Rig) -> None:
    await rig.connector.list_locations()
    rig.clock.advance(timedelta(seconds=3_540))  # a minute before the simulator would refuse it
    await rig.connector.list_providers()
    assert state(rig).token_requests() == 2
    assert all(r.status == 200 for r in state(rig).log)


async def test_a_401_gets_a_fresh_token_and_the_call_succeeds(rig: Rig) -> None:
    await rig.connector.list_locations()
    state(rig).revoke_tokens()  # the identity provider rotated its keys
    providers = await rig.connector.list_providers()
    assert providers
    statuses = [r.status for r in api_log(rig)]
    assert 401 in statuses and statuses[-1] == 200
    assert state(rig).token_requests() == 2


async def test_wrong_secret_is_auth_failed_without_the_secret() -> None:
    made = rig_with(secret="not-the-secret")
    with pytest.raises(AuthFailed) as raised:
        await made.connector.list_locations()
    assert "client secret" in raised.value.message
    assert "not-the-secret" not in str(raised.value)
    assert not api_log(made), "no API call without a token"
    await made.client.aclose()


async def test_wrong_scope_is_auth_failed_naming_the_setting() -> None:
    made = rig_with(scope="https://example.invalid/.default")
    with pytest.raises(AuthFailed) as raised:
        await made.connector.test_connection()
    assert "scope" in raised.value.message
    await made.client.aclose()


async def test_simulator_refuses_missing_and_malformed_tokens(rig: Rig) -> None:
    for headers in ({}, {"Authorization": "Bearer"}, {"Authorization": "Basic abc"}):
        response = await rig.client.get(f"http://{sim.HOST}/api/practices", headers=headers)
        assert response.status_code == 401
        assert response.headers["www-authenticate"].startswith("Bearer")
        assert response.content == b""


# ---------------------------------------------------------------------------- rate limits
async def test_429_retry_after_is_honoured_and_never_undercut() -> None:
    made = rig_with(prepare=lambda s: setattr(s, "rate_limit_per_minute", 3))
    await made.connector.list_locations()  # request 1 at t0
    made.clock.advance(timedelta(seconds=40))
    await made.connector.list_providers()  # request 2 at t0+40
    await made.connector.list_services()  # request 3 at t0+40
    providers = await made.connector.list_providers()  # refused at t0+40, then retried
    assert providers
    log = api_log(made)
    refused = next(r for r in log if r.status == 429)
    retried = log[log.index(refused) + 1]
    assert made.sleeps == [20.0]  # the oldest request leaves the window at t0+60
    assert retried.status == 200
    assert retried.at - refused.at >= timedelta(seconds=20)
    await made.client.aclose()


async def test_scripted_429_waits_exactly_retry_after(rig: Rig) -> None:
    await rig.connector.list_locations()
    rig.faults.fail_next(
        429, {"title": "Too Many Requests"}, headers={"Retry-After": "7"}, path_contains="Resources"
    )
    before = rig.clock.now()
    await rig.connector.list_providers()
    assert rig.sleeps == [7.0]
    resources = [r for r in rig.faults.requests if "Resources" in r.path]
    assert [r.status for r in resources] == [429, 200]
    assert rig.clock.now() - before >= timedelta(seconds=7)


async def test_simulator_rate_limit_counts_a_rolling_minute(rig: Rig) -> None:
    state(rig).rate_limit_per_minute = 2
    token = (
        await rig.client.post(
            f"http://{sim.HOST}{sim.TOKEN_PATH}",
            data={
                "client_id": sim.DEMO_CLIENT[0],
                "client_secret": sim.DEMO_CLIENT[1],
                "scope": sim.SCOPE,
                "grant_type": "client_credentials",
            },
        )
    ).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    url = f"http://{sim.HOST}/api/practices"
    assert (await rig.client.get(url, headers=headers)).status_code == 200
    rig.clock.advance(timedelta(seconds=45))
    assert (await rig.client.get(url, headers=headers)).status_code == 200
    refused = await rig.client.get(url, headers=headers)
    assert refused.status_code == 429
    assert refused.headers["retry-after"] == "15"
    assert refused.json()["status"] == 429
    rig.clock.advance(timedelta(seconds=15))
    assert (await rig.client.get(url, headers=headers)).status_code == 200


# ---------------------------------------------------------------------------- booking
async def existing_booked(rig: Rig) -> Appointment:
    start = early_morning(1) + timedelta(hours=1, minutes=30)  # 08:30 tomorrow
    appointments = await rig.connector.list_appointments(start, start + timedelta(days=1))
    return next(a for a in appointments if a.status is AppointmentStatus.BOOKED)


async def test_book_sends_practice_local_time_and_the_owner(rig: Rig) -> None:
    request = free_request(rig, early_morning(1))
    appointment = await rig.connector.book(request)
    assert appointment.start == request.start and appointment.end == request.end
    assert appointment.status is AppointmentStatus.BOOKED
    stored = state(rig).table(PRACTICE, "appointments")[appointment.id]
    assert stored["StartDateTime"] == local_wall(request.start)
    animal = state(rig).table(PRACTICE, "patients")[request.patient_id]
    assert stored["ClientId"] == sim.primary_owner(animal)
    post = next(r for r in rig.faults.requests if r.method == "POST" and "appointments" in r.path)
    assert post.path == f"/api/practices/{PRACTICE}/appointments"


def local_wall(value: datetime) -> str:
    return value.astimezone(CHICAGO).replace(tzinfo=None).isoformat()


async def test_slot_taken_is_a_conflict_saying_so(rig: Rig) -> None:
    taken = await existing_booked(rig)
    request = dataclasses.replace(free_request(rig, taken.start), provider_id=taken.provider_id)
    with pytest.raises(Conflict) as raised:
        await rig.connector.book(request)
    assert "slot was just taken" in raised.value.message
    # SyncVet has no availability search to offer another time instead.
    with pytest.raises(NotSupported) as why:
        await rig.connector.find_openings(request.service_id, NOW, NOW + timedelta(days=1))
    assert "no availability search" in why.value.message


async def test_booking_disabled_is_a_clear_refusal() -> None:
    made = rig_with(prepare=lambda s: s.booking_disabled.add(PRACTICE))
    with pytest.raises(Forbidden) as raised:
        await made.connector.book(free_request(made, early_morning(1)))
    assert "Appointment booking disabled" in raised.value.message
    assert "enabled for this practice" in raised.value.message
    await made.client.aclose()


async def test_agent_offline_writes_are_unavailable_reads_still_work() -> None:
    made = rig_with(prepare=lambda s: s.agent_offline.add(PRACTICE))
    before = len(state(made).table(PRACTICE, "appointments"))
    with pytest.raises(Unavailable) as raised:
        await made.connector.book(free_request(made, early_morning(1)))
    assert "on-site SyncVet agent is offline" in raised.value.message
    assert isinstance(raised.value, OutcomeUnknown), "a 408 may follow a write: reconcile first"
    assert len(state(made).table(PRACTICE, "appointments")) == before
    assert await made.connector.find_booking(free_request(made, early_morning(1))) is None
    appointment = await existing_booked(made)  # batch data: SyncVet's nightly copy
    with pytest.raises(Unavailable) as confirm:
        await made.connector.confirm(appointment)
    assert "on-site SyncVet agent is offline" in confirm.value.message
    await made.client.aclose()


async def test_slow_agent_booking_is_found_before_any_resend() -> None:
    made = rig_with(prepare=lambda s: s.agent_slow.add(PRACTICE))
    request = free_request(made, early_morning(2))
    with pytest.raises(OutcomeUnknown):
        await made.connector.book(request)
    found = await made.connector.find_booking(request)
    assert found is not None
    assert found.start == request.start and found.patient_id == request.patient_id
    await made.client.aclose()


async def test_confirm_sets_confirmed_at_and_a_cancelled_one_is_refused(rig: Rig) -> None:
    appointment = await rig.connector.book(free_request(rig, early_morning(1)))
    assert appointment.confirmed_at is None
    confirmed = await rig.connector.confirm(appointment)
    assert confirmed.confirmed_at == rig.clock.now().replace(microsecond=0)
    post = [r for r in rig.faults.requests if r.path.endswith("/confirm")]
    assert post[0].path == f"/api/practices/{PRACTICE}/appointments/{appointment.id}/confirm"
    state(rig).table(PRACTICE, "appointments")[appointment.id]["Status"] = "Cancelled"
    with pytest.raises(Invalid) as raised:
        await rig.connector.confirm(appointment)
    assert "current resource state" in raised.value.message


async def test_writes_beyond_booking_and_confirmation_say_why(rig: Rig) -> None:
    appointment = await existing_booked(rig)
    c = rig.connector
    attempts = {
        Capability.MOVE: c.move(appointment, appointment.start, appointment.end, "x"),
        Capability.CANCEL: c.cancel(appointment),
        Capability.ARRIVED: c.mark_arrived(appointment),
        Capability.NOSHOW: c.mark_noshow(appointment),
    }
    for capability, attempt in attempts.items():
        assert not c.can(capability)
        with pytest.raises(NotSupported) as raised:
            await attempt
        assert "booking and confirmation only" in raised.value.message
    assert not c.can(Capability.OPENINGS)


async def test_booking_errors_carry_the_vendor_detail(rig: Rig) -> None:
    past = free_request(rig, NOW - timedelta(hours=2))
    with pytest.raises(Invalid) as raised:
        await rig.connector.book(past)
    assert "start is in the past" in raised.value.message


# ---------------------------------------------------------------------------- attachments
async def test_attachment_above_30_mib_is_413_with_the_documented_message(rig: Rig) -> None:
    await rig.connector.list_locations()  # a token for the direct calls below
    token = rig.faults.requests[-1].headers["authorization"]
    url = f"http://{sim.HOST}/api/practices/{PRACTICE}/patients/{PRACTICE}|1/attachments"
    boundary = "fd-boundary"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="x-ray.pdf"\r\n'
        "Content-Type: application/pdf\r\n\r\n"
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    headers = {
        "Authorization": token,
        "Content-Type": f"multipart/form-data; boundary={boundary}",
    }
    filler = sim.ATTACHMENT_LIMIT - len(head) - len(tail)
    exact = await rig.client.post(url, content=head + b"\0" * filler + tail, headers=headers)
    assert exact.status_code == 202, "exactly 30 MiB, form metadata included, is accepted"
    over = await rig.client.post(url, content=head + b"\0" * (filler + 1) + tail, headers=headers)
    assert over.status_code == 413
    assert over.json()["detail"] == (
        "Request payload too large. The maximum supported size is ~30 MiB. "
        "Reduce the file size and try again."
    )
    assert len(state(rig).attachments) == 1


# ---------------------------------------------------------------------------- animals
async def all_patients(rig: Rig, since: datetime | None = None) -> dict[str, Patient]:
    out = {}
    async for page in rig.connector.iter_patients(since):
        out.update({p.id: p for p in page})
    return out


async def test_animals_carry_their_owners_names_phone_and_email(rig: Rig) -> None:
    patients = await all_patients(rig)
    animals = state(rig).table(PRACTICE, "patients")
    owners = state(rig).table(PRACTICE, "clients")
    assert len(patients) == len(animals)
    for animal_id, animal in animals.items():
        owner = owners[sim.primary_owner(animal)]
        patient = patients[animal_id]
        assert patient.first_name == animal["Name"]
        assert patient.last_name == owner["LastName"]
        assert patient.owner_name == f"{owner['FirstName']} {owner['LastName']}"
        assert patient.phone == owner["Phones"][0]["PhoneNumber"]
        assert patient.email == owner["Emails"][0]["EmailAddress"]
        assert patient.birth_date is not None
        assert patient.birth_date.isoformat() == animal["DateOfBirth"][:10]
        assert patient.active == (not animal["IsDeceased"] and not animal["FlaggedInactive"])
        assert patient.display_name.endswith(f"({patient.owner_name})")


async def test_co_owned_animal_is_shown_with_its_primary_owner(rig: Rig) -> None:
    animals = state(rig).table(PRACTICE, "patients")
    shared = next(a for a in animals.values() if len(a["ClientPatientRelationships"]) > 1)
    links = shared["ClientPatientRelationships"]
    links.reverse()  # the primary owner is no longer listed first
    primary = next(link["ClientId"] for link in links if link["IsPrimary"])
    owner = state(rig).table(PRACTICE, "clients")[primary]
    patient = (await all_patients(rig))[shared["Id"]]
    assert patient.owner_name == f"{owner['FirstName']} {owner['LastName']}"


async def test_owner_change_resends_their_animals_even_after_a_restart(rig: Rig) -> None:
    await all_patients(rig)
    cursor = rig.clock.now()
    rig.clock.advance(timedelta(minutes=5))
    owner_id = sim.primary_owner(state(rig).table(PRACTICE, "patients")[f"{PRACTICE}|1"])
    owner = state(rig).table(PRACTICE, "clients")[owner_id]
    owner["Phones"][0]["PhoneNumber"] = "(312) 555-0000"
    state(rig).touch(owner)
    theirs = {
        a["Id"]
        for a in state(rig).table(PRACTICE, "patients").values()
        if sim.primary_owner(a) == owner_id
    }
    changed = await all_patients(rig, cursor)
    assert set(changed) == theirs
    assert all(p.phone == "(312) 555-0000" for p in changed.values())
    fresh = SyncVetConnector(rig.connector.account, rig.connector.http, rig.clock)
    again: dict[str, Patient] = {}
    async for page in fresh.iter_patients(cursor):
        again.update({p.id: p for p in page})
    assert set(again) == theirs and all(p.phone == "(312) 555-0000" for p in again.values())


async def test_changed_animal_of_an_unknown_owner_fetches_that_owner(rig: Rig) -> None:
    cursor = rig.clock.now()
    rig.clock.advance(timedelta(minutes=5))
    changed_id = HARNESS.touch_patient(rig.state)
    fresh = SyncVetConnector(rig.connector.account, rig.connector.http, rig.clock)
    pages = [page async for page in fresh.iter_patients(cursor)]
    patients = [p for page in pages for p in page]
    assert [p.id for p in patients] == [changed_id]
    assert patients[0].owner_name
    client_reads = [r for r in rig.faults.requests if "/Clients/" in r.path]
    assert len(client_reads) == 1


async def test_incremental_requests_carry_modified_since_in_utc(rig: Rig) -> None:
    await all_patients(rig, NOW)
    lists = [r for r in rig.faults.requests if r.path.endswith(("Clients", "Patients"))]
    assert lists
    for request in lists:
        assert request.query["modifiedSince"] == ["2026-11-18T06:59:58Z"]


# ---------------------------------------------------------------------------- paging
async def test_paging_follows_total_pages_and_the_page_size_option() -> None:
    made = rig_with(clients=120, page_size="50")
    patients = await all_patients(made)
    assert len(patients) == len(state(made).table(PRACTICE, "patients"))
    pages = [r for r in made.faults.requests if r.path.endswith("/Patients")]
    assert [r.query["page"][0] for r in pages] == [str(n) for n in range(1, len(pages) + 1)]
    assert {r.query["pageSize"][0] for r in pages} == {"50"}
    assert len(pages) == -(-len(patients) // 50)
    await made.client.aclose()


async def test_simulator_page_envelope_and_page_size_limit(rig: Rig) -> None:
    await rig.connector.list_locations()
    token = rig.faults.requests[-1].headers["authorization"]
    url = f"http://{sim.HOST}/api/practices/{PRACTICE}/Patients"
    page = await rig.client.get(
        url, params={"page": 2, "pageSize": 10}, headers={"Authorization": token}
    )
    body = page.json()
    total = len(state(rig).table(PRACTICE, "patients"))
    assert body["Page"] == 2 and body["PageSize"] == 10 and body["TotalItems"] == total
    assert body["TotalPages"] == -(-total // 10)
    assert [a["PimsId"] for a in body["Items"]] == [str(n) for n in range(11, 21)]
    too_big = await rig.client.get(url, params={"pageSize": 5000}, headers={"Authorization": token})
    assert too_big.status_code == 400
    assert too_big.json()["title"] == "Bad Request"


# ---------------------------------------------------------------------------- routes and practices
async def test_routes_can_be_overridden_per_account() -> None:
    made = rig_with(routes='{"resources": "practices/{practice}/resources"}')
    assert await made.connector.list_providers()
    assert any(r.path == f"/api/practices/{PRACTICE}/resources" for r in made.faults.requests)
    await made.client.aclose()
    broken = rig_with(routes='{"resourcez": "x"}')
    with pytest.raises(Invalid) as raised:
        await broken.connector.list_providers()
    assert "unknown entries" in raised.value.message
    await broken.client.aclose()
    gone = rig_with(routes='{"resources": "nowhere/{practice}"}')
    with pytest.raises(NotFound):
        await gone.connector.list_providers()
    await gone.client.aclose()


def second_practice(state: sim.SyncVetState) -> None:
    sim.add_practice(state, "31", "Front Range Pet Clinic", "America/Denver", clients=5, seed=3)


async def test_practice_id_filters_and_each_practice_keeps_its_zone() -> None:
    every = rig_with(practice_id="", prepare=second_practice)
    locations = {loc.id: loc.timezone for loc in await every.connector.list_locations()}
    assert locations == {PRACTICE: "America/Chicago", "31": "America/Denver"}
    providers = await every.connector.list_providers()
    assert {p.location_id for p in providers} == {PRACTICE, "31"}
    await every.client.aclose()
    one = rig_with(prepare=second_practice)
    assert [loc.id for loc in await one.connector.list_locations()] == [PRACTICE]
    await one.client.aclose()
    unknown = rig_with(practice_id="77", prepare=second_practice)
    with pytest.raises(Invalid):
        await unknown.connector.test_connection()
    await unknown.client.aclose()


async def test_a_practice_the_client_may_not_read_is_403(rig: Rig) -> None:
    second_practice(state(rig))
    state(rig).grants[sim.DEMO_CLIENT[0]] = {PRACTICE}
    assert [loc.id for loc in await rig.connector.list_locations()] == [PRACTICE]
    token = rig.faults.requests[-1].headers["authorization"]
    refused = await rig.client.get(
        f"http://{sim.HOST}/api/practices/31/Clients", headers={"Authorization": token}
    )
    assert refused.status_code == 403
    assert refused.json()["detail"] == "Insufficient permissions to access the practice"


# ---------------------------------------------------------------------------- time zones
def test_practice_local_times_convert_across_the_fall_back() -> None:
    assert to_utc("2026-10-31T09:00:00", CHICAGO) == datetime(2026, 10, 31, 14, 0, tzinfo=UTC)
    assert to_utc("2026-11-02T09:00:00", CHICAGO) == datetime(2026, 11, 2, 15, 0, tzinfo=UTC)
    # 01:30 happens twice on 2026-11-01; the PIMS cannot say which: read the first (CDT).
    assert to_utc("2026-11-01T01:30:00", CHICAGO) == datetime(2026, 11, 1, 6, 30, tzinfo=UTC)
    assert zone_from_offset("-06:00") == "Etc/GMT+6"
    assert zone_from_offset("+05:30") is None


async def test_dst_on_both_sides_of_2026_11_01() -> None:
    made = rig_with(datetime(2026, 10, 29, 12, 0, tzinfo=UTC))
    before = datetime(2026, 10, 30, 12, 0, tzinfo=UTC)  # Friday 07:00 CDT (UTC-5)
    after = datetime(2026, 11, 2, 13, 0, tzinfo=UTC)  # Monday 07:00 CST (UTC-6)
    for start in (before, after):
        booked = await made.connector.book(free_request(made, start))
        stored = state(made).table(PRACTICE, "appointments")[booked.id]
        assert stored["StartDateTime"].endswith("T07:00:00")
        listed = await made.connector.list_appointments(start, start + timedelta(hours=1))
        assert [a.start for a in listed if a.id == booked.id] == [start]
    locations = await made.connector.list_locations()
    assert locations[0].timezone == "America/Chicago"
    practices = [r for r in made.faults.requests if r.path == "/api/practices"]
    assert practices
    await made.client.aclose()


async def test_practice_utc_offset_follows_daylight_saving_time(rig: Rig) -> None:
    await rig.connector.list_locations()
    token = rig.faults.requests[-1].headers["authorization"]
    url = f"http://{sim.HOST}/api/practices"
    winter = (await rig.client.get(url, headers={"Authorization": token})).json()
    assert winter["Items"][0]["UtcOffset"] == "-06:00"
    rig.clock.advance(timedelta(days=-30))  # mid October: CDT
    summer = (await rig.client.get(url, headers={"Authorization": token})).json()
    assert summer["Items"][0]["UtcOffset"] == "-05:00"


async def test_practice_timezone_option_overrides_the_practice(rig: Rig) -> None:
    made = rig_with(practice_timezone="America/New_York")
    assert (await made.connector.list_locations())[0].timezone == "America/New_York"
    await made.client.aclose()


# ---------------------------------------------------------------------------- appointments
async def test_appointment_mapping_and_range(rig: Rig) -> None:
    start = early_morning(0) - timedelta(days=1)
    listed = await rig.connector.list_appointments(start, start + timedelta(days=2))
    assert listed
    records = state(rig).table(PRACTICE, "appointments")
    for appointment in listed:
        record = records[appointment.id]
        assert appointment.start == to_utc(record["StartDateTime"], CHICAGO)
        assert appointment.provider_id == record["ResourceId"]
        assert appointment.patient_id == record["PatientId"]
        assert appointment.service_id == record["AppointmentTypeId"]
        assert appointment.vendor_status == record["Status"]
        assert (appointment.confirmed_at is not None) == record["IsConfirmed"]
    statuses = {a.status for a in listed}
    assert AppointmentStatus.FULFILLED in statuses and AppointmentStatus.BOOKED in statuses
    query = next(r for r in rig.faults.requests if r.path.endswith("/Appointments")).query
    assert query["startDate"][0] == local_wall(start - timedelta(hours=1))
