"""The contract every vendor connector fulfils.

A connector maps one vendor's API into the canonical model. It declares its capabilities; for
anything outside them it raises NotSupported with a reason a receptionist can read.
"""

from __future__ import annotations

import functools
import logging
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from datetime import datetime
from typing import Any, ClassVar, Protocol, TypeVar

from frontdesk.connectors.account import AccountConfig
from frontdesk.connectors.http import VendorHttp
from frontdesk.domain.blockouts import Occurrence
from frontdesk.domain.clock import Clock, SystemClock
from frontdesk.domain.errors import FrontdeskError, NotSupported, ProtocolError
from frontdesk.domain.models import (
    Appointment,
    BookingRequest,
    Capability,
    Location,
    Opening,
    Patient,
    PatientDraft,
    Provider,
    Service,
)
from frontdesk.domain.texts import Text

log = logging.getLogger("frontdesk.connectors")
R = TypeVar("R")
T = TypeVar("T")


class Offload(Protocol):
    """Runs a page's mapping elsewhere and gives back its result (the sync's cache worker)."""

    def __call__(self, build: Callable[[], T], /) -> Awaitable[T]: ...


class PartialOpenings(FrontdeskError):
    """An availability search of several requests some of which the vendor refused: `openings`
    holds what the others found, the message says which days went unsearched and why. A caller
    that knows it shows both; any other sees a failed search, as before."""

    def __init__(self, openings: list[Opening], message: str, *, vendor: str | None) -> None:
        super().__init__(message, vendor=vendor)
        self.openings = openings


# The contract's methods: whatever goes wrong while reading a reply leaves them as a typed error.
CONTRACT_METHODS = (
    "test_connection",
    "list_locations",
    "list_providers",
    "list_services",
    "list_appointments",
    "find_openings",
    "book",
    "find_booking",
    "move",
    "cancel",
    "mark_arrived",
    "mark_noshow",
    "confirm",
    "create_patient",
    "find_created_patient",
    "update_patient",
    "edit_appointment",
    "undo_status",
    "store_blockout",
    "find_blockout",
    "remove_blockout",
)
# Exceptions a mapping raises on a reply of an unexpected shape that Wire did not catch.
READING_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError)
# The patient listings: async iterators, wrapped page by page.
PAGE_METHODS = ("iter_patients", "iter_patients_from")
_WRAPPED = "__frontdesk_contract__"  # set on a wrapper, so nothing is wrapped twice


