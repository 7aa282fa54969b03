"""PatientNow Essentials and VISH: the documented conventions and the quirks, against the simulator."""

from __future__ import annotations

import base64
import dataclasses
import json
import re
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from frontdesk.connectors.http import OutcomeUnknown
from frontdesk.connectors.patientnow import vendor_specs
from frontdesk.connectors.patientnow.connector import (
    EnvisionConnector,
    PatientNowConnector,
    VishConnector,
)
from frontdesk.domain.errors import AuthFailed, NotFound, NotSupported, RateLimited
from frontdesk.domain.models import (
    Appointment,
    AppointmentStatus,
    BookingRequest,
    Capability,
)
from frontdesk.sandbox import patientnow as sim
from frontdesk.sandbox.faults import Recorded
from tests.connectors.harness import Rig, make_rig
from tests.connectors.harnesses.patientnow import (
    HARNESS,
    HOST,
    VISH_HARNESS,
    VISH_HOST,
    account,
    bookable_patient,
    vish_account,
)

NOW = datetime(2026, 11, 18, 16, 0, tzinfo=UTC)  # Wednesday 08:00 in Santa Monica
LA = ZoneInfo(sim.PNE_ZONE)
ID_SHAPE = re.compile(r"^[A-Za-z0-9_-]{22}$")

RigFactory = Callable[..., Rig]


@pytest.fixture
async def rigs() -> AsyncIterator[RigFactory]:
    """make(now=..., customers=..., vish=False, secrets=..., **options) -> a Rig; closed after."""
    made: list[Rig] = []

    def make(
        now: datetime = NOW,
        customers: int = 250,
        vish: bool = False,
        secrets: dict[str, str] | None = None,
        **options: str,
    ) -> Rig:
        def configured() -> Any:
            base = vish_account(options) if vish else account(options)
            return dataclasses.replace(base, secrets={**base.secrets, **(secrets or {})})

        if vish:
            harness = dataclasses.replace(VISH_HARNESS, account=configured)
        else:
            harness = dataclasses.replace(
                HARNESS,
                make_state=lambda clock: sim.demo_state(clock, customers=customers),
                account=configured,
            )
        rig = make_rig(harness, now)
        made.append(rig)
        return rig

    yield make
    for rig in made:
        await rig.client.aclose()


def pne(rig: Rig) -> PatientNowConnector:
    assert isinstance(rig.connector, PatientNowConnector)
    return rig.connector


def state(rig: Rig) -> sim.PatientNowState:
    assert isinstance(rig.state, sim.PatientNowState)
    return rig.state


def hits(rig: Rig, fragment: str, method: str | None = None) -> list[Recorded]:
    return [
        r
        for r in rig.faults.requests
        if fragment in r.path and (method is None or r.method == method)
    ]


async def raw(
    rig: Rig,
    method: str,
    path: str,
    *,
    params: dict[str, str] | None = None,
    json_body: Any = None,
    apikey: str | None = sim.PNE_APIKEY,
    user: tuple[str, str] | None = sim.PNE_USER,
) -> httpx.Response:
    """A request straight to the simulator, bypassing the connector."""
    host = VISH_HOST if state(rig).vish else HOST
    query = dict(params or {})
    if apikey is not None:
        query["apikey"] = apikey
    headers = {}
    if user is not None:
        token = base64.b64encode(f"{user[0]}:{user[1]}".encode()).decode()
        headers["Authorization"] = f"Basic {token}"
    return await rig.client.request(
        method, f"http://{host}/api/v1/{path}", params=query, headers=headers, json=json_body
    )


def add_appointment(rig: Rig, start: str, end: str, **fields: Any) -> str:
    """Put an appointment straight into the simulator's book (as the clinic would)."""
    s = state(rig)
    employee = s.employees[1]
    service = s.services[2]
    customer = s.customers[3]
    number, token = s.new_id("appointment")
    s.appointments[number] = {
        "AppointmentId": token,
        "CompanyId": employee["CompanyId"],
        "CustomerId": customer["CustomerId"],
        "CustomerName": f"{customer['FirstName']} {customer['LastName']}",
        "EmployeeId": employee["EmployeeId"],
        "EmployeeName": employee["DisplayName"],
        "ServiceId": service["ServiceId"],
        "ServiceName": service["Name"],
        "StartDateTime": start,
        "EndDateTime": end,
        "Status": "Booked",
        "IsConfirmed": False,
        "ConfirmedOn": None,
        "CheckedInOn": None,
        "Notes": "",
        "CreatedOn": "2026-10-01T00:00:00Z",
        "ModifiedOn": "2026-10-01T00:00:00Z",
        **fields,
    }
    return token


