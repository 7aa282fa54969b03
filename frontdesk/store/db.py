"""Opening the cache: file mode 0600, WAL, and schema migrations by PRAGMA user_version."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from frontdesk.domain.errors import FrontdeskError
from frontdesk.store.migrations import MIGRATIONS, SCHEMA_VERSION


class CacheTooNew(FrontdeskError):
    """The cache was written by a newer frontdesk; refuse rather than damage it."""


class DiskFull(FrontdeskError):
    """SQLite could not grow the cache: the transaction was rolled back whole."""

    def __init__(self) -> None:
        super().__init__(DISK_FULL)

    def __reduce__(self) -> tuple[type[DiskFull], tuple[()]]:
        # Raised in the page process too (store/page_process.py), and pickled back from there.
        return (type(self), ())


DISK_FULL = "the disk is full: nothing was saved; free some space"


def is_full(error: BaseException) -> bool:
    """SQLITE_FULL (also a `max_page_count` reached), by code, else by SQLite's words."""
    if not isinstance(error, sqlite3.OperationalError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF == sqlite3.SQLITE_FULL
    return "database or disk is full" in str(error)


def rollback(conn: sqlite3.Connection) -> None:
    """Undo the open transaction, if SQLite has not already (it does itself after SQLITE_FULL,
    and a ROLLBACK then raises "no transaction is active", hiding the real error)."""
    if conn.in_transaction:
        conn.execute("ROLLBACK")


def _create_private(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    if os.name == "posix":
        os.chmod(path, 0o600)


def connect(path: Path | str) -> sqlite3.Connection:
    """A connection with the schema at the current version. One per thread."""
    in_memory = str(path) == ":memory:"
    if not in_memory:
        _create_private(Path(path))
    conn = sqlite3.connect(str(path), timeout=10, isolation_level=None, check_same_thread=False)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 10000")
        if not in_memory:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
    except BaseException as exc:
        conn.close()  # a damaged file is moved aside next: hold no handle on it
        if is_full(exc):
            raise DiskFull() from None
        raise
    return conn


def migrate(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise CacheTooNew(
            f"this cache was written by a newer frontdesk (schema {version}, this version "
            f"understands up to {SCHEMA_VERSION}); update frontdesk or choose another data folder"
        )
    if version == SCHEMA_VERSION:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Re-read inside the write lock: another process may have migrated meanwhile.
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
        conn.execute("COMMIT")
    except BaseException:
        rollback(conn)
        raise


def _statements(script: str) -> list[str]:
    """Split a migration into statements (executescript would commit our transaction)."""
    out: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            out.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        out.append(buffer.strip())
    return out
