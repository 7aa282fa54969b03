"""Recurring series through the workspace (issue 15 item 2).

Before anything is sent, every occurrence is checked as the booking dialog checks one time: a
time already past, a day the clinic is closed or a time outside its hours (the account's working
hours, as computed openings read them), and what the provider already has there (appointments,
the writes still waiting, blockouts: the clash guard's `Workspace.clashes` rule), read on the
cache worker in one call. Booking stores the series and its members first (each member linked
by its booking's placeholder id, which follows the booking to the vendor's id), then runs one
`Book` per occurrence, each with its own outbox key: each is sent exactly once, as every write.

Later changes to "this and the following" appointments are one write each (a `Cancel`, or a
`Move` by the same wall-clock shift, each checked first like a new occurrence).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from frontdesk.domain import history
from frontdesk.domain.blockouts import as_entries, blocked
from frontdesk.domain.book import DayEntry
from frontdesk.domain.booking_rules import overlap_warning
from frontdesk.domain.models import Appointment, AppointmentStatus, BookingRequest
from frontdesk.domain.recurrence import Rule
from frontdesk.domain.series import Member, SeriesLink, StoredSeries
from frontdesk.store.protocol import Store
from frontdesk.sync.commands import Book, Cancel, Move
from frontdesk.sync.commands.result import CommandResult
from frontdesk.sync.day import apply_waiting, clashes
from frontdesk.sync.openings import OpeningsFinder
from frontdesk.sync.outbox import Outbox
from frontdesk.sync.outbox_records import read_entries
from frontdesk.sync.record_codec import PENDING
from frontdesk.sync.workspace import Workspace

Times = tuple[datetime, datetime]


class Problem(StrEnum):
    PAST = "past"
    CLOSED = "closed"  # the clinic is closed that day
    OUTSIDE_HOURS = "outside hours"
    CLASH = "clash"  # the provider has an appointment or a blockout then


@dataclass(frozen=True)
class OccurrenceCheck:
    position: int  # 1 for the first
    start: datetime
    end: datetime
    problems: tuple[Problem, ...] = ()
    clashes: tuple[DayEntry, ...] = ()  # what is there, named

    @property
    def ok(self) -> bool:
        return not self.problems

    def reason(self, provider: str, zone: ZoneInfo) -> str:
        """In English, for the command line: 'closed that day; Dr Raman already has ...'."""
        words = {
            Problem.PAST: "that time has passed",
            Problem.CLOSED: "the clinic is closed that day",
            Problem.OUTSIDE_HOURS: "outside the clinic's hours",
        }
        parts = [words[p] for p in self.problems if p in words]
        if self.clashes:
            warning = overlap_warning(provider, self.clashes, zone)
            parts.append(warning.rsplit(":", 1)[0])  # without "book anyway?"
        return "; ".join(parts)


@dataclass(frozen=True)
class BookedSeries:
    series: StoredSeries
    results: tuple[CommandResult, ...]  # one per occurrence booked, in order


# -- checking ----------------------------------------------------------------------------------
async def check_times(
    workspace: Workspace, appointment: Appointment, times: Sequence[Times]
) -> list[OccurrenceCheck]:
    """Each time [start, end) for `appointment`'s provider, checked (the appointment itself,
    when it exists, is no clash for its own new time)."""
    hours, _ = OpeningsFinder(workspace).working_hours(appointment.account)
    provider = workspace.reference.provider(appointment.account, appointment.provider_id)
    zone = workspace.provider_zone(provider) if provider is not None else workspace.zone()
    now = workspace.clock.now()
    found = await workspace.worker.run(_clashes_each, workspace.cache, appointment, times)
    checks = []
    for n, ((start, end), named) in enumerate(zip(times, found, strict=True), 1):
        problems: list[Problem] = []
        if start < now:
            problems.append(Problem.PAST)
        open_hours = hours.intervals(start.astimezone(zone).date(), zone)
        if not open_hours:
            problems.append(Problem.CLOSED)
        elif not any(a <= start and end <= b for a, b in open_hours):
            problems.append(Problem.OUTSIDE_HOURS)
        if named:
            problems.append(Problem.CLASH)
        checks.append(OccurrenceCheck(n, start, end, tuple(problems), tuple(named)))
    return checks


def _clashes_each(
    cache: Store, appointment: Appointment, times: Sequence[Times]
) -> list[list[DayEntry]]:
    """On the cache worker: the waiting writes and blockouts read once for every time."""
    waiting = read_entries(cache, appointment.account)
    stored = cache.blockouts(appointment.account)
    out = []
    for start, end in times:
        ghost = replace(appointment, start=start, end=end)
        found = clashes(cache, ghost, start, end, appointment.provider_id, waiting)
        out.append(
            found + as_entries(blocked(stored, ghost.account, ghost.provider_id, start, end))
        )
    return out


def ghost_of(request: BookingRequest) -> Appointment:
    """A booking not made yet, as the clash guard reads one (no id: nothing is itself)."""
    return Appointment(request.account, "", request.provider_id, request.start, request.end)


# -- booking -----------------------------------------------------------------------------------
async def book_series(
    workspace: Workspace,
    request: BookingRequest,
    rule: Rule,
    times: Sequence[Times],
    *,
    send: bool = True,
) -> BookedSeries:
    """One series, then one `Book` per time (each its own outbox key), in order. `request` is
    the first occurrence as asked (its rule's start); `times` those chosen to book (skipped
    ones left out, shifted ones as shifted)."""
    keys = [Outbox.new_key() for _ in times]
    provider = workspace.reference.provider(request.account, request.provider_id)
    zone = workspace.provider_zone(provider) if provider is not None else workspace.zone()
    desk, user = history.here()
    series = StoredSeries(
        request.account,
        rule.text(request.start.astimezone(zone)),
        zone.key,
        workspace.clock.now(),
        desk,
        user,
    )
    members = [Member(n, f"{PENDING}{key}") for n, key in enumerate(keys, 1)]
    stored = await workspace.worker.run(workspace.cache.add_series, series, members)
    results = []
    for key, (start, end) in zip(keys, times, strict=True):
        one = replace(request, start=start, end=end, client_key=key)
        results.append(await workspace.execute(Book(one), send=send))
    return BookedSeries(stored, tuple(results))


# -- later changes -----------------------------------------------------------------------------
async def series_link(workspace: Workspace, account: str, appointment_id: str) -> SeriesLink | None:
    links = await workspace.worker.run(workspace.cache.series_links, [(account, appointment_id)])
    return links.get((account, appointment_id))


async def following(workspace: Workspace, appointment: Appointment) -> list[Appointment]:
    """The appointment and the later members of its series that still hold a time (not
    cancelled), as they will be once the waiting writes are sent, in series order. Only the
    appointment itself when it belongs to no series."""
    return await workspace.worker.run(_following, workspace.cache, appointment)


def _following(cache: Store, appointment: Appointment) -> list[Appointment]:
    link = cache.series_links([(appointment.account, appointment.id)]).get(
        (appointment.account, appointment.id)
    )
    if link is None:
        return [appointment]
    waiting = read_entries(cache, appointment.account)
    out = [appointment]
    for member in cache.series_members(link.series_id):
        if member.position <= link.position:
            continue
        row = cache.appointment(appointment.account, member.appointment_id)
        if row is None:
            continue
        now = apply_waiting([row], waiting)[0]
        if now.status not in (AppointmentStatus.CANCELLED, AppointmentStatus.NOSHOW):
            out.append(now)
    return out


def shifted(moment: datetime, delta: timedelta, zone: ZoneInfo) -> datetime:
    """`moment` moved by `delta` on the clinic's wall clock (09:00 stays 09:00 across a
    daylight-saving change when the shift is whole days)."""
    local = moment.astimezone(zone).replace(tzinfo=None) + delta
    return local.replace(tzinfo=zone)


def moves_of(
    appointments: Sequence[Appointment], delta: timedelta, zone: ZoneInfo
) -> list[tuple[Appointment, datetime, datetime]]:
    """Each appointment with its new time: the same wall-clock shift, its own length."""
    out = []
    for a in appointments:
        start = shifted(a.start, delta, zone)
        out.append((a, start, start + (a.end - a.start)))
    return out


async def check_moves(
    workspace: Workspace, moves: Sequence[tuple[Appointment, datetime, datetime]]
) -> list[OccurrenceCheck]:
    """Each move checked like a new occurrence (the appointment moved is no clash of itself;
    neither is another of the moves' old times)."""
    checks = []
    for n, (a, start, end) in enumerate(moves, 1):
        (check,) = await check_times(workspace, a, [(start, end)])
        others = {m[0].id for m in moves}
        named = tuple(e for e in check.clashes if e.appointment.id not in others)
        problems = tuple(p for p in check.problems if p is not Problem.CLASH or named)
        checks.append(replace(check, position=n, problems=problems, clashes=named))
    return checks


async def move_each(
    workspace: Workspace,
    moves: Sequence[tuple[Appointment, datetime, datetime]],
    *,
    send: bool = True,
) -> list[CommandResult]:
    """One `Move` per appointment, in order."""
    return [await workspace.execute(Move.on(a, start, end), send=send) for a, start, end in moves]


async def cancel_each(
    workspace: Workspace, appointments: Sequence[Appointment], reason: str, *, send: bool = True
) -> list[CommandResult]:
    """One `Cancel` per appointment, in order."""
    return [await workspace.execute(Cancel.on(a, reason), send=send) for a in appointments]
