"""What the book shows (day or week, providers, cancelled, grouping), remembered between runs."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QSettings

from frontdesk.domain.book import BookMode, ProviderKey
from frontdesk.domain.models import Provider

log = logging.getLogger("frontdesk.ui")
KEY = "book/view"


@dataclass
class ViewState:
    """The book's view as the desk left it, reopened at the next start."""

    mode: BookMode = BookMode.DAY
    show_cancelled: bool = False
    grouped: bool = True
    # Providers hidden from the day view: a provider added later is shown by default.
    hidden: set[ProviderKey] = field(default_factory=set)
    week_provider: ProviderKey | None = None
    # Named sets of providers ("Front desk Louise"), kept per desk; the one in use reopens.
    views: dict[str, set[ProviderKey]] = field(default_factory=dict)
    current_view: str = ""
    # The providers were chosen (else a clinic with many gets its first location only).
    providers_chosen: bool = False

    def use_view(self, name: str, providers: Sequence[Provider]) -> bool:
        """Show the view's providers (a provider added since is not in it). False: no such view."""
        shown = self.views.get(name)
        if shown is None:
            return False
        self.hidden = {(p.account, p.id) for p in providers} - shown
        self.current_view = name
        self.providers_chosen = True
        return True

    def save_view(self, name: str, providers: Sequence[Provider]) -> None:
        self.views[name] = {(p.account, p.id) for p in providers} - self.hidden
        self.current_view = name
        self.providers_chosen = True

    def shown_providers(self, providers: Sequence[Provider]) -> set[ProviderKey] | None:
        """The providers to draw, or None for everyone."""
        keys = {(p.account, p.id) for p in providers}
        if not keys & self.hidden:
            return None
        return keys - self.hidden

    def to_json(self) -> str:
        return json.dumps(
            {
                "mode": self.mode.value,
                "show_cancelled": self.show_cancelled,
                "grouped": self.grouped,
                "hidden": sorted([list(k) for k in self.hidden]),
                "week_provider": list(self.week_provider) if self.week_provider else None,
                "views": {n: sorted([list(k) for k in v]) for n, v in self.views.items()},
                "current_view": self.current_view,
                "providers_chosen": self.providers_chosen,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> ViewState:
        data: dict[str, Any] = json.loads(text)
        week = data.get("week_provider")
        return cls(
            mode=BookMode(data.get("mode", "day")),
            show_cancelled=bool(data.get("show_cancelled", False)),
            grouped=bool(data.get("grouped", True)),
            hidden={(str(a), str(b)) for a, b in data.get("hidden", [])},
            week_provider=(str(week[0]), str(week[1])) if week else None,
            views={
                str(name): {(str(a), str(b)) for a, b in keys}
                for name, keys in dict(data.get("views", {})).items()
            },
            current_view=str(data.get("current_view", "")),
            # A view saved before views existed had its providers chosen if any was hidden.
            providers_chosen=bool(data.get("providers_chosen", bool(data.get("hidden")))),
        )

    @classmethod
    def load(cls, settings: QSettings) -> ViewState:
        text = settings.value(KEY)
        if not isinstance(text, str) or not text:
            return cls()
        try:
            return cls.from_json(text)
        except (ValueError, TypeError, KeyError) as exc:
            # A damaged settings file costs the view, never the start.
            log.warning("the saved view could not be read (%s); using the default", exc)
            return cls()

    def save(self, settings: QSettings) -> None:
        settings.setValue(KEY, self.to_json())
