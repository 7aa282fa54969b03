"""Alt+Right shows the next day from what was made ahead: the sheet built on the worker while
the receptionist read this day, laid out and rendered in the view, so the key press renders
nothing more than a blit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter
from pytestqt.qtbot import QtBot

from frontdesk.domain.book import BookMode, DaySheet
from frontdesk.ui.book import view as view_module
from frontdesk.ui.book.geometry import entry_key
from frontdesk.ui.book.view import DayView
from frontdesk.ui.main_window import MainWindow
from tests.ui.helpers import settle


def test_the_next_day_is_drawn_from_the_picture_made_ahead(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    settle(window)
    canvas = window.day_view.canvas
    today = window.book_controller.day
    tomorrow = today + timedelta(days=1)

    def ready() -> bool:  # prepared once the sync brought tomorrow's appointments
        return any(
            p.sheet.day == tomorrow and p.sheet.count and p.complete
            for p in canvas._prepared.values()
        )

    qtbot.waitUntil(ready, timeout=10_000)
    rendered: list[QRect] = []
    original = canvas._render

    def render(painter: QPainter, box: QRect) -> None:
        rendered.append(QRect(box))
        original(painter, box)

    monkeypatch.setattr(canvas, "_render", render)
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    settle(window)
    canvas.repaint()  # what is on screen
    sheet = window.day_view.sheet
    assert sheet is not None and sheet.day == tomorrow
    assert rendered == []
    # What is on screen is tomorrow's book: its blocks where the picture has them.
    shown = canvas.grab(canvas.visibleRegion().boundingRect()).toImage()
    origin = canvas.visibleRegion().boundingRect().topLeft()
    visible = [
        b for b in canvas.blocks if canvas.visibleRegion().contains(b.rect.center().toPoint())
    ]
    assert visible
    base = canvas.palette().color(canvas.backgroundRole())
    for block in visible[:5]:
        point = block.rect.center().toPoint() - origin
        assert shown.pixelColor(point.x() - 10, point.y()) != base


def test_the_day_left_is_kept_prepared_and_going_back_renders_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Alt+Right then Alt+Left: the day left keeps its picture. Its neighbour's preparation
    rendered it all again (at 50 columns, 100 ms of the GUI thread each press, which the
    worker building the days ahead then waited for)."""
    settle(window)
    canvas = window.day_view.canvas
    today = window.book_controller.day
    canvas.repaint()
    shown = canvas.picture
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    settle(window)
    kept = canvas._prepared.get((today, BookMode.DAY))
    assert kept is not None and kept.picture is shown and kept.complete
    assert canvas.picture is not shown  # the new day draws on a picture of its own
    rendered: list[QRect] = []
    original = canvas._render

    def render(painter: QPainter, box: QRect) -> None:
        rendered.append(QRect(box))
        original(painter, box)

    monkeypatch.setattr(canvas, "_render", render)
    qtbot.keyClick(canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    settle(window)
    canvas.repaint()
    sheet = window.day_view.sheet
    assert sheet is not None and sheet.day == today
    assert canvas.picture is shown and rendered == []
    visible_columns_painted(window)


def prepared_sheet(qtbot: QtBot, window: MainWindow, day: date) -> DaySheet:
    """`day`'s sheet, once the window has prepared it (the sync brought its appointments)."""
    canvas = window.day_view.canvas

    def found() -> DaySheet | None:
        return next(
            (p.sheet for p in canvas._prepared.values() if p.sheet.day == day and p.complete),
            None,
        )

    qtbot.waitUntil(lambda: (s := found()) is not None and s.count > 0, timeout=10_000)
    sheet = found()
    assert sheet is not None
    return sheet


def steps_by_hand(view: DayView, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The view's preparation runs a step only when the returned list is given a count."""
    monkeypatch.setattr(view_module, "STEP_BUDGET_S", 0.0)  # one step a turn
    monkeypatch.setattr(view_module, "SAME_TURN_S", 0.0)  # a step given is a step taken
    allowed: list[int] = [0]
    original = view._prepare_next

    def step() -> None:
        if allowed[0] > 0:
            allowed[0] -= 1
            original()
        else:  # asked again later, as the 0 ms timer would
            view._prepare_timer.start(5)

    view._prepare_timer.timeout.disconnect()
    view._prepare_timer.timeout.connect(step)
    view._steps, view._to_prepare = None, []  # nothing else queued
    view.canvas.repaint()  # the day shown is painted: preparations may start
    return allowed


def test_a_preparation_step_waits_for_the_next_turn_after_a_paint_of_the_book(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At a window's start, the header's first paint, the canvas's and a due step preparing
    the next day fell in one turn of the loop: 12 to 18 ms before a key press was read. A
    step asked for right after a paint of the book waits for a later turn."""
    settle(window)
    view, canvas = window.day_view, window.day_view.canvas
    tomorrow = window.book_controller.day + timedelta(days=1)
    sheet = prepared_sheet(qtbot, window, tomorrow)
    key = (tomorrow, sheet.mode)
    # "Just now" made wide enough that a busy machine's pause cannot pass for a new turn.
    monkeypatch.setattr(view_module, "SAME_TURN_S", 0.05)
    for painted in (canvas, view.header):
        canvas._prepared.clear()
        view._steps, view._to_prepare = None, []
        view.prepare(sheet, sheet.start + timedelta(hours=9))
        view._prepare_timer.stop()
        painted.repaint()
        view._prepare_next()  # as its timer, due in the same turn, would
        assert key not in canvas._prepared, type(painted).__name__
        assert view._prepare_timer.isActive()  # asked again, not dropped
        qtbot.waitUntil(lambda: key in canvas._prepared and canvas._prepared[key].complete)


def visible_columns_painted(window: MainWindow) -> None:
    """Each column in view shows the blocks of the sheet shown where the sheet has them."""
    canvas = window.day_view.canvas
    canvas.repaint()
    region = canvas.visibleRegion().boundingRect()
    shown = canvas.grab(region).toImage()
    base = canvas.palette().color(canvas.backgroundRole())
    columns: dict[int, QRect] = {}
    for block in canvas.blocks:
        centre = block.rect.center().toPoint()
        index = canvas.column_at(centre.x())
        if index is not None and region.contains(centre) and block.rect.width() > 24:
            columns.setdefault(index, block.rect.toAlignedRect())
    assert len(columns) >= 3
    for rect in columns.values():
        point = rect.center() - region.topLeft()
        assert shown.pixelColor(point.x() - 10, point.y()) != base


def test_a_press_before_the_next_day_is_prepared_shows_its_columns_in_view(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    settle(window)
    view, canvas = window.day_view, window.day_view.canvas
    tomorrow = window.book_controller.day + timedelta(days=1)
    sheet = prepared_sheet(qtbot, window, tomorrow)
    canvas._prepared.clear()
    allowed = steps_by_hand(view, monkeypatch)
    view.prepare(sheet, sheet.start + timedelta(hours=9))
    allowed[0] = 1  # one step: a column laid out, nothing rendered
    qtbot.waitUntil(lambda: allowed[0] == 0)
    begun = canvas._prepared[(tomorrow, sheet.mode)]
    assert not begun.complete and begun.picture.renders == 0
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    settle(window)
    shown = view.sheet
    assert shown is not None and shown.day == tomorrow
    visible_columns_painted(window)


def test_a_preparation_is_left_when_the_day_changes_again(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    settle(window)
    view, canvas = window.day_view, window.day_view.canvas
    controller = window.book_controller
    today = controller.day
    sheet = prepared_sheet(qtbot, window, today + timedelta(days=1))
    canvas._prepared.clear()
    allowed = steps_by_hand(view, monkeypatch)
    view.prepare(sheet, sheet.start + timedelta(hours=9))
    allowed[0] = 2  # under way: two columns laid out
    qtbot.waitUntil(lambda: allowed[0] == 0)
    rendered: list[date] = []
    original = canvas._render

    def render(painter: QPainter, box: QRect) -> None:
        if canvas.sheet is not None:
            rendered.append(canvas.sheet.day)
        original(painter, box)

    monkeypatch.setattr(canvas, "_render", render)
    far = today + timedelta(days=5)
    controller.go(far)
    settle(window)
    allowed[0] = 1_000  # the preparations asked for since run to their end
    near = {far - timedelta(days=1), far + timedelta(days=1)}

    def complete() -> set[date]:
        return {p.sheet.day for p in canvas._prepared.values() if p.complete}

    # The neighbours of the day gone to, and the day left (kept as it was shown).
    qtbot.waitUntil(lambda: complete() == near | {today}, timeout=10_000)
    assert rendered and set(rendered) <= {far, *near}  # tomorrow's steps were not resumed


def test_the_day_shown_read_again_stays_on_screen_until_its_new_picture_is_made(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    settle(window)
    view, canvas = window.day_view, window.day_view.canvas
    old = view.sheet
    assert old is not None and old.count > 1
    # The first appointment cancelled elsewhere, as a sync would bring it.
    first = next(c for c in old.columns if c.entries)
    columns = [replace(c, entries=c.entries[1:]) if c is first else c for c in old.columns]
    new = replace(old, columns=columns)
    gone = canvas.block_for(entry_key(first.entries[0]))
    assert gone is not None
    told: list[int] = []
    allowed = steps_by_hand(view, monkeypatch)
    view.show_sheet_in_steps(new, None, None, lambda: told.append(1))
    allowed[0] = 2
    qtbot.waitUntil(lambda: allowed[0] == 0)
    assert view.sheet is old and view.swapping and not told  # the old picture, whole
    assert not window.book_is_current()
    allowed[0] = 1_000
    qtbot.waitUntil(lambda: bool(told))
    assert view.sheet is new and not view.swapping and told == [1]
    assert canvas.block_for(entry_key(first.entries[0])) is None
    visible_columns_painted(window)


def test_a_day_asked_for_twice_does_not_push_the_other_day_out(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two redraws in a row (a sync's last changes) each ask for the days either side: the
    day before, asked for twice, must not leave the day after unprepared."""
    settle(window)
    view, canvas = window.day_view, window.day_view.canvas
    today = window.book_controller.day
    after = prepared_sheet(qtbot, window, today + timedelta(days=1))
    before = prepared_sheet(qtbot, window, today - timedelta(days=1))
    canvas._prepared.clear()
    allowed = steps_by_hand(view, monkeypatch)
    # As the two redraws' reads arrive: each day's twice, one after the other.
    for sheet in (after, after, before, before):
        view.prepare(sheet, sheet.start + timedelta(hours=9))
    allowed[0] = 1_000
    qtbot.waitUntil(
        lambda: (
            {p.sheet.day for p in canvas._prepared.values() if p.complete}
            == {after.day, before.day}
        )
    )
