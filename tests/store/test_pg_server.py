"""The session's PostgreSQL: a real server on loopback, trusted from 127.0.0.1 only."""

from __future__ import annotations

import platform
import sys

import psycopg
import pytest

from frontdesk.store.pg import local_server as servers
from tests.support.pg_server import RunningServer


def test_the_session_server_answers_on_loopback_in_utc(pg_server: RunningServer) -> None:
    with psycopg.connect(pg_server.dsn) as conn:
        row = conn.execute(
            "SELECT inet_server_addr()::text, current_setting('TimeZone'),"
            " current_setting('listen_addresses')"
        ).fetchone()
    assert row == ("127.0.0.1/32", "UTC", "127.0.0.1")
    assert pg_server.description.startswith("postgres (PostgreSQL)")


def test_without_any_server_the_search_says_where_it_looked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(servers, "_from_pg_config", lambda: None)
    monkeypatch.setattr(servers, "_from_debian", list)
    monkeypatch.setattr(servers, "_from_wheel", lambda: None)
    with pytest.raises(servers.NoServer, match="pgserver"):
        servers.find_binaries()


@pytest.mark.skipif(
    not (sys.platform == "darwin" or (sys.platform == "linux" and platform.machine() == "x86_64")),
    reason="pgserver has wheels for Linux x86-64 and macOS only (pyproject.toml's marker)",
)
def test_the_pgserver_wheel_is_the_fallback_and_starts() -> None:
    wheel = servers._from_wheel()
    assert wheel is not None, "the dev extras install pgserver on Linux and macOS"
    binaries = servers.ServerBinaries(wheel, "the pgserver wheel")
    with servers.running_server(binaries) as server, psycopg.connect(server.dsn) as conn:
        row = conn.execute("SELECT 1").fetchone()
    assert row == (1,)