async def listed(rig: Rig, appointment_id: str, start: datetime, end: datetime) -> Appointment:
    found = [a for a in await rig.connector.list_appointments(start, end) if a.id == appointment_id]
    assert len(found) == 1
    return found[0]


async def a_booking(rig: Rig, minutes_ahead: int = 0) -> BookingRequest:
    services = {s.id: s for s in await rig.connector.list_services()}
    botox = next(s for s in services.values() if s.name.startswith("Botox"))
    openings = await rig.connector.find_openings(botox.id, NOW, NOW + timedelta(days=3))
    opening = openings[minutes_ahead]
    return BookingRequest(
        account=rig.connector.account_name,
        provider_id=opening.provider_id,
        service_id=botox.id,
        patient_id=bookable_patient(state(rig), opening.provider_id),
        start=opening.start,
        end=opening.end,
        notes="booked in a test",
        client_key="fd-test-1",
    )


# ---------------------------------------------------------------------------- registry
def test_two_vendor_specs_share_the_api() -> None:
    specs = {s.key: s for s in vendor_specs()}
    assert set(specs) == {"patientnow", "vish"}
    assert specs["patientnow"].label == "PatientNow Essentials"
    assert specs["vish"].label == "VISH"
    for spec in specs.values():
        assert spec.daily_budget == 1000
        assert spec.secrets == ("apikey", "username", "password")
        assert "company_id" in spec.options
        assert spec.default_base_url == "https://api.envisiongo.com/api/v1"


# ---------------------------------------------------------------------------- paging
async def test_rows_500_is_served_as_100_and_paging_still_reaches_everyone(
    rigs: RigFactory,
) -> None:
    rig = rigs(customers=250, page_size="500")
    pages = [page async for page in rig.connector.iter_patients()]
    assert [len(p) for p in pages] == [100, 100, 50]
    ids = [p.id for page in pages for p in page]
    assert len(ids) == len(set(ids)) == 250
    asked = hits(rig, "/customers", "GET")
    assert [r.query["Rows"] for r in asked] == [["500"]] * 3
    assert [r.query["Page"] for r in asked] == [["1"], ["2"], ["3"]]


async def test_rows_500_without_data_headers_still_pages_to_the_end(rigs: RigFactory) -> None:
    """The generic pager measures "short" against the 100 cap, not against what it asked."""
    rig = rigs(page_size="500")
    s = state(rig)
    template = s.giftcertificates[1]
    for number in range(100, 330):  # 275 certificates in all
        s.giftcertificates[number] = {**template, "GiftCertificateId": s.encode("gc", number)}
    pages = [page async for page in pne(rig).pages("giftcertificates")]
    assert [len(p) for p in pages] == [100, 100, 75]
    for r in hits(rig, "/giftcertificates"):
        assert r.query["Rows"] == ["500"]


async def test_giftcertificates_have_no_data_headers_and_the_pager_stops_on_a_short_page(
    rigs: RigFactory,
) -> None:
    rig = rigs(page_size="10")
    response = await raw(rig, "GET", "giftcertificates", params={"Rows": "10"})
    assert not any(h.lower().startswith("data") for h in response.headers)
    pages = [page async for page in pne(rig).pages("giftcertificates")]
    assert [len(p) for p in pages] == [10, 10, 10, 10, 5]
    assert len(hits(rig, "/giftcertificates")) == 1 + 5  # the raw probe, then five pages


async def test_an_exact_multiple_without_headers_ends_on_the_empty_page(rigs: RigFactory) -> None:
    rig = rigs(page_size="10")
    s = state(rig)
    for number in range(41, 46):
        del s.giftcertificates[number]
    pages = [page async for page in pne(rig).pages("giftcertificates")]
    assert [len(p) for p in pages] == [10, 10, 10, 10]
    assert len(hits(rig, "/giftcertificates")) == 5  # the fifth page came back empty


