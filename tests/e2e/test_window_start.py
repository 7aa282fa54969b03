"""`frontdesk` (the window) for a configured clinic, as separate processes: the staged start
paints the day from the cache, then attaches the vendors and syncs."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.test_screenshot_cli import png_size
from tests.support.cli import Frontdesk, account, sandbox


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    with sandbox(tmp_path_factory.mktemp("sandbox"), "progenda") as description:
        yield description


def configured(served: dict[str, Any], folder: Path) -> Frontdesk:
    """A workstation with the Progenda account added and synced once (yesterday's session)."""
    frontdesk = Frontdesk(folder)
    demo = account(served, "progenda")
    added = frontdesk(
        "accounts", "add", "Gent", "--vendor", "progenda", "--base-url", demo["base_url"],
        "--option", f"user_email={demo['options']['user_email']}", "--secret", "user_token",
        "--json", stdin=demo["secrets"]["user_token"] + "\n",
    )  # fmt: skip
    assert added.code == 0, added
    synced = frontdesk("sync", "--json")
    assert synced.code == 0, synced
    return frontdesk


def test_the_window_paints_the_cached_day_first_then_syncs_and_draws_it(
    served: dict[str, Any], tmp_path: Path
) -> None:
    frontdesk = configured(served, tmp_path)
    shot = tmp_path / "window.png"

    done = frontdesk("-v", "--screenshot", str(shot), QT_QPA_PLATFORM="offscreen")

    assert done.code == 0, done
    first = next(line for line in done.stderr.splitlines() if "first frame painted" in line)
    drawn_first = int(first.split("(")[1].split()[0])
    assert drawn_first > 0, first  # the cache's day, before any connector was loaded
    assert "appointments drawn" in done.stderr  # and after the sync, the screenshot
    width, height = png_size(shot)
    assert width >= 1000 and height >= 600


def test_an_account_that_cannot_be_opened_is_skipped_and_the_others_start(
    served: dict[str, Any], tmp_path: Path
) -> None:
    """Issue 10: one hand-edited account no longer keeps the clinic's window from opening."""
    frontdesk = configured(served, tmp_path)
    demo = account(served, "progenda")
    added = frontdesk(
        "accounts", "add", "Broken", "--vendor", "progenda", "--base-url", demo["base_url"],
        "--option", f"user_email={demo['options']['user_email']}", "--secret", "user_token",
        "--no-test", stdin=demo["secrets"]["user_token"] + "\n",
    )  # fmt: skip
    assert added.code == 0, added
    with sqlite3.connect(frontdesk.home / "cache.sqlite3") as conn:  # edited by hand
        conn.execute(
            "UPDATE accounts SET base_url = 'http://clinic.example/api' WHERE name = 'Broken'"
        )
    shot = tmp_path / "window.png"

    done = frontdesk("--screenshot", str(shot), QT_QPA_PLATFORM="offscreen")

    assert done.code == 0, done
    assert "frontdesk: Broken was not started: Broken: the base URL must use https" in done.stderr
    assert "appointments drawn" in done.stderr  # Gent synced and was drawn
    assert "Traceback" not in done.stderr
    assert shot.exists()


@pytest.mark.parametrize(
    ("table", "found"),
    [
        ("patients", "while painting"),  # the day's names are on the torn page
        ("patient_search_data", "after the first paint"),  # only PRAGMA quick_check reads it
    ],
)
def test_a_damaged_cache_is_moved_aside_and_the_window_starts_on_a_fresh_one(
    served: dict[str, Any], tmp_path: Path, table: str, found: str
) -> None:
    frontdesk = configured(served, tmp_path)
    cache = frontdesk.home / "cache.sqlite3"
    with sqlite3.connect(cache) as conn:  # one page of `table`, torn by a crash
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        page = conn.execute(
            "SELECT max(pageno) FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (table,)
        ).fetchone()[0]
    with cache.open("r+b") as f:
        f.seek((page - 1) * size)
        f.write(b"\xa5" * size)
    shot = tmp_path / "window.png"

    done = frontdesk("-v", "--screenshot", str(shot), QT_QPA_PLATFORM="offscreen")

    assert done.code == 0, done
    assert "Traceback" not in done.stderr
    (moved,) = [
        p
        for p in frontdesk.home.glob("cache.sqlite3.damaged-*")
        if not p.name.endswith(("-wal", "-shm"))
    ]
    lines = done.stderr.splitlines()
    told = next(x for x in lines if x.startswith("frontdesk: The local cache was damaged"))
    assert str(moved) in told and "It held no waiting writes" in told
    assert "1 account setting was read back and kept" in told
    painted = next(x for x in lines if "first frame painted" in x)
    if found == "after the first paint":  # the damaged file's day was drawn, then checked
        assert int(painted.split("(")[1].split()[0]) > 0
    assert "appointments drawn" in done.stderr and shot.exists()  # synced again, drawn


def test_an_account_that_cannot_be_opened_alone_is_named_and_the_start_stops(
    served: dict[str, Any], tmp_path: Path
) -> None:
    """The one account is bad: nothing to start with, so the window still stops (exit 2)."""
    frontdesk = configured(served, tmp_path)
    with sqlite3.connect(frontdesk.home / "cache.sqlite3") as conn:  # edited by hand
        conn.execute("UPDATE accounts SET base_url = 'http://clinic.example/api'")

    done = frontdesk("--screenshot", str(tmp_path / "x.png"), QT_QPA_PLATFORM="offscreen")

    assert done.code == 2, done
    assert "must use https" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "x.png").exists()
