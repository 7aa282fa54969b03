"""`frontdesk blockouts add|list|remove` (issue 15) and `frontdesk openings` never offering a
time inside a blockout: against the Progenda simulator, which stores each occurrence as an
appointment with a title and no patient (`stored`: "progenda") and deletes it on removal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from tests.e2e.clinic import Desk, Served, openings, serve

pytestmark = pytest.mark.loopback
BRUSSELS = "Brussels & Gent"


@pytest.fixture
def served() -> Iterator[Served]:
    with serve("progenda") as simulators:
        yield simulators


@pytest.fixture
def desk(served: Served, capsys: pytest.CaptureFixture[str]) -> Desk:
    desk = Desk(capsys)
    desk.add(served.account("progenda"))
    assert [r["ok"] for r in desk.ok("sync")] == [True]
    return desk


def ours(served: Served) -> list[dict[str, Any]]:
    """The blockouts' occurrences at Progenda."""
    appointments = served.state("progenda").appointments.values()
    return [a for a in appointments if str(a["remote_id"]).startswith("fd-b-")]


def test_openings_leave_out_a_blockout_until_it_is_removed(desk: Desk, served: Served) -> None:
    before = openings(desk, BRUSSELS, "consultation", "joris van hecke")
    first = before[0]
    # The opening's own span: longer, it could reach an appointment after it, and the vendor
    # would refuse the blockout (the demo's book is drawn afresh each day).
    start, end = datetime.fromisoformat(first["start"]), datetime.fromisoformat(first["end"])
    added = desk.ok(
        "blockouts", "add", "--account", BRUSSELS, "--provider", "joris van hecke",
        "--start", start.strftime("%Y-%m-%dT%H:%M"),
        "--end", end.strftime("%Y-%m-%dT%H:%M"),
        "--kind", "meeting", "--title", "Staff meeting",
    )  # fmt: skip
    assert added["provider"] == "Joris Van Hecke" and added["stored"] == "progenda"
    (at_progenda,) = ours(served)
    assert (at_progenda["title"], at_progenda["patient_id"]) == ("Staff meeting", None)
    assert added["start"] == first["start"]  # the provider's clock, offset included
    after = desk.ok(
        "openings", "--account", BRUSSELS, "--service", "consultation",
        "--provider", "joris van hecke",
    )  # fmt: skip
    starts = [o["start"] for o in after]
    assert first["start"] not in starts
    assert before[1]["start"] in starts  # only what the blockout covers is left out
    listed = desk.ok("blockouts", "list")
    assert [(b["id"], b["title"], b["kind"], b["stored"]) for b in listed] == [
        (added["id"], "Staff meeting", "meeting", "progenda")
    ]
    text = desk("blockouts", "list")
    assert text.code == 0 and "stored at Progenda" in text.out
    assert desk.ok("blockouts", "remove", str(added["id"])) == {"removed": added["id"]}
    assert ours(served) == []
    again = desk.ok(
        "openings", "--account", BRUSSELS, "--service", "consultation",
        "--provider", "joris van hecke",
    )  # fmt: skip
    assert first["start"] in [o["start"] for o in again]
    gone = desk("blockouts", "remove", str(added["id"]), "--json")
    assert gone.code == 2 and gone.json()["error"]["kind"] == "unknown_blockout"


def test_a_weekly_blockout_for_everyone_is_checked_before_it_is_kept(desk: Desk) -> None:
    monday = date.today() + timedelta(days=7 - date.today().weekday())  # next week's, ahead
    until = (monday + timedelta(weeks=3)).isoformat()
    weekly = desk.ok(
        "blockouts", "add", "--account", BRUSSELS, "--all",
        "--start", f"{monday}T12:30", "--end", f"{monday}T13:15", "--kind", "break",
        "--repeat", "weekly", "--until", until,
    )  # fmt: skip
    assert weekly["all_providers"] is True and weekly["until"] == until
    assert weekly["repeat"] == "weekly" and weekly["start"].startswith(f"{monday}T12:30")
    backwards = desk(
        "blockouts", "add", "--account", BRUSSELS, "--all",
        "--start", f"{monday}T12:30", "--end", f"{monday}T12:00", "--json",
    )  # fmt: skip
    assert backwards.code == 2 and backwards.json()["error"]["kind"] == "invalid_range"
    half = desk(
        "blockouts", "add", "--account", BRUSSELS, "--all", "--start", f"{monday}T12:30",
        "--end", f"{monday}T13:00", "--repeat", "weekly", "--json",
    )  # fmt: skip
    assert half.code == 2 and half.json()["error"]["kind"] == "invalid_repeat"
    named = desk(
        "blockouts", "add", "--account", BRUSSELS, "--all", "--start", f"{monday}T12:30",
        "--end", f"{monday}T13:00", "--colour", "teal", "--json",
    )  # fmt: skip
    assert named.code == 2 and named.json()["error"]["kind"] == "invalid_colour"
    assert len(desk.ok("blockouts", "list", "--account", BRUSSELS)) == 1
