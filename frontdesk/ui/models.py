"""Qt item models over canonical records (each has a pytest-qt model-tester check)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from frontdesk.domain.models import Opening, Patient, Provider, Service
from frontdesk.store.cache import PatientHit

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


OPENING_COLUMNS = ("When", "Provider", "Service", "Account")


class OpeningsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.openings: list[Opening] = []
        self.providers: dict[tuple[str, str], Provider] = {}
        self.services: dict[tuple[str, str], Service] = {}
        self.zone = ZoneInfo("UTC")

    def set_openings(
        self,
        openings: Sequence[Opening],
        providers: Sequence[Provider],
        services: Sequence[Service],
        zone: ZoneInfo,
    ) -> None:
        self.beginResetModel()
        self.openings = sorted(openings, key=lambda o: (o.start, o.account, o.provider_id))
        self.providers = {(p.account, p.id): p for p in providers}
        self.services = {(s.account, s.id): s for s in services}
        self.zone = zone
        self.endResetModel()

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
            return OPENING_COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.openings):
            return None
        opening = self.openings[index.row()]
        if role == RecordRole:
            return opening
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            local = opening.start.astimezone(self.zone)
            return f"{local:%a %d %b  %H:%M}"
        if column == 1:
            provider = self.providers.get((opening.account, opening.provider_id))
            return provider.name if provider else opening.provider_id
        if column == 2:
            service = self.services.get((opening.account, opening.service_id))
            name = service.name if service else opening.service_id
            return f"{name} ({opening.minutes} min)"
        if column == 3:
            source = "vendor search" if opening.source == "vendor" else "computed"
            return f"{opening.account} · {source}"
        return None
