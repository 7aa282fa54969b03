"""How the book looks: the looks of the blocks (colours, elided texts, rects, worked out once per
layout) and the paint routines for the canvas (closed time, grid, blocks, current time, drop
ghost) and the header (column titles, location band).

Functions of a QPainter and what they draw, with no widget state of their own: the widgets in
book/view.py decide when to paint and hand in the geometry (book/geometry.py) and palette.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QLineF, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from frontdesk.domain.book import BookMode, DayEntry, DaySheet
from frontdesk.domain.confirmations import CallOutcome
from frontdesk.ui.book.geometry import (
    BAND_HEIGHT,
    HEADER_HEIGHT,
    PX_PER_MINUTE,
    RULER_WIDTH,
    Block,
    Drop,
    Grid,
    Key,
    entry_key,
)
from frontdesk.ui.book.text import column_titles
from frontdesk.ui.status_icons import StatusKind, status_colour, status_kind, status_pixmap
from frontdesk.ui.theme import service_accent, service_fill

NOW_COLOUR = "#E5484D"
REFUSED_DROP_COLOUR = "#C62828"  # a drop onto another account's column


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
    # Small dots in the bottom right corner: the patient's alert, the last confirmation call.
    marks: tuple[tuple[QRectF, QColor], ...] = ()
    repeat: QRectF | None = None  # a circling arrow: part of a recurring series


ALERT_MARK = "#C62828"
CALL_MARKS = {
    CallOutcome.CONFIRMED: "#2E7D32",
    CallOutcome.LEFT_MESSAGE: "#F9A825",
    CallOutcome.NO_ANSWER: "#EF6C00",
    CallOutcome.RESCHEDULE: "#6A1B9A",
}


def marks_of(entry: DayEntry, rect: QRectF) -> tuple[tuple[QRectF, QColor], ...]:
    colours = []
    if entry.alert is not None:
        colours.append(ALERT_MARK)
    if entry.call is not None:
        colours.append(CALL_MARKS[entry.call.outcome])
    side = 6.0
    return tuple(
        (
            QRectF(rect.right() - 4 - (i + 1) * (side + 2), rect.bottom() - 3 - side, side, side),
            QColor(colour),
        )
        for i, colour in enumerate(colours)
    )


def repeat_mark(rect: QRectF, marks: int) -> QRectF:
    """Where a series' mark goes: bottom right, left of the dots."""
    side = 8.0
    return QRectF(rect.right() - 4 - marks * 8 - side - 2, rect.bottom() - 4 - side, side, side)


def paint_repeat(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """A circling arrow: most of a circle and its head."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(colour, 1.3))
    painter.drawArc(rect, 60 * 16, 290 * 16)
    tip = QPointF(rect.center().x() + rect.width() / 4, rect.top() + 0.5)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawPolygon(
        QPolygonF([tip + QPointF(-2.5, -2.0), tip + QPointF(2.2, 0.2), tip + QPointF(-1.8, 2.6)])
    )


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
class LookStyle:
    """What every block's look shares, for one palette and font."""

    base_text: QColor
    faded_text: QColor
    muted: QColor
    line_height: int
    small_height: int

    @classmethod
    def of(cls, fonts: Fonts, dark: bool) -> LookStyle:
        base_text = QColor("#ECEFF4") if dark else QColor("#1F2933")
        faded_text = QColor(base_text)
        faded_text.setAlpha(150)
        muted = QColor(base_text)
        muted.setAlpha(170)
        return cls(base_text, faded_text, muted, fonts.metrics.height(), fonts.small.height())


def compute_looks(blocks: list[Block], fonts: Fonts, dark: bool) -> list[Look]:
    """Colours, elided texts and rects for every block, for one palette and font; parallel to
    `blocks`. The canvas works them out only for the blocks it paints (compute_look)."""
    style = LookStyle.of(fonts, dark)
    return [compute_look(block, fonts, style) for block in blocks]


def compute_look(block: Block, fonts: Fonts, style: LookStyle) -> Look:
    """One block's look, worked out once per layout (not once per paint), so a paint is mostly
    Qt's own drawing."""
    line_height = style.line_height
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
    # Formatted by hand: datetime.__format__ was a measurable share of a paint.
    clock = f"{local.hour:02d}:{local.minute:02d}"
    title = entry.patient if two_lines else f"{clock} {entry.patient}"
    shown = fonts.metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(available))
    detail = None
    if two_lines:
        text = f"{clock} {entry.service}".strip()
        detail = fonts.small.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width()))
    icon = None
    if has_icon:
        icon = QRectF(
            inner.right() - icon_side,
            inner.top() + (line_height - icon_side) / 2,
            icon_side,
            icon_side,
        )
    return Look(
        kind=kind,
        fill=fill,
        faded_fill=faded_fill,
        accent=service_accent(entry.colour),
        text=style.faded_text if dim else style.base_text,
        faded_text=style.faded_text,
        muted=style.muted,
        dim=dim,
        title=shown,
        title_rect=QRectF(inner.left(), inner.top(), available, line_height),
        title_width=fonts.metrics.horizontalAdvance(shown),
        detail=detail,
        detail_rect=QRectF(
            inner.left(), inner.top() + line_height - 1, inner.width(), style.small_height
        ),
        icon=icon,
        marks=marks_of(entry, block.rect) if entry.alert or entry.call else (),
        repeat=(
            repeat_mark(block.rect, (entry.alert is not None) + (entry.call is not None))
            if entry.series is not None and block.rect.height() >= 14
            else None
        ),
    )


