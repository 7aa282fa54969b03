"""Qt item models over canonical records (each has a pytest-qt model-tester check)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from frontdesk.domain.models import (
    Appointment,
    AppointmentStatus,
    Opening,
    Patient,
    PatientHit,
    Provider,
    Service,
)
from frontdesk.ui.dates import short_day
from frontdesk.ui.i18n import arg

Index = QModelIndex | QPersistentModelIndex
RecordRole = Qt.ItemDataRole.UserRole + 1


def vendor_label(vendor: str) -> str:
    return {
        "progenda": "Progenda",
        "patientnow": "PatientNow",
        "vish": "VISH",
        "pracsuite": "PracSuite",
        "naturaesoft": "Naturaesoft",
        "syncvet": "SyncVet",
    }.get(vendor, vendor)


def patient_summary(patient: Patient) -> str:
    parts = []
    if patient.birth_date:
        parts.append(f"{patient.birth_date:%d/%m/%Y}")
    if patient.phone:
        parts.append(patient.phone)
    return " · ".join(parts)


class PatientResultsModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.hits: list[PatientHit] = []

    def set_hits(self, hits: Sequence[PatientHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        patient = hit.patient
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{patient.last_name.upper()} {patient.first_name}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{patient.display_name}\n{patient_summary(patient)}\n{patient.account} ({vendor_label(hit.vendor)})"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{patient.display_name}, {patient_summary(patient)}, {patient.account}"
        if role == RecordRole:
            return hit
        return None


# Texts translated where shown (context "OpeningsModel").
OPENING_COLUMNS = (
    str(QT_TRANSLATE_NOOP("OpeningsModel", "When")),
    str(QT_TRANSLATE_NOOP("OpeningsModel", "Provider")),
    str(QT_TRANSLATE_NOOP("OpeningsModel", "Service")),
    str(QT_TRANSLATE_NOOP("OpeningsModel", "Account")),
    str(QT_TRANSLATE_NOOP("OpeningsModel", "Found by")),
)
SOURCE_LABEL = {
    "vendor": str(QT_TRANSLATE_NOOP("OpeningsModel", "vendor search")),
    "computed": str(QT_TRANSLATE_NOOP("OpeningsModel", "computed")),
}
SOURCE_TIP = {
    "vendor": str(
        QT_TRANSLATE_NOOP("OpeningsModel", "Found by the vendor's own availability search")
    ),
    "computed": str(
        QT_TRANSLATE_NOOP(
            "OpeningsModel", "Computed by frontdesk from the cached book and the working hours"
        )
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpeningsModel", text) if text else ""


def source_label(source: str) -> str:
    """'vendor search', 'computed' in the window's language."""
    return _tr(SOURCE_LABEL.get(source, source))


def when_text(start: datetime, zone: ZoneInfo, home: ZoneInfo) -> str:
    """Clinic time; the zone's abbreviation when it differs from the workstation's."""
    local = start.astimezone(zone)
    text = f"{short_day(local.date())} · {local:%H:%M}"
    if local.utcoffset() != start.astimezone(home).utcoffset():
        text += f" {local.tzname()}"
    return text


class OpeningsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.openings: list[Opening] = []
        self.providers: dict[tuple[str, str], Provider] = {}
        self.services: dict[tuple[str, str], Service] = {}
        self.zone = ZoneInfo("UTC")
        self.zones: Mapping[tuple[str, str], ZoneInfo] = {}
        self.locations: dict[tuple[str, str], str] = {}
        # Accounts frontdesk cannot book for: their openings are shown as "call to book".
        self.call_to_book: dict[str, str] = {}

    def set_openings(
        self,
        openings: Sequence[Opening],
        providers: Sequence[Provider],
        services: Sequence[Service],
        zone: ZoneInfo,
        zones: Mapping[tuple[str, str], ZoneInfo] | None = None,
        locations: Mapping[tuple[str, str], str] | None = None,
        call_to_book: Mapping[str, str] | None = None,
    ) -> None:
        """`zone` is the workstation's; `zones` each provider's clinic zone (times shown there);
        `locations` the locations' names. Openings are grouped by location (the group with the
        earliest opening first), earliest first within each: a Sydney 09:00 and a Brussels
        09:00 are not neighbours in one list."""
        self.beginResetModel()
        self.providers = {(p.account, p.id): p for p in providers}
        self.services = {(s.account, s.id): s for s in services}
        self.zone = zone
        self.zones = dict(zones or {})
        self.locations = dict(locations or {})
        self.call_to_book = dict(call_to_book or {})
        by_time = sorted(openings, key=lambda o: (o.start, o.account, o.provider_id))
        first: dict[tuple[str, str], int] = {}
        for rank, opening in enumerate(by_time):
            first.setdefault(self.group_of(opening), rank)
        self.openings = sorted(by_time, key=lambda o: first[self.group_of(o)])  # stable
        self.endResetModel()

    def location_of(self, opening: Opening) -> str:
        provider = self.providers.get((opening.account, opening.provider_id))
        location = provider.location_id if provider is not None else None
        return self.locations.get((opening.account, location or ""), "")

    def group_of(self, opening: Opening) -> tuple[str, str]:
        """The opening's group: its location (or account), and its zone."""
        return (self.location_of(opening) or opening.account, self.zone_of(opening).key)

    @property
    def grouped(self) -> bool:
        return len({self.group_of(o) for o in self.openings}) > 1

    def heading(self, row: int) -> str | None:
        """The group's heading above `row` when it starts a group (and there are several)."""
        if not 0 <= row < len(self.openings) or not self.grouped:
            return None
        opening = self.openings[row]
        where, zone = self.group_of(opening)
        if row and self.group_of(self.openings[row - 1]) == (where, zone):
            return None
        # The abbreviation only: the full zone name would push the location's name off a
        # narrow pane (it is in each opening's tooltip and in the clinic's settings).
        return f"{where} · {opening.start.astimezone(self.zone_of(opening)):%Z}"

    def drop(self, gone: Callable[[Opening], bool]) -> int:
        """Remove the openings that are gone (taken meanwhile), row by row so a selection
        elsewhere in the list stays where it is. Returns how many went."""
        removed = 0
        for row in range(len(self.openings) - 1, -1, -1):
            if gone(self.openings[row]):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.openings[row]
                self.endRemoveRows()
                removed += 1
        return removed

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.openings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(OPENING_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if (
            role == Qt.ItemDataRole.DisplayRole
            and horizontal
            and 0 <= section < len(OPENING_COLUMNS)
        ):
            return self.tr(OPENING_COLUMNS[section])
        return None

    def zone_of(self, opening: Opening) -> ZoneInfo:
        return self.zones.get((opening.account, opening.provider_id), self.zone)

    def provider_name(self, opening: Opening) -> str:
        provider = self.providers.get((opening.account, opening.provider_id))
        return provider.name if provider else opening.provider_id

    def service_text(self, opening: Opening) -> str:
        service = self.services.get((opening.account, opening.service_id))
        if service is None:
            return f"{opening.minutes} min" if not opening.service_id else opening.service_id
        return f"{service.name} ({opening.minutes} min)"

    def when(self, opening: Opening) -> str:
        return when_text(opening.start, self.zone_of(opening), self.zone)

    def source_text(self, opening: Opening) -> str:
        if opening.account in self.call_to_book:
            return self.tr("call to book")
        return source_label(opening.source)

    def sentence(self, opening: Opening) -> str:
        return arg(
            self.tr("%1 with %2, %3, %4, %5"),
            self.when(opening),
            self.provider_name(opening),
            self.service_text(opening),
            opening.account,
            self.source_text(opening),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.openings):
            return None
        opening = self.openings[index.row()]
        if role == RecordRole:
            return opening
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.sentence(opening)
        if role == Qt.ItemDataRole.ToolTipRole:
            where = self.location_of(opening) or opening.account
            zone = arg(self.tr("%1: times in %2"), where, self.zone_of(opening).key)
            tip = f"{self.sentence(opening)}\n{zone}\n{_tr(SOURCE_TIP.get(opening.source, ''))}"
            if opening.account in self.call_to_book:
                call = self.tr("Call the clinic to book it: %1")
                tip += "\n" + arg(call, self.call_to_book[opening.account])
            return tip
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return self.when(opening)
        if column == 1:
            return self.provider_name(opening)
        if column == 2:
            return self.service_text(opening)
        if column == 3:
            return opening.account
        if column == 4:
            return self.source_text(opening)
        return None


STATUS_WORD = {
    AppointmentStatus.CANCELLED: QT_TRANSLATE_NOOP("VisitsModel", "cancelled"),
    AppointmentStatus.NOSHOW: QT_TRANSLATE_NOOP("VisitsModel", "no-show"),
    AppointmentStatus.ARRIVED: QT_TRANSLATE_NOOP("VisitsModel", "arrived"),
    AppointmentStatus.CHECKED_IN: QT_TRANSLATE_NOOP("VisitsModel", "checked in"),
    AppointmentStatus.FULFILLED: QT_TRANSLATE_NOOP("VisitsModel", "seen"),
    AppointmentStatus.PENDING: QT_TRANSLATE_NOOP("VisitsModel", "waiting to be sent"),
    AppointmentStatus.ENTERED_IN_ERROR: QT_TRANSLATE_NOOP("VisitsModel", "entered in error"),
    AppointmentStatus.WAITLIST: QT_TRANSLATE_NOOP("VisitsModel", "waiting list"),
    AppointmentStatus.PROPOSED: QT_TRANSLATE_NOOP("VisitsModel", "proposed"),
}


@dataclass(frozen=True)
class VisitRow:
    """One appointment of a patient, as the details panel lists it."""

    appointment: Appointment
    provider: str
    service: str
    zone: ZoneInfo

    @property
    def status(self) -> str:
        word = STATUS_WORD.get(self.appointment.status)
        if word is None and self.appointment.pending:
            word = STATUS_WORD[AppointmentStatus.PENDING]
        return QCoreApplication.translate("VisitsModel", str(word)) if word else ""


class VisitsModel(QAbstractListModel):
    """A patient's appointments: one line each, in the clinic's time."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[VisitRow] = []

    def set_rows(self, rows: Sequence[VisitRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            local = row.appointment.start.astimezone(row.zone)
            who = arg(self.tr("with %1"), row.provider) if row.provider else ""
            if row.status:
                who = f"{who} ({row.status})" if who else row.status
            day = QLocale().toString(QDate(local.year, local.month, local.day), "ddd")
            text = f"{day} {local:%d/%m/%Y %H:%M} · {row.service}"
            # Two short lines read better than one long one in a narrow pane.
            return f"{text}\n{who}" if who else text
        if role == Qt.ItemDataRole.ForegroundRole and row.appointment.status in (
            AppointmentStatus.CANCELLED,
            AppointmentStatus.NOSHOW,
            AppointmentStatus.ENTERED_IN_ERROR,
        ):
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == RecordRole:
            return row.appointment
        return None


@dataclass(frozen=True)
class AccountRow:
    name: str
    vendor: str  # the registry key
    label: str  # the vendor as the user reads it
    health: str = ""  # "online", "needs login"... empty when not running


class AccountsModel(QAbstractListModel):
    """The configured accounts: name, vendor and, when running, its health."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[AccountRow] = []

    def set_rows(self, rows: Sequence[AccountRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def row_of(self, name: str) -> int:
        return next((n for n, r in enumerate(self.rows) if r.name == name), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{row.name}\n{row.label}" + (f" · {row.health}" if row.health else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.name} ({row.label})"
        if role == RecordRole:
            return row
        return None
