"""`frontdesk waitlist add|list|remove|matches` with --json (issue 15): kept in frontdesk's own
store, run in-process on a cache prepared here (no vendor is called)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from frontdesk.domain.models import Location, Patient, Provider, Service
from frontdesk.store import paths
from frontdesk.store.cache import Cache
from tests.e2e.clinic import Desk

ACCOUNT = "Brussels"


@pytest.fixture
def desk(capsys: pytest.CaptureFixture[str]) -> Iterator[Desk]:
    cache = Cache(paths.cache_path())
    try:
        cache.save_account(ACCOUNT, "progenda", "http://127.0.0.1:9", {})
        cache.replace_reference(
            ACCOUNT,
            [Location(ACCOUNT, "L1", "Centre", "Europe/Brussels")],
            [
                Provider(ACCOUNT, "raman", "Dr Raman", "L1"),
                Provider(ACCOUNT, "joris", "Joris Van Hecke", "L1"),
            ],
            [
                Service(ACCOUNT, "cons", "Consultation", 30),
                Service(ACCOUNT, "xray", "X-ray", 15, provider_ids=("joris",)),
            ],
        )
        cache.upsert_patients(
            [Patient(ACCOUNT, p, "An", f"Peeters{p}") for p in ("p1", "p2", "p3")]
        )
    finally:
        cache.close()
    yield Desk(capsys)


def add(desk: Desk, patient: str, *extra: str) -> dict[str, object]:
    found: dict[str, object] = desk.ok(
        "waitlist", "add", "--account", ACCOUNT, "--patient", patient, *extra
    )
    return found


def test_added_entries_are_listed_in_offer_order_and_removed(desk: Desk) -> None:
    first = add(desk, "p1", "--service", "consultation", "--provider", "Dr Raman")
    urgent = add(desk, "p2", "--days", "mon,thu", "--time", "morning", "--urgent")
    assert first["service"] == "Consultation" and first["providers"] == ["Dr Raman"]
    assert urgent["days"] == ["mon", "thu"] and urgent["time"] == "morning"
    listed = desk.ok("waitlist", "list")
    assert [e["patient_id"] for e in listed] == ["p2", "p1"]  # urgent first
    assert desk.ok("waitlist", "remove", str(first["id"])) == {"removed": first["id"]}
    assert [e["patient_id"] for e in desk.ok("waitlist", "list", "--account", ACCOUNT)] == ["p2"]
    again = desk("waitlist", "remove", str(first["id"]), "--json")
    assert again.code == 2 and again.json()["error"]["kind"] == "unknown_entry"


def test_matches_lists_who_fits_a_slot_in_offer_order(desk: Desk) -> None:
    add(desk, "p1", "--provider", "raman")
    add(desk, "p2", "--time", "afternoon", "--urgent")  # not at 10:30
    add(desk, "p3", "--days", "thu", "--urgent")
    xray = add(desk, "p1", "--service", "xray")  # Dr Raman gives no X-rays
    # Thursday 3 December 2026, 10:30 on the clinic's clock
    found = desk.ok(
        "waitlist", "matches", "--account", ACCOUNT, "--provider", "Dr Raman",
        "--start", "2026-12-03T10:30",
    )  # fmt: skip
    assert [e["patient_id"] for e in found] == ["p3", "p1"]
    assert xray["id"] not in [e["id"] for e in found]
    text = desk("waitlist", "matches", "--account", ACCOUNT, "--provider", "joris",
                "--start", "2026-12-01T15:00")  # fmt: skip
    assert text.code == 0 and "p2" in text.out and "p1" in text.out  # joris, Tuesday afternoon


def test_a_patient_or_day_not_known_is_refused_with_its_reason(desk: Desk) -> None:
    unknown = desk("waitlist", "add", "--account", ACCOUNT, "--patient", "nobody", "--json")
    assert unknown.code == 2 and "nobody" in unknown.err
    bad_day = desk(
        "waitlist", "add", "--account", ACCOUNT, "--patient", "p1", "--days", "mon,funday",
        "--json",
    )  # fmt: skip
    assert bad_day.code == 2 and bad_day.json()["error"]["kind"] == "invalid_days"
    assert desk.ok("waitlist", "list") == []
