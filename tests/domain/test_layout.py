from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from frontdesk.domain.layout import lay_out, overlapping

T0 = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


@dataclass
class Item:
    start: datetime
    end: datetime


def item(start_min: int, end_min: int) -> Item:
    return Item(T0 + timedelta(minutes=start_min), T0 + timedelta(minutes=end_min))


def test_back_to_back_appointments_take_the_full_width() -> None:
    placements = lay_out([item(0, 30), item(30, 60)])
    assert [(p.lane, p.lanes) for p in placements] == [(0, 1), (0, 1)]


def test_overlapping_appointments_sit_side_by_side() -> None:
    placements = lay_out([item(0, 60), item(15, 45), item(30, 90)])
    lanes = {p.index: (p.lane, p.lanes) for p in placements}
    assert lanes[0] == (0, 3)
    assert lanes[1] == (1, 3)
    assert lanes[2] == (2, 3)


def test_a_lane_is_reused_once_free_and_clusters_are_independent() -> None:
    placements = lay_out([item(0, 30), item(10, 20), item(20, 40), item(120, 150)])
    lanes = {p.index: (p.lane, p.lanes) for p in placements}
    assert lanes[0] == (0, 2)
    assert lanes[1] == (1, 2)
    assert lanes[2] == (1, 2)  # lane 1 is free again at 20
    assert lanes[3] == (0, 1)  # a later, separate cluster


def test_input_order_does_not_matter() -> None:
    items = [item(30, 90), item(0, 60)]
    placements = lay_out(items)
    assert {p.index for p in placements} == {0, 1}
    assert all(p.lanes == 2 for p in placements)


def test_overlapping_finds_shared_time_but_not_back_to_back() -> None:
    items = [item(0, 30), item(30, 60), item(50, 70), item(120, 150)]
    assert overlapping(items, T0 + timedelta(minutes=30), T0 + timedelta(minutes=55)) == [1, 2]
    assert overlapping(items, T0 + timedelta(minutes=70), T0 + timedelta(minutes=120)) == []
