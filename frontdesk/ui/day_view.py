"""The appointment book: a column per provider (day view) or per day (week view, one provider),
appointments drawn to scale, closed time shaded, the current time as a line.

Painted by hand (like Merkuro's and Open Dental's books) rather than one widget per appointment:
a day of 20 providers x 30 appointments stays one cheap paint. Overlaps are laid out side by side
by domain.layout. Appointments are moved by dragging them; the window asks before anything is
sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QToolTip, QVBoxLayout, QWidget

from frontdesk.domain.book import BookMode, DayColumn, DayEntry, DaySheet
from frontdesk.domain.layout import lay_out
from frontdesk.domain.models import AppointmentStatus
from frontdesk.ui.status_icons import (
    LABEL,
    StatusKind,
    status_colour,
    status_kind,
    status_pixmap,
)
from frontdesk.ui.theme import closed_shade, is_dark, service_accent, service_fill

RULER_WIDTH = 58
HEADER_HEIGHT = 46
BAND_HEIGHT = 22  # the location band above the providers, when grouped
MIN_COLUMN_WIDTH = 124
PX_PER_MINUTE = 1.6
FIRST_HOUR, LAST_HOUR = 7, 20
SNAP_MINUTES = 5

STATUS_LABEL = {
    AppointmentStatus.BOOKED: "Booked",
    AppointmentStatus.PENDING: "Waiting to be sent",
    AppointmentStatus.ARRIVED: "Arrived",
    AppointmentStatus.CHECKED_IN: "Checked in",
    AppointmentStatus.FULFILLED: "Seen",
    AppointmentStatus.NOSHOW: "No-show",
    AppointmentStatus.CANCELLED: "Cancelled",
    AppointmentStatus.PROPOSED: "Held, not booked",
    AppointmentStatus.WAITLIST: "Waiting list",
    AppointmentStatus.ENTERED_IN_ERROR: "Entered in error",
}

Key = tuple[str, str]  # (account, appointment id)


@dataclass(frozen=True)
class Block:
    rect: QRectF
    entry: DayEntry
    zone: ZoneInfo
    column: int


@dataclass(frozen=True)
class Look:
    """Everything a block's paint needs, worked out once per layout (not once per paint)."""

    kind: StatusKind
    fill: QColor
    faded_fill: QColor  # while dragged, or for no-shows and cancellations
    accent: QColor
    text: QColor
    faded_text: QColor
    muted: QColor
    dim: bool
    title: str  # elided to the block's width
    title_rect: QRectF
    title_width: float
    detail: str | None
    detail_rect: QRectF
    icon: QRectF | None


@dataclass
class Fonts:
    """The book's fonts and metrics, rebuilt when the widget's font changes."""

    base: QFont
    bold: QFont
    metrics: QFontMetrics
    small: QFontMetrics

    @classmethod
    def of(cls, widget: QWidget) -> Fonts:
        base = QFont(widget.font())
        base.setPointSizeF(max(7.5, base.pointSizeF() * 0.92))
        bold = QFont(base)
        bold.setBold(True)
        return cls(base, bold, QFontMetrics(bold), QFontMetrics(base))


@dataclass(frozen=True)
class Drop:
    """Where a dragged appointment would land."""

    entry: DayEntry
    column: DayColumn
    start: datetime
    end: datetime
    allowed: bool  # False across accounts: a vendor cannot move to another system


def entry_key(entry: DayEntry) -> Key:
    return (entry.appointment.account, entry.appointment.id)


def hour_span(sheet: DaySheet | None) -> tuple[int, int]:
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


def describe(entry: DayEntry, zone: ZoneInfo) -> str:
    """One line a screen reader (and the status bar) can say."""
    a = entry.appointment
    start = a.start.astimezone(zone)
    status = LABEL[status_kind(a)]
    pending = ", waiting to be sent" if a.pending else ""
    return f"{start:%H:%M} {entry.patient}, {entry.service}, {status}{pending}"


