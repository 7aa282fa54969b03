"""A PracSuite search refused for some days shows the other days' openings and a note."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from frontdesk.sandbox import pracsuite as sim
from frontdesk.sync.openings import OpeningSearch, OpeningsFinder, services_named
from tests.sync.worlds import PRACSUITE, World

NOW = datetime(2026, 11, 29, 20, 0, tzinfo=UTC)  # Monday 30 Nov, 07:00 in Sydney


async def test_a_refused_search_leaves_the_vendors_openings_and_a_visible_note(
    tmp_path: Path,
) -> None:
    world = World(tmp_path, "pracsuite", NOW, 50)
    try:
        assert isinstance(world.state, sim.PracSuiteState)
        world.state.refuse_search_from = {date(2026, 12, 6)}
        await world.coordinator.sync_reference()
        services = services_named(world.workspace.services(), "Standard Physiotherapy Consultation")
        assert services
        found = await OpeningsFinder(world.workspace).find(
            OpeningSearch(date(2026, 11, 30), days=9, services=services)
        )
        assert found.sources[PRACSUITE] == {"vendor"}  # not computed from the book
        assert found.openings
        assert "not searched" in found.notes[PRACSUITE] and "06 Dec" in found.notes[PRACSUITE]
    finally:
        await world.close()
