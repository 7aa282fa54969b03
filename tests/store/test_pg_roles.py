"""The desk's least-privilege role on the clinic database: it reads the book and inserts
commands and refresh requests; it cannot write to what the agent syncs."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, datetime

import psycopg
import pytest

from frontdesk.domain.alerts import PatientAlert
from frontdesk.domain.blockouts import Blockout
from frontdesk.domain.clock import FixedClock
from frontdesk.domain.confirmations import CallOutcome, ConfirmationCall
from frontdesk.domain.models import Appointment, BookingRequest
from frontdesk.domain.pins import Pin
from frontdesk.domain.series import Member, StoredSeries
from frontdesk.domain.waitlist import WaitlistEntry
from frontdesk.store.pg.roles import DESK, ensure_roles
from frontdesk.store.pg.store import PgStore
from frontdesk.sync.commands import Book
from frontdesk.sync.outbox import Outbox
from tests.support.pg_server import RunningServer

_databases = itertools.count(1)


@pytest.fixture
def database(pg_server: RunningServer) -> Iterator[str]:
    """A fresh database, migrated by a store, with the roles granted and a desk's login."""
    name = f"roles_{next(_databases)}"
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}".encode())
    owner = f"host=127.0.0.1 port={pg_server.port} user=postgres dbname={name}"
    store = PgStore(owner, pool_size=1)
    start = datetime(2026, 12, 1, 9, tzinfo=UTC)
    store.upsert_appointments(
        [Appointment("A", "a1", "p1", start, start.replace(hour=10), patient_id="x")]
    )
    store.close()
    with psycopg.connect(owner, autocommit=True) as conn:
        ensure_roles(conn)
        ensure_roles(conn)  # idempotent: an upgrade runs it again
        conn.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'desk_1')"
            f" THEN CREATE ROLE desk_1 LOGIN IN ROLE {DESK}; END IF; END $$".encode()
        )
    yield f"host=127.0.0.1 port={pg_server.port} user=desk_1 dbname={name}"
    with psycopg.connect(pg_server.dsn, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)".encode())


