"""The window's actions, toolbars and menus: each command's text, shortcut, tooltip and place.

`WindowActions` is set up on the window itself, as a Qt Designer form is (the "multiple
inheritance" approach): the actions stay reachable as `window.today_action` and the like. It
calls the window only through `Commands`, and shows the book's state (day, view, providers)
when the book controller asks, through the methods of `BookDisplay`
(frontdesk/ui/window/book_controller.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QDateEdit, QMainWindow, QMenu, QToolBar, QToolButton

from frontdesk.domain.book import BookMode, ProviderKey
from frontdesk.domain.models import Provider
from frontdesk.ui.i18n import arg
from frontdesk.ui.icons import icon
from frontdesk.ui.provider_menu import ProviderMenu
from frontdesk.ui.user_settings import settings
from frontdesk.ui.view_state import ViewState

# The appointment's actions, in the order of the toolbar (the menu has its own, from the actions).
APPOINTMENT_ACTIONS = ("confirm", "arrived", "noshow", "move", "edit", "cancel", "patient")


class Commands(Protocol):
    """What the actions and toolbar widgets ask of the window."""

    def go_today(self) -> None: ...
    def step(self, direction: int) -> None: ...
    def go(self, day: date) -> None: ...
    def focus_date(self) -> object: ...
    def focus_book(self) -> None: ...
    def focus_search(self) -> None: ...
    def focus_openings(self) -> None: ...
    def refresh(self) -> None: ...
    def new_appointment(self) -> object: ...
    def set_mode(self, mode: BookMode) -> None: ...
    def toggle_mode(self) -> None: ...
    def set_show_cancelled(self, shown: bool) -> None: ...
    def set_grouped(self, grouped: bool) -> None: ...
    def set_hidden_providers(self, hidden: set[ProviderKey]) -> None: ...
    def use_view(self, name: str) -> None: ...
    def save_view(self, name: str) -> None: ...
    def delete_view(self, name: str) -> None: ...
    def set_week_provider(self, key: ProviderKey) -> None: ...
    def export_day_sheet(self) -> object: ...
    def show_help(self) -> object: ...
    def show_accounts(self) -> object: ...
    def show_clinic_server(self) -> object: ...
    def close(self) -> bool: ...


def make_action(
    parent: QMainWindow,
    text: str,
    shortcut: QKeySequence.StandardKey | str | None,
    slot: Callable[..., Any],
    tip: str,
    icon_name: str | None = None,
) -> QAction:
    """An action added to `parent` (so its shortcut works wherever the focus is in the window),
    its tooltip and status tip ending with the shortcut as the platform writes it."""
    action = QAction(text, parent)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    tip = f"{tip} ({keys})" if keys else tip
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    parent.addAction(action)
    return action


def icon_only(bar: QToolBar, actions: Sequence[QAction]) -> None:
    for action in actions:
        button = bar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)


class ProviderCount(QObject):
    """A plural of its own class: the window's tr, looking along its MRO, would take an
    untranslated plural of the first context it tries for a translation."""

    def shown(self, count: int) -> str:
        return self.tr("%n of %1 providers", "", count)


class WindowActions:
    """The actions, toolbars and menus, set up on the window by `setup_actions`."""

    today_action: QAction
    prev_action: QAction
    next_action: QAction
    date_action: QAction
    refresh_action: QAction
    new_action: QAction
    search_action: QAction
    openings_action: QAction
    book_focus_action: QAction
    day_mode_action: QAction
    week_mode_action: QAction
    mode_toggle_action: QAction
    cancelled_action: QAction
    group_action: QAction
    pdf_action: QAction
    help_action: QAction
    quit_action: QAction
    accounts_action: QAction
    navigation_bar: QToolBar
    appointment_bar: QToolBar
    date_edit: QDateEdit
    provider_menu: ProviderMenu
    providers_button: QToolButton
    providers_widget: QAction
    week_provider: QComboBox
    week_provider_widget: QAction
    # Keys beside the combo: a tuple does not survive a round trip through QVariant.
    week_keys: list[ProviderKey]
    file_menu: QMenu
    view_menu: QMenu
    appointment_menu: QMenu
    help_menu: QMenu
    search_separator: QAction

    if TYPE_CHECKING:
        # The window's QObject.tr, which finds this class's texts (their context) along the MRO.
        def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str: ...

    def setup_actions(self, window: QMainWindow, commands: Commands) -> None:
        """Builds what the first frame shows on `window` (called as `self.setup_actions(self,
        self)`): every action (their shortcuts work from the first frame), the toolbars and the
        menu bar's titles. `fill_menus` adds the menus' contents."""
        self._build_actions(window, commands)
        self._build_toolbars(window, commands)
        self._build_menu_bar(window)

    def _build_actions(self, window: QMainWindow, do: Commands) -> None:
        def action(
            text: str,
            shortcut: QKeySequence.StandardKey | str | None,
            slot: Callable[..., Any],
            tip: str,
            icon_name: str | None = None,
        ) -> QAction:
            return make_action(window, text, shortcut, slot, tip, icon_name)

        self.today_action = action(
            self.tr("Today"), "Ctrl+T", do.go_today, self.tr("Go to today"), "today"
        )
        self.prev_action = action(
            self.tr("Previous"),
            "Alt+Left",
            lambda: do.step(-1),
            self.tr("Previous day"),
            "previous",
        )
        self.next_action = action(
            self.tr("Next"), "Alt+Right", lambda: do.step(1), self.tr("Next day"), "next"
        )
        self.date_action = action(
            self.tr("Go to date…"),
            "Ctrl+G",
            do.focus_date,
            self.tr("Type the day to show (d/m or m/d, as the clinic writes)"),
        )
        self.refresh_action = action(
            self.tr("Refresh"),
            QKeySequence.StandardKey.Refresh,
            do.refresh,
            self.tr("Fetch the latest from every account"),
            "refresh",
        )
        self.new_action = action(
            self.tr("New appointment"),
            QKeySequence.StandardKey.New,
            do.new_appointment,
            self.tr("Book an appointment"),
            "new",
        )
        self.search_action = action(
            self.tr("Find patient"),
            QKeySequence.StandardKey.Find,
            do.focus_search,
            self.tr("Search patients by name, phone or birth date"),
            "search",
        )
        self.openings_action = action(
            self.tr("Find opening"),
            "Ctrl+O",
            do.focus_openings,
            self.tr("Find the next opening"),
            "openings",
        )
        self.book_focus_action = action(
            self.tr("Go to the book"),
            "Ctrl+B",
            do.focus_book,
            self.tr("Move the keyboard to the appointment book"),
        )
        self.day_mode_action = action(
            self.tr("Day"),
            "Ctrl+1",
            lambda: do.set_mode(BookMode.DAY),
            self.tr("Day view: a column per provider"),
            "day",
        )
        self.week_mode_action = action(
            self.tr("Week"),
            "Ctrl+2",
            lambda: do.set_mode(BookMode.WEEK),
            self.tr("Week view: one provider, a column per day"),
            "week",
        )
        self.mode_toggle_action = action(
            self.tr("Switch day/week"),
            "Ctrl+Shift+W",
            do.toggle_mode,
            self.tr("Switch between day and week"),
        )
        modes = QActionGroup(window)
        for mode in (self.day_mode_action, self.week_mode_action):
            mode.setCheckable(True)
            modes.addAction(mode)
        self.cancelled_action = action(
            self.tr("Show cancelled"),
            "Ctrl+Shift+X",
            lambda checked: do.set_show_cancelled(bool(checked)),
            self.tr("Show cancelled appointments too"),
            "cancelled",
        )
        self.cancelled_action.setCheckable(True)
        self.group_action = action(
            self.tr("Group by location"),
            None,
            lambda checked: do.set_grouped(bool(checked)),
            self.tr("Group the providers by location"),
        )
        self.group_action.setCheckable(True)
        self.pdf_action = action(
            self.tr("Day sheet (PDF or print)…"),
            "Ctrl+P",
            do.export_day_sheet,
            self.tr("A day sheet (one provider or everyone), exported to PDF or printed"),
            "pdf",
        )
        self.help_action = action(
            self.tr("Keyboard shortcuts"),
            QKeySequence.StandardKey.HelpContents,
            do.show_help,
            self.tr("Every shortcut, and what the marks in the book mean"),
            "help",
        )
        self.quit_action = action(self.tr("Quit"), "Ctrl+Q", do.close, self.tr("Close frontdesk"))
        # Menu items only (no shortcut, no tooltip); made here so that they can be disabled.
        self.accounts_action = QAction(self.tr("Accounts…"), window)
        self.accounts_action.triggered.connect(do.show_accounts)
        self.clinic_action = QAction(self.tr("Clinic server…"), window)
        self.clinic_action.triggered.connect(do.show_clinic_server)

    def _build_toolbars(self, window: QMainWindow, do: Commands) -> None:
        bar = QToolBar(self.tr("Navigation"))
        bar.setObjectName("navigation")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        window.addToolBar(bar)
        self.navigation_bar = bar
        bar.addAction(self.today_action)
        bar.addAction(self.prev_action)
        bar.addAction(self.next_action)
        icon_only(bar, (self.prev_action, self.next_action))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMMM yyyy")
        self.date_edit.setAccessibleName(self.tr("Day shown"))
        self.date_edit.setMinimumWidth(190)
        self.date_edit.dateChanged.connect(lambda d: do.go(d.toPython()))
        bar.addWidget(self.date_edit)
        bar.addSeparator()
        bar.addAction(self.day_mode_action)
        bar.addAction(self.week_mode_action)
        self.provider_menu = ProviderMenu(window)
        self.provider_menu.changed.connect(lambda hidden: do.set_hidden_providers(set(hidden)))
        self.provider_menu.view_chosen.connect(do.use_view)
        self.provider_menu.view_saved.connect(do.save_view)
        self.provider_menu.view_deleted.connect(do.delete_view)
        self.providers_button = QToolButton()
        self.providers_button.setText(self.tr("Providers"))
        self.providers_button.setIcon(icon("providers"))
        self.providers_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.providers_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.providers_button.setMenu(self.provider_menu)
        self.providers_button.setAccessibleName(self.tr("Providers shown"))
        self.providers_button.setToolTip(self.tr("Choose the providers shown in the day view"))
        self.providers_widget = bar.addWidget(self.providers_button)
        self.week_provider = QComboBox()
        self.week_provider.setAccessibleName(self.tr("Provider of the week"))
        self.week_provider.setToolTip(self.tr("Whose week is shown"))
        self.week_provider.setMinimumContentsLength(24)
        self.week_provider.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )

        def week_provider_chosen(index: int) -> None:
            if 0 <= index < len(self.week_keys):
                do.set_week_provider(self.week_keys[index])

        self.week_provider.activated.connect(week_provider_chosen)
        self.week_keys = []
        self.week_provider_widget = bar.addWidget(self.week_provider)
        bar.addAction(self.cancelled_action)
        self._keep_room_for_a_count(bar)
        bar.addSeparator()
        bar.addAction(self.new_action)
        bar.addAction(self.refresh_action)
        bar.addAction(self.search_action)
        bar.addAction(self.openings_action)
        # The side pane's tabs name them already.
        icon_only(bar, (self.refresh_action, self.search_action, self.openings_action))

        actions = QToolBar(self.tr("Appointment"))
        actions.setObjectName("appointment")
        actions.setMovable(False)
        actions.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        actions.addAction(self.pdf_action)  # the appointment's actions go before it on attach
        window.addToolBar(actions)
        self.appointment_bar = actions

    def _build_menu_bar(self, window: QMainWindow) -> None:
        """The menus, empty: their titles are in the first frame, their contents are not."""
        bar = window.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.appointment_menu = bar.addMenu(self.tr("&Appointment"))
        self.help_menu = bar.addMenu(self.tr("&Help"))

    def fill_menus(self, window: QMainWindow) -> None:
        """The menus' contents (after the first paint of a cold start)."""
        from frontdesk.ui.language_menu import language_menu

        self.file_menu.addAction(self.pdf_action)
        self.file_menu.addAction(self.accounts_action)
        self.file_menu.addAction(self.clinic_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        for action in (self.today_action, self.prev_action, self.next_action, self.date_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        for action in (self.day_mode_action, self.week_mode_action, self.mode_toggle_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        providers = self.view_menu.addMenu(icon("providers"), self.tr("Providers"))
        providers.aboutToShow.connect(lambda: self._fill_providers(providers))
        self.view_menu.addAction(self.group_action)
        self.view_menu.addAction(self.cancelled_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.book_focus_action)
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addSeparator()
        status = window.statusBar()
        told = lambda text: status.showMessage(text, 10_000)  # noqa: E731
        self.view_menu.addMenu(language_menu(window, settings, told))
        self.appointment_menu.addAction(self.new_action)
        self.appointment_menu.addSeparator()  # the appointment's actions go here on attach
        self.appointment_menu.setToolTipsVisible(True)
        self.search_separator = self.appointment_menu.addSeparator()
        self.appointment_menu.addAction(self.search_action)
        self.appointment_menu.addAction(self.openings_action)
        self.help_menu.addAction(self.help_action)

    def _fill_providers(self, menu: QMenu) -> None:
        menu.clear()
        menu.addActions(self.provider_menu.actions())

    def vendor_actions(self) -> list[QAction]:
        """What needs the workspace: disabled in the first frame of a staged start (not Find
        patient: the search field takes the focus once it exists)."""
        return [
            self.refresh_action,
            self.new_action,
            self.openings_action,
            self.pdf_action,
            self.help_action,
            self.accounts_action,
        ]

    def add_appointment_actions(self, actions: Mapping[str, QAction], menu: QMenu) -> None:
        """The appointment's actions (on attach): in the toolbar before the day sheet, and
        `menu`'s (the appointment's menu, with its separators) in the Appointment menu."""
        before = self.pdf_action
        for name in APPOINTMENT_ACTIONS:
            self.appointment_bar.insertAction(before, actions[name])
        self.appointment_bar.insertSeparator(before)
        self.appointment_menu.insertActions(self.search_separator, menu.actions())

    def shortcut_sections(
        self, appointment: Mapping[str, QAction]
    ) -> list[tuple[str, list[QAction]]]:
        """The help dialog's sections, in the order a receptionist meets them."""
        return [
            (
                self.tr("Book"),
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
                self.tr("Appointment"),
                [
                    self.new_action,
                    *(appointment[n] for n in APPOINTMENT_ACTIONS),
                    *([appointment["history"]] if "history" in appointment else []),
                    *([appointment["pin"]] if "pin" in appointment else []),
                    *([appointment["calls"]] if "calls" in appointment else []),
                    *([appointment["undo"]] if "undo" in appointment else []),
                ],
            ),
            (self.tr("Search"), [self.search_action, self.openings_action]),
            (self.tr("Window"), [self.pdf_action, self.help_action, self.quit_action]),
        ]

    # -- the book's state, shown when the book controller asks (BookDisplay) -----------------
    def show_date(self, day: date) -> None:
        self.date_edit.blockSignals(True)  # showing the day is not choosing it
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)

    def show_view(self, view: ViewState) -> None:
        week = view.mode is BookMode.WEEK
        self.day_mode_action.setChecked(not week)
        self.week_mode_action.setChecked(week)
        self.cancelled_action.setChecked(view.show_cancelled)
        self.group_action.setChecked(view.grouped)
        self.group_action.setEnabled(not week)
        self.providers_widget.setVisible(not week)
        self.week_provider_widget.setVisible(week)
        texts = (
            (self.tr("Previous week"), self.tr("Next week"))
            if week
            else (self.tr("Previous day"), self.tr("Next day"))
        )
        for action, text in zip((self.prev_action, self.next_action), texts, strict=True):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setText(text)
            action.setToolTip(f"{text} ({keys})")
            action.setStatusTip(action.toolTip())

    def show_providers(
        self,
        providers: Sequence[Provider],
        locations: Mapping[tuple[str, str], str],
        view: ViewState,
        week: ProviderKey | None,
    ) -> None:
        """The providers menu and button (day view), and the week's provider combo."""
        self.provider_menu.set_providers(
            providers, locations, view.hidden, list(view.views), view.current_view
        )
        shown = view.shown_providers(providers)
        count = len(providers) if shown is None else len(shown)
        total = len(providers)
        text = self.tr("Everyone") if shown is None else arg(ProviderCount().shown(count), total)
        if view.current_view:
            text = arg(self.tr("%1 (%2 of %3)"), view.current_view, count, total)
        self.providers_button.setText(text)
        self.week_provider.blockSignals(True)
        self.week_provider.clear()
        self.week_keys = [(p.account, p.id) for p in providers]
        for p in providers:
            where = locations.get((p.account, p.location_id or ""), "")
            self.week_provider.addItem(f"{p.name} · {where}" if where else p.name)
        if week in self.week_keys:
            self.week_provider.setCurrentIndex(self.week_keys.index(week))
        self.week_provider.blockSignals(False)

    def _keep_room_for_a_count(self, bar: QToolBar) -> None:
        """The cancelled button is as wide as its text with a three-digit count, from the
        start: a sync's end that brings a new count repaints that button alone, not the two
        toolbars a wider button would push along (14 ms of a sync's end)."""
        button = bar.widgetForAction(self.cancelled_action)
        text = self.cancelled_action.text()
        self.cancelled_action.setText(arg(self.tr("Show cancelled (%1)"), 888))
        button.setMinimumWidth(button.sizeHint().width())
        self.cancelled_action.setText(text)

    def show_hidden_cancelled(self, count: int) -> None:
        self.cancelled_action.setText(
            arg(self.tr("Show cancelled (%1)"), count) if count else self.tr("Show cancelled")
        )
