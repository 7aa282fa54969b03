"""The appointment book's day view: a column per provider, appointments drawn to scale.

Painted by hand (like Merkuro's and Open Dental's books) rather than one widget per appointment:
a day of 20 providers x 30 appointments stays one cheap paint. Overlaps are laid out side by side
by domain.layout, which the day-sheet printer shares.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QToolTip, QVBoxLayout, QWidget

from frontdesk.domain.layout import lay_out
from frontdesk.domain.models import AppointmentStatus
from frontdesk.sync.day import DayEntry, DaySheet
from frontdesk.ui.theme import is_dark, service_accent, service_fill

RULER_WIDTH = 58
HEADER_HEIGHT = 46
MIN_COLUMN_WIDTH = 124
PX_PER_MINUTE = 1.6
FIRST_HOUR, LAST_HOUR = 7, 20

STATUS_LABEL = {
    AppointmentStatus.BOOKED: "Booked",
    AppointmentStatus.PENDING: "Waiting to be sent",
    AppointmentStatus.ARRIVED: "Arrived",
    AppointmentStatus.CHECKED_IN: "Checked in",
    AppointmentStatus.FULFILLED: "Fulfilled",
    AppointmentStatus.NOSHOW: "No-show",
    AppointmentStatus.CANCELLED: "Cancelled",
    AppointmentStatus.PROPOSED: "Held, not booked",
    AppointmentStatus.WAITLIST: "Waiting list",
    AppointmentStatus.ENTERED_IN_ERROR: "Entered in error",
}


@dataclass(frozen=True)
class Block:
    rect: QRectF
    entry: DayEntry
    zone: ZoneInfo


def hour_span(sheet: DaySheet | None) -> tuple[int, int]:
    first, last = FIRST_HOUR, LAST_HOUR
    if sheet is None:
        return first, last
    for column in sheet.columns:
        for entry in column.entries:
            start = entry.appointment.start.astimezone(column.zone)
            end = entry.appointment.end.astimezone(column.zone)
            first = min(first, start.hour)
            last = max(
                last, 24 if end.date() > start.date() else end.hour + (1 if end.minute else 0)
            )
    return first, min(24, last)


class DayCanvas(QWidget):
    appointment_clicked = Signal(object)  # DayEntry
    appointment_activated = Signal(object)  # DayEntry (double click)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet: DaySheet | None = None
        self.now: datetime | None = None
        self.blocks: list[Block] = []
        self.selected: tuple[str, str] | None = None
        self.first_hour, self.last_hour = FIRST_HOUR, LAST_HOUR
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Appointment book, day view")

    # -- geometry --------------------------------------------------------------------------
    def column_count(self) -> int:
        return len(self.sheet.columns) if self.sheet else 0

    def column_width(self) -> float:
        count = max(1, self.column_count())
        return max(MIN_COLUMN_WIDTH, (self.width() - RULER_WIDTH) / count)

    def y_for(self, moment: datetime, zone: ZoneInfo | None = None) -> float:
        """Vertical position of `moment` on the wall clock of `zone` (the home zone by default)."""
        assert self.sheet is not None
        local = moment.astimezone(zone or self.sheet.zone)
        # Wall-clock minutes, so a day with a daylight-saving change still lines up with the ruler.
        minutes = (local.hour - self.first_hour) * 60 + local.minute + local.second / 60
        if local.date() < self.sheet.day:
            minutes = 0
        elif local.date() > self.sheet.day:
            minutes = (self.last_hour - self.first_hour) * 60
        return max(0.0, min(minutes, (self.last_hour - self.first_hour) * 60)) * PX_PER_MINUTE

    def sizeHint(self) -> QSize:
        height = int((self.last_hour - self.first_hour) * 60 * PX_PER_MINUTE) + 1
        width = RULER_WIDTH + int(MIN_COLUMN_WIDTH * max(1, self.column_count()))
        return QSize(width, height)

    def set_sheet(self, sheet: DaySheet, now: datetime | None) -> None:
        self.sheet = sheet
        self.now = now
        self.first_hour, self.last_hour = hour_span(sheet)
        self.setMinimumSize(self.sizeHint())
        self._layout_blocks()
        self.update()

    def _layout_blocks(self) -> None:
        self.blocks = []
        if self.sheet is None:
            return
        width = self.column_width()
        for index, column in enumerate(self.sheet.columns):
            left = RULER_WIDTH + index * width
            placements = lay_out([e.appointment for e in column.entries])
            for placement in placements:
                entry = column.entries[placement.index]
                lane_width = (width - 8) / placement.lanes
                top = self.y_for(entry.appointment.start, column.zone)
                bottom = self.y_for(entry.appointment.end, column.zone)
                rect = QRectF(
                    left + 3 + placement.lane * lane_width,
                    top + 1,
                    lane_width - 2,
                    max(12.0, bottom - top - 2),
                )
                self.blocks.append(Block(rect, entry, column.zone))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout_blocks()
        super().resizeEvent(event)

    def block_at(self, point: QPointF) -> Block | None:
        for block in reversed(self.blocks):
            if block.rect.contains(point):
                return block
        return None

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        painter.fillRect(event.rect(), base)
        self._paint_grid(painter, palette)
        clip = QRectF(event.rect())
        for block in self.blocks:
            if block.rect.intersects(clip):
                self._paint_block(painter, block)
        self._paint_now(painter)
        painter.end()

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

    def _paint_block(self, painter: QPainter, block: Block) -> None:
        entry = block.entry
        appointment = entry.appointment
        rect = block.rect
        fill = service_fill(entry.colour)
        accent = service_accent(entry.colour)
        dark = is_dark()
        text_colour = QColor("#ECEFF4") if dark else QColor("#1F2933")
        muted = QColor(text_colour)
        muted.setAlpha(170)
        dim = appointment.status in (AppointmentStatus.NOSHOW, AppointmentStatus.CANCELLED)
        if appointment.pending:
            fill.setAlpha(150)
        if dim:
            fill = QColor(fill)
            fill.setAlpha(110)
            text_colour.setAlpha(150)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setBrush(accent)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2)
        if appointment.pending:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(accent, 1.4, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(rect.adjusted(0.7, 0.7, -0.7, -0.7), 4, 4)
        selected = self.selected == (appointment.account, appointment.id)
        if selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        # Text: time + patient on the first line, service below when there is room.
        inner = rect.adjusted(8, 1, -4, -1)
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.92))
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        line_height = metrics.height()
        local = appointment.start.astimezone(block.zone)
        badge = self._badge(appointment.status, appointment.pending)
        available = inner.width() - (16 if badge else 0)
        two_lines = inner.height() >= line_height * 2 - 2
        # Roomy: the patient on top, time and service below. Tight: "09:30 Name" on one line.
        title = entry.patient if two_lines else f"{local:%H:%M} {entry.patient}"
        painter.setFont(bold)
        painter.setPen(text_colour)
        top_line = QRectF(inner.left(), inner.top(), available, line_height)
        shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(available))
        painter.drawText(
            top_line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown
        )
        if dim:
            y = top_line.center().y()
            painter.drawLine(
                QPointF(inner.left(), y),
                QPointF(inner.left() + metrics.horizontalAdvance(shown), y),
            )
        if badge:
            painter.setPen(QColor(accent).darker(130) if not dark else accent.lighter(140))
            painter.drawText(
                QRectF(inner.right() - 14, inner.top(), 14, line_height),
                Qt.AlignmentFlag.AlignCenter,
                badge,
            )
        if two_lines:
            painter.setFont(font)
            painter.setPen(muted)
            small = QFontMetrics(font)
            second = QRectF(
                inner.left(), inner.top() + line_height - 1, inner.width(), small.height()
            )
            detail = f"{local:%H:%M} {entry.service}".strip()
            painter.drawText(
                second,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                small.elidedText(detail, Qt.TextElideMode.ElideRight, int(inner.width())),
            )

    @staticmethod
    def _badge(status: AppointmentStatus, pending: bool) -> str:
        if pending:
            return "⧗"
        return {
            AppointmentStatus.ARRIVED: "✓",
            AppointmentStatus.CHECKED_IN: "✓",
            AppointmentStatus.FULFILLED: "✔",
            AppointmentStatus.NOSHOW: "✗",
            AppointmentStatus.CANCELLED: "⊘",
        }.get(status, "")

    def _paint_now(self, painter: QPainter) -> None:
        """The current-time line, in each column's own zone."""
        if self.sheet is None or self.now is None:
            return
        colour = QColor("#E5484D")
        width = self.column_width()
        for index, column in enumerate(self.sheet.columns):
            local = self.now.astimezone(column.zone)
            if local.date() != self.sheet.day or not (
                self.first_hour <= local.hour < self.last_hour
            ):
                continue
            y = self.y_for(self.now, column.zone)
            left = RULER_WIDTH + index * width
            painter.setPen(QPen(colour, 1.6))
            painter.drawLine(QPointF(left, y), QPointF(left + width, y))
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QPointF(left + 1, y), 3.5, 3.5)

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
        zone = block_zone = next((b.zone for b in self.blocks if b.entry is entry), None)
        start = a.start.astimezone(zone)
        end = a.end.astimezone(zone)
        where = (
            f" ({start:%Z})" if block_zone and self.sheet and block_zone != self.sheet.zone else ""
        )
        status = STATUS_LABEL.get(a.status, a.status.value)
        if a.pending:
            status = STATUS_LABEL[AppointmentStatus.PENDING]
        lines = [
            f"<b>{entry.patient}</b>",
            f"{start:%H:%M}–{end:%H:%M}{where} · {entry.service}",
            status,
        ]
        if a.notes:
            lines.append(a.notes)
        return "<br>".join(lines)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position())
        self.selected = (
            None if block is None else (block.entry.appointment.account, block.entry.appointment.id)
        )
        self.update()
        if block is not None:
            self.appointment_clicked.emit(block.entry)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position())
        if block is not None:
            self.appointment_activated.emit(block.entry)


