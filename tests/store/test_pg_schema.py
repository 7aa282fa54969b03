"""The PostgreSQL store's schema: migrated once, by version, and never damaged by an old copy."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import psycopg
import pytest

from frontdesk.domain.models import Location, Patient
from frontdesk.store.pg.migrations import SCHEMA_VERSION
from frontdesk.store.pg.schema import StoreTooNew
from frontdesk.store.pg.store import PgStore
from tests.support.pg_server import RunningServer


@pytest.fixture
def conninfo(pg_server: RunningServer) -> Iterator[str]:
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA schema_test")
    yield f"{pg_server.dsn} options='-c search_path=schema_test'"
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
        conn.execute("DROP SCHEMA schema_test CASCADE")


def test_a_second_opening_keeps_the_data_and_the_version(conninfo: str) -> None:
    first = PgStore(conninfo)
    first.save_account("A", "progenda", "http://a", {})
    first.upsert_patients([Patient("A", "1", "Jan", "Peeters")])
    first.close()
    again = PgStore(conninfo)
    assert [h.patient.id for h in again.search_patients("peet")] == ["1"]
    again.close()
    with psycopg.connect(conninfo) as conn:
        assert conn.execute("SELECT version FROM frontdesk_schema").fetchall() == [
            (SCHEMA_VERSION,)
        ]


def test_a_database_from_a_newer_frontdesk_is_refused_with_a_clear_message(
    conninfo: str,
) -> None:
    PgStore(conninfo).close()
    with psycopg.connect(conninfo) as conn:
        conn.execute("UPDATE frontdesk_schema SET version = %s", (SCHEMA_VERSION + 1,))
    with pytest.raises(StoreTooNew, match="newer frontdesk"):
        PgStore(conninfo)


def test_a_search_reads_countries_another_desk_changed(conninfo: str) -> None:
    """Two desks on one database: a US location added at one makes the other read a typed
    date month first too, at its next search (the reference version travels with the hits)."""
    here, there = PgStore(conninfo), PgStore(conninfo)
    here.save_account("Clinic", "vish", "http://v", {})
    here.replace_reference("Clinic", [Location("Clinic", "1", "Gent", "Europe/Brussels")], [], [])
    here.upsert_patients([Patient("Clinic", "1", "Mia", "Nguyen", date(1977, 4, 2))])
    assert here.search_patients("04/02/1977") == []  # 4 February, in Belgium
    there.replace_reference(
        "Clinic",
        [
            Location("Clinic", "1", "Gent", "Europe/Brussels"),
            Location("Clinic", "2", "LA", "America/Los_Angeles"),
        ],
        [],
        [],
    )
    assert [h.patient.id for h in here.search_patients("04/02/1977")] == ["1"]  # or 2 April
    here.close()
    there.close()


def test_a_database_of_schema_1_gains_the_change_sequence_and_the_claims(conninfo: str) -> None:
    """Migration 2 on a database a first clinic version set up: its rows stay, and from then
    on they are told and guarded."""
    from frontdesk.store.pg.migrations import MIGRATIONS

    with psycopg.connect(conninfo) as conn:
        conn.execute(MIGRATIONS[0].encode())
        conn.execute("CREATE TABLE frontdesk_schema (version integer NOT NULL)")
        conn.execute("INSERT INTO frontdesk_schema VALUES (1)")
        conn.execute(
            "INSERT INTO appointments (account, id, provider_id, start_utc, end_utc, status)"
            " VALUES ('A', 'v1', 'p1', '2026-03-02 09:00Z', '2026-03-02 10:00Z', 'booked')"
        )
    store = PgStore(conninfo)
    nine = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert [a.id for a in store.appointments_between(nine, nine + timedelta(hours=1))] == ["v1"]
    assert store.latest_change() == 0
    store.hold_slot("A", "p1", nine + timedelta(hours=1), nine + timedelta(hours=2), "Desk 1")
    assert [r.kind for r in store.changes_since(0).rows] == ["hold"]
    store.close()
