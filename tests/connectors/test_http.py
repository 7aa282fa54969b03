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


async def test_the_request_log_shows_an_absolute_links_path_without_its_query(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # PracSuite's links.next is an absolute URL whose query carries the paging cursor and
    # filters: the log names the path only.
    caplog.set_level(logging.DEBUG, logger="frontdesk.http")
    http, _ = make(Script(httpx.ReadTimeout("slow"), ok()))
    await http.get_json("https://api.acme.test/v1/patient?page=2&q[]=surname%3DDubois")
    assert "/v1/patient" in caplog.text
    assert "page=2" not in caplog.text and "Dubois" not in caplog.text and "?" not in caplog.text


async def test_a_503s_retry_after_is_honoured_for_reads() -> None:
    script = Script(httpx.Response(503, headers={"Retry-After": "7"}), ok())
    http, waits = make(script)
    assert await http.get_json("things") == {"ok": True}
    assert waits == [7.0], "never the 0.5 s back-off: the vendor asked for 7 s"


async def test_a_retry_after_longer_than_a_call_should_block_reaches_the_caller() -> None:
    http, waits = make(Script(httpx.Response(503, headers={"Retry-After": "120"})))
    with pytest.raises(Unavailable) as raised:
        await http.get_json("things")
    assert raised.value.retry_after == 120 and waits == []


async def test_a_retry_after_date_is_read_on_the_injected_clock() -> None:
    from datetime import UTC, datetime

    from frontdesk.domain.clock import FixedClock

    http, _ = make(
        Script(httpx.Response(429, headers={"Retry-After": "Wed, 18 Nov 2026 07:10:00 GMT"}))
    )
    http.clock = FixedClock(datetime(2026, 11, 18, 7, 0, tzinfo=UTC))
    with pytest.raises(RateLimited) as raised:
        await http.get_json("things")
    assert raised.value.retry_after == 600  # not wall-clock time: the test clock says 07:00


@pytest.mark.parametrize("status", [500, 502, 503, 504, 520, 521, 522, 523, 524, 408])
async def test_any_server_error_after_a_create_leaves_its_outcome_unknown(status: int) -> None:
    script = Script(httpx.Response(status, headers={"Retry-After": "30"}))
    http, waits = make(script)
    with pytest.raises(OutcomeUnknown) as raised:
        await http.request("POST", "things", json_body={"a": 1})
    assert len(script.requests) == 1 and waits == []
    assert raised.value.retry_after == 30, "the next attempt still honours it"


@pytest.mark.parametrize("body", [b"<html>ok</html>", b'{"id": 4', b""])
async def test_an_unreadable_reply_means_unknown_after_a_write_transient_after_a_read(
    body: bytes,
) -> None:
    from frontdesk.domain.errors import Disposition, disposition

    http, _ = make(Script(httpx.Response(201, content=body), httpx.Response(200, content=body)))
    written = await http.request("POST", "things", json_body={"a": 1})
    with pytest.raises(ProtocolError) as after_write:
        http.json(written)
    assert disposition(after_write.value) is Disposition.UNKNOWN
    read = await http.request("GET", "things")
    with pytest.raises(ProtocolError) as after_read:
        http.json(read)
    assert disposition(after_read.value) is Disposition.TRANSIENT


class BrokenTokenAuth(TokenAuth):
    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    async def prepare(self, http: VendorHttp) -> tuple[dict[str, str], dict[str, str]]:
        raise self.error


@pytest.mark.parametrize(
    "error",
    [
        ProtocolError("answered with something that is not JSON (text/html)", vendor="Acme"),
        Invalid("request refused (400)", vendor="Acme"),
        OutcomeUnknown("server error 502", vendor="Acme"),
        KeyError("access_token"),
    ],
    ids=["html", "400", "5xx", "bug"],
)
async def test_a_failing_token_step_leaves_the_write_unsent_and_transient(
    error: Exception,
) -> None:
    from frontdesk.connectors.failures import NotSent
    from frontdesk.domain.errors import Disposition, disposition

    script = Script()
    http, _ = make(script, BrokenTokenAuth(error))
    with pytest.raises(NotSent) as raised:
        await http.request("POST", "things", json_body={"a": 1})
    assert script.requests == []
    assert disposition(raised.value) is Disposition.TRANSIENT


async def test_credentials_refused_at_the_token_step_still_ask_for_a_login() -> None:
    http, _ = make(Script(), BrokenTokenAuth(AuthFailed("the API key was refused", vendor="A")))
    with pytest.raises(AuthFailed):
        await http.request("POST", "things", json_body={"a": 1})