async def test_data_headers_describe_the_page(rigs: RigFactory) -> None:
    rig = rigs(customers=250)
    first = await raw(rig, "GET", "customers", params={"Rows": "100"})
    assert first.headers["DataTotalRows"] == "250"
    assert first.headers["DataTotalPages"] == "3"
    assert first.headers["DataCurrentPage"] == "1"
    assert first.headers["DataNextPage"] == "2"
    assert first.headers["DataPriorPage"] == "1"  # clamped to 1
    last = await raw(rig, "GET", "customers", params={"Rows": "100", "Page": "3"})
    assert last.headers["DataNextPage"] == "3"  # clamped to the last page
    assert last.headers["DataPriorPage"] == "2"
    assert len(last.json()) == 50
    beyond = await raw(rig, "GET", "customers", params={"Rows": "100", "Page": "9"})
    assert beyond.status_code == 200 and beyond.json() == []


async def test_default_rows_per_resource(rigs: RigFactory) -> None:
    rig = rigs(customers=250)
    customers = await raw(rig, "GET", "customers")
    appointments = await raw(rig, "GET", "appointments")
    assert len(customers.json()) == 20
    assert len(appointments.json()) == 30
    bad = await raw(rig, "GET", "customers", params={"Rows": "0"})
    assert bad.status_code == 400 and "Rows" in bad.json()["Message"]


async def test_a_page_that_does_not_advance_is_a_protocol_error(rigs: RigFactory) -> None:
    rig = rigs(customers=250, page_size="100")
    rig.faults.fail_next(
        200,
        [{"CustomerId": "x" * 22, "FirstName": "A", "LastName": "B"}],
        headers={"DataCurrentPage": "1", "DataTotalPages": "3"},
        path_contains="/customers",
    )
    rig.faults.fail_next(
        200,
        [{"CustomerId": "y" * 22, "FirstName": "A", "LastName": "B"}],
        headers={"DataCurrentPage": "1", "DataTotalPages": "3"},
        path_contains="/customers",
    )
    with pytest.raises(Exception, match="asked for page 2"):
        async for _ in rig.connector.iter_patients():
            pass


# ---------------------------------------------------------------------------- auth
@pytest.mark.parametrize(
    "secrets",
    [{"apikey": ""}, {"apikey": "someone-elses-key"}, {"password": "wrong"}, {"username": ""}],
    ids=["no-apikey", "unknown-apikey", "bad-password", "no-user"],
)
async def test_refused_credentials_are_auth_failed(
    rigs: RigFactory, secrets: dict[str, str]
) -> None:
    rig = rigs(secrets=secrets)
    with pytest.raises(AuthFailed) as raised:
        await rig.connector.test_connection()
    assert "Authorization has been denied" in raised.value.message
    assert len(rig.faults.requests) == 1  # a static key: no refresh, no retry
    assert rig.faults.requests[0].status == 401


async def test_every_request_carries_the_key_and_basic_auth(rigs: RigFactory) -> None:
    rig = rigs()
    await rig.connector.test_connection()
    user, password = sim.PNE_USER
    expected = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
    assert [r.path for r in rig.faults.requests] == ["/api/v1/status", "/api/v1/companies"]
    for r in rig.faults.requests:
        assert r.query["apikey"] == [sim.PNE_APIKEY]
        assert r.headers["authorization"] == expected


async def test_status_needs_credentials(rigs: RigFactory) -> None:
    rig = rigs()
    assert (await raw(rig, "GET", "status", user=None)).status_code == 401
    ok = await raw(rig, "GET", "status")
    assert ok.status_code == 200 and ok.json()["Api"] == "PNE"


# ---------------------------------------------------------------------------- quota
async def test_quota_spent_is_rate_limited_without_an_immediate_retry(rigs: RigFactory) -> None:
    rig = rigs()
    state(rig).daily_quota = 3
    for _ in range(3):
        await rig.connector.list_locations()
    with pytest.raises(RateLimited) as raised:
        await rig.connector.list_locations()
    assert [r.status for r in rig.faults.requests] == [200, 200, 200, 429]
    assert rig.sleeps == []  # no waiting in place, no re-send
    # 16:00 UTC: the window reopens at midnight UTC (assumed).
    assert raised.value.retry_after == pytest.approx(8 * 3600)
    assert "quota" in raised.value.message


async def test_quota_resets_at_midnight_utc(rigs: RigFactory) -> None:
    rig = rigs()
    state(rig).daily_quota = 1
    await rig.connector.list_locations()
    with pytest.raises(RateLimited):
        await rig.connector.list_locations()
    rig.clock.advance(timedelta(hours=8, seconds=1))
    assert await rig.connector.list_locations()