# -- the canvas ---------------------------------------------------------------------------------
def paint_closed(painter: QPainter, grid: Grid, shade: QColor, height: float) -> None:
    """Closed time (outside the account's working hours) is shaded."""
    for rect in grid.closed_rects(height):
        painter.fillRect(rect, shade)


def paint_grid(
    painter: QPainter, grid: Grid, palette: QPalette, font: QFont, height: float
) -> None:
    """Hour and half-hour lines, column lines and location boundaries (the hours themselves
    are the ruler's: paint_ruler)."""
    del font  # the ruler's, since the hours are painted there
    line = palette.color(QPalette.ColorRole.Mid)
    line.setAlpha(110)
    faint = QColor(line)
    faint.setAlpha(45)
    width = grid.column_width
    right = grid.right
    for hour in range(grid.first_hour, grid.last_hour + 1):
        y = grid.hour_y(hour)
        painter.setPen(QPen(line, 1))
        painter.drawLine(QPointF(RULER_WIDTH, y + 0.5), QPointF(right, y + 0.5))
        painter.setPen(QPen(faint, 1, Qt.PenStyle.DashLine))
        half = y + 30 * PX_PER_MINUTE
        painter.drawLine(QPointF(RULER_WIDTH, half + 0.5), QPointF(right, half + 0.5))
    painter.setPen(QPen(line, 1))
    for index in range(grid.column_count + 1):
        x = RULER_WIDTH + index * width
        painter.drawLine(QPointF(x + 0.5, 0), QPointF(x + 0.5, height))
    edges = grid.location_edges()
    if edges:
        # A stronger line where one location ends and the next begins.
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 2))
        for x in edges:
            painter.drawLine(QPointF(x, 0), QPointF(x, height))


def paint_ruler(
    painter: QPainter, grid: Grid, palette: QPalette, font: QFont, height: float, left: float
) -> None:
    """The hour ruler at `left` (the horizontal scroll): painted over the columns, so the hours
    stay in view when the book is scrolled sideways."""
    text = palette.color(QPalette.ColorRole.PlaceholderText)
    line = palette.color(QPalette.ColorRole.Mid)
    line.setAlpha(110)
    painter.fillRect(
        QRectF(left, 0, RULER_WIDTH, height), palette.color(QPalette.ColorRole.AlternateBase)
    )
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
    painter.drawLine(
        QPointF(left + RULER_WIDTH + 0.5, 0), QPointF(left + RULER_WIDTH + 0.5, height)
    )
    font = QFont(font)
    font.setPointSizeF(font.pointSizeF() * 0.9)
    painter.setFont(font)
    for hour in range(grid.first_hour, grid.last_hour + 1):
        y = grid.hour_y(hour)
        painter.setPen(QPen(line, 1))
        painter.drawLine(
            QPointF(left + RULER_WIDTH - 6, y + 0.5), QPointF(left + RULER_WIDTH, y + 0.5)
        )
        if hour < grid.last_hour:
            painter.setPen(text)
            painter.drawText(
                QRectF(left, y + 2, RULER_WIDTH - 10, 18),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                f"{hour:02d}:00",
            )


def paint_blocks(
    painter: QPainter,
    blocks: list[Block],
    looks: list[Look],
    clip: QRectF,
    fonts: Fonts,
    dark: bool,
    highlight: QColor,
    ratio: float,
    selected: Key | None,
    dragged: Key | None,
) -> None:
    """The blocks that meet `clip`; `selected` is outlined, `dragged` (picked up) faded."""
    for block, look in zip(blocks, looks, strict=True):
        if block.rect.intersects(clip):
            key = entry_key(block.entry)
            paint_block(
                painter, block, look, fonts, dark, highlight, ratio, key == selected, key == dragged
            )


def paint_block(
    painter: QPainter,
    block: Block,
    look: Look,
    fonts: Fonts,
    dark: bool,
    highlight: QColor,
    ratio: float,
    selected: bool,
    dragging: bool,
) -> None:
    appointment = block.entry.appointment
    rect = block.rect
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
    if selected:
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
        # A cached pixmap per (kind, dark, size, ratio): drawing the vector mark cost most.
        side = round(look.icon.width())
        painter.drawPixmap(look.icon.topLeft(), status_pixmap(look.kind, dark, max(1, side), ratio))
    if look.detail is not None:
        painter.setFont(fonts.base)
        painter.setPen(look.muted)
        painter.drawText(look.detail_rect, align, look.detail)
    for mark, colour in look.marks:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(mark)
    if look.repeat is not None:
        paint_repeat(painter, look.repeat, look.muted)


