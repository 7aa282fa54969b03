"""The chosen patient: who they are, and their upcoming and past appointments (from the cache)."""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.alerts import PatientAlert
from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.models import Appointment, Capability, Patient, PatientHit
from frontdesk.sync.facade.desk import Changes, Workspace
from frontdesk.ui import tasks
from frontdesk.ui.alive import alive
from frontdesk.ui.domain_text import error_text
from frontdesk.ui.feed import FeedRelay
from frontdesk.ui.i18n import arg
from frontdesk.ui.models import VisitRow, VisitsModel, patient_summary, vendor_label

# As the booking dialog shows it (a light red box that reads in either palette).
ALERT_STYLE = (
    "QLabel { background: #FDECEA; color: #8E1B1B; border: 1px solid #C62828;"
    " border-radius: 4px; padding: 6px; }"
)

LOOK_BACK = timedelta(days=400)
LOOK_AHEAD = timedelta(days=400)


MAX_ROWS_SHOWN = 6  # a longer list scrolls


def fit_rows(view: QListView, rows: int) -> None:
    """As tall as its rows (up to a few), so short lists leave the room to the next one."""
    shown = max(1, min(rows, MAX_ROWS_SHOWN))
    row = view.sizeHintForRow(0) if rows else view.fontMetrics().height() * 2
    spacing = view.spacing() * 2 * shown
    height = shown * max(row, 1) + spacing + 2 * view.frameWidth() + 2
    # Fixed, not only capped: a minimum above the cap made a one-row list taller than the room
    # the layout gave it, and it ran under the next label ("Past: none cached").
    view.setFixedHeight(height)


