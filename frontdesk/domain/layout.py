"""Side-by-side layout of overlapping appointments in one column (as calendar apps do).

Appointments that overlap form a cluster; each gets a lane, and the cluster's lane count sets
the width. Pure function, so it is tested without Qt and reused by the painter and the printer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


class Timed(Protocol):
    @property
    def start(self) -> datetime: ...
    @property
    def end(self) -> datetime: ...


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an item sits among those it overlaps: its lane of `lanes`."""

    index: int  # position in the input sequence
    lane: int
    lanes: int


def lay_out(items: Sequence[Timed]) -> list[Placement]:
    order = sorted(range(len(items)), key=lambda i: (items[i].start, items[i].end))
    placements: dict[int, tuple[int, int]] = {}  # index -> (lane, cluster number)
    cluster_lanes: list[int] = []
    lane_ends: list[datetime] = []
    cluster_end: datetime | None = None
    for i in order:
        item = items[i]
        if cluster_end is None or item.start >= cluster_end:
            cluster_lanes.append(0)
            lane_ends = []
            cluster_end = item.end
        lane = next((n for n, end in enumerate(lane_ends) if end <= item.start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(item.end)
        else:
            lane_ends[lane] = item.end
        cluster_end = max(cluster_end, item.end)
        cluster_lanes[-1] = max(cluster_lanes[-1], lane + 1)
        placements[i] = (lane, len(cluster_lanes) - 1)
    return [
        Placement(index=i, lane=lane, lanes=cluster_lanes[cluster])
        for i, (lane, cluster) in sorted(placements.items())
    ]


def overlapping(items: Sequence[Timed], start: datetime, end: datetime) -> list[int]:
    """Indices of the items that share time with [start, end): back to back does not count."""
    return [i for i, item in enumerate(items) if item.start < end and start < item.end]
