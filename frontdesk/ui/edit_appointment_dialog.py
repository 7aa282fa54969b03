"""Changing a booked appointment's service, length and notes (the start and provider stay: a
new time is a reschedule).

Only the services the provider offers are listed (domain/booking_rules.py); choosing one sets
the length to its default. The end is shown on the clinic's wall clock, its zone named when it
is not the home zone. A length that runs into another appointment of the provider is named
before anything is sent, and Save becomes "Save anyway" (the booking dialog's rule). Enter
saves when something changed; Escape asks before changes are dropped.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.book import DayEntry
from frontdesk.domain.booking_rules import offered_by, overlap_warning
from frontdesk.domain.models import Service
from frontdesk.sync.facade.desk import EditAppointment, Workspace
from frontdesk.ui import tasks
from frontdesk.ui.alive import alive
from frontdesk.ui.dialog_guard import ask_before_discarding, make_primary
from frontdesk.ui.domain_text import shown
from frontdesk.ui.i18n import arg
from frontdesk.ui.tones import error_style

# Every vendor that edits a length takes whole minutes; PracSuite only multiples of five.
LENGTH_STEP = 5
LONGEST = 12 * 60


class EditAppointmentDialog(QDialog):
    checked = Signal(int)  # the overlap guard has read the book: clashes found

    def __init__(
        self, workspace: Workspace, entry: DayEntry, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.entry = entry
        a = entry.appointment
        self.setWindowTitle(self.tr("Edit appointment"))
        self.setMinimumWidth(460)
        self.provider = workspace.reference.provider(a.account, a.provider_id)
        self.zone: ZoneInfo = (
            workspace.zone() if self.provider is None else workspace.provider_zone(self.provider)
        )
        self.provider_name = self.provider.name if self.provider else self.tr("The provider")
        local = a.start.astimezone(self.zone)
        # The day in the window's language (QLocale's names), the time as the clinic writes it.
        day = QLocale().toString(QDate(local.year, local.month, local.day), "dddd d MMMM")
        intro = QLabel(
            arg(
                self.tr("<b>%1</b><br>%2, %3 with %4"),
                entry.patient,
                day,
                f"{local:%H:%M}",
                self.provider_name,
            )
        )
        intro.setWordWrap(True)
        self.service = QComboBox()
        self.service.setAccessibleName(self.tr("Service"))
        mine = [s for s in workspace.services() if s.account == a.account]
        offered = offered_by(self.provider, mine) if self.provider is not None else mine
        current = next((s for s in mine if s.id == a.service_id), None)
        if current is not None and current not in offered:
            offered.insert(0, current)  # kept as it is, even if no longer offered
        if current is None:
            self.service.addItem(entry.service or self.tr("(as booked)"), None)
        for s in offered:
            self.service.addItem(arg(self.tr("%1 (%2 min)"), s.name, s.minutes), s)
        if current is not None:
            self.service.setCurrentIndex(offered.index(current))
        self.length = QSpinBox()
        self.length.setAccessibleName(self.tr("Length in minutes"))
        self.length.setSuffix(self.tr(" min"))
        self.length.setRange(LENGTH_STEP, LONGEST)
        self.length.setSingleStep(LENGTH_STEP)
        self.length.setValue(a.minutes)
        self.ends = QLabel()
        self.ends.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.ends.setAccessibleName(self.tr("Ends at"))
        self.notes = QPlainTextEdit(a.notes)
        self.notes.setTabChangesFocus(True)  # Tab leaves the notes, as in every other field
        self.notes.setPlaceholderText(self.tr("Notes for the provider (optional)"))
        self.notes.setMaximumHeight(90)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Warning"))
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        keep = buttons.addButton(self.tr("Keep"), QDialogButtonBox.ButtonRole.RejectRole)
        make_primary(self.save_button, keep)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        length_row = QHBoxLayout()
        length_row.addWidget(self.length)
        length_row.addWidget(self.ends, 1)
        length_label = QLabel(self.tr("&Length"))  # a row of two: the label needs its buddy named
        length_label.setBuddy(self.length)
        form = QFormLayout()
        form.addRow(self.tr("&Service"), self.service)
        form.addRow(length_label, length_row)
        form.addRow(self.tr("&Notes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        # The last read of the book: (end read for, what it found there).
        self._clash: tuple[datetime, list[DayEntry]] | None = None
        self._save_when_read = False
        self.service.currentIndexChanged.connect(self._service_chosen)
        self.length.valueChanged.connect(self._changed)
        self.notes.textChanged.connect(self.validate)
        self._changed()

    # -- what was chosen -------------------------------------------------------------------------
    def chosen_service(self) -> Service | None:
        service: Service | None = self.service.currentData()
        return service

    def end(self) -> datetime:
        return self.entry.appointment.start + timedelta(minutes=self.length.value())

    def command(self) -> EditAppointment | None:
        """The change as typed: only the fields that differ (None: nothing changed)."""
        a = self.entry.appointment
        service = self.chosen_service()
        service_id = service.id if service is not None and service.id != a.service_id else None
        end = self.end() if self.end() != a.end else None
        notes = self.notes.toPlainText().strip()
        new_notes = notes if notes != a.notes.strip() else None
        if service_id is None and end is None and new_notes is None:
            return None
        return EditAppointment.on(a, notes=new_notes, service_id=service_id, end=end)

    def _service_chosen(self) -> None:
        service = self.chosen_service()
        if service is not None:
            self.length.setValue(service.minutes)  # its default length
        self.validate()

    # -- the overlap guard ------------------------------------------------------------------------
    def clashes(self) -> list[DayEntry]:
        if self._clash is None or self._clash[0] != self.end():
            return []
        return self._clash[1]

    def _clash_known(self) -> bool:
        return self._clash is not None and self._clash[0] == self.end()

    def _changed(self) -> None:
        self._show_end()
        self.validate()
        self._check_clash()

    def _check_clash(self) -> None:
        """Only the time the new length adds can run into another appointment."""
        a = self.entry.appointment
        end = self.end()
        if end <= a.end:
            self._clash = (end, [])
            return

        def read(found: list[DayEntry]) -> None:
            if not alive(self) or self.end() != end:
                return  # the form moved on meanwhile
            self._clash = (end, found)
            self.validate()
            self.checked.emit(len(found))
            if self._save_when_read:
                self._save_when_read = False
                if not found:
                    self.accept()  # free there: the press saves; else the warning waits

        tasks.run(self.workspace.clashes(a, a.end, end, a.provider_id), read)

    def _show_end(self) -> None:
        end = self.end().astimezone(self.zone)
        home = self.end().astimezone(self.workspace.zone())
        named = f" {end:%Z}" if end.utcoffset() != home.utcoffset() else ""
        self.ends.setText(arg(self.tr("ends %1"), f"{end:%H:%M}{named}"))
        self.ends.setToolTip(arg(self.tr("Clinic time (%1)"), self.zone.key))

    # -- validation and saving --------------------------------------------------------------------
    def warning_text(self) -> str:
        return shown(overlap_warning(self.provider_name, self.clashes(), self.zone, verb="save"))

    def validate(self) -> bool:
        unchanged = self.command() is None
        warning = "" if unchanged else self.warning_text()
        self.problem.setText(
            self.tr("Change the service, length or notes.") if unchanged else warning
        )
        # A hint in grey, an overlap in the warning colour.
        self.problem.setStyleSheet(
            error_style() if warning else "color: palette(placeholder-text);"
        )
        self.save_button.setEnabled(not unchanged)
        self.save_button.setText(self.tr("Save anyway") if warning else self.tr("Save"))
        return not unchanged

    def accept(self) -> None:
        # Pressed as "Save anyway": the overlap was named on screen before the press.
        warned = self.save_button.text() == self.tr("Save anyway")
        if not self.validate():
            return
        if not self._clash_known():
            self._save_when_read = True  # read first: an overlap is named before sending
            return
        if self.clashes() and not warned:
            return
        super().accept()

    def reject(self) -> None:
        """Escape or Keep: changes already typed are not dropped unasked."""
        ask_before_discarding(
            self,
            self.command() is not None,
            super().reject,
            self.tr("The appointment stays as it is."),
        )
