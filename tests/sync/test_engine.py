"""The background loop against in-process simulators: what it fetches when, cursors across a
restart, back-off while a vendor is down, and a 429 never answered by a retry."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from frontdesk.sandbox.faults import VendorOffline
from frontdesk.sync.coordinator import PATIENTS, PATIENTS_PASS, Health
from frontdesk.sync.planner import Task
from tests.sync.worlds import World

# 08:00 in Brussels; 23:00 the evening before in Los Angeles.
NOW = datetime(2026, 11, 18, 7, 0, tzinfo=UTC)
# 08:00 in Los Angeles.
LA_MORNING = datetime(2026, 11, 18, 16, 0, tzinfo=UTC)


@pytest.fixture
async def progenda(tmp_path: Path) -> AsyncIterator[World]:
    world = World(tmp_path, "progenda", NOW, 600)
    yield world
    await world.close()


@pytest.fixture
async def pne(tmp_path: Path) -> AsyncIterator[World]:
    world = World(tmp_path, "patientnow", LA_MORNING, 1000)
    yield world
    await world.close()


async def test_the_first_round_fetches_everything_and_the_next_ones_only_what_is_due(
    progenda: World,
) -> None:
    w = progenda
    start, end = w.workspace.day_bounds(NOW.date())
    w.workspace.set_visible_range(start, end)
    first = await w.workspace.tick()
    assert first.ran[w.name] == [Task.REFERENCE, Task.VISIBLE, Task.PATIENTS, Task.WINDOW]
    assert w.cache.patient_count() == 600 and (await w.workspace.appointments_on(NOW.date()))
    assert w.coordinator.status.health is Health.ONLINE
    before = w.sent()
    w.clock.advance(timedelta(seconds=30))
    assert (await w.workspace.tick()).ran[w.name] == []
    assert w.sent() == before, "nothing was due: nothing may be sent"
    w.clock.advance(timedelta(seconds=31))
    assert (await w.workspace.tick()).ran[w.name] == [Task.VISIBLE]
    w.clock.advance(timedelta(minutes=10))
    ran = (await w.workspace.tick()).ran[w.name]
    assert ran == [Task.VISIBLE, Task.CHANGES, Task.PATIENTS]
    reads = w.received("GET", "/patients")[-2:]
    assert reads and all("since" in r.query for r in reads), "patients are pulled incrementally"


async def test_a_change_at_the_vendor_reaches_the_cache_through_the_change_feed(
    progenda: World,
) -> None:
    w = progenda
    await w.workspace.tick()
    target = next(
        a
        for a in w.state.appointments.values()
        if a["status"] == "booked" and int(a["start"]) > NOW.timestamp() + 86400 * 20
    )
    w.clock.advance(timedelta(minutes=11))
    target["status"] = "cancelled"
    w.state.touch("appointment", int(target["id"]))
    ran = (await w.workspace.tick()).ran[w.name]
    assert Task.CHANGES in ran and Task.WINDOW not in ran
    cached = w.cache.appointment(w.name, target["id"])
    assert cached is not None and cached.status.value == "cancelled"


async def test_a_restart_resumes_from_the_persisted_cursors(progenda: World) -> None:
    w = progenda
    await w.workspace.sync_all()
    cursor = w.cache.cursor(w.name, PATIENTS)
    assert cursor is not None
    w.clock.advance(timedelta(minutes=20))
    workspace = await w.reopen()
    before = len(w.received("GET", "/patients"))
    centers = sum(r.path.endswith("/centers") for r in w.received("GET"))
    await workspace.tick()
    reads = w.received("GET", "/patients")[before:]
    assert reads and all("since" in r.query for r in reads), "a restart must not start over"
    assert w.cache.patient_count() == 600
    # The scheduler's memory survived too: reference data is a day old at most, not refetched.
    assert sum(r.path.endswith("/centers") for r in w.received("GET")) == centers


async def test_a_killed_first_patient_pass_resumes_after_the_last_stored_page(pne: World) -> None:
    w = pne
    cut = CutAfter(w.faults.app, path="/customers", after=4)
    w.faults.app = cut
    with pytest.raises(Exception, match="reach"):
        await w.coordinator.run_task(Task.PATIENTS)
    assert w.cache.patient_count() == 400
    assert w.cache.cursor(w.name, PATIENTS) is None
    assert w.cache.cursor(w.name, PATIENTS_PASS) is not None
    w.faults.app = cut.app
    await w.reopen()
    before = len(w.received("GET", "/customers"))
    assert await w.coordinator.run_task(Task.PATIENTS) == 600
    pages = [r.query["Page"][0] for r in w.received("GET", "/customers")[before:]]
    assert pages == ["5", "6", "7", "8", "9", "10"]
    assert w.cache.patient_count() == 1000
    assert w.cache.cursor(w.name, PATIENTS_PASS) is None
    assert w.cache.cursor(w.name, PATIENTS) is not None


async def test_an_unreachable_vendor_is_probed_with_growing_pauses_not_hammered(
    progenda: World,
) -> None:
    w = progenda
    await w.workspace.tick()
    w.faults.offline = True
    w.clock.advance(timedelta(minutes=6))
    await w.workspace.tick()
    status = w.coordinator.status
    assert status.health is Health.OFFLINE and status.retry_at is not None
    first_pause = status.retry_at - w.clock.now()
    tries = w.sent()
    for _ in range(5):  # the loop keeps ticking; the vendor hears nothing
        w.clock.advance(timedelta(seconds=5))
        await w.workspace.tick()
    assert w.sent() == tries
    w.clock.advance(first_pause)
    await w.workspace.tick()
    assert w.sent() > tries, "probed again once the pause is over"
    assert status.retry_at is not None
    assert status.retry_at - w.clock.now() > first_pause, "the pause grows"


async def test_offline_the_book_and_search_work_from_the_cache_as_of_the_last_sync(
    progenda: World,
) -> None:
    w = progenda
    await w.workspace.sync_all()
    as_of = w.coordinator.status.last_sync
    w.faults.offline = True
    w.clock.advance(timedelta(minutes=30))
    await w.workspace.tick()
    status = w.coordinator.status
    assert status.health is Health.OFFLINE and status.last_sync == as_of
    assert "reach" in status.message
    assert await w.workspace.appointments_on(NOW.date())
    surname = next(iter(w.state.patients.values()))["last_name"]
    assert await w.workspace.search_patients(surname)
    # A restart while offline still knows how old the cache is.
    workspace = await w.reopen()
    assert workspace.coordinators[w.name].status.last_sync == as_of


async def test_a_quota_429_is_never_retried_at_once_and_polling_waits_for_the_new_day(
    pne: World,
) -> None:
    w = pne
    await w.workspace.tick()
    w.clock.advance(timedelta(minutes=6))
    w.faults.fail_next(429, {"Message": "Quota exceeded: this app's plan allows 1000 requests"})
    await w.workspace.tick()
    assert [r.status for r in w.received()].count(429) == 1
    assert w.received()[-1].status == 429, "nothing was sent after the 429"
    status = w.coordinator.status
    midnight = datetime(2026, 11, 19, 0, 0, tzinfo=UTC)
    assert status.health is Health.OFFLINE and status.retry_at is not None
    assert status.retry_at >= midnight
    seen = len(w.received())
    while w.clock.now() < midnight - timedelta(minutes=10):
        w.clock.advance(timedelta(minutes=10))
        await w.workspace.tick()
    assert len(w.received()) == seen
    w.clock.advance(timedelta(minutes=11))
    await w.workspace.tick()
    assert len(w.received()) > seen and w.coordinator.status.health is Health.ONLINE


async def test_the_sync_window_is_configurable_per_account(tmp_path: Path) -> None:
    w = World(tmp_path, "progenda", NOW, 50)
    try:
        w.account.options["sync_days_ahead"] = "14"
        w.account.options["sync_days_back"] = "1"
        coordinator = (await w.reopen()).coordinators[w.name]
        assert (coordinator.window.days_back, coordinator.window.days_ahead) == (1, 14)
        await coordinator.sync()
        far = [a for a in w.cache.appointments_between(NOW, NOW + timedelta(days=90))]
        assert far and max(a.start for a in far) < NOW + timedelta(days=16)
    finally:
        await w.close()


async def test_the_background_loop_runs_rounds_until_stopped(progenda: World) -> None:
    w = progenda
    rounds: list[float] = []
    third = asyncio.Event()

    async def sleep(seconds: float) -> None:
        rounds.append(seconds)
        if len(rounds) == 3:
            third.set()
            await asyncio.Event().wait()  # until cancelled by stop()

    w.workspace._sleep = sleep
    w.workspace.start(interval=7)
    assert w.workspace.running
    await asyncio.wait_for(third.wait(), timeout=30)
    await w.workspace.stop()
    assert rounds == [7, 7, 7] and not w.workspace.running
    assert w.cache.patient_count() == 600


class CutAfter:
    """Let `after` requests to `path` through, then refuse connections (a network cut)."""

    def __init__(self, app: Any, *, path: str, after: int) -> None:
        self.app, self.path, self.after, self.seen = app, path, after, 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"].endswith(self.path):
            self.seen += 1
            if self.seen > self.after:
                raise VendorOffline("cut")
        await self.app(scope, receive, send)


async def test_polling_pauses_at_the_reserve_and_says_so(pne: World) -> None:
    w = pne
    await w.workspace.tick()
    budget = w.workspace.connectors[w.name].http.budget
    assert budget is not None
    budget._used = 760  # only the reserve for writes is left today
    w.clock.advance(timedelta(minutes=30))
    sent = w.sent()
    assert (await w.workspace.tick()).ran[w.name] == []
    assert w.sent() == sent
    status = w.coordinator.status
    assert status.health is Health.ONLINE and "kept for writes" in status.message
    assert w.coordinator.requests_left == 240