def paint_now(painter: QPainter, lines: list[QLineF]) -> None:
    """The current-time line, with a dot where it starts (grid.now_lines says where)."""
    colour = QColor(NOW_COLOUR)
    for line in lines:
        painter.setPen(QPen(colour, 1.6))
        painter.drawLine(line)
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(line.p1() + QPointF(1, 0), 3.5, 3.5)


def paint_drop(painter: QPainter, drop: Drop, rect: QRectF, palette: QPalette) -> None:
    """The ghost of a dragged appointment: its new start, or why it cannot land there."""
    highlight = palette.color(QPalette.ColorRole.Highlight)
    colour = highlight if drop.allowed else QColor(REFUSED_DROP_COLOUR)
    fill = QColor(colour)
    fill.setAlpha(40)
    painter.setBrush(fill)
    painter.setPen(QPen(colour, 1.6, Qt.PenStyle.DashLine))
    painter.drawRoundedRect(rect, 4, 4)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    label = (
        f"{drop.start:%H:%M}"
        if drop.allowed
        else (drop.why or QCoreApplication.translate("BookPainting", "another system"))
    )
    painter.drawText(
        rect.adjusted(8, 2, -4, -2),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        label,
    )


def paint_slot(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
    """The empty quarter hour clicked: Enter or a double click books there."""
    colour = palette.color(QPalette.ColorRole.Highlight)
    fill = QColor(colour)
    fill.setAlpha(28)
    painter.setBrush(fill)
    painter.setPen(QPen(colour, 1.2))
    painter.drawRoundedRect(rect, 3, 3)


# -- the header ---------------------------------------------------------------------------------
def paint_header(
    painter: QPainter,
    size: QSize,
    grid: Grid,
    offset: int,
    today: date | None,
    font: QFont,
    palette: QPalette,
    titles: Sequence[tuple[str, str]] | None = None,
) -> None:
    """Column titles, under a band per location when grouped; `offset` is the horizontal scroll
    of the canvas, so the titles stay over their columns. `titles`: each column's, worked out
    once per sheet (else here); only the columns in view are painted."""
    painter.fillRect(QRect(QPoint(0, 0), size), palette.color(QPalette.ColorRole.Window))
    sheet = grid.sheet
    line = palette.color(QPalette.ColorRole.Mid)
    painter.setPen(line)
    painter.drawLine(0, size.height() - 1, size.width(), size.height() - 1)
    if sheet is None:
        return
    top = 0
    if sheet.grouped and sheet.columns:
        paint_band(painter, sheet, grid, offset, font, palette)
        top = BAND_HEIGHT
    width = grid.column_width
    name_font = QFont(font)
    name_font.setBold(True)
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.85)
    text = palette.color(QPalette.ColorRole.WindowText)
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    accent = palette.color(QPalette.ColorRole.Highlight)
    height = HEADER_HEIGHT
    metrics = QFontMetrics(name_font)
    small_metrics = QFontMetrics(small)
    for index, column in enumerate(sheet.columns):
        x = RULER_WIDTH + index * width - offset
        if x + width < 0 or x > size.width():
            continue  # scrolled out of view
        rect = QRect(int(x) + 8, top + 4, int(width) - 12, height - 8)
        title, detail = titles[index] if titles is not None else column_titles(sheet, column)
        is_today = sheet.mode is BookMode.WEEK and column.day == today
        painter.setFont(name_font)
        painter.setPen(accent if is_today else text)
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
            small_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setPen(line)
        painter.drawLine(QPoint(int(x), top + 8), QPoint(int(x), size.height() - 8))
    # The corner over the hour ruler stays put, as the ruler does.
    painter.fillRect(
        QRect(0, 0, RULER_WIDTH, size.height() - 1), palette.color(QPalette.ColorRole.Window)
    )


def paint_band(
    painter: QPainter, sheet: DaySheet, grid: Grid, offset: int, font: QFont, palette: QPalette
) -> None:
    """A rounded band naming the location over each run of its providers' columns."""
    width = grid.column_width
    band = palette.color(QPalette.ColorRole.AlternateBase)
    edge = palette.color(QPalette.ColorRole.Mid)
    font = QFont(font)
    font.setPointSizeF(font.pointSizeF() * 0.85)
    font.setBold(True)
    font.setCapitalization(QFont.Capitalization.AllUppercase)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 104)
    metrics = QFontMetrics(font)
    painter.setFont(font)
    for name, first, count in sheet.location_groups():
        x = RULER_WIDTH + first * width - offset
        rect = QRectF(x + 2, 2, count * width - 4, BAND_HEIGHT - 3)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(band)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QPen(edge, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        label = name or QCoreApplication.translate("BookPainting", "No location")
        painter.drawText(
            rect.adjusted(8, 0, -8, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(rect.width()) - 16),
        )
