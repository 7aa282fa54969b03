"""The shared HTTP core: retries, Retry-After, typed errors, no blind resend of writes."""

from __future__ import annotations

import logging
from collections.abc import Callable

import httpx
import pytest

from frontdesk.connectors.http import OutcomeUnknown, RetryPolicy, VendorHttp
from frontdesk.domain.errors import (
    AuthFailed,
    Conflict,
    Invalid,
    NotFound,
    ProtocolError,
    RateLimited,
    Unavailable,
)

Handler = Callable[[httpx.Request], httpx.Response]


class Script:
    """A transport answering from a list of replies (or exceptions), recording requests."""

    def __init__(self, *replies: httpx.Response | Exception) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply


class TokenAuth:
    def __init__(self) -> None:
        self.refreshes = 0

    async def prepare(self, http: VendorHttp) -> tuple[dict[str, str], dict[str, str]]:
        return {"Authorization": f"Bearer t{self.refreshes}"}, {"token": "s3cret"}

    async def refresh(self, http: VendorHttp) -> bool:
        self.refreshes += 1
        return True


def make(script: Script, auth: TokenAuth | None = None) -> tuple[VendorHttp, list[float]]:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    http = VendorHttp(
        httpx.AsyncClient(transport=httpx.MockTransport(script)),
        vendor="Acme",
        base_url="https://api.acme.test/v1",
        auth=auth,
        retry=RetryPolicy(max_attempts=4, max_retry_after=60),
        sleep=sleep,
    )
    return http, waits


def ok(body: object = None) -> httpx.Response:
    return httpx.Response(200, json=body if body is not None else {"ok": True})


async def test_retry_after_is_waited_in_full_before_the_retry() -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "7"}), ok())
    http, waits = make(script)
    assert await http.get_json("things") == {"ok": True}
    assert waits == [7.0]
    assert len(script.requests) == 2


async def test_a_long_quota_window_is_not_waited_out_inside_the_call() -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "3600"}, json={"message": "quota"}))
    http, waits = make(script)
    with pytest.raises(RateLimited) as raised:
        await http.get_json("things")
    assert raised.value.retry_after == 3600
    assert waits == [] and len(script.requests) == 1


async def test_429_without_retry_after_is_never_retried_at_once() -> None:
    script = Script(httpx.Response(429))
    http, waits = make(script)
    with pytest.raises(RateLimited):
        await http.get_json("things")
    assert len(script.requests) == 1 and waits == []


async def test_reads_are_retried_with_growing_backoff_on_5xx() -> None:
    script = Script(httpx.Response(503), httpx.Response(502), ok())
    http, waits = make(script)
    assert await http.get_json("things") == {"ok": True}
    assert len(waits) == 2 and waits[1] > waits[0] > 0


async def test_reads_give_up_as_unavailable_after_the_last_attempt() -> None:
    script = Script(*(httpx.Response(503) for _ in range(4)))
    http, _ = make(script)
    with pytest.raises(Unavailable):
        await http.get_json("things")
    assert len(script.requests) == 4


async def test_a_create_is_never_resent_after_a_server_error() -> None:
    script = Script(httpx.Response(500))
    http, _ = make(script)
    with pytest.raises(OutcomeUnknown):
        await http.request("POST", "things", json_body={"a": 1})
    assert len(script.requests) == 1


async def test_a_create_that_timed_out_has_an_unknown_outcome() -> None:
    script = Script(httpx.ReadTimeout("slow"))
    http, _ = make(script)
    with pytest.raises(OutcomeUnknown):
        await http.request("POST", "things", json_body={"a": 1})
    assert len(script.requests) == 1


async def test_a_refused_connection_is_retried_even_for_a_create() -> None:
    script = Script(httpx.ConnectError("refused"), httpx.Response(201, json={"id": 1}))
    http, _ = make(script)
    response = await http.request("POST", "things", json_body={"a": 1})
    assert response.status_code == 201 and len(script.requests) == 2


async def test_401_refreshes_credentials_once_then_reports_auth_failed() -> None:
    auth = TokenAuth()
    script = Script(httpx.Response(401), ok())
    http, _ = make(script, auth)
    assert await http.get_json("things") == {"ok": True}
    assert auth.refreshes == 1
    assert script.requests[1].headers["Authorization"] == "Bearer t1"

    script2 = Script(httpx.Response(401), httpx.Response(401, json={"message": "bad key"}))
    http2, _ = make(script2, TokenAuth())
    with pytest.raises(AuthFailed, match="bad key"):
        await http2.get_json("things")


@pytest.mark.parametrize(
    ("status", "error"), [(404, NotFound), (409, Conflict), (400, Invalid), (422, Invalid)]
)
async def test_status_codes_become_typed_errors(status: int, error: type[Exception]) -> None:
    http, _ = make(Script(httpx.Response(status, json={"error": {"detail": "why it failed"}})))
    with pytest.raises(error, match="why it failed"):
        await http.get_json("things")


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (b"<html><body>Bad gateway</body></html>", "text/html", "not JSON \\(text/html\\)"),
        (b"", "application/json", "empty body"),
        (b'{"truncated": [1, 2', "application/json", "not JSON"),
    ],
)
async def test_unreadable_bodies_become_protocol_errors_naming_the_vendor(
    body: bytes, content_type: str, expected: str
) -> None:
    http, _ = make(
        Script(httpx.Response(200, content=body, headers={"content-type": content_type}))
    )
    with pytest.raises(ProtocolError, match=expected) as raised:
        await http.get_json("things")
    assert str(raised.value).startswith("Acme:")


async def test_the_request_log_has_no_query_string_or_token(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="frontdesk.http")
    http, _ = make(Script(httpx.Response(503), ok()), TokenAuth())
    await http.get_json("things", params={"search": "Dubois"})
    text = caplog.text
    assert "things" in text
    assert "s3cret" not in text and "Dubois" not in text and "Bearer" not in text
