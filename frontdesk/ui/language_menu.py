"""View > Language: the receptionist picks the window's language; it applies at the next start
(every text, the dates and Qt's own buttons are set up once, before the window is built)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from frontdesk.ui import i18n


def language_menu(
    parent: QWidget, settings: Callable[[], QSettings], told: Callable[[str], None]
) -> QMenu:
    """The menu, its current choice checked; `told` receives what the receptionist is told
    after a change."""
    menu = QMenu(QCoreApplication.translate("LanguageMenu", "&Language"), parent)
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = i18n.chosen(settings())
    for code, name in i18n.LANGUAGES:
        # Each language is named in itself, so someone who cannot read the current one finds it.
        label = QCoreApplication.translate("LanguageMenu", "System") if not code else name
        action = QAction(label, menu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)

    def picked(action: QAction) -> None:
        i18n.choose(settings(), str(action.data()))
        told(
            QCoreApplication.translate(
                "LanguageMenu", "The language changes the next time frontdesk starts."
            )
        )

    group.triggered.connect(picked)
    menu.addSeparator()
    note = menu.addAction(QCoreApplication.translate("LanguageMenu", "Applies at the next start"))
    note.setEnabled(False)
    return menu