async def test_quota_counts_401s_with_a_known_key_but_not_unknown_keys(rigs: RigFactory) -> None:
    rig = rigs()
    s = state(rig)
    await raw(rig, "GET", "status", user=("frontdesk.api", "wrong"))
    await raw(rig, "GET", "status", apikey="not-a-key")
    await raw(rig, "GET", "status", apikey=None)
    await raw(rig, "GET", "customers/nope")
    assert s.used_today(sim.PNE_APIKEY) == 2  # the wrong password and the 404


async def test_a_demo_session_stays_well_inside_the_daily_quota() -> None:
    rig = make_rig(HARNESS, NOW)  # 2,500 customers
    try:
        c = rig.connector
        await c.test_connection()
        await c.list_providers()
        services = await c.list_services()
        patients = [p async for page in c.iter_patients() for p in page]
        start = NOW - timedelta(days=7)
        await c.list_appointments(start, start + timedelta(days=68))
        await c.find_openings(services[1].id, NOW, NOW + timedelta(days=7))
        assert len(patients) == 2500
        assert len(rig.faults.requests) < 80
    finally:
        await rig.client.aclose()


# ---------------------------------------------------------------------------- ids
async def test_ids_are_opaque_url_safe_strings(rigs: RigFactory) -> None:
    rig = rigs(customers=30)
    c = rig.connector
    day = NOW.astimezone(LA).replace(hour=0)
    ids = [loc.id for loc in await c.list_locations()]
    ids += [p.id for p in await c.list_providers()]
    ids += [s.id for s in await c.list_services()]
    ids += [p.id async for page in c.iter_patients() for p in page]
    ids += [a.id for a in await c.list_appointments(day, day + timedelta(days=1))]
    assert len(ids) > 50
    for value in ids:
        assert ID_SHAPE.match(value), value
        assert not value.isdigit()
    # Deterministic: the same state gives the same ids.
    again = sim.demo_state(rig.clock, customers=30)
    assert again.customers[1]["CustomerId"] == state(rig).customers[1]["CustomerId"]


async def test_a_missing_record_is_not_found_with_the_message_body(rigs: RigFactory) -> None:
    rig = rigs()
    response = await raw(rig, "GET", "appointments/doesnotexist")
    assert response.status_code == 404
    assert set(response.json()) == {"Message"}
    with pytest.raises(NotFound) as raised:
        await pne(rig).fetch("doesnotexist")
    assert "doesnotexist" in raised.value.message


# ---------------------------------------------------------------------------- VISH
async def test_vish_refuses_customers_and_the_connector_never_asks(rigs: RigFactory) -> None:
    rig = rigs(vish=True)
    assert (
        await raw(rig, "GET", "customers", apikey=sim.VISH_APIKEY, user=sim.VISH_USER)
    ).status_code == 404
    assert [page async for page in rig.connector.iter_patients()] == []
    assert [page async for page in rig.connector.iter_patients(NOW)] == []
    assert len(rig.faults.requests) == 1  # only the raw probe above
    assert not rig.connector.can(Capability.READ_PATIENTS)
    with pytest.raises(NotFound):
        await rig.connector.http.request("GET", "customers")


@pytest.mark.parametrize(
    "path",
    ["memberships", "membershipprograms", "giftcertificates", "appointments/ShowAvailable"],
)
async def test_vish_catalogue_is_a_subset(rigs: RigFactory, path: str) -> None:
    rig = rigs(vish=True)
    args: dict[str, Any] = {"apikey": sim.VISH_APIKEY, "user": sim.VISH_USER}
    assert (await raw(rig, "GET", path, **args)).status_code == 404
    for allowed in ("status", "companies", "employees", "services", "orders", "formulas"):
        assert (await raw(rig, "GET", allowed, **args)).status_code == 200, allowed


async def test_vish_is_read_only_with_reasons(rigs: RigFactory) -> None:
    rig = rigs(vish=True)
    c = rig.connector
    assert isinstance(c, VishConnector)
    assert c.capabilities == {Capability.READ_APPOINTMENTS, Capability.INCREMENTAL_APPOINTMENTS}
    with pytest.raises(NotSupported) as raised:
        await c.find_openings("x", NOW, NOW + timedelta(days=1))
    assert raised.value.message == (
        "VISH has no availability search; frontdesk computes openings from the book"
    )
    zone = ZoneInfo(sim.VISH_ZONE)
    day = NOW.astimezone(zone).replace(hour=0, minute=0)
    existing = (await c.list_appointments(day, day + timedelta(days=1)))[0]
    for action in (c.cancel, c.mark_arrived, c.mark_noshow, c.confirm):
        with pytest.raises(NotSupported, match="VISH's API exposes no appointment writes"):
            await action(existing)
    # The simulator agrees: no appointment writes in VISH mode.
    args: dict[str, Any] = {"apikey": sim.VISH_APIKEY, "user": sim.VISH_USER}
    put = await raw(
        rig, "PUT", f"appointments/{existing.id}", json_body={"Status": "NoShow"}, **args
    )
    assert put.status_code == 404


