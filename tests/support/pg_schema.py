"""A fresh schema on the session's PostgreSQL server, dropped afterwards: one test's database."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg


@contextmanager
def fresh_schema(dsn: str) -> Iterator[str]:
    """Yields a conninfo whose search_path is a new, empty schema."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}".encode())
    try:
        yield f"{dsn} options='-c search_path={name}'"
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {name} CASCADE".encode())
