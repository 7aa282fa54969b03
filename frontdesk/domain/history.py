"""An appointment's history (issue 15 item 5): what changed, when, from which desk and user,
and whether it was done through frontdesk or seen at the vendor by a sync.

Rows keep the values before and after (times in UTC, ISO) and are worded when shown, on the
wall clock of the clinic the caller names.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, tzinfo
from functools import cache

from frontdesk.domain.conventions import MONTHS
from frontdesk.domain.models import Appointment, AppointmentStatus
from frontdesk.domain.texts import Text

FRONTDESK = "frontdesk"
VENDOR = "vendor"

CREATED = "created"
MOVED = "moved"
LENGTH = "length"
PROVIDER = "provider"
SERVICE = "service"
STATUS = "status"
CANCELLED = "cancelled"

SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
SHORT_MONTHS = tuple(month[:3] for month in MONTHS)

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
    import getpass  # here, not at import: socket is not needed for a window's first frame
    import socket

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
    """As "Wed 18 Nov 10:30"; the window names the day and month in its language."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    local = moment.astimezone(tz) if tz is not None else moment
    return Text(  # English names whatever the process's C locale (Qt sets it from the system)
        "{weekday} {day} {month} {clock}",
        weekday=SHORT_DAYS[local.weekday()],
        day=f"{local.day:02d}",
        month=SHORT_MONTHS[local.month - 1],
        clock=f"{local:%H:%M}",
    )


# Status names, translatable (a value frontdesk does not know stays as it is).
STATUS_NAMES: dict[str, Text] = {
    AppointmentStatus.PROPOSED: Text("proposed"),
    AppointmentStatus.PENDING: Text("pending"),
    AppointmentStatus.BOOKED: Text("booked"),
    AppointmentStatus.ARRIVED: Text("arrived"),
    AppointmentStatus.FULFILLED: Text("fulfilled"),
    AppointmentStatus.CANCELLED: Text("cancelled"),
    AppointmentStatus.NOSHOW: Text("no-show"),
    AppointmentStatus.ENTERED_IN_ERROR: Text("entered in error"),
    AppointmentStatus.CHECKED_IN: Text("checked in"),
    AppointmentStatus.WAITLIST: Text("on the waitlist"),
}


def _status(value: str) -> str:
    return STATUS_NAMES.get(value, value)


def what(
    entry: HistoryEntry, tz: tzinfo | None = None, names: Mapping[str, str] | None = None
) -> str:
    """The change in words ("moved from 10:30 to 11:00"), a `Text` the window translates;
    `names` words provider and service ids; times on `tz`'s clock."""
    kind, before, after = entry.kind, entry.before, entry.after
    names = names or {}
    if kind == CREATED:
        return Text("booked for {when}", when=_day_and_clock(after, tz))
    if kind == MOVED:
        same_day = before[:10] == after[:10]
        if same_day:
            return Text(
                "moved from {before} to {after}", before=_clock(before, tz), after=_clock(after, tz)
            )
        return Text(
            "moved from {before} to {after}",
            before=_day_and_clock(before, tz),
            after=_day_and_clock(after, tz),
        )
    if kind == LENGTH:
        return Text(
            "end changed from {before} to {after}",
            before=_clock(before, tz),
            after=_clock(after, tz),
        )
    if kind in (PROVIDER, SERVICE):
        old = names.get(before) or before or Text("none")
        new = names.get(after) or after or Text("none")
        if kind == PROVIDER:
            return Text("provider changed from {before} to {after}", before=old, after=new)
        return Text("service changed from {before} to {after}", before=old, after=new)
    if kind == CANCELLED:
        return Text("cancelled")
    return Text(
        "status changed from {before} to {after}", before=_status(before), after=_status(after)
    )


def how(entry: HistoryEntry) -> str:
    """Who and through what: "by desk-2/anna through frontdesk" or "seen at the vendor"."""
    if entry.source == VENDOR:
        return Text("seen at the vendor (sync at {desk}/{user})", desk=entry.desk, user=entry.user)
    return Text("by {desk}/{user} through frontdesk", desk=entry.desk, user=entry.user)


def sentence(
    entry: HistoryEntry, tz: tzinfo | None = None, names: Mapping[str, str] | None = None
) -> str:
    """The whole line, English as a str (the command line), translatable in the window."""
    return Text("{what} {how}", what=what(entry, tz, names), how=how(entry))