async def test_vish_appointments_name_their_client(rigs: RigFactory) -> None:
    rig = rigs(vish=True)
    zone = ZoneInfo(sim.VISH_ZONE)
    day = NOW.astimezone(zone).replace(hour=0, minute=0)
    appointments = await rig.connector.list_appointments(day, day + timedelta(days=1))
    assert appointments
    for a in appointments:
        assert a.patient_id and a.title  # CustomerId and CustomerName
    locations = await rig.connector.list_locations()
    assert [loc.timezone for loc in locations] == ["America/Denver"]


# ---------------------------------------------------------------------------- time
async def test_clinic_local_times_convert_on_both_sides_of_the_dst_change(
    rigs: RigFactory,
) -> None:
    """America/Los_Angeles leaves daylight time on Sunday 2026-11-01 at 02:00."""
    rig = rigs(now=datetime(2026, 10, 29, 15, 0, tzinfo=UTC))
    before = add_appointment(rig, "2026-10-30T09:30:00", "2026-10-30T10:00:00")  # PDT, -7
    after = add_appointment(rig, "2026-11-02T09:30:00", "2026-11-02T10:00:00")  # PST, -8
    span = (datetime(2026, 10, 30, tzinfo=UTC), datetime(2026, 11, 3, tzinfo=UTC))
    pdt = await listed(rig, before, *span)
    pst = await listed(rig, after, *span)
    assert pdt.start == datetime(2026, 10, 30, 16, 30, tzinfo=UTC)
    assert pst.start == datetime(2026, 11, 2, 17, 30, tzinfo=UTC)
    assert pst.minutes == pdt.minutes == 30


async def test_writes_send_clinic_local_times_across_the_dst_change(rigs: RigFactory) -> None:
    rig = rigs(now=datetime(2026, 10, 29, 15, 0, tzinfo=UTC))
    state(rig).allow_overlap = True  # exact times matter here, not the book's gaps
    request = await a_booking(rig)
    monday = datetime(2026, 11, 2, 17, 30, tzinfo=UTC)  # 09:30 PST
    request = dataclasses.replace(request, start=monday, end=monday + timedelta(minutes=30))
    booked = await rig.connector.book(request)
    sent = json.loads(hits(rig, "/api/v1/appointments", "POST")[-1].body)
    assert sent["StartDateTime"] == "2026-11-02T09:30:00"
    assert sent["EndDateTime"] == "2026-11-02T10:00:00"
    assert booked.start == monday
    friday = datetime(2026, 10, 30, 16, 30, tzinfo=UTC)  # 09:30 PDT
    await rig.connector.move(booked, friday, friday + timedelta(minutes=30), booked.provider_id)
    moved = json.loads(hits(rig, f"/appointments/{booked.id}", "PUT")[-1].body)
    assert moved["StartDateTime"] == "2026-10-30T09:30:00"


async def test_an_offset_in_a_write_is_refused_by_the_simulator(rigs: RigFactory) -> None:
    rig = rigs()
    token = add_appointment(rig, "2026-11-19T09:30:00", "2026-11-19T10:00:00")
    response = await raw(
        rig,
        "PUT",
        f"appointments/{token}",
        json_body={"StartDateTime": "2026-11-19T09:30:00-08:00"},
    )
    assert response.status_code == 400 and "offset" in response.json()["Message"]


async def test_openings_come_back_in_utc_from_show_available(rigs: RigFactory) -> None:
    rig = rigs()
    request = await a_booking(rig)
    shown = hits(rig, "/appointments/ShowAvailable")
    assert shown and shown[0].query["StartDate"] == ["2026-11-18"]
    assert request.start >= NOW
    assert request.start.tzinfo is not None and request.start.utcoffset() == timedelta(0)
    local = request.start.astimezone(LA)
    assert (local.hour, local.minute) >= (8, 30)


