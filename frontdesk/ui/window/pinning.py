"""The pinboard's part of the window (issue 15 item 6): "Pin to move" (the appointment's menu,
the Appointment menu, Ctrl+Shift+B), a block dragged from the book onto the board (or its tab),
a card placed on the book with a click on a free time, and a card taken off once its move is
stored.

A card dropped or placed on the book is moved exactly as a dragged block is: it becomes a
`Drop` under the book's own rules (book/carry.py) and goes to `AppointmentActions.request_move`,
with its guards, clash warning, question and Undo.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QPoint, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QTabWidget

from frontdesk.domain.book import DayEntry
from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.pins import Pin
from frontdesk.sync.facade import desk
from frontdesk.sync.facade.desk import Workspace
from frontdesk.ui import tasks
from frontdesk.ui.appointment_actions import AppointmentActions
from frontdesk.ui.book import carry
from frontdesk.ui.book.geometry import SlotAt
from frontdesk.ui.book.view import DayView
from frontdesk.ui.domain_text import error_text
from frontdesk.ui.i18n import arg
from frontdesk.ui.pinboard_pane import PinboardPane
from frontdesk.ui.window.actions import make_action

SHORTCUT = "Ctrl+Shift+B"  # B for the board (Ctrl+Shift+P opens the patient)


class Pinning(QObject):
    notice = Signal(str)  # said in the status bar
    refused = Signal(str)  # said at once (a refusal)
    pinned = Signal(object)  # Pin, once stored (tests wait for it)

    def __init__(
        self,
        window: QMainWindow,
        workspace: Workspace,
        board: PinboardPane,
        side: QTabWidget,
        day_view: DayView,
        actions: AppointmentActions,
    ) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.board = board
        self.side = side
        self.day_view = day_view
        self.actions = actions
        self.tip = self.tr("Put the appointment on the pinboard, to drop it on another day")
        self.action: QAction = make_action(
            window, self.tr("Pin to move"), SHORTCUT, self.pin_selected, self.tip, "pin"
        )
        board.move_rule = lambda entry: actions.why_not("move", entry)
        day_view.canvas.carried = board.entry_for
        day_view.dragged_out.connect(self.dragged_out)
        day_view.slot_clicked.connect(self.place)
        day_view.selection_changed.connect(self.update_action)
        actions.moved.connect(self.moved)
        self._placed: tuple[str, str] | None = None  # the card placed last, and since when
        self._since = QElapsedTimer()
        self.update_action(day_view.selected_entry())

    def add_to(self, menu: QMenu) -> None:
        """Into an appointment's menu, after Reschedule…"""
        items = menu.actions()
        move = self.actions.actions["move"]
        after = items.index(move) + 1 if move in items else len(items)
        if after < len(items):
            menu.insertAction(items[after], self.action)
        else:
            menu.addAction(self.action)

    def update_action(self, entry: DayEntry | None) -> None:
        """Offered only where the move is: the vendor's capability and the appointment's
        state, as for a drag (the tooltip says why not)."""
        why = self.actions.why_not("move", entry)
        self.action.setEnabled(not why)
        keys = self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{self.tip} ({keys})" if not why else arg(self.tr("Pin to move: %1"), why)
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)

    # -- onto the board ----------------------------------------------------------------------
    def pin_selected(self) -> None:
        entry = self.day_view.selected_entry()
        if entry is not None:
            self.pin(entry)

    def pin(self, entry: DayEntry) -> None:
        why = self.actions.why_not("move", entry)
        if why:
            self.refused.emit(arg(self.tr("Cannot pin %1: %2"), entry.patient, why))
            return

        def done(pin: Pin) -> None:
            self.side.setCurrentWidget(self.board)
            self.notice.emit(
                arg(
                    self.tr("Pinned %1: go to another day, then drag the card onto a free time"),
                    entry.patient,
                )
            )
            self.pinned.emit(pin)

        def failed(error: FrontdeskError) -> None:
            self.refused.emit(arg(self.tr("Cannot pin %1: %2"), entry.patient, error_text(error)))

        tasks.run(desk.pin(self.workspace, entry.appointment), done, failed)

    def dragged_out(self, entry: DayEntry, where: QPoint) -> None:
        """A block let go off the book: pinned when over the board or its tab."""
        bar = self.side.tabBar()
        tab = bar.tabRect(self.side.indexOf(self.board))
        if self.board.holds(where) or tab.contains(bar.mapFromGlobal(where)):
            self.pin(entry)

    # -- from the board onto the book --------------------------------------------------------
    def carries(self) -> bool:
        """A card is selected on the board shown: a click on a free time places it (and a
        double click or Enter there books nothing: the click has placed it already)."""
        return self.board.isVisible() and self.board.carried() is not None

    def place(self, slot: SlotAt) -> bool:
        """A click on a free time while a card is carried: the card's appointment goes there,
        as a dragged block would. False: no card carried."""
        entry = self.board.carried() if self.board.isVisible() else None
        if entry is None:
            return False
        # The second click of a double click is no second placing (one question, one move).
        key = (entry.appointment.account, entry.appointment.id)
        interval = QApplication.doubleClickInterval()
        if key == self._placed and self._since.isValid() and self._since.elapsed() < interval:
            return True
        self._placed = key
        self._since.start()
        drop = carry.landing(entry, slot.column, slot.start, self.day_view.canvas.drop_rule)
        if not drop.allowed:
            why = drop.why or self.tr("it is kept in another system")
            self.refused.emit(arg(self.tr("Not moved: %1"), why))
        elif carry.moves(drop):
            self.actions.request_move(drop)
        return True

    def moved(self, entry: DayEntry) -> None:
        """A move is stored (sent, or waiting to be): its card, if any, leaves the board."""
        a = entry.appointment
        tasks.run(desk.unpin(self.workspace, a.account, a.id))
