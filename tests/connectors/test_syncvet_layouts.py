"""SyncVet under route layouts and zone spellings other than our simulator's (issue 11).

A small stand-in (httpx.MockTransport) answers any layout; each test checks what was sent.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import httpx

from frontdesk.connectors.account import AccountConfig
from frontdesk.connectors.registry import build_connector
from frontdesk.domain.clock import FixedClock

NOW = datetime(2026, 11, 18, 7, 0, tzinfo=UTC)
ANIMAL = {"Id": "9|1", "Name": "Rex", "ClientPatientRelationships": []}


class StandIn:
    def __init__(self, practice: dict[str, Any]) -> None:
        self.practice = practice
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        path = request.url.path
        if path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t", "expires_in": 3599})
        if path.endswith("/practices"):
            return httpx.Response(200, json={"Items": [self.practice], "TotalCount": 1})
        if path.endswith("/patients"):
            return httpx.Response(200, json={"Items": [ANIMAL], "TotalCount": 1})
        return httpx.Response(200, json={"Items": [], "TotalCount": 0})


def connect(stand_in: StandIn, **options: str) -> Any:
    config = AccountConfig(
        "Vets",
        "syncvet",
        "http://vets.example/api",
        {"token_url": "http://vets.example/token", **options},
        {"client_id": "c", "client_secret": "s"},
    )
    client = httpx.AsyncClient(transport=httpx.MockTransport(stand_in))
    return build_connector(config, client, FixedClock(NOW))


async def test_a_route_template_may_carry_the_practice_as_a_query_parameter() -> None:
    stand_in = StandIn({"Id": "9", "Name": "Vets", "TimeZone": "America/Chicago"})
    routes = {
        "clients": "v1/clients?practiceId={practice}",
        "patients": "v1/patients?practiceId={practice}",
    }
    connector = connect(stand_in, routes=json.dumps(routes))
    found = [p async for page in connector.iter_patients(None) for p in page]
    assert [p.id for p in found] == ["9|1"]
    listed = [r for r in stand_in.sent if r.url.path == "/api/v1/patients"]
    assert listed and all(r.url.params["practiceId"] == "9" for r in listed)
    assert all(r.url.params["page"] == "1" for r in listed)  # the loop's own parameters too


async def test_a_header_may_choose_the_practice() -> None:
    stand_in = StandIn({"Id": "9", "Name": "Vets", "TimeZone": "America/Chicago"})
    routes = {"clients": "v1/clients", "patients": "v1/patients"}
    connector = connect(stand_in, routes=json.dumps(routes), practice_header="X-Practice-Id")
    found = [p async for page in connector.iter_patients(None) for p in page]
    assert [p.id for p in found] == ["9|1"]
    practice_calls = [r for r in stand_in.sent if r.url.path.startswith("/api/v1/")]
    assert practice_calls and all(r.headers["X-Practice-Id"] == "9" for r in practice_calls)
    listing = next(r for r in stand_in.sent if r.url.path == "/api/practices")
    assert "X-Practice-Id" not in listing.headers


async def test_a_windows_zone_name_is_understood() -> None:
    stand_in = StandIn({"Id": "9", "Name": "Vets", "TimeZone": "Central Standard Time"})
    [location] = await connect(stand_in).list_locations()
    assert location.timezone == "America/Chicago"


async def test_the_stated_utc_offset_is_the_fallback_for_an_unreadable_zone() -> None:
    practice = {"Id": "9", "Name": "Vets", "TimeZone": "Prairie Time", "UtcOffset": "-06:00:00"}
    [location] = await connect(StandIn(practice)).list_locations()
    assert location.timezone == "Etc/GMT+6"
    numeric = {"Id": "9", "Name": "Vets", "UtcOffset": -6}
    [location] = await connect(StandIn(numeric)).list_locations()
    assert location.timezone == "Etc/GMT+6"
