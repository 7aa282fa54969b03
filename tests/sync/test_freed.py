"""Which times a change frees (sync/freed.py): a cancel, a no-show, a move or a vendor-side
delete frees the time it held, unless another appointment holds it now or it is past."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from frontdesk.sync.freed import Held, freed

NOW = datetime(2026, 11, 18, 8, 0, tzinfo=UTC)
TEN = NOW + timedelta(hours=2)
HALF = timedelta(minutes=30)


def held(*rows: tuple[str, str, datetime]) -> Held:
    return {("A", key): (provider, start, start + HALF, "s1") for key, provider, start in rows}


def test_an_appointment_gone_or_moved_frees_its_old_time() -> None:
    before = held(("1", "raman", TEN), ("2", "joris", TEN))
    after = held(("2", "joris", TEN + timedelta(hours=3)))  # 1 cancelled, 2 moved
    assert freed(before, after, NOW) == [
        ("A", "joris", TEN, TEN + HALF, "s1"),
        ("A", "raman", TEN, TEN + HALF, "s1"),
    ]


def test_nothing_is_freed_when_nothing_moved() -> None:
    before = held(("1", "raman", TEN))
    assert freed(before, dict(before), NOW) == []


def test_a_time_another_appointment_now_holds_is_not_free() -> None:
    before = held(("1", "raman", TEN))
    after = held(("9", "raman", TEN + timedelta(minutes=15)))  # booked over it meanwhile
    assert freed(before, after, NOW) == []


def test_a_time_already_begun_is_not_offered() -> None:
    before = held(("1", "raman", NOW - timedelta(minutes=5)))
    assert freed(before, {}, NOW) == []
