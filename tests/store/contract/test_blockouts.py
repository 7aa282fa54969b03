"""Blockouts on both stores: kept as given (to the second, with their zone), by start,
removed once, gone with their account."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from frontdesk.domain.blockouts import Blockout, BlockoutKind
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
    store.save_account("B", "progenda", "http://b", {})
    store.remove_account("B")
    assert store.blockouts() == []
