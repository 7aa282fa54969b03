"""Colours and metrics shared by the painted views; they follow the system palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

DEFAULT_SERVICE_COLOUR = "#7A8CA5"


def is_dark() -> bool:
    palette = QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def service_fill(colour: str | None) -> QColor:
    """A calm tint of the service colour that keeps dark text readable (or light, in dark mode)."""
    base = QColor(colour or DEFAULT_SERVICE_COLOUR)
    if not base.isValid():
        base = QColor(DEFAULT_SERVICE_COLOUR)
    backdrop = QColor("#1E2228") if is_dark() else QColor("#FFFFFF")
    mix = 0.30 if is_dark() else 0.22
    return QColor(
        round(backdrop.red() + (base.red() - backdrop.red()) * mix),
        round(backdrop.green() + (base.green() - backdrop.green()) * mix),
        round(backdrop.blue() + (base.blue() - backdrop.blue()) * mix),
    )


def service_accent(colour: str | None) -> QColor:
    base = QColor(colour or DEFAULT_SERVICE_COLOUR)
    return base if base.isValid() else QColor(DEFAULT_SERVICE_COLOUR)


def closed_shade(palette: QPalette) -> QColor:
    """Closed time: a grey wash over the base colour, visible in light and dark alike."""
    shade = QColor("#FFFFFF") if is_dark() else QColor("#5B6472")
    shade.setAlpha(16 if is_dark() else 30)
    return shade
