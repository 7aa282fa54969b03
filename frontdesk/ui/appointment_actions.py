"""What can be done to an appointment: confirm, check in, no-show, cancel (with a reason),
reschedule (a dialog, or a drag in the book), edit its service, length and notes (a dialog),
open the patient and show the appointment's history.

Every action is shown for every account. Where the account's vendor cannot do it, or the
appointment's state does not allow it, the action is disabled and its tooltip says why. Writes go
through the outbox: success updates the book, a refusal shows the vendor's reason, and an
unreachable vendor keeps the write pending (drawn dashed) until it can be sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from frontdesk.domain.book import DayEntry
from frontdesk.domain.models import Appointment, AppointmentStatus, Capability
from frontdesk.sync.facade.desk import (
    AppointmentChange,
    Cancel,
    CommandResult,
    Confirm,
    EditAppointment,
    MarkArrived,
    MarkNoShow,
    Move,
    Outcome,
    Undone,
    UndoStatus,
    Workspace,
    withdraw,
)
from frontdesk.ui import tasks
from frontdesk.ui.book.geometry import Drop
from frontdesk.ui.book.rules import provider_refuses
from frontdesk.ui.dates import day_and_time, long_day, long_day_time
from frontdesk.ui.domain_text import error_text, shown
from frontdesk.ui.edit_appointment_dialog import EditAppointmentDialog
from frontdesk.ui.history_dialog import HistoryDialog, HistoryModel
from frontdesk.ui.i18n import arg
from frontdesk.ui.icons import icon
from frontdesk.ui.reason_dialog import ReasonDialog
from frontdesk.ui.reschedule_dialog import RescheduleDialog, clash_text
from frontdesk.ui.series_actions import SeriesScope


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str  # the texts in English, translated where shown (context "AppointmentActions")
    shortcut: str
    icon: str
    tip: str
    capability: Capability | None
    done: str  # what the status bar says afterwards


SPECS = (
    ActionSpec(
        "confirm",
        str(QT_TRANSLATE_NOOP("AppointmentActions", "Confirm")),
        "Ctrl+Shift+C",
        "confirm",
        str(QT_TRANSLATE_NOOP("AppointmentActions", "The patient confirmed they will come")),
        Capability.CONFIRM,
        str(QT_TRANSLATE_NOOP("AppointmentActions", "confirmed")),
    ),
    ActionSpec(
        "arrived",
        str(QT_TRANSLATE_NOOP("AppointmentActions", "Check in")),
        "Ctrl+Shift+A",
        "arrived",
        str(QT_TRANSLATE_NOOP("AppointmentActions", "The patient has arrived")),
        Capability.ARRIVED,
        str(QT_TRANSLATE_NOOP("AppointmentActions", "checked in")),
    ),
    ActionSpec(
        "noshow",
        str(QT_TRANSLATE_NOOP("AppointmentActions", "No-show")),
        "Ctrl+Shift+N",
        "noshow",
        str(QT_TRANSLATE_NOOP("AppointmentActions", "The patient did not come")),
        Capability.NOSHOW,
        str(QT_TRANSLATE_NOOP("AppointmentActions", "marked as a no-show")),
    ),
    ActionSpec(
        "cancel",
        str(QT_TRANSLATE_NOOP("AppointmentActions", "Cancel appointment…")),
        "Del",
        "cancel",
        str(QT_TRANSLATE_NOOP("AppointmentActions", "Cancel the appointment, with a reason")),
        Capability.CANCEL,
        str(QT_TRANSLATE_NOOP("AppointmentActions", "cancelled")),
    ),
    ActionSpec(
        "move",
        str(QT_TRANSLATE_NOOP("AppointmentActions", "Reschedule…")),
        "Ctrl+M",
        "reschedule",
        str(
            QT_TRANSLATE_NOOP(
                "AppointmentActions",
                "Move to another day, time or provider (or drag it in the book)",
            )
        ),
        Capability.MOVE,
        str(QT_TRANSLATE_NOOP("AppointmentActions", "moved")),
    ),
    ActionSpec(
        "edit",
        str(QT_TRANSLATE_NOOP("AppointmentActions", "Edit appointment…")),
        "Ctrl+E",
        "edit",
        str(QT_TRANSLATE_NOOP("AppointmentActions", "Change the service, length or notes")),
        Capability.EDIT_APPOINTMENT,
        str(QT_TRANSLATE_NOOP("AppointmentActions", "changed")),
    ),
    ActionSpec(
        "patient",
        str(QT_TRANSLATE_NOOP("AppointmentActions", "Open patient")),
        "Ctrl+Shift+P",
        "patient",
        str(QT_TRANSLATE_NOOP("AppointmentActions", "Show the patient in the Patients pane")),
        None,
        "",
    ),
    ActionSpec(
        "history",
        str(QT_TRANSLATE_NOOP("AppointmentActions", "History…")),
        "Ctrl+H",
        "history",
        str(
            QT_TRANSLATE_NOOP(
                "AppointmentActions",
                "What happened to the appointment: moves, changes, status, by whom",
            )
        ),
        None,
        "",
    ),
)

_CLOSED = {
    AppointmentStatus.CANCELLED: QT_TRANSLATE_NOOP("AppointmentActions", "it is cancelled"),
    AppointmentStatus.ENTERED_IN_ERROR: QT_TRANSLATE_NOOP(
        "AppointmentActions", "it was entered in error"
    ),
    AppointmentStatus.FULFILLED: QT_TRANSLATE_NOOP("AppointmentActions", "the visit is over"),
}


def state_blocks(name: str, a: Appointment) -> str:
    """Why the appointment's state does not allow the action ("" when it does)."""
    if name == "history":  # every appointment has one, even a booking not yet sent
        return ""
    if a.id.startswith("pending:") and name != "patient":
        return QCoreApplication.translate(
            "AppointmentActions", "the booking has not reached the vendor yet"
        )
    if name == "patient":
        return (
            ""
            if a.patient_id
            else QCoreApplication.translate(
                "AppointmentActions", "no patient is attached to this appointment"
            )
        )
    closed = _CLOSED.get(a.status)
    if closed:
        return _tr(str(closed))
    if name == "confirm":
        if a.status is not AppointmentStatus.BOOKED:
            return QCoreApplication.translate(
                "AppointmentActions", "only a booked appointment can be confirmed"
            )
        return (
            QCoreApplication.translate("AppointmentActions", "it is already confirmed")
            if a.confirmed_at
            else ""
        )
    if name == "arrived":
        checked_in = (AppointmentStatus.ARRIVED, AppointmentStatus.CHECKED_IN)
        return (
            QCoreApplication.translate("AppointmentActions", "the patient is already checked in")
            if a.status in checked_in
            else ""
        )
    if name == "noshow":
        if a.status is AppointmentStatus.NOSHOW:
            return QCoreApplication.translate(
                "AppointmentActions", "it is already marked as a no-show"
            )
        if a.status in (AppointmentStatus.ARRIVED, AppointmentStatus.CHECKED_IN):
            return QCoreApplication.translate("AppointmentActions", "the patient has arrived")
        return ""
    if name == "move" and a.status is AppointmentStatus.NOSHOW:
        return QCoreApplication.translate(
            "AppointmentActions", "the patient did not come; book a new appointment instead"
        )
    return ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("AppointmentActions", text)


