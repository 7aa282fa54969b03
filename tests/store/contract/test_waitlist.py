"""The waitlist on both stores: kept as given, listed in offer order, removed once."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from frontdesk.domain.models import Location
from frontdesk.domain.waitlist import TimeOfDay, WaitlistEntry
from frontdesk.store.protocol import Store
from tests.store.contract.conftest import MakeStore

T0 = datetime(2026, 11, 18, 9, 0, 30, 500000, tzinfo=UTC)


def entry(patient: str, minutes: int, **fields: object) -> WaitlistEntry:
    values: dict[str, object] = {
        "account": "A",
        "patient_id": patient,
        "service_id": "s1",
        "added_at": T0 + timedelta(minutes=minutes),
    }
    values.update(fields)
    return WaitlistEntry(**values)  # type: ignore[arg-type]


def test_an_entry_comes_back_as_given_with_an_id(store: Store) -> None:
    given = entry(
        "p1",
        0,
        provider_ids=frozenset({"d2", "d1"}),
        days=frozenset({0, 3}),
        time_of_day=TimeOfDay.AFTERNOON,
        earliest=date(2026, 11, 20),
        latest=date(2026, 12, 24),
        urgent=True,
        note="can come at short notice",
    )
    stored = store.add_waitlist(given)
    assert stored.id is not None
    assert stored.added_at == datetime(2026, 11, 18, 9, 0, 30, tzinfo=UTC)  # to the second
    assert store.waitlist() == [stored]
    assert stored.provider_ids == {"d1", "d2"} and stored.days == {0, 3}
    assert stored.earliest == date(2026, 11, 20) and stored.latest == date(2026, 12, 24)


def test_defaults_mean_any_and_survive_a_round_trip(store: Store) -> None:
    stored = store.add_waitlist(entry("p1", 0, service_id=None))
    (back,) = store.waitlist("A")
    assert back == stored
    assert (back.service_id, back.provider_ids, back.days, back.time_of_day) == (
        None,
        frozenset(),
        frozenset(),
        None,
    )
    assert (back.earliest, back.latest, back.urgent, back.note) == (None, None, False, "")


def test_listed_urgent_first_then_longest_waiting_and_by_account(store: Store) -> None:
    store.add_waitlist(entry("late", 30))
    store.add_waitlist(entry("early", 10))
    store.add_waitlist(entry("urgent", 60, urgent=True))
    store.add_waitlist(entry("other", 0, account="B"))
    assert [e.patient_id for e in store.waitlist("A")] == ["urgent", "early", "late"]
    assert [e.patient_id for e in store.waitlist()] == ["urgent", "other", "early", "late"]
    assert [e.patient_id for e in store.waitlist("B")] == ["other"]


def test_removed_once_and_gone_with_its_account(make_store: MakeStore) -> None:
    store = make_store()
    first = store.add_waitlist(entry("p1", 0))
    store.add_waitlist(entry("p2", 1, account="B"))
    assert first.id is not None
    assert store.remove_waitlist(first.id) is True
    assert store.remove_waitlist(first.id) is False  # another desk took it first
    assert store.waitlist("A") == []
    store.save_account("B", "progenda", "http://b", {})
    store.replace_reference("B", [Location("B", "1", "Main", "Europe/Brussels")], [], [])
    store.remove_account("B")
    assert store.waitlist() == []
