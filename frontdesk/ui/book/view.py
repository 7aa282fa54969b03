"""The book's widgets: DayCanvas (the columns, painted), DayHeader (their titles) and DayView
(header over a scrollable canvas).

Painted by hand (like Merkuro's and Open Dental's books) rather than one widget per appointment:
a day of 20 providers x 30 appointments stays one cheap paint. These classes hold the state and
decide when to lay out and paint; where things go is book/geometry.py, how they look
book/painting.py, and what input does book/interaction.py.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QToolTip, QVBoxLayout, QWidget

from frontdesk.domain.book import BookMode, DayColumn, DayEntry, DaySheet
from frontdesk.ui.book import accessible
from frontdesk.ui.book.blockouts import BlockoutLayer
from frontdesk.ui.book.cached import CachedPaint
from frontdesk.ui.book.claims import ClaimLayer
from frontdesk.ui.book.geometry import (
    BAND_HEIGHT,
    FIRST_HOUR,
    HEADER_HEIGHT,
    LAST_HOUR,
    RULER_WIDTH,
    Block,
    Grid,
    Key,
    entry_key,
    hour_span,
)
from frontdesk.ui.book.interaction import CanvasInteraction
from frontdesk.ui.book.painting import (
    Fonts,
    Look,
    LookStyle,
    compute_look,
    paint_blocks,
    paint_closed,
    paint_drop,
    paint_grid,
    paint_header,
    paint_now,
    paint_ruler,
    paint_slot,
)
from frontdesk.ui.book.picture import Picture
from frontdesk.ui.book.text import column_titles
from frontdesk.ui.dates import long_day
from frontdesk.ui.i18n import arg
from frontdesk.ui.theme import closed_shade, is_dark


class DayCanvas(CanvasInteraction):
    """The columns of one sheet, to scale. Blocks are laid out on demand and kept until the
    sheet or width changes; a block's look is worked out the first time it is painted. The
    static book is painted from a cached picture (book/picture.py), rendered again only where
    its content, size, palette or selection changed; the current-time line, the slot clicked,
    a drop's ghost and the ruler are painted over it."""

    prepared_lost = Signal()  # the sheets prepared ahead were for another width

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.now: datetime | None = None
        # Per column, laid out when first painted or asked for (None: not yet), and their
        # looks (None: not worked out yet); `_all` is every column's, once asked for.
        self._columns: list[list[Block] | None] = []
        self._looks: list[list[Look | None] | None] = []
        self._all: list[Block] | None = None
        # The width the blocks were laid out for; None: lay them out again before next use.
        # Laid out on demand, so the resizes of a window being shown cost one layout, not three.
        self._laid_out_width: int | None = None
        self._fonts: Fonts | None = None
        self._style: LookStyle | None = None  # None: the fonts or palette changed
        self._dark = False
        self.picture = Picture()
        self.ruler_picture = CachedPaint()
        self.painted = True  # the sheet shown has been painted since it was set
        self.painted_at = 0.0  # perf_counter() at the end of the last paint
        # Sheets laid out and rendered ahead (the days either side), adopted when shown.
        self._prepared: dict[tuple[date, BookMode], _Prepared] = {}
        self.first_hour, self.last_hour = FIRST_HOUR, LAST_HOUR
        self.ruler_left = 0  # the horizontal scroll: the hour ruler is painted there
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Appointment book"))
        accessible.install(self)  # read as a table of columns and appointments
        self.blockout_layer = BlockoutLayer(self, self.grid)  # issue 15: book/blockouts.py
        self.claim_layer = ClaimLayer(self, self.grid)  # issue 14: other desks' claims

    # -- geometry (book/geometry.py, for this sheet, width and hours) ------------------------
    def grid(self) -> Grid:
        return Grid(self.sheet, self.width(), self.first_hour, self.last_hour)

    def column_count(self) -> int:
        return len(self.sheet.columns) if self.sheet else 0

    def column_width(self) -> float:
        return self.grid().column_width

    def column_left(self, index: int) -> float:
        return self.grid().column_left(index)

    def column_at(self, x: float) -> int | None:
        return self.grid().column_at(x)

    def y_for(
        self, moment: datetime, zone: ZoneInfo | None = None, day: date | None = None
    ) -> float:
        return self.grid().y_for(moment, zone, day)

    def time_at(self, y: float, column: DayColumn) -> datetime:
        return self.grid().time_at(y, column)

    def sizeHint(self) -> QSize:
        return self.grid().natural_size()

    # -- the sheet -------------------------------------------------------------------------
    def set_sheet(self, sheet: DaySheet, now: datetime | None) -> None:
        if self._press is not None:
            # A background refresh must not drop what the user is dragging: it waits.
            self._deferred = (sheet, now)
            return
        self._deferred = None
        if self.sheet is not None and sheet == self.sheet and self.drop is None:
            # The same content read again (a sync that changed nothing drawn): the picture
            # holds; only the current-time line may move.
            self.sheet = sheet
            self.set_now(now)
            self.redrawn.emit()
            return
        left = self._leaving(sheet)
        self.sheet = sheet
        self.now = now
        self.drop = None
        self._press = None
        waiting = self._matching(sheet)
        self.first_hour, self.last_hour = waiting.hours if waiting else hour_span(sheet)
        self.setMinimumSize(self.sizeHint())
        prepared = self._take_prepared(sheet)
        self.painted = False
        if prepared is None:
            self._laid_out_width = None
            if left is not None:
                self.picture = Picture()  # the day left keeps its own
            else:
                self.picture.clear()
        if left is not None:
            self._keep_prepared(left)
        if self.slot is not None:  # the place clicked, in the new sheet's same column
            same = [c for c in sheet.columns if c.key == self.slot.column.key]
            kept = same and sheet.column_day(same[0]) == self.slot.start.date()
            self.slot = replace(self.slot, column=same[0]) if kept else None
        if self.selected is not None and not _holds(sheet, self.selected):
            self.selected = None
            self.selection_changed.emit(None)
        if prepared is not None and prepared.selected != self.selected:
            # Outlined as it was when prepared: the blocks of this sheet concerned only.
            keys = (prepared.selected, self.selected)
            self.redraw_blocks(*(k for k in keys if k is not None and _holds(sheet, k)))
        self.update()
        self.redrawn.emit()

    # -- sheets prepared ahead ---------------------------------------------------------------
    def prepare(self, sheet: DaySheet, rect: QRect, hours: tuple[int, int] | None = None) -> None:
        """Lay `sheet` out (on `hours`, its hour span) and render the part `rect` of it
        ahead of its showing (the next day, while the receptionist reads this one): showing
        it is then a blit, at this width and style. All at once; `prepare_steps` spreads it."""
        for _step in self.prepare_steps(sheet, rect, hours):
            pass

    def prepare_steps(
        self, sheet: DaySheet, rect: QRect, hours: tuple[int, int] | None = None
    ) -> Iterator[None]:
        """`prepare`, one step at a time: each column of `rect` laid out with the looks of
        its blocks there, then each tile of `rect` rendered, yielding after each (a 50-column
        day is 30 to 60 ms of work: in steps, a key press waits for one step at most). What
        is done so far is kept and adopted if the sheet is shown before the end; the steps
        stop when it was shown, dropped, or the width or style changed meanwhile."""
        if self._press is not None or sheet is self.sheet or self.sheet is None:
            return
        self._ensure_style()
        key = (sheet.day, sheet.mode)
        count = len(sheet.columns)
        prepared = self._prepared.get(key)
        if (
            prepared is not None
            and prepared.sheet is sheet
            and prepared.width == self.width()
            and prepared.style is self._style
        ):
            if prepared.complete:
                return  # a redraw of the day shown asks again for the same days
            # else: begun and left (the day changed meanwhile): what is done holds
        else:
            prepared = _Prepared(
                sheet,
                hours or hour_span(sheet),
                self.width(),
                [None] * count,
                [None] * count,
                Picture(),
                self._style,
                self.selected,
            )
            self._prepared[key] = prepared
            while len(self._prepared) > PREPARED:
                del self._prepared[next(iter(self._prepared))]

        def current() -> bool:
            return (
                self._prepared.get(key) is prepared
                and prepared.width == self.width()
                and prepared.style is self._style
                and self._press is None
            )

        clip = QRectF(rect)
        grid = Grid(sheet, prepared.width, *prepared.hours)
        width = grid.column_width
        first = max(0, int((clip.left() - RULER_WIDTH) // width)) if count else 0
        last = min(count - 1, int((clip.right() - RULER_WIDTH) // width))
        for index in range(first, last + 1):
            with self._showing(prepared):
                for n, block in enumerate(self._column(index)):
                    if block.rect.intersects(clip):
                        self._look(index, n)
            yield
            if not current():
                return
        for at in prepared.picture.tiles_of(rect, self.devicePixelRatioF()):
            done = False
            while not done:
                with self._showing(prepared):
                    done = prepared.picture.prepare_tile(at, rect, self._render, STRIP_ROWS)
                yield
                if not current():
                    return
        prepared.complete = True

    @contextmanager
    def _showing(self, prepared: _Prepared) -> Iterator[None]:
        """The canvas as if it showed `prepared` (for one step of its preparation)."""
        shown = (self.sheet, self._columns, self._looks, self._all, self.picture)
        width, shown_hours = self._laid_out_width, (self.first_hour, self.last_hour)
        self.sheet, self.picture = prepared.sheet, prepared.picture
        self._columns, self._looks, self._all = prepared.columns, prepared.looks, None
        self.first_hour, self.last_hour = prepared.hours
        self._laid_out_width = prepared.width
        try:
            yield
        finally:
            self.sheet, self._columns, self._looks, self._all, self.picture = shown
            self._laid_out_width = width
            self.first_hour, self.last_hour = shown_hours

    def _matching(self, sheet: DaySheet) -> _Prepared | None:
        """The sheet prepared for `sheet`'s day, if it shows the same (the very sheet, or one
        read again since with the same content)."""
        prepared = self._prepared.get((sheet.day, sheet.mode))
        if prepared is None or not (prepared.sheet is sheet or prepared.sheet == sheet):
            return None
        return prepared

    def _leaving(self, incoming: DaySheet) -> _Prepared | None:
        """The day shown, as a preparation of itself, when `incoming` is another day: kept,
        going back to it is a blit. (Without it, its neighbour's preparation rendered it all
        again: at 50 columns, 100 ms of the GUI thread a press, taken from the worker
        building the days ahead.)"""
        old = self.sheet
        if (
            old is None
            or (old.day, old.mode) == (incoming.day, incoming.mode)
            or self._style is None
            or self._laid_out_width != self.width()
            or not self.painted
        ):
            return None
        return _Prepared(
            old,
            (self.first_hour, self.last_hour),
            self.width(),
            self._columns,
            self._looks,
            self.picture,
            self._style,
            self.selected,
            complete=True,  # what was seen is rendered; a paint renders the rest it shows
        )

    def _keep_prepared(self, prepared: _Prepared) -> None:
        key = (prepared.sheet.day, prepared.sheet.mode)
        self._prepared.pop(key, None)
        self._prepared[key] = prepared
        while len(self._prepared) > PREPARED:
            del self._prepared[next(iter(self._prepared))]

    def _take_prepared(self, sheet: DaySheet) -> _Prepared | None:
        prepared = self._matching(sheet)
        self._prepared.pop((sheet.day, sheet.mode), None)
        if prepared is None or prepared.width != self.width() or prepared.style is not self._style:
            return None
        self._columns, self._looks = prepared.columns, prepared.looks
        self._all, self.picture = None, prepared.picture
        self._laid_out_width = self.width()
        return prepared

    def set_now(self, now: datetime | None) -> None:
        """The current time moved: only the lines' old and new places are painted again."""
        if now == self.now:
            return
        grid = self.grid()
        before = grid.now_lines(self.now)
        self.now = now
        for line in before + grid.now_lines(now):
            self.update(_line_rect(line.x1(), line.x2(), line.y1()))

    @property
    def blocks(self) -> list[Block]:
        """Every block (every column laid out; the paint lays out the columns it shows)."""
        self._check_width()
        if self._all is None:
            self._all = [b for index in range(len(self._columns)) for b in self._column(index)]
        return self._all

    @property
    def looks(self) -> list[Look]:
        """Every block's look, parallel to `blocks` (the paint works out only those it paints)."""
        self.blocks  # noqa: B018
        return [
            self._look(index, n)
            for index in range(len(self._columns))
            for n in range(len(self._column(index)))
        ]

    def _check_width(self) -> None:
        if self._laid_out_width != self.width():
            self._reset_layout()

    def _column(self, index: int) -> list[Block]:
        blocks = self._columns[index]
        if blocks is None:
            blocks = self._columns[index] = self.grid().lay_out_column(index)
            self._looks[index] = [None] * len(blocks)
        return blocks

    def _look(self, index: int, n: int) -> Look:
        fonts, style = self._ensure_style()
        blocks = self._column(index)
        looks = self._looks[index]
        assert looks is not None
        look = looks[n]
        if look is None:
            look = looks[n] = compute_look(blocks[n], fonts, style)
        return look

    def _ensure_style(self) -> tuple[Fonts, LookStyle]:
        if self._style is None or self._fonts is None:
            self._fonts = Fonts.of(self)
            self._dark = is_dark()
            self._style = LookStyle.of(self._fonts, self._dark)
            self._looks = [None if c is None else [None] * len(c) for c in self._columns]
            self._prepared.clear()
        return self._fonts, self._style

    def _reset_layout(self) -> None:
        """Laid out again, column by column as they are needed, for this sheet and width."""
        self._laid_out_width = self.width()
        count = self.column_count()
        self._columns = [None] * count
        self._looks = [None] * count
        self._all = None
        self.picture.clear()

    def _blocks_in(self, rect: QRectF) -> list[tuple[int, int]]:
        """(column, n) of the blocks that meet `rect`, laid out and looked for in its columns
        only."""
        grid = self.grid()
        if not self._columns or grid.column_count == 0:
            return []
        width = grid.column_width
        first = max(0, int((rect.left() - RULER_WIDTH) // width))
        last = min(grid.column_count - 1, int((rect.right() - RULER_WIDTH) // width))
        return [
            (index, n)
            for index in range(first, last + 1)
            for n, block in enumerate(self._column(index))
            if block.rect.intersects(rect)
        ]

    def redraw_blocks(self, *keys: Key | None) -> None:
        """These blocks' selection or drag changed: only their rects are rendered again."""
        for key in keys:
            block = self.block_for(key) if key is not None else None
            if block is not None:
                rect = block.rect.toAlignedRect().adjusted(-2, -2, 2, 2)
                self.picture.invalidate(rect)
                self.update(rect)

    def set_ruler_left(self, left: int) -> None:
        """Scrolled sideways: the ruler is painted again where it was (the scrolled pixels
        carried it along) and where it now is; the rest is the scrolled picture."""
        if left != self.ruler_left:
            height = self.height()
            self.update(QRect(self.ruler_left, 0, RULER_WIDTH + 1, height))
            self.ruler_left = left
            self.update(QRect(left, 0, RULER_WIDTH + 1, height))

    def under_ruler(self, point: QPointF) -> bool:
        return point.x() < self.ruler_left + RULER_WIDTH

    # -- painting (book/painting.py) -------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
            QEvent.Type.FontChange,
        ):
            self._style = None
            self.picture.clear()
            self._prepared.clear()
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Every column's width and place follows the width. A new height only adds or takes
        # away closed time at the bottom: what is rendered above it holds.
        if event.size().width() != event.oldSize().width():
            self.picture.clear()
            if self._prepared:
                self._prepared.clear()
                self.prepared_lost.emit()
        super().resizeEvent(event)

    def _render(self, painter: QPainter, box: QRect) -> None:
        """The static book within `box`: closed time, grid and blocks (into the picture)."""
        palette = self.palette()
        painter.fillRect(box, palette.color(QPalette.ColorRole.Base))
        grid = self.grid()
        height = float(self.height())
        if self.sheet is not None:
            paint_closed(painter, grid, closed_shade(palette), height)
            self.blockout_layer.paint(painter, grid, palette, self.font())
            self.claim_layer.paint(painter, grid, palette, self.font())
        paint_grid(painter, grid, palette, self.font(), height)
        clip = QRectF(box)
        self._check_width()
        shown = self._blocks_in(clip)
        if not shown:
            return
        looks = [self._look(index, n) for index, n in shown]
        assert self._fonts is not None
        dragged = entry_key(self.drop.entry) if self.drop is not None else None
        paint_blocks(
            painter,
            [self._column(index)[n] for index, n in shown],
            looks,
            clip,
            self._fonts,
            self._dark,
            palette.color(QPalette.ColorRole.Highlight),
            self.devicePixelRatioF(),
            self.selected,
            dragged,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._check_width()  # first: a new layout clears the picture
        self.picture.paint(painter, event.rect(), self.devicePixelRatioF(), self._render)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        grid = self.grid()
        if self.slot is not None and self.sheet is not None:
            paint_slot(painter, grid.slot_rect(self.slot), palette)
        paint_now(painter, grid.now_lines(self.now))
        if self.drop is not None and self.sheet is not None:
            paint_drop(painter, self.drop, grid.drop_rect(self.drop), palette)
        self._paint_ruler(painter, grid, event.rect())
        painter.end()
        self.painted = True
        self.painted_at = time.perf_counter()

    def _paint_ruler(self, painter: QPainter, grid: Grid, exposed: QRect) -> None:
        """The hour ruler, kept as a pixmap: it changes with the hours shown, the height, the
        palette and the font, not with what is painted under it."""
        palette, font, height = self.palette(), self.font(), float(self.height())

        def render(inner: QPainter) -> None:
            inner.setRenderHint(QPainter.RenderHint.Antialiasing)
            paint_ruler(inner, grid, palette, font, height, 0)

        key = (
            grid.first_hour,
            grid.last_hour,
            grid.hour_y(grid.first_hour),
            grid.hour_y(grid.last_hour),
            palette.cacheKey(),
            font.key(),
        )
        size = QSize(RULER_WIDTH + 1, self.height())
        ratio = self.devicePixelRatioF()
        at = QPoint(self.ruler_left, 0)
        self.ruler_picture.draw(painter, at, size, ratio, key, render, exposed=exposed)


PREPARED = 3  # sheets kept prepared: the days either side, and the day shown being redrawn
PREPARE_QUEUE = 2
PREPARE_DELAY_MS = 15  # after the paint of a new day: a key held down is not slowed
_DONE = object()  # what next() gives for a preparation whose steps are over
STEP_BUDGET_S = 0.004  # preparation steps run in one event-loop turn for about this long
SAME_TURN_S = 0.002  # a paint of the book this recent was in the loop's turn under way
STRIP_ROWS = 128  # a step renders at most this many rows of a tile (a whole tile: 12-23 ms)


@dataclass
class _Prepared:
    """A sheet laid out and partly rendered ahead, for the canvas's size and style then."""

    sheet: DaySheet
    hours: tuple[int, int]
    width: int
    columns: list[list[Block] | None]
    looks: list[list[Look | None] | None]
    picture: Picture
    style: LookStyle | None
    selected: Key | None
    complete: bool = False  # every step done (else the rest is rendered when painted)


def _holds(sheet: DaySheet, key: Key) -> bool:
    """Whether the appointment `key` is drawn on `sheet` (without laying it out)."""
    return any(entry_key(e) == key for column in sheet.columns for e in column.entries)


def _line_rect(left: float, right: float, y: float) -> QRect:
    """What a current-time line (and its dot) covers."""
    return QRectF(left - 6, y - 6, right - left + 12, 12).toAlignedRect()


class DayHeader(QWidget):
    """Column titles, and above them a band per location when the book is grouped."""

    def __init__(self, canvas: DayCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.offset = 0  # the canvas's horizontal scroll
        self.today: date | None = None  # highlighted in the week view
        self._titles: list[tuple[str, str]] | None = None  # of the sheet `_titled`
        self._titled: DaySheet | None = None
        self.picture = CachedPaint()
        self.painted_at = 0.0  # perf_counter() at the end of the last paint
        self.setFixedHeight(HEADER_HEIGHT)

    def set_offset(self, offset: int) -> None:
        self.offset = offset
        self.update()

    def refresh(self) -> None:
        sheet = self.canvas.sheet
        banded = sheet is not None and sheet.grouped and bool(sheet.columns)
        self.setFixedHeight(HEADER_HEIGHT + (BAND_HEIGHT if banded else 0))
        # Worked out once per sheet, not on every paint (a horizontal scroll paints the header).
        if sheet is not self._titled:
            self._titled = sheet
            self._titles = [column_titles(sheet, c) for c in sheet.columns] if sheet else None
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.update()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        # The full name and where, whatever the column's width cut off.
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            sheet = self.canvas.sheet
            index = self.canvas.grid().column_at(event.pos().x() + self.offset)
            if sheet is None or index is None or event.pos().x() < RULER_WIDTH:
                QToolTip.hideText()
            else:
                column = sheet.columns[index]
                title, detail = column_titles(sheet, column)
                zone = arg(self.tr("Times in %1"), column.zone.key)
                lines = [title, detail, column.location, zone]
                if sheet.mode is BookMode.WEEK:
                    lines[0] = long_day(sheet.column_day(column))
                    lines[1] = f"{column.provider.name} · {detail}"
                text = "\n".join(dict.fromkeys(line for line in lines if line))
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """From a kept pixmap, painted again when the titles, the scroll, the widths, the
        palette or the font change (the window's other paints leave the header as it was)."""
        grid = self.canvas.grid()
        palette, font, size = self.palette(), self.font(), self.size()
        titles = self._titles if self._titled is self.canvas.sheet else None
        sheet = grid.sheet

        def render(inner: QPainter) -> None:
            paint_header(inner, size, grid, self.offset, self.today, font, palette, titles)

        key = (
            id(sheet),
            id(titles),
            grid.column_width,
            self.offset,
            self.today,
            palette.cacheKey(),
            font.key(),
        )
        painter = QPainter(self)
        self.picture.draw(
            painter,
            QPoint(0, 0),
            size,
            self.devicePixelRatioF(),
            key,
            render,
            keep=(sheet, titles),
            exposed=event.rect(),
        )
        painter.end()
        self.painted_at = time.perf_counter()

    @staticmethod
    def titles(sheet: DaySheet, column: DayColumn) -> tuple[str, str]:
        return column_titles(sheet, column)


class DayView(QWidget):
    """Header + scrollable canvas. `show_sheet(sheet)` replaces what is drawn."""

    appointment_clicked = Signal(object)
    appointment_activated = Signal(object)
    selection_changed = Signal(object)
    context_requested = Signal(object, QPoint)
    move_requested = Signal(object)
    slot_activated = Signal(object)  # SlotAt
    slot_context_requested = Signal(object, QPoint)
    drop_refused = Signal(str)
    slot_clicked = Signal(object)  # SlotAt
    dragged_out = Signal(object, QPoint)  # DayEntry, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = DayCanvas()
        self.header = DayHeader(self.canvas)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the canvas
        self.scroll_area.horizontalScrollBar().valueChanged.connect(self.header.set_offset)
        self.scroll_area.horizontalScrollBar().valueChanged.connect(self.canvas.set_ruler_left)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll_area)
        self.setFocusProxy(self.canvas)
        self.canvas.appointment_clicked.connect(self.appointment_clicked)
        self.canvas.appointment_activated.connect(self.appointment_activated)
        self.canvas.selection_changed.connect(self.selection_changed)
        self.canvas.context_requested.connect(self.context_requested)
        self.canvas.move_requested.connect(self.move_requested)
        self.canvas.slot_activated.connect(self.slot_activated)
        self.canvas.slot_context_requested.connect(self.slot_context_requested)
        self.canvas.drop_refused.connect(self.drop_refused)
        self.canvas.slot_clicked.connect(self.slot_clicked)
        self.canvas.dragged_out.connect(self.dragged_out)
        self.canvas.ensure_visible.connect(self._ensure_visible)
        self.canvas.redrawn.connect(self.header.refresh)
        # A scroll asked for before the window is laid out (the first frame of a staged start)
        # waits for the scroll bar's range to exist.
        self._scroll_wanted: int | None = None
        self.scroll_area.verticalScrollBar().rangeChanged.connect(self._range_changed)
        # Sheets to prepare ahead (DayCanvas.prepare), after the paint of the one shown.
        self._to_prepare: list[tuple[DaySheet, datetime]] = []
        self._ahead: list[tuple[DaySheet, datetime]] = []  # the last asked for
        self.canvas.prepared_lost.connect(self._prepare_again)
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.setInterval(PREPARE_DELAY_MS)
        self._prepare_timer.timeout.connect(self._prepare_next)
        self._steps: Iterator[None] | None = None  # the preparation under way, a step a turn
        self._stepping: tuple[DaySheet, datetime] | None = None  # whose, when a day ahead
        # The same day read again, its picture being made in steps; then shown, then told.
        self._swap: tuple[DaySheet, datetime | None, date | None, Callable[[], None]] | None = None

    def show_sheet(self, sheet: DaySheet, now: datetime | None, today: date | None = None) -> None:
        self.header.today = today
        shown = self.canvas.sheet
        if self._swap is not None:  # superseded: this sheet is shown now
            self._swap = None
            self._steps = None
        if shown is None or (shown.day, shown.mode) != (sheet.day, sheet.mode):
            # Another day: what was being prepared was its neighbours'. (Its own preparation,
            # if under way, is adopted as far as it got: the paint renders the rest in view.)
            self._steps = None
            self._stepping = None
            self._to_prepare = []
        self.canvas.set_sheet(sheet, now)
        self.canvas.setAccessibleName(
            self.tr("Appointment book, week view")
            if sheet.mode is BookMode.WEEK
            else self.tr("Appointment book, day view")
        )
        self.header.refresh()

    def show_sheet_in_steps(
        self,
        sheet: DaySheet,
        now: datetime | None,
        today: date | None,
        then: Callable[[], None],
    ) -> None:
        """The day shown read again (a sync, an edit): its new picture is made in steps
        (`prepare_steps`, what is in view) while the old one stays on screen, then shown (a
        blit) and `then` called. A sync's end redrew the whole view in one 30 ms block."""
        canvas = self.canvas
        shown = canvas.sheet
        if (
            shown is None
            or (shown.day, shown.mode) != (sheet.day, sheet.mode)
            or sheet == shown
            or not canvas.isVisible()
            or canvas.drop is not None
            or canvas._press is not None
        ):
            self.show_sheet(sheet, now, today)
            then()
            return
        if self._stepping is not None and self._steps is not None:  # a day ahead: after
            self._to_prepare.insert(0, self._stepping)
        self._stepping = None
        viewport = self.scroll_area.viewport().size()
        left = self.scroll_area.horizontalScrollBar().value()
        top = self.scroll_area.verticalScrollBar().value()
        rect = QRect(left, top, viewport.width(), viewport.height())
        self._swap = (sheet, now, today, then)
        self._steps = canvas.prepare_steps(sheet, rect)
        self._prepare_timer.start(0)

    @property
    def swapping(self) -> bool:
        """A new picture of the day shown is being made: the old one is still on screen."""
        return self._swap is not None

    def _swap_now(self) -> None:
        if self._swap is None:
            return
        sheet, now, today, then = self._swap
        self.show_sheet(sheet, now, today)
        then()

    def prepare(self, sheet: DaySheet, at: datetime) -> None:
        """Get `sheet` ready to show, scrolled to `at` as `scroll_to` would (a day the
        receptionist may go to next): laid out, and what the viewport will show rendered,
        once the sheet shown is painted (its paint comes first), one sheet a turn."""
        if sheet.mode is BookMode.DAY:
            # A day asked for again (two redraws in a row each ask for both neighbours) takes
            # its earlier place's turn: queued twice, it pushed the other day out of the queue.
            def others(queue: list[tuple[DaySheet, datetime]]) -> list[tuple[DaySheet, datetime]]:
                return [(s, a) for s, a in queue if s.day != sheet.day]

            self._to_prepare = [*others(self._to_prepare), (sheet, at)][-PREPARE_QUEUE:]
            self._ahead = [*others(self._ahead), (sheet, at)][-PREPARE_QUEUE:]
            if self._steps is None:
                self._prepare_timer.start(PREPARE_DELAY_MS)

    def _prepare_again(self) -> None:
        """The width changed: the sheets prepared ahead are prepared for the new one."""
        shown = self.canvas.sheet
        self._steps = None
        self._to_prepare = [(s, at) for s, at in self._ahead if s is not shown][-PREPARE_QUEUE:]
        if self._to_prepare:
            self._prepare_timer.start(PREPARE_DELAY_MS)

    def _prepare_next(self) -> None:
        """Steps of the preparations queued (DayCanvas.prepare_steps) for about STEP_BUDGET_S,
        then the next ones on the next turn of the event loop: input and paints go between.
        (A turn per step was too fine: on a busy machine each turn waited for the GIL, and
        the next day was not ready when Alt+Right came.)"""
        if self._steps is None and not self._to_prepare and self._swap is None:
            return
        if not self.canvas.painted:  # the new day's own paint first
            self._prepare_timer.start(PREPARE_DELAY_MS)
            return
        if time.perf_counter() - max(self.canvas.painted_at, self.header.painted_at) < SAME_TURN_S:
            # The book was just painted, in this very turn of the loop (a window's first
            # frame: the header's paint, the canvas's, then this timer): a step now would
            # add its 4 ms to theirs before any input is read. The next turn takes it.
            self._prepare_timer.start(1)
            return
        deadline = time.perf_counter() + STEP_BUDGET_S
        while True:
            if self._steps is None and self._swap is not None:  # its steps were stopped
                self._swap_now()
                break
            if self._steps is None:
                if not self._to_prepare:
                    break
                self._stepping = self._to_prepare.pop(0)
                self._steps = self._steps_for(*self._stepping)
                if self._steps is None:
                    continue
            if next(self._steps, _DONE) is _DONE:
                self._steps = self._stepping = None
                if self._swap is not None:
                    self._swap_now()  # shown: its paint comes before anything else
                    break
            if time.perf_counter() >= deadline:
                break
        if self._steps is not None or self._to_prepare:
            self._prepare_timer.start(0)

    def _steps_for(self, sheet: DaySheet, at: datetime) -> Iterator[None] | None:
        canvas = self.canvas
        if canvas.sheet is None:
            return None
        viewport = self.scroll_area.viewport().size()
        hours = hour_span(sheet)
        grid = Grid(sheet, canvas.width(), *hours)
        height = max(grid.natural_size().height(), viewport.height())
        top = int(grid.y_for(at - timedelta(minutes=45)))
        top = max(0, min(top, height - viewport.height()))
        left = self.scroll_area.horizontalScrollBar().value()
        return canvas.prepare_steps(
            sheet, QRect(left, top, viewport.width(), viewport.height()), hours
        )

    def scroll_to(self, moment: datetime) -> None:
        if self.canvas.sheet is None:
            return
        y = int(self.canvas.y_for(moment - timedelta(minutes=45)))
        bar = self.scroll_area.verticalScrollBar()
        bar.setValue(y)
        self._scroll_wanted = y if bar.value() != y else None

    def _range_changed(self, _minimum: int, maximum: int) -> None:
        if self._scroll_wanted is None or maximum <= 0:
            return
        self.scroll_area.verticalScrollBar().setValue(self._scroll_wanted)
        self._scroll_wanted = None

    def _ensure_visible(self, rect: QRectF) -> None:
        centre = rect.center().toPoint()
        self.scroll_area.ensureVisible(centre.x(), centre.y(), 40, int(rect.height() / 2) + 30)

    @property
    def sheet(self) -> DaySheet | None:
        return self.canvas.sheet

    def selected_entry(self) -> DayEntry | None:
        return self.canvas.selected_entry()
