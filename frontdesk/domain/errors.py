"""Typed errors every connector raises. Messages are safe to show: no secrets, no patient data.

What a failure *means* for a write is decided here, once, on the error types (`Disposition`);
which type a reply or a transport error becomes is decided in connectors/failures.py:
- REFUSED: the vendor's explicit, final answer (a 4xx with its reason, a 409). Nothing is
  retried; the user reads the reason.
- TRANSIENT: the write did not take effect (not sent: offline, a token or preparatory request
  that failed; or refused before processing: 429, 401, budget spent). Kept and sent again later.
- UNKNOWN: it may have reached the vendor (any 5xx, a timeout or a dropped connection after a
  non-idempotent request left, an unreadable reply to it). Reconciled with the vendor before
  anything is sent again.
"""

from __future__ import annotations

import enum
import math
from typing import ClassVar

from frontdesk.domain.texts import Text

# The longest wait an error may carry (a daily quota resets within a day). Vendors' Retry-After
# headers are clamped much lower when read (connectors/failures.py); this only keeps a computed
# wait finite, so that no caller's timedelta overflows.
LONGEST_WAIT = 86400.0


def finite_wait(seconds: float | None) -> float | None:
    """`seconds` as a wait a caller can add to a datetime: within 0..LONGEST_WAIT."""
    if seconds is None:
        return None
    if math.isnan(seconds) or seconds > LONGEST_WAIT:
        return LONGEST_WAIT
    return max(0.0, seconds)


class Disposition(enum.Enum):
    REFUSED = "refused"
    TRANSIENT = "transient"
    UNKNOWN = "unknown"


class FrontdeskError(Exception):
    """Base class. `vendor` names the system involved, when there is one."""

    disposition: ClassVar[Disposition] = Disposition.REFUSED
    # Seconds the vendor asked us to wait before the next request (Retry-After), if it did.
    retry_after: float | None = None

    def __init__(self, message: str, *, vendor: str | None = None) -> None:
        super().__init__(message)
        self.vendor = vendor
        self.message = message

    def __str__(self) -> str:
        return f"{self.vendor}: {self.message}" if self.vendor else self.message


class AuthFailed(FrontdeskError):
    """Credentials missing, wrong or expired beyond refresh: the user must re-authenticate."""

    disposition = Disposition.TRANSIENT


class _AsksToWait(FrontdeskError):
    """A refusal for now that may say how long to wait (Retry-After), kept finite."""

    disposition = Disposition.TRANSIENT

    def __init__(
        self, message: str, *, vendor: str | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message, vendor=vendor)
        self.retry_after = finite_wait(retry_after)


class RateLimited(_AsksToWait):
    pass


class Unavailable(_AsksToWait):
    """The vendor could not be reached or answered 5xx/408 to a read: transient, the account
    goes offline."""


class OutcomeUnknown(Unavailable):
    """A write may or may not have reached the vendor (any 5xx, a timeout or a dropped
    connection after sending, an unreadable reply)."""

    disposition = Disposition.UNKNOWN


class Conflict(FrontdeskError):
    """The slot was taken in the meantime, or the record's state forbids the change."""


class SlotJustTaken(Conflict):
    """Another desk holds or is booking an overlapping time of this provider (the clinic
    database's clash guard decided it, before anything reached the vendor)."""

    def __init__(self, by_desk: str) -> None:
        super().__init__(f"just taken at {by_desk}")
        self.by_desk = by_desk


class ServerAway(FrontdeskError):
    """A clinic desk working from its mirror was asked to write what lives on the clinic server
    only (the waitlist, blockouts, pins, confirmation calls, alerts): kept in the mirror it
    would vanish when the desk reads the server again, so it is refused and said."""

    disposition: ClassVar[Disposition] = Disposition.REFUSED

    def __init__(self) -> None:
        # Bookings and changes made meanwhile are queued in the mirror and sent on reconnect.
        super().__init__(
            Text(
                "Kept on the clinic server only, which cannot be reached: try again when it is back."
            )
        )


class SlotOverlaps(Conflict):
    """The provider already has a synced appointment there: booked only when asked anyway."""

    def __init__(self, appointment_ids: tuple[str, ...]) -> None:
        super().__init__("the provider already has an appointment at that time")
        self.appointment_ids = appointment_ids


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
