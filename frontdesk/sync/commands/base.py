"""What every typed write command owns, and the registry that turns a stored row back into one.

A command is a frozen dataclass. It knows its payload (JSON for the outbox row, under its
`kind`), its optimistic effect on the cached records, its undo when the vendor refuses, the
connector call that does it, how to tell after an unknown outcome whether the vendor already
did it, and the Capability it needs. The outbox stores, sends and settles; it never asks what
kind of write it holds.

Nothing here imports the connectors (and through them httpx): the book draws waiting writes
from the cache alone before the connectors are loaded (docs/architecture.md "Start-up").
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, Self, TypeVar

from frontdesk.domain.blockouts import Occurrence
from frontdesk.domain.models import Appointment, BookingRequest, Capability, Patient
from frontdesk.sync.record_codec import PENDING

if TYPE_CHECKING:
    from frontdesk.connectors.base import Connector

VendorRecord = Appointment | Patient


class Records(Protocol):
    """The cached rows a command's optimistic effect and its undo read and write. The outbox
    provides it over the cache, inside the transaction that stores or settles the write."""

    def appointment(self, account: str, appointment_id: str) -> Appointment | None: ...

    def patient(self, account: str, patient_id: str) -> Patient | None: ...

    def vendor_copy(self, current: Appointment) -> Appointment:
        """The appointment as the vendor has it: before any change still waiting for it."""
        ...

    def put_appointment(self, appointment: Appointment) -> None: ...

    def restore_appointment(self, record: Appointment) -> None:
        """Show the vendor's record, with the changes still waiting for it applied on top."""
        ...

    def drop_appointment(self, account: str, appointment_id: str) -> None: ...

    def put_patient(self, patient: Patient, *, pending: bool) -> None: ...

    def drop_patient(self, account: str, patient_id: str) -> None: ...

    def fail_waiting_for(self, account: str, placeholder: str, reason: str) -> None:
        """Writes that refer to a record that will never exist fail with `reason`."""
        ...

    def put_blockout_remote(self, occurrence: Occurrence) -> None:
        """A blockout's occurrence at the vendor, as it now stands (while the blockout is)."""
        ...


class Command(ABC):
    """One write to one vendor account."""

    kind: ClassVar[str]  # the outbox row's `kind`: stable, rows outlive releases
    capability: ClassVar[Capability]  # what the connector must be able to do
    # Sent twice it would make a second record: never resent without a look first.
    creates: ClassVar[bool] = False

    if TYPE_CHECKING:
        # Read-only here, so a subclass may make it a dataclass field or a property. Declared
        # for the type checker only: a class attribute would become the fields' default.
        @property
        def account(self) -> str: ...

    def key(self) -> str | None:
        """The write's own idempotency key when the caller chose one (else the outbox does)."""
        return None

    @abstractmethod
    def target(self, key: str) -> str:
        """The cached record the write is about (a `pending:` placeholder for a create)."""

    # -- the outbox row ------------------------------------------------------------------------
    @abstractmethod
    def payload(self) -> dict[str, Any]: ...

    @classmethod
    @abstractmethod
    def from_payload(cls, account: str, key: str, payload: Mapping[str, Any]) -> Self: ...

    # -- the cache -----------------------------------------------------------------------------
    def prepared(self, records: Records) -> Self:
        """Completed from the cache as it is stored (what the vendor has, a patient's key)."""
        return self

    def completed(self, records: Records) -> Self:
        """Completed from the cache before sending, for a row an older frontdesk stored."""
        return self

    @abstractmethod
    def show(self, records: Records, key: str, at: datetime) -> None:
        """The optimistic effect: the cache shows the write as done, pending, at once."""

    @abstractmethod
    def undo(self, records: Records, key: str) -> None:
        """The vendor refused: take the optimistic effect back."""

    def refuse(self, records: Records, key: str, reason: str) -> None:
        """The vendor refused, for `reason` (the outbox's failure keeps it too)."""
        self.undo(records, key)

    def settle(self, records: Records, key: str, record: VendorRecord) -> bool:
        """Done at the vendor: True when the command wrote `record` where it belongs itself
        (a blockout's occurrence); False lets the outbox write it as the cached record."""
        return False

    def changes(self) -> str | None:
        """The id of the existing appointment this write changes, if it changes one."""
        return None

    def apply(self, appointment: Appointment, at: datetime) -> Appointment:
        """`appointment` as it will be once this write is done (`at`: when it was asked)."""
        return appointment

    def vendor_copy(self) -> Appointment | None:
        """What the vendor had when this write was stored, when the write knows it."""
        return None

    # -- placeholders --------------------------------------------------------------------------
    def refs(self) -> tuple[str, ...]:
        """Ids of the records this write needs to exist at the vendor first."""
        return ()

    def waits(self) -> bool:
        """It refers to a record that is itself still in the outbox."""
        return any(ref.startswith(PENDING) for ref in self.refs())

    def repointed(self, placeholder: str, record: VendorRecord) -> Self:
        """The placeholder it referred to now exists at the vendor as `record`."""
        return self

    # -- the vendor ----------------------------------------------------------------------------
    @abstractmethod
    async def send(self, connector: Connector, key: str) -> VendorRecord: ...

    @abstractmethod
    async def find_done(self, connector: Connector, key: str) -> VendorRecord | None:
        """After an unknown outcome: the vendor's record if the write is already done there."""

    def booking(self) -> BookingRequest | None:
        """The booking asked for, if any: fresh openings are offered when its slot was taken."""
        return None


class UnknownCommand(ValueError):
    """A stored row of a kind this frontdesk does not know (written by a newer one)."""


_KINDS: dict[str, type[Command]] = {}
C = TypeVar("C", bound=type[Command])


def command(cls: C) -> C:
    """Class decorator: rows of `cls.kind` decode to `cls`."""
    if cls.kind in _KINDS:
        raise ValueError(f"two commands of kind {cls.kind}")
    _KINDS[cls.kind] = cls
    return cls


def known(kind: str) -> bool:
    return kind in _KINDS


def decode(kind: str, account: str, key: str, payload: Mapping[str, Any]) -> Command:
    """The typed command a stored outbox row holds."""
    cls = _KINDS.get(kind)
    if cls is None:
        raise UnknownCommand(f"unknown write kind {kind}")
    return cls.from_payload(account, key, payload)