def _where(exc: BaseException) -> str:
    """The innermost frame an exception left: file, line and function, never its text."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return "unknown place"
    code = tb.tb_frame.f_code
    return f"{code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno} in {code.co_name}"


def _unreadable(connector: Connector, method: str, exc: Exception) -> ProtocolError:
    # The exception's text may quote the reply (patient data): log and show only its type, and
    # where it was raised, which is enough to find the mapping at fault.
    kind = type(exc).__name__
    log.warning("%s.%s: %s at %s", connector.label, method, kind, _where(exc))
    if isinstance(exc, READING_ERRORS):
        return ProtocolError(
            f"sent a reply frontdesk could not read ({kind})", vendor=connector.label
        )
    return ProtocolError(
        f"failed in a way frontdesk did not expect ({kind})", vendor=connector.label
    )


def _typed(method: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    """Any exception but a typed error leaves `method` as a ProtocolError naming the vendor.

    Only Exception is caught: CancelledError and the other BaseException-only ones pass. The
    original is dropped (`from None`), so a traceback logged upstream cannot quote it either.
    """

    @functools.wraps(method)
    async def wrapper(self: Connector, *args: Any, **kwargs: Any) -> Any:
        try:
            return await method(self, *args, **kwargs)
        except FrontdeskError:
            raise
        except Exception as exc:
            raise _unreadable(self, method.__name__, exc) from None

    setattr(wrapper, _WRAPPED, True)
    return wrapper


def _typed_pages(method: Callable[..., AsyncIterator[Any]]) -> Callable[..., AsyncIterator[Any]]:
    """`_typed` for an async iterator: each page is read under the same rule."""

    @functools.wraps(method)
    async def wrapper(self: Connector, *args: Any, **kwargs: Any) -> AsyncIterator[Any]:
        pages = method(self, *args, **kwargs)
        try:
            async for page in pages:
                yield page
        except FrontdeskError:
            raise
        except Exception as exc:
            raise _unreadable(self, method.__name__, exc) from None
        finally:
            # A caller that stops early closes this wrapper; close the listing with it, now
            # rather than whenever the garbage collector gets to it.
            close = getattr(pages, "aclose", None)
            if close is not None:
                await close()

    setattr(wrapper, _WRAPPED, True)
    return wrapper


def is_typed(function: object) -> bool:
    """Whether `function` is already behind the contract wrapper."""
    return bool(getattr(function, _WRAPPED, False))


def matches_draft(found: Patient, draft: PatientDraft) -> bool:
    """Whether `found` is the patient a create made from `draft`, for vendors without a client
    key: same names, birth date, e-mail and phone digits (what the vendor omits is not compared,
    e.g. contact details hidden after a refused privacy consent)."""

    def same(a: str | None, b: str | None) -> bool:
        return (a or "").strip().casefold() == (b or "").strip().casefold()

    def digits(text: str | None) -> str:
        return "".join(c for c in text or "" if c.isdigit())

    return (
        same(found.first_name, draft.first_name)
        and same(found.last_name, draft.last_name)
        and found.birth_date == draft.birth_date
        and (found.email is None or same(found.email, draft.email))
        and (found.phone is None or not draft.phone or digits(found.phone) == digits(draft.phone))
    )


class Connector(ABC):
    vendor: ClassVar[str]  # the key used in configuration: "progenda"
    label: ClassVar[str]  # what the user reads: "Progenda"
    capabilities: ClassVar[frozenset[Capability]]
    # Why each missing capability is missing, in words for the tooltip.
    unsupported: ClassVar[dict[Capability, str]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Every connector keeps the contract without remembering to: the public methods a
        subclass defines are wrapped so that only typed errors leave them."""
        super().__init_subclass__(**kwargs)
        for name in (*CONTRACT_METHODS, *PAGE_METHODS):
            method = cls.__dict__.get(name)
            if method is None or not callable(method) or is_typed(method):
                continue
            setattr(cls, name, _typed_pages(method) if name in PAGE_METHODS else _typed(method))

    def __init__(
        self, account: AccountConfig, http: VendorHttp, clock: Clock | None = None
    ) -> None:
        self.account = account
        self.http = http
        self.clock: Clock = clock or SystemClock()
        http.clock = self.clock  # Retry-After dates are read on the account's clock
        # Where a listing's pages of patients are mapped from the vendor's records: set by the
        # sync to its cache worker, so the window's thread does not do it (issue 13); None
        # maps them where they are read.
        self.offload: Offload | None = None

    @property
    def account_name(self) -> str:
        return self.account.name

    def can(self, capability: Capability) -> bool:
        return capability in self.capabilities

    def why_not(self, capability: Capability) -> str:
        return self.unsupported.get(
            capability, Text("{vendor}'s API cannot do this", vendor=self.label)
        )

    def not_supported(self, capability: Capability) -> NotSupported:
        return NotSupported(self.why_not(capability), vendor=self.label)

    async def mapped(self, mapper: Callable[[R], T], records: Sequence[R]) -> list[T]:
        """A page of the vendor's records as patients or appointments, mapped on `offload`
        when set (the connectors run on the window's loop: a page of 100 appointments took
        8-10 ms to map there). A record that cannot be read raises there and reaches the
        listing as it would here."""

        def build() -> list[T]:
            return [mapper(record) for record in records]

        if self.offload is None:
            return build()
        return await self.offload(build)

    # -- reads -----------------------------------------------------------------------------
    async def test_connection(self) -> None:
        """Raise AuthFailed/Unavailable/... when the account's settings do not work."""
        await self.list_locations()

    @abstractmethod
    async def list_locations(self) -> list[Location]: ...

    @abstractmethod
    async def list_providers(self) -> list[Provider]: ...

    @abstractmethod
    async def list_services(self) -> list[Service]: ...

    @abstractmethod
    def iter_patients(self, since: datetime | None = None) -> AsyncIterator[list[Patient]]:
        """Pages of patients; with `since`, only those changed after it."""

    async def iter_patients_from(
        self, since: datetime | None, resume: str | None
    ) -> AsyncIterator[tuple[list[Patient], str | None]]:
        """Pages of patients, each with a token the listing can resume from after that page.

        A sync killed half-way through a large first pass continues from the last stored page
        instead of starting over. The default cannot resume (token None, `resume` ignored);
        vendors whose paging is stable override it.
        """
        async for page in self.iter_patients(since):
            yield page, None

    @abstractmethod
    async def list_appointments(
        self, start: datetime, end: datetime, *, since: datetime | None = None
    ) -> list[Appointment]: ...

    async def find_openings(
        self,
        service_id: str,
        start: datetime,
        end: datetime,
        provider_ids: Sequence[str] = (),
    ) -> list[Opening]:
        raise self.not_supported(Capability.OPENINGS)

    # -- writes ----------------------------------------------------------------------------
    async def create_patient(self, draft: PatientDraft, client_key: str) -> Patient:
        """`client_key` identifies the write so a retried create is recognised, not doubled."""
        raise self.not_supported(Capability.CREATE_PATIENT)

    async def find_created_patient(self, draft: PatientDraft, client_key: str) -> Patient | None:
        """After an unknown outcome: the patient `create_patient` made, if it exists."""
        raise self.not_supported(Capability.CREATE_PATIENT)

    async def update_patient(self, patient: Patient, draft: PatientDraft) -> Patient:
        raise self.not_supported(Capability.EDIT_PATIENT)

    async def book(self, request: BookingRequest) -> Appointment:
        raise self.not_supported(Capability.BOOK)

    async def find_booking(self, request: BookingRequest) -> Appointment | None:
        """After an unknown outcome: the appointment `request` created, if it exists."""
        raise self.not_supported(Capability.BOOK)

    async def move(
        self, appointment: Appointment, start: datetime, end: datetime, provider_id: str
    ) -> Appointment:
        raise self.not_supported(Capability.MOVE)

    async def cancel(self, appointment: Appointment, reason: str = "") -> Appointment:
        raise self.not_supported(Capability.CANCEL)

    async def mark_arrived(self, appointment: Appointment) -> Appointment:
        raise self.not_supported(Capability.ARRIVED)

    async def mark_noshow(self, appointment: Appointment) -> Appointment:
        raise self.not_supported(Capability.NOSHOW)

    async def confirm(self, appointment: Appointment) -> Appointment:
        raise self.not_supported(Capability.CONFIRM)

    async def edit_appointment(
        self,
        appointment: Appointment,
        *,
        notes: str | None = None,
        service_id: str | None = None,
        end: datetime | None = None,
    ) -> Appointment:
        """New notes, another service and/or a new end, the start kept (None leaves that
        field as it is)."""
        raise self.not_supported(Capability.EDIT_APPOINTMENT)

    # -- blockouts at the vendor (issue 15): others say no, and the blockout stays local --------
    async def store_blockout(self, occurrence: Occurrence) -> Appointment:
        """Create the occurrence, keyed by its remote_id, as the vendor's record of it."""
        raise self.not_supported(Capability.BLOCKOUTS)

    async def find_blockout(self, occurrence: Occurrence) -> Appointment | None:
        """After an unknown outcome: the occurrence's record if it was created."""
        raise self.not_supported(Capability.BLOCKOUTS)

    async def remove_blockout(self, occurrence: Occurrence) -> bool:
        """Delete the occurrence; False when the vendor has no such record (already gone)."""
        raise self.not_supported(Capability.BLOCKOUTS)

    async def undo_status(self, appointment: Appointment) -> Appointment:
        """An arrival, a no-show or a confirmation taken back: the appointment is booked again."""
        raise self.not_supported(Capability.UNDO_STATUS)
