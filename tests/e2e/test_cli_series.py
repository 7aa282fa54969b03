"""`appointments book --repeat`: every occurrence printed with what stands in its way and none
booked without --yes; with --yes one booking per free occurrence, each received once by the
Progenda simulator and linked to one series; refusals of what cannot make a series."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from frontdesk.store import paths
from frontdesk.store.cache import Cache
from tests.e2e.clinic import Desk, Served, book_args, future, openings, serve, writes

pytestmark = pytest.mark.loopback
BRUSSELS = "Brussels & Gent"
JORIS = "1"
BOOKINGS = f"/api/v2/calendars/{JORIS}/appointments"


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


def posted(served: Served, before: int) -> list[str]:
    recorded = writes(served.requests("progenda")[before:])
    return [r.path for r in recorded if r.method == "POST" and r.path == BOOKINGS]


def series_args(start: str, patient: str, *more: str) -> list[str]:
    base = book_args(BRUSSELS, "Joris Van Hecke", "Consultation", start, patient)
    return [*base, "--repeat", "weekly", *more]


def test_a_series_is_shown_then_booked_free_occurrences_only(desk: Desk, served: Served) -> None:
    free = openings(desk, BRUSSELS, "consultation", "joris van hecke")[0]
    patient = future(BRUSSELS, JORIS)[0].patient_id
    assert patient is not None
    start = datetime.fromisoformat(free["start"])
    # The second week's time is taken first: that occurrence clashes.
    week_2 = (start + timedelta(days=7)).isoformat()[:16]
    desk(*book_args(BRUSSELS, "Joris Van Hecke", "Consultation", week_2, patient))
    before = len(served.requests("progenda"))

    shown = desk(*series_args(free["start"][:16], patient, "--count", "4", "--json"))
    assert shown.code == 0, shown
    plan = shown.json()
    assert plan["series_id"] is None and plan["booked"] == 0
    assert plan["rule"] == "FREQ=WEEKLY;INTERVAL=1;COUNT=4"
    assert [o["start"][:16] for o in plan["occurrences"]] == [
        (start + timedelta(days=7 * n)).isoformat()[:16] for n in range(4)
    ]
    assert plan["occurrences"][0]["problems"] == []
    second = plan["occurrences"][1]
    assert "clash" in second["problems"] and "Joris Van Hecke already has" in second["reason"]
    assert posted(served, before) == []  # nothing booked without --yes

    text = desk(*series_args(free["start"][:16], patient, "--count", "4"))
    assert text.code == 0 and "Nothing booked: add --yes" in text.out
    assert " 2. " in text.out and "already has" in text.out

    done = desk(*series_args(free["start"][:16], patient, "--count", "4", "--yes", "--json"))
    assert done.code == 0, done
    result = done.json()
    free_ones = [o for o in plan["occurrences"] if not o["problems"]]
    booked = [o for o in result["occurrences"] if o["outcome"] == "sent"]
    assert [o["position"] for o in booked] == [o["position"] for o in free_ones]
    assert result["occurrences"][1]["outcome"] is None  # the clash was left alone
    assert len(posted(served, before)) == len(free_ones) == result["booked"]  # once each
    cache = Cache(paths.cache_path())
    try:
        members = cache.series_members(result["series_id"])
    finally:
        cache.close()
    assert [m.appointment_id for m in members] == [o["appointment"]["id"] for o in booked]


def test_include_clashes_books_the_overlapping_occurrence_too(desk: Desk, served: Served) -> None:
    free = openings(desk, BRUSSELS, "consultation", "joris van hecke")[0]
    patient = future(BRUSSELS, JORIS)[0].patient_id
    assert patient is not None
    start = datetime.fromisoformat(free["start"])
    week_2 = (start + timedelta(days=7)).isoformat()[:16]
    desk(*book_args(BRUSSELS, "Joris Van Hecke", "Consultation", week_2, patient))
    until = (start + timedelta(days=7)).date().isoformat()
    done = desk(
        *series_args(free["start"][:16], patient, "--until", until, "--yes", "--include-clashes")
    )
    # Progenda refuses the overlapping time itself: said, and the exit code says so.
    assert done.code == 1, done
    assert " 2. " in done.out and "refused" in done.out and "Booked 1 of 2." in done.out


@pytest.mark.parametrize(
    ("more", "kind"),
    [
        (["--count", "53"], "invalid_repeat"),
        ([], "invalid_repeat"),
        (["--until", "2020-01-01"], "invalid_repeat"),
    ],
)
def test_what_cannot_make_a_series_is_refused(desk: Desk, more: list[str], kind: str) -> None:
    free = openings(desk, BRUSSELS, "consultation", "joris van hecke")[0]
    patient = future(BRUSSELS, JORIS)[0].patient_id
    assert patient is not None
    refused = desk(*series_args(free["start"][:16], patient, *more, "--json"))
    assert refused.code == 2, refused
    assert kind in refused.out + refused.err


def test_yes_without_repeat_is_refused(desk: Desk) -> None:
    refused = desk(*book_args(BRUSSELS, "Joris", "Consultation", "2030-01-01T10:00", "1"), "--yes")
    assert refused.code == 2 and "go with --repeat" in refused.err
