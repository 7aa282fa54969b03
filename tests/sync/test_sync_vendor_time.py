"""Cursors are read on the vendor's clock, not the desk's (issue 11).

The desk's clock runs 10 minutes fast or slow against the vendor's. An animal edited in the
vendor after a sync must arrive with the next incremental pass either way, whether the vendor
states its time in a Date header or only in its records' modification stamps.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from frontdesk.app import open_workspace
from frontdesk.domain.clock import FixedClock
from frontdesk.sandbox import syncvet as sim
from frontdesk.sandbox.faults import Faults
from frontdesk.sandbox.transport import SandboxTransport
from frontdesk.store.cache import Cache
from frontdesk.sync.workspace import Workspace
from tests.connectors.harnesses.syncvet import PRACTICE, account

VENDOR_NOW = datetime(2026, 11, 18, 7, 0, tzinfo=UTC)
NAME = "SyncVet practice"


class SkewedWorld:
    def __init__(self, tmp_path: Path, skew: timedelta, date_header: bool) -> None:
        self.vendor_clock = FixedClock(VENDOR_NOW)
        self.desk_clock = FixedClock(VENDOR_NOW + skew)
        self.state = sim.demo_state(self.vendor_clock, clients=40)
        self.state.date_header = date_header
        self.faults = Faults(sim.create_app(self.state))
        self.client = httpx.AsyncClient(transport=SandboxTransport({sim.HOST: self.faults}))
        cache = Cache(tmp_path / "cache.sqlite3")
        config = account()
        cache.save_account(NAME, "syncvet", config.base_url, config.options)
        self.cache = cache
        self.workspace: Workspace = open_workspace(cache, [config], self.desk_clock, self.client)

    def later(self, minutes: int) -> None:
        for clock in (self.vendor_clock, self.desk_clock):
            clock.advance(timedelta(minutes=minutes))

    def rename(self, pims_id: int, name: str) -> str:
        animal = self.state.table(PRACTICE, "patients")[f"{PRACTICE}|{pims_id}"]
        animal["Name"] = name
        self.state.touch(animal)  # stamped on the vendor's clock
        return str(animal["Id"])


@pytest.fixture
async def worlds() -> AsyncIterator[list[SkewedWorld]]:
    made: list[SkewedWorld] = []
    yield made
    for world in made:
        await world.workspace.aclose()


@pytest.mark.parametrize("date_header", [True, False], ids=["date-header", "stamps-only"])
@pytest.mark.parametrize("minutes", [10, -10], ids=["desk-fast", "desk-slow"])
async def test_an_edit_after_a_sync_is_never_missed_whatever_the_desk_clock(
    worlds: list[SkewedWorld], tmp_path: Path, minutes: int, date_header: bool
) -> None:
    world = SkewedWorld(tmp_path, timedelta(minutes=minutes), date_header)
    worlds.append(world)
    coordinator = world.workspace.coordinators[NAME]
    await coordinator.sync_reference()
    await coordinator.sync_patients()  # the first, full pass
    cursor = world.cache.cursor(NAME, "patients")
    assert cursor is not None and datetime.fromisoformat(cursor) <= VENDOR_NOW
    for step, pims_id in enumerate((3, 5, 8), start=1):
        world.later(1)
        edited = world.rename(pims_id, f"Renamed {step}")
        await coordinator.sync_patients()  # incremental
        patient = world.cache.patient(NAME, edited)
        assert patient is not None and patient.first_name == f"Renamed {step}"
