"""The change feed: what changed is told after each commit, whatever caused it, to whoever
subscribed, until they unsubscribe."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from frontdesk.sync.feed import MAX_PATIENT_KEYS, MAX_SPANS, ChangeFeed, Changes, Span
from tests.sync.test_outbox import NOW, free_request
from tests.sync.worlds import World

T0 = datetime(2026, 11, 18, 8, tzinfo=UTC)


@pytest.fixture
async def progenda(tmp_path: Path) -> AsyncIterator[World]:
    world = World(tmp_path, "progenda", NOW, 100)
    yield world
    await world.close()


def test_subscribe_returns_the_way_to_stop_listening() -> None:
    feed = ChangeFeed()
    heard: list[Changes] = []
    unsubscribe = feed.subscribe(heard.append)
    feed.publish(Changes(outbox=True))
    unsubscribe()
    unsubscribe()  # twice is harmless
    feed.publish(Changes(outbox=True))
    assert heard == [Changes(outbox=True)] and feed.subscribers == 0


def test_nothing_changed_is_not_told() -> None:
    feed = ChangeFeed()
    heard: list[Changes] = []
    feed.subscribe(heard.append)
    feed.publish(Changes())
    assert heard == []


def test_a_failing_listener_does_not_keep_the_change_from_the_others(
    caplog: pytest.LogCaptureFixture,
) -> None:
    feed = ChangeFeed()
    heard: list[Changes] = []

    name = "Jane " + "Secretname"  # not on the raising line: the log shows code lines

    def broken(_changes: Changes) -> None:
        raise KeyError(name)

    feed.subscribe(broken)
    feed.subscribe(heard.append)
    with caplog.at_level(logging.ERROR):
        feed.publish(Changes(reference=True))
    assert heard == [Changes(reference=True)]
    assert "KeyError" in caplog.text and "Secretname" not in caplog.text


def test_merged_changes_keep_everything_and_stay_small() -> None:
    a = Changes(accounts=frozenset({"A"}), appointments=(Span("A", T0, T0 + timedelta(hours=1)),))
    b = Changes.of_patients("B", ["1", "2"])
    merged = a.merge(b)
    assert merged.accounts == {"A"} and merged.patients == {("B", "1"), ("B", "2")}
    assert merged.touches(T0, T0 + timedelta(minutes=5), "A")
    assert not merged.touches(T0 + timedelta(hours=2), T0 + timedelta(hours=3))
    many = Changes.of_patients("C", [str(n) for n in range(MAX_PATIENT_KEYS + 1)])
    assert many.patients == frozenset() and many.patient_accounts == {"C"}
    assert many.touches_patient("C", "anyone") and not many.touches_patient("B", "1")
    spans = Changes()
    for n in range(100):
        start = T0 + timedelta(days=n)
        spans = spans.merge(Changes(appointments=(Span("A", start, start + timedelta(hours=1)),)))
    assert len(spans.appointments) <= MAX_SPANS  # past that, one span per account covers them
    for n in (0, 50, 99):
        day = T0 + timedelta(days=n)
        assert spans.touches(day, day + timedelta(minutes=1), "A")


def test_the_outbox_and_reference_data_touch_every_range() -> None:
    """A waiting write changes how appointments are drawn; new providers change the columns."""
    assert Changes(outbox=True).touches(T0, T0 + timedelta(minutes=1))
    assert Changes(reference=True).touches(T0, T0 + timedelta(minutes=1))
    assert Changes(outbox=True).touches_patient("A", "1")


async def test_commit_runs_its_hook_before_anyone_is_told() -> None:
    order: list[str] = []

    async def before(_changes: Changes) -> None:
        order.append("snapshot renewed")

    feed = ChangeFeed(before=before)
    feed.subscribe(lambda _c: order.append("told"))
    await feed.commit(Changes(reference=True))
    assert order == ["snapshot renewed", "told"]


async def test_a_sync_tells_what_it_stored_and_the_snapshot_is_fresh_when_told(
    progenda: World,
) -> None:
    w = progenda
    heard: list[Changes] = []
    seen_providers: list[int] = []

    def listener(changes: Changes) -> None:
        heard.append(changes)
        if changes.reference:
            seen_providers.append(len(w.workspace.providers()))

    w.workspace.feed.subscribe(listener)
    await w.workspace.sync_all()
    told = Changes()
    for c in heard:
        told = told.merge(c)
    assert told.reference and w.name in told.accounts
    assert told.patient_accounts == {w.name} or told.patients
    assert any(s.account == w.name for s in told.appointments)
    assert seen_providers and seen_providers[0] == len(w.cache.providers()) > 0


async def test_a_write_tells_the_outbox_changed_and_the_counts_follow(progenda: World) -> None:
    w = progenda
    await w.workspace.sync_all()
    heard: list[Changes] = []
    counts: list[int] = []

    def listener(changes: Changes) -> None:
        heard.append(changes)
        counts.append(sum(w.workspace.waiting_counts.values()))

    w.workspace.feed.subscribe(listener)
    request = await free_request(w)
    w.faults.offline = True
    result = await w.workspace.book(request)
    assert not result.ok
    await w.workspace.told()
    assert any(c.outbox for c in heard)
    assert counts[-1] == 1 == w.workspace.waiting_counts[w.name]
