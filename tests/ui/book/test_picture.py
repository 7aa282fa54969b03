"""The book is painted from a cached picture: rendered again when what it shows changes (the
sheet, the size, the palette, the selection), blitted when only what moves over it does (the
current-time line, the pointer, the scroll); block looks are worked out for the blocks shown."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QRegion
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from frontdesk.domain.book import DaySheet
from frontdesk.ui.book import view as view_module
from frontdesk.ui.book.geometry import entry_key
from frontdesk.ui.book.painting import NOW_COLOUR
from frontdesk.ui.book.view import DayView
from tests.ui.book.sheets import at, column, entry, sheet

NOW = at(10, 0)


def day(extra: int = 0) -> DaySheet:
    """Two columns, an appointment every half hour from 07:00 to 19:00 (and `extra` more)."""
    columns = []
    for index in range(2):
        entries = [
            entry(at(7, 0) + timedelta(minutes=30 * n), ident=f"{index}-{n}", provider=f"p{index}")
            for n in range(24)
        ]
        entries += [
            entry(at(12, 10), ident=f"extra{n}", provider=f"p{index}") for n in range(extra)
        ]
        columns.append(column(index, entries))
    return sheet(*columns)


@pytest.fixture
def book(qtbot: QtBot) -> Iterator[DayView]:
    view = DayView()
    qtbot.addWidget(view)
    view.resize(600, 320)
    view.show_sheet(day(), NOW)
    view.show()
    qtbot.waitExposed(view)
    view.scroll_to(NOW)
    # Laid out and painted: the window's pending layout and resizes done first.
    qtbot.waitUntil(lambda: view.canvas.width() == view.scroll_area.viewport().width())
    QApplication.processEvents()
    view.canvas.grab()
    yield view


@pytest.fixture
def rendered(book: DayView, monkeypatch: pytest.MonkeyPatch) -> list[QRect]:
    """The rects of the picture rendered from now on (canvas coordinates)."""
    boxes: list[QRect] = []
    original = book.canvas._render

    def render(painter: QPainter, box: QRect) -> None:
        boxes.append(QRect(box))
        original(painter, box)

    monkeypatch.setattr(book.canvas, "_render", render)
    return boxes


def shown(book: DayView) -> QImage:
    """The canvas as the receptionist sees it (its paint, whole)."""
    return book.canvas.grab().toImage()


def red_line_at(image: QImage, x: int, y: int) -> bool:
    """The current-time line's red (antialiased) in one of the rows around `y`."""
    red = QColor(NOW_COLOUR)
    return any(
        abs(image.pixelColor(x, row).red() - red.red()) < 20
        and image.pixelColor(x, row).green() < 150
        for row in (y - 1, y, y + 1)
    )


def now_y(book: DayView) -> int:
    lines = book.canvas.grid().now_lines(book.canvas.now)
    return round(lines[0].y1())


def test_the_current_time_moving_blits_the_picture(book: DayView, rendered: list[QRect]) -> None:
    canvas = book.canvas
    canvas.set_now(NOW + timedelta(minutes=20))
    image = shown(book)
    assert rendered == []
    x = int(canvas.grid().column_left(1) + 20)
    assert red_line_at(image, x, now_y(book))
    assert not red_line_at(image, x, round(canvas.grid().y_for(NOW)))  # the old line is gone


def test_the_pointer_moving_over_blocks_renders_nothing(
    qtbot: QtBot, book: DayView, rendered: list[QRect]
) -> None:
    canvas = book.canvas
    for block in canvas.blocks[8:14]:
        qtbot.mouseMove(canvas, block.rect.center().toPoint())
    shown(book)
    assert rendered == []


def test_scrolling_renders_only_the_strip_scrolled_in(
    qtbot: QtBot, book: DayView, rendered: list[QRect]
) -> None:
    book.canvas.picture.clear()
    book.canvas.repaint()  # what is on screen only
    rendered.clear()
    bar = book.scroll_area.verticalScrollBar()
    before = bar.value()
    bar.setValue(before + 40)
    qtbot.waitUntil(lambda: bool(rendered))
    assert all(box.height() <= 40 + 2 for box in rendered)
    assert sum(box.top() >= before + book.scroll_area.viewport().height() - 2 for box in rendered)
    rendered.clear()
    bar.setValue(before)  # and back: what was rendered is blitted
    book.canvas.repaint()
    assert rendered == []


def test_a_new_sheet_is_rendered_and_shows_its_blocks(book: DayView, rendered: list[QRect]) -> None:
    canvas = book.canvas
    canvas.set_now(NOW)
    canvas.set_sheet(day(), NOW)  # the same content read again: nothing to render
    shown(book)
    assert rendered == []
    canvas.set_sheet(day(extra=1), NOW)
    shown(book)
    assert rendered
    assert any(b.entry.appointment.id == "extra0" for b in canvas.blocks)


