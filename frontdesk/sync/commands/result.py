"""What became of a command, as its caller sees it: nobody has to read the outbox back."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.models import Appointment, Opening, Patient
from frontdesk.sync.outbox_records import OutboxEntry


class Outcome(StrEnum):
    SENT = "sent"  # the vendor confirmed it; `record` is the vendor's record
    WAITING = "waiting"  # kept in the outbox, drawn as pending; `reason` says why
    REFUSED = "refused"  # final: `reason` is the vendor's (or the connector's) reason


@dataclass(frozen=True)
class CommandResult:
    outcome: Outcome
    # Why it waits (offline, being sent, waiting for an earlier write, rate-limited...) or
    # why it was refused; empty when sent.
    reason: str = ""
    # The outbox entry; None only for a command refused before it was stored (the vendor
    # cannot do it at all).
    entry: OutboxEntry | None = None
    record: Appointment | Patient | None = None  # the vendor's record, when sent
    # A booking refused because the slot was taken: fresh openings near the time asked for.
    alternatives: tuple[Opening, ...] = ()
    error: FrontdeskError | None = None  # the typed error behind `reason`

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.SENT

    @property
    def appointment(self) -> Appointment | None:
        return self.record if isinstance(self.record, Appointment) else None

    @property
    def patient(self) -> Patient | None:
        return self.record if isinstance(self.record, Patient) else None

    @classmethod
    def sent(cls, entry: OutboxEntry, record: Appointment | Patient) -> CommandResult:
        return cls(Outcome.SENT, entry=entry, record=record)

    @classmethod
    def waiting(cls, entry: OutboxEntry, error: FrontdeskError) -> CommandResult:
        return cls(Outcome.WAITING, str(error), entry, error=error)

    @classmethod
    def refused(cls, error: FrontdeskError, entry: OutboxEntry | None = None) -> CommandResult:
        alternatives = entry.alternatives if entry is not None else ()
        return cls(Outcome.REFUSED, str(error), entry, alternatives=alternatives, error=error)
