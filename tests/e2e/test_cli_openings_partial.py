"""`frontdesk openings` when the vendor refuses part of the search: the openings of the days it
did search are listed, and a note on stderr says which days went unsearched (never a failure)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from tests.e2e.clinic import Desk, Served, serve

SYDNEY = "Harbour City Allied Health"  # PracSuite, Australia/Sydney


@pytest.fixture
def served() -> Iterator[Served]:
    with serve("pracsuite") as simulators:
        yield simulators


def test_a_refused_day_keeps_the_other_days_openings_and_says_so(
    served: Served, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = Desk(capsys)
    desk.add(served.account("pracsuite"))
    assert [r["ok"] for r in desk.ok("sync")] == [True]
    first = date.today() + timedelta(days=1)
    last = first + timedelta(days=13)
    args = ["openings", "--account", SYDNEY, "--service", "Orthotic Review"]
    args += ["--provider", "Hamish MacLeod", "--from", first.isoformat(), "--to", last.isoformat()]
    everything = desk.ok(*args)
    assert any(o["start"][:10] == first.isoformat() for o in everything)

    served.state("pracsuite").refuse_search_from = {first}  # the vendor refuses that call
    ran = desk(*args, "--json")
    assert ran.code == 0, ran
    found = ran.json()
    assert found and all(o["start"][:10] > first.isoformat() for o in found)
    assert {o["start"] for o in found} < {o["start"] for o in everything}
    assert "some days were not searched" in ran.err and "the others' openings shown" in ran.err
