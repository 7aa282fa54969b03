"""Cancel and Move on an appointment of a series (issue 15 item 2): "This appointment only" or
"This and the following".

"Following" cancels each later appointment of the series that still holds a time (one Cancel
write each), or moves each by the same shift on the clinic's wall clock (one Move each); the
moves are checked first like a new series' occurrences and listed, with what stands in their
way, before the press. A move to another provider is this appointment's only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from frontdesk.domain.book import DayEntry
from frontdesk.domain.models import Appointment
from frontdesk.sync.facade.desk import (
    CommandResult,
    OccurrenceCheck,
    Outcome,
    cancel_each,
    check_moves,
    following,
    move_each,
    moves_of,
)
from frontdesk.ui import tasks
from frontdesk.ui.domain_text import error_text
from frontdesk.ui.i18n import arg
from frontdesk.ui.series_panel import OccurrenceText

if TYPE_CHECKING:
    from frontdesk.ui.appointment_actions import AppointmentActions

Moves = list[tuple[Appointment, datetime, datetime]]


class SeriesScope(QObject):
    """Asks which appointments a change is for, and makes the following ones' writes."""

    def __init__(self, actions: AppointmentActions) -> None:
        super().__init__(actions)
        self.actions = actions

    def ask(self, entry: DayEntry, cancelling: bool, then: Callable[[bool], None]) -> None:
        """`then(False)` for this appointment only, `then(True)` with the following ones;
        nothing when the receptionist keeps it as it is."""
        box = QMessageBox(self.actions.window)
        box.setIcon(QMessageBox.Icon.Question)
        if cancelling:
            box.setWindowTitle(self.tr("Cancel appointment"))
            box.setText(arg(self.tr("Cancel %1's appointment of a series?"), entry.patient))
        else:
            box.setWindowTitle(self.tr("Move appointment"))
            box.setText(arg(self.tr("Move %1's appointment of a series?"), entry.patient))
        box.setInformativeText(
            self.tr("Change only this appointment, or this one and the following ones too.")
        )
        only = box.addButton(self.tr("This appointment only"), QMessageBox.ButtonRole.AcceptRole)
        rest = box.addButton(self.tr("This and the following"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(only)
        box.setEscapeButton(keep)

        def finished(_code: int) -> None:
            if box.clickedButton() is only:
                then(False)
            elif box.clickedButton() is rest:
                then(True)

        box.finished.connect(finished)
        self.actions._show(box)

    # -- cancel ------------------------------------------------------------------------------
    def cancel_following(self, entry: DayEntry, reason: str) -> None:
        async def run() -> list[CommandResult]:
            later = await following(self.actions.workspace, entry.appointment)
            return await cancel_each(self.actions.workspace, later, reason)

        tasks.run(
            run(),
            lambda results: self._told(entry, results, cancelling=True),
            lambda error: self.actions._refused(error_text(error)),
        )

    # -- move --------------------------------------------------------------------------------
    def move_following(self, entry: DayEntry, start: datetime) -> None:
        """Each from this one on moved by this one's shift: checked, listed, then asked."""
        a = entry.appointment
        zone = self.actions._zone_of(a)
        delta = start.astimezone(zone).replace(tzinfo=None) - a.start.astimezone(zone).replace(
            tzinfo=None
        )

        async def plan() -> tuple[Moves, list[OccurrenceCheck]]:
            later = await following(self.actions.workspace, a)
            moves = moves_of(later, delta, zone)
            return moves, await check_moves(self.actions.workspace, moves)

        tasks.run(
            plan(),
            lambda found: self._confirm_moves(entry, *found),
            lambda error: self.actions._refused(error_text(error)),
        )

    def _confirm_moves(self, entry: DayEntry, moves: Moves, checks: list[OccurrenceCheck]) -> None:
        zone = self.actions._zone_of(entry.appointment)
        words = OccurrenceText()
        lines = []
        for (_, start, _), check in zip(moves, checks, strict=True):
            local = start.astimezone(zone)
            mark = "⚠" if check.problems else "✓"
            lines.append(f"{mark} {local:%a %d %b %H:%M} — {words.problems(check, zone)}")
        box = QMessageBox(self.actions.window)
        troubled = any(c.problems for c in checks)
        box.setIcon(QMessageBox.Icon.Warning if troubled else QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Move appointment"))
        box.setText(self.tr("Move %n appointments by the same shift?", "", len(moves)))
        box.setInformativeText("\n".join(lines))
        text = self.tr("Move anyway") if troubled else self.tr("Move")
        go = box.addButton(text, QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep if troubled else go)
        box.setEscapeButton(keep)

        def finished(_code: int) -> None:
            if box.clickedButton() is go:
                tasks.run(
                    move_each(self.actions.workspace, moves),
                    lambda results: self._told(entry, results, cancelling=False),
                    lambda error: self.actions._refused(error_text(error)),
                )

        box.finished.connect(finished)
        self.actions._show(box)

    # -- what became of them -------------------------------------------------------------------
    def _told(self, entry: DayEntry, results: list[CommandResult], *, cancelling: bool) -> None:
        refused = [r for r in results if r.outcome is Outcome.REFUSED]
        done = len(results) - len(refused)
        if cancelling:
            said = self.tr("%n appointments cancelled", "", done)
        else:
            said = self.tr("%n appointments moved", "", done)
        label = f"{entry.patient}: {said}"
        for r in refused:
            if r.entry is not None:  # the reason is shown right now: it need not linger
                tasks.run(self.actions.workspace.dismiss(r.entry.id))
        if refused:
            self.actions._refused(
                arg(self.tr("%1 not changed: %2"), len(refused), refused[0].reason)
            )
        if any(r.outcome is Outcome.WAITING for r in results):
            self.actions.queued.emit(label)
        elif done:
            self.actions.done.emit(label)
