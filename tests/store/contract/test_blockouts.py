"""Blockouts on both stores: kept as given (to the second, with their zone), by start,
removed once, gone with their account."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from frontdesk.domain.blockouts import Blockout, BlockoutKind, Occurrence, Remote, Storage
from frontdesk.store.protocol import Store

T0 = datetime(2026, 11, 18, 11, 30, 0, 700000, tzinfo=UTC)


def blockout(account: str = "A", hours: int = 0, **fields: object) -> Blockout:
    values: dict[str, object] = {
        "account": account,
        "provider_id": "raman",
        "start": T0 + timedelta(hours=hours),
        "end": T0 + timedelta(hours=hours, minutes=45),
        "zone": "Europe/Brussels",
    }
    values.update(fields)
    return Blockout(**values)  # type: ignore[arg-type]


def test_a_blockout_comes_back_as_given_with_an_id(store: Store) -> None:
    given = blockout(
        kind=BlockoutKind.MEETING,
        title="Team meeting",
        colour="#aa5500",
        repeat_until=date(2026, 12, 23),
    )
    stored = store.add_blockout(given)
    assert stored.id is not None
    assert stored.start == datetime(2026, 11, 18, 11, 30, tzinfo=UTC)  # to the second
    assert (stored.kind, stored.title, stored.colour, stored.repeat_until, stored.zone) == (
        BlockoutKind.MEETING,
        "Team meeting",
        "#aa5500",
        date(2026, 12, 23),
        "Europe/Brussels",
    )
    assert store.blockouts() == [stored]


def test_listed_by_start_per_account_with_all_providers_kept(store: Store) -> None:
    late = store.add_blockout(blockout(hours=3))
    everyone = store.add_blockout(blockout(hours=1, provider_id=None))
    other = store.add_blockout(blockout("B", hours=2))
    assert store.blockouts("A") == [everyone, late]
    assert everyone.provider_id is None and everyone.repeat_until is None
    assert store.blockouts() == [everyone, other, late]


def test_removed_once_and_gone_with_its_account(store: Store) -> None:
    first = store.add_blockout(blockout())
    store.add_blockout(blockout("B"))
    assert first.id is not None
    assert store.remove_blockout(first.id) is True
    assert store.remove_blockout(first.id) is False
    other = store.blockouts("B")[0]
    put(store, occurrence(other, "fd-b-9"))
    store.save_account("B", "progenda", "http://b", {})
    store.remove_account("B")
    assert store.blockouts() == []
    assert other.id is not None and store.blockout_remotes(other.id) == []


# -- occurrences stored at the vendor (issue 15 item 3) ---------------------------------------
def occurrence(stored: Blockout, remote_id: str, **fields: object) -> Occurrence:
    assert stored.id is not None
    values: dict[str, object] = {
        "account": stored.account,
        "blockout_id": stored.id,
        "provider_id": "raman",
        "start": stored.start,
        "end": stored.end,
        "remote_id": remote_id,
        "title": "Lunch",
    }
    values.update(fields)
    return Occurrence(**values)  # type: ignore[arg-type]


def put(store: Store, *occurrences: Occurrence) -> None:
    with store.transaction():  # the outbox's, as a command settles
        for o in occurrences:
            store.put_blockout_remote(o)


def test_a_blockout_says_where_its_occurrences_are(store: Store) -> None:
    stored = store.add_blockout(blockout())
    assert stored.id is not None
    assert store.blockouts()[0].storage is Storage.LOCAL  # nothing sent: kept here
    week = occurrence(stored, "fd-b-2", start=stored.start + timedelta(days=7))
    put(store, occurrence(stored, "fd-b-1"), week)
    assert store.blockouts()[0].storage is Storage.PENDING
    put(store, occurrence(stored, "fd-b-1", state=Remote.STORED, vendor_id="57"))
    assert (store.blockouts()[0].at_vendor, store.blockouts()[0].to_vendor) == (1, 1)
    put(store, replace(week, state=Remote.STORED, vendor_id="58"))
    assert store.blockouts()[0].storage is Storage.VENDOR
    assert [(o.remote_id, o.vendor_id, o.state) for o in store.blockout_remotes(stored.id)] == [
        ("fd-b-1", "57", Remote.STORED),
        ("fd-b-2", "58", Remote.STORED),
    ]
    assert store.blockout_remotes(stored.id)[1] == replace(
        week, state=Remote.STORED, vendor_id="58"
    )


def test_a_refused_occurrence_is_kept_here_with_the_vendors_reason(store: Store) -> None:
    stored = store.add_blockout(blockout())
    put(store, occurrence(stored, "fd-b-1"))
    put(store, occurrence(stored, "fd-b-1", state=Remote.REFUSED, reason="stop before start"))
    found = store.blockouts()[0]
    assert (found.storage, found.refused) == (Storage.LOCAL, "stop before start")


def test_an_occurrence_of_a_removed_blockout_settles_to_nothing(store: Store) -> None:
    stored = store.add_blockout(blockout())
    assert stored.id is not None
    put(store, occurrence(stored, "fd-b-1"))
    assert store.remove_blockout(stored.id)
    assert store.blockout_remotes(stored.id) == []
    put(store, occurrence(stored, "fd-b-1", state=Remote.STORED, vendor_id="57"))
    assert store.blockout_remotes(stored.id) == []


def test_a_write_only_in_the_outbox_says_waiting_to_be_stored(store: Store) -> None:
    """A clinic desk stores the write only (the agent writes the occurrence's row when it
    sends): the blockout says it is on its way to the vendor, not 'kept on this desk'."""
    stored = store.add_blockout(blockout())
    other = store.add_blockout(blockout(hours=3))
    assert stored.id is not None and other.id is not None
    table = store.outbox()
    at = int(T0.timestamp())
    with store.transaction():
        table.insert("A", "store_blockout", "fd-b-1", {"blockout_id": stored.id}, at, None)
        table.insert("A", "store_blockout", "fd-b-2", {"blockout_id": stored.id}, at, None)
        table.insert("A", "book", "k-9", {"blockout_id": other.id}, at, None)  # not a blockout's
    first, second = store.blockouts()
    assert (first.storage, first.to_vendor, second.storage) == (Storage.PENDING, 2, Storage.LOCAL)
    put(store, occurrence(stored, "fd-b-1"))  # its row now written: counted once
    assert store.blockouts()[0].to_vendor == 2
