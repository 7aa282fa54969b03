"""Confirmation calls (issue 15 item 4) on both stores: the latest call per appointment."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from frontdesk.domain.confirmations import CallOutcome, ConfirmationCall
from frontdesk.store.protocol import Store

T0 = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)


def test_the_latest_call_of_each_appointment_is_read_back(store: Store) -> None:
    store.save_account("A", "progenda", "http://a", {})
    first = ConfirmationCall("A", "1", CallOutcome.NO_ANSWER, T0, "d", "u")
    second = ConfirmationCall(
        "A", "1", CallOutcome.LEFT_MESSAGE, T0 + timedelta(hours=1), "d", "u", "voicemail"
    )
    other = ConfirmationCall("B", "1", CallOutcome.CONFIRMED, T0, "d2", "u2")
    for call in (second, first, other):
        store.add_confirmation_call(call)
    assert store.last_calls([("A", "1"), ("B", "1"), ("A", "2")]) == {
        ("A", "1"): second,
        ("B", "1"): other,
    }
    assert store.last_calls([]) == {}
    store.remove_account("A")
    assert store.last_calls([("A", "1"), ("B", "1")]) == {("B", "1"): other}
