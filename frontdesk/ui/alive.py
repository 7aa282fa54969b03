"""Background callbacks may arrive after their window was closed and deleted."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject


def alive(widget: QObject) -> bool:
    """False once Qt has deleted the C++ object behind `widget` (a closed dialog, a test's pane)."""
    return bool(shiboken6.isValid(widget))
