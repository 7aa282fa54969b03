"""The demo clinic's cache, prepared once a day and reopened on every later start.

The simulators make the same clinic from (seed, today), so the cache filled by the day's first
sync is kept as a snapshot, keyed by what it was made from: this format, frontdesk's version,
the cache's schema, the simulators' files, the vendors chosen and the date (UTC). Each later
start copies the snapshot to the working demo cache and paints the day from it at once; the
simulators are made and synced after the first paint (sync/opening.py, `open_demo_start`).
Every session starts afresh in both the cache and the simulators: what was booked in a
previous demo session is gone from both (a cache with a write of its session is never kept).

Light on purpose (no httpx, no simulators): the window's first stage imports it."""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import sqlite3
import zlib
from datetime import UTC
from pathlib import Path

from frontdesk import __version__
from frontdesk.domain.clock import Clock
from frontdesk.store import paths
from frontdesk.store.migrations import SCHEMA_VERSION

# Bump when what a snapshot holds changes in a way its key would not show.
DEMO_FORMAT = 1
SIDE_FILES = ("-wal", "-shm", "-journal")
log = logging.getLogger("frontdesk")


def _simulator_files() -> list[str]:
    """Name, size and time of each simulator module (found without importing them), so that
    a changed simulator makes a new snapshot."""
    spec = importlib.util.find_spec("frontdesk.sandbox")
    folders = spec.submodule_search_locations if spec is not None else None
    out = []
    for folder in folders or []:
        for file in sorted(Path(folder).glob("*.py")):
            stat = file.stat()
            out.append(f"{file.name}:{stat.st_size}:{stat.st_mtime_ns}")
    return out


def demo_key(clock: Clock, only: set[str] | None = None) -> str:
    day = clock.now().astimezone(UTC).date()
    vendors = ",".join(sorted(only)) if only is not None else "*"
    # The schema too: a snapshot of an older one would be migrated again at every start.
    made_of = "|".join(
        [str(DEMO_FORMAT), __version__, str(SCHEMA_VERSION), vendors, *_simulator_files()]
    )
    # crc32, not hashlib: hashlib loads OpenSSL (2 ms idle, up to 35 ms on the loaded test
    # machine) before the first frame; the key only has to change when its parts do.
    return f"{day.isoformat()}-{zlib.crc32(made_of.encode()):08x}"


def snapshot_path(key: str) -> Path:
    return paths.demo_dir() / f"demo-{key}.sqlite3"


def working_path() -> Path:
    return paths.demo_cache_path()


def remove(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _copy_private(source: Path, target: Path) -> None:
    remove(target)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with source.open("rb") as src, os.fdopen(fd, "wb") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)


def reopen(clock: Clock, only: set[str] | None = None) -> Path | None:
    """The working demo cache, a fresh copy of today's snapshot; None when there is none yet
    (older snapshots are left for `keep` to clear)."""
    try:
        snapshot = snapshot_path(demo_key(clock, only))
        if not snapshot.is_file():
            return None
        target = working_path()
        _copy_private(snapshot, target)
    except OSError as exc:  # a cache folder that cannot be read or a full disk: start afresh
        log.info("the demo's cache of the day cannot be reopened: %s", type(exc).__name__)
        return None
    return target


def discard(clock: Clock, only: set[str] | None = None) -> None:
    """Today's snapshot turned out unreadable: thrown away (silently: it is made again)."""
    log.info("the demo's prepared cache is unreadable; it is made again")
    try:
        remove(snapshot_path(demo_key(clock, only)))
    except OSError as exc:  # then `keep` replaces it, or the next start finds it unreadable
        log.info("the demo's cache of the day cannot be removed: %s", type(exc).__name__)
    remove(working_path())


def keep(conn: sqlite3.Connection, clock: Clock, only: set[str] | None = None) -> Path:
    """Writes the synced demo cache behind `conn` as today's snapshot (whole or not at all:
    written aside, then renamed) and removes the snapshots of other days or versions. Run it
    on the thread that owns `conn`."""
    snapshot = snapshot_path(demo_key(clock, only))
    aside = snapshot.with_name(snapshot.name + ".new")
    remove(aside)
    fd = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    target = sqlite3.connect(str(aside))
    try:
        conn.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")  # one file, whatever the source used
    finally:
        target.close()
    os.replace(aside, snapshot)
    for old in snapshot.parent.glob("demo-*.sqlite3*"):
        if old.name != snapshot.name:
            old.unlink(missing_ok=True)
    return snapshot