class DayCanvas(QWidget):
    appointment_clicked = Signal(object)  # DayEntry
    appointment_activated = Signal(object)  # DayEntry (double click, Enter)
    selection_changed = Signal(object)  # DayEntry | None
    context_requested = Signal(object, QPoint)  # DayEntry, global position
    move_requested = Signal(object)  # Drop
    ensure_visible = Signal(QRectF)  # keyboard selection moved: scroll it into view
    redrawn = Signal()  # a new sheet is drawn (the header follows)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet: DaySheet | None = None
        self.now: datetime | None = None
        self._blocks: list[Block] = []
        self._looks: list[Look] = []  # parallel to blocks
        # The width the blocks were laid out for; None: lay them out again before next use.
        # Laid out on demand, so the resizes of a window being shown cost one layout, not three.
        self._laid_out_width: int | None = None
        self._looks_stale = True
        self._fonts: Fonts | None = None
        self.selected: Key | None = None
        self.first_hour, self.last_hour = FIRST_HOUR, LAST_HOUR
        self._press: tuple[Block, QPointF] | None = None
        self.drop: Drop | None = None  # the ghost while dragging
        self._deferred: tuple[DaySheet, datetime | None] | None = None
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Appointment book")

    # -- geometry --------------------------------------------------------------------------
    def column_count(self) -> int:
        return len(self.sheet.columns) if self.sheet else 0

    def column_width(self) -> float:
        count = max(1, self.column_count())
        return max(MIN_COLUMN_WIDTH, (self.width() - RULER_WIDTH) / count)

    def column_left(self, index: int) -> float:
        return RULER_WIDTH + index * self.column_width()

    def column_at(self, x: float) -> int | None:
        if self.sheet is None or x < RULER_WIDTH:
            return None
        index = int((x - RULER_WIDTH) // self.column_width())
        return index if 0 <= index < self.column_count() else None

    def y_for(
        self, moment: datetime, zone: ZoneInfo | None = None, day: date | None = None
    ) -> float:
        """Vertical position of `moment` on the wall clock of `zone` (the home zone by default)
        within `day` (the sheet's day by default)."""
        assert self.sheet is not None
        day = day or self.sheet.day
        local = moment.astimezone(zone or self.sheet.zone)
        # Wall-clock minutes, so a day with a daylight-saving change still lines up with the ruler.
        minutes = (local.hour - self.first_hour) * 60 + local.minute + local.second / 60
        if local.date() < day:
            minutes = 0
        elif local.date() > day:
            minutes = (self.last_hour - self.first_hour) * 60
        return max(0.0, min(minutes, (self.last_hour - self.first_hour) * 60)) * PX_PER_MINUTE

    def time_at(self, y: float, column: DayColumn) -> datetime:
        """The wall-clock time at height `y` in `column`, snapped to 5 minutes."""
        assert self.sheet is not None
        minutes = self.first_hour * 60 + y / PX_PER_MINUTE
        minutes = round(minutes / SNAP_MINUTES) * SNAP_MINUTES
        minutes = max(self.first_hour * 60, min(minutes, self.last_hour * 60 - SNAP_MINUTES))
        day = self.sheet.column_day(column)
        return datetime.combine(day, time(0), column.zone) + timedelta(minutes=minutes)

    def sizeHint(self) -> QSize:
        height = int((self.last_hour - self.first_hour) * 60 * PX_PER_MINUTE) + 1
        width = RULER_WIDTH + int(MIN_COLUMN_WIDTH * max(1, self.column_count()))
        return QSize(width, height)

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
        self._blocks = blocks = []
        self._laid_out_width = self.width()
        self._looks_stale = True
        if self.sheet is None:
            return
        width = self.column_width()
        for index, column in enumerate(self.sheet.columns):
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
                    max(12.0, bottom - top - 2),
                )
                blocks.append(Block(rect, entry, column.zone, index))

    def _compute_looks(self) -> None:
        """Colours, elided texts and rects for every block, for the current palette and font."""
        self._fonts = fonts = Fonts.of(self)
        dark = is_dark()
        base_text = QColor("#ECEFF4") if dark else QColor("#1F2933")
        faded_text = QColor(base_text)
        faded_text.setAlpha(150)
        muted = QColor(base_text)
        muted.setAlpha(170)
        line_height = fonts.metrics.height()
        small_height = fonts.small.height()
        looks = []
        for block in self._blocks:
            entry = block.entry
            appointment = entry.appointment
            kind = status_kind(appointment)
            fill = service_fill(entry.colour)
            if appointment.pending:
                fill.setAlpha(150)
            faded_fill = QColor(fill)
            faded_fill.setAlpha(110)
            dim = kind in (StatusKind.NOSHOW, StatusKind.CANCELLED)
            inner = block.rect.adjusted(8, 1, -4, -1)
            local = appointment.start.astimezone(block.zone)
            icon_side = min(14.0, line_height - 2.0)
            has_icon = kind is not StatusKind.BOOKED
            available = inner.width() - (icon_side + 3 if has_icon else 0)
            two_lines = inner.height() >= line_height * 2 - 2
            clock = f"{local.hour:02d}:{local.minute:02d}"
            title = entry.patient if two_lines else f"{clock} {entry.patient}"
            shown = fonts.metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(available))
            detail = None
            if two_lines:
                text = f"{clock} {entry.service}".strip()
                detail = fonts.small.elidedText(
                    text, Qt.TextElideMode.ElideRight, int(inner.width())
                )
            icon = None
            if has_icon:
                icon = QRectF(
                    inner.right() - icon_side,
                    inner.top() + (line_height - icon_side) / 2,
                    icon_side,
                    icon_side,
                )
            looks.append(
                Look(
                    kind=kind,
                    fill=fill,
                    faded_fill=faded_fill,
                    accent=service_accent(entry.colour),
                    text=faded_text if dim else base_text,
                    faded_text=faded_text,
                    muted=muted,
                    dim=dim,
                    title=shown,
                    title_rect=QRectF(inner.left(), inner.top(), available, line_height),
                    title_width=fonts.metrics.horizontalAdvance(shown),
                    detail=detail,
                    detail_rect=QRectF(
                        inner.left(),
                        inner.top() + line_height - 1,
                        inner.width(),
                        small_height,
                    ),
                    icon=icon,
                )
            )
        self._looks = looks
        self._looks_stale = False

    def block_at(self, point: QPointF) -> Block | None:
        for block in reversed(self.blocks):
            if block.rect.contains(point):
                return block
        return None

    def block_for(self, key: Key | None) -> Block | None:
        return next((b for b in self.blocks if entry_key(b.entry) == key), None)

    def selected_entry(self) -> DayEntry | None:
        block = self.block_for(self.selected)
        return block.entry if block else None

    # -- painting --------------------------------------------------------------------------
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
        self._paint_closed(painter)
        self._paint_grid(painter, palette)
        clip = QRectF(event.rect())
        dark = is_dark()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        ratio = self.devicePixelRatioF()
        for block, look in zip(self.blocks, self.looks, strict=True):
            if block.rect.intersects(clip):
                self._paint_block(painter, block, look, dark, highlight, ratio)
        self._paint_now(painter)
        self._paint_drop(painter)
        painter.end()

    def _paint_closed(self, painter: QPainter) -> None:
        """Closed time (outside the account's working hours) is shaded."""
        if self.sheet is None:
            return
        shade = closed_shade(self.palette())
        width = self.column_width()
        bottom = float(self.height())
        for index, column in enumerate(self.sheet.columns):
            left = self.column_left(index)
            day = self.sheet.column_day(column)
            y = 0.0
            for start, end in sorted(column.open_hours):
                top = self.y_for(start, column.zone, day)
                if top > y:
                    painter.fillRect(QRectF(left, y, width, top - y), shade)
                y = max(y, self.y_for(end, column.zone, day))
            if y < bottom:
                painter.fillRect(QRectF(left, y, width, bottom - y), shade)

    def _paint_grid(self, painter: QPainter, palette: QPalette) -> None:
        text = palette.color(QPalette.ColorRole.PlaceholderText)
        line = palette.color(QPalette.ColorRole.Mid)
        line.setAlpha(110)
        faint = QColor(line)
        faint.setAlpha(45)
        ruler_bg = palette.color(QPalette.ColorRole.AlternateBase)
        painter.fillRect(QRectF(0, 0, RULER_WIDTH, self.height()), ruler_bg)
        width = self.column_width()
        right = RULER_WIDTH + width * max(1, self.column_count())
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        painter.setFont(font)
        for hour in range(self.first_hour, self.last_hour + 1):
            y = (hour - self.first_hour) * 60 * PX_PER_MINUTE
            painter.setPen(QPen(line, 1))
            painter.drawLine(QPointF(RULER_WIDTH - 6, y + 0.5), QPointF(right, y + 0.5))
            painter.setPen(QPen(faint, 1, Qt.PenStyle.DashLine))
            half = y + 30 * PX_PER_MINUTE
            painter.drawLine(QPointF(RULER_WIDTH, half + 0.5), QPointF(right, half + 0.5))
            if hour < self.last_hour:
                painter.setPen(text)
                painter.drawText(
                    QRectF(0, y + 2, RULER_WIDTH - 10, 18),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    f"{hour:02d}:00",
                )
        painter.setPen(QPen(line, 1))
        for index in range(self.column_count() + 1):
            x = RULER_WIDTH + index * width
            painter.drawLine(QPointF(x + 0.5, 0), QPointF(x + 0.5, self.height()))
        if self.sheet is not None and self.sheet.grouped:
            # A stronger line where one location ends and the next begins.
            strong = palette.color(QPalette.ColorRole.Mid)
            painter.setPen(QPen(strong, 2))
            for _, first, _count in self.sheet.location_groups()[1:]:
                x = self.column_left(first)
                painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))

    def _paint_block(
        self,
        painter: QPainter,
        block: Block,
        look: Look,
        dark: bool,
        highlight: QColor,
        ratio: float,
    ) -> None:
        entry = block.entry
        appointment = entry.appointment
        rect = block.rect
        fonts = self._fonts
        assert fonts is not None
        dragging = self.drop is not None and entry_key(self.drop.entry) == entry_key(entry)
        faded = look.dim or dragging
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(look.faded_fill if faded else look.fill)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setBrush(look.accent)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2)
        if look.kind is StatusKind.CONFIRMED and not appointment.pending:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            outline = status_colour(look.kind, dark)
            outline.setAlpha(170)
            painter.setPen(QPen(outline, 1.2))
            painter.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), 4, 4)
        if appointment.pending:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(look.accent, 1.4, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(rect.adjusted(0.7, 0.7, -0.7, -0.7), 4, 4)
        if self.selected == entry_key(entry):
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(highlight, 2.2))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        # Text: the patient on top, time and service below when there is room.
        painter.setFont(fonts.bold)
        painter.setPen(look.faded_text if dragging else look.text)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(look.title_rect, align, look.title)
        if look.dim:
            y = look.title_rect.center().y()
            left = look.title_rect.left()
            painter.drawLine(QPointF(left, y), QPointF(left + look.title_width, y))
        if look.icon is not None:
            side = round(look.icon.width())
            painter.drawPixmap(
                look.icon.topLeft(), status_pixmap(look.kind, dark, max(1, side), ratio)
            )
        if look.detail is not None:
            painter.setFont(fonts.base)
            painter.setPen(look.muted)
            painter.drawText(look.detail_rect, align, look.detail)

    def _paint_now(self, painter: QPainter) -> None:
        """The current-time line, in each column's own zone."""
        if self.sheet is None or self.now is None:
            return
        colour = QColor("#E5484D")
        width = self.column_width()
        for index, column in enumerate(self.sheet.columns):
            local = self.now.astimezone(column.zone)
            day = self.sheet.column_day(column)
            if local.date() != day or not (self.first_hour <= local.hour < self.last_hour):
                continue
            y = self.y_for(self.now, column.zone, day)
            left = self.column_left(index)
            painter.setPen(QPen(colour, 1.6))
            painter.drawLine(QPointF(left, y), QPointF(left + width, y))
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QPointF(left + 1, y), 3.5, 3.5)

    def _paint_drop(self, painter: QPainter) -> None:
        drop = self.drop
        if drop is None or self.sheet is None:
            return
        index = self.sheet.columns.index(drop.column)
        day = self.sheet.column_day(drop.column)
        top = self.y_for(drop.start, drop.column.zone, day)
        bottom = self.y_for(drop.end, drop.column.zone, day)
        rect = QRectF(
            self.column_left(index) + 3, top + 1, self.column_width() - 8, bottom - top - 2
        )
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        colour = highlight if drop.allowed else QColor("#C62828")
        fill = QColor(colour)
        fill.setAlpha(40)
        painter.setBrush(fill)
        painter.setPen(QPen(colour, 1.6, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        label = f"{drop.start:%H:%M}" if drop.allowed else "another system"
        painter.drawText(
            rect.adjusted(8, 2, -4, -2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            label,
        )

    # -- interaction -----------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self.block_at(QPointF(event.pos()))
            if block is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(block.entry), self)
            return True
        return super().event(event)

    def tooltip_for(self, entry: DayEntry) -> str:
        a = entry.appointment
        block = next((b for b in self.blocks if b.entry is entry), None)
        zone = block.zone if block else None
        start = a.start.astimezone(zone)
        end = a.end.astimezone(zone)
        where = f" ({start:%Z})" if zone and self.sheet and zone != self.sheet.zone else ""
        kind = status_kind(a)
        status = STATUS_LABEL.get(a.status, a.status.value)
        if kind is StatusKind.CONFIRMED:
            status = "Confirmed"
        if a.pending:
            status += " · waiting to be sent"
        lines = [
            f"<b>{entry.patient}</b>",
            f"{start:%H:%M}–{end:%H:%M}{where} · {entry.service}",
            status,
        ]
        if a.notes:
            lines.append(a.notes)
        return "<br>".join(lines)

    def select(self, key: Key | None) -> None:
        if key == self.selected:
            return
        self.selected = key
        entry = self.selected_entry()
        if entry is not None:
            block = self.block_for(key)
            assert block is not None
            self.setAccessibleDescription(describe(entry, block.zone))
        self.update()
        self.selection_changed.emit(entry)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position())
        self.select(None if block is None else entry_key(block.entry))
        if block is not None:
            self.appointment_clicked.emit(block.entry)
            if event.button() == Qt.MouseButton.LeftButton:
                self._press = (block, event.position())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return super().mouseMoveEvent(event)
        block, origin = self._press
        if self.drop is None:
            distance = (event.position() - origin).manhattanLength()
            if distance < QApplication.startDragDistance():
                return None
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.drop = self._drop_at(block, event.position(), origin)
        self.update()
        return None

    def _drop_at(self, block: Block, point: QPointF, origin: QPointF) -> Drop | None:
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

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drop = self.drop
        self._press = None
        self.drop = None
        self.unsetCursor()
        self.update()
        if self._deferred is not None:
            self.set_sheet(*self._deferred)
        if drop is not None and drop.allowed:
            a = drop.entry.appointment
            moved = drop.start != a.start or drop.column.provider.id != a.provider_id
            if moved:
                self.move_requested.emit(drop)
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position())
        if block is not None:
            self.appointment_activated.emit(block.entry)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            block = self.block_at(QPointF(event.pos()))
            self.select(None if block is None else entry_key(block.entry))
        else:  # the Menu key: at the selected appointment
            block = self.block_for(self.selected)
        if block is None:
            return
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            where = event.globalPos()
        else:
            where = self.mapToGlobal(block.rect.center().toPoint())
        self.context_requested.emit(block.entry, where)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.drop is not None:
            self.drop = None
            self._press = None
            self.unsetCursor()
            if self._deferred is not None:
                self.set_sheet(*self._deferred)
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            entry = self.selected_entry()
            if entry is not None:
                self.appointment_activated.emit(entry)
            return
        step = {
            Qt.Key.Key_Down: (0, 1),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Left: (-1, 0),
        }.get(Qt.Key(key))
        if step is None or event.modifiers() & Qt.KeyboardModifier.AltModifier:
            super().keyPressEvent(event)
            return
        target = self._neighbour(*step)
        if target is not None:
            self.select(entry_key(target.entry))
            self.ensure_visible.emit(target.rect)

    def _neighbour(self, dx: int, dy: int) -> Block | None:
        """The next appointment below/above in the column, or the nearest in time in the
        column beside."""
        if not self.blocks:
            return None
        current = self.block_for(self.selected)
        if current is None:
            return min(self.blocks, key=lambda b: (b.rect.top(), b.rect.left()))
        if dy:
            same = sorted(
                (b for b in self.blocks if b.column == current.column),
                key=lambda b: (b.rect.top(), b.rect.left()),
            )
            at = same.index(current) + dy
            return same[at] if 0 <= at < len(same) else None
        column = current.column + dx
        while 0 <= column < self.column_count():
            beside = [b for b in self.blocks if b.column == column]
            if beside:
                return min(beside, key=lambda b: abs(b.rect.top() - current.rect.top()))
            column += dx
        return None

    def focusInEvent(self, event: object) -> None:
        entry = self.selected_entry()
        block = self.block_for(self.selected)
        if entry is not None and block is not None:
            self.setAccessibleDescription(describe(entry, block.zone))
        super().focusInEvent(event)  # type: ignore[arg-type]


