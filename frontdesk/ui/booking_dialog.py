"""The booking dialog: patient (found or created here), service, provider, time and notes,
checked as you type.

Times are the clinic's wall clock (the provider's location), typed as the clinic writes them
("13:30", "1330", "9h30", "1:30 pm"); dates in the clinic's order. The dialog starts at the next
free time of the chosen provider for the service, never in the past. Only providers that offer
the service and whose vendor accepts the patient there are listed (Progenda: the patient's
center). Over another appointment the dialog names it and offers "Book anyway" (the rule the
book's drag-and-drop follows, domain/booking_rules.py); when the vendor refuses the time (409) it
says so, keeps what was entered, and offers the free times found now. Repeat… makes it a
series: every occurrence listed and checked before anything is sent (ui/series_panel.py).

Keys: Tab from the search goes to the results, Enter there chooses the highlighted patient;
Enter elsewhere books (or says what is missing); Escape with something entered asks first.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.alerts import PatientAlert
from frontdesk.domain.book import DayEntry
from frontdesk.domain.booking_rules import (
    PATIENTS_BY_LOCATION,
    accepting,
    overlap_warning,
    providers_for,
)
from frontdesk.domain.conventions import convention_for_zone
from frontdesk.domain.errors import (
    Conflict,
    FrontdeskError,
    SlotJustTaken,
)
from frontdesk.domain.models import (
    Appointment,
    BookingRequest,
    Capability,
    Opening,
    PatientHit,
    Provider,
    Service,
)
from frontdesk.sync.facade.desk import (
    Book,
    BookedSeries,
    Changes,
    CommandResult,
    OpeningSearch,
    OpeningsFinder,
    OpeningsFound,
    Outcome,
    Workspace,
    book_series,
)
from frontdesk.ui import tasks
from frontdesk.ui.alive import alive
from frontdesk.ui.dialog_guard import ask_before_discarding, make_primary
from frontdesk.ui.domain_text import shown
from frontdesk.ui.feed import FeedRelay
from frontdesk.ui.i18n import arg
from frontdesk.ui.models import OpeningsModel, PatientResultsModel, RecordRole, patient_summary
from frontdesk.ui.openings_pane import OpeningDelegate, OpeningsList
from frontdesk.ui.patient_details import ALERT_STYLE
from frontdesk.ui.patient_dialog import PatientDialog
from frontdesk.ui.patient_form import PatientInput
from frontdesk.ui.patient_pane import PatientDelegate
from frontdesk.ui.series_panel import SeriesPanel
from frontdesk.ui.slot_hold import Slot, SlotHold
from frontdesk.ui.time_input import TimeInput
from frontdesk.ui.tones import error_style

FRESH_DAYS = 7  # how far ahead fresh openings are looked for after a conflict
FRESH_SHOWN = 30
STEP_MINUTES = 5  # a start typed or proposed lies on this grid


class BookingDialog(QDialog):
    booked = Signal(object)  # Appointment
    queued = Signal(str)  # saved in the outbox, not yet accepted by the vendor
    openings_shown = Signal(int)  # fresh openings listed in the dialog
    hits_shown = Signal(int)  # patients listed for what was typed
    series_booked = Signal(str)  # a series was booked (or stored): what became of it

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
        self.setWindowTitle(self.tr("New appointment"))
        self.setMinimumWidth(520)
        self.workspace = workspace
        self.relay = FeedRelay(workspace.feed, self)
        self.relay.changed.connect(self._data_changed)
        self.finder = OpeningsFinder(workspace)
        self.zones = self.finder.zones()
        self.home: ZoneInfo = workspace.zone()
        self.patient: PatientHit | None = patient
        self.patient_dialog: PatientDialog | None = None
        self.conflict = ""  # set when the vendor refused the time as taken
        self._booking = False
        self._submit_when_read = False  # Book was pressed before the book was read there
        self._fresh_generation = 0
        self._search_generation = 0
        self._hits_generation = 0
        # The last clash read for a slot: ((account, provider, start, end), what is there).
        self._clash: tuple[tuple[str, str, datetime, datetime], list[DayEntry]] | None = None
        # Where the chosen patient is known (Progenda: their center); empty while unknown.
        self._patient_locations: frozenset[str] = frozenset()
        self._when_typed = False  # the receptionist chose the date or time: no more proposing
        self._next_generation = 0
        # At a clinic desk the chosen slot is held for this desk while the dialog is open.
        self.hold = SlotHold(workspace, self)
        self.hold.changed.connect(self._hold_changed)

        self.patient_field = QLineEdit()
        self.patient_field.setPlaceholderText(self.tr("Search: name, phone or birth date"))
        self.patient_field.setAccessibleName(self.tr("Patient"))
        self.new_patient_button = QPushButton(self.tr("New patient…"))
        self.new_patient_button.setToolTip(
            self.tr("Add the patient in the vendor's system, then book")
        )
        self.patient_model = PatientResultsModel()
        self.patient_list = QListView()
        self.patient_list.setModel(self.patient_model)
        self.patient_list.setItemDelegate(PatientDelegate(self.patient_list))
        self.patient_list.setMaximumHeight(150)
        self.patient_list.setAccessibleName(self.tr("Matching patients"))
        self.patient_list.hide()
        self.patient_chosen = QLabel()
        self.patient_chosen.setWordWrap(True)
        # The patient's alert, shown prominently as soon as it is read (issue 15 item 7).
        self.alert = QLabel()
        self.alert.setWordWrap(True)
        self.alert.setAccessibleName(self.tr("Patient alert"))
        self.alert.setStyleSheet(ALERT_STYLE)
        self.alert.hide()
        self.service = QComboBox()
        self.service.setAccessibleName(self.tr("Service"))
        self.provider = QComboBox()
        self.provider.setAccessibleName(self.tr("Provider"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(self.tr("Date"))
        self.time = TimeInput()
        self.time.setAccessibleName(self.tr("Start time"))
        self.zone_label = QLabel()
        self.zone_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.free_button = QPushButton(self.tr("Free times…"))
        self.free_button.setToolTip(
            self.tr("Show the free times for this service from the chosen day")
        )
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab leaves the notes, as in every other field
        self.notes.setPlaceholderText(self.tr("Notes for the provider (optional)"))
        self.notes.setMaximumHeight(70)
        self.notes.setAccessibleName(self.tr("Notes"))
        # Repeat…: a series, every occurrence listed and checked first (ui/series_panel.py).
        self.series = SeriesPanel(workspace, self)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(error_style())
        self.fresh_label = QLabel()
        self.fresh_label.setWordWrap(True)
        self.fresh_model = OpeningsModel()
        self.fresh = OpeningsList()
        self.fresh.setModel(self.fresh_model)
        self.fresh.setItemDelegate(OpeningDelegate(self.fresh))
        self.fresh.setUniformItemSizes(True)
        self.fresh.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fresh.setAccessibleName(self.tr("Free times now"))
        self.fresh.setMinimumHeight(160)
        self.fresh_label.hide()
        self.fresh.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.book_button = self.buttons.addButton(
            self.tr("Book"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        # Enter books (or says what is missing); the other buttons never take the default ring.
        make_primary(
            self.book_button,
            self.new_patient_button,
            self.free_button,
            *[b for b in self.buttons.buttons() if b is not self.book_button],
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        search_row = QHBoxLayout()
        search_row.addWidget(self.patient_field, 1)
        search_row.addWidget(self.new_patient_button)
        patient_box = QVBoxLayout()
        patient_box.addLayout(search_row)
        patient_box.addWidget(self.patient_list)
        patient_box.addWidget(self.patient_chosen)
        patient_box.addWidget(self.alert)
        form.addRow(self.tr("Patient"), patient_box)
        form.addRow(self.tr("Service"), self.service)
        form.addRow(self.tr("Provider"), self.provider)
        when = QHBoxLayout()
        when.addWidget(self.date, 1)
        when.addWidget(self.time)
        when.addWidget(self.zone_label)
        when.addWidget(self.free_button)
        form.addRow(self.tr("When"), when)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Repeat"), self.series.controls)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.series, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.fresh_label)
        layout.addWidget(self.fresh, 1)
        layout.addWidget(self.buttons)
        # Never narrower than the rows need: longer French and Dutch labels and buttons would
        # otherwise be clipped (a set minimum width overrides the layout's own).
        self.setMinimumWidth(max(self.minimumWidth(), layout.minimumSize().width()))

        for service in workspace.services():
            self.service.addItem(
                arg(self.tr("%1 · %2 min · %3"), service.name, service.minutes, service.account),
                service,
            )
        self.patient_field.textChanged.connect(self._search)
        self.patient_list.clicked.connect(self._pick)
        self.patient_list.doubleClicked.connect(self._pick)
        # Tab from the search reaches the results before New patient; Enter there chooses.
        self.setTabOrder(self.patient_field, self.patient_list)
        self.setTabOrder(self.patient_list, self.new_patient_button)
        self.patient_field.installEventFilter(self)
        self.patient_list.installEventFilter(self)
        self.new_patient_button.clicked.connect(lambda: self.new_patient())
        self.service.currentIndexChanged.connect(self._fill_providers)
        self.service.currentIndexChanged.connect(lambda _i: self._propose_next_free())
        self.provider.currentIndexChanged.connect(self._show_zone)
        self.provider.activated.connect(lambda _i: self._propose_next_free())
        for signal in (
            self.provider.currentIndexChanged,
            self.date.dateChanged,
            self.time.changed,
        ):
            signal.connect(self._changed)
        self.date.editingFinished.connect(self._typed_when)
        self.time.textEdited.connect(lambda _t: self._typed_when())
        self.free_button.clicked.connect(lambda: self.show_fresh_openings())
        self.fresh.clicked.connect(self._take_fresh)
        self.fresh.enter.connect(self._take_fresh_and_book)
        self.fresh.doubleClicked.connect(lambda _i: self._take_fresh_and_book())
        self.buttons.rejected.connect(self.reject)
        self.book_button.clicked.connect(self.submit)
        self.series.changed.connect(self.validate)

        if opening is not None:
            self._select_for_opening(opening)
            self._set_time(opening.start)
            self._when_typed = True  # the slot was chosen: keep it
        else:
            if patient is not None:
                self._prefer_account(patient.patient.account)
            self._fill_providers()
            # Never in the past: the next step of the grid, until the next free time is found.
            self._set_time(start or self._next_step(workspace.clock.now()))
            self._when_typed = start is not None
        self._show_patient()
        self.validate()
        if patient is not None:
            self._read_patient_locations(patient)
            self._read_alert(patient)
        self._propose_next_free()

    # -- keys and closing ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.patient_field and key == Qt.Key.Key_Down and self._has_hits():
            self.patient_list.setFocus()
            return True
        if watched is self.patient_field and enter and self._has_hits() and self._hits_new():
            self._pick()  # Enter on a fresh search chooses the highlighted patient
            return True
        if watched is self.patient_list and enter:
            self._pick()  # chosen, not booked: the Enter stops here
            return True
        return super().eventFilter(watched, event)

    def _has_hits(self) -> bool:
        return self.patient_list.isVisible() and self.patient_model.rowCount() > 0

    def _hits_new(self) -> bool:
        """The highlighted result is not the patient already chosen."""
        index = self.patient_list.currentIndex()
        hit: PatientHit | None = index.data(RecordRole) if index.isValid() else None
        return hit is not None and (
            self.patient is None or hit.patient.id != self.patient.patient.id
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter with something missing: say what, and go there (a greyed Book says nothing)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            self.book_button.isEnabled()
        ):
            self._point_at_problem()
            return
        super().keyPressEvent(event)

    def _point_at_problem(self) -> None:
        self.validate()
        if self.patient is None:
            self.patient_field.setFocus()
        elif self.time.value() is None:
            self.time.setFocus()
        elif self.provider.currentData() is None:
            self.service.setFocus()

    def has_input(self) -> bool:
        return bool(
            self.patient is not None
            or self.patient_field.text().strip()
            or self.notes.toPlainText().strip()
        )

    def reject(self) -> None:
        """Escape, Cancel or the close box: what was entered is not dropped unasked."""
        if self._booking:
            return  # the vendor is being asked: its answer must find the dialog
        ask_before_discarding(
            self, self.has_input(), super().reject, self.tr("Nothing is booked yet.")
        )

    # -- the first time proposed ---------------------------------------------------------------
    @staticmethod
    def _next_step(moment: datetime) -> datetime:
        """The first start on the 5-minute grid at or after `moment`."""
        base = moment.replace(second=0, microsecond=0)
        if base < moment:
            base += timedelta(minutes=1)
        return base + timedelta(minutes=-base.minute % STEP_MINUTES)

    def _typed_when(self) -> None:
        self._when_typed = True

    def _propose_next_free(self) -> None:
        """Until the receptionist picks a time: the chosen provider's next free time for the
        service (the openings search, which never proposes the past)."""
        service: Service | None = self.service.currentData()
        provider_id = self.provider.currentData()
        if self._when_typed or service is None or provider_id is None:
            return
        self._next_generation += 1
        generation = self._next_generation
        today = self.workspace.clock.now().astimezone(self.zone()).date()
        search = OpeningSearch(
            first_day=today,
            days=FRESH_DAYS,
            services=(service,),
            providers=frozenset({(service.account, provider_id)}),
            limit=1,
        )

        shown = (self.date.date(), self.time.value())

        def found(result: OpeningsFound) -> None:
            if generation != self._next_generation or self._when_typed or not alive(self):
                return
            if (self.date.date(), self.time.value()) != shown:
                return  # set otherwise meanwhile (a free time picked): that one stands
            if result.openings:
                self._set_time(result.openings[0].start)

        tasks.run(self.finder.find(search), found, lambda _error: None)

    # -- zones -------------------------------------------------------------------------------
    def zone(self) -> ZoneInfo:
        """The chosen provider's clinic zone: 09:00 here means nine o'clock there."""
        service: Service | None = self.service.currentData()
        provider_id = self.provider.currentData()
        if service is not None and provider_id is not None:
            return self.zones.get((service.account, provider_id), self.home)
        return self.home

    def _show_zone(self) -> None:
        zone = self.zone()
        # Dates and times as the clinic writes them (month first in the United States).
        convention = convention_for_zone(zone.key)
        self.date.setDisplayFormat(f"ddd {convention.qt_date}")
        self.time.set_convention(convention)
        moment = self.workspace.clock.now()
        differs = moment.astimezone(zone).utcoffset() != moment.astimezone(self.home).utcoffset()
        self.zone_label.setText(f"{moment.astimezone(zone):%Z}" if differs else "")
        self.zone_label.setToolTip(arg(self.tr("Clinic time (%1)"), zone.key))

    def _set_time(self, moment: datetime) -> None:
        local = moment.astimezone(self.zone())
        self.date.setDate(QDate(local.year, local.month, local.day))
        self.time.set_value(time(local.hour, local.minute))

    # -- choices ---------------------------------------------------------------------------
    def _select_service(self, account: str, service_id: str) -> bool:
        for row in range(self.service.count()):
            service: Service = self.service.itemData(row)
            if (service.account, service.id) == (account, service_id):
                self.service.setCurrentIndex(row)
                return True
        return False

    def _select_provider(self, provider_id: str) -> None:
        row = self.provider.findData(provider_id)
        if row >= 0:
            self.provider.setCurrentIndex(row)

    def _select_for_opening(self, opening: Opening) -> None:
        if not self._select_service(opening.account, opening.service_id):
            # Found by length: the provider's service that fills the time best.
            offered = [
                s
                for s in self.workspace.services()
                if s.account == opening.account
                and (not s.provider_ids or opening.provider_id in s.provider_ids)
            ]
            fitting = [s for s in offered if s.minutes <= opening.minutes] or offered
            if fitting:
                best = max(fitting, key=lambda s: s.minutes)
                self._select_service(best.account, best.id)
        self._fill_providers()
        self._select_provider(opening.provider_id)

    def _prefer_account(self, account: str) -> None:
        """Start on a service of the patient's account (the first, or the same name)."""
        current: Service | None = self.service.currentData()
        if current is not None and current.account == account:
            return
        same = [
            s
            for s in self.workspace.services()
            if s.account == account and (current is None or s.name == current.name)
        ]
        choice = same or [s for s in self.workspace.services() if s.account == account]
        if choice:
            self._select_service(account, choice[0].id)

    def providers_for(self, service: Service) -> list[Provider]:
        """Those that offer the service and whose vendor accepts the chosen patient there."""
        offering = providers_for(service, self.workspace.providers())
        if self.patient is None or self.patient.patient.account != service.account:
            return offering
        return accepting(
            self.workspace.vendor_of(service.account), offering, self._patient_locations
        )

    def _fill_providers(self) -> None:
        service: Service | None = self.service.currentData()
        chosen = self.provider.currentData()
        self.provider.blockSignals(True)
        self.provider.clear()
        if service is not None:
            for provider in self.providers_for(service):
                self.provider.addItem(provider.name, provider.id)
        self.provider.blockSignals(False)
        if chosen is not None:
            self._select_provider(chosen)
        self._show_zone()
        self._changed()

    def _search(self, text: str) -> None:
        """Searched on the cache worker; a slower earlier search arriving late is dropped."""
        self._search_generation += 1
        generation = self._search_generation
        if not text.strip():
            self._hits_generation = generation
            self._show_hits(text, [])
            return

        def found(hits: list[PatientHit]) -> None:
            if generation == self._search_generation and alive(self):
                self._hits_generation = generation
                self._show_hits(text, hits)

        tasks.run(self.workspace.search_patients(text, 20), found)

    def hits_are_current(self) -> bool:
        """The patients listed answer what is typed now."""
        return self._hits_generation == self._search_generation

    def _show_hits(self, text: str, hits: list[PatientHit]) -> None:
        self.patient_model.set_hits(hits)
        self.patient_list.setVisible(bool(text.strip()))
        if self.patient_model.rowCount():
            self.patient_list.setCurrentIndex(self.patient_model.index(0, 0))
        self.hits_shown.emit(len(hits))

    def _pick(self) -> None:
        index = self.patient_list.currentIndex()
        if index.isValid():
            self.choose_patient(index.data(RecordRole))

    def choose_patient(self, hit: PatientHit) -> None:
        self.patient = hit
        self._patient_locations = frozenset()
        service: Service | None = self.service.currentData()
        if service is not None and service.account != hit.patient.account:
            self._prefer_account(hit.patient.account)
        self._show_patient()
        self.validate()
        self._read_patient_locations(hit)
        self._read_alert(hit)
        if self.patient_field.hasFocus() or self.patient_list.hasFocus():
            self.service.setFocus()  # on to the next choice

    def _read_alert(self, hit: PatientHit) -> None:
        """The patient's alert, read on the cache worker, shown above everything else."""
        self.alert.hide()
        key = (hit.patient.account, hit.patient.id)

        def read(alert: PatientAlert | None) -> None:
            if not alive(self) or self.patient is None:
                return
            if (self.patient.patient.account, self.patient.patient.id) != key:
                return  # another patient was chosen meanwhile
            if alert is not None:
                self.alert.setText(arg(self.tr("⚠ <b>Alert:</b> %1"), html.escape(alert.text)))
                self.alert.show()

        tasks.run(self.workspace.patient_alert(*key), read)

    def _read_patient_locations(self, hit: PatientHit) -> None:
        """Where the vendor knows the patient (Progenda: one center), read on the cache worker;
        the providers listed then are only those who may see them."""
        if self.workspace.vendor_of(hit.patient.account) not in PATIENTS_BY_LOCATION:
            return
        key = (hit.patient.account, hit.patient.id)

        def read(locations: frozenset[str]) -> None:
            if not alive(self) or self.patient is None:
                return
            if (self.patient.patient.account, self.patient.patient.id) != key:
                return  # another patient was chosen meanwhile
            self._patient_locations = locations
            self._fill_providers()

        tasks.run(self.workspace.patient_locations(*key), read)

    def _show_patient(self) -> None:
        if self.patient is None:
            self.patient_chosen.setText(self.tr("No patient chosen yet."))
            return
        p = self.patient.patient
        self.patient_chosen.setText(f"<b>{p.display_name}</b> · {patient_summary(p)} · {p.account}")

    def new_patient(self) -> PatientDialog:
        """Create the patient without leaving the booking (in the service's account)."""
        service: Service | None = self.service.currentData()
        dialog = PatientDialog(
            self.workspace,
            account=service.account if service else None,
            typed=PatientInput.from_search(self.patient_field.text()),
            parent=self,
        )
        dialog.saved.connect(self.choose_patient)
        self.patient_dialog = dialog
        dialog.open()
        return dialog

    # -- validation and booking -------------------------------------------------------------
    def request(self) -> BookingRequest | None:
        service: Service | None = self.service.currentData()
        provider_id = self.provider.currentData()
        if self.patient is None or service is None or provider_id is None:
            return None
        day: date = self.date.date().toPython()  # type: ignore[assignment]
        clock = self.time.value()
        if clock is None:
            return None
        start = datetime.combine(day, clock, self.zone())
        return BookingRequest(
            account=service.account,
            provider_id=provider_id,
            service_id=service.id,
            patient_id=self.patient.patient.id,
            start=start,
            end=start + timedelta(minutes=service.minutes),
            notes=self.notes.toPlainText().strip(),
        )

    @staticmethod
    def _slot(request: BookingRequest) -> tuple[str, str, datetime, datetime]:
        return (request.account, request.provider_id, request.start, request.end)

    def clash(self, request: BookingRequest) -> Appointment | None:
        """An appointment the cache holds (from the last refresh) where this one would go, as
        last read for this very slot (None while it is being read)."""
        found = self.clashes(request)
        return found[0].appointment if found else None

    def clashes(self, request: BookingRequest) -> list[DayEntry]:
        if self._clash is None or self._clash[0] != self._slot(request):
            return []
        return self._clash[1]

    def clash_known(self, request: BookingRequest) -> bool:
        return self._clash is not None and self._clash[0] == self._slot(request)

    def _data_changed(self, changes: Changes) -> None:
        """The book changed (a sync, another desk): is the chosen time still free?"""
        request = self.request()
        if request is not None and changes.touches(request.start, request.end, request.account):
            self._check_clash()
        if self.series.active:
            self.series.recheck()  # any of its days may have changed

    def _check_clash(self) -> None:
        """Read the book around the chosen slot on the cache worker, then say what it shows."""
        request = self.request()
        if request is None:
            return
        slot = self._slot(request)

        def read(found: list[DayEntry]) -> None:
            if not alive(self) or (current := self.request()) is None:
                return
            if self._slot(current) != slot:
                return  # the form moved on meanwhile
            self._clash = (slot, found)
            self.validate()
            if self._submit_when_read:
                self._submit_when_read = False
                if not found:
                    self.submit()  # free there: the press books; else the warning waits

        # The double-booking guard the book's drag uses: live appointments of the provider
        # there, with the writes still waiting applied, named.
        ghost = Appointment(request.account, "", request.provider_id, request.start, request.end)
        tasks.run(
            self.workspace.clashes(ghost, request.start, request.end, request.provider_id), read
        )

    def problem_text(self) -> str:
        service: Service | None = self.service.currentData()
        if self.patient is None:
            return self.tr(
                "Choose the patient: search by name, phone or birth date, then click the result."
            )
        if service is None:
            return self.tr("Choose a service.")
        allowed, why = self.workspace.can(service.account, Capability.BOOK)
        if not allowed:
            return arg(self.tr("%1 cannot be booked from frontdesk: %2."), service.account, why)
        if self.provider.currentData() is None:
            if providers_for(service, self.workspace.providers()):
                p = self.patient.patient
                return arg(
                    self.tr(
                        "%1 is not a patient of the places where this service is offered: %2 "
                        "refuses to book them there. Choose another service."
                    ),
                    p.display_name,
                    self.workspace.vendor_of(service.account).title(),
                )
            return self.tr("No provider offers this service.")
        if self.patient.patient.account != service.account:
            return arg(
                self.tr(
                    "This patient is in %1; the service belongs to %2. "
                    "Choose a service of the patient's account."
                ),
                self.patient.patient.account,
                service.account,
            )
        if self.time.value() is None:
            return self.time.problem()
        request = self.request()
        if request is not None and request.start < self.workspace.clock.now():
            return self.tr("That time has passed. Choose a time in the future.")
        return ""

    def warning_text(self) -> str:
        """Not a refusal: the provider is busy then, and the receptionist may book anyway."""
        request = self.request()
        if request is None:
            return ""
        found = self.clashes(request)
        return shown(overlap_warning(self.provider.currentText(), found, self.zone()))

    def _changed(self) -> None:
        self.conflict = ""
        self.hold.follow(self.chosen_slot())
        self.validate()
        self._check_clash()

    def chosen_slot(self) -> Slot | None:
        """The provider and time chosen (a patient or not), while in the future."""
        service: Service | None = self.service.currentData()
        provider_id = self.provider.currentData()
        clock = self.time.value()
        if service is None or provider_id is None or clock is None:
            return None
        day: date = self.date.date().toPython()  # type: ignore[assignment]
        start = datetime.combine(day, clock, self.zone())
        if start < self.workspace.clock.now():
            return None
        return (service.account, provider_id, start, start + timedelta(minutes=service.minutes))

    def _hold_changed(self) -> None:
        """Refused: said at once, Book disabled, and the free times offered."""
        self.validate()
        if self.hold.taken_by and not self._fresh_generation:
            self.show_fresh_openings()

    def validate(self) -> bool:
        """Say what stops the booking; after a 409, say why first (and keep saying it). Over
        another appointment: name it, and Book becomes Book anyway."""
        request = self.request()
        if request != self.series.request:
            self.series.set_request(request, self.zone())  # the series starts there
        if self.series.active:
            return self._validate_series()
        problem = self.hold.problem() or self.problem_text()  # another desk's first
        warning = "" if problem else self.warning_text()
        self.problem.setStyleSheet(error_style())
        self.problem.setText(self.conflict or problem or warning)
        # The vendor refused this time and the refreshed book shows why: it would refuse it
        # again, so it is not offered, not even "anyway".
        refused = bool(self.conflict and warning)
        self.book_button.setEnabled(not problem and not refused and not self._booking)
        self.book_button.setText(
            self.tr("Book anyway") if warning and not refused else self.tr("Book")
        )
        if warning and not self._fresh_generation:
            self.show_fresh_openings()  # once: the free times are the other way out
        return not problem

    def _validate_series(self) -> bool:
        """A series: each occurrence's clash is marked in its row, so no single warning; the
        button counts what will be booked."""
        problem = self.problem_text() or self.series.error
        self.problem.setStyleSheet(error_style())
        self.problem.setText(problem)
        count = len(self.series.chosen())
        self.book_button.setText(self.tr("Book %n appointments", "", count))
        self.book_button.setEnabled(
            not problem and self.series.ready() and count > 0 and not self._booking
        )
        return not problem

    def _book_series(self) -> None:
        request = self.request()
        rule = self.series.rule()
        times = self.series.chosen()
        if request is None or rule is None or not times:
            return
        self._booking = True
        self.book_button.setEnabled(False)
        self.problem.setStyleSheet("")
        self.problem.setText(self.tr("Booking…"))
        tasks.run(
            book_series(self.workspace, request, rule, times), self._series_done, self._failed
        )

    def _series_done(self, booked: BookedSeries) -> None:
        if not alive(self):
            return
        self._booking = False
        results = booked.results
        sent = sum(1 for r in results if r.outcome is Outcome.SENT)
        waiting = sum(1 for r in results if r.outcome is Outcome.WAITING)
        refused = [r for r in results if r.outcome is Outcome.REFUSED]
        said = self.tr("Series booked: %n appointments.", "", sent)
        if waiting:
            said += " " + self.tr("%n saved, to be sent when the vendor answers.", "", waiting)
        if refused:
            said += " " + arg(
                self.tr("%1 not booked: %2"), len(refused), refused[0].reason or "refused"
            )
        self.series_booked.emit(said)
        self.accept()

    def submit(self) -> None:
        if self.series.active:
            if not self._booking and self.validate() and self.book_button.isEnabled():
                self._book_series()
            return
        # Pressed as "Book anyway": the overlap was named on screen before the press.
        warned = self.book_button.text() == self.tr("Book anyway")
        if self._booking or not self.validate() or not self.book_button.isEnabled():
            return
        request = self.request()
        assert request is not None
        if not self.clash_known(request):
            # Not read there yet: read first, so an overlap is named before anything is sent.
            self._submit_when_read = True
            self._check_clash()
            return
        if self.clashes(request) and not warned:
            return  # named now (validate); the next press books anyway
        self.conflict = ""
        self._booking = True
        self.book_button.setEnabled(False)
        self.problem.setStyleSheet("")
        self.problem.setText(self.tr("Booking…"))
        tasks.run(self.workspace.execute(Book(request)), self._done, self._failed)

    def _done(self, result: CommandResult) -> None:
        if not alive(self):
            return
        self._booking = False
        if result.outcome is Outcome.SENT and result.appointment is not None:
            self._booked(result.appointment)
        elif result.outcome is Outcome.WAITING:
            # Kept in the outbox and drawn as pending: it will be sent when the vendor answers.
            self.queued.emit(result.reason)
            self.accept()
        elif isinstance(result.error, Conflict):
            # Explained here, with what is free now: the failed write need not linger.
            if result.entry is not None:
                tasks.run(self.workspace.dismiss(result.entry.id))
            taken = result.error
            self._taken(
                result.alternatives, taken.by_desk if isinstance(taken, SlotJustTaken) else ""
            )
        else:
            self._failed(result.error or FrontdeskError(result.reason or "not booked"))

    def _booked(self, appointment: Appointment) -> None:
        self.booked.emit(appointment)
        self.accept()

    def _failed(self, error: FrontdeskError) -> None:
        if not alive(self):
            return
        self._booking = False
        if isinstance(error, Conflict):
            self._taken(())
            return
        self.problem.setStyleSheet(error_style())
        self.problem.setText(arg(self.tr("Not booked: %1"), error))
        self.book_button.setEnabled(True)

    # -- fresh openings ------------------------------------------------------------------------
    def _taken(self, alternatives: Sequence[Opening], by_desk: str = "") -> None:
        """The vendor (or, at a clinic desk, the clinic database for `by_desk`) said the time is
        taken: say so, keep the form, offer what is free now."""
        self.conflict = self.tr(
            "That time was just taken by another booking. Nothing was booked and what you "
            "entered is kept: choose one of the free times below, or another time."
        )
        if by_desk:
            self.conflict = arg(
                self.tr(
                    "That time was just taken at %1. Nothing was booked and what you entered "
                    "is kept: choose one of the free times below, or another time."
                ),
                by_desk,
            )
        self.validate()
        if alternatives:  # the vendor's own search, asked by the outbox near that time
            self._fresh_generation += 1
            found = OpeningsFound(list(alternatives), {alternatives[0].account: {"vendor"}})
            self._show_fresh(found, self._fresh_generation)
        self._refresh_then_offer(search=not alternatives)

    def _refresh_then_offer(self, *, search: bool) -> None:
        """Fetch the days again (so the book shows who took the time), then list what is free
        now unless the vendor already did."""
        request = self.request()
        if search:
            self.fresh_label.setText(self.tr("Looking for free times…"))
            self.fresh_label.show()
        if request is None or request.account not in self.workspace.account_names:
            self._refreshed(search)
            return
        day_start = request.start - timedelta(days=1)
        end = request.start + timedelta(days=FRESH_DAYS)
        tasks.run(
            self.workspace.refresh_appointments(request.account, day_start, end),
            lambda _n: self._refreshed(search),
            lambda _e: self._refreshed(search),
        )

    def _refreshed(self, search: bool) -> None:
        if not alive(self):
            return
        self.validate()
        self._check_clash()  # the cache now knows the booking that took the time
        if search:
            self.show_fresh_openings()

    def show_fresh_openings(self) -> None:
        """The free times for the chosen service from the chosen day, in this dialog."""
        service: Service | None = self.service.currentData()
        if service is None:
            return
        day: date = self.date.date().toPython()  # type: ignore[assignment]
        today = self.workspace.clock.now().astimezone(self.zone()).date()
        # Same clinic as the chosen provider: the patient comes to the same place.
        provider = next(
            (
                p
                for p in self.providers_for(service)
                if p.id == self.provider.currentData() and p.location_id
            ),
            None,
        )
        where = (
            frozenset({(service.account, provider.location_id or "")}) if provider else frozenset()
        )
        search = OpeningSearch(
            first_day=max(day, today),
            days=FRESH_DAYS,
            services=(service,),
            locations=where,
            limit=FRESH_SHOWN,
        )
        self._fresh_generation += 1
        generation = self._fresh_generation
        self.fresh_label.setText(self.tr("Looking for free times…"))
        self.fresh_label.show()
        tasks.run(
            self.finder.find(search),
            lambda found: self._show_fresh(found, generation),
            lambda error: self._fresh_failed(error, generation),
        )

    def _show_fresh(self, found: OpeningsFound, generation: int) -> None:
        if generation != self._fresh_generation or not alive(self):
            return
        self.fresh_model.set_openings(
            found.openings,
            self.workspace.providers(),
            self.workspace.services(),
            self.home,
            self.zones,
        )
        self.fresh_label.show()
        if found.openings:
            self.fresh_label.setText(
                self.tr("Free now (click to choose, double-click or Enter to book it):")
            )
            self.fresh.show()
            grown = max(self.height(), self.sizeHint().height())
            self.resize(self.width(), grown)  # room for the list, not a squeezed one
        else:
            self.fresh_label.setText(self.tr("No free time in the next %n days.", "", FRESH_DAYS))
            self.fresh.hide()
        self.openings_shown.emit(len(found.openings))

    def _fresh_failed(self, error: FrontdeskError, generation: int) -> None:
        if generation == self._fresh_generation and alive(self):
            self.fresh_label.setText(arg(self.tr("Free times could not be found: %1"), error))

    def _take_fresh(self, index: QModelIndex | None = None) -> Opening | None:
        current = self.fresh.currentIndex() if index is None else index
        opening: Opening | None = current.data(RecordRole) if current.isValid() else None
        if opening is None:
            return None
        self.provider.blockSignals(True)
        self._select_provider(opening.provider_id)
        self.provider.blockSignals(False)
        self._show_zone()
        self.date.blockSignals(True)
        self.time.blockSignals(True)
        self._set_time(opening.start)
        self.date.blockSignals(False)
        self.time.blockSignals(False)
        self._when_typed = True  # chosen from the list: keep it
        self._changed()
        return opening

    def _take_fresh_and_book(self) -> None:
        if self._take_fresh() is not None:
            self.submit()
