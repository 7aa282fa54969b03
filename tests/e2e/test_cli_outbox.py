"""`frontdesk outbox list | send` and `--no-send`: every write is stored before it is sent, and
sent once, whoever sends it and however the previous try ended."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from frontdesk.sandbox.faults import Recorded
from tests.e2e.clinic import (
    LIMIT,
    Desk,
    Served,
    body,
    book_args,
    future,
    openings,
    serve,
    writes,
)
from tests.support.cli import Frontdesk

pytestmark = pytest.mark.loopback
BRUSSELS = "Brussels & Gent"
JORIS = "1"
BOOKINGS = f"/api/v2/calendars/{JORIS}/appointments"  # Progenda: POST books on Joris's calendar


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


def bookings(recorded: list[Recorded]) -> list[Recorded]:
    return [r for r in writes(recorded) if r.method == "POST" and r.path == BOOKINGS]


def patient_of_joris(path: Path | None = None) -> str:
    patient = future(BRUSSELS, JORIS, path=path)[0].patient_id
    assert patient is not None
    return patient


def test_no_send_stores_it_and_outbox_send_sends_it_once(desk: Desk, served: Served) -> None:
    free = openings(desk, BRUSSELS, "consultation", "joris van hecke")[0]
    before = len(served.requests("progenda"))
    args = book_args(BRUSSELS, JORIS, "consult", free["start"][:16], patient_of_joris())

    queued = desk(*args, "--no-send", "--json")

    assert queued.code == 0, queued
    result = queued.json()
    assert (result["outcome"], result["reason"]) == ("waiting", "stored; not sent (asked not to)")
    assert (result["entry"]["state"], result["entry"]["attempts"]) == ("queued", 0)
    assert result["appointment"]["id"].startswith("pending:")
    assert result["appointment"]["pending"] is True
    assert result["appointment"]["start"] == free["start"]
    assert served.requests("progenda")[before:] == []  # stored, not sent
    listed = desk.outbox()
    assert [(e["id"], e["kind"], e["state"], e["last_error"]) for e in listed] == [
        (result["entry"]["id"], "book", "queued", None)
    ]
    assert set(listed[0]) == {
        "id", "account", "kind", "state", "attempts", "last_error", "created", "next_attempt",
        "target_id",
    }  # fmt: skip
    day = desk.ok("appointments", "list", "--date", free["start"][:10], "--account", BRUSSELS)
    assert [a["pending"] for a in day if a["id"] == result["appointment"]["id"]] == [True]

    sent = desk("outbox", "send", "--json")

    assert sent.code == 0, sent
    report = sent.json()
    assert (report["sent"], report["waiting"], report["refused"]) == (1, 0, 0)
    assert [(r["outcome"], r["entry"]["id"], r["entry"]["state"]) for r in report["results"]] == [
        ("sent", result["entry"]["id"], "sent")
    ]
    posted = bookings(served.requests("progenda")[before:])
    assert len(posted) == 1 and posted[0].status < 300
    assert int(body(posted[0])["appointment"]["start"]) == int(
        datetime.fromisoformat(free["start"]).timestamp()
    )
    assert desk.outbox() == []
    day = desk.ok("appointments", "list", "--date", free["start"][:10], "--account", BRUSSELS)
    assert [
        a["pending"] for a in day if (a["start"], a["provider_id"]) == (free["start"], JORIS)
    ] == [False]

    # Nothing waits any more: a second send sends nothing.
    again = desk("outbox", "send")
    assert again.code == 0 and again.out.strip() == "Nothing waits in the outbox."
    assert len(bookings(served.requests("progenda")[before:])) == 1


def test_outbox_send_exits_non_zero_with_the_reason_when_a_write_is_refused(
    desk: Desk, served: Served
) -> None:
    taken = future(BRUSSELS, JORIS)[0]
    assert taken.service_id and taken.patient_id
    local = taken.start.astimezone(ZoneInfo("Europe/Brussels"))
    args = book_args(
        BRUSSELS, JORIS, taken.service_id, local.strftime("%Y-%m-%dT%H:%M"), taken.patient_id
    )
    free = openings(desk, BRUSSELS, "consultation", "joris van hecke")[0]
    assert desk(*args, "--no-send").code == 0
    fine = book_args(BRUSSELS, JORIS, "consult", free["start"][:16], taken.patient_id)
    assert desk(*fine, "--no-send").code == 0
    before = len(served.requests("progenda"))

    sent = desk("outbox", "send", "--json")

    assert sent.code == 1, sent
    report = sent.json()
    assert (report["sent"], report["waiting"], report["refused"]) == (1, 0, 1)
    assert [r["outcome"] for r in report["results"]] == ["refused", "sent"]  # oldest first
    reason = "Progenda: This time slot is no longer available"
    assert report["results"][0]["reason"] == reason
    assert f"refused: {reason}" in sent.err
    assert [r.status >= 400 for r in bookings(served.requests("progenda")[before:])] == [
        True,
        False,
    ]
    assert [(e["state"], e["last_error"]) for e in desk.outbox()] == [("failed", reason)]
    text = desk("outbox", "send")  # a refused write is not sent again
    assert text.code == 0 and "Nothing waits" in text.out


def test_a_vendor_that_does_not_answer_keeps_the_write_waiting_until_sent(
    desk: Desk, served: Served
) -> None:
    free = openings(desk, BRUSSELS, "consultation", "joris van hecke")[0]
    args = book_args(BRUSSELS, JORIS, "consult", free["start"][:16], patient_of_joris())
    before = len(served.requests("progenda"))
    served.faults("progenda").fail_next(503, {"error": "maintenance"}, method="POST")

    kept = desk(*args, "--json")

    assert kept.code == 0, kept
    result = kept.json()
    assert result["outcome"] == "waiting" and "Progenda" in result["reason"]
    assert result["entry"]["attempts"] == 1 and result["entry"]["last_error"]
    assert f"waiting: {result['reason']}" in kept.err
    assert result["appointment"]["pending"] is True
    text = desk("outbox", "list")
    assert f"{result['entry']['id']}" in text.out and "book" in text.out

    sent = desk("outbox", "send", "--json")

    assert sent.code == 0 and sent.json()["sent"] == 1, sent
    posted = bookings(served.requests("progenda")[before:])
    assert [r.status >= 500 for r in posted] == [True, False]  # one booking made
    assert desk.outbox() == []


def test_a_patient_and_a_booking_for_them_wait_then_go_in_order(desk: Desk, served: Served) -> None:
    free = openings(desk, BRUSSELS, "consultation", "joris van hecke")[0]
    added = desk(
        "patients", "add", "--account", BRUSSELS, "--first", "Grace", "--last", "Hopper",
        "--birth-date", "1906-12-09", "--no-send", "--json",
    )  # fmt: skip
    assert added.code == 0, added
    placeholder = added.json()["patient"]["id"]
    assert placeholder.startswith("pending:")
    assert [h["id"] for h in desk.ok("patients", "search", "hopper")] == [placeholder]
    booked = desk(*book_args(BRUSSELS, JORIS, "consult", free["start"][:16], placeholder),
                  "--no-send", "--json")  # fmt: skip
    assert booked.code == 0 and booked.json()["outcome"] == "waiting", booked
    before = len(served.requests("progenda"))

    sent = desk("outbox", "send", "--json")

    assert sent.code == 0, sent
    assert [(r["entry"]["kind"], r["outcome"]) for r in sent.json()["results"]] == [
        ("patient_create", "sent"),
        ("book", "sent"),
    ]
    (patient,) = desk.ok("patients", "search", "hopper")
    assert not patient["id"].startswith("pending:")
    day = desk.ok("appointments", "list", "--date", free["start"][:10], "--account", BRUSSELS)
    assert [
        a["patient_id"] for a in day if (a["start"], a["provider_id"]) == (free["start"], JORIS)
    ] == [patient["id"]]
    created = [r for r in writes(served.requests("progenda")[before:]) if r.method == "POST"]
    assert [r.path.endswith("/patients") for r in created] == [True, False]


def test_outbox_send_timeout_then_send_again_books_once(served: Served, tmp_path: Path) -> None:
    """Separate processes, as in a script: the first is cut off by --timeout while the vendor
    still works on the booking; the next asks the vendor before sending anything again."""
    frontdesk = Frontdesk(tmp_path)
    demo = served.account("progenda")
    add = ["accounts", "add", BRUSSELS, "--vendor", "progenda", "--base-url", demo.base_url]
    add += ["--option", f"user_email={demo.options['user_email']}", "--no-test"]
    add += ["--secret", f"user_token={demo.secrets['user_token']}"]
    assert frontdesk(*add).code == 0
    assert frontdesk("sync").code == 0
    cache = frontdesk.home / "cache.sqlite3"
    found = frontdesk("openings", "--account", BRUSSELS, "--service", "consult",
                      "--provider", JORIS, "--json")  # fmt: skip
    free: dict[str, Any] = found.json()[0]
    args = book_args(BRUSSELS, JORIS, "consult", free["start"][:16], patient_of_joris(cache))
    queued = frontdesk(*args, "--no-send", "--json")
    assert queued.code == 0 and queued.json()["outcome"] == "waiting", queued
    hold = served.hold("progenda")
    hold.arm("POST", BOOKINGS)

    cut = frontdesk("outbox", "send", "--timeout", "1.5", "--json")

    assert cut.code == 0, cut
    assert (cut.json()["sent"], cut.json()["waiting"]) == (0, 1)
    assert "not settled before --timeout" in cut.json()["results"][0]["reason"]
    assert hold.held.is_set()
    hold.release()  # the vendor finishes the booking after the client gave up
    assert hold.finished.wait(LIMIT)
    (entry,) = frontdesk("outbox", "list", "--json").json()
    assert entry["state"] == "unknown"  # it may have reached the vendor

    again = frontdesk("outbox", "send", "--json")

    assert again.code == 0 and again.json()["sent"] == 1, again
    posted = bookings(served.requests("progenda"))
    assert len(posted) == 1 and posted[0].status < 300  # found at the vendor, not sent again
    assert frontdesk("outbox", "list", "--json").json() == []
    day = frontdesk("appointments", "list", "--date", free["start"][:10], "--json").json()
    assert [
        a["pending"] for a in day if (a["start"], a["provider_id"]) == (free["start"], JORIS)
    ] == [False]
