"""Openings finder: a service and a date range -> free times, earliest first; Enter books."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.models import Opening, Service
from frontdesk.sync.workspace import Workspace
from frontdesk.ui import tasks
from frontdesk.ui.models import OpeningsModel, RecordRole


class OpeningsTable(QTableView):
    enter = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter.emit()
            return
        super().keyPressEvent(event)


class OpeningsPane(QWidget):
    book_requested = Signal(object)  # Opening
    searched = Signal(int)  # number of openings found
    failed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.service = QComboBox()
        self.service.setAccessibleName("Service")
        self.provider = QComboBox()
        self.provider.setAccessibleName("Provider")
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("ddd dd/MM/yyyy")
        self.start.setAccessibleName("First day")
        self.days = QSpinBox()
        self.days.setRange(1, 28)
        self.days.setValue(7)
        self.days.setSuffix(" days")
        self.days.setAccessibleName("Number of days")
        self.find_button = QPushButton("Find openings")
        self.find_button.setDefault(True)
        self.book = QPushButton("Book…")
        self.book.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.model = OpeningsModel()
        self.table = OpeningsTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName("Openings found")
        self.table.setShowGrid(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("Service", self.service)
        form.addRow("Provider", self.provider)
        when = QHBoxLayout()
        when.addWidget(self.start, 1)
        when.addWidget(self.days)
        form.addRow("From", when)
        buttons = QHBoxLayout()
        buttons.addWidget(self.find_button)
        buttons.addStretch(1)
        buttons.addWidget(self.book)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)

        self.find_button.clicked.connect(self.search)
        self.book.clicked.connect(self._book_current)
        self.table.enter.connect(self._book_current)
        self.table.doubleClicked.connect(lambda _i: self._book_current())
        self.service.currentIndexChanged.connect(self._fill_providers)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.book.setEnabled(current.isValid())
        )

    def reload_choices(self, today: QDate) -> None:
        """Fill the service list from the cache (after a sync)."""
        current = self.service.currentData()
        self.service.blockSignals(True)
        self.service.clear()
        accounts = len({s.account for s in self.workspace.services()})
        for service in self.workspace.services():
            label = f"{service.name} · {service.minutes} min"
            if accounts > 1:
                label += f" · {service.account}"
            self.service.addItem(label, service)
        if current is not None:
            for row in range(self.service.count()):
                item = self.service.itemData(row)
                if (item.account, item.id) == (current.account, current.id):
                    self.service.setCurrentIndex(row)
        self.service.blockSignals(False)
        self._fill_providers()
        if not self.start.date().isValid() or self.start.date() < today:
            self.start.setDate(today)

    def _fill_providers(self) -> None:
        service: Service | None = self.service.currentData()
        self.provider.clear()
        self.provider.addItem("Any provider", None)
        if service is None:
            return
        for provider in self.workspace.providers():
            if provider.account == service.account and (
                not service.provider_ids or provider.id in service.provider_ids
            ):
                self.provider.addItem(provider.name, provider.id)

    def search(self) -> None:
        service: Service | None = self.service.currentData()
        if service is None:
            self.status.setText("Choose a service first.")
            return
        zone = self.workspace.zone()
        first: date = self.start.date().toPython()  # type: ignore[assignment]
        start = datetime.combine(first, time(0), zone)
        end = start + timedelta(days=self.days.value())
        provider = self.provider.currentData()
        self.find_button.setEnabled(False)
        self.status.setText("Searching…")
        tasks.run(
            self.workspace.openings(service, start, end, [provider] if provider else []),
            self._show,
            self._failed,
        )

    def _show(self, openings: list[Opening]) -> None:
        self.find_button.setEnabled(True)
        self.model.set_openings(
            openings, self.workspace.providers(), self.workspace.services(), self.workspace.zone()
        )
        if openings:
            self.status.setText(
                f"{len(openings)} openings, earliest first. Enter books the selected one."
            )
            self.table.selectRow(0)
            self.table.setFocus()
        else:
            self.status.setText("No opening in this range. Try more days or any provider.")
        self.searched.emit(len(openings))

    def _failed(self, error: FrontdeskError) -> None:
        self.find_button.setEnabled(True)
        self.status.setText(f"Could not search: {error}")
        self.failed.emit(str(error))

    def _book_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.book_requested.emit(self.model.index(index.row(), 0).data(RecordRole))
