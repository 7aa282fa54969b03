"""The outbox table on both stores: what sync/outbox.py stores, claims, retries and reads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from frontdesk.domain.models import Appointment, Patient
from frontdesk.store.outbox_table import FAILED, QUEUED, UNKNOWN
from frontdesk.store.protocol import Store
from frontdesk.sync.outbox_records import entry_from_row

T0 = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
NOW = int(T0.timestamp())


def test_a_stored_write_reads_back_as_the_same_entry(store: Store) -> None:
    table = store.outbox()
    with store.transaction():
        first = table.insert("A", "book", "k1", {"start": "09:00", "note": "é"}, NOW, None)
        second = table.insert("B", "cancel", "k2", {}, NOW + 1, "appt-9")
    entry = entry_from_row(table.row(first))
    assert (entry.account, entry.kind, entry.client_key, entry.payload) == (
        "A",
        "book",
        "k1",
        {"start": "09:00", "note": "é"},
    )
    assert (entry.state, entry.attempts, entry.created_at) == (QUEUED, 0, T0)
    assert [entry_from_row(r).id for r in table.rows()] == [first, second]
    assert [entry_from_row(r).target_id for r in table.rows("B")] == ["appt-9"]
    assert table.row(second + 100) is None


def test_a_client_key_is_stored_once(store: Store) -> None:
    table = store.outbox()
    table.insert("A", "book", "k1", {}, NOW, None)
    with pytest.raises(Exception), store.transaction():  # noqa: B017 - sqlite3 or psycopg
        table.insert("A", "book", "k1", {}, NOW, None)
    assert len(table.rows()) == 1


def test_claim_release_retry_fail_and_dismiss(store: Store) -> None:
    table = store.outbox()
    entry_id = table.insert("A", "book", "k1", {}, NOW, None)
    table.claim(entry_id, "desk-1", NOW + 5)
    claimed = entry_from_row(table.row(entry_id))
    assert (claimed.state, claimed.attempts, claimed.in_flight) == (UNKNOWN, 1, True)
    table.release(entry_id, QUEUED, NOW + 60)
    released = entry_from_row(table.row(entry_id))
    assert (released.state, released.attempts, released.in_flight) == (QUEUED, 0, False)
    assert released.next_attempt_at == T0 + timedelta(seconds=60)
    assert table.due_ids(NOW) == []
    assert table.due_ids(NOW + 60, "A") == [entry_id]
    assert table.wake("A") == 1
    assert table.due_ids(NOW) == [entry_id]
    table.retry(entry_id, UNKNOWN, "the vendor is away", NOW + 30, NOW + 1)
    assert entry_from_row(table.row(entry_id)).last_error == "the vendor is away"
    table.dismiss(entry_id)  # only a failed write can be dismissed
    assert table.row(entry_id) is not None
    table.fail(entry_id, "the slot is taken", [], NOW + 2)
    assert (table.waiting_count(), table.waiting_counts()) == (0, {})
    assert entry_from_row(table.row(entry_id)).state == FAILED
    table.dismiss(entry_id)
    assert table.row(entry_id) is None


def test_waiting_writes_are_counted_per_account_and_found_by_target(store: Store) -> None:
    table = store.outbox()
    a1 = table.insert("A", "move", "k1", {}, NOW, "appt-1")
    table.insert("A", "cancel", "k2", {}, NOW, "appt-2")
    b1 = table.insert("B", "book", "k3", {}, NOW, None)
    table.fail(b1, "refused", [], NOW)
    assert table.waiting_counts() == {"A": 2}
    assert (table.waiting_count("A"), table.waiting_count("B"), table.waiting_count()) == (2, 0, 2)
    assert [entry_from_row(r).id for r in table.waiting_rows("A", "appt-1")] == [a1]
    table.rewrite(a1, {"to": "10:00"}, "appt-9")
    assert [entry_from_row(r).payload for r in table.waiting_rows("A", "appt-9")] == [
        {"to": "10:00"}
    ]
    table.delete(a1)
    assert len(table.waiting_rows("A")) == 1


def test_settling_a_write_touches_the_cached_rows(store: Store) -> None:
    store.save_account("A", "progenda", "http://a", {})
    store.upsert_patients([Patient("A", "p1", "Jan", "Peeters")], pending=True)
    store.upsert_appointments(
        [Appointment("A", "1", "dr", T0, T0 + timedelta(minutes=20), patient_id="tmp-1")]
    )
    table = store.outbox()
    with store.transaction():
        table.repoint_patient("A", "tmp-1", "p1")
        table.settle_patient("A", "p1")
    assert store.appointment("A", "1").patient_id == "p1"  # type: ignore[union-attr]
    store.upsert_patients([Patient("A", "p1", "Jan", "Peeters-Vendor")])  # no longer kept
    assert store.patient("A", "p1").last_name == "Peeters-Vendor"  # type: ignore[union-attr]
    table.drop_appointment("A", "1")
    assert store.appointment("A", "1") is None


def test_a_transaction_that_fails_leaves_no_outbox_row(store: Store) -> None:
    table = store.outbox()
    with pytest.raises(RuntimeError), store.transaction():
        table.insert("A", "book", "k1", {}, NOW, None)
        raise RuntimeError("the command could not be stored whole")
    assert table.rows() == []


def test_writes_inside_the_callers_transaction_commit_or_roll_back_with_it(store: Store) -> None:
    store.save_account("A", "progenda", "http://a", {})
    store.upsert_patients([Patient("A", "p1", "Jan", "Peeters"), Patient("A", "p2", "An", "Smet")])
    booked = Appointment("A", "1", "dr", T0, T0 + timedelta(minutes=20), patient_id="p1")
    with pytest.raises(RuntimeError), store.transaction():
        store.put_appointments([booked])
        store.drop_patient("A", "p1")
        raise RuntimeError("the vendor's answer could not be stored whole")
    assert (store.appointment("A", "1"), store.patient_count()) == (None, 2)
    with store.transaction():
        store.outbox().insert("A", "book", "k1", {}, NOW, None)
        store.put_appointments([booked])
        store.drop_patient("A", "p2")
    assert store.appointment("A", "1") == booked
    assert [h.patient.id for h in store.search_patients("smet")] == []
    assert store.patient_count() == 1
