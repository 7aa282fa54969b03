"""Blockouts (issue 15, item 3): breaks, meetings, time off. A time of a provider (or of every
provider of an account) that nobody books: openings, computed or the vendor's, leave it out, and
the clash guard names it like an overlap ("book anyway" stays possible).

Kept in frontdesk's own store for every vendor, and also at the vendor where it models one
(Progenda: an appointment with a title and no patient), one vendor appointment per occurrence
and provider (`Occurrence`, its state `Remote`); the book, the dialog and the command line say
which (`Storage`). A weekly blockout repeats on its clinic's wall clock (12:30 stays 12:30
across a daylight-saving change), so it carries its zone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from frontdesk.domain.book import DayEntry
from frontdesk.domain.models import Appointment

KEPT_HERE = "kept in frontdesk"  # where a blockout is stored, as the book says it
WEEK = timedelta(days=7)
# The remote_id (the outbox key) of an occurrence stored at the vendor: a synced appointment
# carrying one is the blockout's, drawn as its band and not as an appointment.
REMOTE_PREFIX = "fd-b-"

Interval = tuple[datetime, datetime]


class BlockoutKind(StrEnum):
    BREAK = "break"
    MEETING = "meeting"
    TIME_OFF = "time-off"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ").capitalize()


class Storage(StrEnum):
    """Where a blockout lives."""

    LOCAL = "local"  # this desk's (or clinic's) store only
    PENDING = "pending"  # its occurrences wait in the outbox for the vendor
    VENDOR = "vendor"  # every occurrence stored at the vendor


class Remote(StrEnum):
    """An occurrence's state at the vendor."""

    PENDING = "pending"  # stored in the outbox, not yet confirmed
    STORED = "stored"
    REFUSED = "refused"  # kept here only, with the vendor's reason


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One occurrence of a blockout for one provider, as an appointment at the vendor: its
    remote_id is the outbox key of the write that stores it."""

    account: str
    blockout_id: int
    provider_id: str
    start: datetime
    end: datetime
    remote_id: str
    title: str = ""
    colour: str | None = None
    state: Remote = Remote.PENDING
    vendor_id: str | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Blockout:
    """Time no one may book (a break, a meeting, time off), once or weekly."""

    account: str
    provider_id: str | None  # None: every provider of the account
    start: datetime  # aware
    end: datetime  # aware, after start
    zone: str  # the clinic's zone: a weekly blockout repeats on its wall clock
    kind: BlockoutKind = BlockoutKind.OTHER
    title: str = ""
    colour: str | None = None
    repeat_until: date | None = None  # weekly until this local date (included); None: once
    id: int | None = None  # the store's, once stored
    # Its occurrences at the vendor, as the store counts them (none: kept here only).
    at_vendor: int = 0  # stored there
    to_vendor: int = 0  # waiting in the outbox
    refused: str | None = None  # the vendor's reason, when it refused one

    @property
    def name(self) -> str:
        return self.title or self.kind.label

    @property
    def storage(self) -> Storage:
        if self.to_vendor:
            return Storage.PENDING
        if self.at_vendor and self.refused is None:
            return Storage.VENDOR
        return Storage.LOCAL

    def applies_to(self, account: str, provider_id: str) -> bool:
        return self.account == account and self.provider_id in (None, provider_id)


def occurrences(blockout: Blockout, start: datetime, end: datetime) -> Iterator[Interval]:
    """Each occurrence overlapping [start, end), as aware UTC intervals, in order."""
    zone = ZoneInfo(blockout.zone)
    first = blockout.start.astimezone(zone).replace(tzinfo=None)
    length = blockout.end.astimezone(zone).replace(tzinfo=None) - first  # wall-clock length
    last = blockout.repeat_until or first.date()
    step = 0
    if blockout.repeat_until is not None:  # skip the weeks before the window
        before = (start.astimezone(zone).replace(tzinfo=None) - length - first) // WEEK
        step = max(0, before)
    while True:
        local = first + step * WEEK
        if local.date() > last:
            return
        begin = local.replace(tzinfo=zone).astimezone(UTC)
        finish = (local + length).replace(tzinfo=zone).astimezone(UTC)
        if begin >= end:
            return
        if finish > start:
            yield begin, finish
        step += 1


def vendor_occurrences(
    blockout: Blockout, provider_ids: Iterable[str], key: Callable[[], str], now: datetime
) -> list[Occurrence]:
    """What storing it at the vendor takes: one appointment per occurrence not over by `now`,
    up to its `until`, and per provider (`provider_ids`: the account's, for a blockout of every
    provider). A weekly blockout begun weeks ago does not fill the vendor's past."""
    if blockout.id is None:
        raise ValueError("a blockout is stored before it is sent")
    providers = [blockout.provider_id] if blockout.provider_id else list(provider_ids)
    spans = list(occurrences(blockout, now, datetime.max.replace(tzinfo=UTC)))
    return [
        Occurrence(
            blockout.account,
            blockout.id,
            provider,
            start,
            end,
            key(),
            blockout.name,
            blockout.colour,
        )
        for provider in providers
        for start, end in spans
    ]


def blocked(
    blockouts: Iterable[Blockout], account: str, provider_id: str, start: datetime, end: datetime
) -> list[tuple[Blockout, Interval]]:
    """The occurrences that block the provider within [start, end), in time order."""
    found = [
        (b, span)
        for b in blockouts
        if b.applies_to(account, provider_id)
        for span in occurrences(b, start, end)
    ]
    return sorted(found, key=lambda pair: pair[1])


def as_entries(found: Iterable[tuple[Blockout, Interval]]) -> list[DayEntry]:
    """Blockout occurrences as the clash guard lists what a time would overlap: "Dr Raman
    already has Staff meeting (Meeting) 12:30–13:00: book anyway?"."""
    return [
        DayEntry(
            Appointment(
                b.account, f"blockout:{b.id}", b.provider_id or "", start, end, title=b.name
            ),
            b.name,
            b.kind.label if b.title else KEPT_HERE,
            b.colour,
        )
        for b, (start, end) in found
    ]