# How early a check-in may be without a question (a receptionist's setting; minutes).
EARLY_ARRIVAL = timedelta(minutes=60)

# What Undo takes back, named in its notice, and what an UndoStatus reverses.
UNDO_WORDS = {
    "confirm": QT_TRANSLATE_NOOP("AppointmentActions", "confirmation"),
    "arrived": QT_TRANSLATE_NOOP("AppointmentActions", "check-in"),
    "noshow": QT_TRANSLATE_NOOP("AppointmentActions", "no-show"),
    "cancel": QT_TRANSLATE_NOOP("AppointmentActions", "cancellation"),
    "move": QT_TRANSLATE_NOOP("AppointmentActions", "move"),
    "edit": QT_TRANSLATE_NOOP("AppointmentActions", "edit"),
}


def undo_word(name: str) -> str:
    """'confirmation', 'check-in'... in the window's language."""
    return _tr(str(UNDO_WORDS[name]))


UNDONE = {"confirm": Undone.CONFIRMED, "arrived": Undone.ARRIVED, "noshow": Undone.NOSHOW}


@dataclass(frozen=True)
class Undoable:
    """The last change made from the window, as it was made: what Ctrl+Z takes back."""

    entry: DayEntry  # the appointment before the change
    name: str  # the action: confirm, arrived, noshow, cancel, move or edit
    result: CommandResult

    @property
    def text(self) -> str:
        undo = QCoreApplication.translate("AppointmentActions", "Undo %1 of %2")
        return arg(undo, undo_word(self.name), self.entry.patient)


