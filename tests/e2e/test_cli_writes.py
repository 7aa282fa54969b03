"""The window's writes from the command line (`appointments book|move|cancel|status`,
`patients add|edit`), run through `main` against the Progenda (Brussels) and PracSuite (Sydney)
simulators on 127.0.0.1: what each vendor received, and what the command printed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from frontdesk.domain.models import Appointment
from frontdesk.sandbox.faults import Recorded
from frontdesk.store import paths
from frontdesk.store.cache import Cache
from tests.e2e.clinic import Desk, Served, body, book_args, cached, future, openings, serve, writes

pytestmark = pytest.mark.loopback
BRUSSELS = "Brussels & Gent"  # Progenda, Europe/Brussels: the home zone (added first)
SYDNEY = "Harbour City Allied Health"  # PracSuite, Australia/Sydney
BRUSSELS_ZONE = ZoneInfo("Europe/Brussels")
JORIS = "1"  # Joris Van Hecke's Progenda calendar: Consultation, Follow-up, ...


@pytest.fixture
def served() -> Iterator[Served]:
    with serve("progenda", "pracsuite") as simulators:
        yield simulators


@pytest.fixture
def desk(served: Served, capsys: pytest.CaptureFixture[str]) -> Desk:
    desk = Desk(capsys)
    desk.add(served.account("progenda"))
    desk.add(served.account("pracsuite"))
    assert [r["ok"] for r in desk.ok("sync")] == [True, True]
    return desk


def with_field(recorded: list[Recorded], key: str, value: Any = None) -> list[Recorded]:
    """Writes to an appointment carrying `key` (and `value`): Progenda's PUT
    .../appointments/remote_id:X, whatever remote_id assignment preceded it."""
    out = []
    for r in writes(recorded):
        fields = body(r).get("appointment", {}) if r.body else {}
        if key in fields and (value is None or fields[key] == value):
            out.append(r)
    return out


# -- book --------------------------------------------------------------------------------------------
def test_a_booking_is_sent_once_and_the_vendors_record_printed(desk: Desk, served: Served) -> None:
    free = openings(desk, BRUSSELS, "consultation", "joris van hecke")
    patient = future(BRUSSELS, JORIS)[0].patient_id
    assert patient is not None
    before = len(served.requests("progenda"))

    # The clinic's wall clock, no offset: 14:00 is 14:00 in Brussels.
    args = book_args(BRUSSELS, "Joris Van Hecke", "Consultation", free[0]["start"][:16], patient)
    done = desk(*args, "--notes", "first visit", "--json")

    assert done.code == 0, done
    result = done.json()
    assert (result["outcome"], result["reason"]) == ("sent", None)
    assert result["alternatives"] == []
    entry = result["entry"]
    assert (entry["account"], entry["kind"], entry["state"]) == (BRUSSELS, "book", "sent")
    appointment = result["appointment"]
    assert {k: appointment[k] for k in ("start", "end", "timezone", "provider", "service")} == {
        "start": free[0]["start"],
        "end": free[0]["end"],
        "timezone": "Europe/Brussels",
        "provider": "Joris Van Hecke",
        "service": "Consultation",
    }
    assert (appointment["patient_id"], appointment["notes"]) == (patient, "first visit")
    assert (appointment["status"], appointment["pending"]) == ("booked", False)
    assert not appointment["id"].startswith("pending:")

    posted = [r for r in writes(served.requests("progenda")[before:]) if r.method == "POST"]
    assert [r.path for r in posted] == [f"/api/v2/calendars/{JORIS}/appointments"]
    sent = body(posted[0])["appointment"]
    assert int(sent["start"]) == int(datetime.fromisoformat(free[0]["start"]).timestamp())
    assert sent["notes"] == "first visit" and posted[0].status < 300

    assert desk.outbox() == []  # confirmed: it left the outbox
    day = desk.ok("appointments", "list", "--date", free[0]["start"][:10], "--account", BRUSSELS)
    shown = [a for a in day if a["id"] == appointment["id"]]
    assert [(a["start"], a["pending"]) for a in shown] == [(free[0]["start"], False)]

    # Without --json: one line a person reads, in the clinic's own time.
    args = book_args(BRUSSELS, "joris van hecke", "consultation", free[1]["start"][:16], patient)
    text = desk(*args)
    assert text.code == 0, text
    assert text.out.startswith(
        f"Sent: booking of Consultation with Joris Van Hecke in {BRUSSELS} (outbox entry "
    )
    assert f"{free[1]['start'][:10]} {free[1]['start'][11:16]}–" in text.out
    assert "(Europe/Brussels), Joris Van Hecke, Consultation, booked" in text.out


def taken_with_own_openings(desk: Desk, account: str, provider: str, zone: ZoneInfo) -> Appointment:
    """A booked appointment of `provider` whose service it still has free times for in the
    window a refusal's alternatives are looked for in (12 hours before, three days after). The
    demo's book is made afresh each day: on some days a provider is booked up for a service for
    the next week, and then the free times offered are any provider's (sync/outbox.py)."""
    now = datetime.now(UTC)
    for taken in future(account, provider):
        first = max(now, taken.start - timedelta(hours=12))
        last = taken.start + timedelta(days=3)
        free = desk.ok(
            "openings", "--account", account, "--service", str(taken.service_id),
            "--provider", provider, "--from", first.astimezone(zone).date().isoformat(),
            "--to", last.astimezone(zone).date().isoformat(),
        )  # fmt: skip
        if any(first <= datetime.fromisoformat(o["start"]) < last for o in free):
            return taken
    raise AssertionError(f"{account}: no appointment of {provider} with free times near it")


