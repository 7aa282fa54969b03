"""Status codes and transport errors become typed errors in one place; resending is read off them."""

from __future__ import annotations

import httpx
import pytest

from frontdesk.connectors.failures import (
    Forbidden,
    Unreachable,
    error_for_status,
    error_for_transport,
    send_again,
)
from frontdesk.domain.errors import (
    AuthFailed,
    BudgetExhausted,
    Conflict,
    Disposition,
    FrontdeskError,
    Invalid,
    NotFound,
    OutcomeUnknown,
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
        (503, True, Unavailable, Disposition.TRANSIENT, False),  # left to the outbox
        (408, True, OutcomeUnknown, Disposition.UNKNOWN, False),
        (500, True, OutcomeUnknown, Disposition.UNKNOWN, False),
        (502, True, OutcomeUnknown, Disposition.UNKNOWN, False),
        (504, True, OutcomeUnknown, Disposition.UNKNOWN, False),
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