# The status changes, by action name: each is one typed command of the core.
STATUS_COMMANDS: dict[str, type[AppointmentChange]] = {
    "confirm": Confirm,
    "arrived": MarkArrived,
    "noshow": MarkNoShow,
}


class AppointmentActions(QObject):
    done = Signal(str)  # the vendor accepted: the book should refresh
    queued = Signal(str)  # kept in the outbox: the vendor could not be reached
    failed = Signal(str)  # the vendor refused; the message is its reason
    open_patient = Signal(object)  # DayEntry
    undoable = Signal(str)  # what Undo would take back now ("" : nothing)
    moved = Signal(object)  # DayEntry as it was, once its move is stored (sent or waiting)

    def __init__(self, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.window = parent
        self.entry: DayEntry | None = None
        self.actions: dict[str, QAction] = {}
        self.dialog: Any = None  # the dialog or question open right now (tests look at it)
        for spec in SPECS:
            action = QAction(icon(spec.icon), self.tr(spec.text), parent)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _=False, name=spec.name: self.trigger(name))
            parent.addAction(action)
            self.actions[spec.name] = action
        self.early_arrival = EARLY_ARRIVAL
        # An appointment of a series: "this only" or "this and the following" (issue 15).
        self.series = SeriesScope(self)
        self.last: Undoable | None = None
        # Ctrl+Z: a text field with the focus keeps its own undo (it asks for the shortcut).
        self.undo_action = QAction(self.tr("Undo"), parent)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.undo)
        parent.addAction(self.undo_action)
        self._set_undoable(None)
        self.set_entry(None)

    # -- what is possible ----------------------------------------------------------------------
    def why_not(self, name: str, entry: DayEntry | None) -> str:
        """Why `name` cannot be done to `entry` ("" when it can)."""
        if entry is None:
            return self.tr("select an appointment first")
        spec = next(s for s in SPECS if s.name == name)
        a = entry.appointment
        if spec.capability is not None:
            ok, reason = self.workspace.can(a.account, spec.capability)
            if not ok:
                return shown(reason)
        return state_blocks(name, a)

    def set_entry(self, entry: DayEntry | None) -> None:
        self.entry = entry
        for spec in SPECS:
            action = self.actions[spec.name]
            reason = self.why_not(spec.name, entry)
            action.setEnabled(not reason)
            keys = f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            text = self.tr(spec.text).rstrip("…")
            tip = f"{self.tr(spec.tip)}{keys}" if not reason else f"{text}: {reason}"
            action.setToolTip(tip)
            action.setStatusTip(tip)

    def menu(self, parent: QWidget | None = None) -> QMenu:
        menu = QMenu(parent)
        for name in ("confirm", "arrived", "noshow"):
            menu.addAction(self.actions[name])
        menu.addSeparator()
        menu.addAction(self.actions["move"])
        menu.addAction(self.actions["edit"])
        menu.addAction(self.actions["cancel"])
        menu.addSeparator()
        menu.addAction(self.actions["patient"])
        menu.addAction(self.actions["history"])
        menu.setToolTipsVisible(True)  # the disabled ones say why
        return menu

    # -- doing it ------------------------------------------------------------------------------
    def trigger(self, name: str) -> None:
        entry = self.entry
        if entry is None or self.why_not(name, entry):
            return
        if name == "patient":
            self.open_patient.emit(entry)
        elif name == "history":
            self._show_history(entry)
        elif name == "cancel":
            self._ask_reason(entry)
        elif name == "move":
            self._ask_new_time(entry)
        elif name == "edit":
            self._ask_changes(entry)
        else:
            question = self.too_early(name, entry.appointment)
            if question:
                self._ask_first(entry, name, question)
            else:
                self.send(entry, STATUS_COMMANDS[name].on(entry.appointment), name)

    # -- guards: a no-show before the start, a check-in long before it -----------------------
    def too_early(self, name: str, a: Appointment) -> str:
        """The question to ask before `name` ("" : none). One keystroke at 05:30 must not mark
        a 09:15 appointment as a no-show."""
        now = self.workspace.clock.now()
        local = a.start.astimezone(self._zone_of(a))
        at = f"{local:%H:%M}" if a.start - now < timedelta(hours=20) else day_and_time(local)
        at = f"{at} {local.tzname()}"
        if name == "noshow" and now < a.start:
            return arg(self.tr("The appointment has not started yet (it starts at %1)."), at)
        if name == "arrived" and a.start - now > self.early_arrival:
            early = a.start - now
            hours, minutes = divmod(int(early.total_seconds() // 60), 60)
            ahead = f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"
            return arg(self.tr("The appointment is at %1, %2 from now."), at, ahead)
        return ""

    def _ask_first(self, entry: DayEntry, name: str, question: str) -> None:
        spec = next(s for s in SPECS if s.name == name)
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr(spec.text))
        box.setIcon(QMessageBox.Icon.Question)
        noshow = name == "noshow"
        asked = self.tr("Mark as a no-show: %1?") if noshow else self.tr("Check in: %1?")
        box.setText(arg(asked, entry.patient))
        box.setInformativeText(question)
        now = self.tr("Mark as a no-show now") if noshow else self.tr("Check in now")
        go = box.addButton(now, QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter, pressed out of habit, changes nothing
        box.setEscapeButton(keep)

        def finished(_code: int) -> None:
            if box.clickedButton() is go:
                self.send(entry, STATUS_COMMANDS[name].on(entry.appointment), name)

        box.finished.connect(finished)
        self._show(box)

    def send(self, entry: DayEntry, command: AppointmentChange, name: str) -> None:
        spec = next(s for s in SPECS if s.name == name)
        label = f"{entry.patient}: {self.tr(spec.done)}"
        tasks.run(
            self.workspace.execute(command),
            lambda result: self._result(result, label, Undoable(entry, name, result)),
            lambda error: self._refused(error_text(error)),
        )

    def _result(self, result: CommandResult, label: str, undo: Undoable | None = None) -> None:
        if result.outcome in (Outcome.SENT, Outcome.WAITING) and undo is not None:
            self._set_undoable(undo)
            if undo.name == "move":
                self.moved.emit(undo.entry)
        if result.outcome is Outcome.SENT:
            self.done.emit(label)
            return
        if result.outcome is Outcome.WAITING:
            text = self.tr("%1: saved, and will be sent when the vendor answers (%2)")
            self.queued.emit(arg(text, label, shown(result.reason)))
            return
        if result.entry is not None:  # the reason is shown right now: it need not linger
            tasks.run(self.workspace.dismiss(result.entry.id))
        self._refused(shown(result.reason))

    def _refused(self, reason: str) -> None:
        self.failed.emit(reason)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Not done"),
            self.tr("The change was not made."),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setInformativeText(reason)
        self._show(box)

    def _show(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.open()

    def _ask_reason(self, entry: DayEntry) -> None:
        a = entry.appointment
        zone = self._zone_of(a)
        dialog = ReasonDialog(
            f"{entry.patient}, {long_day_time(a.start.astimezone(zone))}", self.window
        )

        def accepted() -> None:
            reason = dialog.reason()
            if entry.series is None:
                self.send(entry, Cancel.on(entry.appointment, reason), "cancel")
                return

            def scope(rest: bool) -> None:
                if rest:
                    self.series.cancel_following(entry, reason)
                else:
                    self.send(entry, Cancel.on(entry.appointment, reason), "cancel")

            self.series.ask(entry, True, scope)

        dialog.accepted.connect(accepted)
        self._show(dialog)

    def _show_history(self, entry: DayEntry) -> None:
        a = entry.appointment
        zone = self._zone_of(a)
        names = {p.id: p.name for p in self.workspace.reference.providers_of(a.account)}
        names.update({s.id: s.name for s in self.workspace.services() if s.account == a.account})
        model = HistoryModel(zone, names)
        title = f"<b>{entry.patient}</b>, {long_day_time(a.start.astimezone(zone))}"
        dialog = HistoryDialog(title, model, self.window)
        self._show(dialog)
        tasks.run(self.workspace.appointment_history(a.account, a.id), dialog.loaded, dialog.failed)

    def _ask_new_time(self, entry: DayEntry) -> None:
        dialog = RescheduleDialog(self.workspace, entry, self.window)
        dialog.accepted.connect(lambda: self._move(entry, *dialog.target()))
        self._show(dialog)

    def _ask_changes(self, entry: DayEntry) -> None:
        dialog = EditAppointmentDialog(self.workspace, entry, self.window)

        def accepted() -> None:
            command = dialog.command()
            if command is not None:
                self.send(entry, command, "edit")

        dialog.accepted.connect(accepted)
        self._show(dialog)

    def _move(self, entry: DayEntry, start: datetime, end: datetime, provider_id: str) -> None:
        if entry.series is None or provider_id != entry.appointment.provider_id:
            self.send(entry, Move.on(entry.appointment, start, end, provider_id), "move")
            return

        def scope(rest: bool) -> None:
            if rest:
                self.series.move_following(entry, start)
            else:
                self.send(entry, Move.on(entry.appointment, start, end, provider_id), "move")

        self.series.ask(entry, False, scope)

    def request_move(self, drop: Drop) -> None:
        """A drag in the book ended: ask before moving, and warn of a double booking."""
        entry = drop.entry
        reason = self.why_not("move", entry)
        if reason:
            self.failed.emit(arg(self.tr("Cannot move %1: %2"), entry.patient, reason))
            return
        if drop.start < self.workspace.clock.now():
            self.failed.emit(arg(self.tr("Cannot move %1: that time has passed"), entry.patient))
            return
        refused = provider_refuses(
            entry.appointment, drop.column.provider, self.workspace.services()
        )
        if refused:  # what the booking dialog would not offer, a drag does not do either
            self.failed.emit(arg(self.tr("Cannot move %1: %2"), entry.patient, refused))
            return
        tasks.run(
            self.workspace.clashes(
                entry.appointment, drop.start, drop.end, drop.column.provider.id
            ),
            lambda found: self._confirm_move(drop, found),
            lambda error: self.failed.emit(
                arg(self.tr("Cannot move %1: %2"), entry.patient, error_text(error))
            ),
        )

    def _confirm_move(self, drop: Drop, found: list[DayEntry]) -> None:
        entry = drop.entry
        provider = drop.column.provider
        local = drop.start.astimezone(drop.column.zone)
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Move appointment"))
        box.setIcon(QMessageBox.Icon.Warning if found else QMessageBox.Icon.Question)
        when = f"{long_day(local.date())}, {local:%H:%M}"
        box.setText(arg(self.tr("Move %1 to %2 with %3?"), entry.patient, when, provider.name))
        if found:
            double = self.tr("%1: this double-books the provider.")
            box.setInformativeText(arg(double, clash_text(found, drop.column.zone)))
        moving = self.tr("Move anyway") if found else self.tr("Move")
        move = box.addButton(moving, QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep if found else move)

        def finished(_code: int) -> None:
            if box.clickedButton() is move:
                self._move(entry, drop.start, drop.end, provider.id)

        box.finished.connect(finished)
        self._show(box)

    def _zone_of(self, a: Appointment) -> Any:
        provider = self.workspace.reference.provider(a.account, a.provider_id)
        return self.workspace.zone() if provider is None else self.workspace.provider_zone(provider)

    # -- undo ------------------------------------------------------------------------------
    def _set_undoable(self, last: Undoable | None) -> None:
        self.last = last
        self.undo_action.setEnabled(last is not None)
        text = last.text if last is not None else self.tr("Undo")
        keys = self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.undo_action.setText(text)
        tip = f"{text} ({keys})" if last is not None else self.tr("Nothing to undo")
        self.undo_action.setToolTip(tip)
        self.undo_action.setStatusTip(tip)
        self.undoable.emit(text if last is not None else "")

    def undo(self) -> None:
        """Takes the last change back: from the outbox while it waits (the vendor never hears
        of it), else by sending the reverse where the vendor has one; says so where it has not."""
        last = self.last
        if last is None:
            return
        self._set_undoable(None)
        tasks.run(
            self._take_back(last),
            lambda outcome: self._taken_back(*outcome),
            lambda error: self._refused(error_text(error)),
        )

    async def _take_back(self, last: Undoable) -> tuple[str, str]:
        """(done | queued | refused, what to say)."""
        who, what = last.entry.patient, undo_word(last.name)
        stored = last.result.entry
        if stored is not None and await withdraw(self.workspace, stored.id):
            return "done", arg(self.tr("%1: %2 taken back (it had not been sent)"), who, what)
        before = last.entry.appointment
        vendor = self.workspace.vendor_of(before.account) or before.account
        current = await self.workspace.appointment(before.account, before.id)
        if current is None:
            return "refused", arg(self.tr("%1: the appointment is no longer in the book"), who)
        if last.name == "cancel":
            text = self.tr(
                "The cancellation reached %1, which cannot take a cancellation back. "
                "Book %2 again for %3 if the time is still free."
            )
            return "refused", arg(text, vendor, who, self._when(before))
        command: AppointmentChange
        if last.name == "move":
            ok, why = self.workspace.can(before.account, Capability.MOVE)
            command = Move.on(current, before.start, before.end, before.provider_id)
        elif last.name == "edit":
            ok, why = self.workspace.can(before.account, Capability.EDIT_APPOINTMENT)
            command = EditAppointment.on(
                current, notes=before.notes, service_id=before.service_id, end=before.end
            )
        else:
            ok, why = self.workspace.can(before.account, Capability.UNDO_STATUS)
            if Undone.of(current) is not UNDONE[last.name]:
                text = self.tr("%1: there is no %2 to take back any more")
                return "refused", arg(text, who, what)
            command = UndoStatus.on(current, UNDONE[last.name])
        if not ok:
            text = self.tr(
                "The %1 reached %2, and it cannot be taken back from frontdesk (%3). "
                "Change it in %2 itself."
            )
            return "refused", arg(text, what, vendor, shown(why))
        result = await self.workspace.execute(command)
        if result.outcome is Outcome.SENT:
            return "done", arg(self.tr("%1: %2 taken back"), who, what)
        if result.outcome is Outcome.WAITING:
            text = self.tr(
                "%1: taking back the %2 is saved, and will be sent when the vendor answers (%3)"
            )
            return "queued", arg(text, who, what, shown(result.reason))
        if result.entry is not None:
            await self.workspace.dismiss(result.entry.id)
        return "refused", shown(result.reason)

    def _taken_back(self, outcome: str, message: str) -> None:
        if outcome == "done":
            self.done.emit(message)
        elif outcome == "queued":
            self.queued.emit(message)
        else:
            self._refused(message)

    def _when(self, a: Appointment) -> str:
        local = a.start.astimezone(self._zone_of(a))
        return f"{day_and_time(local)} {local.tzname()}"
