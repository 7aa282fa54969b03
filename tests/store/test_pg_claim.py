"""Several senders on one clinic database: an outbox row locked by one sender's claim is
skipped by another (FOR UPDATE SKIP LOCKED), never waited on nor taken twice."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import psycopg
import pytest

from frontdesk.store.pg.store import PgStore
from tests.support.pg_server import RunningServer

_schemas = itertools.count(1)


@pytest.fixture
def two_senders(pg_server: RunningServer) -> Iterator[tuple[PgStore, PgStore]]:
    schema = f"claim_{next(_schemas)}"
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}".encode())
    info = f"{pg_server.dsn} options='-c search_path={schema}'"
    first, second = PgStore(info, pool_size=2), PgStore(info, pool_size=2)
    yield first, second
    first.close()
    second.close()
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE".encode())


def test_a_row_claimed_by_one_sender_is_skipped_by_the_other(
    two_senders: tuple[PgStore, PgStore],
) -> None:
    first, second = two_senders
    entry = first.outbox().insert("A", "book", "fd-1", {}, 0, None)
    with first.transaction():
        assert first.outbox().claimable(entry) is not None
        assert second.outbox().claimable(entry) is None  # locked: skipped, not awaited
    with second.transaction():  # released with the first transaction
        row = second.outbox().claimable(entry)
        assert row is not None and row["client_key"] == "fd-1"