# ---------------------------------------------------------------------------- writes
async def test_a_create_answers_an_id_and_the_record_is_fetched(rigs: RigFactory) -> None:
    rig = rigs()
    request = await a_booking(rig)
    booked = await rig.connector.book(request)
    post = hits(rig, "/api/v1/appointments", "POST")
    assert len(post) == 1 and post[0].status == 200
    assert post[0].headers["content-type"] == "application/json"
    get = hits(rig, f"/appointments/{booked.id}", "GET")
    assert len(get) == 1
    assert booked.patient_id == request.patient_id
    assert booked.status is AppointmentStatus.BOOKED and booked.notes == "booked in a test"


async def test_a_create_is_never_sent_twice_after_a_server_error(rigs: RigFactory) -> None:
    rig = rigs()
    request = await a_booking(rig)
    rig.faults.fail_next(500, {"Message": "boom"}, path_contains="/api/v1/appointments")
    with pytest.raises(OutcomeUnknown):
        await rig.connector.book(request)
    assert len(hits(rig, "/api/v1/appointments", "POST")) == 1


async def test_customer_appointments_post_is_a_read_used_to_reconcile(rigs: RigFactory) -> None:
    rig = rigs()
    request = await a_booking(rig)
    before = len(state(rig).appointments)
    rig.faults.drop_after_next(path_contains="/api/v1/appointments", method="POST")
    with pytest.raises(OutcomeUnknown):
        await rig.connector.book(request)
    assert len(state(rig).appointments) == before + 1  # it did happen
    # The read is a POST, yet safe to retry: a 500 on it is retried, not an unknown outcome.
    rig.faults.fail_next(500, {"Message": "busy"}, path_contains="/Appointments")
    found = await rig.connector.find_booking(request)
    assert found is not None
    assert found.start == request.start and found.provider_id == request.provider_id
    reads = hits(rig, f"/customers/{request.patient_id}/Appointments", "POST")
    assert [r.status for r in reads] == [500, 200]
    assert reads[-1].query["StartDate"] == reads[-1].query["EndDate"]
    assert len(state(rig).appointments) == before + 1  # the read created nothing
    assert await rig.connector.find_booking(dataclasses.replace(request, start=NOW)) is None


async def test_status_writes_and_their_mapping(rigs: RigFactory) -> None:
    rig = rigs()
    c = rig.connector
    booked = await c.book(await a_booking(rig))
    confirmed = await c.confirm(booked)
    assert confirmed.status is AppointmentStatus.BOOKED and confirmed.confirmed_at is not None
    assert confirmed.vendor_status == "Confirmed"
    arrived = await c.mark_arrived(confirmed)
    assert arrived.status is AppointmentStatus.ARRIVED and arrived.arrived_at == NOW
    assert arrived.vendor_status == "CheckedIn"
    bodies = [json.loads(r.body) for r in hits(rig, f"/appointments/{booked.id}", "PUT")]
    assert bodies == [{"IsConfirmed": True}, {"Status": "CheckedIn"}]
    second = await c.book(await a_booking(rig, minutes_ahead=5))
    noshow = await c.mark_noshow(second)
    assert noshow.status is AppointmentStatus.NOSHOW
    third = await c.book(await a_booking(rig, minutes_ahead=9))
    cancelled = await c.cancel(third, "client called")
    assert cancelled.status is AppointmentStatus.CANCELLED
    assert cancelled.notes.endswith("Cancelled: client called")
    response = await raw(rig, "PUT", f"appointments/{third.id}", json_body={"Status": "Booked"})
    assert response.status_code == 400  # a cancelled appointment stays cancelled


async def test_move_to_another_employee(rigs: RigFactory) -> None:
    rig = rigs()
    c = rig.connector
    booked = await c.book(await a_booking(rig))
    providers = await c.list_providers()
    other = next(
        p
        for p in providers
        if p.id != booked.provider_id and p.name in ("Jessica Alvarez", "Maya Chen")
    )
    openings = await c.find_openings(
        booked.service_id or "", booked.end, booked.end + timedelta(days=5), [other.id]
    )
    assert openings and {o.provider_id for o in openings} == {other.id}
    target = openings[0]
    moved = await c.move(booked, target.start, target.end, other.id)
    assert moved.provider_id == other.id and moved.start == target.start
    body = json.loads(hits(rig, f"/appointments/{booked.id}", "PUT")[-1].body)
    assert body["EmployeeId"] == other.id


async def test_a_taken_slot_is_refused(rigs: RigFactory) -> None:
    rig = rigs()
    request = await a_booking(rig)
    await rig.connector.book(request)
    with pytest.raises(Exception, match="not available"):
        await rig.connector.book(dataclasses.replace(request, client_key="fd-test-2"))


