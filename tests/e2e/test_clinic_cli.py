"""Clinic mode from the command line: `--server URL` on every command opens the clinic's
PostgreSQL (the session's server, a database of its own per test) instead of the SQLite cache.
"""

from __future__ import annotations

import itertools
import json
import selectors
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
import pytest

from tests.support.cli import ROOT, Frontdesk, account, sandbox
from tests.support.pg_server import RunningServer

pytestmark = pytest.mark.loopback
_databases = itertools.count(1)
BRUSSELS = ZoneInfo("Europe/Brussels")  # the demo Progenda centers' zone


class Agent:
    """`frontdesk agent --server URL --json` in a subprocess, its lines read as they come."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.holder = ""

    def next_line(self, timeout: float = 60) -> dict[str, Any]:
        assert self.process.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            if not selector.select(timeout):
                raise AssertionError("the agent said nothing in time")
        line = self.process.stdout.readline()
        assert line, "the agent exited"
        told: dict[str, Any] = json.loads(line)
        self.holder = told["holder"]
        return told

    def until(self, wanted: Callable[[dict[str, Any]], Any], timeout: float = 60) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            line = self.next_line(max(deadline - time.monotonic(), 0.1))
            if wanted(line):
                return line


@contextmanager
def agent(frontdesk: Frontdesk, server_url: str) -> Iterator[Agent]:
    process = subprocess.Popen(
        [sys.executable, "-m", "frontdesk", "agent", "--server", server_url, "--json"],
        env=frontdesk.env(),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        yield Agent(process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    with sandbox(tmp_path_factory.mktemp("sandbox"), "progenda") as description:
        yield description


@pytest.fixture
def server_url(pg_server: RunningServer) -> Iterator[str]:
    name = f"clinic_cli_{next(_databases)}"
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}".encode())
    yield f"postgresql://postgres@127.0.0.1:{pg_server.port}/{name}"
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)".encode())


def test_accounts_sync_and_lists_go_to_the_clinic_server(
    served: dict[str, Any], server_url: str, tmp_path: Path
) -> None:
    frontdesk = Frontdesk(tmp_path)
    demo = account(served, "progenda")
    token = demo["secrets"]["user_token"]

    added = frontdesk(
        "accounts", "add", "Brussels", "--vendor", "progenda", "--base-url", demo["base_url"],
        "--option", f"user_email={demo['options']['user_email']}", "--secret", "user_token",
        "--server", server_url, "--json", stdin=token + "\n",
    )  # fmt: skip
    assert added.code == 0, added
    # The account is in the database, its token only in this machine's keyring.
    assert frontdesk.keyring_entries() == {"frontdesk/Brussels:user_token": token}
    with psycopg.connect(server_url) as conn:
        dump = conn.execute("SELECT row_to_json(a)::text FROM accounts a").fetchall()
    assert [name for (name,) in dump if '"Brussels"' in name]
    assert token not in "".join(text for (text,) in dump)

    # The agent syncs; `sync --server` at a desk only asks it to.
    asked = frontdesk("sync", "--server", server_url, "--json")
    assert asked.code == 0, asked
    with agent(frontdesk, server_url) as first:
        assert first.next_line()["leading"] is True
        synced = first.until(lambda line: line["accounts"].get("Brussels", {}).get("last_sync"))
        assert synced["accounts"]["Brussels"]["health"] == "online"

    today = datetime.fromisoformat(served["started_at"]).astimezone(BRUSSELS).date().isoformat()
    listed = frontdesk(
        "appointments", "list", "--date", today, "--server", server_url, "--json"
    )  # fmt: skip
    assert listed.code == 0, listed
    assert len(listed.json()) > 0

    found = frontdesk("patients", "search", "van hecke", "--server", server_url, "--json")
    assert found.code == 0, found
    assert found.json()

    # The window opens the clinic's book (here a screenshot of it, then it exits).
    shot = tmp_path / "clinic.png"
    window = frontdesk("-v", "--server", server_url, "--screenshot", str(shot),
                       QT_QPA_PLATFORM="offscreen")  # fmt: skip
    assert window.code == 0, window
    assert shot.exists() and "Traceback" not in window.stderr
    assert not (frontdesk.home / "cache.sqlite3").exists()

    # Nothing went to this computer's own cache: without --server it has no account.
    alone = frontdesk("accounts", "list", "--json")
    assert alone.code == 0, alone
    assert alone.json() == []


def test_a_second_agent_takes_over_within_30_s_of_the_first_being_killed(
    served: dict[str, Any], server_url: str, tmp_path: Path
) -> None:
    frontdesk = Frontdesk(tmp_path)
    demo = account(served, "progenda")
    added = frontdesk(
        "accounts", "add", "Brussels", "--vendor", "progenda", "--base-url", demo["base_url"],
        "--option", f"user_email={demo['options']['user_email']}", "--secret", "user_token",
        "--server", server_url, "--no-test", stdin=demo["secrets"]["user_token"] + "\n",
    )  # fmt: skip
    assert added.code == 0, added
    with agent(frontdesk, server_url) as first:
        assert first.next_line()["leading"] is True
        first.until(lambda line: line["accounts"].get("Brussels", {}).get("last_sync"))
        with agent(frontdesk, server_url) as second:  # started once the first leads: it waits
            assert second.next_line()["leading"] is False
            first.process.kill()  # SIGKILL: no goodbye; the server frees its lock
            killed, killed_at = time.monotonic(), datetime.now(UTC)
            asked = frontdesk("sync", "--server", server_url)  # F5 at a desk meanwhile
            assert asked.code == 0, asked
            took = second.until(lambda line: line["leading"] is True)
            assert took["holder"] != first.holder

            def synced_since_kill(line: dict[str, Any]) -> bool:
                last = line["accounts"].get("Brussels", {}).get("last_sync")
                return last is not None and datetime.fromisoformat(last) > killed_at

            second.until(synced_since_kill)
            assert time.monotonic() - killed < 30
    with psycopg.connect(server_url) as conn:
        row = conn.execute("SELECT holder FROM agent_health").fetchone()
    assert row is not None and row[0] == took["holder"]


def test_a_server_elsewhere_without_tls_is_refused(tmp_path: Path) -> None:
    frontdesk = Frontdesk(tmp_path)
    done = frontdesk(
        "appointments",
        "list",
        "--date",
        "2026-12-01",
        "--server",
        "postgresql://desk@db.clinic.example/frontdesk",
    )
    assert done.code == 2, done
    assert "sslmode=verify-full" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_password_in_the_address_is_refused_and_not_echoed(tmp_path: Path) -> None:
    frontdesk = Frontdesk(tmp_path)
    done = frontdesk(
        "accounts", "list", "--server", "postgresql://desk:hunter2@127.0.0.1:1/frontdesk"
    )
    assert done.code == 2, done
    assert "keyring" in done.stderr
    assert "hunter2" not in done.stderr + done.stdout


def test_an_unreachable_server_is_said_in_one_line(tmp_path: Path) -> None:
    frontdesk = Frontdesk(tmp_path)
    done = frontdesk("accounts", "list", "--server", "postgresql://desk@127.0.0.1:1/frontdesk")
    assert done.code == 1, done
    assert "cannot be reached" in done.stderr
    assert "Traceback" not in done.stderr
