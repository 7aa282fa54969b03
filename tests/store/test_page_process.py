"""A long pass's pages written by the cache's page process (store/page_process.py): the same
rows, index and resume point as a page written in the window's process, and a child that
cannot start or dies costs nothing but the speed."""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import select
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from frontdesk.store import page_process, patient_page
from frontdesk.store.cache import Cache
from frontdesk.store.db import DiskFull
from frontdesk.store.page_process import PageProcess
from tests.store.test_patient_page import found, fresh, page

CURSOR = ("Gent", "patients.pass", "300:7")


def rows(cache: Cache) -> list[tuple[object, ...]]:
    return [
        tuple(r)
        for r in cache.conn.execute(
            "SELECT account, id, first_name, last_name, last_fold, birth_date, phone, email,"
            " active, owner_name, vendor_ref, updated_at, pending, name_key, location_id"
            " FROM patients ORDER BY account, id"
        )
    ]


def written_here(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many patients each page written in this process had (the child has its own)."""
    sizes: list[int] = []
    write = patient_page.write

    def counted(conn: sqlite3.Connection, patients: object, *args: object) -> int:
        sizes.append(len(patients))  # type: ignore[arg-type]
        return write(conn, patients, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(patient_page, "write", counted)
    return sizes


def children() -> list[multiprocessing.process.BaseProcess]:
    return multiprocessing.active_children()


def test_a_bulk_page_is_written_by_the_child_exactly_as_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = fresh(tmp_path / "here")
    away = fresh(tmp_path / "away")
    sizes = written_here(monkeypatch)
    for cache, bulk in ((here, False), (away, True)):
        cache.upsert_patients(page(0, 100), bulk=bulk)
        changed = [replace(p, first_name=f"Renamed{p.id}") for p in page(50, 100)]
        assert cache.upsert_patients(changed, cursor=CURSOR, bulk=bulk) == 100
    try:
        assert sizes == [100, 100]  # only the window's own two pages were written here
        assert rows(away) == rows(here) and len(rows(away)) == 150
        assert away.cursor("Gent", "patients.pass") == "300:7"
        for query in ("mülaa", "Renamedp120", "+32 470 12 0001", "anna.3@example.be"):
            assert found(away, query) == found(here, query), query
            assert found(away, query)
    finally:
        here.close()
        away.close()
    assert children() == []  # closing the cache stopped its child


def test_an_edit_waiting_in_the_outbox_keeps_its_row_against_a_bulk_page(
    tmp_path: Path,
) -> None:
    cache = fresh(tmp_path)
    try:
        edited = replace(page(0, 1)[0], first_name="Edited")
        cache.upsert_patients([edited], pending=True)
        cache.upsert_patients(page(0, 100), bulk=True)
        assert cache.patient("Gent", "p0").first_name == "Edited"  # type: ignore[union-attr]
        assert cache.patient("Gent", "p1") is not None
    finally:
        cache.close()


def test_a_child_that_dies_leaves_the_pages_to_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    cache = fresh(tmp_path)
    try:
        cache.upsert_patients(page(0, 100), bulk=True)
        (child,) = children()
        assert child.pid is not None
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        sizes = written_here(monkeypatch)
        with caplog.at_level(logging.WARNING, logger="frontdesk.store"):
            assert cache.upsert_patients(page(100, 100), cursor=CURSOR, bulk=True) == 100
            assert cache.upsert_patients(page(200, 100), bulk=True) == 100
        assert sizes == [100, 100]  # both written here, no second child
        assert children() == []
        assert cache.patient_count() == 300
        assert cache.cursor("Gent", "patients.pass") == "300:7"
        (warning,) = caplog.records
        assert "page process" in warning.getMessage()
        assert "Mül" not in warning.getMessage() and "Anna" not in warning.getMessage()
    finally:
        cache.close()


def no_process(cache: Cache, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(self: PageProcess) -> object:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(PageProcess, "_started", refused)


def newer_schema(cache: Cache, monkeypatch: pytest.MonkeyPatch) -> None:
    # A newer frontdesk's schema: the child refuses to open the file, as any start would.
    cache.conn.execute("PRAGMA user_version = 999")


@pytest.mark.parametrize(
    "hindrance", [no_process, newer_schema], ids=["cannot start", "cannot open the cache"]
)
def test_a_child_that_cannot_write_leaves_the_pages_to_this_process(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    hindrance: Callable[[Cache, pytest.MonkeyPatch], None],
) -> None:
    cache = fresh(tmp_path)
    hindrance(cache, monkeypatch)
    try:
        sizes = written_here(monkeypatch)
        with caplog.at_level(logging.WARNING, logger="frontdesk.store"):
            assert cache.upsert_patients(page(0, 100), cursor=CURSOR, bulk=True) == 100
        assert sizes == [100]
        assert cache.cursor("Gent", "patients.pass") == "300:7"
        assert page_process.STOPPED in caplog.text
        assert children() == []
    finally:
        cache.close()


def test_the_childs_refusal_reaches_the_caller_as_the_same_error(tmp_path: Path) -> None:
    """An error of the write itself is the page's, not the child's: raised as it would be
    here, and the child stays for the next page."""
    cache = fresh(tmp_path)
    stranger = [replace(p, id=None) for p in page(0, 3)]  # type: ignore[arg-type]
    try:
        with pytest.raises(sqlite3.IntegrityError) as here:
            cache.upsert_patients(stranger)
        with pytest.raises(sqlite3.IntegrityError) as away:
            cache.upsert_patients(stranger, bulk=True)
        assert str(away.value) == str(here.value)
        (child,) = children()
        assert cache.upsert_patients(page(0, 100), bulk=True) == 100
        assert children() == [child]
    finally:
        cache.close()


def test_a_full_disk_in_the_child_comes_back_as_a_full_disk() -> None:
    """What the child raises is pickled back: DiskFull keeps its words."""
    again = pickle.loads(pickle.dumps(DiskFull()))
    assert isinstance(again, DiskFull) and str(again) == str(DiskFull())


def test_a_cache_in_memory_writes_its_bulk_pages_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    cache = Cache(":memory:")
    cache.save_account("Gent", "progenda", "http://gent", {"country": "BE"})
    sizes = written_here(monkeypatch)
    assert cache.upsert_patients(page(0, 100), bulk=True) == 100
    assert sizes == [100] and children() == []
    cache.close()


KILLED_MIDWAY = """
import sys
from tests.store.test_patient_page import fresh, page
from pathlib import Path
cache = fresh(Path(sys.argv[1]))
cache.upsert_patients(page(0, 100), bulk=True)
import multiprocessing
print(multiprocessing.active_children()[0].pid, flush=True)
n = 100
while True:
    cache.upsert_patients(page(n, 100), bulk=True)
    n += 100
"""


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="waits for the child with a pidfd")
def test_a_window_killed_mid_pass_leaves_no_page_process_behind(tmp_path: Path) -> None:
    desk = subprocess.Popen(
        [sys.executable, "-c", KILLED_MIDWAY, str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # the killed desk's resource tracker reports its semaphores
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert desk.stdout is not None
        child = int(desk.stdout.readline())
        desk.kill()
        desk.wait()
        assert exits_within(child, 30.0)
    finally:
        if desk.poll() is None:
            desk.kill()


def exits_within(pid: int, seconds: float) -> bool:
    """Whether process `pid` (not ours: its parent was killed) ends within `seconds`."""
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        # A pidfd reads ready once the process has exited (a zombie included).
        ready, _, _ = select.select([handle], [], [], seconds)
        return bool(ready)
    finally:
        os.close(handle)
