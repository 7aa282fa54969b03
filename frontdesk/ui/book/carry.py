"""An appointment carried into the book from outside it: a card of the pinboard (issue 15
item 6), dragged or placed on a free time. It lands as a dragged block does (`Drop`), under the
same rules: the same account only, and the window's drop rule (a provider who does not offer
the service)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QByteArray, QMimeData

from frontdesk.domain.book import DayColumn, DayEntry
from frontdesk.domain.models import Provider
from frontdesk.ui.book.geometry import Drop, Key

MIME = "application/x-frontdesk-pinned"  # the dragged card's (account, appointment id)

DropRule = Callable[[DayEntry, Provider], str]


def mime_of(key: Key) -> QMimeData:
    data = QMimeData()
    data.setData(MIME, QByteArray("\n".join(key).encode()))
    return data


def key_of(data: QMimeData | None) -> Key | None:
    if data is None or not data.hasFormat(MIME):
        return None
    account, _, appointment_id = bytes(data.data(MIME).data()).decode().partition("\n")
    return (account, appointment_id) if account and appointment_id else None


def landing(entry: DayEntry, column: DayColumn, start: datetime, rule: DropRule | None) -> Drop:
    """Where `entry` lands starting at `start` in `column`, allowed or why not."""
    a = entry.appointment
    drop = Drop(
        entry, column, start, start + (a.end - a.start), column.provider.account == a.account
    )
    why = rule(entry, column.provider) if drop.allowed and rule is not None else ""
    return Drop(drop.entry, column, drop.start, drop.end, not why, why) if why else drop


def moves(drop: Drop) -> bool:
    """Whether landing there changes anything (the same time and provider is no move)."""
    a = drop.entry.appointment
    return drop.start != a.start or drop.column.provider.id != a.provider_id
