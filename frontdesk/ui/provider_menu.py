"""Choosing the providers the day view shows: a checkable list grouped by location that stays
open while several are ticked."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QMenu, QWidget

from frontdesk.domain.book import ProviderKey
from frontdesk.domain.models import Provider


class ProviderMenu(QMenu):
    changed = Signal(set)  # the hidden providers

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Providers", parent)
        self.setToolTipsVisible(True)
        self.checks: dict[ProviderKey, QAction] = {}

    def set_providers(
        self,
        providers: Sequence[Provider],
        locations: Mapping[tuple[str, str], str],
        hidden: set[ProviderKey],
    ) -> None:
        self.clear()
        self.checks = {}
        everyone = self.addAction("Show everyone")
        everyone.triggered.connect(lambda: self._set_all(True))
        only_none = self.addAction("Hide everyone")
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
