"""The pinboard (issue 15 item 6): appointments a desk has picked up to carry to another day.

A pin remembers the appointment as it was pinned (provider, start, end), so that a move made
elsewhere since (at the vendor, seen by a sync, or at another desk) is told on its card instead
of the card silently following it; a cancellation, or an appointment gone from the book, is
told too. Pure: the store keeps the pins, the sync layer reads the appointments.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from frontdesk.domain.book import DayEntry
from frontdesk.domain.history import CANCELLED, MOVED, PROVIDER, HistoryEntry
from frontdesk.domain.models import Appointment, AppointmentStatus


@dataclass(frozen=True, slots=True)
class Pin:
    account: str
    appointment_id: str
    pinned_at: datetime  # aware
    desk: str  # each desk has its own board
    # The appointment as pinned: a later difference is a change made elsewhere.
    provider_id: str
    start: datetime
    end: datetime

    @staticmethod
    def of(a: Appointment, at: datetime, desk: str) -> Pin:
        return Pin(a.account, a.id, at, desk, a.provider_id, a.start, a.end)

    @property
    def key(self) -> tuple[str, str]:
        return (self.account, self.appointment_id)


class Since(StrEnum):
    """What happened to a pinned appointment since it was pinned, elsewhere."""

    NOTHING = "nothing"
    MOVED = "moved"  # another time or provider
    CANCELLED = "cancelled"  # or entered in error
    GONE = "gone"  # no longer in the book (deleted at the vendor)


def since_pinned(pin: Pin, current: Appointment | None) -> Since:
    if current is None:
        return Since.GONE
    if current.status in (AppointmentStatus.CANCELLED, AppointmentStatus.ENTERED_IN_ERROR):
        return Since.CANCELLED
    if (current.provider_id, current.start, current.end) != (pin.provider_id, pin.start, pin.end):
        return Since.MOVED
    return Since.NOTHING


@dataclass(frozen=True, slots=True)
class PinnedCard:
    """A card on the board: the pin, the appointment as the book shows it now (None: gone),
    its provider's name, and what happened since, by whom ("" : not known)."""

    pin: Pin
    entry: DayEntry | None
    provider: str
    since: Since = Since.NOTHING
    source: str = ""  # history.VENDOR or history.FRONTDESK
    desk: str = ""  # the desk that made the change, through frontdesk


_KINDS = {Since.MOVED: (MOVED, PROVIDER), Since.CANCELLED: (CANCELLED,)}


def who_changed(since: Since, history: Iterable[HistoryEntry]) -> HistoryEntry | None:
    """The latest history row (oldest first given) that explains `since` (None: none kept).
    Not filtered by the pin's time: a sync stamps its rows with the machine's clock."""
    kinds = _KINDS.get(since, ())
    found = [h for h in history if h.kind in kinds]
    return found[-1] if found else None
