"""`frontdesk appointments list --date D`: one day of the book, from the cache, in local time.
(The writes, `book`, `move`, `cancel` and `status`, are in cli/bookings.py.)

Each appointment is shown on its clinic's wall clock (its provider's location), as the day view
draws it: 09:00 is nine in the morning where the appointment takes place.
"""

from __future__ import annotations

import argparse
import asyncio
from datetime import date
from typing import Any

from frontdesk.cli import bookings, history
from frontdesk.cli.common import Result, parse_day, store, stored_account, table
from frontdesk.domain.book import DaySheet
from frontdesk.sync.facade.book import BookOptions, SheetRequest


def register(commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "appointments", help="the appointment book: list a day, book, move, cancel, set status"
    )
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        parents=[common],
        help="one day's appointments (from the cache), in each clinic's local time",
    )
    listing.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    listing.add_argument("--account", metavar="NAME", help="only this account")
    listing.set_defaults(handler=list_appointments)
    bookings.register(actions, common)
    history.register(actions, common)


async def _day(day: date, account: str | None) -> tuple[DaySheet, dict[str, str]]:
    """The day as the book draws it (each column on its clinic's wall clock), cancelled too."""
    async with store() as workspace:
        if account is not None:
            stored_account(workspace, account)
        vendors = {a.name: a.vendor for a in workspace.reference.accounts}
        options = BookOptions(show_cancelled=True, group_by_location=False)
        return await workspace.sheet(SheetRequest(day, options=options)), vendors


def list_appointments(args: argparse.Namespace) -> Result:
    day = parse_day(args.date, "--date")
    sheet, vendors = asyncio.run(_day(day, args.account))
    found: list[dict[str, Any]] = []
    for column in sheet.columns:
        provider = column.provider
        if args.account is not None and provider.account != args.account:
            continue
        for entry in column.entries:
            a = entry.appointment
            found.append(
                {
                    "account": a.account,
                    "vendor": vendors.get(a.account, ""),
                    "id": a.id,
                    "start": a.start.astimezone(column.zone).isoformat(),
                    "end": a.end.astimezone(column.zone).isoformat(),
                    "timezone": column.zone.key,
                    "location": column.location,
                    "provider_id": provider.id,
                    "provider": provider.name,
                    "service_id": a.service_id,
                    "service": entry.service,
                    "patient_id": a.patient_id,
                    "patient": entry.patient if a.patient_id else None,
                    "status": a.status.value,
                    "vendor_status": a.vendor_status,
                    "confirmed": a.confirmed_at is not None,
                    "pending": a.pending,
                }
            )
    found.sort(key=lambda x: (x["account"], x["location"], x["start"], x["provider"]))
    return Result(found, _text(found, day.isoformat()))


def _text(found: list[dict[str, Any]], day: str) -> str:
    if not found:
        return f"No appointment in the cache on {day} (run `frontdesk sync` first?)."
    blocks = []
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for a in found:
        groups.setdefault((a["account"], a["location"], a["timezone"]), []).append(a)
    for (account, location, zone), items in groups.items():
        heading = f"{account} — {location or 'no location'} ({zone}), {day}"
        rows = [
            [
                f"{a['start'][11:16]}–{a['end'][11:16]}",
                a["provider"],
                a["service"] or "",
                a["patient"] or "—",
                a["status"] + (" (pending)" if a["pending"] else ""),
            ]
            for a in items
        ]
        body = table(["time", "provider", "service", "patient", "status"], rows)
        blocks.append(heading + "\n" + "\n".join("  " + line for line in body.splitlines()))
    return "\n\n".join(blocks)
