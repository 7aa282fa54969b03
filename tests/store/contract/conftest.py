"""The store contract suite: every test runs on the SQLite cache and on PostgreSQL.

PostgreSQL tests share the session's server (tests/conftest.py) and each store gets a schema of
its own, created empty and dropped afterwards, so a test never sees another's rows.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

from frontdesk.store.cache import Cache
from frontdesk.store.pg.store import PgStore
from frontdesk.store.protocol import Store
from tests.support.pg_server import RunningServer

MakeStore = Callable[[], Store]
_schemas = itertools.count(1)


@pytest.fixture(params=["sqlite", "postgresql"])
def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[MakeStore]:
    """A factory of empty stores of the parametrized kind (a test may want several)."""
    made: list[Store] = []
    schemas: list[str] = []
    server: RunningServer | None = None
    if request.param == "postgresql":
        server = request.getfixturevalue("pg_server")

    def make() -> Store:
        store: Store
        if server is None:
            store = Cache(tmp_path / f"store{len(made)}.sqlite3")
        else:
            schema = f"contract_{next(_schemas)}"
            with psycopg.connect(server.dsn, autocommit=True) as conn:
                conn.execute(f"CREATE SCHEMA {schema}".encode())
            schemas.append(schema)
            store = PgStore(f"{server.dsn} options='-c search_path={schema}'", pool_size=2)
        made.append(store)
        return store

    yield make
    for store in made:
        store.close()
    if server is not None and schemas:
        with psycopg.connect(server.dsn, autocommit=True) as conn:
            for schema in schemas:
                conn.execute(f"DROP SCHEMA {schema} CASCADE".encode())


@pytest.fixture
def store(make_store: MakeStore) -> Store:
    return make_store()
