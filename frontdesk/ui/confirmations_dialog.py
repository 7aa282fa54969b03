"""Confirmation calls for the day shown (issue 15 item 4): the booked, unconfirmed appointments
with a phone number, each markable as confirmed (also sent to the vendor where it has a
confirmation), left message, no answer or asked to reschedule (kept by the desk).

The list is the day sheet's "confirmation calls" (ui/day_sheet.py's calls_document): the same
appointments, from the sheet the book shows; phone numbers are read on the cache worker.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.book import DayEntry, DaySheet
from frontdesk.domain.confirmations import CallOutcome, ConfirmationCall
from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.models import AppointmentStatus
from frontdesk.sync.facade.desk import Workspace
from frontdesk.ui import tasks
from frontdesk.ui.book.text import outcome_text
from frontdesk.ui.dates import long_day
from frontdesk.ui.domain_text import error_text
from frontdesk.ui.i18n import arg

BUTTONS = (  # translated where shown (context "ConfirmationsDialog")
    (CallOutcome.CONFIRMED, QT_TRANSLATE_NOOP("ConfirmationsDialog", "&Confirmed")),
    (CallOutcome.LEFT_MESSAGE, QT_TRANSLATE_NOOP("ConfirmationsDialog", "&Left message")),
    (CallOutcome.NO_ANSWER, QT_TRANSLATE_NOOP("ConfirmationsDialog", "&No answer")),
    (CallOutcome.RESCHEDULE, QT_TRANSLATE_NOOP("ConfirmationsDialog", "Asked to &reschedule")),
)


def to_call(sheet: DaySheet) -> list[tuple[DayEntry, str]]:
    """The calls document's appointments (booked, not confirmed), with their column's zone
    key, by time."""
    found: list[tuple[DayEntry, str]] = []
    for column in sheet.columns:
        for entry in column.entries:
            a = entry.appointment
            if a.status is AppointmentStatus.BOOKED and a.confirmed_at is None and a.patient_id:
                found.append((entry, f"{a.start.astimezone(column.zone):%H:%M}"))
    found.sort(key=lambda item: item[0].appointment.start)
    return found


class ConfirmationsDialog(QDialog):
    """`confirm(entry)` is the window's Confirm (sent through the outbox), or None where the
    vendor has no confirmation: then a confirmation is kept by the desk only."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("ConfirmationsDialog", "Time")),
        str(QT_TRANSLATE_NOOP("ConfirmationsDialog", "Patient")),
        str(QT_TRANSLATE_NOOP("ConfirmationsDialog", "Phone")),
        str(QT_TRANSLATE_NOOP("ConfirmationsDialog", "Service")),
        str(QT_TRANSLATE_NOOP("ConfirmationsDialog", "Last call")),
    )

    def __init__(
        self,
        workspace: Workspace,
        sheet: DaySheet,
        confirm: Callable[[DayEntry], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.confirm = confirm
        self.setWindowTitle(arg(self.tr("Confirmation calls · %1"), long_day(sheet.day)))
        self.setMinimumSize(720, 360)
        self.candidates = to_call(sheet)
        self.rows: list[DayEntry] = []
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.setAccessibleName(self.tr("Confirmation calls"))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.note = QLabel(self.tr("Reading phone numbers…"))
        self.note.setAccessibleName(self.tr("Calls status"))
        marks = QHBoxLayout()
        self.buttons: dict[CallOutcome, QPushButton] = {}
        for outcome, text in BUTTONS:
            button = QPushButton(self.tr(str(text)))
            button.clicked.connect(lambda _=False, o=outcome: self.mark(o))
            marks.addWidget(button)
            self.buttons[outcome] = button
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(marks)
        layout.addWidget(self.note)
        layout.addWidget(close)
        tasks.run(self._phones(), self._fill, self._failed)

    async def _phones(self) -> dict[tuple[str, str], str]:
        phones: dict[tuple[str, str], str] = {}
        for entry, _ in self.candidates:
            a = entry.appointment
            found = await self.workspace.patient(a.account, a.patient_id or "")
            if found is not None and found.phone:
                phones[(a.account, a.patient_id or "")] = found.phone
        return phones

    def _fill(self, phones: dict[tuple[str, str], str]) -> None:
        self.rows = []
        self.table.setRowCount(0)
        for entry, clock in self.candidates:
            a = entry.appointment
            phone = phones.get((a.account, a.patient_id or ""))
            if not phone:  # no number: nobody to call
                continue
            row = self.table.rowCount()
            self.table.insertRow(row)
            last = outcome_text(entry.call.outcome) if entry.call else ""
            for column, text in enumerate((clock, entry.patient, phone, entry.service, last)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            self.rows.append(entry)
        self.table.resizeColumnsToContents()
        if self.rows:
            self.table.selectRow(0)
        self.note.setText(
            self.tr("%n to call", "", len(self.rows)) if self.rows else self.tr("Nobody to call.")
        )

    def _failed(self, error: FrontdeskError) -> None:
        self.note.setText(arg(self.tr("Could not read the phone numbers: %1"), error_text(error)))

    def last_call(self, row: int) -> str:
        item = self.table.item(row, 4)
        return item.text() if item is not None else ""

    def mark(self, outcome: CallOutcome) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            self.note.setText(self.tr("Choose an appointment first."))
            return
        entry = self.rows[row]
        if outcome is CallOutcome.CONFIRMED and not self.confirm(entry):
            self.note.setText(self.tr("Confirmed here only: the vendor has no confirmation."))

        def recorded(call: ConfirmationCall) -> None:
            self.table.setItem(row, 4, QTableWidgetItem(call.outcome.value))
            if row + 1 < len(self.rows):  # on to the next call
                self.table.selectRow(row + 1)

        tasks.run(
            self.workspace.record_call(entry.appointment, outcome),
            recorded,
            lambda error: self.note.setText(
                arg(self.tr("Could not record the call: %1"), error_text(error))
            ),
        )