async def test_a_post_without_json_is_refused(rigs: RigFactory) -> None:
    rig = rigs()
    response = await raw(rig, "POST", "appointments")
    assert response.status_code == 415


# ---------------------------------------------------------------------------- mapping
async def test_appointment_status_mapping(rigs: RigFactory) -> None:
    rig = rigs()
    cases = {
        "Booked": AppointmentStatus.BOOKED,
        "Confirmed": AppointmentStatus.BOOKED,
        "CheckedIn": AppointmentStatus.ARRIVED,
        "Completed": AppointmentStatus.FULFILLED,
        "NoShow": AppointmentStatus.NOSHOW,
        "Cancelled": AppointmentStatus.CANCELLED,
        "SomethingNew": AppointmentStatus.BOOKED,
    }
    tokens = {
        status: add_appointment(
            rig,
            f"2026-11-20T{9 + i:02d}:00:00",
            f"2026-11-20T{9 + i:02d}:30:00",
            Status=status,
            IsConfirmed=status == "Confirmed",
            ConfirmedOn="2026-11-19T14:05:00" if status == "Confirmed" else None,
            CheckedInOn="2026-11-20T12:58:00" if status == "CheckedIn" else None,
        )
        for i, status in enumerate(cases)
    }
    day = datetime(2026, 11, 20, 8, tzinfo=UTC)
    seen = {a.id: a for a in await rig.connector.list_appointments(day, day + timedelta(days=1))}
    for status, expected in cases.items():
        a = seen[tokens[status]]
        assert a.status is expected, status
        assert a.vendor_status == status
    assert seen[tokens["Confirmed"]].confirmed_at == datetime(2026, 11, 19, 22, 5, tzinfo=UTC)
    assert seen[tokens["CheckedIn"]].arrived_at == datetime(2026, 11, 20, 20, 58, tzinfo=UTC)
    customer = state(rig).customers[3]
    assert seen[tokens["Booked"]].title == f"{customer['FirstName']} {customer['LastName']}"


async def test_reference_and_patient_mapping(rigs: RigFactory) -> None:
    rig = rigs(customers=40)
    s = state(rig)
    c = rig.connector
    locations = await c.list_locations()
    assert [loc.timezone for loc in locations] == ["America/Los_Angeles"] * 2
    providers = {p.id: p for p in await c.list_providers()}
    assert len(providers) == 6 and all(p.colour and p.location_id for p in providers.values())
    services = {sv.name: sv for sv in await c.list_services()}
    filler = services["Dermal Filler"]
    assert filler.minutes == 45 and filler.colour == "#3D5A98"
    injectors = {providers[i].name for i in filler.provider_ids}
    assert injectors == {"Maya Chen", "Jessica Alvarez", "Priya Raman"}
    record = s.customers[5]
    record.update(MobilePhone=None, HomePhone="(626) 555-1234", DateOfBirth="1984-02-29T00:00:00")
    patients = {p.id: p async for page in c.iter_patients() for p in page}
    patient = patients[record["CustomerId"]]
    assert patient.phone == "(626) 555-1234"
    assert str(patient.birth_date) == "1984-02-29"
    assert patient.first_name == record["FirstName"] and patient.updated_at is not None


async def test_memberships_carry_a_program_name_string_not_program_name(rigs: RigFactory) -> None:
    rig = rigs()
    programs = (await raw(rig, "GET", "membershipprograms")).json()
    memberships = (await raw(rig, "GET", "memberships")).json()
    assert programs and all("ProgramName" in p for p in programs)
    assert memberships and all("ProgramName" not in m for m in memberships)
    names = {p["ProgramName"] for p in programs}
    assert all(m["MembershipProgram"] in names for m in memberships)


async def test_customer_filters(rigs: RigFactory) -> None:
    rig = rigs(customers=250)
    s = state(rig)
    target = s.customers[17]
    target.update(LastName="Zabriskie", Email="Z.Test@Example.com", MobilePhone="(818) 555-0199")
    for params in (
        {"LastName": "zabr"},
        {"Email": "z.test@example.com"},
        {"MobilePhone": "8185550199"},
    ):
        found = (await raw(rig, "GET", "customers", params=params)).json()
        assert [f["CustomerId"] for f in found] == [target["CustomerId"]], params
    inactive = await raw(rig, "GET", "customers", params={"IsActive": "false", "Rows": "100"})
    assert inactive.json() and all(not f["IsActive"] for f in inactive.json())
    company = s.companies[2]["CompanyId"]
    scoped = await raw(rig, "GET", "customers", params={"CompanyId": company, "Rows": "100"})
    assert all(f["CompanyId"] == company for f in scoped.json())


