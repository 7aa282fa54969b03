"""`frontdesk waitlist add|list|remove|matches`: the waitlist (issue 15), kept in frontdesk's
own store (no vendor models one), so none of these calls a vendor."""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from frontdesk.cli.common import CliError, ExitCode, Result, clock, parse_day, store, table
from frontdesk.cli.common import stored_account as known_account
from frontdesk.cli.lookup import find_patient, resolve
from frontdesk.cli.times import parse_moment
from frontdesk.domain.reference import Reference
from frontdesk.domain.waitlist import TimeOfDay, WaitlistEntry, format_days, parse_days
from frontdesk.sync.facade import desk


def register(commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "waitlist",
        help="patients waiting for an earlier time (kept in frontdesk, not at the vendor)",
        description="The waitlist: patients who want an earlier appointment. When a slot "
        "frees, the entries that fit it are offered urgent first, then longest waiting.",
    )
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")

    add = actions.add_parser("add", parents=[common], help="put a patient on the waitlist")
    add.add_argument("--account", required=True, metavar="NAME")
    add.add_argument("--patient", required=True, metavar="ID", help="the vendor's patient id")
    add.add_argument("--service", metavar="SERVICE", help="id or name; default: any")
    add.add_argument(
        "--provider",
        action="append",
        default=[],
        metavar="PROVIDER",
        help="id or name, may be repeated; default: any provider",
    )
    add.add_argument("--days", default="", metavar="mon,tue", help="default: any day")
    add.add_argument("--time", choices=[t.value for t in TimeOfDay], help="default: any time")
    add.add_argument("--from", dest="earliest", metavar="YYYY-MM-DD", help="not before")
    add.add_argument("--until", dest="latest", metavar="YYYY-MM-DD", help="not after")
    add.add_argument("--urgent", action="store_true", help="offered before the others")
    add.add_argument("--note", default="", metavar="TEXT")
    add.set_defaults(handler=add_entry)

    listing = actions.add_parser("list", parents=[common], help="the entries, in offer order")
    listing.add_argument("--account", metavar="NAME")
    listing.set_defaults(handler=list_entries)

    remove = actions.add_parser("remove", parents=[common], help="take an entry off")
    remove.add_argument("id", type=int, metavar="ID", help="as `waitlist list` shows it")
    remove.set_defaults(handler=remove_entry)

    matches = actions.add_parser(
        "matches", parents=[common], help="the entries that fit a slot, in offer order"
    )
    matches.add_argument("--account", required=True, metavar="NAME")
    matches.add_argument("--provider", required=True, metavar="PROVIDER")
    matches.add_argument(
        "--start", required=True, metavar="YYYY-MM-DDTHH:MM", help="the provider's local time"
    )
    matches.set_defaults(handler=list_matches)


def _data(entry: WaitlistEntry, reference: Reference) -> dict[str, Any]:
    service = next(
        (s for s in reference.services_of(entry.account) if s.id == entry.service_id), None
    )
    providers = [reference.provider(entry.account, p) for p in sorted(entry.provider_ids)]
    return {
        "id": entry.id,
        "account": entry.account,
        "patient_id": entry.patient_id,
        "service_id": entry.service_id,
        "service": service.name if service else None,
        "provider_ids": sorted(entry.provider_ids),
        "providers": [p.name if p else None for p in providers],
        "days": format_days(entry.days).split(",") if entry.days else [],
        "time": entry.time_of_day.value if entry.time_of_day else None,
        "earliest": entry.earliest,
        "latest": entry.latest,
        "urgent": entry.urgent,
        "note": entry.note,
        "added_at": entry.added_at,
    }


def _shown(entries: list[WaitlistEntry], reference: Reference, empty: str) -> Result:
    data = [_data(e, reference) for e in entries]
    if not data:
        return Result([], empty)
    rows = [
        [
            str(d["id"]),
            d["account"],
            d["patient_id"],
            d["service"] or d["service_id"] or "any",
            ", ".join(n or i for n, i in zip(d["providers"], d["provider_ids"], strict=True))
            or "any",
            ",".join(d["days"]) or "any",
            d["time"] or "any",
            "urgent" if d["urgent"] else "",
        ]
        for d in data
    ]
    headers = ["id", "account", "patient", "service", "providers", "days", "time", "urgent"]
    return Result(data, table(headers, rows))


async def _add(args: argparse.Namespace) -> tuple[WaitlistEntry, Reference]:
    async with store() as workspace:
        name = known_account(workspace, args.account).name
        reference = workspace.reference
        patient = await find_patient(workspace, args.patient, name)
        service = (
            resolve(args.service, reference.services_of(name), "service", "--service").id
            if args.service
            else None
        )
        providers = frozenset(
            resolve(p, reference.providers_of(name), "provider", "--provider").id
            for p in args.provider
        )
        try:
            days = parse_days(args.days)
        except ValueError as exc:
            raise CliError(f"--days: {exc}", ExitCode.USAGE, "invalid_days") from None
        earliest = parse_day(args.earliest, "--from") if args.earliest else None
        latest = parse_day(args.latest, "--until") if args.latest else None
        if earliest and latest and latest < earliest:
            raise CliError("--until is before --from", ExitCode.USAGE, "invalid_range")
        entry = WaitlistEntry(
            account=name,
            patient_id=patient.id,
            service_id=service,
            added_at=workspace.clock.now(),
            provider_ids=providers,
            days=days,
            time_of_day=TimeOfDay(args.time) if args.time else None,
            earliest=earliest,
            latest=latest,
            urgent=args.urgent,
            note=args.note,
        )
        return await desk.add_to_waitlist(workspace, entry), reference


def add_entry(args: argparse.Namespace) -> Result:
    entry, reference = asyncio.run(_add(args))
    data = _data(entry, reference)
    return Result(data, f"On the waitlist as entry {entry.id}.")


async def _list(account: str | None) -> tuple[list[WaitlistEntry], Reference]:
    async with store() as workspace:
        if account is not None:
            account = known_account(workspace, account).name
        return await desk.waitlist(workspace, account), workspace.reference


def list_entries(args: argparse.Namespace) -> Result:
    entries, reference = asyncio.run(_list(args.account))
    return _shown(entries, reference, "Nobody is on the waitlist.")


async def _remove(entry_id: int) -> bool:
    async with store() as workspace:
        return await desk.remove_from_waitlist(workspace, entry_id)


def remove_entry(args: argparse.Namespace) -> Result:
    if not asyncio.run(_remove(args.id)):
        raise CliError(
            f"no waitlist entry {args.id} (`frontdesk waitlist list` shows them)",
            ExitCode.USAGE,
            "unknown_entry",
        )
    return Result({"removed": args.id}, f"Entry {args.id} is off the waitlist.")


async def _matches(args: argparse.Namespace) -> tuple[list[WaitlistEntry], Reference]:
    async with store() as workspace:
        name = known_account(workspace, args.account).name
        reference = workspace.reference
        provider = resolve(args.provider, reference.providers_of(name), "provider", "--provider")
        start = parse_moment(args.start, "--start", reference.zone_of(provider), clock().now())
        found = await desk.waitlist_matches(workspace, name, provider.id, start)
        return found, reference


def list_matches(args: argparse.Namespace) -> Result:
    entries, reference = asyncio.run(_matches(args))
    return _shown(entries, reference, "Nobody on the waitlist fits that slot.")
