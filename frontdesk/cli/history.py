"""`frontdesk appointments history ID [--account A]`: what happened to one appointment, oldest
first, on its clinic's wall clock: through frontdesk (which desk and user) or seen at the vendor.
"""

from __future__ import annotations

import argparse
import asyncio
from typing import Any
from zoneinfo import ZoneInfo

from frontdesk.cli.common import CliError, ExitCode, Result, store, stored_account, table
from frontdesk.domain import history
from frontdesk.domain.history import HistoryEntry


def register(actions: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    parser = actions.add_parser(
        "history",
        parents=[common],
        help="one appointment's history: moves, changes, status, through frontdesk or the vendor",
    )
    parser.add_argument("id", metavar="ID", help="the appointment's id")
    parser.add_argument("--account", metavar="NAME", help="the account (else each is looked in)")
    parser.set_defaults(handler=show_history)


async def _read(
    appointment_id: str, account: str | None
) -> tuple[str, list[HistoryEntry], ZoneInfo | None, dict[str, str]]:
    async with store() as workspace:
        reference = workspace.reference
        if account is not None:
            stored_account(workspace, account)
        names = [account] if account is not None else [a.name for a in reference.accounts]
        for name in names:
            found = await workspace.appointment_history(name, appointment_id)
            appointment = await workspace.appointment(name, appointment_id)
            if not found and appointment is None:
                continue
            zone: ZoneInfo | None = reference.account_zone(name)
            if appointment is not None:
                provider = reference.provider(name, appointment.provider_id)
                zone = reference.zone_of(provider) if provider is not None else zone
            words = {p.id: p.name for p in reference.providers_of(name)}
            words.update({s.id: s.name for s in reference.services_of(name)})
            return name, found, zone, words
    raise CliError(
        f"no appointment {appointment_id!r} in the cache", ExitCode.USAGE, "no_appointment"
    )


def show_history(args: argparse.Namespace) -> Result:
    account, found, zone, names = asyncio.run(_read(args.id, args.account))
    rows = [
        {
            "at": (e.at.astimezone(zone) if zone else e.at).isoformat(),
            "kind": e.kind,
            "before": e.before,
            "after": e.after,
            "source": e.source,
            "desk": e.desk,
            "user": e.user,
            "text": history.sentence(e, zone, names),
        }
        for e in found
    ]
    data = {"account": account, "id": args.id, "history": rows}
    if not rows:
        return Result(data, f"No history recorded for {args.id} ({account}).")
    body = table(["when", "what"], [[r["at"][:16].replace("T", " "), r["text"]] for r in rows])
    return Result(data, f"{account} — appointment {args.id}\n{body}")
