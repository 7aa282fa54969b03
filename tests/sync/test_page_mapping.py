"""A sync maps each page of the vendor's patients on the cache worker, not on the event loop's
thread (the window's), and a record it cannot read still fails the listing as the vendor's."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from frontdesk.domain.errors import ProtocolError
from frontdesk.domain.models import Patient
from tests.sync.test_sync import NAME, World


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    world = World(tmp_path)
    yield world
    await world.workspace.aclose()


def record_threads(world: World, fail_on: str | None = None) -> list[str]:
    """The name of the thread each patient record was mapped on; `fail_on`: the id of a
    record whose mapping fails as a vendor's odd reply would (a KeyError)."""
    connector: Any = world.workspace.connectors[NAME]
    mapper = connector._patient
    threads: list[str] = []

    def watched(record: dict[str, Any], center_id: str) -> Patient:
        threads.append(threading.current_thread().name)
        if fail_on is not None and str(record.get("id")) == fail_on:
            raise KeyError("first_name")
        patient: Patient = mapper(record, center_id)
        return patient

    connector._patient = watched
    return threads


async def test_a_sync_maps_the_patients_on_the_cache_worker(world: World) -> None:
    threads = record_threads(world)
    results = await world.workspace.sync_all()
    assert not isinstance(results[NAME], Exception)
    assert world.cache.patient_count() == 1500
    assert len(threads) == 1500
    assert {name.split("_")[0] for name in threads} == {"frontdesk-cache"}
    assert threading.main_thread().name not in threads


async def test_a_record_the_worker_cannot_map_fails_the_listing_as_the_vendors(
    world: World,
) -> None:
    record_threads(world, fail_on="1200")
    results = await world.workspace.sync_all()
    error = results[NAME]
    assert isinstance(error, ProtocolError)
    assert "Progenda" in str(error) and "could not read" in str(error)
    # The pages read before the bad one are kept; the bad one's page is not half-stored.
    stored = world.cache.patient_count()
    assert 0 < stored < 1500 and stored % 100 == 0
