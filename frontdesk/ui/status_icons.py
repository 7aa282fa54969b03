"""The status of an appointment at a glance: one small vector mark per status, shared by the book,
its legend in Help and the printed day sheet."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPainterPath, QPen, QPixmap

from frontdesk.domain.models import Appointment, AppointmentStatus


class StatusKind(StrEnum):
    BOOKED = "booked"
    CONFIRMED = "confirmed"
    ARRIVED = "arrived"
    FULFILLED = "fulfilled"
    NOSHOW = "noshow"
    CANCELLED = "cancelled"


# The texts are translated where shown (`label`, `explained`); lupdate reads them here.
LABEL = {
    StatusKind.BOOKED: QT_TRANSLATE_NOOP("StatusMarks", "Booked"),
    StatusKind.CONFIRMED: QT_TRANSLATE_NOOP("StatusMarks", "Confirmed"),
    StatusKind.ARRIVED: QT_TRANSLATE_NOOP("StatusMarks", "Arrived"),
    StatusKind.FULFILLED: QT_TRANSLATE_NOOP("StatusMarks", "Seen"),
    StatusKind.NOSHOW: QT_TRANSLATE_NOOP("StatusMarks", "No-show"),
    StatusKind.CANCELLED: QT_TRANSLATE_NOOP("StatusMarks", "Cancelled"),
}

EXPLAINED = {
    StatusKind.BOOKED: QT_TRANSLATE_NOOP("StatusMarks", "Booked: no mark"),
    StatusKind.CONFIRMED: QT_TRANSLATE_NOOP(
        "StatusMarks", "Confirmed by the patient: a ring with a tick and a solid outline"
    ),
    StatusKind.ARRIVED: QT_TRANSLATE_NOOP(
        "StatusMarks", "Arrived (checked in): a green disc with a tick"
    ),
    StatusKind.FULFILLED: QT_TRANSLATE_NOOP(
        "StatusMarks", "Seen (fulfilled): a grey square with a tick"
    ),
    StatusKind.NOSHOW: QT_TRANSLATE_NOOP(
        "StatusMarks", "No-show: a red disc with a cross; the name is struck through"
    ),
    StatusKind.CANCELLED: QT_TRANSLATE_NOOP(
        "StatusMarks", "Cancelled (shown on request): a grey ring with a bar"
    ),
}


def label(kind: StatusKind) -> str:
    """'Booked', 'Arrived'... in the window's language."""
    return QCoreApplication.translate("StatusMarks", str(LABEL[kind]))


def explained(kind: StatusKind) -> str:
    """What the mark looks like, for the shortcuts help."""
    return QCoreApplication.translate("StatusMarks", str(EXPLAINED[kind]))


_LIGHT = {
    StatusKind.CONFIRMED: "#1565C0",
    StatusKind.ARRIVED: "#2E7D32",
    StatusKind.FULFILLED: "#546E7A",
    StatusKind.NOSHOW: "#C62828",
    StatusKind.CANCELLED: "#757575",
}
_DARK = {
    StatusKind.CONFIRMED: "#64B5F6",
    StatusKind.ARRIVED: "#66BB6A",
    StatusKind.FULFILLED: "#90A4AE",
    StatusKind.NOSHOW: "#EF5350",
    StatusKind.CANCELLED: "#9E9E9E",
}


def status_kind(a: Appointment) -> StatusKind:
    if a.status is AppointmentStatus.CANCELLED or a.status is AppointmentStatus.ENTERED_IN_ERROR:
        return StatusKind.CANCELLED
    if a.status is AppointmentStatus.NOSHOW:
        return StatusKind.NOSHOW
    if a.status is AppointmentStatus.FULFILLED:
        return StatusKind.FULFILLED
    if a.status in (AppointmentStatus.ARRIVED, AppointmentStatus.CHECKED_IN):
        return StatusKind.ARRIVED
    if a.confirmed_at is not None:
        return StatusKind.CONFIRMED
    return StatusKind.BOOKED


def status_colour(kind: StatusKind, dark: bool) -> QColor:
    return QColor((_DARK if dark else _LIGHT).get(kind, "#757575"))


_PIXMAPS: dict[tuple[StatusKind, bool, int, float], QPixmap] = {}


def status_pixmap(kind: StatusKind, dark: bool, side: int, ratio: float) -> QPixmap:
    """The mark drawn once into a pixmap for this size and pixel ratio, then reused: the book
    shows hundreds of marks and vector paths cost far more than a blit."""
    key = (kind, dark, side, ratio)
    cached = _PIXMAPS.get(key)
    if cached is None:
        cached = QPixmap(max(1, round(side * ratio)), max(1, round(side * ratio)))
        cached.setDevicePixelRatio(ratio)
        cached.fill(Qt.GlobalColor.transparent)
        painter = QPainter(cached)
        paint_status(painter, QRectF(0, 0, side, side), kind, dark)
        painter.end()
        _PIXMAPS[key] = cached
    return cached


def paint_status(painter: QPainter, rect: QRectF, kind: StatusKind, dark: bool) -> None:
    """The mark for `kind`, fitted in `rect` (a square reads best). Booked has none."""
    if kind is StatusKind.BOOKED:
        return
    colour = status_colour(kind, dark)
    side = min(rect.width(), rect.height())
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    inner = box.adjusted(side * 0.08, side * 0.08, -side * 0.08, -side * 0.08)
    stroke = max(1.2, side * 0.13)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    white = QColor("#FFFFFF") if not dark else QColor("#101418")
    if kind is StatusKind.CONFIRMED:
        painter.setPen(QPen(colour, stroke * 0.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inner)
        _tick(painter, inner, colour, stroke)
    elif kind is StatusKind.ARRIVED:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(inner)
        _tick(painter, inner, white, stroke)
    elif kind is StatusKind.FULFILLED:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(inner, side * 0.18, side * 0.18)
        _tick(painter, inner, white, stroke)
    elif kind is StatusKind.NOSHOW:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(inner)
        painter.setPen(QPen(white, stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        d = inner.width() * 0.28
        c = inner.center()
        painter.drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d))
        painter.drawLine(QPointF(c.x() + d, c.y() - d), QPointF(c.x() - d, c.y() + d))
    elif kind is StatusKind.CANCELLED:
        painter.setPen(QPen(colour, stroke * 0.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inner)
        d = inner.width() * 0.32
        c = inner.center()
        painter.drawLine(QPointF(c.x() - d, c.y() + d), QPointF(c.x() + d, c.y() - d))
    painter.restore()


def _tick(painter: QPainter, box: QRectF, colour: QColor, stroke: float) -> None:
    w, h = box.width(), box.height()
    path = QPainterPath(QPointF(box.left() + w * 0.27, box.top() + h * 0.52))
    path.lineTo(QPointF(box.left() + w * 0.44, box.top() + h * 0.68))
    path.lineTo(QPointF(box.left() + w * 0.74, box.top() + h * 0.34))
    painter.setPen(
        QPen(
            colour,
            stroke,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
    )
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def status_icon(kind: StatusKind, dark: bool, size: int = 16, scale: float = 2.0) -> QIcon:
    """For lists and the legend (rendered at twice the size: crisp on high-DPI screens)."""
    side = round(size * scale)
    image = QImage(QSize(side, side), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    paint_status(painter, QRectF(0, 0, side, side), kind, dark)
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(scale)
    return QIcon(pixmap)
