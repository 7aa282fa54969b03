"""The waitlist (issue 15, item 1): patients who want an earlier time, and which of them fit a
freed slot. Kept in frontdesk's own store: none of the vendors models a waitlist.

Pure: a slot's start is read on its clinic's wall clock (the caller gives it in the provider's
location's zone), so "mornings" and "Tuesdays" mean what the desk means.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class TimeOfDay(StrEnum):
    MORNING = "morning"  # before noon
    AFTERNOON = "afternoon"  # noon to five
    EVENING = "evening"  # from five

    def holds(self, at: time) -> bool:
        if self is TimeOfDay.MORNING:
            return at < NOON
        if self is TimeOfDay.AFTERNOON:
            return NOON <= at < FIVE
        return at >= FIVE


NOON = time(12)
FIVE = time(17)


@dataclass(frozen=True, slots=True)
class WaitlistEntry:
    account: str
    patient_id: str
    service_id: str | None  # None: any service the slot allows
    added_at: datetime  # aware; the longest waiting is offered first
    provider_ids: frozenset[str] = frozenset()  # empty: any provider
    days: frozenset[int] = frozenset()  # weekday numbers, Monday 0; empty: any day
    time_of_day: TimeOfDay | None = None
    earliest: date | None = None
    latest: date | None = None
    urgent: bool = False
    note: str = ""
    id: int | None = None  # the store's, once stored


@dataclass(frozen=True, slots=True)
class Slot:
    """A free time: `start` on the provider's clinic's wall clock (aware, in its zone).
    `services`: the services that can be booked there; None when any can."""

    account: str
    provider_id: str
    start: datetime
    services: frozenset[str] | None = None


def matches(entry: WaitlistEntry, slot: Slot) -> bool:
    """Whether the slot is one the waiting patient asked for."""
    if entry.account != slot.account:
        return False
    if entry.provider_ids and slot.provider_id not in entry.provider_ids:
        return False
    wanted, allowed = entry.service_id, slot.services
    if wanted is not None and allowed is not None and wanted not in allowed:
        return False
    day = slot.start.date()
    if entry.days and day.weekday() not in entry.days:
        return False
    if entry.time_of_day is not None and not entry.time_of_day.holds(slot.start.time()):
        return False
    if entry.earliest is not None and day < entry.earliest:
        return False
    return entry.latest is None or day <= entry.latest


def offer_order(entries: Iterable[WaitlistEntry]) -> list[WaitlistEntry]:
    """Urgent first, then the longest waiting (then the first stored)."""
    return sorted(entries, key=lambda e: (not e.urgent, e.added_at, e.id or 0))


def fitting(entries: Iterable[WaitlistEntry], slot: Slot) -> list[WaitlistEntry]:
    """The entries that fit the slot, in offer order."""
    return offer_order(e for e in entries if matches(e, slot))


def parse_days(text: str) -> frozenset[int]:
    """Days as "mon,tue" -> {0, 1}; ValueError names a word not understood."""
    days: set[int] = set()
    for word in (w.strip().lower() for w in text.split(",")):
        if not word:
            continue
        if word[:3] not in DAY_NAMES:
            raise ValueError(f"{word!r} is not a day; use {','.join(DAY_NAMES)}")
        days.add(DAY_NAMES.index(word[:3]))
    return frozenset(days)


def format_days(days: frozenset[int]) -> str:
    return ",".join(DAY_NAMES[d] for d in sorted(days))
