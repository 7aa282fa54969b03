"""The per-user settings file, one place for the window's parts that keep a choice."""

from __future__ import annotations

from PySide6.QtCore import QSettings

SETTINGS_SCOPE = ("frontdesk", "frontdesk")  # organisation, application


def settings() -> QSettings:
    """The per-user settings file (tests run with QStandardPaths' test mode: a private one)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, *SETTINGS_SCOPE)
