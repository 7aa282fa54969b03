"""Putting a patient on the waitlist (issue 15): who, the service, a provider or any, days,
time of day, the dates it may be between, urgency and a note. Non-blocking reads (the patient search runs on the cache
worker); the entry is stored in frontdesk's own store, never sent to a vendor."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
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
from frontdesk.ui.models import patient_summary
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
        # Optional bounds: "not before" (a patient away until then), "not after" (wanted
        # before a date). Off by default: any date.
        today = workspace.clock.now().date()
        self.from_on = QCheckBox(self.tr("Not before"))
        self.earliest = self._date_field(today, self.from_on)
        self.until_on = QCheckBox(self.tr("Not after"))
        self.latest = self._date_field(today + timedelta(days=28), self.until_on)
        self.range_error = QLabel(self.tr("“Not after” is before “Not before”."))
        self.range_error.setObjectName("error")
        self.range_error.setVisible(False)
        for box in (self.from_on, self.until_on):
            box.toggled.connect(self._check_range)
        for edit in (self.earliest, self.latest):
            edit.dateChanged.connect(self._check_range)
        self.urgent = QCheckBox(self.tr("Urgent: offered first"))
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Patient"), self.search)
        form.addRow("", self.hits)
        form.addRow(self.tr("Service"), self.service)
        form.addRow(self.tr("Provider"), self.provider)
        form.addRow(self.tr("Days (none: any)"), day_row)
        form.addRow(self.tr("Time of day"), self.time)
        form.addRow(self.from_on, self.earliest)
        form.addRow(self.until_on, self.latest)
        form.addRow("", self.range_error)
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
        if patient is not None:  # opened for someone (their card): found and chosen, as typed
            self.search.setText(patient.display_name)

    @staticmethod
    def _date_field(day: date, switch: QCheckBox) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setEnabled(False)
        switch.toggled.connect(edit.setEnabled)
        return edit

    def _bounds(self) -> tuple[date | None, date | None]:
        earliest = self.earliest.date().toPython() if self.from_on.isChecked() else None
        latest = self.latest.date().toPython() if self.until_on.isChecked() else None
        return earliest, latest  # type: ignore[return-value]

    def _range_ok(self) -> bool:
        earliest, latest = self._bounds()
        return earliest is None or latest is None or earliest <= latest

    def _check_range(self) -> None:
        """Dates the wrong way round are said at once, and Add waits for them to be put right."""
        self.range_error.setVisible(not self._range_ok())
        self.add_button.setEnabled(self.patient is not None and self._range_ok())

    def _search(self, text: str) -> None:
        self._generation += 1
        generation = self._generation

        def found(hits: list[PatientHit]) -> None:
            if generation != self._generation or not alive(self):
                return
            chosen = self.patient
            self.hits.clear()
            for hit in hits:
                # Namesakes told apart: birth date, phone and account beside the name.
                said = [hit.patient.display_name, patient_summary(hit.patient), hit.patient.account]
                item = QListWidgetItem(" · ".join(part for part in said if part))
                item.setData(PatientRole, hit.patient)
                self.hits.addItem(item)
                if chosen is not None and (hit.patient.account, hit.patient.id) == (
                    chosen.account,
                    chosen.id,
                ):
                    self.hits.setCurrentItem(item)  # the patient chosen stays chosen, and shown

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
        self._check_range()

    def entry(self) -> WaitlistEntry | None:
        if self.patient is None or not self._range_ok():
            return None
        provider = self.provider.currentData()
        earliest, latest = self._bounds()
        return WaitlistEntry(
            account=self.patient.account,
            patient_id=self.patient.id,
            service_id=self.service.currentData(),
            added_at=self.workspace.clock.now(),
            provider_ids=frozenset({provider}) if provider else frozenset(),
            days=frozenset(n for n, box in enumerate(self.days) if box.isChecked()),
            time_of_day=TimeOfDay(time) if (time := self.time.currentData()) else None,
            earliest=earliest,
            latest=latest,
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
