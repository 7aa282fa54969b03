"""What the appointment book shows: columns of entries for a day (a column per provider) or a
week (a column per day, one provider), with each column's working hours and pending writes.

Built from the cache only, so the book is instant and readable when a vendor is down.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from frontdesk.domain.accounts import StoredAccount
from frontdesk.domain.book import BookMode as BookMode
from frontdesk.domain.book import DayColumn as DayColumn
from frontdesk.domain.book import DayEntry as DayEntry
from frontdesk.domain.book import DaySheet as DaySheet
from frontdesk.domain.book import ProviderKey as ProviderKey
from frontdesk.domain.layout import overlapping
from frontdesk.domain.models import Appointment, AppointmentStatus, Provider
from frontdesk.domain.openings import DEFAULT_WORKING_HOURS, BadWorkingHours, WorkingHours
from frontdesk.domain.reference import Reference
from frontdesk.sync.outbox_records import OutboxEntry, read_entries

if TYPE_CHECKING:
    from frontdesk.store.protocol import Store

log = logging.getLogger("frontdesk.sync")

# Vendors do not all publish working hours: an account's `working_hours` option says them
# ("mon-fri 08:30-12:30 13:30-18:00; sat 09:00-12:00"), else the book assumes the default
# (the hours the demo clinics keep). Closed time is shaded.
HOURS_OPTION = "working_hours"
WAITING_STATES = frozenset({"queued", "unknown"})


def account_hours(accounts: Store | Iterable[StoredAccount]) -> dict[str, WorkingHours]:
    """Each account's working hours: its `working_hours` option, else the default."""
    hours: dict[str, WorkingHours] = {}
    listed = accounts if isinstance(accounts, Iterable) else accounts.accounts()
    for account in listed:
        text = account.options.get(HOURS_OPTION, "").strip()
        try:
            hours[account.name] = WorkingHours.parse(text) if text else DEFAULT_WORKING_HOURS
        except BadWorkingHours as exc:
            log.warning("account %s: working_hours ignored (%s)", account.name, exc)
            hours[account.name] = DEFAULT_WORKING_HOURS
    return hours


@dataclass(frozen=True)
class BookOptions:
    """How the book is asked for: cancelled shown, grouping, providers, waiting writes."""

    show_cancelled: bool = False
    group_by_location: bool = True
    # The providers shown in the day view; None shows everyone.
    providers: Collection[ProviderKey] | None = None
    waiting: Sequence[OutboxEntry] = field(default_factory=tuple)


def apply_waiting(
    appointments: Iterable[Appointment], waiting: Sequence[OutboxEntry]
) -> list[Appointment]:
    """Appointments as they will be once the writes waiting in the outbox are sent, marked
    pending (drawn dashed) until the vendor confirms them. Each write's own command draws it:
    the same effect the outbox gave the cached row when the write was stored."""
    if not waiting:
        return list(appointments)
    from frontdesk.sync.commands import known  # decoded only when a write waits

    changes: dict[tuple[str, str], list[OutboxEntry]] = {}
    for entry in waiting:
        # A kind only a newer frontdesk knows is not drawn (it is still sent by that one).
        if entry.state not in WAITING_STATES or not known(entry.kind):
            continue
        changed = entry.command.changes()
        if changed is not None:
            changes.setdefault((entry.account, changed), []).append(entry)
    out = []
    for a in appointments:
        for entry in changes.get((a.account, a.id), []):
            a = entry.command.apply(a, entry.created_at or a.start)
        out.append(a)
    return out


