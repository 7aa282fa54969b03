"""The clinic's reference data as one immutable snapshot: accounts, locations, providers and
services, with the answers every view needs from them (a provider's wall clock, a location's name,
the home zone). The sync layer reads it off the GUI thread and swaps it whole after a change, so
the window reads it freely without touching the store.

A provider's time zone is resolved here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from frontdesk.domain.accounts import StoredAccount
from frontdesk.domain.models import Location, Provider, Service

UTC_ZONE = ZoneInfo("UTC")


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC_ZONE


@dataclass(frozen=True)
class Reference:
    """The accounts' locations, providers and services, read once per change."""

    accounts: tuple[StoredAccount, ...] = ()
    locations: tuple[Location, ...] = ()
    providers: tuple[Provider, ...] = ()  # accounts' order, then the vendor's
    services: tuple[Service, ...] = ()
    _zones: dict[tuple[str, str], ZoneInfo] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        for loc in self.locations:
            self._zones[(loc.account, loc.id)] = _zone(loc.timezone)

    @classmethod
    def of(
        cls,
        accounts: Sequence[StoredAccount],
        locations: Sequence[Location],
        providers: Sequence[Provider],
        services: Sequence[Service],
    ) -> Reference:
        return cls(tuple(accounts), tuple(locations), tuple(providers), tuple(services))

    # -- accounts ------------------------------------------------------------------------------
    def account(self, name: str) -> StoredAccount | None:
        return next((a for a in self.accounts if a.name == name), None)

    def vendor_of(self, account: str) -> str:
        found = self.account(account)
        return found.vendor if found else ""

    # -- zones ---------------------------------------------------------------------------------
    def zone(self) -> ZoneInfo:
        """The home zone: the first location of the first account (what "today" means here)."""
        for account in self.accounts:
            for location in self.locations:
                if location.account == account.name:
                    return self._zones[(location.account, location.id)]
        return (
            self._zones[(self.locations[0].account, self.locations[0].id)]
            if self.locations
            else UTC_ZONE
        )

    def zone_of_location(self, account: str, location_id: str | None) -> ZoneInfo | None:
        return self._zones.get((account, location_id or ""))

    def account_zone(self, account: str) -> ZoneInfo | None:
        return next((z for (a, _), z in self._zones.items() if a == account), None)

    def zone_of(self, provider: Provider) -> ZoneInfo:
        """The wall clock a provider's column runs on: their location's zone, else their
        account's first location's, else the home zone."""
        return (
            self.zone_of_location(provider.account, provider.location_id)
            or self.account_zone(provider.account)
            or self.zone()
        )

    def today(self, now: datetime) -> date:
        return now.astimezone(self.zone()).date()

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        start = datetime.combine(day, time(0), self.zone())
        return start, start + timedelta(days=1)

    # -- lookups -------------------------------------------------------------------------------
    def providers_of(self, account: str | None = None) -> list[Provider]:
        return [p for p in self.providers if account is None or p.account == account]

    def provider(self, account: str, provider_id: str) -> Provider | None:
        return next(
            (p for p in self.providers if p.account == account and p.id == provider_id), None
        )

    def services_of(self, account: str | None = None) -> list[Service]:
        return [s for s in self.services if account is None or s.account == account]

    def location_name(self, account: str, location_id: str | None) -> str:
        return next(
            (
                loc.name
                for loc in self.locations
                if loc.account == account and loc.id == (location_id or "")
            ),
            "",
        )

    def location_names(self) -> dict[tuple[str, str], str]:
        return {(loc.account, loc.id): loc.name for loc in self.locations}
