"""Each appointment's history (issue 15 item 5), on both stores: what a sync sees change at the
vendor, rows written by the outbox, a booking's rows following it to the vendor's id."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from frontdesk.domain import history
from frontdesk.domain.history import HistoryEntry
from frontdesk.domain.models import Appointment, AppointmentStatus
from frontdesk.store.protocol import Store

T0 = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)
HOUR = timedelta(hours=1)


def _kinds(store: Store, appointment_id: str) -> list[tuple[str, str, str, str]]:
    return [
        (e.kind, e.before, e.after, e.source)
        for e in store.appointment_history("A", appointment_id)
    ]


def test_a_sync_records_what_changed_at_the_vendor(store: Store) -> None:
    first = Appointment("A", "1", "p1", T0, T0 + HOUR, service_id="s1")
    other = Appointment("A", "2", "p1", T0 + HOUR, T0 + 2 * HOUR)
    store.merge_appointments("A", [first, other])
    assert _kinds(store, "1") == []  # the first read of an appointment is no change

    moved = replace(first, start=T0 + HOUR / 2, end=T0 + HOUR + HOUR / 2, provider_id="p2")
    store.merge_appointments("A", [moved, other])
    cancelled = replace(moved, status=AppointmentStatus.CANCELLED)
    store.replace_appointments("A", T0, T0 + 3 * HOUR, [cancelled, other])

    assert _kinds(store, "1") == [
        (history.MOVED, T0.isoformat(), (T0 + HOUR / 2).isoformat(), history.VENDOR),
        (history.PROVIDER, "p1", "p2", history.VENDOR),
        (history.CANCELLED, "booked", "cancelled", history.VENDOR),
    ]
    assert _kinds(store, "2") == []
    desk, user = history.here()
    assert {(e.desk, e.user) for e in store.appointment_history("A", "1")} == {(desk, user)}


def test_a_pending_row_is_not_compared_with_the_vendors(store: Store) -> None:
    shown = Appointment("A", "1", "p1", T0 + HOUR, T0 + 2 * HOUR, pending=True)
    store.upsert_appointments([shown])
    store.merge_appointments("A", [Appointment("A", "1", "p1", T0, T0 + HOUR)])
    assert _kinds(store, "1") == []


def test_history_rows_are_kept_per_account_repointed_and_forgotten_with_the_account(
    store: Store,
) -> None:
    store.save_account("A", "progenda", "http://a", {})
    at = datetime(2026, 11, 17, 8, 0, tzinfo=UTC)
    made = HistoryEntry(
        "A", "pending:fd-1", at, history.CREATED, "", T0.isoformat(), history.FRONTDESK, "d", "u"
    )
    elsewhere = replace(made, account="B", appointment_id="9")
    with store.transaction():
        store.put_history([made, elsewhere])
    with store.transaction():
        store.repoint_history("A", "pending:fd-1", "77")
    assert store.appointment_history("A", "pending:fd-1") == []
    assert store.appointment_history("A", "77") == [replace(made, appointment_id="77")]
    assert store.appointment_history("B", "9") == [elsewhere]
    store.remove_account("A")
    assert store.appointment_history("A", "77") == []
    assert store.appointment_history("B", "9") == [elsewhere]


def test_an_appointment_first_seen_by_a_later_incremental_sync_was_created_at_the_vendor(
    store: Store,
) -> None:
    first = Appointment("A", "1", "p1", T0, T0 + HOUR)
    store.replace_appointments(
        "A", T0, T0 + 3 * HOUR, [first], cursor=("A", "appointments", "2026-11-18T08:00:00")
    )
    assert _kinds(store, "1") == []  # the account's first read floods nothing

    booked_there = Appointment("A", "2", "p1", T0 + HOUR, T0 + 2 * HOUR)
    store.merge_appointments(
        "A", [booked_there], cursor=("A", "appointments", "2026-11-18T09:00:00")
    )
    assert _kinds(store, "2") == [(history.CREATED, "", (T0 + HOUR).isoformat(), history.VENDOR)]
    assert _kinds(store, "1") == []


def test_an_incremental_read_with_no_earlier_one_records_no_creation(store: Store) -> None:
    store.merge_appointments(
        "B", [Appointment("B", "1", "p1", T0, T0 + HOUR)], cursor=("B", "appointments", "x")
    )
    assert store.appointment_history("B", "1") == []
