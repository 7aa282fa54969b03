"""Who is here: the patients checked in today and not yet seen, longest waiting first, with the
time each has waited since arriving (issue 12, item 9).

Read from the cache on the cache worker (today's sheet, every provider), again when the change
feed touches today, and the waiting times move on with a timer (a minute is what the desk
reads; the timer re-reads too when the day has turned).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.book import BookMode, DayEntry, DaySheet
from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.models import AppointmentStatus
from frontdesk.sync.facade.book import BookOptions, SheetRequest
from frontdesk.sync.facade.desk import Changes, Workspace
from frontdesk.ui import tasks
from frontdesk.ui.alive import alive
from frontdesk.ui.feed import FeedRelay

HERE = (AppointmentStatus.ARRIVED, AppointmentStatus.CHECKED_IN)
TICK_MS = 30_000  # the waiting times move on every half minute
COLUMNS = ("Patient", "Waiting", "Booked")
# No vendor tells frontdesk when a visit is over: half an hour after its booked end, a patient
# checked in is taken as seen (else a day's arrivals pile up, "waiting" for hours).
SEEN_AFTER_END = timedelta(minutes=30)
# No connector offers a "seen" (check-out) write yet: the button says so rather than hide.
NO_CHECK_OUT = (
    "None of the connected vendors' APIs can record a visit as over; mark it in the vendor's "
    "own software (the list follows when it syncs)"
)


@dataclass(frozen=True)
class Arrival:
    entry: DayEntry
    provider: str
    location: str
    zone_name: str

    @property
    def arrived_at(self) -> datetime | None:
        return self.entry.appointment.arrived_at


def arrivals_of(sheet: DaySheet, now: datetime) -> list[Arrival]:
    """Checked in and not yet seen, longest waiting first (no arrival time: last)."""
    found = [
        Arrival(e, c.provider.name, c.location, c.zone.key)
        for c in sheet.columns
        for e in c.entries
        if e.appointment.status in HERE and now < e.appointment.end + SEEN_AFTER_END
    ]
    far = datetime.max.replace(tzinfo=sheet.start.tzinfo)
    return sorted(found, key=lambda a: (a.arrived_at or far, a.entry.appointment.start))


def waited(arrived_at: datetime | None, now: datetime) -> str:
    if arrived_at is None:
        return "—"
    minutes = max(0, int((now - arrived_at).total_seconds() // 60))
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


class ArrivalsPane(QWidget):
    counted = Signal(int)  # patients here now (the tab's title shows it)
    shown = Signal()  # a read was drawn (tests wait for it)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.arrivals: list[Arrival] = []
        self.day: date = workspace.today()
        self._generation = 0
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName("Patients here")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # rows are read, not edited: Tab leaves the table
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel("Nobody has checked in yet today.")
        self.status.setWordWrap(True)
        note = QLabel(
            "A patient is taken as seen half an hour after the booked end (no vendor here "
            "records check-out)."
        )
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.seen = QPushButton("Seen (check out)")
        self.seen.setEnabled(False)
        self.seen.setToolTip(NO_CHECK_OUT)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.seen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.relay = FeedRelay(workspace.feed, self)
        self.relay.changed.connect(self._data_changed)
        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self._tick)
        self.tick.start()

    # -- reading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self.day = self.workspace.today()
        request = SheetRequest(self.day, BookMode.DAY, BookOptions(group_by_location=False))

        def drawn(sheet: DaySheet) -> None:
            if generation == self._generation and alive(self):
                self._show(arrivals_of(sheet, self.workspace.clock.now()))

        def failed(error: FrontdeskError) -> None:
            if generation == self._generation and alive(self):
                self.status.setText(f"Could not read who is here: {error}")

        tasks.run(self.workspace.sheet(request), drawn, failed)

    def _data_changed(self, changes: Changes) -> None:
        start, end = self.workspace.day_bounds(self.day)
        if changes.touches(start, end):
            self.reload()

    def _tick(self) -> None:
        now = self.workspace.clock.now()
        gone = any(now >= a.entry.appointment.end + SEEN_AFTER_END for a in self.arrivals)
        if self.workspace.today() != self.day or gone:  # a new day, or someone taken as seen
            self.reload()
        else:
            self._fill()

    # -- showing -------------------------------------------------------------------------------
    def _show(self, arrivals: list[Arrival]) -> None:
        self.arrivals = arrivals
        self._fill()
        self.counted.emit(len(arrivals))
        self.shown.emit()

    def _fill(self) -> None:
        now = self.workspace.clock.now()
        self.table.setRowCount(len(self.arrivals))
        for row, arrival in enumerate(self.arrivals):
            a = arrival.entry.appointment
            zone = self.workspace.reference.zone_of_location(a.account, None)
            provider = self.workspace.reference.provider(a.account, a.provider_id)
            if provider is not None:
                zone = self.workspace.provider_zone(provider)
            zone = zone or self.workspace.zone()
            start = a.start.astimezone(zone)
            arrived = a.arrived_at.astimezone(zone) if a.arrived_at else None
            booked = f"{start:%H:%M}"
            if start.utcoffset() != a.start.astimezone(self.workspace.zone()).utcoffset():
                booked += f" {start.tzname()}"  # another clinic's clock: say which
            cells = (arrival.entry.patient, waited(a.arrived_at, now), booked)
            where = f"{arrival.location} · " if arrival.location else ""
            tip = (
                f"{arrival.entry.patient}, {arrival.entry.service}\n"
                f"Booked {start:%H:%M} {start.tzname()} with {arrival.provider} ({where}"
                f"{arrival.zone_name})\n"
                + (f"Arrived {arrived:%H:%M}" if arrived else "Arrival time not known")
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                self.table.setItem(row, column, item)
        count = len(self.arrivals)
        self.status.setText(
            f"{count} patient{'s' if count != 1 else ''} checked in and waiting, longest first."
            if count
            else "Nobody is waiting: no patient is checked in and not yet seen."
        )
