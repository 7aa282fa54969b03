"""Bringing a PostgreSQL database to the code's schema, or refusing one that is newer.

The version lives in `frontdesk_schema` (one row). Several processes may open the same
database at once (desks, later a sync agent): a transaction-scoped advisory lock makes one of
them migrate while the others wait and then find the work done.
"""

from __future__ import annotations

from typing import Any

import psycopg

from frontdesk.store.db import CacheTooNew
from frontdesk.store.pg.migrations import MIGRATIONS, SCHEMA_VERSION

MIGRATION_LOCK = 0x66726F6E  # "fron": any fixed key, the same in every frontdesk


class StoreTooNew(CacheTooNew):
    """The database was migrated by a newer frontdesk; refuse rather than damage it."""


def migrate(conn: psycopg.Connection[Any]) -> int:
    """Apply what is missing, in one transaction. Returns the version found before. A database
    already at this version is only read: a desk's role (store/pg/roles.py) may create nothing."""
    made = conn.execute("SELECT to_regclass('frontdesk_schema') IS NOT NULL AS made").fetchone()
    if made is not None and _value(made):
        row = conn.execute("SELECT version FROM frontdesk_schema").fetchone()
        if row is not None and int(_first(row)) == SCHEMA_VERSION:
            return SCHEMA_VERSION
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        conn.execute("CREATE TABLE IF NOT EXISTS frontdesk_schema (version integer NOT NULL)")
        row = conn.execute("SELECT version FROM frontdesk_schema").fetchone()
        found = 0 if row is None else int(_first(row))
        if found > SCHEMA_VERSION:
            raise StoreTooNew(
                f"this database was set up by a newer frontdesk (schema {found}, this version "
                f"understands up to {SCHEMA_VERSION}); update frontdesk"
            )
        for script in MIGRATIONS[found:]:
            conn.execute(script.encode())  # several statements: the simple query protocol
        if row is None:
            conn.execute("INSERT INTO frontdesk_schema VALUES (%s)", (SCHEMA_VERSION,))
        elif found != SCHEMA_VERSION:
            conn.execute("UPDATE frontdesk_schema SET version = %s", (SCHEMA_VERSION,))
    return found


def _value(row: Any) -> Any:
    return next(iter(row.values())) if isinstance(row, dict) else row[0]


def _first(row: Any) -> Any:
    return row["version"] if isinstance(row, dict) else row[0]
