"""The cache file: private, migrated, refusing a newer schema; records round-trip."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from frontdesk.domain.models import (
    Appointment,
    AppointmentStatus,
    Location,
    Patient,
    Provider,
    Service,
)
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


def test_reference_data_is_replaced_per_account(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c.sqlite3")
    cache.save_account("A", "progenda", "http://a", {})
    cache.replace_reference(
        "A",
        [Location("A", "1", "Main", "Europe/Brussels")],
        [Provider("A", "p1", "Dr One", "1"), Provider("A", "p2", "Dr Two", "1")],
        [Service("A", "s", "Consult", 20, "#ff0000", ("p1",))],
    )
    cache.replace_reference(
        "A",
        [Location("A", "1", "Main", "Europe/Brussels")],
        [Provider("A", "p2", "Dr Two", "1")],
        [],
    )
    assert [p.name for p in cache.providers()] == ["Dr Two"]
    assert cache.services() == []


def test_a_full_window_read_drops_what_the_vendor_no_longer_lists(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c.sqlite3")
    cache.save_account("A", "progenda", "http://a", {})
    a1 = Appointment("A", "1", "p1", T0, T0 + timedelta(minutes=20))
    a2 = Appointment("A", "2", "p1", T0 + timedelta(hours=1), T0 + timedelta(hours=1, minutes=20))
    cache.upsert_appointments([a1, a2])
    cache.replace_appointments("A", T0 - timedelta(hours=1), T0 + timedelta(hours=3), [a2])
    assert [
        a.id for a in cache.appointments_between(T0 - timedelta(hours=1), T0 + timedelta(hours=3))
    ] == ["2"]


def test_appointments_round_trip_with_status_and_times(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c.sqlite3")
    original = Appointment(
        "A",
        "9",
        "p1",
        T0,
        T0 + timedelta(minutes=30),
        AppointmentStatus.ARRIVED,
        patient_id="p",
        service_id="s",
        arrived_at=T0,
        vendor_ref="r9",
    )
    cache.upsert_appointments([original])
    assert cache.appointment("A", "9") == original


def test_a_patients_location_is_kept_through_a_copy_read_without_it(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c.sqlite3")
    listed = Patient("A", "7", "Zoë", "Müller", location_id="2")
    cache.upsert_patients([listed])
    assert cache.patient("A", "7") == listed
    # An edit's optimistic copy names no location: the one the vendor listed stays.
    edited = Patient("A", "7", "Zoé", "Müller")
    cache.upsert_patients([edited], pending=True)
    stored = cache.patient("A", "7")
    assert stored is not None and (stored.first_name, stored.location_id) == ("Zoé", "2")


def test_patients_round_trip(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c.sqlite3")
    patient = Patient(
        "A",
        "7",
        "Zoë",
        "Müller",
        date(1990, 5, 16),
        "+32 2 555 01 23",
        "zoe@x.be",
        vendor_ref="fd-p-7",
    )
    cache.upsert_patients([patient, patient])
    assert cache.patient("A", "7") == patient
    assert cache.patient_count() == 1
