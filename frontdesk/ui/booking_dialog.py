"""The booking dialog: patient, service, provider, time and notes, validated as you type."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.errors import (
    AuthFailed,
    BudgetExhausted,
    Conflict,
    FrontdeskError,
    RateLimited,
    Unavailable,
)
from frontdesk.domain.models import Appointment, BookingRequest, Opening, Service
from frontdesk.store.cache import PatientHit
from frontdesk.sync.outbox import WriteResult
from frontdesk.sync.workspace import Workspace
from frontdesk.ui import tasks
from frontdesk.ui.models import PatientResultsModel, RecordRole, patient_summary
from frontdesk.ui.patient_pane import PatientDelegate


class BookingDialog(QDialog):
    booked = Signal(object)  # Appointment
    queued = Signal(str)  # saved in the outbox, not yet accepted by the vendor

    def __init__(
        self,
        workspace: Workspace,
        *,
        opening: Opening | None = None,
        patient: PatientHit | None = None,
        start: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("New appointment")
        self.setMinimumWidth(480)
        self.workspace = workspace
        self.zone: ZoneInfo = workspace.zone()
        self.patient: PatientHit | None = patient

        self.patient_field = QLineEdit()
        self.patient_field.setPlaceholderText("Search: name, phone or birth date")
        self.patient_field.setAccessibleName("Patient")
        self.patient_model = PatientResultsModel()
        self.patient_list = QListView()
        self.patient_list.setModel(self.patient_model)
        self.patient_list.setItemDelegate(PatientDelegate(self.patient_list))
        self.patient_list.setMaximumHeight(150)
        self.patient_list.setAccessibleName("Matching patients")
        self.patient_chosen = QLabel()
        self.service = QComboBox()
        self.service.setAccessibleName("Service")
        self.provider = QComboBox()
        self.provider.setAccessibleName("Provider")
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd dd/MM/yyyy")
        self.date.setAccessibleName("Date")
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName("Start time")
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText("Notes for the provider (optional)")
        self.notes.setMaximumHeight(70)
        self.notes.setAccessibleName("Notes")
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #C62828;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.book_button = self.buttons.addButton("Book", QDialogButtonBox.ButtonRole.AcceptRole)

        form = QFormLayout()
        patient_box = QVBoxLayout()
        patient_box.addWidget(self.patient_field)
        patient_box.addWidget(self.patient_list)
        patient_box.addWidget(self.patient_chosen)
        form.addRow("Patient", patient_box)
        form.addRow("Service", self.service)
        form.addRow("Provider", self.provider)
        when = QHBoxLayout()
        when.addWidget(self.date, 1)
        when.addWidget(self.time)
        form.addRow("When", when)
        form.addRow("Notes", self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        for service in workspace.services():
            self.service.addItem(
                f"{service.name} · {service.minutes} min · {service.account}", service
            )
        self.patient_field.textChanged.connect(self._search)
        self.patient_list.clicked.connect(self._pick)
        self.patient_list.activated.connect(self._pick)
        self.service.currentIndexChanged.connect(self._fill_providers)
        for signal in (
            self.provider.currentIndexChanged,
            self.date.dateChanged,
            self.time.timeChanged,
        ):
            signal.connect(self.validate)
        self.buttons.rejected.connect(self.reject)
        self.book_button.clicked.connect(self.submit)

        if opening is not None:
            self._select_service(opening.account, opening.service_id)
            self._fill_providers()
            self._select_provider(opening.provider_id)
            local = opening.start.astimezone(self.zone)
            self.date.setDate(QDate(local.year, local.month, local.day))
            self.time.setTime(QTime(local.hour, local.minute))
        else:
            self._fill_providers()
            moment = (start or workspace.clock.now()).astimezone(self.zone)
            self.date.setDate(QDate(moment.year, moment.month, moment.day))
            self.time.setTime(QTime(moment.hour, (moment.minute // 5) * 5))
        self._show_patient()
        self.validate()

    # -- choices ---------------------------------------------------------------------------
    def _select_service(self, account: str, service_id: str) -> None:
        for row in range(self.service.count()):
            service: Service = self.service.itemData(row)
            if (service.account, service.id) == (account, service_id):
                self.service.setCurrentIndex(row)
                return

    def _select_provider(self, provider_id: str) -> None:
        row = self.provider.findData(provider_id)
        if row >= 0:
            self.provider.setCurrentIndex(row)

    def _fill_providers(self) -> None:
        service: Service | None = self.service.currentData()
        self.provider.clear()
        if service is not None:
            for provider in self.workspace.providers():
                if provider.account == service.account and (
                    not service.provider_ids or provider.id in service.provider_ids
                ):
                    self.provider.addItem(provider.name, provider.id)
        self.validate()

    def _search(self, text: str) -> None:
        self.patient_model.set_hits(
            self.workspace.search_patients(text, 20) if text.strip() else []
        )
        if self.patient_model.rowCount():
            self.patient_list.setCurrentIndex(self.patient_model.index(0, 0))

    def _pick(self) -> None:
        index = self.patient_list.currentIndex()
        if index.isValid():
            self.patient = index.data(RecordRole)
            self._show_patient()
            self.validate()

    def _show_patient(self) -> None:
        if self.patient is None:
            self.patient_chosen.setText("No patient chosen yet.")
            return
        p = self.patient.patient
        self.patient_chosen.setText(f"<b>{p.display_name}</b> · {patient_summary(p)}")

    # -- validation and booking -------------------------------------------------------------
    def request(self) -> BookingRequest | None:
        service: Service | None = self.service.currentData()
        provider_id = self.provider.currentData()
        if self.patient is None or service is None or provider_id is None:
            return None
        day: date = self.date.date().toPython()  # type: ignore[assignment]
        clock: time = self.time.time().toPython()  # type: ignore[assignment]
        start = datetime.combine(day, clock, self.zone)
        return BookingRequest(
            account=service.account,
            provider_id=provider_id,
            service_id=service.id,
            patient_id=self.patient.patient.id,
            start=start,
            end=start + timedelta(minutes=service.minutes),
            notes=self.notes.toPlainText().strip(),
        )

    def problem_text(self) -> str:
        service: Service | None = self.service.currentData()
        if self.patient is None:
            return "Choose the patient: search by name, phone or birth date, then click the result."
        if service is None:
            return "Choose a service."
        if self.provider.currentData() is None:
            return "No provider offers this service."
        if self.patient.patient.account != service.account:
            return (
                f"This patient is in {self.patient.patient.account}; the service belongs to "
                f"{service.account}. Choose a service of the patient's account."
            )
        request = self.request()
        if request is not None and request.start < self.workspace.clock.now():
            return "That time has passed. Choose a time in the future."
        return ""

    def validate(self) -> bool:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.book_button.setEnabled(not problem)
        return not problem

    def submit(self) -> None:
        if not self.validate():
            return
        request = self.request()
        assert request is not None
        self.book_button.setEnabled(False)
        self.problem.setStyleSheet("")
        self.problem.setText("Booking…")
        tasks.run(self.workspace.book(request), self._done, self._failed)

    def _done(self, result: WriteResult) -> None:
        if result.ok and result.appointment is not None:
            self._booked(result.appointment)
            return
        error = result.error
        if isinstance(error, Unavailable | RateLimited | BudgetExhausted | AuthFailed):
            # Kept in the outbox and drawn as pending: it will be sent when the vendor answers.
            self.queued.emit(str(error))
            self.accept()
        elif error is not None:
            self._failed(error)

    def _booked(self, appointment: Appointment) -> None:
        self.booked.emit(appointment)
        self.accept()

    def _failed(self, error: FrontdeskError) -> None:
        self.problem.setStyleSheet("color: #C62828;")
        if isinstance(error, Conflict):
            self.problem.setText(
                "That time was just taken by another booking. Choose another time "
                "(the openings finder shows what is free now)."
            )
        else:
            self.problem.setText(f"Not booked: {error}")
        self.book_button.setEnabled(True)