@pytest.mark.parametrize(
    ("account", "vendor", "path", "reason"),
    [
        (
            BRUSSELS,
            "progenda",
            f"/api/v2/calendars/{JORIS}/appointments",
            "Progenda: This time slot is no longer available",
        ),
        (SYDNEY, "pracsuite", "/v1/appointment", "PracSuite: The practitioner is not available"),
    ],
)
def test_a_taken_slot_is_refused_with_the_vendors_reason(
    desk: Desk, served: Served, account: str, vendor: str, path: str, reason: str
) -> None:
    provider = JORIS if vendor == "progenda" else "105"
    zone = ZoneInfo("Europe/Brussels" if vendor == "progenda" else "Australia/Sydney")
    taken = taken_with_own_openings(desk, account, provider, zone)
    assert taken.service_id and taken.patient_id
    start = taken.start.astimezone(zone).strftime("%Y-%m-%dT%H:%M")
    before = len(served.requests(vendor))

    args = book_args(account, provider, taken.service_id, start, taken.patient_id)
    done = desk(*args, "--json")

    assert done.code == 1, done
    result = done.json()
    assert result["outcome"] == "refused" and result["reason"].startswith(reason)
    assert result["appointment"] is None
    assert (
        result["entry"]["state"] == "failed" and result["entry"]["last_error"] == result["reason"]
    )
    assert result["alternatives"], "the vendor's free times nearby"
    assert all(o["provider_id"] == provider for o in result["alternatives"])
    posted = [r for r in writes(served.requests(vendor)[before:]) if r.method == "POST"]
    assert [(r.path, r.status >= 400) for r in posted] == [(path, True)]
    # Kept, with the reason, until dismissed; nothing pending is drawn.
    assert [(e["state"], e["last_error"]) for e in desk.outbox()] == [("failed", result["reason"])]
    day = desk.ok("appointments", "list", "--date", start[:10], "--account", account)
    assert not [a for a in day if a["pending"]]

    text = desk(*args)
    assert text.code == 1 and f"why: {reason}" in text.out and "free nearby: " in text.out


def test_sydney_times_are_sydneys_wall_clock_or_carry_their_offset(
    desk: Desk, served: Served
) -> None:
    free = openings(desk, SYDNEY, "Orthotic Review", "Hamish MacLeod")
    patient = future(SYDNEY, "106")[0].patient_id
    assert patient is not None
    before = len(served.requests("pracsuite"))

    local = desk(*book_args(SYDNEY, "hamish macleod", "206", free[0]["start"][:16], patient))
    # The same kind of moment typed on Brussels' clock, with its offset.
    there = datetime.fromisoformat(free[1]["start"]).astimezone(BRUSSELS_ZONE)
    offset = there.isoformat(timespec="minutes")
    assert offset.endswith("+01:00") and offset[:16] != free[1]["start"][:16]
    other = desk(*book_args(SYDNEY, "106", "orthotic review", offset, patient), "--json")

    assert local.code == 0 and other.code == 0, (local, other)
    assert other.json()["appointment"]["start"] == free[1]["start"]  # shown on Sydney's clock
    assert other.json()["appointment"]["timezone"] == "Australia/Sydney"
    posted = [body(r) for r in writes(served.requests("pracsuite")[before:])]
    assert [p["app_time"][:16] for p in posted] == [free[0]["start"][:16], free[1]["start"][:16]]


