"""Typed errors every connector raises. Messages are safe to show: no secrets, no patient data."""

from __future__ import annotations


class FrontdeskError(Exception):
    """Base class. `vendor` names the system involved, when there is one."""

    def __init__(self, message: str, *, vendor: str | None = None) -> None:
        super().__init__(message)
        self.vendor = vendor
        self.message = message

    def __str__(self) -> str:
        return f"{self.vendor}: {self.message}" if self.vendor else self.message


class AuthFailed(FrontdeskError):
    """Credentials missing, wrong or expired beyond refresh: the user must re-authenticate."""


class RateLimited(FrontdeskError):
    def __init__(
        self, message: str, *, vendor: str | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message, vendor=vendor)
        self.retry_after = retry_after


class Unavailable(FrontdeskError):
    """The vendor could not be reached or answered 5xx/408: transient, the account goes offline."""


class Conflict(FrontdeskError):
    """The slot was taken in the meantime, or the record's state forbids the change."""


class NotFound(FrontdeskError):
    pass


class Invalid(FrontdeskError):
    """The vendor refused the request as invalid (400/422): fix the input, do not retry."""


class NotSupported(FrontdeskError):
    """The vendor's API cannot do this; the message says why."""


class ProtocolError(FrontdeskError):
    """The vendor answered something we cannot read (malformed JSON, missing fields...)."""


class BudgetExhausted(FrontdeskError):
    """frontdesk's own request budget for the account is spent for today."""
