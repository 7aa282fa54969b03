"""The Waitlist tab (issue 15): everyone waiting for an earlier time, in offer order (urgent,
then longest waiting), filtered by service, provider or urgency; add and remove. Read on the
cache worker, again whenever the change feed says the waitlist changed (here or on another
desk sharing the clinic's store)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.reference import Reference
from frontdesk.domain.waitlist import TimeOfDay, WaitlistEntry
from frontdesk.sync.facade import desk
from frontdesk.sync.facade.desk import Changes, Workspace
from frontdesk.ui import tasks
from frontdesk.ui.alive import alive
from frontdesk.ui.dates import short_date
from frontdesk.ui.domain_text import error_text
from frontdesk.ui.feed import FeedRelay
from frontdesk.ui.i18n import arg

COLUMNS = (  # translated where shown (context "WaitlistModel")
    str(QT_TRANSLATE_NOOP("WaitlistModel", "Patient")),
    str(QT_TRANSLATE_NOOP("WaitlistModel", "Service")),
    str(QT_TRANSLATE_NOOP("WaitlistModel", "Providers")),
    str(QT_TRANSLATE_NOOP("WaitlistModel", "When")),
    str(QT_TRANSLATE_NOOP("WaitlistModel", "Waiting since")),
)
TIME_OF_DAY = {
    TimeOfDay.MORNING: QT_TRANSLATE_NOOP("WaitlistModel", "morning"),
    TimeOfDay.AFTERNOON: QT_TRANSLATE_NOOP("WaitlistModel", "afternoon"),
    TimeOfDay.EVENING: QT_TRANSLATE_NOOP("WaitlistModel", "evening"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("WaitlistModel", text)


def time_of_day_label(when: TimeOfDay) -> str:
    """'Morning', 'Matin'..."""
    word = _tr(str(TIME_OF_DAY[when]))
    return word[:1].upper() + word[1:]


def days_text(days: frozenset[int]) -> str:
    """'Mon, Thu' ('lun., jeu.') in the window's language."""
    short = QLocale.FormatType.ShortFormat
    return ", ".join(QLocale().dayName(d + 1, short) for d in sorted(days))


EntryRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class WaitlistRow:
    entry: WaitlistEntry
    patient: str
    service: str
    providers: str

    @property
    def when(self) -> str:
        e = self.entry
        any_day = QCoreApplication.translate("WaitlistModel", "any day")
        parts = [days_text(e.days) if e.days else any_day]
        if e.time_of_day is not None:
            parts.append(_tr(str(TIME_OF_DAY[e.time_of_day])))
        if e.earliest or e.latest:
            span = QCoreApplication.translate("WaitlistModel", "%1 to %2")
            parts.append(
                arg(
                    span,
                    short_date(e.earliest) if e.earliest else "…",
                    short_date(e.latest) if e.latest else "…",
                )
            )
        return ", ".join(parts)


def rows_of(named: list[tuple[WaitlistEntry, str]], reference: Reference) -> list[WaitlistRow]:
    rows = []
    for entry, patient in named:
        service = next(
            (s.name for s in reference.services_of(entry.account) if s.id == entry.service_id),
            entry.service_id or QCoreApplication.translate("WaitlistModel", "Any service"),
        )
        providers = [reference.provider(entry.account, p) for p in sorted(entry.provider_ids)]
        anyone = QCoreApplication.translate("WaitlistModel", "Any provider")
        names = ", ".join(p.name for p in providers if p is not None) or anyone
        rows.append(WaitlistRow(entry, patient, service, names))
    return rows


class WaitlistModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[WaitlistRow] = []

    def set_rows(self, rows: list[WaitlistRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == EntryRole:
            return row.entry
        if role == Qt.ItemDataRole.DisplayRole:
            patient = arg(self.tr("%1 (urgent)"), row.patient) if row.entry.urgent else row.patient
            since = short_date(row.entry.added_at.date())
            cells = (patient, row.service, row.providers, row.when, since)
            return cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.entry.note or None
        return None


class WaitlistPane(QWidget):
    shown = Signal()  # a read was drawn (tests wait for it)
    add_requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.all_rows: list[WaitlistRow] = []
        self._generation = 0
        self.model = WaitlistModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Waitlist"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.service = QComboBox()
        self.service.setAccessibleName(self.tr("Filter by service"))
        self.provider = QComboBox()
        self.provider.setAccessibleName(self.tr("Filter by provider"))
        self.urgent = QCheckBox(self.tr("Urgent only"))
        for box in (self.service, self.provider):
            box.currentIndexChanged.connect(self._filter)
        self.urgent.toggled.connect(self._filter)
        filters = QHBoxLayout()
        filters.addWidget(self.service, 1)
        filters.addWidget(self.provider, 1)
        filters.addWidget(self.urgent)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.remove_button.setEnabled(self.selected() is not None)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._fill_filters()
        self.relay = FeedRelay(workspace.feed, self)
        self.relay.changed.connect(self._data_changed)
        self.reload()

    def _fill_filters(self) -> None:
        reference = self.workspace.reference
        for box, label, items in (
            (self.service, self.tr("Any service"), reference.services_of()),
            (self.provider, self.tr("Any provider"), reference.providers_of()),
        ):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(label, None)
            for item in items:
                box.addItem(item.name, (item.account, item.id))
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation

        def read(named: list[tuple[WaitlistEntry, str]]) -> None:
            if generation == self._generation and alive(self):
                self.all_rows = rows_of(named, self.workspace.reference)
                self._filter()
                self.shown.emit()

        def failed(error: FrontdeskError) -> None:
            if generation == self._generation and alive(self):
                self.status.setText(
                    arg(self.tr("Could not read the waitlist: %1"), error_text(error))
                )

        tasks.run(desk.named_waitlist(self.workspace), read, failed)

    def _data_changed(self, changes: Changes) -> None:
        if changes.reference:
            self._fill_filters()
        if changes.waitlist or changes.reference or changes.any_patient:
            self.reload()

    def _filter(self) -> None:
        service, provider = self.service.currentData(), self.provider.currentData()
        rows = [
            r
            for r in self.all_rows
            if (service is None or (r.entry.account, r.entry.service_id) == tuple(service))
            and (
                provider is None
                or (r.entry.account == provider[0] and provider[1] in r.entry.provider_ids)
                or (r.entry.account == provider[0] and not r.entry.provider_ids)
            )
            and (not self.urgent.isChecked() or r.entry.urgent)
        ]
        self.model.set_rows(rows)
        self.remove_button.setEnabled(False)
        total = len(self.all_rows)
        self.status.setText(
            self.tr("Nobody is waiting for an earlier time.")
            if not total
            else arg(
                self.tr("%1 of %2 waiting, urgent and longest waiting first."), len(rows), total
            )
        )

    def selected(self) -> WaitlistEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        entry = rows[0].data(EntryRole)
        return entry if isinstance(entry, WaitlistEntry) else None

    def remove_selected(self) -> None:
        entry = self.selected()
        if entry is None or entry.id is None:
            return
        self.remove_button.setEnabled(False)
        tasks.run(desk.remove_from_waitlist(self.workspace, entry.id))
