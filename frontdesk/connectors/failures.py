"""What a failed request means, decided once.

A status code or a transport error becomes a typed error here (`error_for_status`,
`error_for_transport`), and whether the HTTP core sends the same request again is read off that
typed error (`send_again`) and its `Disposition`, never from another list of codes or classes.
"""

from __future__ import annotations

import httpx

from frontdesk.domain.errors import (
    AuthFailed,
    BudgetExhausted,
    Conflict,
    FrontdeskError,
    Invalid,
    NotFound,
    OutcomeUnknown,
    RateLimited,
    Unavailable,
    is_transient,
)

# What a request can fail with before a status arrives. ConnectError, ConnectTimeout and
# PoolTimeout are among them: the request never left (see Unreachable).
TRANSPORT_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
# Server errors that may come after the vendor acted on the request: after a write, the outcome
# is unknown. (503 and the rest of 5xx say the request was not processed.)
MAYBE_PROCESSED = frozenset({408, 500, 502, 504})


class Forbidden(FrontdeskError):
    """403: authenticated, but this account may not do this (scope, feature switched off)."""


class Unreachable(Unavailable):
    """The request never reached the vendor (refused, no connection): safe to send again,
    whatever it was."""


def error_for_status(
    status: int,
    detail: str | None,
    *,
    vendor: str,
    write: bool,
    retry_after: float | None = None,
) -> FrontdeskError:
    """The typed error for a 4xx/5xx. `write`: the request was not idempotent, so a server
    error that may follow processing leaves its outcome unknown."""
    if status == 401:
        return AuthFailed(detail or "the credentials were refused", vendor=vendor)
    if status == 403:
        return Forbidden(detail or "this account is not allowed to do that", vendor=vendor)
    if status == 404:
        return NotFound(detail or "no such record", vendor=vendor)
    if status == 409:
        return Conflict(detail or "the record changed or the slot was taken", vendor=vendor)
    if status == 429:
        return RateLimited(detail or "too many requests", vendor=vendor, retry_after=retry_after)
    if status == 408 or status >= 500:
        message = detail or f"server error {status}"
        if write and status in MAYBE_PROCESSED:
            return OutcomeUnknown(message, vendor=vendor)
        return Unavailable(message, vendor=vendor)
    return Invalid(detail or f"request refused ({status})", vendor=vendor)


def error_for_transport(exc: Exception, *, vendor: str, write: bool) -> FrontdeskError:
    """The typed error for a request that got no status back."""
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return Unreachable("cannot reach the server", vendor=vendor)
    if write:
        return OutcomeUnknown("no answer after sending; checking before any resend", vendor=vendor)
    return Unavailable("the server did not answer in time", vendor=vendor)


def send_again(error: FrontdeskError, *, write: bool) -> bool:
    """Whether the HTTP core may send the same request again after a wait.

    Only a transient failure (the vendor did not take the request) qualifies. Of those, expired
    credentials and a spent budget need a refresh or a new day, not a wait. A write goes again
    within the call only when it never reached the vendor or met a 429; its other transient
    failures (a 503) are left to the outbox, which sends it later.
    """
    if not is_transient(error) or isinstance(error, AuthFailed | BudgetExhausted):
        return False
    return not write or isinstance(error, Unreachable | RateLimited)
