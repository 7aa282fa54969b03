"""Where things are in the book: columns, the time at a height and back, appointment blocks,
the drop of a dragged appointment, closed time, the current-time line.

Pure layout maths over a DaySheet and a width: no painter and no widget, so it is unit-tested
without painting (tests/ui/book/test_geometry.py). Qt's value types (QRectF, QPointF) are used
because the painter and the hit tests consume them as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cached_property
from typing import TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize

from frontdesk.domain.book import DayColumn, DayEntry, DaySheet
from frontdesk.domain.layout import lay_out

RULER_WIDTH = 58
HEADER_HEIGHT = 46
BAND_HEIGHT = 22  # the location band above the providers, when grouped
MIN_COLUMN_WIDTH = 124
PX_PER_MINUTE = 1.6
FIRST_HOUR, LAST_HOUR = 7, 20
SNAP_MINUTES = 5

Key = tuple[str, str]  # (account, appointment id)


@dataclass(frozen=True)
class Block:
    """An appointment laid out: its rect on the canvas, in the zone of its column."""

    rect: QRectF
    entry: DayEntry
    zone: ZoneInfo
    column: int


@dataclass(frozen=True)
class Drop:
    """Where a dragged appointment would land."""

    entry: DayEntry
    column: DayColumn
    start: datetime
    end: datetime
    allowed: bool  # False across accounts: a vendor cannot move to another system
    why: str = ""  # why it cannot land there, drawn on the ghost ("" : another system)


@dataclass(frozen=True)
class SlotAt:
    """An empty place in the book: a column and a wall-clock start (on the quarter hour)."""

    column: DayColumn
    start: datetime


BOOKING_STEP = 15  # minutes: a click in the book books on the quarter hour


def entry_key(entry: DayEntry) -> Key:
    return (entry.appointment.account, entry.appointment.id)


def hour_span(sheet: DaySheet | None) -> tuple[int, int]:
    """The hours the ruler shows: 07-20, widened to every appointment and opening hour, each in
    its column's zone; something running past midnight takes the day to 24."""
    first, last = FIRST_HOUR, LAST_HOUR
    if sheet is None:
        return first, last
    for column in sheet.columns:
        spans = [(e.appointment.start, e.appointment.end) for e in column.entries]
        for start_utc, end_utc in [*spans, *column.open_hours]:
            start = start_utc.astimezone(column.zone)
            end = end_utc.astimezone(column.zone)
            first = min(first, start.hour)
            last = max(
                last, 24 if end.date() > start.date() else end.hour + (1 if end.minute else 0)
            )
    return first, min(24, last)


def snap(minutes: float) -> int:
    """Minutes rounded to the nearest SNAP_MINUTES, as a dragged appointment lands."""
    return round(minutes / SNAP_MINUTES) * SNAP_MINUTES


