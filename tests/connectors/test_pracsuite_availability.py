"""PracSuite availability under either reading of `to` (issue 11).

The document says `from` and `to` are at most 7 days apart but not whether `to` is searched.
Stand-ins reading it as exclusive refused from == to (400) and never searched the last day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest

from frontdesk.connectors.base import PartialOpenings
from frontdesk.connectors.pracsuite.connector import search_spans
from frontdesk.domain.models import Opening
from frontdesk.sandbox import pracsuite as sim
from tests.connectors.harness import Rig
from tests.connectors.harnesses.pracsuite import account
from tests.connectors.test_pracsuite import (
    LIAM,
    STANDARD_PHYSIO,
    SYDNEY,
    local,
    rig_for,
    searches,
)

START = datetime(2026, 12, 1, tzinfo=SYDNEY)


async def openings(
    days: int, exclusive: bool, prepare: Callable[[sim.PracSuiteState], None] | None = None
) -> tuple[Rig, list[Opening]]:
    rig = await rig_for(account())  # the default: either reading
    assert isinstance(rig.state, sim.PracSuiteState)
    rig.state.search_to_exclusive = exclusive
    if prepare is not None:
        prepare(rig.state)
    found = await rig.connector.find_openings(
        STANDARD_PHYSIO, START, START + timedelta(days=days), [LIAM]
    )
    return rig, found


async def truth(days: int) -> set[tuple[str, datetime]]:
    """One search per day against the inclusive reading: every opening there is."""
    rig = await rig_for(account(search_to_inclusive="true", search_days="2"))
    found = await rig.connector.find_openings(
        STANDARD_PHYSIO, START, START + timedelta(days=days), [LIAM]
    )
    await rig.client.aclose()
    return {(o.provider_id, o.start) for o in found}


@pytest.mark.parametrize("exclusive", [False, True], ids=["to-inclusive", "to-exclusive"])
@pytest.mark.parametrize("days", [1, 7, 9, 15])
async def test_every_day_is_searched_under_either_reading_of_to(days: int, exclusive: bool) -> None:
    rig, found = await openings(days, exclusive)
    try:
        keys = [(o.provider_id, o.start) for o in found]
        assert len(keys) == len(set(keys)), "overlapping searches must not repeat a time"
        assert set(keys) == await truth(days)
        last_day = (START + timedelta(days=days - 1)).date().isoformat()
        assert any(local(o.start).startswith(last_day) for o in found) or days == 1
        for query in searches(rig):
            assert query["from"] != query["to"]
            span = date.fromisoformat(query["to"][0]) - date.fromisoformat(query["from"][0])
            assert timedelta(days=1) <= span <= timedelta(days=6)
    finally:
        await rig.client.aclose()


async def test_a_clinic_in_two_time_zones_is_searched_under_the_exclusive_reading() -> None:
    def second_zone(state: sim.PracSuiteState) -> None:
        business = sorted(state.businesses)[-1]
        state.businesses[business]["time_zone"] = "Australia/Perth"

    rig, found = await openings(7, True, second_zone)
    try:
        assert len({o.start.astimezone(SYDNEY).date() for o in found}) >= 5
        assert all(q["from"] != q["to"] for q in searches(rig))
    finally:
        await rig.client.aclose()


async def test_a_refused_search_keeps_the_others_openings_and_says_which_days() -> None:
    def refuse_second(state: sim.PracSuiteState) -> None:
        state.refuse_search_from = {date(2026, 12, 7)}

    with pytest.raises(PartialOpenings) as raised:
        await openings(9, False, refuse_second)
    partial = raised.value
    days = {local(o.start)[:10] for o in partial.openings}
    assert "2026-12-01" in days and "2026-12-09" not in days
    assert "07 Dec" in partial.message and "not searched" in partial.message


@pytest.mark.parametrize("reading", [None, True, False])
def test_search_spans_never_send_from_equal_to_and_cover_every_day(reading: bool | None) -> None:
    first = date(2026, 12, 1)
    for length in range(1, 30):
        last = first + timedelta(days=length - 1)
        spans = list(search_spans(first, last, 7, reading))
        covered: set[date] = set()
        for since, to in spans:
            assert to > since
            inclusive_days = (to - since).days + 1
            assert inclusive_days <= 7 if reading is not False else (to - since).days <= 7
            # Under the reading in force (both, when unknown) these days are searched.
            if reading is None:
                end = to - timedelta(days=1)  # the narrower, exclusive reading
            else:
                end = to if reading else to - timedelta(days=1)
            covered |= {since + timedelta(days=n) for n in range((end - since).days + 1)}
        assert {first + timedelta(days=n) for n in range(length)} <= covered