# -- move, status, cancel -----------------------------------------------------------------------------
def test_move_status_and_cancel_each_reach_the_vendor_once(desk: Desk, served: Served) -> None:
    appointment = future(BRUSSELS, JORIS, "consult")[0]
    free = openings(desk, BRUSSELS, "consultation", "joris van hecke")[0]
    ident = appointment.id
    change = ["--account", BRUSSELS, "--json"]

    def sent(*args: str) -> tuple[dict[str, Any], list[Recorded]]:
        before = len(served.requests("progenda"))
        done = desk(*args, *change)
        assert done.code == 0, done
        assert done.json()["outcome"] == "sent"
        return done.json()["appointment"], served.requests("progenda")[before:]

    moved, seen = sent("appointments", "move", ident, "--start", free["start"][:16])
    assert (moved["id"], moved["start"], moved["end"]) == (ident, free["start"], free["end"])
    start = int(datetime.fromisoformat(free["start"]).timestamp())
    assert [int(body(r)["appointment"]["start"]) for r in with_field(seen, "start")] == [start]

    arrived, seen = sent("appointments", "status", ident, "arrived")
    assert arrived["status"] == "arrived" and len(with_field(seen, "patient_arrived_at")) == 1
    booked, seen = sent("appointments", "status", ident, "booked")
    assert booked["status"] == "booked" and len(with_field(seen, "status", "booked")) == 1

    before = len(served.requests("progenda"))
    again = desk("appointments", "status", ident, "booked", *change)
    assert again.code == 2 and again.json()["error"]["kind"] == "nothing_to_undo"
    assert "there is nothing to take back" in again.err
    # Progenda has no confirmation: refused before anything is stored or sent.
    confirm = desk("appointments", "status", ident, "confirmed", *change)
    assert confirm.code == 1, confirm
    assert confirm.json()["outcome"] == "refused" and confirm.json()["entry"] is None
    assert "Progenda's API has no appointment confirmation" in confirm.json()["reason"]
    assert served.requests("progenda")[before:] == []

    noshow, seen = sent("appointments", "status", ident, "noshow")
    assert noshow["status"] == "noshow" and len(with_field(seen, "noshow", True)) == 1
    sent("appointments", "status", ident, "booked")
    cancelled, seen = sent("appointments", "cancel", ident, "--reason", "flu")
    assert cancelled["status"] == "cancelled"
    assert [body(r)["appointment"]["notes"] for r in with_field(seen, "status", "cancelled")] == [
        "flu"
    ]
    gone = desk("appointments", "cancel", ident, "--reason", "flu", *change)
    assert gone.code == 2 and gone.json()["error"]["kind"] == "cancelled_appointment"
    assert desk.outbox() == []


def test_pracsuite_confirms_in_sydney(desk: Desk, served: Served) -> None:
    appointment = future(SYDNEY, "106")[0]
    before = len(served.requests("pracsuite"))
    done = desk("appointments", "status", appointment.id, "confirmed", "--account", SYDNEY)
    assert done.code == 0, done
    assert done.out.startswith(
        f"Sent: status confirmed of appointment {appointment.id} in {SYDNEY}"
    )
    assert "(Australia/Sydney)" in done.out
    assert len(writes(served.requests("pracsuite")[before:])) == 1


