"""A full disk: SQLite's SQLITE_FULL, made here with a tiny `PRAGMA max_page_count`. The
transaction is rolled back whole and the user reads "the disk is full", never a traceback."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from frontdesk.domain.clock import FixedClock
from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.models import Patient, PatientDraft
from frontdesk.store import db
from frontdesk.store.cache import Cache
from frontdesk.store.db import DISK_FULL, DiskFull
from frontdesk.sync.facade.desk import CreatePatient, Workspace
from frontdesk.sync.worker import CacheWorker

NOW = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
BIG = "x" * 20_000  # needs overflow pages: more than a nearly full page can take


def full(conn: sqlite3.Connection) -> None:
    """The file may not grow by a single page any more."""
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def patient(number: int, name: str = "Doe") -> Patient:
    return Patient("A", str(number), "Jo", name)


def test_a_full_disk_rolls_the_whole_transaction_back_and_says_so(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache.sqlite3")
    cache.save_account("A", "progenda", "https://example.com", {})
    full(cache.conn)

    with pytest.raises(DiskFull) as caught:
        # The first rows fit in the free space of the last page; the big one does not.
        cache.upsert_patients([patient(1), patient(2), patient(3, BIG)], cursor=("A", "p", "c1"))

    assert str(caught.value) == DISK_FULL == "the disk is full: nothing was saved; free some space"
    assert isinstance(caught.value, FrontdeskError)
    assert cache.patient_count() == 0  # not one of the three
    assert cache.cursor("A", "p") is None
    assert not cache.conn.in_transaction
    cache.upsert_patients([patient(4)])  # and the cache works on with what fits
    assert cache.patient_count() == 1


def test_a_full_disk_at_start_is_said_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cache.sqlite3"
    with sqlite3.connect(path) as conn:  # an old cache that the migrations must grow
        conn.execute("CREATE TABLE unrelated (x)")
    real = sqlite3.connect

    def tiny(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real(*args, **kwargs)  # type: ignore[arg-type]
        full(conn)
        return conn

    with monkeypatch.context() as patched, pytest.raises(DiskFull):
        patched.setattr(db.sqlite3, "connect", tiny)
        Cache(path)
    with sqlite3.connect(path) as conn:  # no migration half-applied
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert tables == {"unrelated"}
    assert Cache(path).accounts() == []  # with room again, it opens


def test_a_write_from_the_window_on_a_full_disk_fails_whole_with_the_message(
    tmp_path: Path,
) -> None:
    """The window's path: `Workspace.execute` (stored before sent) raises DiskFull, which
    `ui/tasks.run` hands to `on_failure` as it is, a FrontdeskError with its message."""
    worker = CacheWorker()
    cache = worker.call(Cache, tmp_path / "cache.sqlite3")
    worker.call(cache.save_account, "A", "progenda", "https://example.com", {})
    worker.call(lambda: full(cache.conn))  # the worker's own connection
    workspace = Workspace(cache, FixedClock(NOW), [], None, worker=worker)
    command = CreatePatient("A", PatientDraft("Ada", BIG))

    async def attempt() -> None:
        try:
            with pytest.raises(DiskFull, match="the disk is full: nothing was saved"):
                await workspace.execute(command, send=False)
            assert await workspace.outbox_entries() == []
            assert await workspace.patient_count() == 0  # no pending patient left behind
        finally:
            await workspace.aclose()

    asyncio.run(attempt())
