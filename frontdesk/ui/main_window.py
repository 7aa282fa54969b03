"""The window a receptionist keeps open all day.

It composes its parts (frontdesk/ui/window/): the actions, toolbars and menus (set up on the
window itself, so `window.today_action` and the like stay where they were), the book controller
(which sheet is shown, read and drawn, redrawn on the change feed) and the day sheet's export.
What stays here is the composition: the side panes, the two-stage start (`attach`), the syncs,
the appointment's context menu and booking, and the layout remembered between runs.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStatusBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

from frontdesk import codecache
from frontdesk.domain.book import BookMode, DayEntry, DaySheet, ProviderKey
from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.models import (
    Appointment,
    AppointmentStatus,
    Capability,
    Opening,
    Patient,
    PatientHit,
    Provider,
)
from frontdesk.sync.facade.book import CachedBook
from frontdesk.ui.alive import alive
from frontdesk.ui.book.accessible import announce
from frontdesk.ui.book.geometry import SlotAt
from frontdesk.ui.book.rules import provider_refuses
from frontdesk.ui.book.view import DayView
from frontdesk.ui.dates import day_and_time, weekday_and_time
from frontdesk.ui.domain_text import error_text, shown
from frontdesk.ui.i18n import arg
from frontdesk.ui.icons import icon
from frontdesk.ui.legend import LegendMenu
from frontdesk.ui.user_settings import settings
from frontdesk.ui.view_state import ViewState
from frontdesk.ui.window.actions import WindowActions, make_action
from frontdesk.ui.window.after_paint import AfterFirstPaint
from frontdesk.ui.window.book_controller import Book, BookController

# The rest of the window is imported when a workspace is attached, after the first paint of a
# staged start (docs/architecture.md, "Start-up"): it brings asyncio, httpx and the connectors.
if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice  # a day sheet's printer: not in the first frame

    from frontdesk.domain.accounts import AccountStatus
    from frontdesk.sync.facade.desk import Changes, Offer, Workspace
    from frontdesk.ui.accounts_dialog import AccountsDialog
    from frontdesk.ui.appointment_actions import AppointmentActions
    from frontdesk.ui.arrivals_pane import ArrivalsPane
    from frontdesk.ui.booking_dialog import BookingDialog
    from frontdesk.ui.clinic_server_dialog import ClinicServerDialog
    from frontdesk.ui.day_sheet import SheetDocument
    from frontdesk.ui.day_sheet_dialog import DaySheetDialog
    from frontdesk.ui.feed import FeedRelay
    from frontdesk.ui.help_dialog import HelpDialog
    from frontdesk.ui.openings_pane import OpeningsPane
    from frontdesk.ui.patient_pane import PatientPane
    from frontdesk.ui.reauth import ReauthWatcher
    from frontdesk.ui.status_bar import AccountStatusStrip
    from frontdesk.ui.window.day_sheet_export import DaySheetExport
    from frontdesk.ui.window.go_to_date import GoToDateDialog

PRODUCT = "frontdesk"  # a name: the same in every language
SLOT_BOOKING = timedelta(minutes=30)  # an empty place booked: at most this long by default


def real_screen() -> bool:
    """Whether the window is shown on a screen (not rendered by the offscreen platform, whose
    800x800 "screen" is no size a receptionist has)."""
    return QGuiApplication.platformName() not in ("offscreen", "minimal")


class MainWindow(QMainWindow, WindowActions):
    day_shown = Signal(int)  # number of appointments drawn
    sheet_drawn = Signal(object)  # the DaySheet just drawn (every redraw, announced or not)
    day_sheet_done = Signal(int)  # pages of the day sheet just written or printed (0: failed)
    synced = Signal()
    sync_failed = Signal(str)
    notice = Signal(str)  # a message shown to the user in the status bar
    completed = Signal()  # the parts left out of the first frame are built

    # Set by attach(): the window's parts that talk to the vendors.
    workspace: Workspace
    patients: PatientPane
    openings: OpeningsPane
    appointment: AppointmentActions
    arrivals: ArrivalsPane
    status_strip: AccountStatusStrip
    reauth: ReauthWatcher
    relay: FeedRelay

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
        self.attached = False
        self.demo = demo
        self.background = background
        self.setWindowTitle(self.tr("frontdesk — demo clinic") if demo else PRODUCT)
        self.fit_to_screen(QSize(1440, 900))

        self.day_view = DayView()
        # Until attach(): the tabs are there (so nothing moves), their panes not yet.
        self.side = QTabWidget()
        self.side.addTab(QWidget(), self.tr("Patients"))
        self.side.addTab(QWidget(), self.tr("Openings"))
        self.side.setMinimumWidth(300)
        self.side.setAccessibleName(self.tr("Patients and openings"))
        self.side.tabBar().setAccessibleName(self.tr("Side pane tabs"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.side)
        splitter.addWidget(self.day_view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 1100])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.splitter = splitter

        self.setup_actions(self, self)
        self.legend = LegendMenu(self)
        self.legend_button = QToolButton()
        self.legend_button.setText(self.tr("Colours"))
        self.legend_button.setToolTip(self.tr("Which colour is which service, in the book shown"))
        self.legend_button.setAccessibleName(self.tr("Service colours"))
        self.legend_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.legend_button.setMenu(self.legend)
        self.navigation_bar.insertWidget(self.cancelled_action, self.legend_button)
        for action in self.vendor_actions():
            action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Opening the accounts…"))
        self.remember_layout = remember_layout
        view = self._restore_layout() if remember_layout else ViewState()

        self.book_controller = BookController(book, self.day_view, self, view, self)
        # The window's own slot first: the appointment follows the selection before anyone
        # connected to the window's sheet_drawn hears of the sheet.
        self.book_controller.sheet_drawn.connect(self._sheet_drawn)
        self.book_controller.sheet_drawn.connect(self.sheet_drawn)
        self.book_controller.day_shown.connect(self.day_shown)
        self.book_controller.notice.connect(self.notice)
        # What the first frame does not show: built once the book has painted (or at once,
        # by attach(), when the whole window is made in one go).
        self.rest = AfterFirstPaint(
            self.day_view.canvas,
            (
                lambda: self.fill_menus(self),
                self._fill_legend,
                self._make_sheet_export,
                codecache.first_frame_done,  # its dataclasses' methods, kept for the next start
            ),
            self,
        )
        self.rest.done.connect(self.completed)
        self._search_wanted = False  # Ctrl+F before the patient pane exists
        self.book_controller.show_all()
        if workspace is not None:
            self.attach(workspace)

    def complete(self) -> None:
        """Builds now whatever the first frame left for later (no-op once built)."""
        self.rest.finish()

    def _fill_legend(self) -> None:
        self.view_menu.insertMenu(self.group_action, self.legend)
        self.legend.show_sheet(self.day_view.sheet)

    def _make_sheet_export(self) -> None:
        from frontdesk.ui.window.day_sheet_export import DaySheetExport

        self._sheet_export = DaySheetExport(self.book_controller, self)
        self._sheet_export.done.connect(self.day_sheet_done)
        self._sheet_export.notice.connect(self.notice)

    @property
    def sheet_export(self) -> DaySheetExport:
        self.complete()
        return self._sheet_export

    def fit_to_screen(self, wanted: QSize | None = None) -> None:
        """At most the screen's available area (a laptop at 150 % has 1280x720 of room: the
        status bar must not end up below the taskbar), frame included, and on it. Rendered
        off screen (`--screenshot`, the docs' screenshots) there is no screen to fit: the
        window keeps the size asked for."""
        if not real_screen():
            if wanted is not None:
                self.resize(wanted)
            return
        room = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        # The frame is not known before the window is shown: a typical title bar and border.
        frame = self.frameGeometry().size() - self.geometry().size()
        if frame.height() <= 0:
            frame = QSize(16, 40)
        size = wanted if wanted is not None else self.size()
        size = size.boundedTo(room.size() - frame)
        self.resize(size)
        geometry = self.frameGeometry()
        if not room.contains(geometry):
            left = max(room.left(), min(geometry.left(), room.right() - geometry.width()))
            top = max(room.top(), min(geometry.top(), room.bottom() - geometry.height()))
            self.move(left, top)

    def attach(self, workspace: Workspace) -> None:
        """Completes the window: panes, appointment actions, status bar, re-authentication."""
        from frontdesk.ui.appointment_actions import AppointmentActions
        from frontdesk.ui.feed import FeedRelay
        from frontdesk.ui.openings_pane import OpeningsPane
        from frontdesk.ui.patient_pane import PatientPane
        from frontdesk.ui.reauth import ReauthWatcher

        if self.attached:
            raise RuntimeError("a workspace is attached already")
        from frontdesk.ui.tab_order import follow_the_eye

        self.complete()  # the menus take the appointment's actions
        self.workspace = workspace
        self.patients = PatientPane(workspace)
        self.openings = OpeningsPane(workspace)
        current = self.side.currentIndex()
        for index, (pane, title) in enumerate(
            ((self.patients, self.tr("Patients")), (self.openings, self.tr("Openings")))
        ):
            placeholder = self.side.widget(index)
            self.side.removeTab(index)
            self.side.insertTab(index, pane, title)
            if placeholder is not None:
                placeholder.deleteLater()
                placeholder.setParent(None)  # out of the focus chain now (tab_order walks it)
        self.side.setCurrentIndex(current)
        from frontdesk.ui.arrivals_pane import ArrivalsPane

        # Who is here: checked in, not yet seen, with how long they have waited.
        self.arrivals = ArrivalsPane(workspace)
        self.side.addTab(self.arrivals, self.tr("Here"))
        self.side.setTabToolTip(
            self.side.indexOf(self.arrivals),
            self.tr("Patients checked in and waiting, with how long"),
        )
        self.arrivals.counted.connect(self._count_arrivals)
        from frontdesk.ui.waitlist_pane import WaitlistPane

        # Patients waiting for an earlier time (issue 15): offered a slot when one frees.
        self.waitlist = WaitlistPane(workspace)
        self.side.addTab(self.waitlist, self.tr("Waitlist"))
        self.side.setTabToolTip(
            self.side.indexOf(self.waitlist),
            self.tr("Patients waiting for an earlier time (kept in frontdesk, not at the vendor)"),
        )
        self.waitlist.add_requested.connect(self.add_to_waitlist)
        from frontdesk.ui.pinboard_pane import PinboardPane

        # Appointments picked up to carry to another day (issue 15 item 6).
        self.pinboard = PinboardPane(workspace)
        self.side.addTab(self.pinboard, self.tr("Pinboard"))
        self.side.setTabToolTip(
            self.side.indexOf(self.pinboard),
            self.tr("Appointments picked up to drop on another day (Pin to move)"),
        )
        # Every tab in sight: scroll buttons would hide the last ones (and be Tab stops).
        self.side.tabBar().setUsesScrollButtons(False)
        self.side.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self._fit_side_tabs()

        self.appointment = AppointmentActions(workspace, self)
        minutes = settings().value("desk/early_check_in_minutes", 60)
        self.appointment.early_arrival = timedelta(minutes=int(str(minutes)))
        self.add_appointment_actions(self.appointment.actions, self.appointment.menu(self))
        self.appointment_menu.insertAction(self.search_separator, self.appointment.undo_action)
        self.calls_action = make_action(
            self,
            self.tr("Confirmation calls…"),
            "Ctrl+Shift+L",
            self.show_confirmations,
            self.tr("Call the day's unconfirmed patients and mark each call"),
        )
        self.appointment_menu.insertAction(self.search_separator, self.calls_action)
        from frontdesk.ui.window.pinning import Pinning

        self.pinning = Pinning(
            self, workspace, self.pinboard, self.side, self.day_view, self.appointment
        )
        self.pinning.add_to(self.appointment_menu)
        self.pinning.notice.connect(self.notice)
        self.pinning.refused.connect(lambda why: self._refused(why, False))
        self.pinboard.show_requested.connect(
            lambda entry: self.go(self.appointment_local(entry.appointment).date())
        )
        self._build_status_bar()

        self.patients.patient_chosen.connect(self.book_for_patient)
        self.openings.book_requested.connect(self.book_opening)
        self.day_view.selection_changed.connect(self.appointment.set_entry)
        self.day_view.appointment_activated.connect(self._appointment_activated)
        self.day_view.context_requested.connect(self._context_menu)
        self.day_view.move_requested.connect(self.appointment.request_move)
        # A free time double-clicked (or Enter) books there, unless a pinboard card is carried:
        # its click has placed the card (Pinning.place), and one question is enough.
        self.day_view.slot_activated.connect(
            lambda slot: None if self.pinning.carries() else self.book_at(slot)
        )
        self.day_view.slot_context_requested.connect(self._slot_menu)
        self.day_view.drop_refused.connect(
            lambda why: self._refused(arg(self.tr("Not moved: %1"), why), False)
        )
        self.day_view.canvas.drop_rule = self._drop_rule
        self.appointment.done.connect(self._changed)
        self.appointment.queued.connect(self._changed)
        self.appointment.failed.connect(self._refused)
        self.appointment.open_patient.connect(self.open_patient)
        self.reauth = ReauthWatcher(workspace, self)  # a 401 asks for the credentials again
        self._accounts = set(workspace.account_names)
        self.relay = FeedRelay(workspace.feed, self)
        self.relay.changed.connect(self._data_changed)
        self.book_controller.attach(workspace.cached, workspace, self.relay)
        self.sheet_export.patients = workspace  # the day sheet's phone numbers
        self._watch_freed_slots(workspace)
        self.reload_blockouts()
        self._draw_claims(workspace)
        for action in self.vendor_actions():
            action.setEnabled(True)
        self.statusBar().clearMessage()
        self.attached = True
        self.appointment.set_entry(self.day_view.selected_entry())
        # The panes came last: Tab goes toolbar, side pane, book, status bar, as they are read.
        follow_the_eye(
            self.navigation_bar, self.appointment_bar, self.side, self.day_view, self.statusBar()
        )
        if self._search_wanted:  # Ctrl+F was pressed in the first frame
            self._search_wanted = False
            self.focus_search()

    def _watch_freed_slots(self, workspace: Workspace) -> None:
        """A slot that frees (here or at the vendor) is offered to the waitlist at once."""
        from frontdesk.sync.facade.desk import FreedSlots

        self.waitlist_offer: QWidget | None = None
        self.freed_slots = FreedSlots(workspace, self._offer_waitlist)
        self.destroyed.connect(self.freed_slots.close)

    def _offer_waitlist(self, offer: Offer) -> None:
        from frontdesk.ui.waitlist_offer import WaitlistOffer

        notice = WaitlistOffer(self.workspace, offer, self)
        notice.booked.connect(self._changed)
        notice.destroyed.connect(lambda: self._offer_closed(notice))
        notice.show()
        self.waitlist_offer = notice

    def _draw_claims(self, workspace: Workspace) -> None:
        """At a clinic desk: other desks' holds and waiting bookings, drawn in the book, and
        the desk's name in the title (what other desks are told: "being booked at Desk 1")."""
        from frontdesk.sync.facade.desk import holds

        if not holds(workspace):
            return
        from frontdesk.ui.claims_overlay import ClaimsOverlay

        self.setWindowTitle(workspace.desk_name())  # Qt adds " — frontdesk"
        self.claims_overlay = ClaimsOverlay(workspace, self.day_view.canvas.claim_layer, self.relay)

    def reload_blockouts(self) -> None:
        """The blockouts the book draws (read on the cache worker)."""
        from frontdesk.sync.facade import desk
        from frontdesk.ui import tasks
        from frontdesk.ui.models import vendor_label

        layer = self.day_view.canvas.blockout_layer
        reference = self.workspace.reference
        layer.vendor_of = lambda account: vendor_label(reference.vendor_of(account))
        tasks.run(desk.blockouts(self.workspace), layer.set)

    def new_blockout(self, slot: SlotAt) -> QWidget:
        from frontdesk.ui.blockout_dialog import BlockoutDialog

        dialog = BlockoutDialog(self.workspace, slot.column.provider, slot.start, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(self.notice)
        dialog.show()
        self.blockout_dialog = dialog
        return dialog

    def add_to_waitlist(self) -> QWidget:
        from frontdesk.ui.waitlist_dialog import WaitlistDialog

        dialog = WaitlistDialog(self.workspace, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(self.notice)
        dialog.show()
        self.waitlist_dialog = dialog
        return dialog

    def offer_slot(self, slot: SlotAt) -> None:
        """ "From waitlist…" on an empty slot: who fits it, as when a slot frees."""
        from frontdesk.sync.facade import desk

        provider = slot.column.provider
        later = [
            e.appointment.start for e in slot.column.entries if e.appointment.start > slot.start
        ]
        end = min([slot.start + SLOT_BOOKING, *later])

        def found(offer: Offer) -> None:
            if not offer.entries:
                text = self.tr("Nobody on the waitlist fits %1 with %2")
                self.notice.emit(arg(text, weekday_and_time(slot.start), provider.name))
                return
            self._offer_waitlist(offer)

        from frontdesk.ui import tasks

        tasks.run(
            desk.offer_at(self.workspace, provider.account, provider.id, slot.start, end), found
        )

    def _offer_closed(self, notice: QWidget) -> None:
        if self.waitlist_offer is notice:
            self.waitlist_offer = None

    def _count_arrivals(self, count: int) -> None:
        index = self.side.indexOf(self.arrivals)
        self.side.setTabText(index, arg(self.tr("Here (%1)"), count) if count else self.tr("Here"))
        if hasattr(self, "pinboard"):
            self._fit_side_tabs()

    def _fit_side_tabs(self) -> None:
        """The side pane at least as wide as its tabs (none scrolled out of sight)."""
        self.side.setMinimumWidth(max(300, self.side.tabBar().sizeHint().width() + 6))

    def _build_status_bar(self) -> None:
        from frontdesk.ui.status_bar import AccountStatusStrip

        status = self.statusBar()
        self.status_strip = AccountStatusStrip(self.workspace)
        status.addPermanentWidget(self.status_strip)
        if self.workspace.hands_off:  # a desk in clinic mode (psycopg is imported only then)
            from frontdesk.ui.agent_health import AgentHealthLabel

            self.agent_health = AgentHealthLabel(self.workspace)
            status.addPermanentWidget(self.agent_health)
            self.agent_health.reload()
            self._build_server_link(status)
        # The popover's line per account: state, requests left, writes waiting, last sync.
        self.account_labels: dict[str, QLabel] = self.status_strip.labels
        self.notice.connect(lambda text: status.showMessage(text, 8000))
        self._refusing = False
        self.notice.connect(self._announce)  # and said by a screen reader
        # Undo beside the notice of every status change, cancellation or move, for a minute
        # (Ctrl+Z keeps working until the next change).
        self.undo_button = QToolButton()
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last change"))
        self.undo_button.clicked.connect(self.appointment.undo_action.trigger)
        self.undo_button.hide()
        self._undo_shown = QTimer(self)
        self._undo_shown.setSingleShot(True)
        self._undo_shown.setInterval(60_000)
        self._undo_shown.timeout.connect(self.undo_button.hide)
        self.appointment.undoable.connect(self._show_undo)
        status.insertPermanentWidget(0, self.undo_button)
        self._build_update_notice(status)
        self._fit_status_bar()

    def _build_server_link(self, status: QStatusBar) -> None:
        """A desk with an offline mirror: says when it works from it (issue 14 item 8)."""
        from frontdesk.sync.facade import clinic
        from frontdesk.ui.server_link import ServerLinkLabel

        link = clinic.server_link(self.workspace)
        if link is None:
            return
        self.server_link = ServerLinkLabel(self.workspace, link)
        status.addPermanentWidget(self.server_link)
        self.server_link.refused.connect(self._refused)
        link.changed.subscribe(lambda _link: self.agent_health.reload())

    def _build_update_notice(self, status: QStatusBar) -> None:
        """A newer signed release, said in the status bar (off where the clinic says so)."""
        from frontdesk.sync.facade.updates import update_settings
        from frontdesk.ui.resources import resource
        from frontdesk.ui.update_notice import UpdateNotice

        workspace = self.workspace
        self.update_notice = UpdateNotice(
            update_settings(resource("updates/updates.ini")),
            lambda: sum(workspace.waiting_counts.values()),
        )
        self.update_notice.notice.connect(lambda text: status.showMessage(text, 8000))
        status.addPermanentWidget(self.update_notice)
        self.update_notice.start()

    # Below this width (logical pixels) the accounts show as dots: the notices need the room.
    COMPACT_STATUS_WIDTH = 1100

    def _fit_status_bar(self) -> None:
        if hasattr(self, "status_strip"):
            self.status_strip.set_compact(self.width() < self.COMPACT_STATUS_WIDTH)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if hasattr(self, "status_strip"):
            self._fit_status_bar()

    def _show_undo(self, text: str) -> None:
        self.undo_button.setVisible(bool(text))
        self.undo_button.setToolTip(self.appointment.undo_action.toolTip())
        if text:
            self._undo_shown.start()

    def show_help(self) -> HelpDialog:
        from frontdesk.ui.help_dialog import HelpDialog, shortcuts_of

        sections = self.shortcut_sections(
            {
                **self.appointment.actions,
                "undo": self.appointment.undo_action,
                "calls": self.calls_action,
                "pin": self.pinning.action,
            }
        )
        dialog = HelpDialog(shortcuts_of(sections), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.help_dialog = dialog
        return dialog

    # -- the book: what it shows, kept by the book controller ----------------------------------
    @property
    def book(self) -> Book:
        return self.book_controller.book

    @property
    def day(self) -> date:
        return self.book_controller.day

    @property
    def view(self) -> ViewState:
        return self.book_controller.view

    def go(self, day: date) -> None:
        self.book_controller.go(day)

    def go_today(self) -> None:
        self.book_controller.go_today()

    def step(self, direction: int) -> None:
        self.book_controller.step(direction)

    def show_day(self, *, announce: bool = True) -> None:
        self.book_controller.show_day(announce=announce)

    def book_is_current(self) -> bool:
        """Nothing waits to be drawn: no read of the book under way, none about to start."""
        return self.book_controller.book_is_current()

    def set_mode(self, mode: BookMode) -> None:
        self.book_controller.set_mode(mode)

    def toggle_mode(self) -> None:
        self.book_controller.toggle_mode()

    def set_show_cancelled(self, shown: bool) -> None:
        self.book_controller.set_show_cancelled(shown)

    def set_grouped(self, grouped: bool) -> None:
        self.book_controller.set_grouped(grouped)

    def set_hidden_providers(self, hidden: set[ProviderKey]) -> None:
        self.book_controller.set_hidden_providers(hidden)

    def use_view(self, name: str) -> None:
        self.book_controller.use_view(name)

    def save_view(self, name: str) -> None:
        self.book_controller.save_view(name)

    def delete_view(self, name: str) -> None:
        self.book_controller.delete_view(name)

    def set_week_provider(self, key: ProviderKey) -> None:
        self.book_controller.set_week_provider(key)

    def show_week_of(self, provider: Provider) -> None:
        self.book_controller.show_week_of(provider)

    def focus_date(self) -> GoToDateDialog:
        """Ctrl+G: a typed date, in the clinic's convention (d/m here, m/d in the US)."""
        from frontdesk.ui.window.go_to_date import GoToDateDialog

        dialog = GoToDateDialog(self.day, self.book.today(), self.book.reference.zone(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.go)
        dialog.open()
        self.go_to_date_dialog = dialog
        return dialog

    def focus_book(self) -> None:
        self.day_view.canvas.setFocus()

    def _sheet_drawn(self, sheet: DaySheet) -> None:
        if not self.rest.pending:  # else filled with the rest, after the first paint
            self.legend.show_sheet(sheet)
        if self.attached:
            self.appointment.set_entry(self.day_view.selected_entry())

    # -- sync ------------------------------------------------------------------------------
    def start(self) -> None:
        """Show what the cache has at once, then fetch."""
        self.book_controller.reload_providers()
        self.go(self.day)
        self.openings.reload_choices(QDate(self.day.year, self.day.month, self.day.day))
        self.arrivals.reload()
        self.refresh()
        from frontdesk.sync.facade import clinic
        from frontdesk.ui import tasks

        if clinic.in_clinic_mode(self.workspace):  # other desks' and the agent's changes, live
            tasks.run(clinic.go_live(self.workspace), None, self._sync_failed)

    def refresh(self) -> None:
        from frontdesk.sync.facade import clinic
        from frontdesk.ui import tasks

        if clinic.in_clinic_mode(self.workspace):  # the agent syncs; a desk only asks it
            tasks.run(clinic.ask_refresh(self.workspace), self._asked, self._sync_failed)
            return
        self.statusBar().showMessage(self.tr("Fetching the latest from every account…"))
        tasks.run(self.workspace.sync_all(), self._synced, self._sync_failed)

    def _asked(self, _none: None) -> None:
        self.statusBar().showMessage(self.tr("Asked the clinic's sync agent to refresh"), 8000)
        self.show_day()
        self.synced.emit()

    def _synced(self, results: dict[str, AccountStatus | FrontdeskError]) -> None:
        problems = [
            f"{name}: {error_text(r)}"
            for name, r in results.items()
            if isinstance(r, FrontdeskError)
        ]
        self.statusBar().showMessage(
            "; ".join(problems) if problems else self.tr("Up to date"), 8000
        )
        today = self.book.today()
        self.openings.reload_choices(QDate(today.year, today.month, today.day))
        self.patients.search(self.patients.field.text())
        self.book_controller.reload_providers()
        self.show_day()
        if self.background and not self.workspace.running:
            self.workspace.start()
        self.synced.emit()

    def _data_changed(self, changes: Changes) -> None:
        """The one place the window hears that the store changed, whatever changed it."""
        now = set(self.workspace.account_names)
        added, removed = now - self._accounts, self._accounts - now
        self._accounts = now
        self.book_controller.feed_changed(
            changes, providers_changed=bool(changes.reference or removed or added)
        )
        for name in sorted(added):
            self._account_added(name)
        if changes.blockouts or changes.outbox:  # an occurrence stored at the vendor, or not
            self.reload_blockouts()

    def _account_added(self, name: str) -> None:
        """An account saved in the accounts dialog: its first sync starts now."""
        from frontdesk.ui import tasks

        self.notice.emit(arg(self.tr("%1 added; fetching its book and patients…"), name))
        tasks.run(
            self.workspace.sync_account(name),
            lambda status: self._synced({name: status}),
            lambda error: self._synced({name: error}),
        )

    def _sync_failed(self, error: FrontdeskError) -> None:
        self.statusBar().showMessage(arg(self.tr("Could not sync: %1"), error_text(error)), 10000)
        self.show_day()
        self.sync_failed.emit(str(error))

    # -- appointments ----------------------------------------------------------------------------
    def _changed(self, message: str) -> None:
        self.notice.emit(message)
        self.show_day()

    def _refused(self, message: str, reload: bool = True) -> None:
        self._refusing = True  # announced at once, not when the screen reader is idle
        try:
            self.notice.emit(message)
        finally:
            self._refusing = False
        if reload:
            self.show_day()

    def _announce(self, text: str) -> None:
        announce(self, text, assertive=self._refusing)

    def _appointment_activated(self, entry: DayEntry) -> None:
        self.appointment.set_entry(entry)
        self.appointment.trigger("patient")

    def context_menu_for(self, entry: DayEntry) -> QMenu:
        self.appointment.set_entry(entry)
        menu = self.appointment.menu(self)
        self.pinning.update_action(entry)
        self.pinning.add_to(menu)
        if self.view.mode is BookMode.DAY:
            a = entry.appointment
            provider = self.workspace.reference.provider(a.account, a.provider_id)
            if provider is not None:
                menu.addSeparator()
                week = menu.addAction(icon("week"), arg(self.tr("Week of %1"), provider.name))
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

    # -- day sheet: the export's flow (frontdesk/ui/window/day_sheet_export.py) ----------------
    def show_confirmations(self) -> object:
        """The confirmation calls of the day shown (None before the book is read)."""
        from frontdesk.sync.facade.desk import Confirm
        from frontdesk.ui.confirmations_dialog import ConfirmationsDialog

        sheet = self.day_view.sheet
        if sheet is None:
            return None
        actions = self.appointment

        def confirm(entry: DayEntry) -> bool:
            if actions.why_not("confirm", entry):
                return False
            actions.send(entry, Confirm.on(entry.appointment), "confirm")
            return True

        dialog = ConfirmationsDialog(self.workspace, sheet, confirm, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.calls_dialog = dialog
        dialog.open()
        return dialog

    def export_day_sheet(self) -> DaySheetDialog:
        return self.sheet_export.open_dialog()

    def write_day_sheet(
        self,
        path: Path,
        day: date,
        provider: ProviderKey | None,
        *,
        compact: bool = True,
        calls: bool = False,
    ) -> None:
        """Writes the PDF once the sheet is read; emits `day_sheet_done` with its pages.
        `calls`: the confirmation calls for the day instead."""
        from frontdesk.ui.window.day_sheet_export import SheetKind

        self.sheet_export.write(path, day, provider, SheetKind(compact=compact, calls=calls))

    def print_day_sheet(
        self, printer: QPagedPaintDevice, day: date, provider: ProviderKey | None
    ) -> None:
        """Prints the sheet on `printer` (a QPrinter) once it is read from the cache; emits
        `day_sheet_done` with its number of pages."""
        self.sheet_export.print(printer, day, provider)

    @property
    def day_sheet_dialog(self) -> DaySheetDialog | None:
        return self.sheet_export.dialog

    @property
    def last_day_sheet(self) -> SheetDocument | None:
        return self.sheet_export.last_document

    # -- booking ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        if not self.attached:  # pressed in the first frame: the field gets it on attach
            self.side.setCurrentIndex(0)
            self._search_wanted = True
            return
        self.side.setCurrentWidget(self.patients)
        self.patients.focus_search()

    def focus_openings(self) -> None:
        self.side.setCurrentWidget(self.openings)
        self.openings.service.setFocus()

    def new_appointment(self) -> BookingDialog:
        return self.book_for_patient(self.patients.current())

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

    def book_at(self, slot: SlotAt) -> BookingDialog | None:
        """The booking dialog for an empty place in the book: its provider and time, and the
        provider's service that fits the free time (up to half an hour) best."""
        provider = slot.column.provider
        ok, why = self.workspace.can(provider.account, Capability.BOOK)
        if not ok:
            self.notice.emit(
                arg(self.tr("Cannot book with %1 from frontdesk: %2"), provider.name, shown(why))
            )
            return None
        later = [
            e.appointment.start
            for e in slot.column.entries
            if e.appointment.start > slot.start and not self._frees_time(e)
        ]
        end = min([slot.start + SLOT_BOOKING, *later])
        if end - slot.start < timedelta(minutes=5):
            end = slot.start + SLOT_BOOKING
        # An opening with no service: the dialog picks the provider's service that fits.
        opening = Opening(provider.account, provider.id, "", slot.start, end, source="book")
        return self.book_opening(opening)

    @staticmethod
    def _frees_time(entry: DayEntry) -> bool:
        return entry.appointment.status in (
            AppointmentStatus.CANCELLED,
            AppointmentStatus.ENTERED_IN_ERROR,
        )

    def _slot_menu(self, slot: SlotAt, where: QPoint) -> None:
        menu = QMenu(self)
        local = slot.start
        here = arg(
            self.tr("New appointment here (%1, %2)"), f"{local:%H:%M}", slot.column.provider.name
        )
        new = menu.addAction(icon("new"), here)
        new.triggered.connect(lambda: self.book_at(slot))
        ok, why = self.workspace.can(slot.column.provider.account, Capability.BOOK)
        new.setEnabled(ok)
        new.setToolTip(shown(why))
        block = menu.addAction(self.tr("New blockout…"))
        block.setToolTip(self.tr("A break, meeting or time off: not offered as an opening"))
        block.triggered.connect(lambda: self.new_blockout(slot))
        waiting = menu.addAction(self.tr("From waitlist…"))
        waiting.setToolTip(self.tr("The waiting patients who fit this time, urgent first"))
        waiting.triggered.connect(lambda: self.offer_slot(slot))
        if self.view.mode is BookMode.DAY:
            provider = slot.column.provider
            week = menu.addAction(icon("week"), arg(self.tr("Week of %1"), provider.name))
            week.triggered.connect(lambda: self.show_week_of(provider))
        menu.setToolTipsVisible(True)
        self.last_context_menu = menu
        menu.popup(where)

    def _drop_rule(self, entry: DayEntry, provider: Provider) -> str:
        return provider_refuses(entry.appointment, provider, self.workspace.services())

    def _open_booking(self, dialog: BookingDialog) -> BookingDialog:
        dialog.booked.connect(self._booked)
        dialog.queued.connect(lambda why: self._queued(why))
        dialog.series_booked.connect(self._changed)
        dialog.open()
        return dialog

    def _booked(self, appointment: Appointment) -> None:
        """Said in the clinic's own zone (a Sydney booking made in Brussels is 11:30 AEDT, not
        01:30), and the book goes to that clinic's date: each column runs on its own clock."""
        self.notice.emit(arg(self.tr("Booked %1"), self.appointment_place(appointment)))
        self.go(self.appointment_local(appointment).date())

    def appointment_local(self, a: Appointment) -> datetime:
        """The appointment's start on its clinic's wall clock."""
        provider = self.workspace.reference.provider(a.account, a.provider_id)
        zone = self.workspace.zone() if provider is None else self.workspace.provider_zone(provider)
        return a.start.astimezone(zone)

    def appointment_place(self, a: Appointment) -> str:
        """ "Wed 02 Dec 11:30 AEDT, Harbour City Allied Health – Surry Hills"."""
        local = self.appointment_local(a)
        provider = self.workspace.reference.provider(a.account, a.provider_id)
        where = ""
        if provider is not None:
            where = self.workspace.reference.location_name(a.account, provider.location_id)
        text = f"{day_and_time(local)} {local.tzname()}"
        return f"{text}, {where}" if where else text

    def _queued(self, why: str) -> None:
        self.notice.emit(arg(self.tr("Saved; it will be sent when the vendor answers (%1)"), why))
        self.show_day()

    def show_accounts(self) -> AccountsDialog:
        from frontdesk.ui.accounts_dialog import AccountsDialog  # loaded on first use

        dialog = AccountsDialog(self.workspace, self)
        dialog.open()
        return dialog

    def show_clinic_server(self) -> ClinicServerDialog:
        from frontdesk.sync.facade import clinic
        from frontdesk.ui.clinic_server_dialog import ClinicServerDialog

        # One line of a small file, as the window reads its layout settings.
        dialog = ClinicServerDialog(clinic.saved_url(), self)
        dialog.open()
        return dialog

    # -- layout memory -----------------------------------------------------------------------
    def _restore_layout(self) -> ViewState:
        """Geometry and splitter restored; the view remembered, for the book controller."""
        stored = settings()
        geometry = stored.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
            self.fit_to_screen()  # saved on a bigger screen, or at another scale
        state = stored.value("main/splitter")
        if state is not None:
            self.splitter.restoreState(state)  # type: ignore[arg-type]
        return ViewState.load(stored)

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
