"""The fault proxy itself (tests/support/fault_proxy.py): each fault, what it records, the
seeded schedule and the rules, against a tiny app served by uvicorn on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request as StarletteRequest
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.support.fault_proxy import (
    HTML_PAGE,
    Action,
    Fault,
    FaultProxy,
    Request,
    Rule,
    Schedule,
)
from tests.sync.loopback import serve

pytestmark = pytest.mark.loopback


def vendor_app(done: list[dict[str, Any]]) -> Starlette:
    """Records every write it carries out; answers with a JSON record."""

    async def write(request: StarletteRequest) -> JSONResponse:
        body = await request.json()
        done.append(body)
        return JSONResponse({"id": len(done), "echo": body, "pad": "x" * 40}, status_code=201)

    async def read(request: StarletteRequest) -> JSONResponse:
        host = request.headers["host"]
        return JSONResponse({"items": done, "q": request.query_params.get("q"), "host": host})

    async def token(request: StarletteRequest) -> JSONResponse:
        return JSONResponse({"access_token": "t", "expires_in": 3600})

    return Starlette(
        routes=[
            Route("/things", write, methods=["POST"]),
            Route("/things", read, methods=["GET"]),
            Route("/auth/token", token, methods=["POST"]),
        ]
    )


@asynccontextmanager
async def proxied(
    rules: list[Rule] | None = None, schedule: Schedule | None = None
) -> AsyncIterator[tuple[FaultProxy, httpx.AsyncClient, list[dict[str, Any]]]]:
    done: list[dict[str, Any]] = []
    async with (
        serve(vendor_app(done)) as (base_url, _gate),
        FaultProxy(base_url, rules=rules or [], schedule=schedule) as proxy,
        httpx.AsyncClient(base_url=proxy.origin, timeout=5) as client,
    ):
        yield proxy, client, done


async def test_passes_requests_through_and_records_both_sides() -> None:
    async with proxied() as (proxy, client, done):
        made = await client.post("/things", json={"n": 1})
        listed = await client.get("/things", params={"q": "a b"})
    assert made.status_code == 201 and made.json()["echo"] == {"n": 1}
    # The client's Host reaches the vendor: links it builds point back at the proxy.
    assert listed.json() == {"items": [{"n": 1}], "q": "a b", "host": f"127.0.0.1:{proxy.port}"}
    assert done == [{"n": 1}]
    first, second = proxy.exchanges
    assert (first.method, first.path, first.forwarded) == ("POST", "/things", True)
    assert first.vendor_status == first.client_status == 201
    assert json.loads(first.request.body) == {"n": 1}
    assert second.request.query == {"q": ["a b"]}
    assert proxy.faults() == {}


async def test_drop_after_forwarding_resets_the_connection_after_the_vendor_acted() -> None:
    rules = [Rule(Action(Fault.DROP_AFTER), method="POST", times=1)]
    async with proxied(rules) as (proxy, client, done):
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            await client.post("/things", json={"n": 1})
        again = await client.post("/things", json={"n": 2})  # the rule was used up
    assert done == [{"n": 1}, {"n": 2}]
    assert again.status_code == 201
    dropped = proxy.exchanges[0]
    assert dropped.forwarded and dropped.vendor_status == 201 and dropped.client_status is None


async def test_delay_after_forwarding_outlasts_the_client_timeout() -> None:
    rules = [Rule(Action(Fault.DELAY_AFTER, delay=3.0), method="POST")]
    async with proxied(rules) as (proxy, client, done):
        with pytest.raises(httpx.ReadTimeout):
            await client.post("/things", json={"n": 1}, timeout=0.3)
    assert done == [{"n": 1}]
    assert proxy.exchanges[0].forwarded and proxy.exchanges[0].client_status is None


@pytest.mark.parametrize("status", [500, 502, 503, 524])
async def test_a_server_error_after_forwarding_hides_the_vendors_success(status: int) -> None:
    rules = [Rule(Action(Fault.STATUS_AFTER, status), method="POST")]
    async with proxied(rules) as (proxy, client, done):
        reply = await client.post("/things", json={"n": 1})
    assert reply.status_code == status
    assert done == [{"n": 1}]
    assert (proxy.exchanges[0].vendor_status, proxy.exchanges[0].client_status) == (201, status)


@pytest.mark.parametrize(("status", "wait"), [(503, "2"), (429, "1")])
async def test_a_refusal_before_forwarding_never_reaches_the_vendor(status: int, wait: str) -> None:
    rules = [Rule(Action(Fault.STATUS_BEFORE, status, retry_after=wait), method="POST")]
    async with proxied(rules) as (proxy, client, done):
        reply = await client.post("/things", json={"n": 1})
    assert (reply.status_code, reply.headers["retry-after"]) == (status, wait)
    assert done == []
    assert not proxy.exchanges[0].forwarded and proxy.exchanges[0].vendor_status is None
    assert proxy.faults() == {f"status_before:{status}": 1}


async def test_a_truncated_body_is_complete_on_the_wire_but_not_json() -> None:
    rules = [Rule(Action(Fault.TRUNCATE), method="POST")]
    async with proxied(rules) as (proxy, client, done):
        reply = await client.post("/things", json={"n": 1})
    assert reply.status_code == 201 and done == [{"n": 1}]
    assert (
        reply.content == proxy.exchanges[0].vendor_body[: len(proxy.exchanges[0].vendor_body) // 2]
    )
    with pytest.raises(json.JSONDecodeError):
        reply.json()


@pytest.mark.parametrize(("fault", "reached"), [(Fault.HTML_AFTER, 1), (Fault.HTML_BEFORE, 0)])
async def test_a_200_html_page_instead_of_the_reply(fault: Fault, reached: int) -> None:
    async with proxied([Rule(Action(fault), method="POST")]) as (proxy, client, done):
        reply = await client.post("/things", json={"n": 1})
    assert reply.status_code == 200 and reply.content == HTML_PAGE
    assert reply.headers["content-type"] == "text/html"
    assert len(done) == reached == len(proxy.forwarded("POST"))


async def test_token_rules_break_only_the_token_endpoint() -> None:
    rules = [
        Rule(Action(Fault.HTML_BEFORE), token_only=True, times=1),
        Rule(Action(Fault.STATUS_BEFORE, 502), token_only=True, times=1),
    ]
    async with proxied(rules) as (proxy, client, _done):
        html = await client.post("/auth/token", data={"grant_type": "x"})
        bad = await client.post("/auth/token", data={"grant_type": "x"})
        made = await client.post("/things", json={"n": 1})
        good = await client.post("/auth/token", data={"grant_type": "x"})
    assert html.content == HTML_PAGE and bad.status_code == 502
    assert made.status_code == 201 and good.json()["access_token"] == "t"
    assert [e.forwarded for e in proxy.exchanges] == [False, False, True, True]
    assert proxy.faults() == {"token:html_before": 1, "token:status_before:502": 1}
    assert proxy.exchanges[0].request.body == b"grant_type=x"


def test_the_schedule_is_deterministic_per_seed_and_leaves_reads_alone() -> None:
    write = Request("POST", "/things", {}, {}, b"{}")
    read = Request("GET", "/things", {}, {}, b"")
    token = Request("POST", "/oauth2/v2.0/token", {}, {}, b"")
    assert token.is_token and not token.is_write and write.is_write

    def draw(seed: int) -> list[Action]:
        schedule = Schedule(seed, rate=0.5, token_rate=0.5)
        return [schedule(r) for r in [write, read, token] * 40]

    first = draw(11)
    assert first == draw(11)
    assert first != draw(12)
    assert all(a.fault is Fault.PASS for a in first[1::3])  # reads
    kinds = {a.fault for a in first[0::3]}
    assert len(kinds) >= 5, "writes meet many kinds of faults"
    assert {a.fault for a in first[2::3]} <= {Fault.PASS, Fault.HTML_BEFORE, Fault.STATUS_BEFORE}
    quiet = Schedule(11, rate=0.5)
    quiet.enabled = False
    assert all(quiet(write).fault is Fault.PASS for _ in range(20))


async def test_hooks_see_a_request_before_forwarding_and_after_the_vendor_answered() -> None:
    seen: list[tuple[str, bool, int | None]] = []
    async with proxied() as (proxy, client, _done):

        async def on_request(e: Any) -> None:
            seen.append(("request", e.forwarded, e.vendor_status))

        async def on_answered(e: Any) -> None:
            seen.append(("answered", e.forwarded, e.vendor_status))

        proxy.on_request, proxy.on_answered = on_request, on_answered
        await client.post("/things", json={"n": 1})
    assert seen == [("request", False, None), ("answered", True, 201)]


async def test_only_loopback_upstreams() -> None:
    with pytest.raises(ValueError, match="loopback"):
        async with FaultProxy("http://example.com"):
            pass
