"""`frontdesk openings --account NAME --service S`: free times from the vendor's own search."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from frontdesk.cli.common import CliError, ExitCode, Result, parse_day, running, say, table
from frontdesk.cli.lookup import resolve
from frontdesk.domain.errors import NotSupported
from frontdesk.domain.models import Opening, Provider, Service
from frontdesk.domain.reference import Reference
from frontdesk.sync.facade import accounts as admin

DEFAULT_DAYS = 7
MAX_DAYS = 31  # each vendor call costs quota; a month is more than a front desk looks ahead


def register(commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    openings = commands.add_parser(
        "openings",
        parents=[common],
        help="free times for a service, from the vendor's own search",
        description="Ask the vendor for free times for a service, earliest first. SERVICE and "
        "PROVIDER are ids or names (case does not matter). The range is in local dates, each "
        "provider's location's own: --from defaults to today there, --to to "
        f"{DEFAULT_DAYS - 1} days later.",
    )
    openings.add_argument("--account", required=True, metavar="NAME")
    openings.add_argument("--service", required=True, metavar="SERVICE")
    openings.add_argument("--provider", metavar="PROVIDER", help="only this provider")
    openings.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day")
    openings.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day (included)")
    openings.set_defaults(handler=find_openings)


def _zones(reference: Reference, account: str) -> dict[str, ZoneInfo]:
    """Each provider's zone (their location's)."""
    return {p.id: reference.zone_of(p) for p in reference.providers_of(account)}


def _searched_zones(
    reference: Reference, account: str, chosen: Provider | None, zones: dict[str, ZoneInfo]
) -> list[ZoneInfo]:
    """Whose "today" the dates mean: the chosen provider's location, else each location with a
    provider (not the account's alphabetically first location, a day behind for another)."""
    if chosen is not None:
        return [zones[chosen.id]]
    used = list({z.key: z for z in zones.values()}.values())
    return used or [reference.account_zone(account) or ZoneInfo("UTC")]


Days = dict[str, tuple[date, date]]  # zone name -> first and last local day searched


def _days(args: argparse.Namespace, zone: ZoneInfo, now: datetime) -> tuple[date, date]:
    today = now.astimezone(zone).date()
    first = parse_day(args.start, "--from") if args.start else today
    last = parse_day(args.end, "--to") if args.end else first + timedelta(days=DEFAULT_DAYS - 1)
    if last < first:
        raise CliError("--to is before --from", ExitCode.USAGE, "invalid_range")
    if (last - first).days + 1 > MAX_DAYS:
        raise CliError(
            f"the range is longer than {MAX_DAYS} days; ask for a shorter one",
            ExitCode.USAGE,
            "invalid_range",
        )
    return first, last


def _range(
    args: argparse.Namespace, zones: Sequence[ZoneInfo], now: datetime
) -> tuple[datetime, datetime, Days]:
    """The local days in each zone, and the instants from the first midnight to the last."""
    days = {zone.key: _days(args, zone, now) for zone in zones}
    start = min(datetime.combine(days[z.key][0], time(0), z) for z in zones)
    end = max(datetime.combine(days[z.key][1] + timedelta(days=1), time(0), z) for z in zones)
    return max(start, now), end, days  # no opening in the past


def _within(opening: Opening, zone: ZoneInfo | None, days: Days) -> bool:
    """On a day searched in its provider's own zone."""
    if zone is None or zone.key not in days:
        return True
    first, last = days[zone.key]
    return first <= opening.start.astimezone(zone).date() <= last


async def _search(
    args: argparse.Namespace,
) -> tuple[list[Opening], Service, dict[str, Provider], dict[str, ZoneInfo], str]:
    name = args.account
    async with running(name) as workspace:
        if not workspace.reference.services_of(name):  # never synced: reference data first
            say(f"{name}: fetching locations, providers and services first")
            await admin.fetch_reference(workspace, name)
        reference = workspace.reference  # renewed once the reference data was stored
        providers = reference.providers_of(name)
        chosen = (
            resolve(args.provider, providers, "provider", "--provider") if args.provider else None
        )
        services = reference.services_of(name)
        if chosen is not None:  # "Follow-up" may be two services; the provider offers one
            offered = [s for s in services if not s.provider_ids or chosen.id in s.provider_ids]
            services = offered or services
        service = resolve(args.service, services, "service", "--service")
        zones = _zones(reference, name)
        searched = _searched_zones(reference, name, chosen, zones)
        start, end, days = _range(args, searched, workspace.clock.now())
        vendor = reference.vendor_of(name)
        try:
            found, note = await workspace.openings_noted(
                service, start, end, [chosen.id] if chosen else []
            )
            if note:
                say(f"{name}: {note}")
        except NotSupported:
            info = admin.vendor(vendor)
            label = info.label if info is not None else vendor
            raise CliError(
                f"{label}'s API has no search for openings, so frontdesk cannot list "
                f"{name}'s openings from the command line",
                ExitCode.FAILED,
                "not_supported",
            ) from None
        found = [o for o in found if _within(o, zones.get(o.provider_id), days)]
        return found, service, {p.id: p for p in providers}, zones, vendor


def find_openings(args: argparse.Namespace) -> Result:
    found, service, providers, zones, vendor = asyncio.run(_search(args))
    out: list[dict[str, Any]] = []
    for o in found:
        zone = zones.get(o.provider_id, ZoneInfo("UTC"))
        provider = providers.get(o.provider_id)
        out.append(
            {
                "account": o.account,
                "vendor": vendor,
                "provider_id": o.provider_id,
                "provider": provider.name if provider else None,
                "service_id": o.service_id,
                "service": service.name,
                "start": o.start.astimezone(zone).isoformat(),
                "end": o.end.astimezone(zone).isoformat(),
                "minutes": o.minutes,
                "timezone": zone.key,
                "source": o.source,
            }
        )
    if not out:
        return Result([], f"No opening for {service.name} in that range.")
    rows = [
        [
            f"{o['start'][:10]} {o['start'][11:16]}–{o['end'][11:16]}",
            o["provider"] or o["provider_id"],
            o["timezone"],
        ]
        for o in out
    ]
    return Result(out, table(["when", "provider", "zone"], rows))