class DayHeader(QWidget):
    """Column titles, and above them a band per location when the book is grouped."""

    def __init__(self, canvas: DayCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.offset = 0
        self.today: date | None = None
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

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        sheet = self.canvas.sheet
        line = palette.color(QPalette.ColorRole.Mid)
        painter.setPen(line)
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        if sheet is None:
            painter.end()
            return
        top = 0
        if sheet.grouped and sheet.columns:
            self._paint_band(painter, sheet, palette)
            top = BAND_HEIGHT
        width = self.canvas.column_width()
        name_font = QFont(self.font())
        name_font.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        accent = palette.color(QPalette.ColorRole.Highlight)
        height = HEADER_HEIGHT
        for index, column in enumerate(sheet.columns):
            x = RULER_WIDTH + index * width - self.offset
            rect = QRect(int(x) + 8, top + 4, int(width) - 12, height - 8)
            title, detail = self.titles(sheet, column)
            is_today = sheet.mode is BookMode.WEEK and column.day == self.today
            painter.setFont(name_font)
            painter.setPen(accent if is_today else text)
            metrics = QFontMetrics(name_font)
            painter.drawText(
                rect.adjusted(0, 0, 0, -rect.height() // 2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
            )
            painter.setFont(small)
            painter.setPen(muted)
            painter.drawText(
                rect.adjusted(0, rect.height() // 2, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                QFontMetrics(small).elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()),
            )
            painter.setPen(line)
            painter.drawLine(QPoint(int(x), top + 8), QPoint(int(x), self.height() - 8))
        painter.end()

    def _paint_band(self, painter: QPainter, sheet: DaySheet, palette: QPalette) -> None:
        width = self.canvas.column_width()
        band = palette.color(QPalette.ColorRole.AlternateBase)
        edge = palette.color(QPalette.ColorRole.Mid)
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 0.85)
        font.setBold(True)
        font.setCapitalization(QFont.Capitalization.AllUppercase)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 104)
        metrics = QFontMetrics(font)
        painter.setFont(font)
        for name, first, count in sheet.location_groups():
            x = RULER_WIDTH + first * width - self.offset
            rect = QRectF(x + 2, 2, count * width - 4, BAND_HEIGHT - 3)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(band)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(QPen(edge, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            label = name or "No location"
            painter.drawText(
                rect.adjusted(8, 0, -8, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(rect.width()) - 16),
            )

    @staticmethod
    def titles(sheet: DaySheet, column: DayColumn) -> tuple[str, str]:
        count = sum(
            1 for e in column.entries if e.appointment.status is not AppointmentStatus.CANCELLED
        )
        booked = f"{count} appointment" + ("" if count == 1 else "s")
        if sheet.mode is BookMode.WEEK:
            day = sheet.column_day(column)
            return f"{day:%A} {day.day}", booked
        detail = booked
        if column.location and not sheet.grouped:
            detail += f" · {column.location}"
        if column.zone != sheet.zone:
            detail += f" · {datetime.combine(sheet.day, time(12), column.zone):%Z}"
        return column.provider.name, detail


class DayView(QWidget):
    """Header + scrollable canvas. `show_sheet(sheet)` replaces what is drawn."""

    appointment_clicked = Signal(object)
    appointment_activated = Signal(object)
    selection_changed = Signal(object)
    context_requested = Signal(object, QPoint)
    move_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = DayCanvas()
        self.header = DayHeader(self.canvas)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.horizontalScrollBar().valueChanged.connect(self.header.set_offset)
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
