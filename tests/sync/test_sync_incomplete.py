"""A listing the vendor does not finish is "incomplete", never "ok" (issue 11)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from frontdesk.app import open_workspace
from frontdesk.connectors.paging import Incomplete
from frontdesk.domain.accounts import Health
from frontdesk.domain.clock import FixedClock
from frontdesk.sandbox import syncvet as sim
from frontdesk.sandbox.faults import Faults
from frontdesk.sandbox.transport import SandboxTransport
from frontdesk.store.cache import Cache
from frontdesk.sync.workspace import Workspace
from frontdesk.ui.status_bar import state_text
from tests.connectors.harnesses.syncvet import PRACTICE, account

NOW = datetime(2026, 11, 18, 7, 0, tzinfo=UTC)
NAME = "SyncVet practice"


class VetWorld:
    def __init__(self, tmp_path: Path, prepare: Callable[[sim.SyncVetState], None]) -> None:
        self.clock = FixedClock(NOW)
        self.state = sim.demo_state(self.clock, clients=260)
        prepare(self.state)
        self.client = httpx.AsyncClient(
            transport=SandboxTransport({sim.HOST: Faults(sim.create_app(self.state))})
        )
        self.cache = Cache(tmp_path / "cache.sqlite3")
        config = account()
        self.cache.save_account(NAME, "syncvet", config.base_url, config.options)
        self.workspace: Workspace = open_workspace(self.cache, [config], self.clock, self.client)

    def animals(self) -> int:
        return len(self.state.table(PRACTICE, "patients"))


@pytest.fixture
async def worlds(tmp_path: Path) -> AsyncIterator[list[VetWorld]]:
    made: list[VetWorld] = []
    yield made
    for world in made:
        await world.workspace.aclose()


async def test_a_capped_server_without_totals_is_synced_whole(
    worlds: list[VetWorld], tmp_path: Path
) -> None:
    def prepare(state: sim.SyncVetState) -> None:
        state.page_cap, state.page_facts = 100, ()

    world = VetWorld(tmp_path, prepare)
    worlds.append(world)
    outcome = (await world.workspace.sync_all())[NAME]
    assert not isinstance(outcome, Exception) and outcome.health is Health.ONLINE
    assert world.cache.patient_count() == world.animals() > 300


async def test_a_repeating_server_leaves_the_account_incomplete_not_ok(
    worlds: list[VetWorld], tmp_path: Path
) -> None:
    def prepare(state: sim.SyncVetState) -> None:
        state.page_cap, state.stuck_after_page = 100, 2

    world = VetWorld(tmp_path, prepare)
    worlds.append(world)
    outcome = (await world.workspace.sync_all())[NAME]
    assert isinstance(outcome, Incomplete)  # `sync --json` prints "ok": false for it
    status = world.workspace.status(NAME)
    assert status is not None
    assert status.health is Health.INCOMPLETE and status.health.value == "incomplete"
    assert status.message.startswith("incomplete:") and "repeats" in status.message
    assert state_text(status, UTC).startswith("incomplete")
    # The owners' listing repeated first: no animal is reported read whole, and the patient
    # cursor did not move, so the next pass reads them all again.
    assert world.cache.patient_count() < world.animals()
    assert world.cache.cursor(NAME, "patients") is None
    # The other listings were still read.
    assert outcome is not None and world.cache.providers()
