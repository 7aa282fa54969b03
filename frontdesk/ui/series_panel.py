"""The booking dialog's series part (issue 15 item 2): a Repeat control and, while it repeats,
every occurrence listed before anything is sent.

Each row is one occurrence: its date and time on the clinic's wall clock (the zone named when it
is not the desk's), ticked to be booked, and what stands in its way (a time already past, a
closed day, a time outside the hours, what the provider already has then, named), read on the
cache worker by the façade's `check_times`. A row can be shifted (another date or time: checked
again) or skipped (unticked). Past, closed and outside-hours rows start unticked; a clash starts
ticked, marked, as "Book anyway" would book it. The dialog's button says "Book 6 appointments".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.book import DayEntry
from frontdesk.domain.models import BookingRequest
from frontdesk.domain.recurrence import (
    LAST,
    MAX_OCCURRENCES,
    BadRule,
    Frequency,
    Rule,
    Skip,
    expand,
    week_of_month,
)
from frontdesk.sync.facade.desk import (
    OccurrenceCheck,
    Problem,
    Workspace,
    check_times,
    ghost_of,
)
from frontdesk.ui import tasks
from frontdesk.ui.alive import alive
from frontdesk.ui.i18n import arg
from frontdesk.ui.reschedule_dialog import clash_text
from frontdesk.ui.tones import error_colour

# The Repeat choices: (frequency, interval, by weekday: None, "nth" or "last").
CHOICES: tuple[tuple[Frequency, int, str | None], ...] = (
    (Frequency.WEEKLY, 1, None),
    (Frequency.WEEKLY, 2, None),
    (Frequency.WEEKLY, 3, None),
    (Frequency.WEEKLY, 4, None),
    (Frequency.MONTHLY, 1, None),
    (Frequency.MONTHLY, 1, "nth"),
    (Frequency.MONTHLY, 1, "last"),
    (Frequency.DAILY, 1, None),
)
DEFAULT_COUNT = 6
BOOK, WHEN, CHECK = range(3)


class OccurrenceText(QObject):
    """What stands in an occurrence's way, in the desk's language."""

    def problems(self, check: OccurrenceCheck, zone: ZoneInfo) -> str:
        parts = []
        if Problem.PAST in check.problems:
            parts.append(self.tr("That time has passed"))
        if Problem.CLOSED in check.problems:
            parts.append(self.tr("Closed that day"))
        if Problem.OUTSIDE_HOURS in check.problems:
            parts.append(self.tr("Outside opening hours"))
        if check.clashes:
            parts.append(clash_text(list(check.clashes), zone))
        return "; ".join(parts) if parts else self.tr("Free")


class SeriesPanel(QWidget):
    """The Repeat row (`controls`) and the occurrences (`preview`), placed by the dialog."""

    changed = Signal()  # what would be booked changed: the dialog renames its button

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.request: BookingRequest | None = None
        self.zone: ZoneInfo = workspace.zone()
        self.checks: list[OccurrenceCheck] = []
        self.skipped_months: tuple[Skip, ...] = ()
        self.error = ""  # why the rule makes no series ("" : it does)
        self._generation = 0
        self._filling = False

        self.repeat = QComboBox()
        self.repeat.setAccessibleName(self.tr("Repeat"))
        self.repeat.addItem(self.tr("Does not repeat"), None)
        labels = (
            self.tr("Every week"),
            self.tr("Every 2 weeks"),
            self.tr("Every 3 weeks"),
            self.tr("Every 4 weeks"),
            self.tr("Monthly, on the same date"),
            self.tr("Monthly, on the same weekday (2nd Tuesday)"),
            self.tr("Monthly, on the last weekday (last Friday)"),
            self.tr("Every day"),
        )
        for label, choice in zip(labels, CHOICES, strict=True):
            self.repeat.addItem(label, choice)
        self.ends = QComboBox()
        self.ends.setAccessibleName(self.tr("Ends"))
        self.ends.addItem(self.tr("times"), False)  # data: ends on a date
        self.ends.addItem(self.tr("until"), True)
        self.count = QSpinBox()
        self.count.setRange(2, MAX_OCCURRENCES)
        self.count.setValue(DEFAULT_COUNT)
        self.count.setAccessibleName(self.tr("Number of appointments"))
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setAccessibleName(self.tr("Last day of the series"))
        self.until.hide()
        self.controls = QWidget()
        row = QHBoxLayout(self.controls)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.repeat, 1)
        row.addWidget(self.count)
        row.addWidget(self.ends)
        row.addWidget(self.until)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Appointments of the series"))
        self.table.setHorizontalHeaderLabels([self.tr("Book"), self.tr("When"), self.tr("Check")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(BOOK, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CHECK, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setMinimumHeight(170)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.hide()

        self.repeat.currentIndexChanged.connect(lambda _i: self._rule_changed())
        self.ends.currentIndexChanged.connect(lambda _i: self._rule_changed())
        self.count.valueChanged.connect(lambda _v: self._rule_changed())
        self.until.dateChanged.connect(lambda _d: self._rule_changed())
        self.table.itemChanged.connect(self._ticked)

    # -- what is asked -------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.repeat.currentData() is not None

    def rule(self) -> Rule | None:
        choice = self.repeat.currentData()
        if choice is None or self.request is None:
            return None
        frequency, interval, by_weekday = choice
        first = self.request.start.astimezone(self.zone).date()
        which = None
        if by_weekday == "nth":
            which = week_of_month(first)
        elif by_weekday == "last":
            which = week_of_month(first, last=True)
            if which != LAST:
                raise BadRule("not the last weekday of its month")
        if bool(self.ends.currentData()):
            until: date = self.until.date().toPython()  # type: ignore[assignment]
            return Rule(frequency, interval, until=until, week_of_month=which)
        return Rule(frequency, interval, count=self.count.value(), week_of_month=which)

    def set_request(self, request: BookingRequest | None, zone: ZoneInfo) -> None:
        """The dialog's first appointment changed: the occurrences follow it."""
        self.request, self.zone = request, zone
        if request is not None:
            first = request.start.astimezone(zone).date()
            until: date = self.until.date().toPython()  # type: ignore[assignment]
            if until < first:  # not chosen yet: the series' default length
                last = first + timedelta(weeks=DEFAULT_COUNT - 1)
                self.until.blockSignals(True)
                self.until.setDate(QDate(last.year, last.month, last.day))
                self.until.blockSignals(False)
        self._rule_changed()

    def chosen(self) -> list[tuple[datetime, datetime]]:
        """The times to book, in order (skipped rows left out, shifted ones as shifted)."""
        return [
            (c.start, c.end)
            for n, c in enumerate(self.checks)
            if (item := self.table.item(n, BOOK)) is not None
            and item.checkState() == Qt.CheckState.Checked
        ]

    def ready(self) -> bool:
        """Every occurrence checked, none being read."""
        return self.active and not self.error and len(self.checks) == self.table.rowCount()

    # -- the occurrences ---------------------------------------------------------------------
    def _rule_changed(self) -> None:
        self.setVisible(self.active)
        until = bool(self.ends.currentData())
        self.until.setVisible(until and self.active)
        self.count.setVisible(not until and self.active)
        self.ends.setVisible(self.active)
        self._generation += 1
        self.checks = []
        self.error = ""
        self.skipped_months = ()
        request = self.request
        if not self.active or request is None:
            self._fill([])
            return
        try:
            rule = self.rule()
            assert rule is not None
            series = expand(rule, request.start, request.end, self.zone)
        except BadRule as exc:
            self.error = self._why(exc)
            self._fill([])
            return
        self.skipped_months = series.skipped
        self._check([(o.start, o.end) for o in series.occurrences])

    def _why(self, error: BadRule) -> str:
        text = str(error)
        if "more than" in text:
            return arg(
                self.tr("That end date makes more than %1 appointments: choose an earlier date."),
                MAX_OCCURRENCES,
            )
        if "ends before" in text:
            return self.tr("The series ends before its first appointment.")
        if "last weekday" in text:
            return self.tr("This day is not the last of its weekday in the month.")
        return self.tr("These settings make no series.")

    def _check(
        self, times: Sequence[tuple[datetime, datetime]], keep: list[bool] | None = None
    ) -> None:
        request = self.request
        assert request is not None
        generation = self._generation
        self._fill([], reading=len(times))

        def read(checks: list[OccurrenceCheck]) -> None:
            if not alive(self) or generation != self._generation:
                return
            self.checks = checks
            self._fill(checks, keep)

        tasks.run(check_times(self.workspace, ghost_of(request), list(times)), read)

    def recheck(self) -> None:
        """The book changed (a sync, another desk): read what stands in the way again, keeping
        the shifts and skips."""
        if not self.checks or self.request is None:
            return
        keep = [self._ticked_row(n) for n in range(len(self.checks))]
        self._generation += 1
        self._check([(c.start, c.end) for c in self.checks], keep)

    def shift(self, row: int, start: datetime) -> None:
        """Occurrence `row` moved to `start` (its length kept), and checked again."""
        if not 0 <= row < len(self.checks):
            return
        keep = [self._ticked_row(n) for n in range(len(self.checks))]
        times = [(c.start, c.end) for c in self.checks]
        length = times[row][1] - times[row][0]
        times[row] = (start, start + length)
        keep[row] = True
        self._generation += 1
        self._check(times, keep)

    def skip(self, row: int, skipped: bool = True) -> None:
        item = self.table.item(row, BOOK)
        if item is not None:
            item.setCheckState(Qt.CheckState.Unchecked if skipped else Qt.CheckState.Checked)

    def _ticked_row(self, row: int) -> bool:
        item = self.table.item(row, BOOK)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def _fill(
        self, checks: list[OccurrenceCheck], keep: list[bool] | None = None, reading: int = 0
    ) -> None:
        self._filling = True
        try:
            self.table.setRowCount(len(checks))
            words = OccurrenceText()
            for n, check in enumerate(checks):
                ticked = keep[n] if keep is not None else self._starts_ticked(check)
                box = QTableWidgetItem(str(n + 1))
                box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                box.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.table.setItem(n, BOOK, box)
                self.table.setCellWidget(n, WHEN, self._when_edit(n, check.start))
                said = words.problems(check, self.zone)
                mark = QTableWidgetItem(("⚠ " if check.problems else "✓ ") + said)
                mark.setToolTip(said)
                mark.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if check.problems:
                    mark.setForeground(QBrush(QColor(error_colour())))
                self.table.setItem(n, CHECK, mark)
        finally:
            self._filling = False
        self._say(reading)
        self.changed.emit()

    @staticmethod
    def _starts_ticked(check: OccurrenceCheck) -> bool:
        return set(check.problems) <= {Problem.CLASH}

    def _when_edit(self, row: int, start: datetime) -> QDateTimeEdit:
        local = start.astimezone(self.zone)
        edit = QDateTimeEdit()  # the clinic's wall clock, as every time in the dialog
        day = QDate(local.year, local.month, local.day)
        edit.setDateTime(QDateTime(day, QTime(local.hour, local.minute)))
        edit.setDisplayFormat("ddd dd MMM yyyy HH:mm")
        edit.setCalendarPopup(True)
        edit.setAccessibleName(arg(self.tr("Appointment %1 of the series"), row + 1))
        edit.editingFinished.connect(lambda: self._edited(row, edit))
        return edit

    def _edited(self, row: int, edit: QDateTimeEdit) -> None:
        if not (0 <= row < len(self.checks)):
            return
        value = edit.dateTime()
        local = datetime.combine(value.date().toPython(), value.time().toPython())  # type: ignore[arg-type]
        start = local.replace(tzinfo=self.zone)
        if start != self.checks[row].start:
            self.shift(row, start)

    def _ticked(self, item: QTableWidgetItem) -> None:
        if not self._filling and item.column() == BOOK:
            self._say(0)
            self.changed.emit()

    def _say(self, reading: int) -> None:
        if self.error:
            self.summary.setText(self.error)
            return
        if reading:
            self.summary.setText(self.tr("Checking each appointment…"))
            return
        lines = []
        if self.request is not None and self.zone != self.workspace.zone():
            lines.append(arg(self.tr("Times in %1."), self.zone.key))
        clashes = sum(1 for c in self.checks if c.problems)
        if clashes:
            lines.append(self.tr("%n need a look (marked ⚠).", "", clashes))
        skipped = len(self.checks) - len(self.chosen())
        if skipped:
            lines.append(self.tr("%n skipped.", "", skipped))
        for skip in self.skipped_months:
            month = QLocale().toString(QDate(skip.month.year, skip.month.month, 1), "MMMM yyyy")
            if skip.weekday is not None:
                weekday = QLocale().dayName(skip.weekday + 1)
                lines.append(arg(self.tr("Left out %1: it has no 5th %2."), month, weekday))
            else:
                lines.append(arg(self.tr("Left out %1: it has no day %2."), month, skip.day))
        self.summary.setText(" ".join(lines))

    def clash_entries(self) -> list[DayEntry]:
        return [e for c in self.checks for e in c.clashes]
