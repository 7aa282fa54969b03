"""Status codes and transport errors become typed errors in one place; resending is read off them."""

from __future__ import annotations

import email.utils
import math
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from frontdesk.connectors.failures import (
    MAX_RETRY_AFTER,
    Forbidden,
    NotSent,
    Unreachable,
    UnreadableRead,
    error_before_sending,
    error_for_status,
    error_for_transport,
    error_for_unreadable,
    parse_retry_after,
    read_retry_after,
    send_again,
)
from frontdesk.domain.errors import (
    LONGEST_WAIT,
    AuthFailed,
    BudgetExhausted,
    Conflict,
    Disposition,
    FrontdeskError,
    Invalid,
    NotFound,
    OutcomeUnknown,
    ProtocolError,
    RateLimited,
    Unavailable,
    disposition,
)


@pytest.mark.parametrize(
    ("status", "write", "kind", "meaning", "again"),
    [
        (400, False, Invalid, Disposition.REFUSED, False),
        (401, False, AuthFailed, Disposition.TRANSIENT, False),  # refreshed, never waited out
        (403, False, Forbidden, Disposition.REFUSED, False),
        (404, True, NotFound, Disposition.REFUSED, False),
        (409, True, Conflict, Disposition.REFUSED, False),
        (422, True, Invalid, Disposition.REFUSED, False),
        (429, False, RateLimited, Disposition.TRANSIENT, True),
        (429, True, RateLimited, Disposition.TRANSIENT, True),  # "slow down": not taken
        (408, False, Unavailable, Disposition.TRANSIENT, True),
        (503, False, Unavailable, Disposition.TRANSIENT, True),
        (520, False, Unavailable, Disposition.TRANSIENT, True),
        # After a write, ANY server error may follow the vendor acting on it (a 503 from a
        # proxy, Cloudflare's 520-524...): unknown, reconciled before any resend.
        (408, True, OutcomeUnknown, Disposition.UNKNOWN, False),
        (500, True, OutcomeUnknown, Disposition.UNKNOWN, False),
        (501, True, OutcomeUnknown, Disposition.UNKNOWN, False),
        (502, True, OutcomeUnknown, Disposition.UNKNOWN, False),
        (503, True, OutcomeUnknown, Disposition.UNKNOWN, False),
        (504, True, OutcomeUnknown, Disposition.UNKNOWN, False),
        (520, True, OutcomeUnknown, Disposition.UNKNOWN, False),
        (522, True, OutcomeUnknown, Disposition.UNKNOWN, False),
        (524, True, OutcomeUnknown, Disposition.UNKNOWN, False),
        (599, True, OutcomeUnknown, Disposition.UNKNOWN, False),
    ],
)
def test_each_status_has_one_meaning(
    status: int, write: bool, kind: type[FrontdeskError], meaning: Disposition, again: bool
) -> None:
    error = error_for_status(status, None, vendor="Acme", write=write)
    assert type(error) is kind
    assert error.vendor == "Acme" and error.message
    assert disposition(error) is meaning
    assert send_again(error, write=write) is again


@pytest.mark.parametrize(
    ("exc", "write", "kind", "again"),
    [
        (httpx.ConnectError("refused"), True, Unreachable, True),
        (httpx.ConnectTimeout("slow"), True, Unreachable, True),
        (httpx.PoolTimeout("busy"), False, Unreachable, True),
        (httpx.ReadTimeout("slow"), False, Unavailable, True),
        (httpx.ReadTimeout("slow"), True, OutcomeUnknown, False),
        (httpx.RemoteProtocolError("cut"), True, OutcomeUnknown, False),
    ],
)
def test_transport_errors_say_whether_the_request_left(
    exc: Exception, write: bool, kind: type[FrontdeskError], again: bool
) -> None:
    error = error_for_transport(exc, vendor="Acme", write=write)
    assert type(error) is kind
    assert send_again(error, write=write) is again


