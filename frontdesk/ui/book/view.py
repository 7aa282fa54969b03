"""The book's widgets: DayCanvas (the columns, painted), DayHeader (their titles) and DayView
(header over a scrollable canvas).

Painted by hand (like Merkuro's and Open Dental's books) rather than one widget per appointment:
a day of 20 providers x 30 appointments stays one cheap paint. These classes hold the state and
decide when to lay out and paint; where things go is book/geometry.py, how they look
book/painting.py, and what input does book/interaction.py.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QScrollArea, QToolTip, QVBoxLayout, QWidget

from frontdesk.domain.book import BookMode, DayColumn, DayEntry, DaySheet
from frontdesk.ui.book.blockouts import BlockoutLayer
from frontdesk.ui.book.geometry import (
    BAND_HEIGHT,
    FIRST_HOUR,
    HEADER_HEIGHT,
    LAST_HOUR,
    RULER_WIDTH,
    Block,
    Grid,
    entry_key,
    hour_span,
)
from frontdesk.ui.book.interaction import CanvasInteraction
from frontdesk.ui.book.painting import (
    Fonts,
    Look,
    compute_looks,
    paint_blocks,
    paint_closed,
    paint_drop,
    paint_grid,
    paint_header,
    paint_now,
    paint_ruler,
    paint_slot,
)
from frontdesk.ui.book.text import column_titles
from frontdesk.ui.theme import closed_shade, is_dark


class DayCanvas(CanvasInteraction):
    """The columns of one sheet, to scale. Blocks are laid out, and their looks worked out, on
    demand and kept until the sheet, width, palette or font changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.now: datetime | None = None
        self._blocks: list[Block] = []
        self._looks: list[Look] = []  # parallel to blocks
        # The width the blocks were laid out for; None: lay them out again before next use.
        # Laid out on demand, so the resizes of a window being shown cost one layout, not three.
        self._laid_out_width: int | None = None
        self._looks_stale = True
        self._fonts: Fonts | None = None
        self.first_hour, self.last_hour = FIRST_HOUR, LAST_HOUR
        self.ruler_left = 0  # the horizontal scroll: the hour ruler is painted there
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName("Appointment book")
        self.blockout_layer = BlockoutLayer(self, self.grid)  # issue 15: book/blockouts.py

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
        self.sheet = sheet
        self.now = now
        self.drop = None
        self._press = None
        self.first_hour, self.last_hour = hour_span(sheet)
        self.setMinimumSize(self.sizeHint())
        self._laid_out_width = None
        if self.slot is not None:  # the place clicked, in the new sheet's same column
            same = [c for c in sheet.columns if c.key == self.slot.column.key]
            kept = same and sheet.column_day(same[0]) == self.slot.start.date()
            self.slot = replace(self.slot, column=same[0]) if kept else None
        if self.selected is not None and self.selected_entry() is None:
            self.selected = None
            self.selection_changed.emit(None)
        self.update()
        self.redrawn.emit()

    @property
    def blocks(self) -> list[Block]:
        if self._laid_out_width != self.width():
            self._layout_blocks()
        return self._blocks

    @property
    def looks(self) -> list[Look]:
        blocks = self.blocks
        if self._looks_stale or len(self._looks) != len(blocks):
            self._compute_looks()
        return self._looks

    def _layout_blocks(self) -> None:
        self._laid_out_width = self.width()
        self._blocks = self.grid().lay_out_blocks()
        self._looks_stale = True

    def _compute_looks(self) -> None:
        self._fonts = fonts = Fonts.of(self)
        self._looks = compute_looks(self._blocks, fonts, is_dark())
        self._looks_stale = False

    def set_ruler_left(self, left: int) -> None:
        """Scrolled sideways: the ruler moves with the view (a full repaint: the scrolled
        pixels would carry the old ruler along)."""
        if left != self.ruler_left:
            self.ruler_left = left
            self.update()

    def under_ruler(self, point: QPointF) -> bool:
        return point.x() < self.ruler_left + RULER_WIDTH

    # -- painting (book/painting.py) -------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
            QEvent.Type.FontChange,
        ):
            self._looks_stale = True
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.Base))
        grid = self.grid()
        height = float(self.height())
        if self.sheet is not None:
            paint_closed(painter, grid, closed_shade(palette), height)
            self.blockout_layer.paint(painter, grid, palette, self.font())
        paint_grid(painter, grid, palette, self.font(), height)
        blocks, looks = self.blocks, self.looks
        if self._fonts is not None:  # None only before the first looks, when there are none
            dragged = entry_key(self.drop.entry) if self.drop is not None else None
            paint_blocks(
                painter,
                blocks,
                looks,
                QRectF(event.rect()),
                self._fonts,
                is_dark(),
                palette.color(QPalette.ColorRole.Highlight),
                self.devicePixelRatioF(),
                self.selected,
                dragged,
            )
        if self.slot is not None and self.sheet is not None:
            paint_slot(painter, grid.slot_rect(self.slot), palette)
        paint_now(painter, grid.now_lines(self.now))
        if self.drop is not None and self.sheet is not None:
            paint_drop(painter, self.drop, grid.drop_rect(self.drop), palette)
        paint_ruler(painter, grid, palette, self.font(), height, self.ruler_left)
        painter.end()


class DayHeader(QWidget):
    """Column titles, and above them a band per location when the book is grouped."""

    def __init__(self, canvas: DayCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.offset = 0  # the canvas's horizontal scroll
        self.today: date | None = None  # highlighted in the week view
        self.setFixedHeight(HEADER_HEIGHT)

    def set_offset(self, offset: int) -> None:
        self.offset = offset
        self.update()

    def refresh(self) -> None:
        sheet = self.canvas.sheet
        banded = sheet is not None and sheet.grouped and bool(sheet.columns)
        self.setFixedHeight(HEADER_HEIGHT + (BAND_HEIGHT if banded else 0))
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
                lines = [title, detail, column.location, f"Times in {column.zone.key}"]
                if sheet.mode is BookMode.WEEK:
                    lines[0] = f"{sheet.column_day(column):%A %d %B}"
                    lines[1] = f"{column.provider.name} · {detail}"
                text = "\n".join(dict.fromkeys(line for line in lines if line))
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_header(
            painter,
            self.size(),
            self.canvas.grid(),
            self.offset,
            self.today,
            self.font(),
            self.palette(),
        )
        painter.end()

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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = DayCanvas()
        self.header = DayHeader(self.canvas)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
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
        self.canvas.ensure_visible.connect(self._ensure_visible)
        self.canvas.redrawn.connect(self.header.refresh)
        # A scroll asked for before the window is laid out (the first frame of a staged start)
        # waits for the scroll bar's range to exist.
        self._scroll_wanted: int | None = None
        self.scroll_area.verticalScrollBar().rangeChanged.connect(self._range_changed)

    def show_sheet(self, sheet: DaySheet, now: datetime | None, today: date | None = None) -> None:
        self.header.today = today
        self.canvas.set_sheet(sheet, now)
        self.canvas.setAccessibleName(
            "Appointment book, week view"
            if sheet.mode is BookMode.WEEK
            else "Appointment book, day view"
        )
        self.header.refresh()

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
