"""Moving an appointment to another day, time or provider of the same account, with a warning
when the new time overlaps another appointment of that provider (the double-booking guard).

The time is typed as the clinic writes it ("14:30", "1430", "2:30 pm"); Enter moves (after the
warning, when there is one); Escape asks before a new time already chosen is dropped.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.book import DayEntry
from frontdesk.domain.conventions import convention_for_zone
from frontdesk.domain.models import Provider
from frontdesk.sync.facade.desk import Workspace
from frontdesk.ui import tasks
from frontdesk.ui.alive import alive
from frontdesk.ui.dialog_guard import ask_before_discarding, make_primary
from frontdesk.ui.i18n import arg
from frontdesk.ui.theme import is_dark
from frontdesk.ui.time_input import TimeInput


def clash_text(found: list[DayEntry], zone: ZoneInfo) -> str:
    """'Overlaps 10:00 Jan Peeters (Consultation)' for the first two, and how many more."""
    parts = [
        f"{e.appointment.start.astimezone(zone):%H:%M} {e.patient}"
        + (f" ({e.service})" if e.service else "")
        for e in found[:2]
    ]
    return ClashText().overlaps(", ".join(parts), max(0, len(found) - 2))


class ClashText(QObject):
    """Its texts have a plural, which lupdate reads from a class's self.tr only."""

    def overlaps(self, listed: str, more: int) -> str:
        if more:
            return arg(self.tr("Overlaps %1 and %n more", "", more), listed)
        return arg(self.tr("Overlaps %1"), listed)


class RescheduleDialog(QDialog):
    checked = Signal(int)  # the double-booking guard has read the book: clashes found

    def __init__(
        self, workspace: Workspace, entry: DayEntry, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.entry = entry
        a = entry.appointment
        self.setWindowTitle(self.tr("Reschedule appointment"))
        self.setMinimumWidth(460)
        self.providers: list[Provider] = workspace.reference.providers_of(a.account)
        current = next((p for p in self.providers if p.id == a.provider_id), None)
        zone = self._zone(current)
        local = a.start.astimezone(zone)
        who = current.name if current else "—"
        # The day in the window's language (QLocale's day and month names), the time as typed.
        day = QLocale().toString(QDate(local.year, local.month, local.day), "dddd d MMMM")
        intro = QLabel(
            arg(
                self.tr("<b>%1</b> · %2 (%3 min)<br>Now %4, %5 with %6"),
                entry.patient,
                entry.service or self.tr("appointment"),
                a.minutes,
                day,
                f"{local:%H:%M}",
                who,
            )
        )
        intro.setWordWrap(True)
        self.date = QDateEdit(QDate(local.year, local.month, local.day))
        self.date.setCalendarPopup(True)
        convention = convention_for_zone(zone.key)
        self.date.setDisplayFormat(
            "dddd, MMMM d, yyyy" if convention.month_first else "dddd d MMMM yyyy"
        )
        self.date.setAccessibleName(self.tr("New date"))
        self.time = TimeInput(convention)
        self.time.set_value(local.time().replace(second=0, microsecond=0))
        self.time.setAccessibleName(self.tr("New time"))
        self.provider = QComboBox()
        self.provider.setAccessibleName(self.tr("Provider"))
        for p in self.providers:
            self.provider.addItem(p.name, p.id)
        if current is not None:
            self.provider.setCurrentIndex(self.providers.index(current))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Warning"))
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Time"), self.time)
        form.addRow(self.tr("&Provider"), self.provider)
        buttons = QDialogButtonBox()
        self.move_button = QPushButton(self.tr("Move"))
        buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.AcceptRole)
        keep = buttons.addButton(self.tr("Keep"), QDialogButtonBox.ButtonRole.RejectRole)
        make_primary(self.move_button, keep)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.date.dateChanged.connect(self.validate)
        self.time.changed.connect(self.validate)
        self.provider.currentIndexChanged.connect(self.validate)
        self.clashes: list[DayEntry] = []
        self.validate()

    def _zone(self, provider: Provider | None) -> ZoneInfo:
        return self.workspace.zone() if provider is None else self.workspace.provider_zone(provider)

    def set_target(self, day: date, at: time, provider_id: str | None = None) -> None:
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.time.set_value(at.replace(second=0, microsecond=0))
        if provider_id is not None:
            self.provider.setCurrentIndex(self.provider.findData(provider_id))

    def _provider(self) -> Provider | None:
        index = self.provider.currentIndex()
        return self.providers[index] if 0 <= index < len(self.providers) else None

    def target(self) -> tuple[datetime, datetime, str]:
        """(start, end, provider id) on the chosen provider's wall clock."""
        provider = self._provider()
        zone = self._zone(provider)
        day: date = self.date.date().toPython()  # type: ignore[assignment]
        at: time = self.time.value() or a_time(self.entry.appointment.start, zone)
        start = datetime.combine(day, at, zone)
        a = self.entry.appointment
        provider_id = provider.id if provider else a.provider_id
        return start, start + (a.end - a.start), provider_id

    def validate(self) -> None:
        start, end, provider_id = self.target()
        a = self.entry.appointment
        self.clashes = []
        problem, blocking = "", False
        if self.time.value() is None:
            problem, blocking = self.time.problem(), True
        elif start == a.start and provider_id == a.provider_id:
            problem, blocking = self.tr("Choose a new time or provider."), True
        elif start < self.workspace.clock.now():
            problem, blocking = self.tr("That time has passed."), True
        else:
            target = (start, end, provider_id)

            def read(found: list[DayEntry]) -> None:
                if alive(self) and self.target() == target:  # the form has not moved on
                    self._show(found)

            tasks.run(self.workspace.clashes(a, start, end, provider_id), read)
        self._say(problem, blocking)

    def _show(self, found: list[DayEntry]) -> None:
        self.clashes = found
        problem = ""
        if found:
            problem = clash_text(found, self._zone(self._provider()))
            problem = arg(
                self.tr("%1 of the same provider: moving it there double-books them."), problem
            )
        self._say(problem, False)
        self.checked.emit(len(found))

    def _say(self, problem: str, blocking: bool) -> None:
        self.problem.setText(problem)
        warning = "#EF5350" if is_dark() else "#C62828"  # readable on either background
        colour = warning if self.clashes else "palette(placeholder-text)"
        self.problem.setStyleSheet(f"color: {colour};")
        self.move_button.setEnabled(not blocking)
        self.move_button.setText(self.tr("Move anyway") if self.clashes else self.tr("Move"))

    def accept(self) -> None:
        if self.move_button.isEnabled():
            super().accept()

    def reject(self) -> None:
        """Escape or Keep: a new time or provider already chosen is not dropped unasked."""
        start, _end, provider_id = self.target()
        a = self.entry.appointment
        changed = start != a.start or provider_id != a.provider_id or self.time.value() is None
        ask_before_discarding(
            self, changed, super().reject, self.tr("The appointment stays where it is.")
        )


def a_time(moment: datetime, zone: ZoneInfo) -> time:
    """The wall-clock time of `moment` in `zone`, to the minute."""
    return moment.astimezone(zone).time().replace(second=0, microsecond=0)