def age_on(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class PatientDetails(QWidget):
    book_requested = Signal(object)  # PatientHit
    edit_requested = Signal(object)  # PatientHit
    shown = Signal(int, int)  # upcoming, past: the lists are filled

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.hit: PatientHit | None = None
        self.loaded: PatientHit | None = None  # whose appointments the lists show
        self._generation = 0

        self.name = QLabel()
        title = QFont(self.name.font())
        title.setPointSizeF(title.pointSizeF() * 1.15)
        title.setBold(True)
        self.name.setFont(title)
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.alert = QLabel()
        self.alert.setWordWrap(True)
        self.alert.setAccessibleName(self.tr("Patient alert"))
        self.alert.setStyleSheet(ALERT_STYLE)
        self.alert.hide()
        self.alert_button = QPushButton(self.tr("Alert…"))
        self.alert_button.setToolTip(self.tr("A note shown whenever this patient is booked"))
        self.alert_dialog: QInputDialog | None = None
        self.book = QPushButton(self.tr("Book…"))
        self.book.setToolTip(self.tr("Book an appointment for this patient"))
        self.edit = QPushButton(self.tr("Edit…"))
        self.upcoming_label = QLabel(self.tr("Upcoming"))
        self.past_label = QLabel(self.tr("Past"))
        for label in (self.upcoming_label, self.past_label):
            bold = QFont(label.font())
            bold.setBold(True)
            label.setFont(bold)
        self.upcoming_model = VisitsModel()
        self.past_model = VisitsModel()
        self.upcoming = self._list(self.upcoming_model, self.tr("Upcoming appointments"))
        self.past = self._list(self.past_model, self.tr("Past appointments"))
        self.empty = QLabel(self.tr("Choose a patient to see their details and appointments."))
        self.empty.setWordWrap(True)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        buttons = QHBoxLayout()
        buttons.addWidget(self.book)
        buttons.addWidget(self.edit)
        buttons.addWidget(self.alert_button)
        buttons.addStretch(1)
        self.body = QWidget()
        inner = QVBoxLayout(self.body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(4)
        inner.addWidget(self.name)
        inner.addWidget(self.facts)
        inner.addWidget(self.alert)
        inner.addLayout(buttons)
        inner.addSpacing(4)
        inner.addWidget(self.upcoming_label)
        inner.addWidget(self.upcoming)
        inner.addWidget(self.past_label)
        inner.addWidget(self.past)
        inner.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.body.hide()

        self.book.clicked.connect(lambda: self._request(self.book_requested))
        self.edit.clicked.connect(lambda: self._request(self.edit_requested))
        self.alert_button.clicked.connect(self.edit_alert)
        self.relay = FeedRelay(workspace.feed, self)
        self.relay.changed.connect(self._data_changed)

    def _data_changed(self, changes: Changes) -> None:
        """The card shown stays true: a renamed patient is read again, and their appointments
        after any change to the book (a sync, a booking, a cancel, another desk)."""
        hit = self.hit
        if hit is None:
            return
        p = hit.patient
        if changes.touches_patient(p.account, p.id):
            tasks.run(
                self.workspace.patient(p.account, p.id),
                lambda fresh: self._renamed(hit, fresh),
            )
            return
        now = self.workspace.clock.now()
        if changes.touches(now - LOOK_BACK, now + LOOK_AHEAD, p.account):
            self._load_visits(hit)

    def _renamed(self, hit: PatientHit, fresh: Patient | None) -> None:
        if not alive(self) or self.hit is not hit:
            return  # another patient was chosen meanwhile
        if fresh is None:
            self._load_visits(hit)  # e.g. a placeholder replaced by the vendor's record
            return
        self.show_patient(PatientHit(fresh, hit.vendor))

    def _request(self, signal: SignalInstance) -> None:
        if self.hit is not None:
            signal.emit(self.hit)

    @staticmethod
    def _list(model: VisitsModel, name: str) -> QListView:
        view = QListView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setMinimumHeight(60)
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setAlternatingRowColors(True)
        return view

    def show_patient(self, hit: PatientHit | None) -> None:
        self.hit = hit
        self._generation += 1
        self.loaded = None
        if hit is None:
            self.body.hide()
            self.empty.show()
            return
        self.empty.hide()
        self.body.show()
        p = hit.patient
        self.name.setText(p.display_name)
        self.facts.setText(self._facts(hit))
        can_edit, why = self.workspace.can(p.account, Capability.EDIT_PATIENT)
        self.edit.setEnabled(can_edit)
        self.edit.setToolTip(self.tr("Change this patient's details") if can_edit else why)
        can_book, why_not = self.workspace.can(p.account, Capability.BOOK)
        self.book.setEnabled(can_book)
        self.book.setToolTip(
            self.tr("Book an appointment for this patient") if can_book else why_not
        )
        self.upcoming_label.setText(self.tr("Upcoming"))
        self.past_label.setText(self.tr("Past"))
        self._load_visits(hit)
        self._load_alert(hit)

    def _load_alert(self, hit: PatientHit) -> None:
        def read(alert: PatientAlert | None) -> None:
            if not alive(self) or self.hit is not hit:
                return
            self.alert.setText(
                arg(self.tr("⚠ <b>Alert:</b> %1"), html.escape(alert.text)) if alert else ""
            )
            self.alert.setVisible(alert is not None)

        p = hit.patient
        tasks.run(self.workspace.patient_alert(p.account, p.id), read)

    def edit_alert(self) -> QInputDialog | None:
        """Set, change or (emptied) remove the patient's alert."""
        hit = self.hit
        if hit is None:
            return None
        p = hit.patient
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Patient alert"))
        dialog.setLabelText(
            arg(self.tr("Shown whenever %1 is booked (empty: no alert):"), p.display_name)
        )
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        current = self.alert.text()
        dialog.setTextValue(html.unescape(current.split("</b> ", 1)[-1]) if current else "")

        def chosen(text: str) -> None:
            def failed(error: FrontdeskError) -> None:
                # Not saved: the dialog comes back with what she typed and why, nothing lost.
                dialog.setLabelText(arg(self.tr("The alert was not saved: %1"), error_text(error)))
                dialog.setTextValue(text)
                dialog.open()

            tasks.run(
                self.workspace.set_patient_alert(p.account, p.id, text),
                lambda _none: self._load_alert(hit),
                failed,
            )

        dialog.textValueSelected.connect(chosen)
        self.alert_dialog = dialog
        dialog.open()
        return dialog

    def _load_visits(self, hit: PatientHit) -> None:
        self._generation += 1
        generation = self._generation
        p = hit.patient
        now = self.workspace.clock.now()
        tasks.run(
            self.workspace.visits(p.account, p.id, now - LOOK_BACK, now + LOOK_AHEAD),
            lambda found: self._fill(self._rows(p, found, now), generation),
            lambda error: self._failed(error, generation),
        )

    def _facts(self, hit: PatientHit) -> str:
        p = hit.patient
        today = self.workspace.cached.today()
        lines = []
        if p.owner_name:
            lines.append(arg(self.tr("Owner: %1"), p.owner_name))
        if p.birth_date:
            lines.append(
                arg(
                    self.tr("Born %1 (%n years)", "", age_on(p.birth_date, today)),
                    f"{p.birth_date:%d/%m/%Y}",
                )
            )
        if p.phone:
            lines.append(arg(self.tr("Phone %1"), p.phone))
        if p.email:
            lines.append(p.email)
        if not p.active:
            lines.append(self.tr("Inactive in the vendor's system"))
        lines.append(f"{p.account} · {vendor_label(hit.vendor)}")
        return "\n".join(lines) if lines else patient_summary(p)

    def _rows(
        self, patient: Patient, appointments: list[Appointment], now: datetime
    ) -> tuple[list[VisitRow], list[VisitRow]]:
        """The visits as the card lists them, named from the reference snapshot (no SQL)."""
        reference = self.workspace.reference
        providers = {p.id: p for p in reference.providers_of(patient.account)}
        services = {s.id: s.name for s in reference.services_of(patient.account)}
        fallback = reference.account_zone(patient.account) or ZoneInfo("UTC")

        def row(a: Appointment) -> VisitRow:
            provider = providers.get(a.provider_id)
            zone = reference.zone_of(provider) if provider else fallback
            return VisitRow(
                a,
                provider.name if provider else "",
                services.get(a.service_id or "", a.title or self.tr("Appointment")),
                zone,
            )

        upcoming = [row(a) for a in appointments if a.end > now]
        past = [row(a) for a in reversed(appointments) if a.end <= now]
        return upcoming, past

    def _fill(self, rows: tuple[list[VisitRow], list[VisitRow]], generation: int) -> None:
        if generation != self._generation or not alive(self):
            return  # another patient was chosen meanwhile, or the pane is gone
        upcoming, past = rows
        self.upcoming_model.set_rows(upcoming)
        self.past_model.set_rows(past)
        for view, rows_shown in ((self.upcoming, upcoming), (self.past, past)):
            view.setVisible(bool(rows_shown))
            fit_rows(view, len(rows_shown))
        self.upcoming_label.setText(
            arg(self.tr("Upcoming (%1)"), len(upcoming)) if upcoming else self.tr("Upcoming: none")
        )
        self.past_label.setText(
            arg(self.tr("Past (%1, as far back as the cache goes)"), len(past))
            if past
            else self.tr("Past: none cached")
        )
        self.loaded = self.hit
        self.shown.emit(len(upcoming), len(past))

    def _failed(self, error: FrontdeskError, generation: int) -> None:
        if generation == self._generation and alive(self):
            self.upcoming_label.setText(arg(self.tr("Appointments could not be read: %1"), error))
