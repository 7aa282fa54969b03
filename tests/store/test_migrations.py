"""An older cache upgrades with its data kept; what migrations 2, 3 and 4 add works on upgraded
files."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from frontdesk.domain.clock import FixedClock
from frontdesk.store.cache import AccountSyncState, Cache
from frontdesk.store.db import CacheTooNew, _statements
from frontdesk.store.migrations import MIGRATIONS, SCHEMA_VERSION
from frontdesk.sync.outbox import Outbox

T0 = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


def version_1_cache(path: Path) -> None:
    """A cache file exactly as frontdesk with schema 1 left it, with data in every table."""
    raw = sqlite3.connect(path)
    for statement in _statements(MIGRATIONS[0]):
        raw.execute(statement)
    raw.execute("PRAGMA user_version = 1")
    raw.execute(
        "INSERT INTO accounts VALUES ('Clinic', 'progenda', 'https://progenda.be/api/v2', '{}', 1)"
    )
    raw.execute("INSERT INTO locations VALUES ('Clinic', '1', 'Louise', 'Europe/Brussels')")
    raw.execute("INSERT INTO providers VALUES ('Clinic', '7', 'Dr Peeters', '1', NULL, 0)")
    raw.execute(
        "INSERT INTO patients (rowid, account, id, first_name, last_name, last_fold, phone)"
        " VALUES (1, 'Clinic', '42', 'Zoë', 'Müller', 'muller', '+32 2 555 01 23')"
    )
    raw.execute(
        "INSERT INTO patient_search (rowid, last_name, first_name, owner, email, phone, birth)"
        " VALUES (1, 'Müller', 'Zoë', '', '', '025550123 5550123', '')"
    )
    start = int(T0.timestamp())
    raw.execute(
        "INSERT INTO appointments (account, id, provider_id, start_utc, end_utc, status,"
        " patient_id) VALUES ('Clinic', '900', '7', ?, ?, 'booked', '42')",
        (start, start + 1200),
    )
    raw.execute("INSERT INTO cursors VALUES ('Clinic', 'patients', '2026-11-18T08:00:00+00:00')")
    raw.execute(
        "INSERT INTO outbox (account, kind, client_key, payload, created_at)"
        " VALUES ('Clinic', 'cancel', 'fd-old', ?, ?)",
        (json.dumps({"appointment_id": "900"}), start),
    )
    raw.commit()
    raw.close()


def test_a_version_1_cache_upgrades_and_keeps_every_record(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    version_1_cache(path)
    cache = Cache(path)
    assert cache.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 14
    assert [a.name for a in cache.accounts()] == ["Clinic"]
    assert [p.name for p in cache.providers()] == ["Dr Peeters"]
    hits = cache.search_patients("muller")
    assert [h.patient.id for h in hits] == ["42"]
    assert cache.search_patients("555-0123")[0].patient.last_name == "Müller"
    appointment = cache.appointment("Clinic", "900")
    assert appointment is not None and appointment.start == T0 and not appointment.pending
    # Migration 4 drops a Progenda account's patient cursor: read again for the centers.
    assert cache.cursor("Clinic", "patients") is None
    assert cache.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_what_version_2_adds_works_on_an_upgraded_file(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    version_1_cache(path)
    cache = Cache(path)
    # The old outbox entry reads with the new columns' defaults.
    entries = Outbox(cache, {}, FixedClock(T0)).entries()
    assert [(e.kind, e.state, e.in_flight, e.alternatives) for e in entries] == [
        ("cancel", "queued", False, ())
    ]
    cache.record_task("Clinic", "reference", T0, ok=True, cost=3)
    assert cache.task_records("Clinic")["reference"].cost == 3
    cache.save_account_state("Clinic", AccountSyncState(T0, 2, T0, "offline"))
    assert cache.account_state("Clinic") == AccountSyncState(T0, 2, T0, "offline")
    cache.remove_account("Clinic")
    assert cache.task_records("Clinic") == {} and cache.account_state("Clinic").failures == 0


def version_2_cache(path: Path) -> None:
    """A schema-2 cache: a Los Angeles clinic whose patients were indexed by digit suffixes
    only (what frontdesk wrote before issue 11)."""
    raw = sqlite3.connect(path)
    for script in MIGRATIONS[:2]:
        for statement in _statements(script):
            raw.execute(statement)
    raw.execute("PRAGMA user_version = 2")
    raw.execute("INSERT INTO accounts VALUES ('LA', 'patientnow', 'https://pn.example', '{}', 1)")
    raw.execute("INSERT INTO locations VALUES ('LA', '1', 'Hollywood', 'America/Los_Angeles')")
    people = [
        (1, "1", "Dolores", "Alvarez", "1935-07-18", "(323) 555-1399"),
        (2, "2", "Dolores", "Aaron-Alvarez", "1960-01-01", "(323) 555-1300"),
    ]
    for rowid, pid, first, last, born, phone in people:
        raw.execute(
            "INSERT INTO patients (rowid, account, id, first_name, last_name, last_fold,"
            " birth_date, phone) VALUES (?, 'LA', ?, ?, ?, ?, ?, ?)",
            (rowid, pid, first, last, last.lower(), born, phone),
        )
        number = "".join(c for c in phone if c.isdigit())
        suffixes = " ".join(number[i:] for i in range(len(number) - 3))
        raw.execute(
            "INSERT INTO patient_search (rowid, last_name, first_name, owner, email, phone, birth)"
            " VALUES (?, ?, ?, '', '', ?, ?)",
            (rowid, last, first, suffixes, born.replace("-", "")),
        )
    raw.commit()
    raw.close()


def test_a_version_2_cache_is_reindexed_for_callers_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    version_2_cache(path)
    cache = Cache(path)
    assert cache.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 14
    # Not at opening (on the way to the window's first frame): at the first search.
    assert cache.conn.execute("SELECT count(*) FROM patient_index").fetchone()[0] == 0
    # The caller ID and a US date find the patient stored before the upgrade...
    assert [h.patient.id for h in cache.search_patients("+1 323 555 1399")] == ["1"]
    assert [h.patient.id for h in cache.search_patients("07/18/1935")] == ["1"]
    # ...and the full name typed whole ranks first (Aaron-Alvarez sorts before Alvarez).
    assert [h.patient.id for h in cache.search_patients("dolores alvarez")] == ["1", "2"]
    assert cache.search_patients("555-1300")[0].patient.last_name == "Aaron-Alvarez"
    built = cache.conn.execute("SELECT account, regions FROM patient_index").fetchall()
    assert [tuple(r) for r in built] == [("LA", "US")]
    assert cache.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    cache.close()
    # Opening it again rebuilds nothing: the index says what it was built for.
    again = Cache(path)
    assert again.conn.total_changes == 0
    assert [h.patient.id for h in again.search_patients("13235551399")] == ["1"]


def test_a_migration_that_fails_leaves_the_file_at_its_old_version(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    version_1_cache(path)
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE sync_tasks (x)")  # makes migration 2 fail half-way
    raw.commit()
    raw.close()
    with pytest.raises(sqlite3.OperationalError):
        Cache(path)
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
    columns = [r[1] for r in raw.execute("PRAGMA table_info(outbox)")]
    assert "claimed_by" not in columns  # rolled back as a whole
    raw.close()


def test_a_cache_newer_than_this_frontdesk_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    Cache(path).close()
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    raw.commit()
    raw.close()
    with pytest.raises(CacheTooNew) as refused:
        Cache(path)
    assert f"schema {SCHEMA_VERSION + 5}" in str(refused.value)
    assert "update frontdesk" in str(refused.value)
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 5
    raw.close()


def test_a_version_3_cache_reads_its_progenda_patients_again_for_their_centers(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cache.sqlite3"
    raw = sqlite3.connect(path)
    for script in MIGRATIONS[:3]:
        for statement in _statements(script):
            raw.execute(statement)
    raw.execute("PRAGMA user_version = 3")
    raw.execute("INSERT INTO accounts VALUES ('BE', 'progenda', 'https://p.example', '{}', 1)")
    raw.execute("INSERT INTO accounts VALUES ('LA', 'patientnow', 'https://pn.example', '{}', 2)")
    for account in ("BE", "LA"):
        for resource in ("patients", "patients.pass", "appointments"):
            raw.execute("INSERT INTO cursors VALUES (?, ?, 'x')", (account, resource))
    raw.execute(
        "INSERT INTO patients (account, id, first_name, last_name, last_fold)"
        " VALUES ('BE', '3', 'Joris', 'Van Hecke', 'van hecke')"
    )
    raw.commit()
    raw.close()
    cache = Cache(path)
    left = cache.conn.execute("SELECT account, resource FROM cursors ORDER BY 1, 2").fetchall()
    assert [tuple(r) for r in left] == [
        ("BE", "appointments"),
        ("LA", "appointments"),
        ("LA", "patients"),
        ("LA", "patients.pass"),
    ]
    stored = cache.patient("BE", "3")
    assert stored is not None and stored.location_id is None  # until the next read


def test_opening_a_cache_leaves_the_search_index_to_the_first_search(tmp_path: Path) -> None:
    """Opening is on the way to the window's first frame; reading tzdata's zone table for the
    accounts' countries (importlib.resources, 3-4 ms) waits for the first search."""
    path = tmp_path / "cache.sqlite3"
    made = Cache(path)
    with made.transaction() as conn:
        conn.execute(
            "INSERT INTO accounts VALUES ('LA', 'patientnow', 'https://pn.example', '{}', 1)"
        )
        conn.execute("INSERT INTO locations VALUES ('LA', '1', 'Hollywood', 'America/Los_Angeles')")
    made.close()
    code = (
        "import sys; from frontdesk.store.cache import Cache; "
        f"cache = Cache({str(path)!r}); before = 'importlib.resources' in sys.modules; "
        "cache.search_patients('alvarez'); print(before, 'importlib.resources' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["False", "True"]
