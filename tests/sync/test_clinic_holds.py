"""Holds and claims at clinic desks (issue 14 item 5), below the window: openings skip the
time another desk holds or is booking, a "just taken" refusal carries the next openings of the
same provider, and the agent's round deletes lapsed holds."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from frontdesk.domain.errors import SlotJustTaken
from frontdesk.domain.models import BookingRequest, Location, Provider, Service
from frontdesk.store.pg.store import PgStore
from frontdesk.sync.commands import Book
from frontdesk.sync.commands.result import Outcome
from frontdesk.sync.holds import claims_shown, hold_slot, release_hold
from frontdesk.sync.openings import OpeningSearch, OpeningsFinder
from frontdesk.sync.workspace import Workspace
from tests.support.pg_schema import fresh_schema
from tests.support.pg_server import RunningServer
from tests.sync.clinic_desks import clinic_desk

NOW = datetime(2026, 3, 2, 6, tzinfo=UTC)  # a Monday, 07:00 in Brussels
TEN = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # 10:00 in Brussels
CONSULTATION = Service("Clinic", "s1", "Consultation", 20)


@pytest.fixture
def conninfo(pg_server: RunningServer) -> Iterator[str]:
    with fresh_schema(pg_server.dsn) as info:
        seed = PgStore(info, pool_size=1)
        try:
            seed.save_account("Clinic", "progenda", "https://progenda.example", {})
            seed.replace_reference(
                "Clinic",
                [Location("Clinic", "l1", "Gent", "Europe/Brussels")],
                [Provider("Clinic", "p1", "Joris Van Hecke", "l1")],
                [CONSULTATION],
            )
        finally:
            seed.close()
        yield info


async def openings(workspace: Workspace) -> list[datetime]:
    search = OpeningSearch(
        first_day=TEN.date(), days=1, services=(CONSULTATION,), providers=frozenset()
    )
    found = await OpeningsFinder(workspace).find(search)
    return [o.start for o in found.openings]


def test_openings_at_a_clinic_desk_skip_the_time_another_desk_holds(conninfo: str) -> None:
    async def run() -> tuple[list[datetime], list[datetime], list[datetime], list[str]]:
        one, two = clinic_desk(conninfo, "Desk 1", NOW), clinic_desk(conninfo, "Desk 2", NOW)
        try:
            hold = await hold_slot(one, "Clinic", "p1", TEN, TEN + timedelta(minutes=20))
            assert hold is not None
            at_two = await openings(two)
            at_one = await openings(one)  # its own dialog is choosing that time
            drawn = [c.desk for c in await claims_shown(two, NOW, NOW + timedelta(days=1))]
            await release_hold(one, hold)
            freed = await openings(two)
        finally:
            await one.aclose()
            await two.aclose()
        return at_two, at_one, freed, drawn

    at_two, at_one, freed, drawn = asyncio.run(run())
    assert TEN not in at_two and TEN + timedelta(minutes=10) not in at_two
    assert TEN - timedelta(minutes=30) in at_two and TEN + timedelta(minutes=20) in at_two
    assert not [s for s in at_two if TEN - timedelta(minutes=20) < s < TEN + timedelta(minutes=20)]
    assert TEN in at_one
    assert TEN in freed
    assert drawn == ["Desk 1"]


def test_a_hold_is_refused_where_another_desk_holds_and_a_single_desk_holds_nothing(
    conninfo: str,
) -> None:
    async def run() -> str:
        one, two = clinic_desk(conninfo, "Desk 1", NOW), clinic_desk(conninfo, "Desk 2", NOW)
        try:
            await hold_slot(one, "Clinic", "p1", TEN, TEN + timedelta(minutes=20))
            with pytest.raises(SlotJustTaken) as refused:
                await hold_slot(
                    two, "Clinic", "p1", TEN + timedelta(minutes=10), TEN + timedelta(minutes=30)
                )
            two.hands_off = False  # the same store, as a single desk would use its cache
            assert await hold_slot(two, "Clinic", "p1", TEN, TEN + timedelta(minutes=20)) is None
            return refused.value.by_desk
        finally:
            await one.aclose()
            await two.aclose()

    assert asyncio.run(run()) == "Desk 1"


def test_a_booking_refused_as_just_taken_carries_the_next_openings_of_that_provider(
    conninfo: str,
) -> None:
    def booking(start: datetime) -> Book:
        end = start + timedelta(minutes=20)
        return Book(BookingRequest("Clinic", "p1", "s1", "pat1", start, end))

    async def run() -> tuple[Outcome, str, list[datetime]]:
        one, two = clinic_desk(conninfo, "Desk 1", NOW), clinic_desk(conninfo, "Desk 2", NOW)
        try:
            await one.execute(booking(TEN))
            refused = await two.execute(booking(TEN + timedelta(minutes=10)))
        finally:
            await one.aclose()
            await two.aclose()
        return refused.outcome, refused.reason, [o.start for o in refused.alternatives]

    outcome, reason, offered = asyncio.run(run())
    assert (outcome, reason) == (Outcome.REFUSED, "just taken at Desk 1")
    assert offered[0] == TEN + timedelta(minutes=20)  # the first time free after Desk 1's
    assert len(offered) >= 3 and offered == sorted(offered)


def test_the_agents_round_deletes_holds_lapsed_long_ago(conninfo: str) -> None:
    store = PgStore(conninfo, pool_size=1)
    try:
        store.hold_slot("Clinic", "p1", TEN, TEN + timedelta(minutes=20), "Desk 1",
                        hold_for=timedelta(minutes=-30))  # fmt: skip
        kept = store.hold_slot("Clinic", "p1", TEN + timedelta(hours=1),
                               TEN + timedelta(hours=1, minutes=20), "Desk 2")  # fmt: skip
        assert store.delete_lapsed_holds() == 1
    finally:
        store.close()
    with psycopg.connect(conninfo) as conn:
        assert [r[0] for r in conn.execute("SELECT id FROM claims")] == [kept]
