"""Bad local state and bad input get a message, never a traceback, and lose nothing (issue 10):
a damaged cache, a full disk, dates in year 1 or 9999, `--limit 10**20`, settings out of range,
one account with a bad stored address, and an error nobody expected."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from frontdesk.cli import patients
from frontdesk.store import db, paths
from frontdesk.store.cache import Cache
from frontdesk.store.db import DISK_FULL
from tests.conftest import MemoryKeyring
from tests.e2e.clinic import Desk, Served, serve

BIG = "x" * 20_000


@pytest.fixture
def desk(capsys: pytest.CaptureFixture[str]) -> Desk:
    return Desk(capsys)


# -- input out of range ---------------------------------------------------------------------------
@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_a_date_far_from_today_is_refused_with_the_range(desk: Desk, day: str) -> None:
    ran = desk("appointments", "list", "--date", day, "--json")

    assert ran.code == 2, ran
    assert ran.json()["error"]["kind"] == "invalid_date"
    assert "too far from today; frontdesk takes dates from" in ran.err


@pytest.mark.parametrize("limit", ["100000000000000000000", "0", "501"])
def test_a_search_limit_out_of_range_is_refused_with_the_range(desk: Desk, limit: str) -> None:
    ran = desk("patients", "search", "doe", "--limit", limit)

    assert ran.code == 2, ran
    assert f"--limit must be from {patients.LIMITS[0]} to {patients.LIMITS[1]}" in ran.err


@pytest.mark.parametrize(
    ("option", "allowed"),
    [
        ("sync_days_ahead=99999999999", "sync_days_ahead must be a whole number from 0 to 366"),
        ("sync_days_back=400", "sync_days_back must be a whole number from 0 to 366"),
        ("daily_budget=0", "daily_budget must be a whole number from 1 to 1000000"),
    ],
)
def test_a_setting_out_of_range_is_refused_when_saved(
    desk: Desk, option: str, allowed: str
) -> None:
    ran = desk(
        "accounts", "add", "Gent", "--vendor", "progenda", "--no-test",
        "--option", "user_email=desk@example.com", "--secret", "user_token=t",
        "--option", option,
    )  # fmt: skip

    assert ran.code == 2, ran
    assert allowed in ran.err
    assert desk.ok("accounts", "list") == []


# -- a damaged cache ----------------------------------------------------------------------------
def test_a_cache_that_is_not_a_database_is_moved_aside_and_the_command_runs(
    desk: Desk, private_home: Path
) -> None:
    private_home.mkdir(parents=True, exist_ok=True)
    garbage = b"not a database " * 1000
    paths.cache_path().write_bytes(garbage)

    ran = desk("accounts", "list", "--json")

    assert ran.code == 0, ran
    assert ran.json() == []
    (moved,) = [
        p
        for p in private_home.glob("cache.sqlite3.damaged-*")
        if not p.name.endswith(("-wal", "-shm"))
    ]
    assert moved.read_bytes() == garbage  # kept, never deleted
    line = next(x for x in ran.err.splitlines() if "moved aside" in x)
    assert str(moved) in line and "file is not a database" in line
    assert "waiting writes could not be read back" in line


# -- a full disk --------------------------------------------------------------------------------
def test_a_full_disk_is_said_and_nothing_is_saved(
    desk: Desk, monkeypatch: pytest.MonkeyPatch, isolated_keyring: MemoryKeyring
) -> None:
    Cache(paths.cache_path()).close()  # migrated already: only the new account must grow it
    real = db.sqlite3.connect

    def tiny(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real(*args, **kwargs)  # type: ignore[arg-type]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    # Undo this patch only: `monkeypatch.undo()` would also undo the private data folder.
    with monkeypatch.context() as patched:
        patched.setattr(db.sqlite3, "connect", tiny)
        ran = desk(
            "accounts", "add", "Gent", "--vendor", "progenda", "--no-test",
            "--option", f"user_email={BIG}", "--secret", "user_token=t", "--json",
        )  # fmt: skip

    assert ran.code == 1, ran
    assert f"frontdesk: {DISK_FULL}" in ran.err
    assert ran.json()["error"]["kind"] == "disk_full"
    assert desk.ok("accounts", "list") == []  # not half-saved
    assert isolated_keyring.store == {}  # the secret taken first was given back


# -- an error nobody expected ---------------------------------------------------------------------
def test_an_unexpected_error_is_one_line_and_exit_1(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(args: object) -> None:
        raise ZeroDivisionError("Dubois, Amélie, born 1990-05-16")

    monkeypatch.setattr(patients, "search_patients", broken)
    ran = desk("patients", "search", "dubois")  # Desk also checks: no "Traceback"

    assert ran.code == 1, ran
    (line,) = ran.err.strip().splitlines()
    assert line.startswith("frontdesk: something unexpected went wrong (ZeroDivisionError at")
    assert "test_bad_state.py" in line
    assert "Dubois" not in ran.err


# -- one bad account among good ones --------------------------------------------------------------
@pytest.fixture
def two(desk: Desk) -> Iterator[Served]:
    with serve("progenda") as served:
        account = served.account("progenda")
        desk.add(account)
        for key, value in account.secrets.items():  # the same vendor account under a 2nd name
            desk.ok(
                "accounts", "add", "Second", "--vendor", "progenda", "--base-url",
                account.base_url, "--no-test", "--secret", f"{key}={value}",
                *[f"--option={k}={v}" for k, v in account.options.items()],
            )  # fmt: skip
        yield served


def edit(sql: str, *args: object) -> None:
    """As clinic IT might, by hand."""
    with sqlite3.connect(paths.cache_path()) as conn:
        conn.execute(sql, args)


def test_one_account_with_a_bad_address_is_skipped_and_the_others_sync(
    desk: Desk, two: Served
) -> None:
    edit("UPDATE accounts SET base_url = 'http://clinic.example/api' WHERE name = 'Second'")

    ran = desk("sync", "--json")

    assert ran.code == 1, ran  # a failure to act on, not a usage error
    report = {r["account"]: r for r in ran.json()}
    assert report["Second"]["ok"] is False
    assert report["Second"]["error"]["kind"] == "invalid_settings"
    assert "must use https" in report["Second"]["error"]["message"]
    (good,) = [r for name, r in report.items() if name != "Second"]
    assert good["ok"] is True and good["fetched"]["appointments"] > 0
    assert "Second: the base URL must use https" in ran.err


def test_every_account_bad_still_stops_with_exit_2(desk: Desk, two: Served) -> None:
    edit("UPDATE accounts SET base_url = 'http://clinic.example/api'")

    ran = desk("sync", "--json")

    assert ran.code == 2, ran
    assert ran.json()["error"]["kind"] == "invalid_settings"


def test_a_stored_setting_out_of_range_is_clamped_with_a_warning(desk: Desk, two: Served) -> None:
    options = json.dumps({**two.account("progenda").options, "sync_days_ahead": "99999999999"})
    edit("UPDATE accounts SET options = ? WHERE name = 'Second'", options)

    ran = desk("sync", "--json")

    assert ran.code == 0, ran
    assert [r["ok"] for r in ran.json()] == [True, True]
    assert "Second: option sync_days_ahead is outside 0..366" in ran.err
    assert "using 366" in ran.err
