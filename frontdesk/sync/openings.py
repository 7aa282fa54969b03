"""Openings across every matching account.

Where the vendor has its own availability search (Capability.OPENINGS) frontdesk asks it; where
it has none, or the search fails (offline, quota spent), openings are computed from the cached
book and the account's working hours. Each Opening says which: source "vendor" or "computed".

Working hours are an assumption for most vendors (their APIs do not publish them): weekdays
08:30-12:30 and 13:30-18:00 unless the account's `working_hours` option says otherwise.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from frontdesk.connectors.base import PartialOpenings
from frontdesk.domain.blockouts import blocked
from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.models import Capability, Opening, Provider, Service
from frontdesk.domain.openings import (
    DEFAULT_WORKING_HOURS,
    BadWorkingHours,
    Interval,
    OpeningFilter,
    TimeOfDay,
    WorkingHours,
    compute_openings,
    occupies,
    overlaps,
)
from frontdesk.sync.holds import held_busy
from frontdesk.sync.workspace import Workspace

log = logging.getLogger("frontdesk.sync")

WORKING_HOURS_OPTION = "working_hours"
TOD_HOURS = {TimeOfDay.MORNING: (0, 12), TimeOfDay.AFTERNOON: (12, 17), TimeOfDay.EVENING: (17, 24)}
NEXT_AVAILABLE_WINDOWS = (7, 14, 39)  # days searched in turn by "next available" (60 in all)


@dataclass(frozen=True)
class OpeningSearch:
    """What the receptionist asked for. Empty sets mean "any"."""

    first_day: date
    days: int = 7
    services: tuple[Service, ...] = ()  # one name may stand for a service in several accounts
    minutes: int | None = None  # by length, when no service is chosen
    providers: frozenset[tuple[str, str]] = frozenset()  # (account, provider id)
    locations: frozenset[tuple[str, str]] = frozenset()  # (account, location id)
    weekdays: frozenset[int] = frozenset()  # 0 = Monday
    times_of_day: frozenset[TimeOfDay] = frozenset()
    limit: int = 500

    @property
    def last_day(self) -> date:
        return self.first_day + timedelta(days=max(1, self.days) - 1)

    def later(self, days_on: int, days: int) -> OpeningSearch:
        return OpeningSearch(
            self.first_day + timedelta(days=days_on),
            days,
            self.services,
            self.minutes,
            self.providers,
            self.locations,
            self.weekdays,
            self.times_of_day,
            self.limit,
        )


@dataclass
class OpeningsFound:
    openings: list[Opening] = field(default_factory=list)
    # account -> {"vendor", "computed"}: how that account's openings were found.
    sources: dict[str, set[str]] = field(default_factory=dict)
    # account -> a sentence for the user (why computed, what failed). No patient data.
    notes: dict[str, str] = field(default_factory=dict)
    truncated: bool = False
    searched_days: int = 0


@dataclass(frozen=True)
class _Target:
    account: str
    service: Service | None
    minutes: int
    providers: tuple[Provider, ...]
    narrowed: bool  # the receptionist chose providers or locations


class OpeningsFinder:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    # -- what the cache knows ------------------------------------------------------------------
    def working_hours(self, account: str) -> tuple[WorkingHours, str]:
        """The account's hours, and a note when its `working_hours` option cannot be read."""
        stored = self.workspace.reference.account(account)
        text = stored.options.get(WORKING_HOURS_OPTION, "") if stored else ""
        if not text.strip():
            return DEFAULT_WORKING_HOURS, ""
        try:
            return WorkingHours.parse(text), ""
        except BadWorkingHours as exc:
            return DEFAULT_WORKING_HOURS, f"working hours setting ignored ({exc})"

    def zones(self) -> dict[tuple[str, str], ZoneInfo]:
        """Each provider's clinic zone (resolved by the reference snapshot, as everywhere)."""
        reference = self.workspace.reference
        return {(p.account, p.id): reference.zone_of(p) for p in reference.providers}

    def _targets(self, search: OpeningSearch) -> list[_Target]:
        providers = self.workspace.providers()
        narrowed = bool(search.providers or search.locations)

        def chosen(p: Provider) -> bool:
            if search.providers and (p.account, p.id) not in search.providers:
                return False
            return not search.locations or (p.account, p.location_id or "") in search.locations

        targets = []
        if search.services:
            for service in search.services:
                offered = [
                    p
                    for p in providers
                    if p.account == service.account
                    and (not service.provider_ids or p.id in service.provider_ids)
                    and chosen(p)
                ]
                if offered:
                    targets.append(
                        _Target(service.account, service, service.minutes, tuple(offered), narrowed)
                    )
        elif search.minutes:
            accounts: dict[str, list[Provider]] = {}
            for p in providers:
                if chosen(p):
                    accounts.setdefault(p.account, []).append(p)
            targets = [
                _Target(account, None, search.minutes, tuple(ps), narrowed)
                for account, ps in accounts.items()
            ]
        return targets

    # -- searching --------------------------------------------------------------------------
    async def find(self, search: OpeningSearch) -> OpeningsFound:
        found = OpeningsFound(searched_days=search.days)
        targets = self._targets(search)
        if not targets:
            return found
        zones = self.zones()
        now = self.workspace.clock.now()
        search = self._from_each_clinics_today(search, targets, zones, now)
        wanted = OpeningFilter(search.weekdays, search.times_of_day, now)
        results = await asyncio.gather(
            *(self._find_one(t, search, zones, wanted, found) for t in targets)
        )
        merged = sorted(
            (o for batch in results for o in batch),
            key=lambda o: (o.start, o.account, o.provider_id),
        )
        found.truncated = len(merged) > search.limit
        found.openings = merged[: search.limit]
        return found

    def _from_each_clinics_today(
        self,
        search: OpeningSearch,
        targets: list[_Target],
        zones: dict[tuple[str, str], ZoneInfo],
        now: datetime,
    ) -> OpeningSearch:
        """A search from "today" means each clinic's own today: a clinic behind the home zone
        (Brussels seen from Sydney) still has the rest of its day, which starts the search a
        day earlier there. What is already past is dropped by the filter on `now`."""
        if search.first_day != self.workspace.today():
            return search
        home = self.workspace.zone()
        earliest = min(
            now.astimezone(zones.get((p.account, p.id), home)).date()
            for t in targets
            for p in t.providers
        )
        behind = (search.first_day - earliest).days
        return search.later(-behind, search.days + behind) if behind > 0 else search

    async def next_available(self, search: OpeningSearch) -> OpeningsFound:
        """The earliest openings from `search.first_day` on, widening the range until found."""
        offset = 0
        found = OpeningsFound()
        for days in NEXT_AVAILABLE_WINDOWS:
            found = await self.find(search.later(offset, days))
            offset += days
            found.searched_days = offset
            if found.openings:
                break
        return found

    async def _find_one(
        self,
        target: _Target,
        search: OpeningSearch,
        zones: dict[tuple[str, str], ZoneInfo],
        wanted: OpeningFilter,
        found: OpeningsFound,
    ) -> list[Opening]:
        service = target.service
        connector = self.workspace.connectors.get(target.account)
        notes: list[str] = []
        if service is not None and connector is not None and connector.can(Capability.OPENINGS):
            try:
                openings = await self._vendor(target, service, search, zones, wanted, notes)
            except FrontdeskError as exc:
                log.info("openings search failed for an account, computing instead: %s", exc)
                notes.append(f"its search failed ({exc}); computed from the cached book instead")
            else:
                found.sources.setdefault(target.account, set()).add("vendor")
                if notes:  # some of the vendor's searches were refused: say which
                    found.notes[target.account] = _joined(notes)
                return openings
        elif service is not None and connector is not None:
            notes.append(connector.why_not(Capability.OPENINGS))
        hours, problem = self.working_hours(target.account)
        if problem:
            notes.append(problem)
        if notes:
            found.notes[target.account] = _joined(notes)
        found.sources.setdefault(target.account, set()).add("computed")
        return await self.workspace.worker.run(self._computed, target, search, hours, zones, wanted)

    def _range(
        self, target: _Target, search: OpeningSearch, zones: dict[tuple[str, str], ZoneInfo]
    ) -> tuple[datetime, datetime]:
        """From the first local midnight to the last, over the target's clinic zones."""
        home = self.workspace.zone()
        used = {zones.get((p.account, p.id), home) for p in target.providers}
        start = min(datetime.combine(search.first_day, time(0), z) for z in used)
        end = max(datetime.combine(search.last_day + timedelta(days=1), time(0), z) for z in used)
        return start, end

    async def _vendor(
        self,
        target: _Target,
        service: Service,
        search: OpeningSearch,
        zones: dict[tuple[str, str], ZoneInfo],
        wanted: OpeningFilter,
        notes: list[str],
    ) -> list[Opening]:
        now = self.workspace.clock.now()
        start, end = self._range(target, search, zones)
        ids = [p.id for p in target.providers] if target.narrowed else []
        openings: list[Opening] = []
        # Vendors return the first N free times only, so ask for the wanted days and times
        # rather than filter a week of Wednesday mornings afterwards.
        for window_start, window_end in self._vendor_windows(target, search, zones):
            window_start = max(window_start, now)
            window_end += timedelta(minutes=target.minutes)  # a visit may end after the window
            if window_end > window_start:
                try:
                    openings.extend(
                        await self.workspace.openings(service, window_start, window_end, ids)
                    )
                except PartialOpenings as exc:  # what the searches it could make found
                    openings.extend(exc.openings)
                    notes.append(exc.message)
        pending = await self.workspace.worker.run(self._pending, target.account, start, end)
        # The vendor does not know frontdesk's blockouts: its openings inside one are dropped.
        stored = await self.workspace.worker.run(self.workspace.cache.blockouts, target.account)
        allowed = {p.id for p in target.providers}
        home = self.workspace.zone()
        out: dict[tuple[str, datetime], Opening] = {}
        for o in openings:
            zone = zones.get((o.account, o.provider_id), home)
            local_day = o.start.astimezone(zone).date()
            if (
                o.provider_id in allowed
                and search.first_day <= local_day <= search.last_day
                and wanted.accepts(o.start, zone)
                and not overlaps(o, pending.get(o.provider_id, ()))
                and not blocked(stored, o.account, o.provider_id, o.start, o.end)
            ):
                out[(o.provider_id, o.start)] = o
        return list(out.values())

    def _vendor_windows(
        self, target: _Target, search: OpeningSearch, zones: dict[tuple[str, str], ZoneInfo]
    ) -> list[Interval]:
        """The wanted weekdays and times of day as few, merged ranges to ask the vendor for."""
        home = self.workspace.zone()
        used = {zones.get((p.account, p.id), home) for p in target.providers}
        parts = sorted(
            {TOD_HOURS[t] for t in search.times_of_day} or {(0, 24)}
        )  # hours of the day, merged below when adjacent
        windows: list[Interval] = []
        for zone in used:
            day = search.first_day
            while day <= search.last_day:
                if not search.weekdays or day.weekday() in search.weekdays:
                    midnight = datetime.combine(day, time(0), zone)
                    for first, last in parts:
                        windows.append(
                            (
                                (midnight + timedelta(hours=first)).astimezone(UTC),
                                (midnight + timedelta(hours=last)).astimezone(UTC),
                            )
                        )
                day += timedelta(days=1)
        merged: list[Interval] = []
        for a, b in sorted(windows):
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        return merged

    def _pending(self, account: str, start: datetime, end: datetime) -> dict[str, list[Interval]]:
        """Our own writes the vendor has not confirmed yet: its search cannot know them."""
        out: dict[str, list[Interval]] = {}
        for a in self.workspace.cache.appointments_between(start, end, account):
            if a.pending and occupies(a):
                out.setdefault(a.provider_id, []).append((a.start, a.end))
        return out

    def _computed(
        self,
        target: _Target,
        search: OpeningSearch,
        hours: WorkingHours,
        zones: dict[tuple[str, str], ZoneInfo],
        wanted: OpeningFilter,
    ) -> list[Opening]:
        """Runs on the cache worker thread: reads the book, subtracts it from working hours."""
        start, end = self._range(target, search, zones)
        busy: dict[str, list[Interval]] = {}
        for a in self.workspace.cache.appointments_between(start, end, target.account):
            if occupies(a):
                busy.setdefault(a.provider_id, []).append((a.start, a.end))
        # At a clinic desk, time another desk holds or is booking is busy too.
        claimed = held_busy(self.workspace, self.workspace.cache, target.account, start, end)
        for provider_id, spans in claimed.items():
            busy.setdefault(provider_id, []).extend(spans)
        stored = self.workspace.cache.blockouts(target.account)
        for provider in target.providers:  # a blockout is busy time too
            held = blocked(stored, target.account, provider.id, start, end)
            busy.setdefault(provider.id, []).extend(span for _, span in held)
        home = self.workspace.zone()
        out: list[Opening] = []
        for provider in target.providers:
            out.extend(
                compute_openings(
                    account=target.account,
                    provider_id=provider.id,
                    service_id=target.service.id if target.service else "",
                    minutes=target.minutes,
                    hours=hours,
                    zone=zones.get((provider.account, provider.id), home),
                    first_day=search.first_day,
                    last_day=search.last_day,
                    busy=busy.get(provider.id, []),
                    wanted=wanted,
                )
            )
        return out


def services_named(services: Sequence[Service], name: str) -> tuple[Service, ...]:
    """Every account's service of that name (case and spacing ignored)."""
    key = " ".join(name.split()).casefold()
    return tuple(s for s in services if " ".join(s.name.split()).casefold() == key)


def _joined(notes: list[str]) -> str:
    """One note as it is (a domain `Text` stays translatable by the window), several joined."""
    return notes[0] if len(notes) == 1 else "; ".join(notes)