# -- names, ids and times the commands refuse ----------------------------------------------------------
def test_unknown_and_ambiguous_names_and_ids_are_refused_before_anything_is_stored(
    desk: Desk, served: Served
) -> None:
    patient = future(BRUSSELS, JORIS)[0].patient_id
    assert patient is not None
    start = (datetime.now(BRUSSELS_ZONE) + timedelta(days=2)).strftime("%Y-%m-%dT10:00")
    before = {v: len(served.requests(v)) for v in ("progenda", "pracsuite")}

    def refused(kind: str, *args: str) -> str:
        done = desk(*args, "--json")
        assert done.code == 2, done
        assert done.json()["error"]["kind"] == kind, done
        message: str = done.json()["error"]["message"]
        return message

    book = ["appointments", "book", "--account", BRUSSELS, "--start", start, "--patient", patient]
    message = refused("unknown_provider", *book, "--provider", "Dr Nobody", "--service", "consult")
    assert "no provider 'Dr Nobody'" in message and "Joris Van Hecke [1]" in message
    message = refused("unknown_service", *book, "--provider", JORIS, "--service", "massage")
    assert "no service 'massage'" in message and "Consultation [consult]" in message
    # Two services are called Follow-up; Frédéric Lemaître (physio) offers neither.
    message = refused("ambiguous_service", *book, "--provider", "3", "--service", "FOLLOW-UP")
    assert "diet-follow (Follow-up)" in message and "follow-up (Follow-up)" in message
    message = refused("service_not_offered", *book, "--provider", "3", "--service", "Consultation")
    assert "Frédéric Lemaître does not offer Consultation" in message
    book_joris = [*book[:-2], "--provider", JORIS, "--service", "consult"]
    message = refused("unknown_patient", *book_joris, "--patient", "no-such-patient")
    assert "`frontdesk patients search QUERY --json` shows the ids" in message
    refused("no_account", *book_args("Nowhere", JORIS, "consult", start, patient))

    # Ids are the vendors' own: the same number in both accounts needs --account.
    window = (datetime.now(UTC) - timedelta(days=7), datetime.now(UTC) + timedelta(days=60))
    brussels_ids = {a.id for a in cached(BRUSSELS, *window)}
    shared = sorted(a.id for a in cached(SYDNEY, *window) if a.id in brussels_ids)
    assert shared, "the demo's appointment ids overlap between the two vendors"
    message = refused("ambiguous_appointment", "appointments", "cancel", shared[0], "--reason", "x")
    assert f"'{BRUSSELS}'" in message and f"'{SYDNEY}'" in message and "--account" in message
    refused("unknown_appointment", "appointments", "move", "no-such-id", "--start", start)
    cache = Cache(paths.cache_path())
    try:
        both = next(
            a.patient_id
            for a in future(SYDNEY, "106")
            if a.patient_id and cache.patient(BRUSSELS, a.patient_id) is not None
        )
    finally:
        cache.close()
    refused("ambiguous_patient", "patients", "edit", both, "--phone", "0470")

    # Two colleagues with the same name: the ids to choose from are listed.
    cache = Cache(paths.cache_path())
    try:
        providers = cache.providers(BRUSSELS)
        twin = type(providers[0])(BRUSSELS, "99", "Joris Van Hecke", providers[0].location_id)
        locations = [x for x in cache.locations() if x.account == BRUSSELS]
        cache.replace_reference(BRUSSELS, locations, [*providers, twin], cache.services(BRUSSELS))
    finally:
        cache.close()
    message = refused("ambiguous_provider", *book, "--provider", "joris van hecke",
                      "--service", "consult")  # fmt: skip
    assert "1 (Joris Van Hecke), 99 (Joris Van Hecke)" in message

    assert desk.outbox() == []
    assert {v: len(served.requests(v)) for v in before} == before  # no vendor was asked


def test_bad_times_are_named_and_nothing_is_stored(desk: Desk, served: Served) -> None:
    patient = future(BRUSSELS, JORIS)[0].patient_id
    assert patient is not None
    before = len(served.requests("progenda"))
    cases = {
        "tomorrow 9am": ("invalid_time", "is not a date and time; use YYYY-MM-DDTHH:MM"),
        "2026-12-02": ("invalid_time", "is not a date and time"),
        "2026-02-30T09:00": ("invalid_time", "is not a date and time (day is out of range"),
        "2026-12-02T25:00": ("invalid_time", "is not a date and time (hour must be in 0..23"),
        "0001-01-01T09:00": ("invalid_time", "is too far from today"),
        "9999-12-31T23:59": ("invalid_time", "is too far from today"),
        "9999-12-31T23:59+14:00": ("invalid_time", "is too far from today"),
        "2027-03-28T02:30": ("invalid_time", "does not exist in Europe/Brussels"),
        "2021-06-01T09:00": ("past_time", "2021-06-01 09:00 (Europe/Brussels) is in the past"),
    }
    for start, (kind, says) in cases.items():
        done = desk(*book_args(BRUSSELS, JORIS, "consult", start, patient), "--json")
        assert done.code == 2, done
        assert done.json()["error"]["kind"] == kind, done
        assert "--start: " in done.err and says in done.err, done
    moved = desk("appointments", "move", future(BRUSSELS, JORIS)[0].id, "--account", BRUSSELS,
                 "--start", "2026-12-02T9:00")  # fmt: skip
    assert moved.code == 2 and "is not a date and time" in moved.err
    assert desk.outbox() == []
    assert served.requests("progenda")[before:] == []


