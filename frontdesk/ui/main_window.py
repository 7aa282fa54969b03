"""The window a receptionist keeps open all day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QToolBar,
    QWidget,
)

from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.models import Appointment, Opening
from frontdesk.store.cache import PatientHit
from frontdesk.sync.coordinator import AccountStatus, Health
from frontdesk.sync.day import build_day
from frontdesk.sync.workspace import Workspace
from frontdesk.ui import tasks
from frontdesk.ui.booking_dialog import BookingDialog
from frontdesk.ui.day_view import DayView
from frontdesk.ui.openings_pane import OpeningsPane
from frontdesk.ui.patient_pane import PatientPane

HEALTH_DOT = {
    Health.ONLINE: ("●", "#2E7D32"),
    Health.SYNCING: ("◌", "#1565C0"),
    Health.OFFLINE: ("●", "#C62828"),
    Health.NEEDS_LOGIN: ("●", "#EF6C00"),
    Health.ERROR: ("●", "#C62828"),
    Health.UNKNOWN: ("○", "#757575"),
}


class MainWindow(QMainWindow):
    day_shown = Signal(int)  # number of appointments drawn
    synced = Signal()
    sync_failed = Signal(str)
    notice = Signal(str)  # a message shown to the user in the status bar

    def __init__(
        self,
        workspace: Workspace,
        *,
        demo: bool = False,
        remember_layout: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.demo = demo
        self.day: date = self._today()
        self.setWindowTitle("frontdesk — demo clinic" if demo else "frontdesk")
        self.resize(1440, 900)

        self.day_view = DayView()
        self.patients = PatientPane(workspace)
        self.openings = OpeningsPane(workspace)
        self.side = QTabWidget()
        self.side.addTab(self.patients, "Patients")
        self.side.addTab(self.openings, "Openings")
        self.side.setMinimumWidth(300)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.side)
        splitter.addWidget(self.day_view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 1100])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.splitter = splitter

        self._build_toolbar()
        self._build_status_bar()

        self.patients.patient_chosen.connect(self.book_for_patient)
        self.openings.book_requested.connect(self.book_opening)
        self.day_view.appointment_clicked.connect(self._appointment_clicked)
        for coordinator in workspace.coordinators.values():
            coordinator.listeners.append(self._account_changed)
        workspace.outbox.listeners.append(self._outbox_changed)
        self.remember_layout = remember_layout
        if remember_layout:
            self._restore_layout()

    # -- chrome ------------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar("Navigation")
        bar.setObjectName("navigation")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        self.today_action = self._action("Today", "Ctrl+T", self.go_today, "Go to today")
        self.prev_action = self._action(
            "◀",
            "Alt+Left",
            lambda: self.go(self.day - timedelta(days=1)),
            "Previous day (Alt+Left)",
        )
        self.next_action = self._action(
            "▶", "Alt+Right", lambda: self.go(self.day + timedelta(days=1)), "Next day (Alt+Right)"
        )
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dddd d MMMM yyyy")
        self.date_edit.setAccessibleName("Day shown")
        self.date_edit.setMinimumWidth(230)
        self.date_edit.dateChanged.connect(lambda d: self.go(d.toPython()))
        self.refresh_action = self._action(
            "Refresh",
            QKeySequence.StandardKey.Refresh,
            self.refresh,
            "Fetch the latest from every account (F5)",
        )
        self.new_action = self._action(
            "New appointment",
            QKeySequence.StandardKey.New,
            lambda: self.book_for_patient(self.patients.current()),
            "Book an appointment (Ctrl+N)",
        )
        self.search_action = self._action(
            "Find patient",
            QKeySequence.StandardKey.Find,
            self.focus_search,
            "Search patients (Ctrl+F)",
        )
        self.openings_action = self._action(
            "Find opening", "Ctrl+O", self.focus_openings, "Find the next opening (Ctrl+O)"
        )
        for action in (self.today_action, self.prev_action, self.next_action):
            bar.addAction(action)
        bar.addWidget(self.date_edit)
        bar.addSeparator()
        for action in (
            self.refresh_action,
            self.new_action,
            self.search_action,
            self.openings_action,
        ):
            bar.addAction(action)

    def _action(self, text: str, shortcut: object, slot: object, tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        return action

    def _build_status_bar(self) -> None:
        self.account_labels: dict[str, QLabel] = {}
        status = self.statusBar()
        for name in self.workspace.coordinators:
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.RichText)
            self.account_labels[name] = label
            status.addPermanentWidget(label)
            self._account_changed(self.workspace.coordinators[name].status)
        self.outbox_label = QLabel()
        status.addPermanentWidget(self.outbox_label)
        self._outbox_changed()
        self.notice.connect(lambda text: status.showMessage(text, 8000))

    def _account_changed(self, status: AccountStatus) -> None:
        label = self.account_labels.get(status.account)
        if label is None:
            return
        dot, colour = HEALTH_DOT[status.health]
        detail = status.health.value
        if status.health is Health.ONLINE and status.last_sync:
            zone = self.workspace.zone()
            detail = f"synced {status.last_sync.astimezone(zone):%H:%M}"
        elif status.health is Health.OFFLINE and status.last_sync:
            zone = self.workspace.zone()
            detail = f"offline · as of {status.last_sync.astimezone(zone):%H:%M}"
        left = self.workspace.coordinators[status.account].requests_left
        if left is not None:
            detail += f" · {left} requests left today"
        label.setText(f"<span style='color:{colour}'>{dot}</span> {status.account}: {detail}")
        label.setToolTip(status.message or detail)

    def _outbox_changed(self) -> None:
        waiting = self.workspace.outbox.waiting()
        self.outbox_label.setText(f"Writes waiting: {waiting}" if waiting else "All changes sent")

    # -- days ------------------------------------------------------------------------------
    def _today(self) -> date:
        return self.workspace.clock.now().astimezone(self.workspace.zone()).date()

    def go_today(self) -> None:
        self.go(self._today())

    def go(self, day: date) -> None:
        if day != self.day or self.day_view.sheet is None:
            self.day = day
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)
        self.show_day()

    def show_day(self) -> None:
        sheet = build_day(self.workspace.cache, self.day, self.workspace.zone())
        now = self.workspace.clock.now()
        first = self.day_view.sheet is None or self.day_view.sheet.day != self.day
        self.day_view.show_sheet(sheet, now)
        if first:
            self.day_view.scroll_to(self._scroll_target(now, sheet.zone))
        self.day_shown.emit(sheet.count)

    def _scroll_target(self, now: datetime, zone: ZoneInfo) -> datetime:
        """Now, when today is shown during the working day; else the start of the day."""
        local = now.astimezone(zone)
        if self.day == local.date() and 9 <= local.hour < 18:
            return now
        return datetime.combine(self.day, time(9, 0), zone)

    # -- sync ------------------------------------------------------------------------------
    def start(self) -> None:
        """Show what the cache has at once, then fetch."""
        self.go(self.day)
        self.openings.reload_choices(QDate(self.day.year, self.day.month, self.day.day))
        self.refresh()

    def refresh(self) -> None:
        self.statusBar().showMessage("Fetching the latest from every account…")
        tasks.run(self.workspace.sync_all(), self._synced, self._sync_failed)

    def _synced(self, results: dict[str, AccountStatus | FrontdeskError]) -> None:
        problems = [f"{name}: {r}" for name, r in results.items() if isinstance(r, FrontdeskError)]
        self.statusBar().showMessage("; ".join(problems) if problems else "Up to date", 8000)
        today = self._today()
        self.openings.reload_choices(QDate(today.year, today.month, today.day))
        self.patients.search(self.patients.field.text())
        self.show_day()
        self.synced.emit()

    def _sync_failed(self, error: FrontdeskError) -> None:
        self.statusBar().showMessage(f"Could not sync: {error}", 10000)
        self.show_day()
        self.sync_failed.emit(str(error))

    # -- booking ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.side.setCurrentWidget(self.patients)
        self.patients.focus_search()

    def focus_openings(self) -> None:
        self.side.setCurrentWidget(self.openings)
        self.openings.service.setFocus()

    def book_for_patient(self, hit: PatientHit | None) -> BookingDialog:
        return self._open_booking(BookingDialog(self.workspace, patient=hit, parent=self))

    def book_opening(self, opening: Opening) -> BookingDialog:
        return self._open_booking(
            BookingDialog(
                self.workspace, opening=opening, patient=self.patients.current(), parent=self
            )
        )

    def _open_booking(self, dialog: BookingDialog) -> BookingDialog:
        dialog.booked.connect(self._booked)
        dialog.queued.connect(lambda why: self._queued(why))
        dialog.open()
        return dialog

    def _booked(self, appointment: Appointment) -> None:
        local = appointment.start.astimezone(self.workspace.zone())
        self.notice.emit(f"Booked {local:%A %d %B at %H:%M}")
        self.go(local.date())

    def _queued(self, why: str) -> None:
        self.notice.emit(f"Saved; it will be sent when the vendor answers ({why})")
        self.show_day()

    def _appointment_clicked(self, entry: object) -> None:
        pass

    # -- layout memory -----------------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        state = settings.value("main/splitter")
        if state is not None:
            self.splitter.restoreState(state)  # type: ignore[arg-type]

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.remember_layout:
            super().closeEvent(event)
            return
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        super().closeEvent(event)
