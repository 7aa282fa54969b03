"""The waitlist's offer (issue 15): a non-modal notice when a slot frees and waiting patients
fit it ("3 waiting patients fit Thu 10:30 with Dr Raman"), one button per patient in offer
order. One click books the slot for that patient through the normal booking path (a `Book`
command: the outbox), then takes the entry off the waitlist; a refused booking leaves it on.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.models import BookingRequest, Service
from frontdesk.domain.waitlist import WaitlistEntry
from frontdesk.sync.facade import desk
from frontdesk.sync.facade.desk import Book, CommandResult, Offer, Outcome, Workspace
from frontdesk.ui import tasks
from frontdesk.ui.dates import weekday_and_time
from frontdesk.ui.domain_text import error_text, shown
from frontdesk.ui.i18n import arg

MAX_SHOWN = 5  # the first few in offer order; the Waitlist tab lists everyone


class WaitlistOffer(QDialog):
    """Shown without blocking the book; `booked(text)` says what was done, for the status bar."""

    booked = Signal(str)

    def __init__(self, workspace: Workspace, offer: Offer, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Waitlist"))
        self.workspace = workspace
        self.offer = offer
        layout = QVBoxLayout(self)
        headline = self.tr("%n waiting patient(s) fit %1 with %2", "", len(offer.entries))
        headline = arg(headline, weekday_and_time(offer.slot.start), offer.provider_name)
        self.headline = QLabel(headline)
        self.headline.setAccessibleName(headline)
        layout.addWidget(self.headline)
        self.buttons: list[QPushButton] = []
        for entry in offer.entries[:MAX_SHOWN]:
            button = QPushButton(self._label(entry))
            button.setToolTip(entry.note or self.tr("Book this slot for this patient"))
            button.clicked.connect(lambda _=False, e=entry: self.book(e))
            layout.addWidget(button)
            self.buttons.append(button)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        later = QPushButton(self.tr("Not now"))
        later.clicked.connect(self.close)
        layout.addWidget(later)

    def _name(self, entry: WaitlistEntry) -> str:
        return self.offer.names.get((entry.account, entry.patient_id), entry.patient_id)

    def _label(self, entry: WaitlistEntry) -> str:
        service = self._service(entry)
        parts = [arg(self.tr("Book %1"), self._name(entry))]
        if service is not None:
            parts.append(service.name)
        if entry.urgent:
            parts.append(self.tr("urgent"))
        return " · ".join(parts)

    def _service(self, entry: WaitlistEntry) -> Service | None:
        """The entry's service, else the freed appointment's, else the provider's first that
        fits the slot."""
        offered = self.offer.slot.services
        services = self.workspace.reference.services_of(entry.account)
        for wanted in (entry.service_id, self.offer.service_id):
            found = next((s for s in services if s.id == wanted), None)
            if found is not None and (offered is None or found.id in offered):
                return found
        return next((s for s in services if offered is None or s.id in offered), None)

    def book(self, entry: WaitlistEntry) -> None:
        service = self._service(entry)
        if service is None:
            self._refused(self.tr("no service of this provider fits the slot"))
            return
        start = self.offer.slot.start
        request = BookingRequest(
            account=entry.account,
            provider_id=self.offer.slot.provider_id,
            service_id=service.id,
            patient_id=entry.patient_id,
            start=start,
            end=min(start + timedelta(minutes=service.minutes), self.offer.end),
        )
        for button in self.buttons:
            button.setEnabled(False)
        tasks.run(
            self.workspace.execute(Book(request)),
            lambda result: self._done(entry, result),
            lambda error: self._refused(error_text(error)),
        )

    def _done(self, entry: WaitlistEntry, result: CommandResult) -> None:
        if result.outcome is Outcome.REFUSED:  # waiting counts: the outbox sends it
            self._refused(shown(result.reason) or self.tr("the vendor refused the booking"))
            return
        if entry.id is not None:
            tasks.run(desk.remove_from_waitlist(self.workspace, entry.id))
        when = weekday_and_time(self.offer.slot.start)
        self.booked.emit(arg(self.tr("Booked %1 %2"), self._name(entry), when))
        self.close()

    def _refused(self, why: str | FrontdeskError) -> None:
        self.problem.setText(arg(self.tr("Not booked: %1"), why))
        self.problem.show()
        for button in self.buttons:
            button.setEnabled(True)
