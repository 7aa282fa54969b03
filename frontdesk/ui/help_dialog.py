"""Help → Keyboard shortcuts: every shortcut the window has, read from its actions (so the list
cannot drift from the keys), and the legend of the book's status marks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.status_icons import StatusKind, explained, status_icon
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
                # "Show cancelled (14)" is a count of the moment, not part of the action's name.
                what = re.sub(r" \(\d+\)$", "", action.text().replace("&", "")).rstrip("…")
                rows.append(Shortcut(section, what, keys))
    return rows


class ShortcutsModel(QAbstractTableModel):
    """Two columns, what and keys; each section opens with a title row."""

    HEADERS = (  # translated where shown
        str(QT_TRANSLATE_NOOP("ShortcutsModel", "Action")),
        str(QT_TRANSLATE_NOOP("ShortcutsModel", "Keys")),
    )

    def __init__(self, rows: list[Shortcut]) -> None:
        super().__init__()
        self.rows = rows
        self.lines: list[Shortcut | str] = []
        for row in rows:
            if not self.lines or self._section_of(len(self.lines) - 1) != row.section:
                self.lines.append(row.section)
            self.lines.append(row)

    def _section_of(self, line: int) -> str:
        for item in reversed(self.lines[: line + 1]):
            if isinstance(item, str):
                return item
        return ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        if isinstance(line, str):  # a section title
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return line if index.column() == 0 else ""
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"    {line.what}" if index.column() == 0 else line.keys
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return line.what if index.column() == 0 else line.keys
        if role == Qt.ItemDataRole.FontRole and index.column() == 1:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self.lines[index.row()], str):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 2:
            return self.tr(self.HEADERS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.lines):
            return str(section + 1)
        return None


class HelpDialog(QDialog):
    def __init__(self, rows: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.model = ShortcutsModel(rows)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # rows are read, not edited: Tab leaves the table
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        lines = self.table.verticalHeader()
        lines.hide()
        lines.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        lines.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        # Every shortcut visible at once: no scrolling to find one.
        height = lines.defaultSectionSize() * self.model.rowCount()
        self.table.setMinimumHeight(height + self.table.horizontalHeader().sizeHint().height() + 4)
        self.table.setMinimumWidth(380)
        legend = QGridLayout()
        legend.setHorizontalSpacing(10)
        legend.addWidget(QLabel(self.tr("<b>Marks in the book</b>")), 0, 0, 1, 2)
        dark = is_dark()
        for row, kind in enumerate(StatusKind, start=1):
            mark = QLabel()
            if kind is not StatusKind.BOOKED:
                mark.setPixmap(status_icon(kind, dark).pixmap(QSize(16, 16)))
            legend.addWidget(mark, row, 0)
            text = QLabel(explained(kind))
            text.setWordWrap(True)
            legend.addWidget(text, row, 1)
        extra = len(StatusKind) + 1
        for offset, words in enumerate(
            (
                self.tr("A dashed outline: a change saved here, waiting to be sent to the vendor"),
                self.tr("Grey wash: closed time (outside the account's working hours)"),
                self.tr("Red line: the time now, on each clinic's own clock"),
            )
        ):
            text = QLabel(words)
            text.setWordWrap(True)
            legend.addWidget(text, extra + offset, 1)
        legend.setColumnStretch(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        side_box = QWidget()
        side_box.setMinimumWidth(330)
        side = QVBoxLayout(side_box)
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(legend)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addSpacing(12)
        body.addWidget(side_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        if self.model.rowCount() > 1:
            self.table.setCurrentIndex(self.model.index(1, 0))
        self.resize(820, self.sizeHint().height())
