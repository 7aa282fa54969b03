"""Clinic IT's whole round, each command a separate process, against simulators on 127.0.0.1.

`frontdesk sandbox serve` runs the Progenda and VISH simulators over real HTTP; the commands use
a private data folder and a file-backed test keyring (tests/support/file_keyring.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from frontdesk.sandbox import progenda
from frontdesk.store.search import fold
from tests.support.cli import Frontdesk, account, sandbox

pytestmark = pytest.mark.loopback
BRUSSELS = ZoneInfo("Europe/Brussels")  # the demo Progenda centers' zone
PATIENT_FIELDS = {
    "account",
    "vendor",
    "id",
    "first_name",
    "last_name",
    "birth_date",
    "phone",
    "email",
}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    with sandbox(tmp_path_factory.mktemp("sandbox"), "progenda", "vish") as description:
        yield description


def test_add_list_test_sync_search_openings_and_remove(
    served: dict[str, Any], tmp_path: Path
) -> None:
    frontdesk = Frontdesk(tmp_path)
    demo = account(served, "progenda")
    token = demo["secrets"]["user_token"]
    base_url = demo["base_url"]
    assert base_url.startswith("http://127.0.0.1:")

    # add: the token comes on stdin (`--secret user_token` without a value), out of argv
    added = frontdesk(
        "accounts", "add", "Brussels", "--vendor", "progenda", "--base-url", base_url,
        "--option", f"user_email={demo['options']['user_email']}", "--secret", "user_token",
        "--json", stdin=token + "\n",
    )  # fmt: skip
    assert added.code == 0, added
    assert added.json()["tested"] is True
    assert added.json()["secrets_set"] == ["user_token"]
    assert frontdesk.keyring_entries() == {"frontdesk/Brussels:user_token": token}

    listed = frontdesk("accounts", "list", "--json")
    assert listed.code == 0, listed
    assert listed.json() == [
        {
            "name": "Brussels",
            "vendor": "progenda",
            "vendor_label": "Progenda",
            "base_url": base_url,
            "options": {"user_email": demo["options"]["user_email"]},
            "secrets_set": ["user_token"],
            "secrets_missing": [],
        }
    ]
    text = frontdesk("accounts", "list")
    assert "user_token (set)" in text.stdout

    tested = frontdesk("accounts", "test", "Brussels", "--json")
    assert tested.code == 0, tested
    assert tested.json()["ok"] is True and tested.json()["requests"] >= 1

    synced = frontdesk("sync", "--json")
    assert synced.code == 0, synced
    (report,) = synced.json()
    assert report["account"] == "Brussels" and report["ok"] is True
    assert report["fetched"]["patients"] == progenda.DEMO_PATIENTS
    assert report["fetched"]["reference"] >= len(progenda.DEMO_CENTERS) + len(
        progenda.DEMO_CALENDARS
    )
    assert report["fetched"]["appointments"] > 0
    assert report["requests"] > 0

    found = frontdesk("patients", "search", "van hecke", "--json")
    assert found.code == 0, found
    hits = found.json()
    assert hits, found
    for hit in hits:
        assert set(hit) >= PATIENT_FIELDS
        assert (hit["account"], hit["vendor"]) == ("Brussels", "progenda")
        assert "van hecke" in fold(f"{hit['first_name']} {hit['last_name']}")
        assert hit["birth_date"] is None or date.fromisoformat(hit["birth_date"])

    # The demo is open on the day the simulators were started, in the clinic's own zone.
    today = datetime.fromisoformat(served["started_at"]).astimezone(BRUSSELS).date()
    booked = frontdesk("appointments", "list", "--date", today.isoformat(), "--json")
    assert booked.code == 0, booked
    appointments = booked.json()
    assert appointments, booked
    for a in appointments:
        start = datetime.fromisoformat(a["start"])
        assert a["timezone"] == "Europe/Brussels"
        assert start.date() == today  # a local wall-clock date, not a UTC one
        assert start.utcoffset() == start.astimezone(BRUSSELS).utcoffset()
        assert a["provider"] and a["account"] == "Brussels"

    opened = frontdesk(
        "openings", "--account", "Brussels", "--service", "CONSULTATION",
        "--provider", "joris van hecke", "--json",
    )  # fmt: skip
    assert opened.code == 0, opened
    openings = opened.json()
    assert openings, opened
    assert {(o["provider"], o["service_id"], o["minutes"]) for o in openings} == {
        ("Joris Van Hecke", "consult", 20)
    }
    starts = [datetime.fromisoformat(o["start"]) for o in openings]
    assert starts == sorted(starts)
    assert starts[0] >= datetime.fromisoformat(served["started_at"])

    # No command printed the token, and nothing in the data folder holds it.
    for done in (added, listed, text, tested, synced, found, booked, opened):
        assert token not in done.stdout + done.stderr
    assert frontdesk.stored_bytes()
    assert token.encode() not in frontdesk.stored_bytes()

    removed = frontdesk("accounts", "remove", "Brussels", "--json")
    assert removed.code == 0, removed
    assert removed.json() == {"removed": "Brussels"}
    assert frontdesk.keyring_entries() == {}
    assert frontdesk("accounts", "list", "--json").json() == []
    empty = frontdesk("patients", "search", "van hecke", "--json")
    assert empty.code == 0 and empty.json() == []


def test_a_vendor_without_an_openings_search_is_named(
    served: dict[str, Any], tmp_path: Path
) -> None:
    frontdesk = Frontdesk(tmp_path)
    vish = account(served, "vish")
    args = ["accounts", "add", "Denver", "--vendor", "vish", "--base-url", vish["base_url"]]
    for key, value in vish["secrets"].items():
        args += ["--secret", f"{key}={value}"]
    added = frontdesk(*args, "--no-test", "--json")
    assert added.code == 0, added
    assert added.json()["tested"] is False

    # The services are fetched on the way (never synced), then VISH's lack of a search is said.
    done = frontdesk("openings", "--account", "Denver", "--service", "custom facial", "--json")
    assert done.code == 1, done
    assert done.json()["error"]["kind"] == "not_supported"
    assert "VISH's API has no search for openings" in done.stderr
