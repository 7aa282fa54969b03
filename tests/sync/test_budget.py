"""A whole working day against PatientNow's quota: the simulator counts every request and answers
429 beyond 1,000 a day; the engine must never get there, and must say how many are left."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from frontdesk.domain.models import BookingRequest
from frontdesk.sandbox import patientnow
from frontdesk.sync.planner import Task
from tests.sync.worlds import World

LA = ZoneInfo("America/Los_Angeles")
OPEN = datetime(2026, 11, 18, 8, 0, tzinfo=LA)  # 16:00 UTC: the quota renews at 16:00 local
TICK = timedelta(seconds=30)
QUOTA = 1000


async def test_a_ten_hour_day_on_a_10000_customer_pne_account_stays_well_under_quota(
    tmp_path: Path,
) -> None:
    w = World(tmp_path, "patientnow", OPEN, 10_000)
    try:
        await day_at_the_front_desk(w)
    finally:
        await w.close()


async def day_at_the_front_desk(w: World) -> None:
    close = OPEN + timedelta(hours=10)
    ran_at: dict[Task, list[datetime]] = {t: [] for t in Task}
    booked = 0
    hours_booked: set[int] = set()
    day = OPEN.date()
    while w.clock.now() < close:
        now = w.clock.now()
        local = now.astimezone(LA)
        day = local.date()
        # The receptionist keeps today's book on screen.
        start = datetime.combine(day, datetime.min.time(), LA)
        w.workspace.set_visible_range(start, start + timedelta(days=1))
        tick = await w.workspace.tick()
        for task in tick.ran.get(w.name, []):
            ran_at[task].append(now)
        if local.hour % 2 == 1 and local.hour not in hours_booked:
            hours_booked.add(local.hour)  # a search and a booking every other hour
            booked += await book_something(w, len(hours_booked))
        w.clock.advance(TICK)

    statuses = [r.status for r in w.faults.requests]
    assert 429 not in statuses, "the vendor's quota was never hit"
    per_day = {d: n for (key, d), n in w.state.quota_used.items() if key == patientnow.PNE_APIKEY}
    total = sum(per_day.values())
    # Everything the day needed, first full pass of 10,000 customers (100 pages) included, fits
    # in one day's quota with a quarter to spare, and so does each UTC day.
    assert total <= 0.8 * QUOTA, per_day
    assert all(n <= 0.8 * QUOTA for n in per_day.values())
    assert booked == 5 and w.cache.patient_count() == 10_000
    # Our own count is the vendor's: "requests left today" can be trusted.
    today = w.clock.now().astimezone(UTC).date()
    assert w.coordinator.requests_left == QUOTA - per_day[today]

    # And it was not bought by letting the screen go stale.
    assert max_gap(ran_at[Task.VISIBLE], OPEN, close) <= timedelta(minutes=5)
    changes = sorted(ran_at[Task.CHANGES] + ran_at[Task.WINDOW])
    assert max_gap(changes, OPEN, close) <= timedelta(minutes=30)
    assert max_gap(ran_at[Task.PATIENTS], ran_at[Task.PATIENTS][0], close) <= timedelta(minutes=15)
    assert len(ran_at[Task.REFERENCE]) == 1 and len(ran_at[Task.WINDOW]) == 1


def max_gap(times: list[datetime], start: datetime, end: datetime) -> timedelta:
    points = [start, *times, end]
    return max(b - a for a, b in itertools.pairwise(points))


async def book_something(w: World, turn: int) -> int:
    service = next(s for s in w.workspace.services() if s.provider_ids)
    provider = service.provider_ids[turn % len(service.provider_ids)]
    now = w.clock.now()
    openings = await w.workspace.openings(service, now, now + timedelta(days=3), [provider])
    if not openings:
        return 0
    first = openings[0]
    patient = next(iter(w.state.customers.values()))["CustomerId"]
    request = BookingRequest(w.name, provider, service.id, patient, first.start, first.end)
    result = await w.workspace.book(request)
    assert result.ok, result.error
    return 1