# -- patients -----------------------------------------------------------------------------------------
def test_a_new_patient_then_an_edit_each_reach_the_vendor_once(desk: Desk, served: Served) -> None:
    before = len(served.requests("progenda"))
    added = desk(
        "patients", "add", "--account", BRUSSELS, "--first", "Ada", "--last", "Lovelace",
        "--birth-date", "10/12/1985", "--phone", "+32 2 555 01 23", "--email", "ada@example.be",
        "--json",
    )  # fmt: skip
    assert added.code == 0, added
    patient = added.json()["patient"]
    assert added.json()["outcome"] == "sent" and added.json()["entry"]["kind"] == "patient_create"
    assert {k: patient[k] for k in ("account", "vendor", "first_name", "last_name")} == {
        "account": BRUSSELS, "vendor": "progenda", "first_name": "Ada", "last_name": "Lovelace"
    }  # fmt: skip
    assert (patient["birth_date"], patient["phone"]) == ("1985-12-10", "+32 2 555 01 23")
    created = writes(served.requests("progenda")[before:])
    assert [(r.method, "/patients" in r.path) for r in created] == [("POST", True)]
    assert body(created[0])["patient"]["birthdate"] == "1985-12-10"
    found = desk.ok("patients", "search", "lovelace")
    assert [(h["id"], h["account"]) for h in found] == [(patient["id"], BRUSSELS)]

    before = len(served.requests("progenda"))
    edited = desk("patients", "edit", patient["id"], "--account", BRUSSELS,
                  "--phone", "+32 470 11 22 33", "--email", "", "--json")  # fmt: skip
    assert edited.code == 0, edited
    now = edited.json()["patient"]
    assert (now["first_name"], now["last_name"], now["birth_date"]) == (
        "Ada",
        "Lovelace",
        "1985-12-10",
    )  # unchanged fields keep their values
    assert (now["phone"], now["email"]) == ("+32 470 11 22 33", None)
    changed = writes(served.requests("progenda")[before:])
    assert [r.method for r in changed] == ["PUT"]
    assert body(changed[0])["patient"]["first_name"] == "Ada"
    assert body(changed[0])["patient"]["phone_number"] == "+32 470 11 22 33"


def test_patient_input_is_checked_and_a_vendor_that_cannot_edit_says_so(
    desk: Desk, served: Served
) -> None:
    add = ["patients", "add", "--account", BRUSSELS, "--first", "Ada", "--last", "Lovelace"]
    for born, says in (("31/02/1990", "is not a date"), ("16/05/2990", "is not a birth date")):
        done = desk(*add, "--birth-date", born, "--json")
        assert done.code == 2 and done.json()["error"]["kind"] == "invalid_date", done
        assert says in done.err
    blank = desk("patients", "add", "--account", BRUSSELS, "--first", " ", "--last", "X")
    assert blank.code == 2 and "--first: a name cannot be empty" in blank.err
    someone = future(SYDNEY, "106")[0].patient_id
    assert someone is not None
    nothing = desk("patients", "edit", someone, "--account", SYDNEY, "--json")
    assert nothing.code == 2 and nothing.json()["error"]["kind"] == "nothing_to_change"

    before = len(served.requests("pracsuite"))
    refused = desk("patients", "edit", someone, "--account", SYDNEY, "--phone", "0400 000 000")
    assert refused.code == 1, refused
    assert "why: PracSuite: frontdesk does not change PracSuite patient details" in refused.out
    assert served.requests("pracsuite")[before:] == []
    assert desk.outbox() == []
