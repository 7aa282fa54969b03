"""Typed errors every connector raises. Messages are safe to show: no secrets, no patient data.

What a failure *means* for a write is decided here, once, on the error types (`Disposition`):
- REFUSED: the vendor's explicit, final answer. Nothing is retried; the user reads the reason.
- TRANSIENT: the request did not take effect (not sent, or refused before processing: offline,
  429, budget spent, credentials to renew). Kept and sent again later.
- UNKNOWN: it may have reached the vendor (timeout or 5xx after sending, an unreadable reply).
  Reconciled with the vendor before anything is sent again.
"""

from __future__ import annotations

import enum
from typing import ClassVar


class Disposition(enum.Enum):
    REFUSED = "refused"
    TRANSIENT = "transient"
    UNKNOWN = "unknown"


class FrontdeskError(Exception):
    """Base class. `vendor` names the system involved, when there is one."""

    disposition: ClassVar[Disposition] = Disposition.REFUSED

    def __init__(self, message: str, *, vendor: str | None = None) -> None:
        super().__init__(message)
        self.vendor = vendor
        self.message = message

    def __str__(self) -> str:
        return f"{self.vendor}: {self.message}" if self.vendor else self.message


class AuthFailed(FrontdeskError):
    """Credentials missing, wrong or expired beyond refresh: the user must re-authenticate."""

    disposition = Disposition.TRANSIENT


class RateLimited(FrontdeskError):
    disposition = Disposition.TRANSIENT

    def __init__(
        self, message: str, *, vendor: str | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message, vendor=vendor)
        self.retry_after = retry_after


class Unavailable(FrontdeskError):
    """The vendor could not be reached or answered 5xx/408: transient, the account goes offline."""

    disposition = Disposition.TRANSIENT


class OutcomeUnknown(Unavailable):
    """A write may or may not have reached the vendor (timeout or 5xx after sending)."""

    disposition = Disposition.UNKNOWN


class Conflict(FrontdeskError):
    """The slot was taken in the meantime, or the record's state forbids the change."""


class NotFound(FrontdeskError):
    pass


class Invalid(FrontdeskError):
    """The vendor refused the request as invalid (400/422): fix the input, do not retry."""


class NotSupported(FrontdeskError):
    """The vendor's API cannot do this; the message says why."""


class ProtocolError(FrontdeskError):
    """The vendor answered something we cannot read (malformed JSON, missing fields...).
    After a write was sent, an unreadable reply says nothing about whether it happened."""

    disposition = Disposition.UNKNOWN


class BudgetExhausted(FrontdeskError):
    """frontdesk's own request budget for the account is spent for today."""

    disposition = Disposition.TRANSIENT


def disposition(error: BaseException) -> Disposition:
    """What a failure means for a write that may have been sent. Anything that is not a typed
    error (a bug of ours mid-send) is treated as UNKNOWN: reconcile, never resend blindly."""
    if isinstance(error, FrontdeskError):
        return error.disposition
    return Disposition.UNKNOWN


def is_transient(error: BaseException) -> bool:
    """The vendor did not take the request and may later: back off and retry."""
    return disposition(error) is Disposition.TRANSIENT