@dataclass(frozen=True)
class Grid:
    """The book's layout for one sheet at one canvas width and hour span.

    Cheap to make (the canvas makes one per paint, layout or pointer move); the column width is
    worked out once per grid because every column and block asks for it.
    """

    sheet: DaySheet | None
    width: int  # the canvas's width in pixels
    first_hour: int = FIRST_HOUR
    last_hour: int = LAST_HOUR

    # -- columns ---------------------------------------------------------------------------
    @cached_property
    def column_count(self) -> int:
        return len(self.sheet.columns) if self.sheet else 0

    @cached_property
    def column_width(self) -> float:
        count = max(1, self.column_count)
        return max(MIN_COLUMN_WIDTH, (self.width - RULER_WIDTH) / count)

    def column_left(self, index: int) -> float:
        return RULER_WIDTH + index * self.column_width

    def column_at(self, x: float) -> int | None:
        """The column under `x`, or None over the ruler or right of the last column."""
        if self.sheet is None or x < RULER_WIDTH:
            return None
        index = int((x - RULER_WIDTH) // self.column_width)
        return index if 0 <= index < self.column_count else None

    @property
    def right(self) -> float:
        """Where the grid's lines end: after the last column (or one, when there are none)."""
        return RULER_WIDTH + self.column_width * max(1, self.column_count)

    def location_edges(self) -> list[float]:
        """x of each boundary between two locations, when the sheet is grouped by location."""
        if self.sheet is None or not self.sheet.grouped:
            return []
        return [self.column_left(first) for _, first, _ in self.sheet.location_groups()[1:]]

    # -- time ------------------------------------------------------------------------------
    @property
    def minutes_shown(self) -> int:
        return (self.last_hour - self.first_hour) * 60

    def hour_y(self, hour: int) -> float:
        return (hour - self.first_hour) * 60 * PX_PER_MINUTE

    def y_for(
        self, moment: datetime, zone: ZoneInfo | None = None, day: date | None = None
    ) -> float:
        """Vertical position of `moment` on the wall clock of `zone` (the home zone by default)
        within `day` (the sheet's day by default), clamped to the hours shown."""
        assert self.sheet is not None
        day = day or self.sheet.day
        local = moment.astimezone(zone or self.sheet.zone)
        # Wall-clock minutes, so a day with a daylight-saving change still lines up with the ruler.
        minutes = (local.hour - self.first_hour) * 60 + local.minute + local.second / 60
        if local.date() < day:
            minutes = 0
        elif local.date() > day:
            minutes = self.minutes_shown
        return max(0.0, min(minutes, self.minutes_shown)) * PX_PER_MINUTE

    def time_at(self, y: float, column: DayColumn) -> datetime:
        """The wall-clock time at height `y` in `column`, snapped to 5 minutes; never before
        the first hour, and leaving at least one snap step before the last."""
        assert self.sheet is not None
        minutes = snap(self.first_hour * 60 + y / PX_PER_MINUTE)
        minutes = max(self.first_hour * 60, min(minutes, self.last_hour * 60 - SNAP_MINUTES))
        day = self.sheet.column_day(column)
        return datetime.combine(day, time(0), column.zone) + timedelta(minutes=minutes)

    def slot_at(self, point: QPointF) -> SlotAt | None:
        """The quarter hour under `point` (in its column's zone); None off the columns."""
        index = self.column_at(point.x())
        if index is None or self.sheet is None:
            return None
        column = self.sheet.columns[index]
        minutes = self.first_hour * 60 + max(0.0, point.y()) / PX_PER_MINUTE
        minutes = int(minutes // BOOKING_STEP) * BOOKING_STEP
        minutes = min(minutes, self.last_hour * 60 - BOOKING_STEP)
        day = self.sheet.column_day(column)
        return SlotAt(
            column, datetime.combine(day, time(0), column.zone) + timedelta(minutes=minutes)
        )

    def slot_rect(self, slot: SlotAt) -> QRectF:
        assert self.sheet is not None
        index = self.sheet.columns.index(slot.column)
        day = self.sheet.column_day(slot.column)
        top = self.y_for(slot.start, slot.column.zone, day)
        bottom = self.y_for(slot.start + timedelta(minutes=BOOKING_STEP), slot.column.zone, day)
        return QRectF(self.column_left(index) + 2, top, self.column_width - 5, bottom - top)

    def natural_size(self) -> QSize:
        """Every hour at scale, every column at least its minimum width."""
        height = int(self.minutes_shown * PX_PER_MINUTE) + 1
        width = RULER_WIDTH + int(MIN_COLUMN_WIDTH * max(1, self.column_count))
        return QSize(width, height)

    # -- what is drawn where ---------------------------------------------------------------
    def lay_out_blocks(self) -> list[Block]:
        """Every appointment's rect; overlapping ones side by side in lanes (domain.layout)."""
        if self.sheet is None:
            return []
        return [b for index in range(self.column_count) for b in self.lay_out_column(index)]

    def lay_out_column(self, index: int) -> list[Block]:
        """The rects of one column's appointments (the book lays out the columns it shows)."""
        blocks: list[Block] = []
        assert self.sheet is not None
        column = self.sheet.columns[index]
        width = self.column_width
        left = self.column_left(index)
        day = self.sheet.column_day(column)
        for placement in lay_out([e.appointment for e in column.entries]):
            entry = column.entries[placement.index]
            lane_width = (width - 8) / placement.lanes
            top = self.y_for(entry.appointment.start, column.zone, day)
            bottom = self.y_for(entry.appointment.end, column.zone, day)
            rect = QRectF(
                left + 3 + placement.lane * lane_width,
                top + 1,
                lane_width - 2,
                max(12.0, bottom - top - 2),  # a short appointment stays clickable
            )
            blocks.append(Block(rect, entry, column.zone, index))
        return blocks

    def closed_rects(self, height: float) -> list[QRectF]:
        """The time outside each column's opening hours, down to `height` (the canvas's)."""
        rects: list[QRectF] = []
        if self.sheet is None:
            return rects
        width = self.column_width
        for index, column in enumerate(self.sheet.columns):
            left = self.column_left(index)
            day = self.sheet.column_day(column)
            y = 0.0
            for start, end in sorted(column.open_hours):
                top = self.y_for(start, column.zone, day)
                if top > y:
                    rects.append(QRectF(left, y, width, top - y))
                y = max(y, self.y_for(end, column.zone, day))
            if y < height:
                rects.append(QRectF(left, y, width, height - y))
        return rects

    def now_lines(self, now: datetime | None) -> list[QLineF]:
        """The current-time line across each column whose day and hours include `now`, at the
        wall-clock time of that column's zone."""
        lines: list[QLineF] = []
        if self.sheet is None or now is None:
            return lines
        width = self.column_width
        for index, column in enumerate(self.sheet.columns):
            local = now.astimezone(column.zone)
            day = self.sheet.column_day(column)
            if local.date() != day or not (self.first_hour <= local.hour < self.last_hour):
                continue
            y = self.y_for(now, column.zone, day)
            left = self.column_left(index)
            lines.append(QLineF(left, y, left + width, y))
        return lines

    def drop_at(self, block: Block, point: QPointF, origin: QPointF) -> Drop | None:
        """Where `block`, picked up at `origin`, lands with the pointer at `point`; None off the
        columns."""
        assert self.sheet is not None
        index = self.column_at(point.x())
        if index is None:
            return None
        column = self.sheet.columns[index]
        a = block.entry.appointment
        # The block keeps its offset under the pointer; times snap to five minutes.
        top = block.rect.top() - 1 + (point.y() - origin.y())
        start = self.time_at(top, column)
        return Drop(
            block.entry,
            column,
            start,
            start + (a.end - a.start),
            column.provider.account == a.account,
        )

    def drop_rect(self, drop: Drop) -> QRectF:
        """The ghost of a drop: the full width of its column (lanes are not worked out)."""
        assert self.sheet is not None
        index = self.sheet.columns.index(drop.column)
        day = self.sheet.column_day(drop.column)
        top = self.y_for(drop.start, drop.column.zone, day)
        bottom = self.y_for(drop.end, drop.column.zone, day)
        return QRectF(self.column_left(index) + 3, top + 1, self.column_width - 8, bottom - top - 2)


# -- finding blocks (hit tests and keyboard moves) --------------------------------------------
T = TypeVar("T")
Spans = Callable[[DayColumn, datetime, datetime], Iterable[tuple[T, datetime, datetime]]]


def day_bands(grid: Grid, spans: Spans[T]) -> list[tuple[QRectF, T]]:
    """The rectangles of what each column's day holds, for the sheet the grid lays out: `spans`
    gives, for a column and its day's bounds (midnight to midnight on its clock), each item
    and the part of that day it covers. Shared by the blockouts' and the claims' layers."""
    sheet = grid.sheet
    if sheet is None:
        return []
    out: list[tuple[QRectF, T]] = []
    for index, column in enumerate(sheet.columns):
        day = sheet.column_day(column)
        start = datetime.combine(day, time(0), column.zone)
        end = datetime.combine(day + timedelta(days=1), time(0), column.zone)
        for item, a, b in spans(column, start, end):
            top, bottom = grid.y_for(a, column.zone, day), grid.y_for(b, column.zone, day)
            if bottom > top:
                rect = QRectF(grid.column_left(index), top, grid.column_width, bottom - top)
                out.append((rect, item))
    return out


def block_at(blocks: list[Block], point: QPointF) -> Block | None:
    """The block under `point`; the last laid out (drawn on top) wins."""
    for block in reversed(blocks):
        if block.rect.contains(point):
            return block
    return None


def block_for(blocks: list[Block], key: Key | None) -> Block | None:
    return next((b for b in blocks if entry_key(b.entry) == key), None)


def neighbour(
    blocks: list[Block], current: Block | None, dx: int, dy: int, column_count: int
) -> Block | None:
    """Where an arrow key goes from `current`: the next appointment below/above in its column,
    or the nearest in time in the next column beside that has any; with nothing selected, the
    earliest appointment."""
    if not blocks:
        return None
    if current is None:
        return min(blocks, key=lambda b: (b.rect.top(), b.rect.left()))
    if dy:
        same = sorted(
            (b for b in blocks if b.column == current.column),
            key=lambda b: (b.rect.top(), b.rect.left()),
        )
        at = same.index(current) + dy
        return same[at] if 0 <= at < len(same) else None
    column = current.column + dx
    while 0 <= column < column_count:
        beside = [b for b in blocks if b.column == column]
        if beside:
            return min(beside, key=lambda b: abs(b.rect.top() - current.rect.top()))
        column += dx
    return None
