"""Colours for messages (a problem, a success) that stay readable on light and dark palettes."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication


def _dark() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def error_colour() -> str:
    return "#FF8A80" if _dark() else "#C62828"


def ok_colour() -> str:
    return "#81C784" if _dark() else "#2E7D32"


def error_style() -> str:
    return f"color: {error_colour()};"
