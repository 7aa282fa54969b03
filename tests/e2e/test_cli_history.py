"""`frontdesk appointments history ID [--json]` (issue 15 items 5 and 8): a move and a cancel
made from the command line, then the appointment's history as a script and a person read it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from frontdesk.domain import history
from tests.e2e.clinic import Desk, future, openings, serve

pytestmark = pytest.mark.loopback
BRUSSELS = "Brussels & Gent"  # Progenda, Europe/Brussels
ZONE = ZoneInfo("Europe/Brussels")


@pytest.fixture
def desk(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Iterator[Desk]:
    monkeypatch.setattr(history, "here", lambda: ("front-1", "marie"))
    with serve("progenda") as served:
        desk = Desk(capsys)
        desk.add(served.account("progenda"))
        assert [r["ok"] for r in desk.ok("sync")] == [True]
        yield desk


def test_history_lists_a_move_and_a_cancel_by_this_desk(desk: Desk) -> None:
    appointment = future(BRUSSELS, "1", "consult")[0]
    ident = appointment.id
    free = openings(desk, BRUSSELS, "consultation", "joris van hecke")[0]
    change = ["--account", BRUSSELS, "--json"]
    assert desk("appointments", "move", ident, "--start", free["start"][:16], *change).code == 0
    assert desk("appointments", "cancel", ident, "--reason", "flu", *change).code == 0

    found = desk.ok("appointments", "history", ident)
    assert (found["account"], found["id"]) == (BRUSSELS, ident)
    rows = found["history"]
    assert [(r["kind"], r["source"], r["desk"], r["user"]) for r in rows] == [
        ("moved", "frontdesk", "front-1", "marie"),
        ("cancelled", "frontdesk", "front-1", "marie"),
    ]
    before = appointment.start.astimezone(ZONE)
    after = datetime.fromisoformat(free["start"]).astimezone(ZONE)
    moved = (
        f"moved from {before:%H:%M} to {after:%H:%M}"
        if before.date() == after.date()
        else f"moved from {before:%a %d %b %H:%M} to {after:%a %d %b %H:%M}"
    )
    assert rows[0]["text"] == f"{moved} by front-1/marie through frontdesk"
    assert rows[1]["text"] == "cancelled by front-1/marie through frontdesk"
    assert rows[0]["at"].endswith(("+01:00", "+02:00"))  # the clinic's wall clock

    text = desk("appointments", "history", ident, "--account", BRUSSELS)
    assert text.code == 0
    assert f"{moved} by front-1/marie through frontdesk" in text.out


def test_an_unknown_appointment_is_refused_with_its_kind(desk: Desk) -> None:
    ran = desk("appointments", "history", "no-such-id", "--json")
    assert ran.code == 2 and ran.json()["error"]["kind"] == "no_appointment"
    untouched = future(BRUSSELS, "1")[0]
    quiet = desk.ok("appointments", "history", untouched.id)
    assert quiet["history"] == []
