"""Confirmation calls (issue 15 item 4): what came of calling a patient about an appointment.

`confirmed` is also sent to the vendor where it has a confirmation (the Confirm command); the
other outcomes are the desk's own, kept locally.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class CallOutcome(StrEnum):
    CONFIRMED = "confirmed"
    LEFT_MESSAGE = "left message"
    NO_ANSWER = "no answer"
    RESCHEDULE = "asked to reschedule"


@dataclass(frozen=True)
class ConfirmationCall:
    """A call made to confirm an appointment, and how it went."""

    account: str
    appointment_id: str
    outcome: CallOutcome
    at: datetime
    desk: str
    user: str
    note: str = ""


def call_line(call: ConfirmationCall, clock: str) -> str:
    """The block's tooltip line: "Call: left message (10:42, desk/user)"."""
    return f"Call: {call.outcome.value} ({clock}, {call.desk}/{call.user})"