def test_a_desk_reads_the_book_and_inserts_commands_but_cannot_update_it(database: str) -> None:
    with psycopg.connect(database, autocommit=True) as desk:
        assert desk.execute("SELECT id FROM appointments").fetchall() == [("a1",)]
        desk.execute(
            "INSERT INTO outbox (account, kind, client_key, payload, created_at, db_user)"
            " VALUES ('A', 'book', 'fd-1', '{}', 0, 'someone_else')"
        )
        desk.execute("INSERT INTO refresh_requests (account) VALUES ('A')")
        # The audit row names the login, whatever the command row claims, and stays after the
        # agent deletes the sent entry.
        (audit,) = desk.execute("SELECT db_user FROM outbox_audit").fetchall()
        assert audit == ("desk_1",)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            desk.execute("UPDATE appointments SET status = 'cancelled' WHERE id = 'a1'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            desk.execute("DELETE FROM appointments")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            desk.execute("UPDATE outbox SET state = 'done'")  # only the agent settles
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            desk.execute(
                "INSERT INTO agent_health (holder, started_at, heartbeat)"
                " VALUES ('x', now(), now())"
            )


def test_a_desk_opens_the_clinic_store_and_reads_the_book(database: str) -> None:
    store = PgStore(database, pool_size=1)
    try:
        start = datetime(2026, 12, 1, tzinfo=UTC)
        assert [a.id for a in store.appointments_between(start, start.replace(day=2))] == ["a1"]
        assert store.search_patients("anyone") == []
    finally:
        store.close()


def test_a_desks_booking_under_its_role_is_a_command_row_only(database: str) -> None:
    store = PgStore(database, pool_size=1)
    start = datetime(2026, 12, 1, 11, tzinfo=UTC)
    request = BookingRequest("A", "p1", "s1", "x", start, start.replace(hour=12))
    try:
        shown = Outbox(store, {}, FixedClock(start))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            shown.store(Book(request))  # drawing it pending would write a synced table
        desk = Outbox(store, {}, FixedClock(start))
        desk.shows = False  # a desk in clinic mode (Workspace.hands_off)
        entry = desk.store(Book(request))
        assert [e.id for e in desk.entries()] == [entry.id]
        assert [a.id for a in store.appointments_between(start, start.replace(hour=13))] == []
    finally:
        store.close()


def test_a_desk_holds_renews_and_releases_a_slot_under_its_role_and_other_desks_are_told(
    database: str,
) -> None:
    store = PgStore(database, pool_size=1)
    start = datetime(2026, 12, 1, 11, tzinfo=UTC)
    end = start.replace(hour=12)
    try:
        seen = store.latest_change()
        hold = store.hold_slot("A", "p1", start, end, "Desk 1")
        renewed = store.hold_slot("A", "p1", start, end, "Desk 1")  # the old one gives way
        assert [c.id for c in store.claims_between(start, end)] == [renewed] != [hold]
        store.release_hold(renewed)
        assert store.claims_between(start, end) == []
        told = [r.kind for r in store.changes_since(seen).rows]
        assert told and set(told) == {"hold"}  # each is news on the change sequence
    finally:
        store.close()


def test_a_desk_pins_and_unpins_on_its_own_board(database: str) -> None:
    """The pinboard is the desk's own (issue 15 item 6): its role may write its pins."""
    store = PgStore(database, pool_size=1)
    start = datetime(2026, 12, 1, 9, tzinfo=UTC)
    pin = Pin("A", "a1", start, "desk-1", "p1", start, start.replace(hour=10))
    try:
        store.add_pin(pin)
        store.add_pin(pin)  # pinned again: made anew
        assert store.pins("desk-1") == [pin]
        assert store.remove_pin("A", "a1", "desk-1") is True
        assert store.pins() == []
    finally:
        store.close()


def test_a_series_stored_under_the_desks_role_is_news_for_the_other_desks(database: str) -> None:
    """The change log is the owner's (issue 15, live refresh): the desk's role writes the series,
    the triggers write the log through note_change, which the role may not write itself."""
    store = PgStore(database, pool_size=1)
    start = datetime(2026, 12, 1, 9, tzinfo=UTC)
    try:
        seen = store.latest_change()
        series = StoredSeries("A", "FREQ=WEEKLY;COUNT=2", "Europe/Brussels", start, "Desk 1")
        store.add_series(series, [Member(1, "a1"), Member(2, "a2")])
        told = store.changes_since(seen).rows
        assert [(r.kind, r.account) for r in told] == [("series", "A")]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            store.prune_changes()
    finally:
        store.close()


def test_a_desk_adds_and_removes_waitlist_entries_and_blockouts_and_the_others_are_told(
    database: str,
) -> None:
    """The clinic's own desk tools are shared by every desk (issue 15): its role writes them."""
    store = PgStore(database, pool_size=1)
    start = datetime(2026, 12, 1, 12, tzinfo=UTC)
    try:
        seen = store.latest_change()
        entry = store.add_waitlist(WaitlistEntry("A", "x", None, start))
        lunch = Blockout("A", "p1", start, start.replace(hour=13), "Europe/Brussels")
        stored = store.add_blockout(lunch)
        assert [e.patient_id for e in store.waitlist()] == ["x"]
        assert entry.id is not None and store.remove_waitlist(entry.id)
        assert stored.id is not None and store.remove_blockout(stored.id)
        assert store.waitlist() == [] and store.blockouts() == []
        told = [r.kind for r in store.changes_since(seen).rows]
        assert told == ["waitlist", "blockout", "waitlist", "blockout"]
    finally:
        store.close()


def test_a_desk_records_a_confirmation_call_and_sets_changes_and_clears_an_alert(
    database: str,
) -> None:
    """The confirmation calls and patient alerts are the clinic's own, kept by the desks (issue
    15): a desk's role writes them (it read them only, so each failed for a real desk login)."""
    store = PgStore(database, pool_size=1)
    at = datetime(2026, 12, 1, 8, tzinfo=UTC)
    try:
        call = ConfirmationCall("A", "a1", CallOutcome.LEFT_MESSAGE, at, "Desk 1", "anna")
        store.add_confirmation_call(call)
        assert [c.outcome for c in store.last_calls([("A", "a1")]).values()] == [
            CallOutcome.LEFT_MESSAGE
        ]
        store.set_patient_alert(PatientAlert("A", "x", "Allergic to latex", at, "Desk 1", "anna"))
        store.set_patient_alert(PatientAlert("A", "x", "Latex allergy", at, "Desk 1", "anna"))
        assert store.patient_alerts([("A", "x")])[("A", "x")].text == "Latex allergy"
        store.set_patient_alert(PatientAlert("A", "x", "", at, "Desk 1", "anna"))
        assert store.patient_alerts([("A", "x")]) == {}
    finally:
        store.close()
