"""A damaged cache is moved aside (never deleted) to a time-stamped name beside it, a fresh one
is started, and the waiting writes and the accounts' settings are read back from it when they
can be."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from frontdesk.store.cache import Cache
from frontdesk.store.outbox_table import OutboxTable
from frontdesk.store.recovery import check_cache, is_damage, open_cache

NOW = datetime(2026, 11, 18, 10, 30, tzinfo=UTC)
MOVED = "cache.sqlite3.damaged-20261118-103000"


def filled(path: Path, writes: int = 3, patients: int = 0) -> None:
    """A cache with two accounts, `writes` waiting writes and some patients; checkpointed, so
    everything is in the main file."""
    cache = Cache(path)
    cache.save_account("Gent", "progenda", "https://gent.example", {"sync_days_ahead": "30"})
    cache.save_account("Vet", "syncvet", "https://vet.example", {})
    table = OutboxTable(cache)
    with cache.transaction():
        for n in range(writes):
            table.insert(
                "Gent", "book", f"key-{n}", {"n": n, "pad": "p" * 300}, 1_700_000_000, None
            )
    if patients:
        from frontdesk.domain.models import Patient

        cache.upsert_patients(Patient("Gent", str(n), "Jo", f"Doe{n}") for n in range(patients))
    cache.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    cache.close()


def spoil(path: Path, table: str, *, which: str = "root") -> int:
    """Overwrite one page of `table` with garbage (its root, or its last leaf page)."""
    with sqlite3.connect(path) as conn:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        if which == "root":
            page = conn.execute(
                "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
            ).fetchone()[0]
        else:
            page = conn.execute(
                "SELECT max(pageno) FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (table,)
            ).fetchone()[0]
    with path.open("r+b") as f:
        f.seek((page - 1) * size)
        f.write(b"\xa5" * size)
    return int(page)


def test_a_file_that_is_not_a_database_is_moved_aside_and_a_fresh_cache_starts(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cache.sqlite3"
    garbage = b"this is not SQLite at all " * 400
    path.write_bytes(garbage)

    cache, recovery = open_cache(path, NOW)

    assert recovery is not None
    assert recovery.moved_to == tmp_path / MOVED
    assert recovery.moved_to.read_bytes() == garbage  # kept as it was, never deleted
    assert "file is not a database" in recovery.reason
    assert cache.accounts() == []  # a fresh, working cache at the same place
    cache.save_account("Gent", "progenda", "https://gent.example", {})
    message = recovery.message()
    assert str(recovery.moved_to) in message
    assert "waiting writes could not be read back" in message


def test_a_damaged_table_is_found_by_the_quick_check_and_the_writes_are_queued_again(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cache.sqlite3"
    filled(path, writes=3, patients=400)
    spoil(path, "patients", which="leaf")  # the patients are only a copy of the vendor's
    cache = Cache(path)  # opens: the damage is not on the schema's page
    before = path.read_bytes()

    recovery = check_cache(cache, NOW)

    assert recovery is not None
    assert recovery.moved_to.read_bytes() == before
    assert (recovery.outbox.copied, recovery.outbox.lost) == (3, 0)
    assert (recovery.accounts.copied, recovery.accounts.lost) == (2, 0)
    # The same Cache object goes on, on the fresh file.
    assert [a.name for a in cache.accounts()] == ["Gent", "Vet"]
    assert cache.account("Gent").options == {"sync_days_ahead": "30"}  # type: ignore[union-attr]
    rows = OutboxTable(cache).rows()
    assert [json.loads(r["payload"])["n"] for r in rows] == [0, 1, 2]
    assert {r["state"] for r in rows} == {"queued"}
    assert cache.patient_count() == 0  # fetched again from the vendor
    assert "3 waiting writes were read back and queued again" in recovery.message()
    assert check_cache(cache, NOW) is None  # the fresh one is sound


def test_unreadable_waiting_writes_are_skipped_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    filled(path, writes=60)  # several pages of waiting writes
    spoil(path, "outbox", which="leaf")  # the newest ones are on the spoiled page
    cache = Cache(path)

    recovery = check_cache(cache, NOW)

    assert recovery is not None
    assert 0 < recovery.outbox.copied < 60
    assert recovery.outbox.lost >= 1
    kept = [json.loads(r["payload"])["n"] for r in OutboxTable(cache).rows()]
    assert kept == list(range(len(kept)))  # the readable ones, in order
    assert f"{recovery.outbox.copied} waiting writes were read back" in recovery.message()
    assert "could not be read and" in recovery.message()


def test_a_damaged_schema_fails_the_opening_and_is_moved_aside_with_its_wal(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cache.sqlite3"
    filled(path)
    Path(f"{path}-wal").write_bytes(b"left by a crash")
    with path.open("r+b") as f:  # the schema's page, past the 100-byte file header
        f.seek(100)
        f.write(b"\xa5" * 3000)

    cache, recovery = open_cache(path, NOW)

    assert recovery is not None and "malformed" in recovery.reason
    # Moved with it (a WAL left behind would be replayed into the fresh cache). SQLite itself
    # reset this one while trying to open the file: its header was not a WAL's.
    assert Path(f"{recovery.moved_to}-wal").exists()
    assert not recovery.outbox.readable
    assert cache.accounts() == []


def test_a_second_damage_the_same_second_gets_its_own_name(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    path.write_bytes(b"x" * 5000)
    first = open_cache(path, NOW)
    first[0].close()
    path.write_bytes(b"y" * 5000)

    _, second = open_cache(path, NOW)

    assert first[1] is not None and second is not None
    assert second.moved_to != first[1].moved_to
    assert first[1].moved_to.read_bytes() == b"x" * 5000


@pytest.mark.parametrize(
    ("message", "damage"),
    [
        ("file is not a database", True),
        ("database disk image is malformed", True),
        ("database is locked", False),
        ("database or disk is full", False),
    ],
)
def test_only_damage_counts_as_damage(message: str, damage: bool) -> None:
    assert is_damage(sqlite3.DatabaseError(message)) is damage
