"""Live refresh at desks in clinic mode (issue 14 item 4): a booking made at one desk, or an
appointment the agent syncs, reaches another desk's change feed (its book rereads that span)
with no F5; closing the workspace ends its listener."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

from frontdesk.domain.clock import FixedClock
from frontdesk.domain.models import Appointment, AppointmentStatus, BookingRequest
from frontdesk.store.cache import Cache
from frontdesk.store.pg.store import PgStore
from frontdesk.sync.commands import Book
from frontdesk.sync.desk_live import go_live
from frontdesk.sync.feed import Changes
from frontdesk.sync.workspace import Workspace
from tests.sync.clinic_desks import clinic_desk

NOW = datetime(2026, 3, 1, 8, tzinfo=UTC)
NINE = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
WAIT_S = 20  # a ceiling for a loaded machine, never a sleep


class Heard:
    """What a desk's feed publishes, awaited until a change touches [start, end)."""

    def __init__(self, workspace: Workspace) -> None:
        self.changes: list[Changes] = []
        self._new = asyncio.Event()
        workspace.feed.subscribe(self._told)

    def _told(self, changes: Changes) -> None:
        self.changes.append(changes)
        self._new.set()

    def touching(self, account: str, start: datetime, end: datetime) -> bool:
        return any(
            s.account == account and s.start < end and s.end > start
            for c in self.changes
            for s in c.appointments
        )

    async def until(self, account: str, start: datetime, end: datetime) -> None:
        async with asyncio.timeout(WAIT_S):
            while not self.touching(account, start, end):
                self._new.clear()
                await self._new.wait()


def test_a_booking_at_one_desk_reaches_the_other_desks_feed(conninfo: str) -> None:
    async def run() -> None:
        one, two = clinic_desk(conninfo, "Desk 1", NOW), clinic_desk(conninfo, "Desk 2", NOW)
        try:
            heard = Heard(two)
            await go_live(two)
            assert not heard.touching("Clinic", NINE, NINE + timedelta(minutes=30))
            end = NINE + timedelta(minutes=30)
            await one.execute(Book(BookingRequest("Clinic", "p1", "s1", "pat1", NINE, end)))
            await heard.until("Clinic", NINE, end)
            assert any(c.outbox for c in heard.changes)  # the shared outbox's count too
        finally:
            await one.aclose()
            await two.aclose()

    asyncio.run(run())


def test_an_appointment_the_agent_syncs_reaches_a_desk_and_closing_stops_listening(
    conninfo: str,
) -> None:
    async def run() -> None:
        two = clinic_desk(conninfo, "Desk 2", NOW)
        agent = PgStore(conninfo)
        try:
            heard = Heard(two)
            listener = await go_live(two)
            assert listener is not None and await go_live(two) is listener  # one per desk
            later = NINE + timedelta(hours=2)
            synced = Appointment(
                "Clinic", "a1", "p1", later, later + timedelta(minutes=20),
                AppointmentStatus.BOOKED,
            )  # fmt: skip
            await asyncio.to_thread(agent.upsert_appointments, [synced])
            await heard.until("Clinic", later, later + timedelta(minutes=20))
        finally:
            agent.close()
            await two.aclose()
        assert two.live is None and listener.backend_pid is None  # its connection is closed

    asyncio.run(run())


def test_a_workspace_on_this_computers_cache_does_not_listen(tmp_path: Path) -> None:
    async def run() -> None:
        workspace = Workspace(Cache(tmp_path / "c.sqlite3"), FixedClock(NOW), [])
        try:
            assert await go_live(workspace) is None
            assert workspace.live is None
        finally:
            await workspace.aclose()

    asyncio.run(run())
