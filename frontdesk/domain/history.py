"""An appointment's history (issue 15 item 5): what changed, when, from which desk and user,
and whether it was done through frontdesk or seen at the vendor by a sync.

Rows keep the values before and after (times in UTC, ISO) and are worded when shown, on the
wall clock of the clinic the caller names.
"""

from __future__ import annotations

import getpass
import os
import socket
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, tzinfo
from functools import cache

from frontdesk.domain.models import Appointment, AppointmentStatus

FRONTDESK = "frontdesk"
VENDOR = "vendor"

CREATED = "created"
MOVED = "moved"
LENGTH = "length"
PROVIDER = "provider"
SERVICE = "service"
STATUS = "status"
CANCELLED = "cancelled"

DESK_VARIABLE = "FRONTDESK_DESK"  # a configured desk name; else the host name


@dataclass(frozen=True)
class HistoryEntry:
    account: str
    appointment_id: str
    at: datetime
    kind: str
    before: str
    after: str
    source: str  # FRONTDESK or VENDOR
    desk: str
    user: str


@cache
def here() -> tuple[str, str]:
    """(desk, user): the configured desk name or the host name, and the OS user."""
    desk = os.environ.get(DESK_VARIABLE) or socket.gethostname() or "desk"
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container)
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return desk, user


def _iso(value: datetime) -> str:
    return value.isoformat()


def differences(old: Appointment | None, new: Appointment | None) -> list[tuple[str, str, str]]:
    """(kind, before, after) for what the desk cares about: time, length, provider, service,
    status. A new appointment is one `created` row."""
    if new is None:
        return []
    if old is None:
        return [(CREATED, "", _iso(new.start))]
    found: list[tuple[str, str, str]] = []
    if old.start != new.start:
        found.append((MOVED, _iso(old.start), _iso(new.start)))
    elif old.end != new.end:
        found.append((LENGTH, _iso(old.end), _iso(new.end)))
    if old.provider_id != new.provider_id:
        found.append((PROVIDER, old.provider_id, new.provider_id))
    if old.service_id != new.service_id:
        found.append((SERVICE, old.service_id or "", new.service_id or ""))
    if old.status != new.status:
        kind = CANCELLED if new.status == AppointmentStatus.CANCELLED else STATUS
        found.append((kind, old.status.value, new.status.value))
    return found


def entries(
    old: Appointment | None, new: Appointment | None, at: datetime, source: str
) -> list[HistoryEntry]:
    """The history rows for one appointment going from `old` to `new`, by this desk."""
    if new is None:
        return []
    desk, user = here()
    return [
        HistoryEntry(new.account, new.id, at, kind, before, after, source, desk, user)
        for kind, before, after in differences(old, new)
    ]


# What a sync's compare reads of a cached row: provider, start and end (epoch seconds),
# status, service. Only rows whose shape differs become appointments again (most do not).
Shape = tuple[str, int, int, str, str | None]


def shape(a: Appointment) -> Shape:
    return (
        a.provider_id,
        int(a.start.timestamp()),
        int(a.end.timestamp()),
        a.status.value,
        a.service_id,
    )


def seen_at_vendor(
    cached: Mapping[str, Shape],
    synced: Iterable[Appointment],
    at: datetime,
    *,
    new_are_created: bool = False,
) -> list[HistoryEntry]:
    """A sync's rows against the cached ones: changes to appointments already known, and, when
    `new_are_created` (an incremental read after an earlier one: what it lists changed since),
    a `created` row for one not cached (booked at the vendor's own screen). The first read of
    an account, or of a day, is not a history of creations."""
    found: list[HistoryEntry] = []
    for new in synced:
        old = cached.get(new.id)
        if old is None and new_are_created:
            found.extend(entries(None, new, at, VENDOR))
        if old is None or old == shape(new):
            continue
        provider, start, end, status, service = old
        before = replace(
            new,
            provider_id=provider,
            start=datetime.fromtimestamp(start, UTC),
            end=datetime.fromtimestamp(end, UTC),
            status=AppointmentStatus(status),
            service_id=service,
        )
        found.extend(entries(before, new, at, VENDOR))
    return found


def _clock(value: str, tz: tzinfo | None) -> str:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    return (moment.astimezone(tz) if tz is not None else moment).strftime("%H:%M")


def _day_and_clock(value: str, tz: tzinfo | None) -> str:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    return (moment.astimezone(tz) if tz is not None else moment).strftime("%a %d %b %H:%M")


def what(
    entry: HistoryEntry, tz: tzinfo | None = None, names: Mapping[str, str] | None = None
) -> str:
    """The change in words ("moved from 10:30 to 11:00"); `names` words provider and service
    ids; times on `tz`'s clock."""
    kind, before, after = entry.kind, entry.before, entry.after
    names = names or {}
    if kind == CREATED:
        return f"booked for {_day_and_clock(after, tz)}"
    if kind == MOVED:
        same_day = before[:10] == after[:10]
        if same_day:
            return f"moved from {_clock(before, tz)} to {_clock(after, tz)}"
        return f"moved from {_day_and_clock(before, tz)} to {_day_and_clock(after, tz)}"
    if kind == LENGTH:
        return f"end changed from {_clock(before, tz)} to {_clock(after, tz)}"
    if kind in (PROVIDER, SERVICE):
        old, new = names.get(before, before or "none"), names.get(after, after or "none")
        return f"{kind} changed from {old} to {new}"
    if kind == CANCELLED:
        return "cancelled"
    return f"status changed from {before} to {after}"


def how(entry: HistoryEntry) -> str:
    """Who and through what: "by desk-2/anna through frontdesk" or "seen at the vendor"."""
    if entry.source == VENDOR:
        return f"seen at the vendor (sync at {entry.desk}/{entry.user})"
    return f"by {entry.desk}/{entry.user} through frontdesk"


def sentence(
    entry: HistoryEntry, tz: tzinfo | None = None, names: Mapping[str, str] | None = None
) -> str:
    return f"{what(entry, tz, names)} {how(entry)}"
