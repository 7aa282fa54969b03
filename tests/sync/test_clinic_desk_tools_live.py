"""Live refresh of the clinic's own desk tools (issue 15: "shared by every desk and refreshed
live"): a waitlist entry, a blockout or a series stored at one desk reaches another desk's change
feed with no F5, and that desk's next read shows it; removing it too."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from frontdesk.domain.blockouts import Blockout
from frontdesk.domain.series import Member, StoredSeries
from frontdesk.domain.waitlist import WaitlistEntry
from frontdesk.sync.blockouts import add_blockout, blockouts, remove_blockout
from frontdesk.sync.desk_live import go_live
from frontdesk.sync.feed import Changes
from frontdesk.sync.waitlist import add_to_waitlist, remove_from_waitlist, waitlist
from frontdesk.sync.workspace import Workspace
from tests.sync.clinic_desks import clinic_desk

NOW = datetime(2026, 3, 1, 8, tzinfo=UTC)
NINE = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
WAIT_S = 20  # a ceiling for a loaded machine, never a sleep


class Heard:
    """What a desk's feed publishes; `until(test)` awaits a change that passes `test`."""

    def __init__(self, workspace: Workspace) -> None:
        self.changes: list[Changes] = []
        self._new = asyncio.Event()
        workspace.feed.subscribe(self._told)

    def _told(self, changes: Changes) -> None:
        self.changes.append(changes)
        self._new.set()

    async def until(self, test: Callable[[Changes], bool]) -> None:
        async with asyncio.timeout(WAIT_S):
            while not any(test(c) for c in self.changes):
                self._new.clear()
                await self._new.wait()
        self.changes.clear()


def test_a_waitlist_entry_added_and_removed_at_one_desk_reaches_the_other(conninfo: str) -> None:
    async def run() -> None:
        one, two = clinic_desk(conninfo, "Desk 1", NOW), clinic_desk(conninfo, "Desk 2", NOW)
        try:
            heard = Heard(two)
            await go_live(two)
            entry = await add_to_waitlist(one, WaitlistEntry("Clinic", "pat1", None, NOW))
            await heard.until(lambda c: c.waitlist)
            assert [e.patient_id for e in await waitlist(two)] == ["pat1"]
            assert entry.id is not None and await remove_from_waitlist(one, entry.id)
            await heard.until(lambda c: c.waitlist)
            assert await waitlist(two) == []
        finally:
            await one.aclose()
            await two.aclose()

    asyncio.run(run())


def test_a_blockout_added_and_removed_at_one_desk_reaches_the_others_book(conninfo: str) -> None:
    async def run() -> None:
        one, two = clinic_desk(conninfo, "Desk 1", NOW), clinic_desk(conninfo, "Desk 2", NOW)
        end = NINE + timedelta(hours=1)
        try:
            heard = Heard(two)
            await go_live(two)
            lunch = Blockout("Clinic", "p1", NINE, end, "Europe/Brussels", title="Lunch")
            stored = await add_blockout(one, lunch)
            # the book counts a blockouts change as touching every time it shows
            await heard.until(lambda c: c.blockouts and c.touches(NINE, end, "Clinic"))
            assert [b.title for b in await blockouts(two)] == ["Lunch"]
            assert stored.id is not None and await remove_blockout(one, stored.id)
            await heard.until(lambda c: c.blockouts)
            assert await blockouts(two) == []
        finally:
            await one.aclose()
            await two.aclose()

    asyncio.run(run())


def test_a_series_stored_at_one_desk_makes_the_others_book_reread(conninfo: str) -> None:
    async def run() -> None:
        one, two = clinic_desk(conninfo, "Desk 1", NOW), clinic_desk(conninfo, "Desk 2", NOW)
        try:
            heard = Heard(two)
            await go_live(two)
            series = StoredSeries("Clinic", "FREQ=WEEKLY;COUNT=2", "Europe/Brussels", NOW)
            members = [Member(1, "a1"), Member(2, "a2")]
            await one.worker.run(one.cache.add_series, series, members)  # as book_series does
            await heard.until(lambda c: c.touches(NINE, NINE + timedelta(days=7), "Clinic"))
        finally:
            await one.aclose()
            await two.aclose()

    asyncio.run(run())