class _Reader:
    """Reference data read once per build."""

    def __init__(self, cache: Store, zone: ZoneInfo, reference: Reference | None = None) -> None:
        self.cache = cache
        self.home = zone
        self.reference = reference or Reference.of(
            cache.accounts(), cache.locations(), cache.providers(), cache.services()
        )
        self.location_names = self.reference.location_names()
        self.services = {(s.account, s.id): s for s in self.reference.services}
        self.hours = account_hours(self.reference.accounts)

    def zone_of(self, p: Provider) -> ZoneInfo:
        r = self.reference
        return (
            r.zone_of_location(p.account, p.location_id) or r.account_zone(p.account) or self.home
        )

    def location_of(self, p: Provider) -> str:
        return self.location_names.get((p.account, p.location_id or ""), "")

    def entries(
        self, appointments: list[Appointment], options: BookOptions
    ) -> tuple[dict[ProviderKey, list[DayEntry]], dict[ProviderKey, list[Appointment]]]:
        """Entries by provider, and the cancelled appointments left out, by provider."""
        keys = {(a.account, a.patient_id) for a in appointments if a.patient_id}
        names = self.cache.patient_names(keys)
        calls = self.cache.last_calls((a.account, a.id) for a in appointments)
        alerts = self.cache.patient_alerts(keys)
        series = self.cache.series_links((a.account, a.id) for a in appointments)
        shown: dict[ProviderKey, list[DayEntry]] = {}
        hidden: dict[ProviderKey, list[Appointment]] = {}
        for a in apply_waiting(appointments, options.waiting):
            key = (a.account, a.provider_id)
            # A cancellation still waiting to be sent stays visible (dashed) until it is done.
            cancelled = a.status is AppointmentStatus.CANCELLED
            if cancelled and not (options.show_cancelled or a.pending):
                hidden.setdefault(key, []).append(a)
                continue
            service = self.services.get((a.account, a.service_id or ""))
            entry = DayEntry(
                appointment=a,
                patient=names.get((a.account, a.patient_id or ""), a.title or "—"),
                service=service.name if service else (a.title or ""),
                colour=(service.colour if service else None) or a.colour,
                call=calls.get((a.account, a.id)),
                alert=alerts.get((a.account, a.patient_id or "")),
                series=series.get((a.account, a.id)),
            )
            shown.setdefault(key, []).append(entry)
        return shown, hidden

    def column(
        self,
        p: Provider,
        day: date,
        entries: list[DayEntry],
        hidden: list[Appointment],
        *,
        dated: bool,
    ) -> DayColumn:
        zone = self.zone_of(p)
        kept = [e for e in entries if e.appointment.start.astimezone(zone).date() == day]
        left_out = sum(1 for a in hidden if a.start.astimezone(zone).date() == day)
        hours = self.hours.get(p.account, DEFAULT_WORKING_HOURS)
        return DayColumn(
            p,
            self.location_of(p),
            kept,
            zone,
            day if dated else None,
            tuple(hours.intervals(day, zone)),
            left_out,
        )


def provider_zone(cache: Store, provider: Provider, home: ZoneInfo) -> ZoneInfo:
    """The wall clock a provider's column runs on (their location's zone)."""
    return _Reader(cache, home).zone_of(provider)


@dataclass(frozen=True)
class SheetRequest:
    """What the book asks for: a day (a column per provider) or one provider's week."""

    day: date
    mode: BookMode = BookMode.DAY
    options: BookOptions = field(default_factory=lambda: BookOptions())
    provider: ProviderKey | None = None  # whose week


def build_sheet(cache: Store, request: SheetRequest, reference: Reference) -> DaySheet:
    """Run on the cache worker: the sheet with the writes still waiting drawn as pending."""
    options = replace(request.options, waiting=read_entries(cache))
    zone = reference.zone()
    if request.mode is BookMode.WEEK:
        return build_week(
            cache, request.provider or ("", ""), request.day, zone, options, reference
        )
    return build_day(cache, request.day, zone, options=options, reference=reference)


