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

from frontdesk.domain.texts import Text
from frontdesk.store import db
from frontdesk.store.cache import Cache
from frontdesk.store.damage import is_damage as is_damage
from frontdesk.store.damage import open_cache as open_cache
from frontdesk.store.damage import reason_of as reason_of

log = logging.getLogger("frontdesk.store")

# The tables worth rescuing, in the order they are copied (settings before the writes).
RESCUED = ("accounts", "outbox")
SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Rescued:
    """What one table gave back: rows copied into the fresh cache, and rows that could not be
    (at least that many: a damaged page may have held several)."""

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
        """For the receptionist or clinic IT: what happened, where the file is, what was kept
        (a `Text`: English here, translated by the window)."""
        return Text(
            "{damaged} {writes} {settings}",
            damaged=Text(
                "The local cache was damaged ({reason}). It was moved aside to {path} and a fresh "
                "one was started; the book and the patients are fetched again from the vendors.",
                reason=self.reason,
                path=self.moved_to,
            ),
            writes=_writes(self.outbox),
            settings=_settings(self.accounts),
        )


# One function a kind, each sentence whole: a translation needs the sentence, not its pieces.
def _writes(rescued: Rescued) -> Text:
    if not rescued.readable:
        return Text("The waiting writes could not be read back from the damaged file.")
    if rescued.copied == 0 and rescued.lost == 0:
        return Text("It held no waiting writes.")
    if rescued.copied == 0:
        return Text("The waiting writes could not be read back (at least %n lost).", rescued.lost)
    if rescued.copied == 1:
        read = Text("1 waiting write was read back and queued again")
    else:
        read = Text("%n waiting writes were read back and queued again", rescued.copied)
    return _with_lost(read, rescued.lost)


def _settings(rescued: Rescued) -> Text:
    if not rescued.readable:
        return Text("The account settings could not be read back from the damaged file.")
    if rescued.copied == 0 and rescued.lost == 0:
        return Text("It held no account settings.")
    if rescued.copied == 0:
        return Text("The account settings could not be read back (at least %n lost).", rescued.lost)
    if rescued.copied == 1:
        read = Text("1 account setting was read back and kept")
    else:
        read = Text("%n account settings were read back and kept", rescued.copied)
    return _with_lost(read, rescued.lost)


def _with_lost(read: Text, lost: int) -> Text:
    if not lost:
        return Text("{read}.", read=read)
    if lost == 1:
        return Text("{read}; at least 1 could not be read and is lost.", read=read)
    return Text("{read}; at least %n could not be read and are lost.", lost, read=read)


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


LOWEST, HIGHEST = -(2**63), 2**63 - 1


def _next_row(
    damaged: sqlite3.Connection, table: str, columns: str, after: int
) -> tuple[object, ...] | None:
    """The first row with a rowid above `after`: a seek reads one path down the table's
    b-tree, so it fails only when that path crosses a damaged page."""
    row = damaged.execute(
        f"SELECT rowid, {columns} FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT 1", (after,)
    ).fetchone()
    return None if row is None else tuple(row)


def _past_damage(
    damaged: sqlite3.Connection, table: str, columns: str, failed: int
) -> tuple[object, ...] | None:
    """The first readable row after a damaged stretch that begins above `failed`: seeks
    further and further ahead until one succeeds, then back to the nearest that does."""
    bad, step = failed, 1
    while True:
        probe = min(failed + step, HIGHEST)
        try:
            found = _next_row(damaged, table, columns, probe)
        except sqlite3.DatabaseError:
            bad = probe
            if probe == HIGHEST:
                return None
            step *= 2
            continue
        break
    good = probe  # seeking from `good` works, from `bad` it does not: narrow the gap
    while good - bad > 1:
        middle = (good + bad) // 2
        try:
            candidate = _next_row(damaged, table, columns, middle)
        except sqlite3.DatabaseError:
            bad = middle
        else:
            good, found = middle, candidate
    return found


def _read_rows(
    damaged: sqlite3.Connection, table: str, wanted: list[str]
) -> tuple[list[tuple[object, ...]], int]:
    """Every row that can be read, in rowid order, and how many damaged stretches were
    skipped (each lost at least one row): a bad page loses its rows, not the table's."""
    columns = ", ".join(wanted)
    rows: list[tuple[object, ...]] = []
    skipped = 0
    after = LOWEST
    while True:
        try:
            found = _next_row(damaged, table, columns, after)
        except sqlite3.DatabaseError:
            skipped += 1
            found = _past_damage(damaged, table, columns, after)
        if found is None:
            return rows, skipped
        rowid = found[0]
        assert isinstance(rowid, int)
        rows.append(found[1:])
        after = rowid


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


def check_cache(cache: Cache, now: datetime) -> Recovery | None:
    """`PRAGMA quick_check` on an open cache (on the thread that owns its connection: the cache
    worker). Damage found: the connection is closed, the file moved aside, and `cache` goes on
    with a fresh file at the same path (it reconnects on its next use)."""
    if str(cache.path) == ":memory:":
        return None
    problem = quick_check(cache.conn)
    if problem is None:
        return None
    cache.close()
    return recover(Path(cache.path), problem, now)
