"""Openings across accounts: the vendor's search where there is one, the cached book elsewhere."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from frontdesk.app import Opened, open_demo
from frontdesk.domain.clock import FixedClock
from frontdesk.domain.models import BookingRequest, Opening
from frontdesk.domain.openings import DEFAULT_WORKING_HOURS, TimeOfDay, occupies
from frontdesk.sync.feed import Changes
from frontdesk.sync.openings import OpeningSearch, OpeningsFinder, services_named

NOW = datetime(2026, 11, 18, 7, 0, tzinfo=UTC)  # 08:00 in Brussels, 01:00 in Chicago
BRUSSELS = "Brussels & Gent"
PRAIRIE = "Prairie Creek Vets"


@pytest.fixture
async def demo(tmp_path: Path) -> AsyncIterator[Opened]:
    opened = open_demo(FixedClock(NOW), tmp_path / "demo.sqlite3", only={"progenda", "syncvet"})
    # Reference data and the book around today; patients do not matter to openings.
    for coordinator in opened.workspace.coordinators.values():
        await coordinator.sync_reference()
        await coordinator.sync_appointments(NOW - timedelta(days=1), NOW + timedelta(days=21))
    yield opened
    await opened.workspace.aclose()


def search(demo: Opened, name: str, **kw: object) -> OpeningSearch:
    services = services_named(demo.workspace.services(), name)
    return OpeningSearch(date(2026, 11, 18), services=services, **kw)  # type: ignore[arg-type]


def vendor_requests(demo: Opened, host: str, path: str) -> int:
    assert demo.demo is not None
    return sum(1 for r in demo.demo.apps[host].requests if path in r.path)


async def test_a_service_name_shared_by_two_accounts_searches_both_earliest_first(
    demo: Opened,
) -> None:
    finder = OpeningsFinder(demo.workspace)
    found = await finder.find(search(demo, "vaccination", days=3))
    accounts = {o.account for o in found.openings}
    assert accounts == {BRUSSELS, PRAIRIE}
    assert found.sources == {BRUSSELS: {"vendor"}, PRAIRIE: {"computed"}}
    assert {o.source for o in found.openings if o.account == BRUSSELS} == {"vendor"}
    assert {o.source for o in found.openings if o.account == PRAIRIE} == {"computed"}
    assert "no availability search" in found.notes[PRAIRIE]
    starts = [o.start for o in found.openings]
    assert starts == sorted(starts) and starts[0] >= NOW
    # Progenda's own suggestions endpoint was asked; SyncVet was not asked for anything new.
    assert vendor_requests(demo, "progenda.sandbox", "/suggestions") > 0


async def test_computed_openings_avoid_the_cached_book_and_keep_to_working_hours(
    demo: Opened,
) -> None:
    finder = OpeningsFinder(demo.workspace)
    found = await finder.find(search(demo, "Sick Visit", days=7))
    assert found.openings and {o.account for o in found.openings} == {PRAIRIE}
    chicago = ZoneInfo("America/Chicago")
    book = demo.workspace.cache.appointments_between(NOW, NOW + timedelta(days=8), PRAIRIE)
    assert book, "the demo vet has appointments this week"
    for o in found.openings:
        assert o.minutes == 30 and o.source == "computed"
        assert not any(
            occupies(a) and a.provider_id == o.provider_id and a.start < o.end and o.start < a.end
            for a in book
        )
        local = o.start.astimezone(chicago)
        windows = DEFAULT_WORKING_HOURS.intervals(local.date(), chicago)
        assert any(a <= o.start and o.end <= b for a, b in windows)


async def test_a_failing_vendor_search_falls_back_to_the_cached_book_and_says_so(
    demo: Opened,
) -> None:
    assert demo.demo is not None
    demo.demo.apps["progenda.sandbox"].fail_next(401, times=50, path_contains="suggestions")
    found = await OpeningsFinder(demo.workspace).find(search(demo, "Consultation", days=2))
    assert found.openings and {o.source for o in found.openings} == {"computed"}
    assert "computed from the cached book instead" in found.notes[BRUSSELS]
    assert found.sources[BRUSSELS] == {"computed"}


async def test_providers_locations_days_and_times_of_day_narrow_the_search(
    demo: Opened,
) -> None:
    finder = OpeningsFinder(demo.workspace)
    brussels = ZoneInfo("Europe/Brussels")
    one = await finder.find(
        search(
            demo,
            "Consultation",
            days=7,
            providers=frozenset({(BRUSSELS, "1")}),
            weekdays=frozenset({3, 4}),  # Thursday, Friday
            times_of_day=frozenset({TimeOfDay.AFTERNOON}),
        )
    )
    assert one.openings
    for o in one.openings:
        local = o.start.astimezone(brussels)
        assert o.provider_id == "1" and local.weekday() in (3, 4) and 12 <= local.hour < 17
    # Location 2 (Praktijk Zuidpark) holds calendar 5 only among the consultation calendars.
    there = await finder.find(
        search(demo, "Consultation", days=2, locations=frozenset({(BRUSSELS, "2")}))
    )
    assert there.openings and {o.provider_id for o in there.openings} == {"5"}


async def test_by_length_searches_every_provider_of_every_account(demo: Opened) -> None:
    finder = OpeningsFinder(demo.workspace)
    found = await finder.find(OpeningSearch(date(2026, 11, 18), days=1, minutes=45))
    assert {o.account for o in found.openings} == {BRUSSELS, PRAIRIE}
    assert all(o.minutes == 45 and o.service_id == "" for o in found.openings)
    assert all(o.source == "computed" for o in found.openings)


async def test_next_available_widens_the_range_until_it_finds_one(demo: Opened) -> None:
    finder = OpeningsFinder(demo.workspace)
    sunday = date(2026, 11, 22)
    narrow = search(demo, "Consultation", days=1, weekdays=frozenset({0}))  # Mondays only
    narrow = narrow.later((sunday - narrow.first_day).days, 1)
    assert (await finder.find(narrow)).openings == []  # Sunday: nothing on a Monday filter
    found = await finder.next_available(narrow)
    assert found.openings
    first = found.openings[0]
    assert first.start.astimezone(ZoneInfo("Europe/Brussels")).date() == date(2026, 11, 23)


async def test_the_accounts_working_hours_setting_replaces_the_default(demo: Opened) -> None:
    cache = demo.workspace.cache
    stored = cache.account(PRAIRIE)
    assert stored is not None
    cache.save_account(
        PRAIRIE,
        stored.vendor,
        stored.base_url,
        {**stored.options, "working_hours": "sat 09:00-12:00"},
    )
    await demo.workspace.publish(Changes(reference=True))  # as an account edit does
    found = await OpeningsFinder(demo.workspace).find(search(demo, "Nail Trim", days=7))
    chicago = ZoneInfo("America/Chicago")
    assert found.openings
    assert {o.start.astimezone(chicago).weekday() for o in found.openings} == {5}
    cache.save_account(
        PRAIRIE, stored.vendor, stored.base_url, {**stored.options, "working_hours": "whenever"}
    )
    await demo.workspace.publish(Changes(reference=True))
    found = await OpeningsFinder(demo.workspace).find(search(demo, "Nail Trim", days=1))
    assert "working hours setting ignored" in found.notes[PRAIRIE]


async def test_our_own_unsent_booking_is_not_offered_again(demo: Opened) -> None:
    finder = OpeningsFinder(demo.workspace)
    query = search(demo, "Consultation", days=1, providers=frozenset({(BRUSSELS, "1")}))
    first: Opening = (await finder.find(query)).openings[0]
    request = BookingRequest(
        BRUSSELS, "1", first.service_id, "2", first.start, first.end, client_key="k"
    )
    demo.workspace.outbox.queue_booking(request)  # stored, not yet sent
    again = (await finder.find(query)).openings
    assert all(o.start != first.start for o in again)


async def test_the_limit_keeps_the_earliest(demo: Opened) -> None:
    finder = OpeningsFinder(demo.workspace)
    full = await finder.find(OpeningSearch(date(2026, 11, 18), days=2, minutes=15))
    capped = await finder.find(OpeningSearch(date(2026, 11, 18), days=2, minutes=15, limit=10))
    assert capped.truncated and len(capped.openings) == 10
    assert capped.openings == full.openings[:10]


async def test_today_is_each_clinics_own_today(tmp_path: Path) -> None:
    """Seen from Sydney (the home zone) at 01:00 on the 19th, Brussels is still at 15:00 on the
    18th: a search from today offers the rest of Brussels' afternoon, not only its tomorrow."""
    late = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)  # 01:00 on the 19th in Sydney
    opened = open_demo(FixedClock(late), tmp_path / "demo.sqlite3", only={"pracsuite", "progenda"})
    try:
        for coordinator in opened.workspace.coordinators.values():
            await coordinator.sync_reference()
            await coordinator.sync_appointments(late - timedelta(days=1), late + timedelta(days=7))
        workspace = opened.workspace
        assert workspace.zone() == ZoneInfo("Australia/Sydney")
        assert workspace.today() == date(2026, 11, 19)
        services = tuple(s for s in workspace.services() if s.account == BRUSSELS)
        consult = services_named(services, "Consultation")
        found = await OpeningsFinder(workspace).find(
            OpeningSearch(workspace.today(), days=1, services=consult)
        )
        brussels = ZoneInfo("Europe/Brussels")
        days = {o.start.astimezone(brussels).date() for o in found.openings}
        assert date(2026, 11, 18) in days  # the rest of Brussels' own today
        assert all(o.start >= late for o in found.openings)  # nothing already past
    finally:
        await opened.workspace.aclose()
