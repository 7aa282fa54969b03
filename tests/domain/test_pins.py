"""What a pin says happened to its appointment elsewhere since it was pinned (issue 15 item 6)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from frontdesk.domain import history
from frontdesk.domain.history import HistoryEntry
from frontdesk.domain.models import Appointment, AppointmentStatus
from frontdesk.domain.pins import Pin, Since, since_pinned, who_changed

T0 = datetime(2026, 11, 19, 9, 0, tzinfo=UTC)
A = Appointment("A", "1", "d1", T0, T0 + timedelta(minutes=30), patient_id="p")
PIN = Pin.of(A, T0 - timedelta(days=1), "desk-1")


def test_a_pin_tells_a_move_a_cancellation_and_an_appointment_gone() -> None:
    assert since_pinned(PIN, A) is Since.NOTHING
    assert since_pinned(PIN, replace(A, notes="x", confirmed_at=T0)) is Since.NOTHING
    assert since_pinned(PIN, replace(A, provider_id="d2")) is Since.MOVED
    assert since_pinned(PIN, replace(A, end=A.end + timedelta(minutes=15))) is Since.MOVED
    cancelled = replace(A, start=A.start + timedelta(hours=1), status=AppointmentStatus.CANCELLED)
    assert since_pinned(PIN, cancelled) is Since.CANCELLED
    assert since_pinned(PIN, replace(A, status=AppointmentStatus.ENTERED_IN_ERROR)) is (
        Since.CANCELLED
    )
    assert since_pinned(PIN, None) is Since.GONE


def test_who_changed_it_is_the_latest_row_of_that_kind() -> None:
    def row(kind: str, source: str, desk: str, hours: int) -> HistoryEntry:
        return HistoryEntry("A", "1", T0 + timedelta(hours=hours), kind, "", "", source, desk, "u")

    rows = [
        row(history.MOVED, history.FRONTDESK, "desk-3", 1),
        row(history.STATUS, history.VENDOR, "", 2),
        row(history.PROVIDER, history.VENDOR, "sync", 3),
        row(history.CANCELLED, history.FRONTDESK, "desk-4", 4),
    ]
    moved = who_changed(Since.MOVED, rows)
    assert moved is not None and (moved.source, moved.desk) == (history.VENDOR, "sync")
    cancelled = who_changed(Since.CANCELLED, rows)
    assert cancelled is not None and cancelled.desk == "desk-4"
    assert who_changed(Since.GONE, rows) is None
    assert who_changed(Since.MOVED, []) is None
