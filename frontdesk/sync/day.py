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
    # Each column runs on its clinic's wall clock: 09:00 is nine in the morning there.
    zone: ZoneInfo


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
    """`zone` is the workstation's home zone; each provider's column uses its location's zone."""
    all_locations = cache.locations()
    zones = {(loc.account, loc.id): ZoneInfo(loc.timezone) for loc in all_locations}
    # Wide enough for every zone on earth; each column keeps only its own local day.
    start = datetime.combine(day, time(0), zone) - timedelta(hours=26)
    end = start + timedelta(hours=26 + 24 + 26)
    appointments = cache.appointments_between(start, end)
    services = {(s.account, s.id): s for s in cache.services()}
    locations = {(loc.account, loc.id): loc.name for loc in all_locations}
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
    columns = []
    for p in cache.providers():
        key = (p.account, p.location_id or "")
        column_zone = zones.get(key) or _account_zone(zones, p.account) or zone
        entries = [
            e
            for e in by_provider.get((p.account, p.id), [])
            if e.appointment.start.astimezone(column_zone).date() == day
        ]
        columns.append(DayColumn(p, locations.get(key, ""), entries, column_zone))
    return DaySheet(day, zone, columns)


def _account_zone(zones: dict[tuple[str, str], ZoneInfo], account: str) -> ZoneInfo | None:
    return next((z for (a, _), z in zones.items() if a == account), None)
