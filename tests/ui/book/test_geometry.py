"""The book's layout maths, without a widget or a painter: times to heights and back, columns
under the pointer, snapping, the hour span, blocks, drops and arrow-key moves."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPointF, QRectF

from frontdesk.ui.book.geometry import (
    FIRST_HOUR,
    LAST_HOUR,
    MIN_COLUMN_WIDTH,
    PX_PER_MINUTE,
    RULER_WIDTH,
    SNAP_MINUTES,
    Block,
    Grid,
    block_at,
    block_for,
    entry_key,
    hour_span,
    neighbour,
    snap,
)
from tests.ui.book.sheets import DAY, HOME, LONDON, at, column, entry, sheet


# -- time <-> height ----------------------------------------------------------------------------
def test_every_five_minutes_survives_a_round_trip_through_a_height() -> None:
    brussels, london = column(0), column(1, zone=LONDON)
    grid = Grid(sheet(brussels, london), 800)
    for col in (brussels, london):
        moment = at(FIRST_HOUR, zone=col.zone)
        while moment < at(LAST_HOUR, zone=col.zone) - timedelta(minutes=SNAP_MINUTES):
            assert grid.time_at(grid.y_for(moment, col.zone), col) == moment
            moment += timedelta(minutes=SNAP_MINUTES)


def test_heights_are_wall_clock_minutes_from_the_first_hour() -> None:
    grid = Grid(sheet(column()), 800)
    assert grid.y_for(at(FIRST_HOUR)) == 0
    assert grid.y_for(at(9, 30)) == pytest.approx((150) * PX_PER_MINUTE)
    # The same instant sits an hour higher in London's column than in Brussels'.
    assert grid.y_for(at(9, 30), LONDON) == pytest.approx(90 * PX_PER_MINUTE)


def test_heights_are_clamped_to_the_hours_and_the_day_shown() -> None:
    grid = Grid(sheet(column()), 800, 7, 20)
    bottom = 13 * 60 * PX_PER_MINUTE
    assert grid.y_for(at(5)) == 0
    assert grid.y_for(at(22)) == bottom
    assert grid.y_for(at(12, day=DAY - timedelta(days=1))) == 0
    assert grid.y_for(at(8, day=DAY + timedelta(days=1))) == bottom


@pytest.mark.parametrize(
    ("minutes", "snapped"),
    [(0, 0), (2.4, 0), (2.6, 5), (7.4, 5), (7.6, 10), (12.49, 10), (58, 60)],
)
def test_snapping_goes_to_the_nearest_five_minutes(minutes: float, snapped: int) -> None:
    assert snap(minutes) == snapped


def test_the_time_at_a_height_is_snapped_to_five_minutes() -> None:
    col = column()
    grid = Grid(sheet(col), 800)
    nine = grid.y_for(at(9))
    assert grid.time_at(nine + 2 * PX_PER_MINUTE, col) == at(9)
    assert grid.time_at(nine + 3 * PX_PER_MINUTE, col) == at(9, 5)
    assert grid.time_at(nine - 3 * PX_PER_MINUTE, col) == at(8, 55)


def test_the_time_at_a_height_stays_within_the_hours_shown() -> None:
    col = column()
    grid = Grid(sheet(col), 800, 7, 20)
    assert grid.time_at(-500, col) == at(7)
    # Room is left for at least one step, so a dropped appointment never starts at the end.
    assert grid.time_at(100_000, col) == at(19, 55)


def test_the_time_at_a_height_is_on_the_columns_own_clock_and_day() -> None:
    col = column(zone=LONDON)
    grid = Grid(sheet(col), 800)
    assert grid.time_at(grid.hour_y(10), col) == at(10, zone=LONDON)


# -- columns ------------------------------------------------------------------------------------
def test_columns_share_the_width_but_never_go_below_the_minimum() -> None:
    three = sheet(column(0), column(1), column(2))
    assert Grid(three, RULER_WIDTH + 600).column_width == 200
    assert Grid(three, 300).column_width == MIN_COLUMN_WIDTH
    assert Grid(None, 800).column_width == 800 - RULER_WIDTH  # no columns: as if one
    assert Grid(three, RULER_WIDTH + 600).column_left(2) == RULER_WIDTH + 400


def test_column_at_its_edges() -> None:
    grid = Grid(sheet(column(0), column(1)), RULER_WIDTH + 400)  # two columns of 200
    assert grid.column_at(0) is None  # the ruler
    assert grid.column_at(RULER_WIDTH - 0.5) is None
    assert grid.column_at(RULER_WIDTH) == 0
    assert grid.column_at(RULER_WIDTH + 199.9) == 0
    assert grid.column_at(RULER_WIDTH + 200) == 1
    assert grid.column_at(RULER_WIDTH + 399.9) == 1
    assert grid.column_at(RULER_WIDTH + 400) is None  # past the last column
    assert Grid(None, 800).column_at(RULER_WIDTH + 10) is None


def test_the_natural_size_shows_every_hour_and_every_column_at_its_minimum() -> None:
    size = Grid(sheet(column(0), column(1)), 100, 7, 20).natural_size()
    assert size.width() == RULER_WIDTH + 2 * MIN_COLUMN_WIDTH
    assert size.height() == int(13 * 60 * PX_PER_MINUTE) + 1


# -- the hours shown ----------------------------------------------------------------------------
def test_hour_span_is_the_working_day_by_default() -> None:
    assert hour_span(None) == (FIRST_HOUR, LAST_HOUR)
    assert hour_span(sheet(column(entries=[entry(at(9))]))) == (FIRST_HOUR, LAST_HOUR)


def test_hour_span_widens_for_early_and_late_appointments() -> None:
    early = entry(at(6, 30), ident="early")
    late = entry(at(20, 0), minutes=15, ident="late")  # ends 20:15: the 20:00 hour is shown
    assert hour_span(sheet(column(entries=[early, late]))) == (6, 21)
    on_the_hour = entry(at(20, 0), minutes=60)  # ends at 21:00 sharp: no extra hour
    assert hour_span(sheet(column(entries=[on_the_hour]))) == (FIRST_HOUR, 21)


def test_hour_span_runs_to_midnight_for_what_crosses_it() -> None:
    night = entry(at(23, 0), minutes=120)
    assert hour_span(sheet(column(entries=[night]))) == (FIRST_HOUR, 24)


def test_hour_span_counts_opening_hours_and_each_columns_own_zone() -> None:
    hours = ((at(6), at(21, 30)),)
    assert hour_span(sheet(column(open_hours=hours))) == (6, 22)
    # 07:30 in Brussels is 06:30 in London: London's column starts the day at 6.
    london = column(entries=[entry(at(7, 30))], zone=LONDON)
    assert hour_span(sheet(london))[0] == 6


# -- what is drawn where ------------------------------------------------------------------------
def test_blocks_are_placed_by_time_and_overlaps_share_the_column() -> None:
    first, second, alone = entry(at(9), ident="a"), entry(at(9, 15), ident="b"), entry(at(11))
    grid = Grid(sheet(column(entries=[first, second, alone])), RULER_WIDTH + 208)
    blocks = {b.entry.appointment.id: b.rect for b in grid.lay_out_blocks()}
    assert blocks["a"].top() == grid.y_for(at(9)) + 1
    assert blocks["a"].width() == blocks["b"].width() == 100 - 2  # two lanes of (208 - 8) / 2
    assert blocks["b"].left() == blocks["a"].left() + 100
    assert blocks["x"].width() == 200 - 2
    assert blocks["x"].height() == 30 * PX_PER_MINUTE - 2


def test_a_short_appointment_keeps_a_block_tall_enough_to_click() -> None:
    grid = Grid(sheet(column(entries=[entry(at(9), minutes=1)])), 800)
    assert grid.lay_out_blocks()[0].rect.height() == 12


def test_closed_time_is_what_lies_outside_the_opening_hours() -> None:
    hours = ((at(8), at(12)), (at(13), at(18)))
    grid = Grid(sheet(column(open_hours=hours)), RULER_WIDTH + 200, 7, 20)
    height = grid.hour_y(20)
    spans = [(r.top(), r.bottom()) for r in grid.closed_rects(height)]
    assert spans == [
        (0, grid.hour_y(8)),
        (grid.hour_y(12), grid.hour_y(13)),
        (grid.hour_y(18), height),
    ]


def test_the_current_time_line_crosses_only_the_columns_showing_now() -> None:
    grid = Grid(sheet(column(0), column(1)), RULER_WIDTH + 400)
    lines = grid.now_lines(at(10, 30))
    assert [(line.x1(), line.y1(), line.x2()) for line in lines] == [
        (RULER_WIDTH, grid.y_for(at(10, 30)), RULER_WIDTH + 200),
        (RULER_WIDTH + 200, grid.y_for(at(10, 30)), RULER_WIDTH + 400),
    ]
    assert grid.now_lines(at(21)) == []  # after the hours shown
    assert grid.now_lines(at(10, day=DAY + timedelta(days=1))) == []
    assert grid.now_lines(None) == []


# -- dragging -----------------------------------------------------------------------------------
def test_a_drop_keeps_the_pointers_offset_and_snaps_the_start() -> None:
    moved = entry(at(9), minutes=45)
    here, there = column(0, [moved]), column(1)
    grid = Grid(sheet(here, there), RULER_WIDTH + 400)
    block = grid.lay_out_blocks()[0]
    origin = QPointF(block.rect.center())
    # Right one column and down 32 minutes: lands in the next column at 09:30.
    drop = grid.drop_at(block, origin + QPointF(200, 32 * PX_PER_MINUTE), origin)
    assert drop is not None and drop.allowed
    assert drop.column is there
    assert (drop.start, drop.end) == (at(9, 30), at(10, 15))
    ghost = grid.drop_rect(drop)
    assert ghost.left() == grid.column_left(1) + 3
    assert ghost.top() == grid.y_for(at(9, 30)) + 1


def test_a_drop_onto_another_account_or_off_the_columns() -> None:
    moved = entry(at(9))
    grid = Grid(sheet(column(0, [moved]), column(1, account="B")), RULER_WIDTH + 400)
    block = grid.lay_out_blocks()[0]
    origin = QPointF(block.rect.center())
    refused = grid.drop_at(block, origin + QPointF(200, 0), origin)
    assert refused is not None and not refused.allowed
    assert grid.drop_at(block, QPointF(10, origin.y()), origin) is None  # over the ruler


# -- finding blocks -----------------------------------------------------------------------------
def block(col: int, top: float, ident: str) -> Block:
    return Block(
        QRectF(RULER_WIDTH + col * 200, top, 100, 40), entry(at(9), ident=ident), HOME, col
    )


def test_the_block_drawn_last_is_the_one_under_the_pointer() -> None:
    under, over = block(0, 100, "under"), block(0, 120, "over")
    assert block_at([under, over], QPointF(RULER_WIDTH + 10, 130)) is over
    assert block_at([under, over], QPointF(RULER_WIDTH + 10, 105)) is under
    assert block_at([under, over], QPointF(RULER_WIDTH + 150, 105)) is None
    assert block_for([under, over], entry_key(under.entry)) is under
    assert block_for([under, over], None) is None


def test_arrow_keys_move_within_a_column_and_to_the_nearest_beside() -> None:
    a, b, c = block(0, 100, "a"), block(0, 200, "b"), block(2, 190, "c")
    d = block(2, 400, "d")
    blocks = [a, b, c, d]
    assert neighbour(blocks, None, 0, 1, 3) is a  # nothing selected: the earliest
    assert neighbour(blocks, a, 0, 1, 3) is b
    assert neighbour(blocks, b, 0, 1, 3) is None  # the column ends
    assert neighbour(blocks, b, 0, -1, 3) is a
    assert neighbour(blocks, b, 1, 0, 3) is c  # the empty column 1 is skipped
    assert neighbour(blocks, d, -1, 0, 3) is b
    assert neighbour(blocks, a, -1, 0, 3) is None
    assert neighbour([], None, 0, 1, 3) is None
