"""A damaged cache: moved aside (never deleted), a fresh one started, and what can still be read
from the damaged file (the waiting writes, the accounts' settings) copied into it.

The cache is only a copy of what the vendors hold, except for two tables: `outbox` (writes not
sent yet) and `accounts` (settings; their secrets are in the keyring and are unaffected). Those are
read back row by row with SQLite's own tolerance, so one unreadable page loses only its rows.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from frontdesk.store import db

log = logging.getLogger("frontdesk.store")

# What SQLite says about a file that is not (or no longer) a database. Extended result codes
# keep the primary code in their low byte.
DAMAGE_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
DAMAGE_WORDS = ("file is not a database", "malformed", "database corrupt")
# The tables worth rescuing, in the order they are copied (settings before the writes).
RESCUED = ("accounts", "outbox")
SIDE_FILES = ("-wal", "-shm", "-journal")


def is_damage(error: BaseException) -> bool:
    """Whether a sqlite3 error means the file is damaged (not locked, not full, not a bug)."""
    if not isinstance(error, sqlite3.DatabaseError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in DAMAGE_CODES:
        return True
    text = str(error).lower()
    return any(word in text for word in DAMAGE_WORDS)


@dataclass(frozen=True)
class Rescued:
    """What one table gave back: rows copied into the fresh cache, rows that could not be."""

    copied: int = 0
    lost: int = 0
    readable: bool = True  # False: the table itself could not be read at all


@dataclass(frozen=True)
class Recovery:
    """A damaged cache moved aside: where, why, and what was read back from it."""

    moved_to: Path
    reason: str
    accounts: Rescued
    outbox: Rescued

    def message(self) -> str:
        """For the receptionist or clinic IT: what happened, where the file is, what was kept."""
        parts = [
            f"The local cache was damaged ({self.reason}). It was moved aside to "
            f"{self.moved_to} and a fresh one was started; the book and the patients are "
            "fetched again from the vendors."
        ]
        parts.append(_said("waiting write", "waiting writes", self.outbox, "queued again"))
        parts.append(_said("account setting", "account settings", self.accounts, "kept"))
        return " ".join(parts)


def _said(one: str, many: str, rescued: Rescued, done: str) -> str:
    if not rescued.readable:
        return f"The {many} could not be read back from the damaged file."
    if rescued.copied == 0 and rescued.lost == 0:
        return f"It held no {many}."
    noun = one if rescued.copied == 1 else many
    text = f"{rescued.copied} {noun} {'was' if rescued.copied == 1 else 'were'} read back and {done}"
    if rescued.lost:
        text += f"; {rescued.lost} could not be read and {'is' if rescued.lost == 1 else 'are'} lost"
    return text + "."


def aside_name(path: Path, now: datetime) -> Path:
    """`cache.sqlite3.damaged-20261118-103000` beside the cache; never an existing file's name."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 1
    while any(Path(f"{candidate}{s}").exists() for s in ("", *SIDE_FILES)):
        number += 1
        candidate = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
    return candidate


def move_aside(path: Path, now: datetime) -> Path:
    """Renames the cache and its WAL, shared-memory and journal files together: a WAL left
    behind would be replayed into the fresh cache, and it may hold the newest writes."""
    target = aside_name(path, now)
    os.replace(path, target)
    for suffix in SIDE_FILES:
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))
    return target


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})").fetchall()]


def _read_rows(
    damaged: sqlite3.Connection, table: str, wanted: list[str]
) -> tuple[list[tuple[object, ...]], int]:
    """Every row that can be read, one at a time: a bad page loses its rows, not the table's."""
    try:
        rowids = [int(r[0]) for r in damaged.execute(f"SELECT rowid FROM {table}").fetchall()]
    except sqlite3.DatabaseError:
        rowids = _rowids_scanning(damaged, table)
    columns = ", ".join(wanted)
    rows: list[tuple[object, ...]] = []
    lost = 0
    for rowid in rowids:
        try:
            row = damaged.execute(
                f"SELECT {columns} FROM {table} WHERE rowid = ?", (rowid,)
            ).fetchone()
        except sqlite3.DatabaseError:
            lost += 1
            continue
        if row is not None:
            rows.append(tuple(row))
    return rows, lost


def _rowids_scanning(damaged: sqlite3.Connection, table: str) -> list[int]:
    """A full read failed part-way: keep the row ids read before the bad page."""
    found: list[int] = []
    try:
        for row in damaged.execute(f"SELECT rowid FROM {table}"):
            found.append(int(row[0]))
    except sqlite3.DatabaseError:
        pass
    return found


def _rescue(damaged: sqlite3.Connection | None, fresh: sqlite3.Connection, table: str) -> Rescued:
    if damaged is None:
        return Rescued(readable=False)
    try:
        old = set(_columns(damaged, table))
    except sqlite3.DatabaseError:
        return Rescued(readable=False)
    if not old:
        return Rescued(readable=False)
    wanted = [c for c in _columns(fresh, table) if c in old]
    rows, lost = _read_rows(damaged, table, wanted)
    marks = ", ".join("?" * len(wanted))
    copied = 0
    fresh.execute("BEGIN IMMEDIATE")
    try:
        for row in rows:
            try:
                fresh.execute(
                    f"INSERT OR IGNORE INTO {table} ({', '.join(wanted)}) VALUES ({marks})", row
                )
                copied += 1
            except sqlite3.IntegrityError:  # a row the damage garbled (a NULL where none may be)
                lost += 1
        fresh.execute("COMMIT")
    except BaseException:
        if fresh.in_transaction:
            fresh.execute("ROLLBACK")
        raise
    return Rescued(copied, lost)


def _open_damaged(path: Path) -> sqlite3.Connection | None:
    """Read-only, so nothing is ever written to the damaged file (it is the user's evidence)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        return None
    return conn


def recover(path: Path, reason: str, now: datetime) -> Recovery:
    """Moves the damaged cache aside, starts a fresh one at `path`, and copies into it what
    can be read of the accounts and the outbox. The caller has closed every connection to it."""
    moved = move_aside(path, now)
    fresh = db.connect(path)  # the schema at the current version
    try:
        damaged = _open_damaged(moved)
        try:
            rescued = {table: _rescue(damaged, fresh, table) for table in RESCUED}
        finally:
            if damaged is not None:
                damaged.close()
    finally:
        fresh.close()
    recovery = Recovery(moved, reason, rescued["accounts"], rescued["outbox"])
    log.warning(
        "damaged cache moved to %s; accounts %s, waiting writes %s",
        moved,
        rescued["accounts"],
        rescued["outbox"],
    )
    return recovery


def reason_of(error: BaseException) -> str:
    """SQLite's own words (never row data): "file is not a database", "malformed"..."""
    text = str(error).strip()
    return text if text else type(error).__name__


def quick_check(conn: sqlite3.Connection) -> str | None:
    """None when `PRAGMA quick_check` finds the file sound, else its first complaint. Reading a
    damaged page may raise instead of reporting: that is damage too."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return reason_of(exc)
        raise
    first = str(rows[0][0]) if rows else "ok"
    # Its report names pages and indexes, not rows; still, only the fact is passed on.
    return None if first == "ok" else "PRAGMA quick_check found damaged pages"
