"""A long patient pass (a first sync) has its later pages written by the cache's page process
(store/page_process.py), off the window's interpreter, and stops it when the pass ends; a
usual pass is written on the cache worker as before."""

from __future__ import annotations

import multiprocessing
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from frontdesk.sync.coordinator import SHORT_PASS_PATIENTS
from tests.store.test_page_process import written_here
from tests.sync.test_sync import NAME, World


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    world = World(tmp_path)
    yield world
    await world.workspace.aclose()
    world.cache.close()


async def test_a_first_sync_writes_its_later_pages_in_the_page_process(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = written_here(monkeypatch)
    results = await world.workspace.sync_all()
    assert not isinstance(results[NAME], Exception)
    # Progenda's 1,500 in pages of 900: the first here, the next one in the child.
    assert here == [900] and here[0] >= SHORT_PASS_PATIENTS
    assert world.cache.patient_count() == 1500
    found = world.cache.search_patients(world.cache.patient(NAME, "1200").last_name)  # type: ignore[union-attr]
    assert "1200" in [hit.patient.id for hit in found]
    assert multiprocessing.active_children() == []  # stopped with the pass


async def test_a_short_pass_is_written_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = World(tmp_path, patients=SHORT_PASS_PATIENTS - 100)
    try:
        here = written_here(monkeypatch)
        results = await world.workspace.sync_all()
        assert not isinstance(results[NAME], Exception)
        assert sum(here) == SHORT_PASS_PATIENTS - 100  # every page written here
        assert multiprocessing.active_children() == []
    finally:
        await world.workspace.aclose()
        world.cache.close()
