"""`frontdesk blockouts add|list|remove`: breaks, meetings, time off (issue 15). Kept in
frontdesk's own store, and at the vendor where it models one (Progenda: one appointment with a
title and no patient per occurrence, sent at once by `add`, deleted by `remove`; `stored` says
where). `frontdesk openings` and the window's openings never offer a time inside one."""

from __future__ import annotations

import argparse
import asyncio
import re
from typing import Any
from zoneinfo import ZoneInfo

from frontdesk.cli.common import (
    CliError,
    ExitCode,
    Result,
    clock,
    parse_day,
    running,
    store,
    table,
)
from frontdesk.cli.common import stored_account as known_account
from frontdesk.cli.lookup import resolve
from frontdesk.cli.times import parse_moment
from frontdesk.domain.blockouts import Blockout, BlockoutKind, Storage
from frontdesk.domain.reference import Reference
from frontdesk.sync.facade import accounts as admin
from frontdesk.sync.facade import desk


def register(commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "blockouts",
        help="breaks, meetings, time off: times nobody books (at the vendor where it can)",
        description="Blockouts: times of a provider (or of all an account's providers) that "
        "openings leave out and the book shows hatched.",
    )
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", parents=[common], help="block a time")
    add.add_argument("--account", required=True, metavar="NAME")
    who = add.add_mutually_exclusive_group(required=True)
    who.add_argument("--provider", metavar="PROVIDER", help="id or name")
    who.add_argument("--all", action="store_true", help="every provider of the account")
    add.add_argument("--start", required=True, metavar="YYYY-MM-DDTHH:MM", help="local time")
    add.add_argument("--end", required=True, metavar="YYYY-MM-DDTHH:MM", help="local time")
    add.add_argument("--title", default="", metavar="TEXT")
    add.add_argument(
        "--kind", choices=[k.value for k in BlockoutKind], default=BlockoutKind.OTHER.value
    )
    add.add_argument("--colour", metavar="#RRGGBB")
    add.add_argument("--repeat", choices=["weekly"], help="repeat on the same weekday")
    add.add_argument("--until", metavar="YYYY-MM-DD", help="last day of a weekly repeat")
    add.set_defaults(handler=add_blockout)
    listing = actions.add_parser("list", parents=[common], help="the blockouts, by start")
    listing.add_argument("--account", metavar="NAME")
    listing.set_defaults(handler=list_blockouts)
    remove = actions.add_parser("remove", parents=[common], help="remove a blockout")
    remove.add_argument("id", type=int, metavar="ID", help="as `blockouts list` shows it")
    remove.set_defaults(handler=remove_blockout)


def _data(b: Blockout, reference: Reference) -> dict[str, Any]:
    zone = ZoneInfo(b.zone)
    provider = reference.provider(b.account, b.provider_id) if b.provider_id else None
    return {
        "id": b.id,
        "account": b.account,
        "provider_id": b.provider_id,
        "provider": provider.name if provider else None,
        "all_providers": b.provider_id is None,
        "start": b.start.astimezone(zone).isoformat(),
        "end": b.end.astimezone(zone).isoformat(),
        "timezone": b.zone,
        "kind": b.kind.value,
        "title": b.title,
        "colour": b.colour,
        "repeat": "weekly" if b.repeat_until else None,
        "until": b.repeat_until,
        "stored": _stored(b, reference),
        "refused": b.refused or None,
    }


def _stored(b: Blockout, reference: Reference) -> str:
    """ "local", "pending" (its writes wait in the outbox) or the vendor's key ("progenda")."""
    if b.storage is Storage.VENDOR:
        return reference.vendor_of(b.account)
    return b.storage.value


def _where(b: Blockout, reference: Reference) -> str:
    """`stored` in words: "stored at Progenda", "kept on this desk"."""
    vendor = reference.vendor_of(b.account)
    info = admin.vendor(vendor)
    label = info.label if info is not None else vendor
    if b.storage is Storage.VENDOR:
        return f"stored at {label}"
    if b.storage is Storage.PENDING:
        return f"waiting to be stored at {label}"
    if b.refused:
        return f"kept on this desk: {label} refused it ({b.refused})"
    return "kept on this desk"


def _shown(found: list[Blockout], reference: Reference) -> Result:
    data = [_data(b, reference) for b in found]
    if not data:
        return Result([], "No blockouts.")
    rows = [
        [
            str(d["id"]),
            d["account"],
            d["provider"] or d["provider_id"] or "all",
            f"{d['start'][:16].replace('T', ' ')}–{d['end'][11:16]}",
            f"weekly until {d['until']}" if d["repeat"] else "once",
            d["title"] or d["kind"],
            _where(b, reference),
        ]
        for d, b in zip(data, found, strict=True)
    ]
    return Result(
        data, table(["id", "account", "provider", "when", "repeat", "title", "kept"], rows)
    )


async def _add(args: argparse.Namespace) -> tuple[Blockout, Reference]:
    async with running(args.account) as workspace:  # its vendor is sent what it models
        name = known_account(workspace, args.account).name
        reference = workspace.reference
        provider = (
            resolve(args.provider, reference.providers_of(name), "provider", "--provider")
            if args.provider
            else None
        )
        zone = (
            reference.zone_of(provider)
            if provider is not None
            else reference.account_zone(name) or reference.zone()
        )
        now = clock().now()
        start = parse_moment(args.start, "--start", zone, now)
        end = parse_moment(args.end, "--end", zone, now)
        if end <= start:
            raise CliError("--end is not after --start", ExitCode.USAGE, "invalid_range")
        if (args.repeat is None) != (args.until is None):
            raise CliError(
                "--repeat weekly and --until go together", ExitCode.USAGE, "invalid_repeat"
            )
        until = parse_day(args.until, "--until") if args.until else None
        if until is not None and until < start.astimezone(zone).date():
            raise CliError("--until is before --start", ExitCode.USAGE, "invalid_range")
        if args.colour is not None and not re.fullmatch(r"#[0-9A-Fa-f]{6}", args.colour):
            raise CliError("--colour must be #RRGGBB", ExitCode.USAGE, "invalid_colour")
        blockout = Blockout(
            account=name,
            provider_id=provider.id if provider else None,
            start=start,
            end=end,
            zone=zone.key,
            kind=BlockoutKind(args.kind),
            title=args.title,
            colour=args.colour,
            repeat_until=until,
        )
        return await desk.add_blockout(workspace, blockout), reference


def add_blockout(args: argparse.Namespace) -> Result:
    stored, reference = asyncio.run(_add(args))
    where = _where(stored, reference)
    return Result(_data(stored, reference), f"Blockout {stored.id} added ({where}).")


async def _list(account: str | None) -> tuple[list[Blockout], Reference]:
    async with store() as workspace:
        if account is not None:
            account = known_account(workspace, account).name
        return await desk.blockouts(workspace, account), workspace.reference


def list_blockouts(args: argparse.Namespace) -> Result:
    return _shown(*asyncio.run(_list(args.account)))


async def _remove(blockout_id: int) -> bool:
    async with running() as workspace:  # its occurrences at a vendor are deleted there
        return await desk.remove_blockout(workspace, blockout_id)


def remove_blockout(args: argparse.Namespace) -> Result:
    if not asyncio.run(_remove(args.id)):
        raise CliError(
            f"no blockout {args.id} (`frontdesk blockouts list` shows them)",
            ExitCode.USAGE,
            "unknown_blockout",
        )
    return Result({"removed": args.id}, f"Blockout {args.id} removed.")