async def test_incremental_patients_and_appointments_use_modified_on_start(
    rigs: RigFactory,
) -> None:
    rig = rigs()
    c = rig.connector
    cursor = rig.clock.now()
    rig.clock.advance(timedelta(minutes=5))
    s = state(rig)
    s.customers[9]["Email"] = "new@example.com"
    s.touch(s.customers[9])
    changed = [p async for page in c.iter_patients(cursor) for p in page]
    assert [p.id for p in changed] == [s.customers[9]["CustomerId"]]
    sent = hits(rig, "/customers")[-1].query["ModifiedOnStart"]
    assert sent == ["2026-11-18T15:59:58"]  # UTC, stepped back two seconds
    day = NOW.astimezone(LA).replace(hour=0)
    appointment = next(iter(s.appointments.values()))
    assert not await c.list_appointments(day - timedelta(days=30), day, since=cursor)
    s.touch(appointment)
    again = await c.list_appointments(
        day - timedelta(days=30), day + timedelta(days=30), since=cursor
    )
    assert [a.id for a in again] == [appointment["AppointmentId"]]


# ---------------------------------------------------------------------------- options
async def test_company_id_option_scopes_every_read(rigs: RigFactory) -> None:
    probe = rigs()
    pasadena = state(probe).companies[2]["CompanyId"]
    rig = rigs(company_id=pasadena)
    c = rig.connector
    assert [loc.id for loc in await c.list_locations()] == [pasadena]
    assert {p.location_id for p in await c.list_providers()} == {pasadena}
    day = NOW.astimezone(LA).replace(hour=0)
    appointments = await c.list_appointments(day, day + timedelta(days=1))
    staff = {e["EmployeeId"] for e in state(rig).employees.values() if e["CompanyId"] == pasadena}
    assert appointments and {a.provider_id for a in appointments} <= staff
    for path in ("/employees", "/services", "/appointments"):
        assert all(r.query.get("CompanyId") == [pasadena] for r in hits(rig, path))


async def test_an_unknown_company_id_fails_the_connection_test(rigs: RigFactory) -> None:
    rig = rigs(company_id="not-a-company")
    with pytest.raises(Exception, match="company id"):
        await rig.connector.test_connection()


async def test_show_available_path_is_an_option(rigs: RigFactory) -> None:
    rig = rigs(show_available_path="/availability/search")
    with pytest.raises(NotFound):
        await rig.connector.find_openings("x", NOW, NOW + timedelta(days=1))
    assert hits(rig, "/api/v1/availability/search")


async def test_a_missing_time_zone_falls_back_to_the_option(rigs: RigFactory) -> None:
    rig = rigs(timezone="America/Denver")
    for company in state(rig).companies.values():
        company["TimeZone"] = None
    token = add_appointment(rig, "2026-11-19T09:30:00", "2026-11-19T10:00:00")
    found = await listed(
        rig, token, datetime(2026, 11, 19, tzinfo=UTC), datetime(2026, 11, 20, tzinfo=UTC)
    )
    assert found.start == datetime(2026, 11, 19, 16, 30, tzinfo=UTC)  # MST, -7


# ---------------------------------------------------------------------------- demo
def test_demo_accounts_live_on_their_own_hosts() -> None:
    from frontdesk.domain.clock import FixedClock

    clock = FixedClock(NOW)
    pne_demo, vish_demo = sim.demos(clock)
    assert pne_demo.host == "patientnow.sandbox" and vish_demo.host == "vish.sandbox"
    assert pne_demo.accounts[0].vendor == "patientnow"
    assert vish_demo.accounts[0].vendor == "vish"
    assert pne_demo.accounts[0].options["page_size"] == "100"
    assert isinstance(pne_demo.state, sim.PatientNowState) and not pne_demo.state.vish
    assert isinstance(vish_demo.state, sim.PatientNowState) and vish_demo.state.vish
    assert len(pne_demo.state.customers) == 1500
    assert len(pne_demo.state.employees) == 6 and len(pne_demo.state.companies) == 2


def test_the_connector_types() -> None:
    assert issubclass(PatientNowConnector, EnvisionConnector)
    assert issubclass(VishConnector, EnvisionConnector)
