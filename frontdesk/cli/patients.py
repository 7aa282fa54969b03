"""`frontdesk patients search QUERY`: the same search as the window's, from the cache only.
(The writes, `add` and `edit`, are in cli/patient_writes.py.)"""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from frontdesk.cli import patient_writes
from frontdesk.cli.common import CliError, ExitCode, Result, store, table
from frontdesk.cli.writes import patient_json
from frontdesk.domain.models import PatientHit

LIMITS = (1, 500)  # more than a screen of names is a search to narrow, not to page through


def register(commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("patients", help="search, add and edit patients")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    search = actions.add_parser(
        "search",
        parents=[common],
        help="find patients by name, phone, birth date or e-mail (from the cache)",
        description="Search every account's cached patients: a surname or first name (accents "
        "and case do not matter), a phone number in any format, a birth date (1990-05-16 or "
        "16/05/1990) or an e-mail address. Run `frontdesk sync` first.",
    )
    search.add_argument("query")
    search.add_argument(
        "--limit",
        type=int,
        default=50,
        help=f"at most this many, {LIMITS[0]} to {LIMITS[1]} (default 50)",
    )
    search.set_defaults(handler=search_patients)
    patient_writes.register(actions, common)


def _row(hit: PatientHit) -> dict[str, Any]:
    return patient_json(hit.patient, hit.vendor)


async def _search(query: str, limit: int) -> list[PatientHit]:
    async with store() as workspace:
        return await workspace.search_patients(query, limit)


def search_patients(args: argparse.Namespace) -> Result:
    low, high = LIMITS
    if not low <= args.limit <= high:
        raise CliError(
            f"--limit must be from {low} to {high} (not {args.limit})",
            ExitCode.USAGE,
            "invalid_limit",
        )
    hits = [_row(h) for h in asyncio.run(_search(args.query, args.limit))]
    if not hits:
        return Result([], "No patient found.")
    rows = [
        [
            f"{h['last_name']}, {h['first_name']}"
            + (f" ({h['owner_name']})" if h["owner_name"] else ""),
            h["birth_date"] or "",
            h["phone"] or "",
            h["email"] or "",
            f"{h['account']} [{h['vendor']}] #{h['id']}",
        ]
        for h in hits
    ]
    return Result(hits, table(["name", "born", "phone", "e-mail", "account"], rows))