def test_a_spent_budget_is_transient_but_not_resent_at_once() -> None:
    error = BudgetExhausted("spent", vendor="Acme")
    assert disposition(error) is Disposition.TRANSIENT
    assert not send_again(error, write=False)


def test_the_detail_the_vendor_gave_is_kept() -> None:
    error = error_for_status(429, "quota", vendor="Acme", write=False, retry_after=7.0)
    assert isinstance(error, RateLimited)
    assert error.message == "quota" and error.retry_after == 7.0


NOW = 1_795_000_000.0  # unix time on the injected clock


@pytest.mark.parametrize(
    ("header", "seconds", "clamped"),
    [
        ("7", 7.0, False),
        (" 120 ", 120.0, False),
        ("0", 0.0, False),
        ("3600", 3600.0, False),
        ("3601", MAX_RETRY_AFTER, True),
        ("99999999999", MAX_RETRY_AFTER, True),
        ("1e20", MAX_RETRY_AFTER, True),
        ("inf", MAX_RETRY_AFTER, True),
        ("-inf", MAX_RETRY_AFTER, True),
        ("nan", MAX_RETRY_AFTER, True),
        ("-5", 0.0, True),
        (email.utils.formatdate(NOW + 90, usegmt=True), 90.0, False),
        (email.utils.formatdate(NOW - 90, usegmt=True), 0.0, False),  # skew: now
        (email.utils.formatdate(NOW + 10 * 86400, usegmt=True), MAX_RETRY_AFTER, True),
        ("Fri, 31 Dec 9999 23:59:59 GMT", MAX_RETRY_AFTER, True),
    ],
)
def test_retry_after_is_read_in_one_place_and_clamped_to_an_hour(
    header: str, seconds: float, clamped: bool
) -> None:
    found = read_retry_after(header, NOW)
    assert found is not None
    assert found.seconds == pytest.approx(seconds) and found.clamped is clamped
    assert parse_retry_after(header, NOW) == found.seconds
    assert MAX_RETRY_AFTER == 3600.0


@pytest.mark.parametrize("header", [None, "", "soon", "Mon, 99 Foo 2026"])
def test_an_unreadable_retry_after_is_no_retry_after(header: str | None) -> None:
    assert read_retry_after(header, NOW) is None


@pytest.mark.parametrize("value", [math.inf, 1e20, math.nan, -3.0])
def test_an_error_never_carries_a_wait_a_datetime_cannot_hold(value: float) -> None:
    for error in (
        RateLimited("x", vendor="A", retry_after=value),
        Unavailable("x", vendor="A", retry_after=value),
    ):
        assert error.retry_after is not None and 0 <= error.retry_after <= LONGEST_WAIT
        datetime.now(UTC) + timedelta(seconds=error.retry_after)  # no OverflowError


def test_failures_before_sending_are_transient_and_keep_the_credentials_meaning() -> None:
    assert isinstance(error_before_sending(AuthFailed("no", vendor="A"), vendor="A"), AuthFailed)
    for cause in (
        ProtocolError("html", vendor="A"),
        Invalid("400", vendor="A"),
        Unavailable("503", vendor="A", retry_after=9),
        ValueError("bug"),
    ):
        error = error_before_sending(cause, vendor="A")
        assert isinstance(error, NotSent) and disposition(error) is Disposition.TRANSIENT
        assert not send_again(error, write=True)
    assert (
        error_before_sending(Unavailable("503", vendor="A", retry_after=9), vendor="A").retry_after
        == 9
    )


def test_an_unreadable_reply_is_unknown_after_a_write_and_transient_after_a_read() -> None:
    assert disposition(error_for_unreadable("x", vendor="A", write=True)) is Disposition.UNKNOWN
    read = error_for_unreadable("x", vendor="A", write=False)
    assert isinstance(read, UnreadableRead) and disposition(read) is Disposition.TRANSIENT
