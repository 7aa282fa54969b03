"""What a failed request means, decided once.

A status code, a transport error, an unreadable reply or a failure while authenticating becomes a
typed error here (`error_for_status`, `error_for_transport`, `error_for_unreadable`,
`error_before_sending`); what the outbox then does is the error type's `Disposition`
(domain/errors.py), and whether the HTTP core sends the same request again within the call is
read off the typed error (`send_again`), never from another list of codes or classes.

The one rule for writes: once a non-idempotent request may have reached the vendor, anything but
its explicit answer (a 2xx, a 4xx) leaves the outcome unknown — any 5xx or 408, a timeout, a
dropped connection, an unreadable reply. A failure before it could leave (the token endpoint, a
preparatory read, a refused connection) is transient. Retry-After is read here too
(`read_retry_after`), clamped to MAX_RETRY_AFTER.
"""

from __future__ import annotations

import email.utils
import math
from dataclasses import dataclass

import httpx

from frontdesk.domain.errors import (
    AuthFailed,
    BudgetExhausted,
    Conflict,
    FrontdeskError,
    Invalid,
    NotFound,
    OutcomeUnknown,
    ProtocolError,
    RateLimited,
    Unavailable,
    is_transient,
)

# What a request can fail with before a status arrives. ConnectError, ConnectTimeout and
# PoolTimeout are among them: the request never left (see Unreachable).
TRANSPORT_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
# The longest Retry-After honoured (docs/sync.md): a longer, non-finite or unreadable-as-a-number
# value from a misbehaving server would otherwise block an account for centuries (or overflow).
MAX_RETRY_AFTER = 3600.0


class Forbidden(FrontdeskError):
    """403: authenticated, but this account may not do this (scope, feature switched off)."""


class Unreachable(Unavailable):
    """The request never reached the vendor (refused, no connection): safe to send again,
    whatever it was."""


class NotSent(Unavailable):
    """A step before the write failed (the token endpoint, most often): the write never left,
    so it is kept and sent later, whatever that step answered."""


class UnreadableRead(ProtocolError):
    """A reply to a read (or a token request) that cannot be read. It changed nothing at the
    vendor: transient for any write waiting on it. (An unreadable reply to a write is a plain
    ProtocolError: outcome unknown.)"""

    disposition = Unavailable.disposition


@dataclass(frozen=True)
class RetryAfter:
    seconds: float
    clamped: bool  # the header said something absurd: worth one line in the log


def read_retry_after(value: str | None, now: float) -> RetryAfter | None:
    """Retry-After as seconds from `now` (unix time, from the injected clock): delta-seconds or
    an HTTP date. Negative values count as 0; non-finite ones and anything above
    MAX_RETRY_AFTER as MAX_RETRY_AFTER. None when absent or unreadable."""
    if not value:
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            seconds = email.utils.parsedate_to_datetime(text).timestamp() - now
        except (TypeError, ValueError, OverflowError):
            return None
    if not math.isfinite(seconds) or seconds > MAX_RETRY_AFTER:
        return RetryAfter(MAX_RETRY_AFTER, True)
    if seconds < 0:
        # A date in the past is normal (clock skew); a negative number of seconds is not.
        return RetryAfter(0.0, clamped=not _is_date(text))
    return RetryAfter(seconds, False)


def _is_date(text: str) -> bool:
    return any(c.isalpha() for c in text)


def parse_retry_after(value: str | None, now: float) -> float | None:
    found = read_retry_after(value, now)
    return None if found is None else found.seconds


def error_for_status(
    status: int,
    detail: str | None,
    *,
    vendor: str,
    write: bool,
    retry_after: float | None = None,
) -> FrontdeskError:
    """The typed error for a 4xx/5xx. `write`: the request was not idempotent, so any server
    error (the vendor, or a proxy in front of it, may have acted first) leaves its outcome
    unknown. A 4xx is the vendor's answer: the request was not carried out."""
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
        if write:
            return OutcomeUnknown(
                f"{message}; checking before any resend", vendor=vendor, retry_after=retry_after
            )
        return Unavailable(message, vendor=vendor, retry_after=retry_after)
    return Invalid(detail or f"request refused ({status})", vendor=vendor)


def error_for_transport(exc: Exception, *, vendor: str, write: bool) -> FrontdeskError:
    """The typed error for a request that got no status back."""
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return Unreachable("cannot reach the server", vendor=vendor)
    if write:
        return OutcomeUnknown("no answer after sending; checking before any resend", vendor=vendor)
    return Unavailable("the server did not answer in time", vendor=vendor)


def error_for_unreadable(what: str, *, vendor: str, write: bool) -> ProtocolError:
    """The typed error for a 2xx reply that cannot be read. After a write the vendor may well
    have done it: outcome unknown. After a read nothing changed: transient."""
    if write:
        return ProtocolError(f"{what}; checking before any resend", vendor=vendor)
    return UnreadableRead(what, vendor=vendor)


def error_before_sending(error: Exception, *, vendor: str) -> FrontdeskError:
    """A failure while authenticating a request (the token endpoint: HTML, 5xx, a refusal
    without credentials at fault...): the request itself never left. Credentials refused, a
    rate limit and a spent budget keep their meaning; anything else is NotSent."""
    if isinstance(error, AuthFailed | RateLimited | BudgetExhausted | Unreachable | NotSent):
        return error
    if isinstance(error, FrontdeskError):
        return NotSent(
            f"{error.message} (while authenticating; nothing was sent)",
            vendor=error.vendor or vendor,
            retry_after=error.retry_after,
        )
    return NotSent(
        f"authentication failed unexpectedly ({type(error).__name__}); nothing was sent",
        vendor=vendor,
    )


def send_again(error: FrontdeskError, *, write: bool) -> bool:
    """Whether the HTTP core may send the same request again after a wait.

    Only a transient failure (the vendor did not take the request) qualifies. Of those, expired
    credentials and a spent budget need a refresh or a new day, not a wait, and a failure before
    sending was already retried where it happened. A write goes again within the call only when
    it never reached the vendor or met a 429.
    """
    if not is_transient(error) or isinstance(error, AuthFailed | BudgetExhausted | NotSent):
        return False
    return not write or isinstance(error, Unreachable | RateLimited)
