"""What one day of the appointment book holds: columns of providers with their entries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from frontdesk.domain.models import Appointment, AppointmentStatus, Provider
from frontdesk.store.cache import Cache


@dataclass(frozen=True)
class DayEntry:
    appointment: Appointment
    patient: str
    service: str
    colour: str | None


@dataclass(frozen=True)
class DayColumn:
    provider: Provider
    location: str
    entries: list[DayEntry]


@dataclass(frozen=True)
class DaySheet:
    day: date
    zone: ZoneInfo
    columns: list[DayColumn]

    @property
    def start(self) -> datetime:
        return datetime.combine(self.day, time(0), self.zone)

    @property
    def count(self) -> int:
        return sum(len(c.entries) for c in self.columns)


def build_day(cache: Cache, day: date, zone: ZoneInfo, *, show_cancelled: bool = False) -> DaySheet:
    start = datetime.combine(day, time(0), zone)
    end = start + timedelta(days=1)
    appointments = cache.appointments_between(start, end)
    services = {(s.account, s.id): s for s in cache.services()}
    locations = {(loc.account, loc.id): loc.name for loc in cache.locations()}
    wanted = {(a.account, a.patient_id) for a in appointments if a.patient_id}
    names = cache.patient_names(wanted)
    by_provider: dict[tuple[str, str], list[DayEntry]] = {}
    for a in appointments:
        if a.status is AppointmentStatus.CANCELLED and not show_cancelled:
            continue
        service = services.get((a.account, a.service_id or ""))
        entry = DayEntry(
            appointment=a,
            patient=names.get((a.account, a.patient_id or ""), a.title or "—"),
            service=service.name if service else (a.title or ""),
            colour=(service.colour if service else None) or a.colour,
        )
        by_provider.setdefault((a.account, a.provider_id), []).append(entry)
    columns = [
        DayColumn(
            p,
            locations.get((p.account, p.location_id or ""), ""),
            by_provider.get((p.account, p.id), []),
        )
        for p in cache.providers()
    ]
    return DaySheet(day, zone, columns)
