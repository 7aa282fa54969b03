"""A recurring series against the Progenda simulator: every occurrence checked before anything
is sent (past, closed day, outside hours, what the provider has then), one booking per chosen
occurrence each made once at the vendor and linked to its series by the vendor's id, then
"this and the following" cancelled or moved, one write each."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from frontdesk.domain.models import AppointmentStatus, BookingRequest
from frontdesk.domain.recurrence import Frequency, Rule, expand
from frontdesk.sync.commands.result import Outcome
from frontdesk.sync.series import (
    Problem,
    book_series,
    cancel_each,
    check_moves,
    check_times,
    following,
    ghost_of,
    move_each,
    moves_of,
    series_link,
)
from tests.sync.worlds import World, synced_world

NOW = datetime(2026, 11, 18, 7, 0, tzinfo=UTC)  # Wednesday 08:00 in Brussels
BRUSSELS = ZoneInfo("Europe/Brussels")
WEEKLY = Rule(Frequency.WEEKLY, count=3)


@pytest.fixture
async def progenda(tmp_path: Path) -> AsyncIterator[World]:
    async with synced_world(tmp_path, "progenda", NOW, 100) as world:
        yield world


async def first_request(w: World) -> BookingRequest:
    """A free consultation with provider 1 on Thursday: three weeks of Thursdays follow."""
    service = next(s for s in w.workspace.services() if s.id == "consult")
    found = await w.workspace.openings(service, NOW, NOW + timedelta(days=2), ["1"])
    opening = next(o for o in found if o.start.astimezone(BRUSSELS).weekday() == 3)
    return BookingRequest(w.name, "1", "consult", "1", opening.start, opening.end)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=BRUSSELS)


async def test_each_occurrence_is_checked_before_anything_is_sent(progenda: World) -> None:
    w = progenda
    request = await first_request(w)
    taken = next(
        a
        for a in w.cache.appointments_between(NOW + timedelta(days=1), NOW + timedelta(days=9))
        if a.provider_id == "1" and a.status is AppointmentStatus.BOOKED
    )
    half = timedelta(minutes=30)
    times = [
        (request.start, request.end),
        (at(21, 10), at(21, 10) + half),  # a Saturday
        (at(24, 7), at(24, 7) + half),  # before the clinic opens
        (at(17, 10), at(17, 10) + half),  # yesterday
        (taken.start, taken.start + half),
    ]
    checks = await check_times(w.workspace, ghost_of(request), times)
    assert [c.problems[:1] for c in checks] == [
        (),
        (Problem.CLOSED,),
        (Problem.OUTSIDE_HOURS,),
        (Problem.PAST,),
        (Problem.CLASH,),
    ]
    assert checks[4].clashes[0].appointment.id == taken.id
    assert "already has" in checks[4].reason("Dr One", BRUSSELS)
    assert checks[1].reason("Dr One", BRUSSELS) == "the clinic is closed that day"
    assert w.workspace.outbox.entries() == []  # nothing stored by a check


async def test_a_series_books_each_chosen_occurrence_once_linked_by_the_vendors_id(
    progenda: World,
) -> None:
    w = progenda
    request = await first_request(w)
    series = expand(WEEKLY, request.start, request.end, BRUSSELS)
    times = [(o.start, o.end) for o in series.occurrences]
    checks = await check_times(w.workspace, ghost_of(request), times)
    chosen = [(c.start, c.end) for c in checks if c.ok]
    assert chosen, "the demo book leaves some Thursday of the three free"
    before = len(w.state.appointments)
    booked = await book_series(w.workspace, request, WEEKLY, chosen)
    assert [r.outcome for r in booked.results] == [Outcome.SENT] * len(chosen)
    keys = [r.entry.client_key for r in booked.results if r.entry is not None]
    assert len(set(keys)) == len(chosen)  # each its own outbox key
    assert len(w.state.appointments) == before + len(chosen)  # each made once
    made = [r.appointment.id for r in booked.results if r.appointment is not None]
    assert booked.series.id is not None and booked.series.rule == WEEKLY.text()
    members = w.cache.series_members(booked.series.id)
    assert [m.appointment_id for m in members] == made  # the vendor's ids, in order
    link = await series_link(w.workspace, w.name, made[-1])
    assert link is not None and (link.position, link.total, link.kind) == (
        len(made),
        len(made),
        "weekly",
    )
    assert w.workspace.outbox.entries() == []


async def test_this_and_the_following_are_cancelled_one_write_each(progenda: World) -> None:
    w = progenda
    request = await first_request(w)
    times = [
        (request.start + timedelta(days=7 * n), request.end + timedelta(days=7 * n))
        for n in range(3)
    ]
    w.state.allow_overlap = True  # whatever the demo book holds those days
    booked = await book_series(w.workspace, request, WEEKLY, times)
    first, second, third = (r.appointment for r in booked.results)
    assert first and second and third
    later = await following(w.workspace, second)
    assert [a.id for a in later] == [second.id, third.id]
    assert [a.id for a in await following(w.workspace, first)] == [first.id, second.id, third.id]
    results = await cancel_each(w.workspace, later, "patient moved away")
    assert [r.outcome for r in results] == [Outcome.SENT, Outcome.SENT]
    status = {a["id"]: a["status"] for a in w.state.appointments.values()}  # ids as text
    assert [status[a.id] for a in (first, second, third)] == [
        "booked",
        "cancelled",
        "cancelled",
    ]
    # Once cancelled, they are no longer "following" the first.
    assert [a.id for a in await following(w.workspace, first)] == [first.id]


async def test_this_and_the_following_move_by_the_same_shift_each_checked(
    progenda: World,
) -> None:
    w = progenda
    request = await first_request(w)
    times = [
        (request.start + timedelta(days=7 * n), request.end + timedelta(days=7 * n))
        for n in range(3)
    ]
    w.state.allow_overlap = True
    booked = await book_series(w.workspace, request, WEEKLY, times)
    second = booked.results[1].appointment
    assert second is not None
    moves = moves_of(await following(w.workspace, second), timedelta(days=2), BRUSSELS)
    checks = await check_moves(w.workspace, moves)  # Thursday + 2 days: a Saturday, closed
    assert [c.problems[:1] for c in checks] == [(Problem.CLOSED,), (Problem.CLOSED,)]
    moves = moves_of(await following(w.workspace, second), timedelta(hours=-1), BRUSSELS)
    results = await move_each(w.workspace, moves)
    assert [r.outcome for r in results] == [Outcome.SENT, Outcome.SENT]
    starts = {a["id"]: int(a["start"]) for a in w.state.appointments.values()}
    assert [starts[a.id] for a, _, _ in moves] == [int(start.timestamp()) for _, start, _ in moves]