def test_selecting_renders_the_two_blocks_only(book: DayView, rendered: list[QRect]) -> None:
    canvas = book.canvas
    blocks = canvas.blocks
    first, second = blocks[6], blocks[7]
    canvas.select(entry_key(first.entry))
    shown(book)
    assert rendered and all(
        first.rect.toAlignedRect().adjusted(-2, -2, 2, 2).contains(b) for b in rendered
    )
    highlight = canvas.palette().color(QPalette.ColorRole.Highlight)
    edge = QPoint(int(first.rect.left() + first.rect.width() / 2), int(first.rect.top() + 1))
    assert shown(book).pixelColor(edge) == highlight
    rendered.clear()
    canvas.select(entry_key(second.entry))
    image = shown(book)
    # Where the outline was, and where it is, and nothing else.
    both = first.rect.united(second.rect).toAlignedRect().adjusted(-2, -2, 2, 2)
    assert rendered and all(both.contains(box) for box in rendered)
    assert image.pixelColor(edge) != highlight


def test_a_palette_or_size_change_renders_again(book: DayView, rendered: list[QRect]) -> None:
    canvas = book.canvas
    corner = QPoint(canvas.width() - 3, canvas.height() - 3)
    light = shown(book).pixelColor(corner)
    palette = canvas.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#102030"))
    canvas.setPalette(palette)
    image = shown(book)
    assert rendered
    assert light.lightness() > 150 and image.pixelColor(corner).lightness() < 80
    rendered.clear()
    book.resize(700, 320)
    shown(book)
    assert rendered


def test_looks_are_worked_out_for_the_blocks_painted_only(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    worked_out: list[str] = []
    original = view_module.compute_look

    def counted(block, fonts, style):  # type: ignore[no-untyped-def]
        worked_out.append(block.entry.appointment.id)
        return original(block, fonts, style)

    monkeypatch.setattr(view_module, "compute_look", counted)
    view = DayView()
    qtbot.addWidget(view)
    view.resize(600, 320)
    view.show_sheet(day(), NOW)
    view.show()
    qtbot.waitExposed(view)
    view.scroll_to(NOW)
    view.canvas.grab(view.canvas.visibleRegion().boundingRect())
    total = len(view.canvas.blocks)
    assert 0 < len(set(worked_out)) < total / 2
    visible = view.canvas.visibleRegion().boundingRect()
    assert all(
        b.rect.intersects(visible.toRectF())
        for b in view.canvas.blocks
        if b.entry.appointment.id in worked_out
    )


# -- the header and the hour ruler: kept as pixmaps, painted again only when they change ------
def test_a_window_paint_leaves_the_header_and_ruler_as_they_were(book: DayView) -> None:
    header, ruler = book.header.picture, book.canvas.ruler_picture
    book.grab()
    before = (header.renders, ruler.renders)
    book.canvas.set_now(NOW + timedelta(minutes=20))  # a now-line tick
    book.grab()
    book.grab()
    assert (header.renders, ruler.renders) == before


def test_the_header_shows_a_new_sheet_and_a_new_palette(book: DayView) -> None:
    header = book.header
    renders = header.picture.renders
    book.show_sheet(sheet(column(0, []), column(1, []), column(2, [])), NOW)
    book.grab()
    assert header.picture.renders == renders + 1
    palette = header.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#203040"))
    header.setPalette(palette)
    image = header.grab().toImage()
    assert header.picture.renders == renders + 2
    assert image.pixelColor(QPoint(header.width() - 4, 4)) == QColor("#203040")


def test_the_ruler_follows_a_sideways_scroll_and_new_hours(qtbot: QtBot, book: DayView) -> None:
    canvas = book.canvas
    book.resize(260, 320)  # narrower than two columns: the book scrolls sideways
    qtbot.waitUntil(lambda: book.scroll_area.horizontalScrollBar().maximum() > 0)
    book.scroll_area.horizontalScrollBar().setValue(60)
    image = canvas.grab().toImage()
    ruler = canvas.palette().color(QPalette.ColorRole.AlternateBase)
    assert image.pixelColor(QPoint(canvas.ruler_left + 4, 4)) == ruler  # drawn where it scrolled
    renders = canvas.ruler_picture.renders
    canvas.first_hour = canvas.first_hour + 1
    canvas.update()
    canvas.grab()
    assert canvas.ruler_picture.renders == renders + 1


def test_a_day_prepared_in_steps_renders_a_strip_a_step_and_shows_the_same_picture(
    qtbot: QtBot, book: DayView, rendered: list[QRect]
) -> None:
    """A preparation's step renders at most STRIP_ROWS rows (a whole tile of a busy day was
    over a frame); the strips join into the picture a whole render gives."""
    book.resize(600, 760)
    qtbot.waitUntil(lambda: book.canvas.width() == book.scroll_area.viewport().width())
    canvas = book.canvas
    canvas.grab()
    rendered.clear()
    new = day(extra=3)
    visible = canvas.visibleRegion().boundingRect()
    assert visible.height() > 2 * view_module.STRIP_ROWS
    steps = sum(1 for _ in canvas.prepare_steps(new, visible))
    assert rendered and all(box.height() <= view_module.STRIP_ROWS for box in rendered)
    assert steps >= len(rendered)
    covered = QRegion()
    for box in rendered:
        covered += box
    assert QRegion(visible).subtracted(covered).isEmpty()
    rendered.clear()
    canvas.set_sheet(new, NOW)  # the prepared picture adopted: its paint is a blit
    in_strips = canvas.grab(visible).toImage()
    assert rendered == []
    assert any(b.entry.appointment.id == "extra2" for b in canvas.blocks)
    canvas.picture.clear()
    whole = canvas.grab(visible).toImage()
    assert rendered and max(box.height() for box in rendered) > view_module.STRIP_ROWS
    assert in_strips == whole
