"""Help → Keyboard shortcuts: every shortcut the window has, read from its actions (so the list
cannot drift from the keys), and the legend of the book's status marks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.status_icons import EXPLAINED, StatusKind, status_icon
from frontdesk.ui.theme import is_dark

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Shortcut:
    section: str
    what: str
    keys: str


def shortcuts_of(sections: list[tuple[str, list[QAction]]]) -> list[Shortcut]:
    rows = []
    for section, actions in sections:
        for action in actions:
            keys = ", ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
            )
            if keys:
                rows.append(Shortcut(section, action.text().replace("&", "").rstrip("…"), keys))
    return rows


class ShortcutsModel(QAbstractTableModel):
    HEADERS = ("Action", "Keys")

    def __init__(self, rows: list[Shortcut]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.what if index.column() == 0 else row.keys
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.section
        if role == Qt.ItemDataRole.FontRole and index.column() == 1:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 2:
            return self.HEADERS[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
            return self.rows[section].section
        return None


class HelpDialog(QDialog):
    def __init__(self, rows: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.model = ShortcutsModel(rows)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        legend = QGridLayout()
        legend.setHorizontalSpacing(10)
        legend.addWidget(QLabel("<b>Marks in the book</b>"), 0, 0, 1, 2)
        dark = is_dark()
        for row, kind in enumerate(StatusKind, start=1):
            mark = QLabel()
            if kind is not StatusKind.BOOKED:
                mark.setPixmap(status_icon(kind, dark).pixmap(QSize(16, 16)))
            legend.addWidget(mark, row, 0)
            legend.addWidget(QLabel(EXPLAINED[kind]), row, 1)
        extra = len(StatusKind) + 1
        legend.addWidget(
            QLabel("A dashed outline: a change saved here, waiting to be sent to the vendor"),
            extra,
            1,
        )
        legend.addWidget(
            QLabel("Grey wash: closed time (outside the account's working hours)"), extra + 1, 1
        )
        legend.setColumnStretch(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(legend)
        layout.addWidget(buttons)
        self.resize(560, 720)