def local_days(first: date, days: int, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """[midnight of `first`, midnight `days` later) on `zone`'s clock (23 or 25 hours across
    a daylight-saving change)."""
    return (
        datetime.combine(first, time(0), zone),
        datetime.combine(first + timedelta(days=days), time(0), zone),
    )


def read_shown(
    cache: Store,
    reader: _Reader,
    providers: Sequence[Provider],
    first: date,
    days: int,
    waiting: Sequence[OutboxEntry],
) -> list[Appointment]:
    """The rows a book of `providers` over `days` local days draws, and no more: a column
    keeps what starts on its own local day, so each (account, zone) reads exactly its days,
    for the providers shown. Plus the rows a waiting write changes (a move may bring one in
    from another day or provider; it is placed after the write applies)."""
    groups: dict[tuple[str, ZoneInfo], list[str]] = {}
    for p in providers:
        groups.setdefault((p.account, reader.zone_of(p)), []).append(p.id)
    rows: dict[tuple[str, str], Appointment] = {}
    for (account, zone), ids in groups.items():
        for a in cache.appointments_starting(*local_days(first, days, zone), account, ids):
            rows[(a.account, a.id)] = a
    for entry in waiting:
        if entry.state not in WAITING_STATES:
            continue
        changed = _changed_id(entry)
        if changed is not None and (entry.account, changed) not in rows:
            found = cache.appointment(entry.account, changed)
            if found is not None:
                rows[(found.account, found.id)] = found
    return sorted(rows.values(), key=lambda a: (a.start, a.end))


def _changed_id(entry: OutboxEntry) -> str | None:
    from frontdesk.sync.commands import known  # decoded only when a write waits

    return entry.command.changes() if known(entry.kind) else None


def build_day(
    cache: Store,
    day: date,
    zone: ZoneInfo,
    *,
    show_cancelled: bool = False,
    options: BookOptions | None = None,
    reference: Reference | None = None,
) -> DaySheet:
    """A column per provider. `zone` is the workstation's home zone; each column uses its
    location's zone."""
    options = options or BookOptions(show_cancelled=show_cancelled, group_by_location=False)
    reader = _Reader(cache, zone, reference)
    providers = list(reader.reference.providers)
    if options.providers is not None:
        wanted = set(options.providers)
        providers = [p for p in providers if (p.account, p.id) in wanted]
    rows = read_shown(cache, reader, providers, day, 1, options.waiting)
    shown, hidden = reader.entries(rows, options)
    if options.group_by_location:
        # Accounts keep their order, locations are sorted by name within an account, and
        # providers keep the vendor's order within their location (a stable sort).
        rank = {account: n for n, account in enumerate(dict.fromkeys(p.account for p in providers))}
        providers = sorted(
            providers, key=lambda p: (rank[p.account], reader.location_of(p).casefold())
        )
    columns = [
        reader.column(p, day, shown.get(k, []), hidden.get(k, []), dated=False)
        for p in providers
        for k in [(p.account, p.id)]
    ]
    return DaySheet(day, zone, columns, BookMode.DAY, options.group_by_location)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def build_week(
    cache: Store,
    provider: ProviderKey,
    day: date,
    zone: ZoneInfo,
    options: BookOptions,
    reference: Reference | None = None,
) -> DaySheet:
    """One provider's week (Monday to Sunday around `day`): a column per day."""
    reader = _Reader(cache, zone, reference)
    found = reader.reference.provider(*provider)
    if found is None:
        return DaySheet(day, zone, [], BookMode.WEEK)
    monday = week_start(day)
    appointments = read_shown(cache, reader, [found], monday, 7, options.waiting)
    # Bucketed after the pending writes apply: a move to another provider leaves this week.
    shown, hidden = reader.entries(appointments, options)
    columns = [
        reader.column(
            found,
            monday + timedelta(days=n),
            shown.get(provider, []),
            hidden.get(provider, []),
            dated=True,
        )
        for n in range(7)
    ]
    return DaySheet(day, zone, columns, BookMode.WEEK)


def clashes(
    cache: Store,
    appointment: Appointment,
    start: datetime,
    end: datetime,
    provider_id: str,
    waiting: Sequence[OutboxEntry] = (),
) -> list[DayEntry]:
    """Live appointments of `provider_id` that [start, end) would overlap (the double-booking
    guard): cancelled and no-show appointments, and the appointment itself, do not count."""
    nearby = apply_waiting(
        cache.appointments_between(start, end, account=appointment.account), waiting
    )
    others = [
        a
        for a in nearby
        if a.provider_id == provider_id
        and a.id != appointment.id
        and a.status not in (AppointmentStatus.CANCELLED, AppointmentStatus.NOSHOW)
    ]
    hits = overlapping(others, start, end)
    names = cache.patient_names({(a.account, a.patient_id) for a in others if a.patient_id})
    services = {(s.account, s.id): s.name for s in cache.services(appointment.account)}
    return [
        DayEntry(
            others[i],
            names.get((others[i].account, others[i].patient_id or ""), others[i].title or "—"),
            services.get((others[i].account, others[i].service_id or ""), others[i].title),
            None,
        )
        for i in hits
    ]
