"""Recurring series on both stores: kept as given with their members, each member's link read
by appointment, the link following a booking from its placeholder to the vendor's id, gone
with the account."""

from __future__ import annotations

from datetime import UTC, datetime

from frontdesk.domain.series import Member, SeriesLink, StoredSeries
from frontdesk.store.protocol import Store

RULE = "FREQ=WEEKLY;INTERVAL=1;COUNT=3"
AT = datetime(2026, 12, 1, 9, 15, 30, 600000, tzinfo=UTC)


def series(account: str = "A") -> StoredSeries:
    return StoredSeries(account, RULE, "Europe/Brussels", AT, desk="Desk 1", user="ann")


def members(prefix: str = "pending:fd-") -> list[Member]:
    return [Member(n, f"{prefix}{n}") for n in (1, 2, 3)]


def test_a_series_comes_back_as_given_with_its_members_in_order(store: Store) -> None:
    stored = store.add_series(series(), list(reversed(members())))
    assert stored.id is not None
    assert stored == StoredSeries(
        "A",
        RULE,
        "Europe/Brussels",
        datetime(2026, 12, 1, 9, 15, 30, tzinfo=UTC),  # to the second
        "Desk 1",
        "ann",
        stored.id,
    )
    assert store.series(stored.id) == stored
    assert store.series_members(stored.id) == members()
    assert stored.kind == "weekly"


def test_each_member_names_its_place_and_only_members_are_linked(store: Store) -> None:
    stored = store.add_series(series(), members())
    other = store.add_series(series("B"), [Member(1, "pending:fd-1")])
    assert stored.id is not None and other.id is not None
    links = store.series_links([("A", "pending:fd-2"), ("A", "loose"), ("B", "pending:fd-1")])
    assert links == {
        ("A", "pending:fd-2"): SeriesLink(stored.id, 2, 3, RULE),
        ("B", "pending:fd-1"): SeriesLink(other.id, 1, 1, RULE),
    }
    assert store.series_links([]) == {}


def test_a_booked_member_is_linked_by_the_vendors_id(store: Store) -> None:
    stored = store.add_series(series(), members())
    assert stored.id is not None
    with store.transaction():
        store.repoint_series("A", "pending:fd-2", "V-77")
    assert store.series_members(stored.id)[1] == Member(2, "V-77")
    assert ("A", "V-77") in store.series_links([("A", "V-77")])
    assert store.series_links([("A", "pending:fd-2")]) == {}


def test_gone_with_its_account(store: Store) -> None:
    store.save_account("A", "progenda", "http://127.0.0.1:1", {})
    store.save_account("B", "progenda", "http://127.0.0.1:1", {})
    gone = store.add_series(series(), members())
    kept = store.add_series(series("B"), members())
    assert gone.id is not None and kept.id is not None
    store.remove_account("A")
    assert store.series(gone.id) is None and store.series_members(gone.id) == []
    assert store.series(kept.id) == kept
