"""Putting a patient on the waitlist (issue 15): who, the service, a provider or any, days,
time of day, urgency and a note. Non-blocking reads (the patient search runs on the cache
worker); the entry is stored in frontdesk's own store, never sent to a vendor."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.models import Patient, PatientHit
from frontdesk.domain.waitlist import DAY_NAMES, TimeOfDay, WaitlistEntry
from frontdesk.sync.facade import desk
from frontdesk.sync.facade.desk import Workspace
from frontdesk.ui import tasks
from frontdesk.ui.alive import alive
from frontdesk.ui.domain_text import error_text
from frontdesk.ui.i18n import arg
from frontdesk.ui.waitlist_pane import time_of_day_label

PatientRole = Qt.ItemDataRole.UserRole + 1


class WaitlistDialog(QDialog):
    added = Signal(str)  # what was done, for the status bar

    def __init__(
        self, workspace: Workspace, patient: Patient | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add to the waitlist"))
        self.workspace = workspace
        self.patient = patient
        self._generation = 0
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, phone, e-mail or date of birth"))
        self.search.setAccessibleName(self.tr("Find the patient"))
        self.search.textChanged.connect(self._search)
        self.hits = QListWidget()
        self.hits.setAccessibleName(self.tr("Patients found"))
        self.hits.currentItemChanged.connect(self._chosen)
        self.service = QComboBox()
        self.provider = QComboBox()
        short = QLocale.FormatType.ShortFormat
        self.days = [QCheckBox(QLocale().dayName(i + 1, short)) for i in range(len(DAY_NAMES))]
        day_row = QHBoxLayout()
        for box in self.days:
            day_row.addWidget(box)
        self.time = QComboBox()
        self.time.addItem(self.tr("Any time"), None)
        for t in TimeOfDay:
            self.time.addItem(time_of_day_label(t), t.value)  # Qt keeps a str
        self.urgent = QCheckBox(self.tr("Urgent: offered first"))
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Patient"), self.search)
        form.addRow("", self.hits)
        form.addRow(self.tr("Service"), self.service)
        form.addRow(self.tr("Provider"), self.provider)
        form.addRow(self.tr("Days (none: any)"), day_row)
        form.addRow(self.tr("Time of day"), self.time)
        form.addRow("", self.urgent)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Add to the waitlist"))
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._account_chosen()

    def _search(self, text: str) -> None:
        self._generation += 1
        generation = self._generation

        def found(hits: list[PatientHit]) -> None:
            if generation != self._generation or not alive(self):
                return
            self.hits.clear()
            for hit in hits:
                item = QListWidgetItem(hit.patient.display_name)
                item.setData(PatientRole, hit.patient)
                self.hits.addItem(item)

        if text.strip():
            tasks.run(self.workspace.search_patients(text, 20), found)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        patient = item.data(PatientRole) if item is not None else None
        self.patient = patient if isinstance(patient, Patient) else None
        self._account_chosen()

    def _account_chosen(self) -> None:
        """The service and provider lists follow the patient's account."""
        reference = self.workspace.reference
        account = self.patient.account if self.patient is not None else None
        for box, label, items in (
            (self.service, self.tr("Any service"), reference.services_of(account)),
            (self.provider, self.tr("Any provider"), reference.providers_of(account)),
        ):
            box.clear()
            box.addItem(label, None)
            for item in items:
                box.addItem(item.name, item.id)
        self.add_button.setEnabled(self.patient is not None)

    def entry(self) -> WaitlistEntry | None:
        if self.patient is None:
            return None
        provider = self.provider.currentData()
        return WaitlistEntry(
            account=self.patient.account,
            patient_id=self.patient.id,
            service_id=self.service.currentData(),
            added_at=self.workspace.clock.now(),
            provider_ids=frozenset({provider}) if provider else frozenset(),
            days=frozenset(n for n, box in enumerate(self.days) if box.isChecked()),
            time_of_day=TimeOfDay(time) if (time := self.time.currentData()) else None,
            urgent=self.urgent.isChecked(),
            note=self.note.text().strip(),
        )

    def add(self) -> None:
        entry = self.entry()
        if entry is None or self.patient is None:
            return
        name = self.patient.display_name
        self.add_button.setEnabled(False)

        def stored(_: WaitlistEntry) -> None:
            self.added.emit(arg(self.tr("%1 is on the waitlist"), name))
            self.accept()

        def failed(error: FrontdeskError) -> None:
            self.add_button.setEnabled(True)
            self.add_button.setToolTip(arg(self.tr("Not added: %1"), error_text(error)))

        tasks.run(desk.add_to_waitlist(self.workspace, entry), stored, failed)
