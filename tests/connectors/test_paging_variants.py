"""Paging under every plausible reading of an unpublished envelope (issue 11).

Independent stand-ins served fewer records per page than asked, omitted totals, or answered the
same page again; the connector must read every record or say the listing is incomplete.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from frontdesk.connectors.paging import Incomplete
from frontdesk.connectors.syncvet.connector import SyncVetConnector
from frontdesk.domain.models import Patient
from frontdesk.sandbox import syncvet as sim
from tests.connectors.harness import Rig
from tests.connectors.harnesses.syncvet import PRACTICE
from tests.connectors.test_syncvet import rig_with

CLIENTS = 260  # enough animals for several capped pages


def capped(
    cap: int | None, facts: tuple[str, ...], stuck: int | None = None
) -> Callable[[sim.SyncVetState], None]:
    def prepare(state: sim.SyncVetState) -> None:
        state.page_cap = cap
        state.page_facts = facts
        state.stuck_after_page = stuck

    return prepare


async def read_all(rig: Rig) -> dict[str, Patient]:
    out: dict[str, Patient] = {}
    async for page in rig.connector.iter_patients(None):
        out.update({p.id: p for p in page})
    return out


def animals(rig: Rig) -> set[str]:
    assert isinstance(rig.state, sim.SyncVetState)
    return set(rig.state.table(PRACTICE, "patients"))


def patient_pages(rig: Rig) -> list[Any]:
    return [r for r in rig.faults.requests if r.path.endswith("/Patients")]


@pytest.mark.parametrize(
    "facts",
    [
        ("Page", "PageSize", "TotalItems", "TotalPages"),  # the simulator's own reading
        ("PageSize", "TotalCount"),  # the stand-in of issue 11
        ("TotalPages",),
        ("TotalCount",),
        ("PageSize",),
        (),  # nothing stated: the served size is learned from the pages
    ],
    ids=["all", "pagesize+totalcount", "totalpages", "totalcount", "pagesize", "none"],
)
async def test_a_server_capping_pages_below_the_request_loses_nothing(
    facts: tuple[str, ...],
) -> None:
    rig = rig_with(clients=CLIENTS, prepare=capped(100, facts))  # the connector asks for 500
    try:
        found = await read_all(rig)
        assert len(animals(rig)) > 300
        assert set(found) == animals(rig)
        sizes = {r.query["pageSize"][0] for r in patient_pages(rig)}
        assert sizes == {"500"}
        # No more requests than pages, plus at most one to learn the size and one empty.
        assert len(patient_pages(rig)) <= -(-len(animals(rig)) // 100) + 1
    finally:
        await rig.client.aclose()


async def test_a_short_first_page_with_nothing_stated_costs_one_empty_page_only() -> None:
    rig = rig_with(clients=20, prepare=capped(None, ()))
    try:
        found = await read_all(rig)
        assert set(found) == animals(rig)
        assert [r.query["page"][0] for r in patient_pages(rig)] == ["1", "2"]
    finally:
        await rig.client.aclose()


@pytest.mark.parametrize("facts", [(), ("TotalPages", "TotalItems")], ids=["bare", "totals"])
async def test_a_server_repeating_a_page_makes_the_listing_incomplete(
    facts: tuple[str, ...],
) -> None:
    rig = rig_with(clients=CLIENTS, prepare=capped(100, facts, stuck=2))
    seen: set[str] = set()
    assert isinstance(rig.connector, SyncVetConnector)
    try:
        with pytest.raises(Incomplete, match="repeats"):
            async for page in rig.connector._pages("patients", PRACTICE):
                seen.update(str(r["Id"]) for r in page)
        assert len(seen) == 200  # the two pages read are kept
        assert len(patient_pages(rig)) == 3  # the third was the second again: stop there
    finally:
        await rig.client.aclose()


async def test_a_server_without_paging_sending_everything_at_once_is_complete() -> None:
    def prepare(state: sim.SyncVetState) -> None:
        state.page_facts = ()
        state.stuck_after_page = 1  # the page parameter is ignored

    rig = rig_with(clients=20, prepare=prepare)
    try:
        assert set(await read_all(rig)) == animals(rig)
    finally:
        await rig.client.aclose()


async def test_a_stated_total_not_reached_is_incomplete() -> None:
    async def read(number: int) -> tuple[list[int], Any]:
        from frontdesk.connectors.paging import Stated

        return ([1, 2] if number == 1 else []), Stated(total_items=5)

    from frontdesk.connectors.paging import paginate_numbered

    got: list[list[int]] = []
    with pytest.raises(Incomplete, match="after 2 of the 5"):
        async for page in paginate_numbered(read, asked=2, vendor="Acme", what="things"):
            got.append(page)
    assert got == [[1, 2]]
