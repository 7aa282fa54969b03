"""Live refresh (issue 14): a change committed by another connection reaches every listener,
changes made while a listener's connection was down arrive after it reconnects (none missed,
none twice), and a listener behind the pruned changes is told to reread everything."""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest

from frontdesk.domain.models import Appointment, AppointmentStatus, Patient
from frontdesk.store.pg.store import PgStore
from frontdesk.sync.feed import ChangeFeed, Changes, Span
from frontdesk.sync.live import LiveBatch, LiveListener, changes_of, onto_feed
from tests.support.pg_server import RunningServer

WAIT_S = 20  # a ceiling for a loaded machine, never a sleep
NINE = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def store(conninfo: str) -> Iterator[PgStore]:
    s = PgStore(conninfo)
    yield s
    s.close()


def booking(n: int, provider: str = "p1") -> Appointment:
    start = NINE + timedelta(minutes=30 * n)
    return Appointment(
        "Clinic", f"a{n}", provider, start, start + timedelta(minutes=20), AppointmentStatus.BOOKED
    )


class Inbox:
    def __init__(self) -> None:
        self.batches: queue.Queue[LiveBatch] = queue.Queue()

    def __call__(self, batch: LiveBatch) -> None:
        self.batches.put(batch)

    def seqs_until(self, last: int) -> list[int]:
        seen: list[int] = []
        while not seen or seen[-1] < last:
            seen += [r.seq for r in self.batches.get(timeout=WAIT_S).rows]
        return seen


def test_a_booking_committed_elsewhere_reaches_the_listener_as_a_span(
    store: PgStore, conninfo: str
) -> None:
    inbox = Inbox()
    listener = LiveListener(conninfo, inbox, last_seen=store.latest_change())
    listener.start()
    try:
        other = PgStore(conninfo)
        other.upsert_appointments([booking(1)])
        other.close()
        batch = inbox.batches.get(timeout=WAIT_S)
    finally:
        listener.stop()
    assert [(r.kind, r.account, r.ids, r.provider_id) for r in batch.rows] == [
        ("appointment", "Clinic", ("a1",), "p1")
    ]
    changes = changes_of(batch)
    assert changes.appointments == (
        Span("Clinic", NINE + timedelta(minutes=30), NINE + timedelta(minutes=50)),
    )
    assert changes.touches(NINE, NINE + timedelta(hours=1), "Clinic")
    assert not changes.touches(NINE + timedelta(hours=2), NINE + timedelta(hours=3), "Clinic")


def test_a_move_tells_both_the_old_and_the_new_time(store: PgStore) -> None:
    store.upsert_appointments([booking(0)])
    before = store.latest_change()
    store.upsert_appointments([replace(booking(4), id="a0")])
    rows = store.changes_since(before).rows
    assert [(r.start, r.end) for r in rows] == [(NINE, NINE + timedelta(hours=2, minutes=20))]


def test_rewriting_what_is_there_is_no_news(store: PgStore) -> None:
    store.upsert_appointments([booking(0), booking(1)])
    store.upsert_patients([Patient("Clinic", "1", "Jan", "Peeters")])
    before = store.latest_change()
    store.upsert_appointments([booking(0), replace(booking(1), status=AppointmentStatus.ARRIVED)])
    store.upsert_patients([Patient("Clinic", "1", "Jan", "Peeters")])
    assert [(r.kind, r.ids) for r in store.changes_since(before).rows] == [("appointment", ("a1",))]


def test_a_page_of_many_patients_is_one_change_for_any_patient_of_the_account(
    store: PgStore,
) -> None:
    before = store.latest_change()
    store.upsert_patients([Patient("Clinic", str(n), "Jan", f"Peeters{n}") for n in range(150)])
    rows = store.changes_since(before).rows
    assert [(r.kind, r.account, r.ids) for r in rows] == [("patient", "Clinic", None)]
    changes = changes_of(LiveBatch(rows, False, rows[-1].seq))
    assert changes.patient_accounts == {"Clinic"} and changes.touches_patient("Clinic", "7")


def test_a_rolled_back_write_is_never_told(store: PgStore) -> None:
    before = store.latest_change()
    with pytest.raises(RuntimeError), store.transaction():
        store.upsert_patients([Patient("Clinic", "1", "Jan", "Peeters")])
        raise RuntimeError("the desk gave up")
    store.upsert_patients([Patient("Clinic", "2", "Mia", "Nguyen")])
    rows = store.changes_since(before).rows
    assert [(r.kind, r.ids) for r in rows] == [("patient", ("2",))]
    assert rows[0].seq == before + 1  # numbered at commit: no hole for the rolled back one


def test_numbers_follow_commit_order_not_insert_order(store: PgStore, conninfo: str) -> None:
    """The first to write but the last to commit gets the higher number: a reader that saw
    the other one's number would otherwise skip it for ever."""
    before = store.latest_change()
    with psycopg.connect(conninfo) as slow, psycopg.connect(conninfo) as quick:
        slow.execute(
            "INSERT INTO outbox (account, kind, client_key, payload, created_at)"
            " VALUES ('Clinic', 'book', 'k1', '{}', 0)"
        )
        quick.execute(
            "INSERT INTO outbox (account, kind, client_key, payload, created_at)"
            " VALUES ('Clinic', 'book', 'k2', '{}', 0)"
        )
        quick.commit()
        seen = store.changes_since(before).rows
        slow.commit()
    after = store.changes_since(seen[-1].seq).rows
    assert [r.ids for r in seen] == [("2",)]
    assert [r.ids for r in after] == [("1",)]


