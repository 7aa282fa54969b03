"""Choosing the providers the day view shows: a checkable list grouped by location that stays
open while several are ticked."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QMenu, QWidget

from frontdesk.domain.book import ProviderKey
from frontdesk.domain.models import Provider
from frontdesk.ui.i18n import arg


class ProviderMenu(QMenu):
    changed = Signal(set)  # the hidden providers
    view_chosen = Signal(str)  # a named view to show
    view_saved = Signal(str)  # the providers ticked now, saved under this name
    view_deleted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Providers", parent)
        self.setToolTipsVisible(True)
        self.checks: dict[ProviderKey, QAction] = {}

    def set_providers(
        self,
        providers: Sequence[Provider],
        locations: Mapping[tuple[str, str], str],
        hidden: set[ProviderKey],
        views: Sequence[str] = (),
        current: str = "",
    ) -> None:
        self.clear()
        self.checks = {}
        self.addSection(self.tr("Views"))
        for name in sorted(views, key=str.casefold):
            view = self.addAction(name)
            view.setCheckable(True)
            view.setChecked(name == current)
            view.setToolTip(arg(self.tr("Show the providers saved as %1"), name))
            view.triggered.connect(lambda _=False, n=name: self.view_chosen.emit(n))
        save = self.addAction(self.tr("Save these providers as a view…"))
        save.triggered.connect(self._ask_name)
        if views:
            delete = self.addMenu(self.tr("Delete a view"))
            for name in sorted(views, key=str.casefold):
                gone = delete.addAction(name)
                gone.triggered.connect(lambda _=False, n=name: self.view_deleted.emit(n))
        self.addSeparator()
        everyone = self.addAction(self.tr("Show everyone"))
        everyone.triggered.connect(lambda: self._set_all(True))
        only_none = self.addAction(self.tr("Hide everyone"))
        only_none.triggered.connect(lambda: self._set_all(False))
        by_location: dict[str, list[Provider]] = {}
        for p in providers:
            where = locations.get((p.account, p.location_id or ""), "") or p.account
            by_location.setdefault(where, []).append(p)
        for where in sorted(by_location, key=str.casefold):
            self.addSection(where)
            for p in by_location[where]:
                action = self.addAction(p.name)
                action.setCheckable(True)
                key = (p.account, p.id)
                action.setChecked(key not in hidden)
                action.setToolTip(f"{p.name} · {where} ({p.account})")
                action.toggled.connect(self._emit)
                self.checks[key] = action

    def _ask_name(self) -> None:
        # Here, not at import: the menu is in the first frame, a view's name is asked later
        # (PySide6 makes a class's type and enums at its first use, ~0.7 ms for this one).
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self.parentWidget())
        dialog.setWindowTitle(self.tr("Save a view"))
        dialog.setLabelText(
            self.tr("Name of this set of providers (for example, the desk's name):")
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(
            lambda name: self.view_saved.emit(name.strip()) if name.strip() else None
        )
        self.name_dialog = dialog
        dialog.open()

    def hidden(self) -> set[ProviderKey]:
        return {key for key, action in self.checks.items() if not action.isChecked()}

    def _set_all(self, shown: bool) -> None:
        for action in self.checks.values():
            action.blockSignals(True)
            action.setChecked(shown)
            action.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        self.changed.emit(self.hidden())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # Ticking a provider keeps the menu open, so several can be chosen in a row.
        action = self.actionAt(event.position().toPoint())
        if action is not None and action.isCheckable() and action.isEnabled():
            action.toggle()
            return
        super().mouseReleaseEvent(event)
