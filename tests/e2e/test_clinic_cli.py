"""Clinic mode from the command line: `--server URL` on every command opens the clinic's
PostgreSQL (the session's server, a database of its own per test) instead of the SQLite cache.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
import pytest

from tests.support.cli import Frontdesk, account, sandbox
from tests.support.pg_server import RunningServer

pytestmark = pytest.mark.loopback
_databases = itertools.count(1)
BRUSSELS = ZoneInfo("Europe/Brussels")  # the demo Progenda centers' zone


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

    synced = frontdesk("sync", "--server", server_url, "--json")
    assert synced.code == 0, synced
    (report,) = synced.json()
    assert report["ok"] is True and report["fetched"]["appointments"] > 0

    today = datetime.fromisoformat(served["started_at"]).astimezone(BRUSSELS).date().isoformat()
    listed = frontdesk(
        "appointments", "list", "--date", today, "--server", server_url, "--json"
    )  # fmt: skip
    assert listed.code == 0, listed
    assert len(listed.json()) > 0

    found = frontdesk("patients", "search", "van hecke", "--server", server_url, "--json")
    assert found.code == 0, found
    assert found.json()

    # Nothing went to this computer's own cache: without --server it has no account.
    alone = frontdesk("accounts", "list", "--json")
    assert alone.code == 0, alone
    assert alone.json() == []


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
