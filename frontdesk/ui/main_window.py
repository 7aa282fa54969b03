"""The window a receptionist keeps open all day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPagedPaintDevice
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from frontdesk.domain.book import BookMode, DayEntry, DaySheet, ProviderKey
from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.models import Appointment, Opening, Patient, PatientHit, Provider
from frontdesk.sync.facade.book import BookOptions, CachedBook, SheetRequest
from frontdesk.ui.alive import alive
from frontdesk.ui.day_view import DayView
from frontdesk.ui.icons import icon
from frontdesk.ui.provider_menu import ProviderMenu
from frontdesk.ui.view_state import ViewState

# The rest of the window is imported when a workspace is attached, after the first paint of a
# staged start (docs/architecture.md, "Start-up"): it brings asyncio, httpx and the connectors.
if TYPE_CHECKING:
    from frontdesk.domain.accounts import AccountStatus
    from frontdesk.sync.facade.desk import Changes, Workspace
    from frontdesk.ui.accounts_dialog import AccountsDialog
    from frontdesk.ui.appointment_actions import AppointmentActions
    from frontdesk.ui.booking_dialog import BookingDialog
    from frontdesk.ui.day_sheet import SheetDocument
    from frontdesk.ui.day_sheet_dialog import DaySheetDialog
    from frontdesk.ui.help_dialog import HelpDialog
    from frontdesk.ui.openings_pane import OpeningsPane
    from frontdesk.ui.patient_pane import PatientPane
    from frontdesk.ui.reauth import ReauthWatcher
    from frontdesk.ui.status_bar import AccountStatusStrip

SETTINGS_SCOPE = ("frontdesk", "frontdesk")  # organisation, application


def settings() -> QSettings:
    """The per-user settings file (tests run with QStandardPaths' test mode: a private one)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, *SETTINGS_SCOPE)


class MainWindow(QMainWindow):
    day_shown = Signal(int)  # number of appointments drawn
    sheet_drawn = Signal(object)  # the DaySheet just drawn (every redraw, announced or not)
    day_sheet_done = Signal(int)  # pages of the day sheet just written or printed (0: failed)
    synced = Signal()
    sync_failed = Signal(str)
    notice = Signal(str)  # a message shown to the user in the status bar

    # Set by attach(): the window's parts that talk to the vendors.
    workspace: Workspace
    patients: PatientPane
    openings: OpeningsPane
    appointment: AppointmentActions
    status_strip: AccountStatusStrip
    reauth: ReauthWatcher

    def __init__(
        self,
        workspace: Workspace | None = None,
        *,
        book: CachedBook | None = None,
        demo: bool = False,
        remember_layout: bool = True,
        background: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """The whole window for `workspace`. In a staged start, only `book` first: the window
        with the day drawn from the cache, which `attach(workspace)` completes (side panes,
        appointment actions, accounts' status). Until then the actions that need a vendor are
        disabled.

        `background`: after the first sync, keep every account fresh and send waiting writes
        in the background (the application does; tests drive syncs themselves)."""
        super().__init__(parent)
        if book is None:
            if workspace is None:
                raise ValueError("MainWindow needs a workspace or a cached book")
            book = workspace.cached
        self.book = book
        self.attached = False
        self.demo = demo
        self.background = background
        self.day: date = self._today()
        self.view = ViewState()
        self.setWindowTitle("frontdesk — demo clinic" if demo else "frontdesk")
        self.resize(1440, 900)

        self.day_view = DayView()
        # Until attach(): the tabs are there (so nothing moves), their panes not yet.
        self.side = QTabWidget()
        self.side.addTab(QWidget(), "Patients")
        self.side.addTab(QWidget(), "Openings")
        self.side.setMinimumWidth(300)
        self.side.setAccessibleName("Patients and openings")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.side)
        splitter.addWidget(self.day_view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 1100])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.splitter = splitter

        self._build_actions()
        self._build_toolbars()
        self._build_menus()
        for action in self._vendor_actions():
            action.setEnabled(False)
        self.statusBar().showMessage("Opening the accounts…")
        # Writes waiting redraw as pending at once, and as done when sent (coalesced).
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(0)
        self._redraw.timeout.connect(lambda: self.show_day(announce=False))
        self._sheet_generation = 0
        self._drawn_generation = 0
        self._announce = False
        self.remember_layout = remember_layout
        if remember_layout:
            self._restore_layout()
        self._show_date()
        self._apply_view()
        if workspace is not None:
            self.attach(workspace)

    def _vendor_actions(self) -> list[QAction]:
        """What needs the workspace: disabled in the first frame of a staged start."""
        return [
            self.refresh_action,
            self.new_action,
            self.search_action,
            self.openings_action,
            self.pdf_action,
            self.help_action,
            self.accounts_action,
        ]

    def attach(self, workspace: Workspace) -> None:
        """Completes the window: panes, appointment actions, status bar, re-authentication."""
        from frontdesk.ui.appointment_actions import AppointmentActions
        from frontdesk.ui.feed import FeedRelay
        from frontdesk.ui.openings_pane import OpeningsPane
        from frontdesk.ui.patient_pane import PatientPane
        from frontdesk.ui.reauth import ReauthWatcher

        if self.attached:
            raise RuntimeError("a workspace is attached already")
        self.workspace = workspace
        self.book = workspace.cached
        self.patients = PatientPane(workspace)
        self.openings = OpeningsPane(workspace)
        current = self.side.currentIndex()
        for index, (pane, title) in enumerate(
            ((self.patients, "Patients"), (self.openings, "Openings"))
        ):
            placeholder = self.side.widget(index)
            self.side.removeTab(index)
            self.side.insertTab(index, pane, title)
            if placeholder is not None:
                placeholder.deleteLater()
        self.side.setCurrentIndex(current)

        self.appointment = AppointmentActions(workspace, self)
        self._add_appointment_actions()
        self._build_status_bar()

        self.patients.patient_chosen.connect(self.book_for_patient)
        self.openings.book_requested.connect(self.book_opening)
        self.day_view.selection_changed.connect(self.appointment.set_entry)
        self.day_view.appointment_activated.connect(self._appointment_activated)
        self.day_view.context_requested.connect(self._context_menu)
        self.day_view.move_requested.connect(self.appointment.request_move)
        self.appointment.done.connect(self._changed)
        self.appointment.queued.connect(self._changed)
        self.appointment.failed.connect(self._refused)
        self.appointment.open_patient.connect(self.open_patient)
        self.reauth = ReauthWatcher(workspace, self)  # a 401 asks for the credentials again
        self._accounts = set(workspace.account_names)
        self.relay = FeedRelay(workspace.feed, self)
        self.relay.changed.connect(self._data_changed)
        for action in self._vendor_actions():
            action.setEnabled(True)
        self.statusBar().clearMessage()
        self.attached = True
        self.appointment.set_entry(self.day_view.selected_entry())

    # -- actions -----------------------------------------------------------------------------
    def _action(
        self, text: str, shortcut: Any, slot: Any, tip: str, icon_name: str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{tip} ({keys})" if keys else tip
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.today_action = self._action("Today", "Ctrl+T", self.go_today, "Go to today", "today")
        self.prev_action = self._action(
            "Previous", "Alt+Left", lambda: self.step(-1), "Previous day", "previous"
        )
        self.next_action = self._action(
            "Next", "Alt+Right", lambda: self.step(1), "Next day", "next"
        )
        self.date_action = self._action(
            "Go to date…", "Ctrl+G", self.focus_date, "Choose the day to show"
        )
        self.refresh_action = self._action(
            "Refresh",
            QKeySequence.StandardKey.Refresh,
            self.refresh,
            "Fetch the latest from every account",
            "refresh",
        )
        self.new_action = self._action(
            "New appointment",
            QKeySequence.StandardKey.New,
            lambda: self.book_for_patient(self.patients.current()),
            "Book an appointment",
            "new",
        )
        self.search_action = self._action(
            "Find patient",
            QKeySequence.StandardKey.Find,
            self.focus_search,
            "Search patients by name, phone or birth date",
            "search",
        )
        self.openings_action = self._action(
            "Find opening", "Ctrl+O", self.focus_openings, "Find the next opening", "openings"
        )
        self.book_focus_action = self._action(
            "Go to the book", "Ctrl+B", self.focus_book, "Move the keyboard to the appointment book"
        )
        self.day_mode_action = self._action(
            "Day",
            "Ctrl+1",
            lambda: self.set_mode(BookMode.DAY),
            "Day view: a column per provider",
            "day",
        )
        self.week_mode_action = self._action(
            "Week",
            "Ctrl+2",
            lambda: self.set_mode(BookMode.WEEK),
            "Week view: one provider, a column per day",
            "week",
        )
        self.mode_toggle_action = self._action(
            "Switch day/week", "Ctrl+Shift+W", self.toggle_mode, "Switch between day and week"
        )
        modes = QActionGroup(self)
        for action in (self.day_mode_action, self.week_mode_action):
            action.setCheckable(True)
            modes.addAction(action)
        self.cancelled_action = self._action(
            "Show cancelled",
            "Ctrl+Shift+X",
            lambda checked: self.set_show_cancelled(bool(checked)),
            "Show cancelled appointments too",
            "cancelled",
        )
        self.cancelled_action.setCheckable(True)
        self.group_action = self._action(
            "Group by location",
            None,
            lambda checked: self.set_grouped(bool(checked)),
            "Group the providers by location",
        )
        self.group_action.setCheckable(True)
        self.pdf_action = self._action(
            "Day sheet (PDF or print)…",
            "Ctrl+P",
            self.export_day_sheet,
            "A day sheet (one provider or everyone), exported to PDF or printed",
            "pdf",
        )
        self.help_action = self._action(
            "Keyboard shortcuts",
            QKeySequence.StandardKey.HelpContents,
            self.show_help,
            "Every shortcut, and what the marks in the book mean",
            "help",
        )
        self.quit_action = self._action("Quit", "Ctrl+Q", self.close, "Close frontdesk")

    def _build_toolbars(self) -> None:
        bar = QToolBar("Navigation")
        bar.setObjectName("navigation")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(bar)
        self.navigation_bar = bar
        bar.addAction(self.today_action)
        bar.addAction(self.prev_action)
        bar.addAction(self.next_action)
        for action in (self.prev_action, self.next_action):
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMMM yyyy")
        self.date_edit.setAccessibleName("Day shown")
        self.date_edit.setMinimumWidth(190)
        self.date_edit.dateChanged.connect(lambda d: self.go(d.toPython()))
        bar.addWidget(self.date_edit)
        bar.addSeparator()
        bar.addAction(self.day_mode_action)
        bar.addAction(self.week_mode_action)
        self.provider_menu = ProviderMenu(self)
        self.provider_menu.changed.connect(self._providers_chosen)
        self.providers_button = QToolButton()
        self.providers_button.setText("Providers")
        self.providers_button.setIcon(icon("providers"))
        self.providers_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.providers_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.providers_button.setMenu(self.provider_menu)
        self.providers_button.setAccessibleName("Providers shown")
        self.providers_button.setToolTip("Choose the providers shown in the day view")
        self.providers_widget = bar.addWidget(self.providers_button)
        self.week_provider = QComboBox()
        self.week_provider.setAccessibleName("Provider of the week")
        self.week_provider.setToolTip("Whose week is shown")
        self.week_provider.setMinimumContentsLength(24)
        self.week_provider.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.week_provider.activated.connect(self._week_provider_chosen)
        self.week_keys: list[ProviderKey] = []
        self.week_provider_widget = bar.addWidget(self.week_provider)
        bar.addAction(self.cancelled_action)
        bar.addSeparator()
        bar.addAction(self.new_action)
        bar.addAction(self.refresh_action)
        bar.addAction(self.search_action)
        bar.addAction(self.openings_action)
        for action in (self.refresh_action, self.search_action, self.openings_action):
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):  # the side pane's tabs name them already
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

        actions = QToolBar("Appointment")
        actions.setObjectName("appointment")
        actions.setMovable(False)
        actions.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        actions.addAction(self.pdf_action)  # the appointment's actions go before it on attach
        self.addToolBar(actions)
        self.appointment_bar = actions

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        self.file_menu.addAction(self.pdf_action)
        self.accounts_action = self.file_menu.addAction("Accounts…", self.show_accounts)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("&View")
        for action in (self.today_action, self.prev_action, self.next_action, self.date_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        for action in (self.day_mode_action, self.week_mode_action, self.mode_toggle_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        providers = self.view_menu.addMenu(icon("providers"), "Providers")
        providers.aboutToShow.connect(lambda: self._fill_providers(providers))
        self.view_menu.addAction(self.group_action)
        self.view_menu.addAction(self.cancelled_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.book_focus_action)
        self.view_menu.addAction(self.refresh_action)
        self.appointment_menu = bar.addMenu("&Appointment")
        self.appointment_menu.addAction(self.new_action)
        self.appointment_menu.addSeparator()  # the appointment's actions go here on attach
        self.appointment_menu.setToolTipsVisible(True)
        self.search_separator = self.appointment_menu.addSeparator()
        self.appointment_menu.addAction(self.search_action)
        self.appointment_menu.addAction(self.openings_action)
        self.help_menu = bar.addMenu("&Help")
        self.help_menu.addAction(self.help_action)

    def _add_appointment_actions(self) -> None:
        before = self.pdf_action
        for name in ("confirm", "arrived", "noshow", "move", "cancel", "patient"):
            self.appointment_bar.insertAction(before, self.appointment.actions[name])
        self.appointment_bar.insertSeparator(before)
        self.appointment_menu.insertActions(
            self.search_separator, self.appointment.menu(self).actions()
        )

    def _fill_providers(self, menu: QMenu) -> None:
        menu.clear()
        menu.addActions(self.provider_menu.actions())

    def _build_status_bar(self) -> None:
        from frontdesk.ui.status_bar import AccountStatusStrip

        status = self.statusBar()
        self.status_strip = AccountStatusStrip(self.workspace)
        status.addPermanentWidget(self.status_strip)
        # The popover's line per account: state, requests left, writes waiting, last sync.
        self.account_labels: dict[str, QLabel] = self.status_strip.labels
        self.notice.connect(lambda text: status.showMessage(text, 8000))

    def shortcut_sections(self) -> list[tuple[str, list[QAction]]]:
        a = self.appointment.actions
        return [
            (
                "Book",
                [
                    self.today_action,
                    self.prev_action,
                    self.next_action,
                    self.date_action,
                    self.day_mode_action,
                    self.week_mode_action,
                    self.mode_toggle_action,
                    self.cancelled_action,
                    self.book_focus_action,
                    self.refresh_action,
                ],
            ),
            (
                "Appointment",
                [
                    self.new_action,
                    a["confirm"],
                    a["arrived"],
                    a["noshow"],
                    a["move"],
                    a["cancel"],
                    a["patient"],
                ],
            ),
            ("Search", [self.search_action, self.openings_action]),
            ("Window", [self.pdf_action, self.help_action, self.quit_action]),
        ]

    def show_help(self) -> HelpDialog:
        from frontdesk.ui.help_dialog import HelpDialog, shortcuts_of

        dialog = HelpDialog(shortcuts_of(self.shortcut_sections()), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.help_dialog = dialog
        return dialog

    # -- days ------------------------------------------------------------------------------
    def _today(self) -> date:
        return self.book.today()

    def go_today(self) -> None:
        self.go(self._today())

    def step(self, direction: int) -> None:
        days = 7 if self.view.mode is BookMode.WEEK else 1
        self.go(self.day + timedelta(days=days * direction))

    def go(self, day: date) -> None:
        self.day = day
        self._show_date()
        self.show_day()

    def _show_date(self) -> None:
        day = self.day
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)

    def focus_date(self) -> None:
        self.date_edit.setFocus()

    def focus_book(self) -> None:
        self.day_view.canvas.setFocus()

    def _options(self) -> BookOptions:
        shown = self.view.shown_providers(self.book.providers())
        return BookOptions(
            show_cancelled=self.view.show_cancelled,
            group_by_location=self.view.grouped,
            providers=shown,
        )

    def _request(self) -> SheetRequest:
        week = self.view.mode is BookMode.WEEK
        return SheetRequest(
            self.day,
            self.view.mode,
            self._options(),
            self._week_provider_key() if week else None,
        )

    def show_day(self, *, announce: bool = True) -> None:
        """Draws the book (day or week) from the cache. The sheet is built on the cache worker
        (in the first frame, before the event loop runs, it is waited for); a newer request
        supersedes one still being built. A redraw because the data changed does not
        `announce` (emit day_shown): the day shown has not changed."""
        request = self._request()
        self._sheet_generation += 1
        generation = self._sheet_generation
        # A redraw that supersedes a navigation still announces the day it draws.
        self._announce = self._announce or announce
        if not self.attached:
            self._draw(request, self.book.sheet_now(request), announce)
            return
        from frontdesk.ui import tasks

        def drawn(sheet: DaySheet) -> None:
            if generation == self._sheet_generation and alive(self):
                self._draw(request, sheet, self._announce)

        def failed(error: FrontdeskError) -> None:
            if generation == self._sheet_generation and alive(self):
                self._drawn_generation = generation  # what is drawn stays; it was said why
                self.notice.emit(f"The book could not be read: {error}")

        tasks.run(self.book.sheet(request), drawn, failed)

    def book_is_current(self) -> bool:
        """Nothing waits to be drawn: no read of the book under way, none about to start."""
        pending = self.attached and self.relay.pending
        return (
            self._drawn_generation == self._sheet_generation
            and not self._redraw.isActive()
            and not pending
        )

    def _draw(self, request: SheetRequest, sheet: DaySheet, announce: bool) -> None:
        self._drawn_generation = self._sheet_generation
        self._announce = False
        now = self.book.clock.now()
        previous = self.day_view.sheet
        first = previous is None or previous.day != request.day or previous.mode != sheet.mode
        self.day_view.show_sheet(sheet, now, self._today())
        if first:
            self.day_view.scroll_to(self._scroll_target(now, sheet.zone))
        if self.attached:
            self.appointment.set_entry(self.day_view.selected_entry())
            self._tell_visible_range(sheet.mode)
        hidden = sheet.hidden_cancelled
        self.cancelled_action.setText(f"Show cancelled ({hidden})" if hidden else "Show cancelled")
        self.sheet_drawn.emit(sheet)
        if announce:
            self.day_shown.emit(sheet.count)

    def _tell_visible_range(self, mode: BookMode) -> None:
        """The background loop refreshes what is on screen more often than the rest."""
        start, end = self.workspace.day_bounds(self.day)
        if mode is BookMode.WEEK:
            start -= timedelta(days=self.day.weekday())
            end = start + timedelta(days=7)
        self.workspace.set_visible_range(start, end)

    def _scroll_target(self, now: datetime, zone: ZoneInfo) -> datetime:
        """Now, when today is shown during the working day; else the start of the day."""
        local = now.astimezone(zone)
        if self.day == local.date() and 9 <= local.hour < 18:
            return now
        return datetime.combine(self.day, time(8, 30), zone)

    # -- view: day or week, providers, cancelled -------------------------------------------------
    def set_mode(self, mode: BookMode) -> None:
        self.view.mode = mode
        if mode is BookMode.WEEK:
            entry = self.day_view.selected_entry()
            if entry is not None:
                a = entry.appointment
                self.view.week_provider = (a.account, a.provider_id)
        self._apply_view()

    def toggle_mode(self) -> None:
        self.set_mode(BookMode.WEEK if self.view.mode is BookMode.DAY else BookMode.DAY)

    def set_show_cancelled(self, shown: bool) -> None:
        self.view.show_cancelled = shown
        self._apply_view()

    def set_grouped(self, grouped: bool) -> None:
        self.view.grouped = grouped
        self._apply_view()

    def show_week_of(self, provider: Provider) -> None:
        self.view.week_provider = (provider.account, provider.id)
        self.set_mode(BookMode.WEEK)

    def _providers_chosen(self, hidden: set[ProviderKey]) -> None:
        self.view.hidden = set(hidden)
        self._apply_view()

    def _week_provider_chosen(self, index: int) -> None:
        if 0 <= index < len(self.week_keys):
            self.view.week_provider = self.week_keys[index]
            self.show_day()

    def _week_provider_key(self) -> ProviderKey:
        providers = self.book.providers()
        keys = [(p.account, p.id) for p in providers]
        if self.view.week_provider in keys and self.view.week_provider is not None:
            return self.view.week_provider
        shown = self.view.shown_providers(providers)
        candidates = [k for k in keys if shown is None or k in shown] or keys
        chosen = candidates[0] if candidates else ("", "")
        self.view.week_provider = chosen
        return chosen

    def _apply_view(self) -> None:
        week = self.view.mode is BookMode.WEEK
        self.day_mode_action.setChecked(not week)
        self.week_mode_action.setChecked(week)
        self.cancelled_action.setChecked(self.view.show_cancelled)
        self.group_action.setChecked(self.view.grouped)
        self.group_action.setEnabled(not week)
        self.providers_widget.setVisible(not week)
        self.week_provider_widget.setVisible(week)
        unit = "week" if week else "day"
        for action, text in ((self.prev_action, "Previous"), (self.next_action, "Next")):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setText(f"{text} {unit}")
            action.setToolTip(f"{text} {unit} ({keys})")
            action.setStatusTip(action.toolTip())
        self._reload_providers()
        self.show_day()

    def _reload_providers(self) -> None:
        providers = self.book.providers()
        locations = self.book.reference.location_names()
        self.provider_menu.set_providers(providers, locations, self.view.hidden)
        shown = self.view.shown_providers(providers)
        count = len(providers) if shown is None else len(shown)
        self.providers_button.setText(
            "Everyone" if shown is None else f"{count} of {len(providers)} providers"
        )
        key = self._week_provider_key() if providers else None
        self.week_provider.blockSignals(True)
        self.week_provider.clear()
        # Keys beside the combo: a tuple does not survive a round trip through QVariant.
        self.week_keys = [(p.account, p.id) for p in providers]
        for p in providers:
            where = locations.get((p.account, p.location_id or ""), "")
            self.week_provider.addItem(f"{p.name} · {where}" if where else p.name)
        if key in self.week_keys:
            self.week_provider.setCurrentIndex(self.week_keys.index(key))
        self.week_provider.blockSignals(False)

    # -- sync ------------------------------------------------------------------------------
    def start(self) -> None:
        """Show what the cache has at once, then fetch."""
        self._reload_providers()
        self.go(self.day)
        self.openings.reload_choices(QDate(self.day.year, self.day.month, self.day.day))
        self.refresh()

    def refresh(self) -> None:
        from frontdesk.ui import tasks

        self.statusBar().showMessage("Fetching the latest from every account…")
        tasks.run(self.workspace.sync_all(), self._synced, self._sync_failed)

    def _synced(self, results: dict[str, AccountStatus | FrontdeskError]) -> None:
        problems = [f"{name}: {r}" for name, r in results.items() if isinstance(r, FrontdeskError)]
        self.statusBar().showMessage("; ".join(problems) if problems else "Up to date", 8000)
        today = self._today()
        self.openings.reload_choices(QDate(today.year, today.month, today.day))
        self.patients.search(self.patients.field.text())
        self._reload_providers()
        self.show_day()
        if self.background and not self.workspace.running:
            self.workspace.start()
        self.synced.emit()

    def _data_changed(self, changes: Changes) -> None:
        """The one place the window hears that the store changed, whatever changed it."""
        now = set(self.workspace.account_names)
        added, removed = now - self._accounts, self._accounts - now
        self._accounts = now
        if changes.reference or removed:
            self._reload_providers()
        sheet = self.day_view.sheet
        if (
            sheet is None
            or added
            or removed
            or self._shows(changes, sheet)
            or self._names_changed(changes, sheet)
        ):
            self._redraw.start()
        for name in sorted(added):
            self._account_added(name)

    @staticmethod
    def _names_changed(changes: Changes, sheet: DaySheet) -> bool:
        """Whether a patient drawn in the book may have a new name (a page of a sync pass
        rarely holds one of today's patients: the book is not redrawn for every page)."""
        if not (changes.patients or changes.patient_accounts):
            return False
        for column in sheet.columns:
            for entry in column.entries:
                a = entry.appointment
                if a.patient_id and changes.touches_patient(a.account, a.patient_id):
                    return True
        return False

    def _shows(self, changes: Changes, sheet: DaySheet) -> bool:
        week = sheet.mode is BookMode.WEEK
        first = sheet.start - timedelta(days=sheet.day.weekday() if week else 0)
        # Columns run on their own zones: a day's appointments lie within a day on either side.
        start = first - timedelta(hours=26)
        return changes.touches(start, first + timedelta(days=7 if week else 1, hours=26))

    def _account_added(self, name: str) -> None:
        """An account saved in the accounts dialog: its first sync starts now."""
        from frontdesk.ui import tasks

        self.notice.emit(f"{name} added; fetching its book and patients…")
        tasks.run(
            self.workspace.sync_account(name),
            lambda status: self._synced({name: status}),
            lambda error: self._synced({name: error}),
        )

    def _sync_failed(self, error: FrontdeskError) -> None:
        self.statusBar().showMessage(f"Could not sync: {error}", 10000)
        self.show_day()
        self.sync_failed.emit(str(error))

    # -- appointments ----------------------------------------------------------------------------
    def _changed(self, message: str) -> None:
        self.notice.emit(message)
        self.show_day()

    def _refused(self, message: str) -> None:
        self.notice.emit(message)
        self.show_day()

    def _appointment_activated(self, entry: DayEntry) -> None:
        self.appointment.set_entry(entry)
        self.appointment.trigger("patient")

    def context_menu_for(self, entry: DayEntry) -> QMenu:
        self.appointment.set_entry(entry)
        menu = self.appointment.menu(self)
        if self.view.mode is BookMode.DAY:
            a = entry.appointment
            provider = self.workspace.reference.provider(a.account, a.provider_id)
            if provider is not None:
                menu.addSeparator()
                week = menu.addAction(icon("week"), f"Week of {provider.name}")
                week.triggered.connect(lambda: self.show_week_of(provider))
        return menu

    def _context_menu(self, entry: DayEntry, where: QPoint) -> None:
        menu = self.context_menu_for(entry)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_context_menu = menu
        menu.popup(where)

    def open_patient(self, entry: DayEntry) -> None:
        """Select the appointment's patient in the Patients pane, with their details."""
        from frontdesk.ui import tasks

        a = entry.appointment
        if not a.patient_id:
            return
        self.side.setCurrentWidget(self.patients)
        self.patients.results.setFocus()
        vendor = self.workspace.vendor_of(a.account)
        tasks.run(
            self.workspace.patient(a.account, a.patient_id),
            lambda patient: self._show_patient(entry, patient, vendor),
        )

    def _show_patient(self, entry: DayEntry, patient: Patient | None, vendor: str) -> None:
        if not alive(self):
            return
        if patient is not None and vendor:
            self.patients.show_saved(PatientHit(patient, vendor))  # found as a receptionist would
        else:
            self.patients.field.setText(entry.patient.strip())
        self.patients.results.setFocus()

    # -- day sheet -----------------------------------------------------------------------------
    def export_day_sheet(self) -> DaySheetDialog:
        from frontdesk.ui.day_sheet_dialog import DaySheetDialog

        entry = self.day_view.selected_entry()
        chosen: ProviderKey | None = None
        if self.view.mode is BookMode.WEEK:
            chosen = self._week_provider_key()
        elif entry is not None:
            chosen = (entry.appointment.account, entry.appointment.provider_id)
        dialog = DaySheetDialog(self.book.providers(), self.day, chosen, self)
        dialog.accepted.connect(lambda: self._ask_pdf_path(dialog))
        dialog.open()
        self.day_sheet_dialog = dialog
        return dialog

    def _ask_pdf_path(self, dialog: DaySheetDialog) -> None:
        day, provider = dialog.choice()
        if dialog.wants_print:
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loaded when printing

            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            chooser = QPrintDialog(printer, self)
            if chooser.exec() == QPrintDialog.DialogCode.Accepted:
                self.print_day_sheet(printer, day, provider)
            return
        name = f"day-sheet-{day:%Y-%m-%d}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, "Export day sheet", name, "PDF (*.pdf)")
        if path:
            self.write_day_sheet(Path(path), day, provider)

    def print_day_sheet(
        self, printer: QPagedPaintDevice, day: date, provider: ProviderKey | None
    ) -> None:
        """Prints the sheet on `printer` (a QPrinter) once it is read from the cache; emits
        `day_sheet_done` with its number of pages."""
        from frontdesk.ui.day_sheet import paint_document

        def done(document: SheetDocument) -> None:
            pages = paint_document(document, printer)
            self.last_day_sheet = document
            plural = "s" if pages != 1 else ""
            self.notice.emit(f"Day sheet sent to the printer ({pages} page{plural})")
            self.day_sheet_done.emit(pages)

        self._day_sheet_document(day, provider, done)

    def _day_sheet_document(
        self, day: date, provider: ProviderKey | None, then: Callable[[SheetDocument], None]
    ) -> None:
        from frontdesk.ui import tasks
        from frontdesk.ui.day_sheet import sheet_document

        options = self._options()
        if provider is not None:
            options = BookOptions(
                show_cancelled=options.show_cancelled,
                group_by_location=options.group_by_location,
                providers={provider},
            )
        request = SheetRequest(day, BookMode.DAY, options)

        def failed(error: FrontdeskError) -> None:
            self.notice.emit(f"Could not read the day sheet: {error}")
            self.day_sheet_done.emit(0)

        tasks.run(
            self.book.sheet(request),
            lambda sheet: then(sheet_document(sheet, self.book.clock.now(), provider)),
            failed,
        )

    def write_day_sheet(self, path: Path, day: date, provider: ProviderKey | None) -> None:
        """Writes the PDF once the sheet is read; emits `day_sheet_done` with its pages."""
        from frontdesk.ui.day_sheet import write_pdf

        def done(document: SheetDocument) -> None:
            try:
                pages = write_pdf(document, path)
            except OSError as exc:
                self.notice.emit(f"Could not write the day sheet: {exc.strerror or exc}")
                self.day_sheet_done.emit(0)
                return
            self.last_day_sheet = document
            plural = "s" if pages != 1 else ""
            self.notice.emit(f"Day sheet written to {path} ({pages} page{plural})")
            self.day_sheet_done.emit(pages)

        self._day_sheet_document(day, provider, done)

    # -- booking ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.side.setCurrentWidget(self.patients)
        self.patients.focus_search()

    def focus_openings(self) -> None:
        self.side.setCurrentWidget(self.openings)
        self.openings.service.setFocus()

    def book_for_patient(self, hit: PatientHit | None) -> BookingDialog:
        from frontdesk.ui.booking_dialog import BookingDialog

        return self._open_booking(BookingDialog(self.workspace, patient=hit, parent=self))

    def book_opening(self, opening: Opening) -> BookingDialog:
        from frontdesk.ui.booking_dialog import BookingDialog

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

    def show_accounts(self) -> AccountsDialog:
        from frontdesk.ui.accounts_dialog import AccountsDialog  # loaded on first use

        dialog = AccountsDialog(self.workspace, self)
        dialog.open()
        return dialog

    # -- layout memory -----------------------------------------------------------------------
    def _restore_layout(self) -> None:
        stored = settings()
        geometry = stored.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        state = stored.value("main/splitter")
        if state is not None:
            self.splitter.restoreState(state)  # type: ignore[arg-type]
        self.view = ViewState.load(stored)

    def save_layout(self) -> None:
        stored = settings()
        stored.setValue("main/geometry", self.saveGeometry())
        stored.setValue("main/splitter", self.splitter.saveState())
        self.view.save(stored)
        stored.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember_layout:
            self.save_layout()
        super().closeEvent(event)
