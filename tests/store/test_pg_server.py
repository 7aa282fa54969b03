"""The session's PostgreSQL: a real server on loopback, trusted from 127.0.0.1 only."""

from __future__ import annotations

import psycopg

from tests.support.pg_server import RunningServer


def test_the_session_server_answers_on_loopback_in_utc(pg_server: RunningServer) -> None:
    with psycopg.connect(pg_server.dsn) as conn:
        row = conn.execute(
            "SELECT inet_server_addr()::text, current_setting('TimeZone'),"
            " current_setting('listen_addresses')"
        ).fetchone()
    assert row == ("127.0.0.1/32", "UTC", "127.0.0.1")
    assert pg_server.description.startswith("postgres (PostgreSQL)")
