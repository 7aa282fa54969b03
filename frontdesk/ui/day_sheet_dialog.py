"""File → Export day sheet: which day, and one provider or everyone shown."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.book import ProviderKey
from frontdesk.domain.models import Provider
from frontdesk.ui.tab_order import buttons_as_laid_out


class DaySheetDialog(QDialog):
    def __init__(
        self,
        providers: Sequence[Provider],
        day: date,
        chosen: ProviderKey | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Day sheet")
        self.setMinimumWidth(420)
        intro = QLabel(
            "A table per provider (time, patient, phone, service, status and notes), or the "
            "confirmation calls to make; exported to PDF or printed."
        )
        intro.setWordWrap(True)
        self.date = QDateEdit(QDate(day.year, day.month, day.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dddd d MMMM yyyy")
        self.date.setAccessibleName("Day of the sheet")
        self.provider = QComboBox()
        self.provider.setAccessibleName("Provider of the sheet")
        # Keys beside the combo: a tuple does not survive a round trip through QVariant.
        self.keys: list[ProviderKey | None] = [None, *((p.account, p.id) for p in providers)]
        self.provider.addItem("Everyone shown in the book")
        for p in providers:
            self.provider.addItem(p.name)
        if chosen in self.keys:
            self.provider.setCurrentIndex(self.keys.index(chosen))
        self.kind = QComboBox()
        self.kind.setAccessibleName("What to print")
        self.kind.addItem("Day sheet")
        self.kind.setItemData(
            0, "Every appointment, with phone numbers", Qt.ItemDataRole.ToolTipRole
        )
        self.kind.addItem("Confirmation calls")
        self.kind.setItemData(
            1,
            "The booked appointments not yet confirmed, with phone numbers",
            Qt.ItemDataRole.ToolTipRole,
        )
        self.compact = QCheckBox("Several providers to a page")
        self.compact.setChecked(True)
        self.compact.setToolTip("Off: each provider starts a new page")
        self.kind.currentIndexChanged.connect(lambda i: self.compact.setEnabled(i == 0))
        form = QFormLayout()
        form.addRow("&What", self.kind)
        form.addRow("&Day", self.date)
        form.addRow("P&rovider", self.provider)
        form.addRow("", self.compact)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText("Export PDF…")
        self.wants_print = False
        self.print_button = buttons.addButton("Print…", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self._print)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons_as_laid_out(buttons)  # once in the dialog: Qt re-chains what it adopts

    def _print(self) -> None:
        self.wants_print = True
        self.accept()

    def wants_calls(self) -> bool:
        return self.kind.currentIndex() == 1

    def choice(self) -> tuple[date, ProviderKey | None]:
        day: date = self.date.date().toPython()  # type: ignore[assignment]
        index = self.provider.currentIndex()
        return day, self.keys[index] if 0 <= index < len(self.keys) else None