def test_changes_made_while_the_connection_was_killed_arrive_once_after_reconnecting(
    store: PgStore, conninfo: str, pg_server: RunningServer
) -> None:
    gate = threading.Event()
    calls = 0

    def connect(info: str) -> psycopg.Connection[Any]:
        nonlocal calls
        calls += 1
        if calls > 1:  # the reconnection waits until the test has written in the gap
            gate.wait(WAIT_S)
        return psycopg.connect(info, autocommit=True)

    inbox = Inbox()
    start = store.latest_change()
    listener = LiveListener(conninfo, inbox, last_seen=start, connect=connect)
    listener.start()
    try:
        store.upsert_appointments([booking(0)])
        first = inbox.seqs_until(store.latest_change())
        pid = listener.backend_pid
        with psycopg.connect(pg_server.dsn, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        for n in range(1, 6):  # written while nobody listens: their notifies are lost
            store.upsert_appointments([booking(n)])
        gate.set()
        rest = inbox.seqs_until(store.latest_change())
        store.upsert_appointments([booking(9)])
        last = inbox.seqs_until(store.latest_change())
    finally:
        listener.stop()
    everything = first + rest + last
    assert listener.connections == 2
    assert everything == sorted(set(everything))  # none twice, in order
    assert everything == [r.seq for r in store.changes_since(start).rows]
    assert inbox.batches.empty()


def test_a_reader_behind_the_pruned_changes_is_told_to_reread_everything(
    store: PgStore, conninfo: str
) -> None:
    store.upsert_appointments([booking(0)])
    seen = store.latest_change()
    store.upsert_appointments([booking(1)])
    with psycopg.connect(conninfo, autocommit=True) as conn:  # as if written 8 days ago
        conn.execute("UPDATE changes SET committed_at = committed_at - interval '8 days'")
    store.upsert_appointments([booking(2)])
    assert store.prune_changes(timedelta(days=7)) == 2
    up_to_date = store.changes_since(seen + 1)
    assert not up_to_date.missed and [r.ids for r in up_to_date.rows] == [("a2",)]
    behind = store.changes_since(seen)
    assert behind.missed and behind.rows == ()
    changes = changes_of(LiveBatch((), True, behind.latest), ["Clinic"])
    assert changes.reference and changes.outbox and changes.patient_accounts == {"Clinic"}
    assert changes.waitlist and changes.blockouts  # the desk tools' views reread too
    assert changes.touches(NINE, NINE + timedelta(hours=1), "Clinic")


def test_a_booking_at_one_desk_reaches_another_desks_feed_and_its_slot_is_drawn_as_taken(
    conninfo: str,
) -> None:
    """End to end at the store level: Desk 1 stores its Book command as the outbox row, the
    pending appointment it draws and the claim, in one transaction; Desk 2's listener hears
    it, the Changes its feed would publish touch that hour and the outbox, and Desk 2's book
    reads the slot as being booked at Desk 1."""
    desk1, desk2 = PgStore(conninfo), PgStore(conninfo)
    inbox = Inbox()
    listener = LiveListener(conninfo, inbox, last_seen=desk2.latest_change())
    listener.start()
    try:
        with desk1.transaction():
            entry = desk1.outbox().insert("Clinic", "book", "k1", {"provider_id": "p1"}, 0, None)
            desk1.put_appointments([replace(booking(2), id="tmp-k1", pending=True)])
            desk1.claim_booking(entry, "Clinic", "p1", booking(2).start, booking(2).end, "Desk 1")
        changes = changes_of(inbox.batches.get(timeout=WAIT_S))
    finally:
        listener.stop()
    hour = (NINE + timedelta(hours=1), NINE + timedelta(hours=2))
    assert changes.outbox and changes.touches(*hour, "Clinic")
    # the pending appointment and the claim: one span, that booking's
    assert changes.appointments == (Span("Clinic", booking(2).start, booking(2).end),)
    assert not changes.reference and not changes.patients
    assert [(c.kind, c.desk) for c in desk2.claims_between(*hour)] == [("booking", "Desk 1")]
    desk1.close()
    desk2.close()


def test_a_change_elsewhere_is_published_on_the_desks_feed_on_its_loop(
    store: PgStore, conninfo: str
) -> None:
    loop, loop_thread = asyncio.new_event_loop(), threading.get_ident()
    feed = ChangeFeed()
    told: list[tuple[Changes, bool]] = []
    heard = loop.create_future()

    def view(changes: Changes) -> None:  # a view's subscription, on the loop's thread
        told.append((changes, threading.get_ident() == loop_thread))
        heard.set_result(None)

    feed.subscribe(view)
    listener = LiveListener(
        conninfo, onto_feed(loop, feed, lambda: ["Clinic"]), last_seen=store.latest_change()
    )
    listener.start()
    try:
        store.upsert_appointments([booking(3)])
        loop.run_until_complete(asyncio.wait_for(heard, WAIT_S))
    finally:
        listener.stop()
        loop.close()
    assert [(c.appointments, on_loop) for c, on_loop in told] == [
        ((Span("Clinic", booking(3).start, booking(3).end),), True)
    ]
