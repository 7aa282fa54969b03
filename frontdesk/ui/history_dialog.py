"""An appointment's history (issue 15 item 5): one row a change, oldest first, on the clinic's
wall clock: what changed, by which desk and user, through frontdesk or seen at the vendor.

The rows are read on the cache worker; the dialog opens at once and fills when they arrive.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain import history
from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.history import HistoryEntry
from frontdesk.ui.dates import short_day
from frontdesk.ui.domain_text import error_text, shown
from frontdesk.ui.i18n import arg

Index = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """Four columns: when, what, who (desk/user; for a change seen at the vendor, the desk
    whose sync saw it), through (frontdesk or the vendor)."""

    HEADERS = (  # translated where shown
        str(QT_TRANSLATE_NOOP("HistoryModel", "When")),
        str(QT_TRANSLATE_NOOP("HistoryModel", "What")),
        str(QT_TRANSLATE_NOOP("HistoryModel", "Who")),
        str(QT_TRANSLATE_NOOP("HistoryModel", "Through")),
    )

    def __init__(self, zone: tzinfo | None = None, names: Mapping[str, str] | None = None):
        super().__init__()
        self.zone = zone
        self.names = dict(names or {})
        self.entries: list[HistoryEntry] = []

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def text(self, row: int, column: int) -> str:
        e = self.entries[row]
        if column == 0:
            at = e.at.astimezone(self.zone) if self.zone is not None else e.at
            return f"{short_day(at.date())} {at:%Y %H:%M}"
        if column == 1:
            return shown(history.what(e, self.zone, self.names))
        if column == 2:  # a change seen at the vendor was made there: the desk only saw it
            who = f"{e.desk}/{e.user}"
            return arg(self.tr("sync at %1"), who) if e.source == history.VENDOR else who
        return self.tr("seen at the vendor") if e.source == history.VENDOR else "frontdesk"

    def sentence(self, row: int) -> str:
        """The row as one line ("moved from 10:30 to 11:00 by desk/user through frontdesk")."""
        return shown(history.sentence(self.entries[row], self.zone, self.names))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.sentence(index.row())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.entries):
            return str(section + 1)
        return None


class HistoryDialog(QDialog):
    """Shows `model`; `loaded` or `failed` is called when the read ends."""

    def __init__(self, title: str, model: HistoryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Appointment history"))
        self.setMinimumSize(640, 300)
        self.model = model
        heading = QLabel(title)
        heading.setWordWrap(True)
        self.note = QLabel(self.tr("Reading the history…"))
        self.note.setAccessibleName(self.tr("History status"))
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Appointment history"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def loaded(self, entries: Sequence[HistoryEntry]) -> None:
        self.model.set_entries(entries)
        self.note.setText(
            ""
            if entries
            else self.tr("Nothing recorded yet: changes are kept from this version on.")
        )

    def failed(self, error: FrontdeskError) -> None:
        self.note.setText(arg(self.tr("The history could not be read: %1"), error_text(error)))
