"""The cache file: private, migrated, refusing a newer schema. What it keeps, on both stores:
tests/store/contract/."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from frontdesk.store import paths
from frontdesk.store.cache import Cache
from frontdesk.store.db import CacheTooNew
from frontdesk.store.migrations import SCHEMA_VERSION

T0 = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


def test_the_cache_lives_in_frontdesk_home(private_home: Path) -> None:
    assert paths.cache_path() == private_home / "cache.sqlite3"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_cache_file_is_private_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    cache = Cache(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert cache.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert cache.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_cache_from_a_newer_frontdesk_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    Cache(path).close()
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(CacheTooNew, match="newer frontdesk"):
        Cache(path)