class DayHeader(QWidget):
    def __init__(self, canvas: DayCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.offset = 0
        self.setFixedHeight(HEADER_HEIGHT)

    def set_offset(self, offset: int) -> None:
        self.offset = offset
        self.update()

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
        width = self.canvas.column_width()
        name_font = QFont(self.font())
        name_font.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        for index, column in enumerate(sheet.columns):
            x = RULER_WIDTH + index * width - self.offset
            rect = QRect(int(x) + 8, 4, int(width) - 12, self.height() - 8)
            painter.setFont(name_font)
            painter.setPen(text)
            metrics = QFontMetrics(name_font)
            painter.drawText(
                rect.adjusted(0, 0, 0, -rect.height() // 2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                metrics.elidedText(column.provider.name, Qt.TextElideMode.ElideRight, rect.width()),
            )
            painter.setFont(small)
            painter.setPen(muted)
            count = sum(
                1 for e in column.entries if e.appointment.status is not AppointmentStatus.CANCELLED
            )
            booked = f"{count} appointment" + ("" if count == 1 else "s")
            detail = f"{booked} · {column.location}" if column.location else booked
            if column.zone != sheet.zone:
                detail += f" · {datetime.combine(sheet.day, time(12), column.zone):%Z}"
            painter.drawText(
                rect.adjusted(0, rect.height() // 2, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                QFontMetrics(small).elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()),
            )
            painter.setPen(line)
            painter.drawLine(QPoint(int(x), 8), QPoint(int(x), self.height() - 8))
        painter.end()


class DayView(QWidget):
    """Header + scrollable canvas. `show(sheet)` replaces what is drawn."""

    appointment_clicked = Signal(object)
    appointment_activated = Signal(object)

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
        self.canvas.appointment_clicked.connect(self.appointment_clicked)
        self.canvas.appointment_activated.connect(self.appointment_activated)

    def show_sheet(self, sheet: DaySheet, now: datetime | None) -> None:
        self.canvas.set_sheet(sheet, now)
        self.header.update()

    def scroll_to(self, moment: datetime) -> None:
        if self.canvas.sheet is None:
            return
        y = self.canvas.y_for(moment - timedelta(minutes=45))
        self.scroll_area.verticalScrollBar().setValue(int(y))

    @property
    def sheet(self) -> DaySheet | None:
        return self.canvas.sheet
