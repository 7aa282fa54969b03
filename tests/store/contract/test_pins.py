"""The pinboard on both stores: each desk's pins, kept as pinned, oldest first, removed once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from frontdesk.domain.models import Location
from frontdesk.domain.pins import Pin
from frontdesk.store.protocol import Store
from tests.store.contract.conftest import MakeStore

T0 = datetime(2026, 11, 18, 9, 0, 30, 500000, tzinfo=UTC)


def pin(appointment: str, minutes: int, desk: str = "desk 1", account: str = "A") -> Pin:
    start = datetime(2026, 11, 19, 9, 30, tzinfo=UTC)
    return Pin(
        account,
        appointment,
        T0 + timedelta(minutes=minutes),
        desk,
        "d1",
        start,
        start + timedelta(minutes=30),
    )


def test_a_pin_comes_back_as_pinned_to_the_second(store: Store) -> None:
    store.add_pin(pin("a1", 0))
    (back,) = store.pins("desk 1")
    assert back == Pin(
        "A",
        "a1",
        datetime(2026, 11, 18, 9, 0, 30, tzinfo=UTC),
        "desk 1",
        "d1",
        datetime(2026, 11, 19, 9, 30, tzinfo=UTC),
        datetime(2026, 11, 19, 10, 0, tzinfo=UTC),
    )


def test_each_desk_has_its_own_board_oldest_pin_first(store: Store) -> None:
    store.add_pin(pin("late", 30))
    store.add_pin(pin("early", 10))
    store.add_pin(pin("elsewhere", 0, desk="desk 2"))
    assert [p.appointment_id for p in store.pins("desk 1")] == ["early", "late"]
    assert [p.appointment_id for p in store.pins("desk 2")] == ["elsewhere"]
    assert [p.appointment_id for p in store.pins()] == ["elsewhere", "early", "late"]


def test_pinning_again_makes_the_pin_anew(store: Store) -> None:
    store.add_pin(pin("a1", 0))
    moved = pin("a1", 5)
    again = Pin(
        moved.account,
        moved.appointment_id,
        moved.pinned_at,
        moved.desk,
        "d2",
        moved.start + timedelta(days=1),
        moved.end + timedelta(days=1),
    )
    store.add_pin(again)
    (back,) = store.pins("desk 1")
    assert (back.provider_id, back.start) == ("d2", again.start)
    assert back.pinned_at == datetime(2026, 11, 18, 9, 5, 30, tzinfo=UTC)


def test_removed_once_and_gone_with_its_account(make_store: MakeStore) -> None:
    store = make_store()
    store.add_pin(pin("a1", 0))
    store.add_pin(pin("a1", 0, desk="desk 2"))
    store.add_pin(pin("b1", 1, account="B"))
    assert store.remove_pin("A", "a1", "desk 1") is True
    assert store.remove_pin("A", "a1", "desk 1") is False
    assert [p.desk for p in store.pins()] == ["desk 2", "desk 1"]  # desk 2's, and B's
    store.save_account("B", "progenda", "http://b", {})
    store.replace_reference("B", [Location("B", "1", "Main", "Europe/Brussels")], [], [])
    store.remove_account("B")
    assert [(p.account, p.desk) for p in store.pins()] == [("A", "desk 2")]
