"""`frontdesk outbox list | send`: the writes stored and not yet confirmed by their vendor.

`send` sends what waits now, account by account (only the accounts with something waiting run,
each with its own secrets), oldest first. `--timeout` bounds the whole run: a write cut off
mid-send may have reached the vendor, so the outbox asks the vendor before sending it again.
"""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from frontdesk.cli.common import CliError, ExitCode, Result, running, say, store, table
from frontdesk.cli.writes import entry_json
from frontdesk.domain.errors import FrontdeskError, Unavailable
from frontdesk.sync.facade.desk import CommandResult, OutboxEntry, Outcome

TIMED_OUT = (
    "not settled before --timeout; if it was being sent it may have reached the vendor, and "
    "the next send asks the vendor before sending it again"
)


def register(commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("outbox", help="the writes waiting to reach their vendor")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        parents=[common],
        help="every write in the outbox: waiting, or refused and not yet dismissed",
    )
    listing.set_defaults(handler=list_outbox)
    send = actions.add_parser(
        "send",
        parents=[common],
        help="send what waits now; exit 1 if a vendor refused a write",
        description="Send every waiting write now, oldest first, whatever its back-off says. "
        "Each result is reported. Exit 1 if any write was refused (its reason is kept in the "
        "outbox, see `outbox list`).",
    )
    send.add_argument(
        "--timeout", type=float, metavar="SECONDS", help="stop after this long (the whole run)"
    )
    send.set_defaults(handler=send_outbox)


# -- list ------------------------------------------------------------------------------------------
async def _entries() -> list[OutboxEntry]:
    async with store() as workspace:
        return await workspace.outbox_entries()


def list_outbox(args: argparse.Namespace) -> Result:
    entries = [e for e in (entry_json(x) for x in asyncio.run(_entries())) if e is not None]
    if not entries:
        return Result([], "The outbox is empty: every write has reached its vendor.")
    rows = [
        [
            str(e["id"]),
            e["account"],
            e["kind"],
            e["state"],
            str(e["attempts"]),
            (e["created"] or "")[:19].replace("T", " "),
            e["last_error"] or "",
        ]
        for e in entries
    ]
    headers = ["id", "account", "kind", "state", "attempts", "created (UTC)", "last error"]
    return Result(entries, table(headers, rows))


# -- send ------------------------------------------------------------------------------------------
async def _send(seconds: float | None) -> list[CommandResult]:
    waiting = [e for e in await _entries() if e.waiting]
    results: list[CommandResult] = []
    try:
        async with asyncio.timeout(seconds):
            for account in dict.fromkeys(e.account for e in waiting):
                await _send_account(account, waiting, results)
    except TimeoutError:
        pass  # what was cut off is reported waiting below
    reported = {r.entry.id for r in results if r.entry is not None}
    results += [
        CommandResult.waiting(e, Unavailable(TIMED_OUT)) for e in waiting if e.id not in reported
    ]
    order = {e.id: i for i, e in enumerate(waiting)}
    return sorted(results, key=lambda r: order.get(r.entry.id if r.entry else -1, -1))


async def _send_account(
    account: str, waiting: list[OutboxEntry], results: list[CommandResult]
) -> None:
    try:
        async with running(account) as workspace:
            await workspace.send_waiting(account, results.append)
    except FrontdeskError as exc:  # this account cannot run (secrets, settings): its writes wait
        say(f"{account}: {exc}")
        done = {r.entry.id for r in results if r.entry is not None}
        results += [
            CommandResult.waiting(e, exc)
            for e in waiting
            if e.account == account and e.id not in done
        ]


def send_outbox(args: argparse.Namespace) -> Result:
    if args.timeout is not None and not args.timeout > 0:
        raise CliError(
            "--timeout must be a number of seconds above 0", ExitCode.USAGE, "invalid_timeout"
        )
    results = asyncio.run(_send(args.timeout))
    report: list[dict[str, Any]] = [
        {
            "outcome": r.outcome.value,
            "reason": r.reason or None,
            "entry": entry_json(r.entry, r.outcome),
        }
        for r in results
    ]
    counts = {o.value: sum(1 for r in results if r.outcome is o) for o in Outcome}
    data = {**counts, "results": report}
    code = ExitCode.FAILED if counts[Outcome.REFUSED.value] else ExitCode.OK
    for r in results:
        if r.outcome is Outcome.REFUSED and r.entry is not None:
            say(f"entry {r.entry.id} ({r.entry.kind}, {r.entry.account}) refused: {r.reason}")
    if not results:
        return Result(data, "Nothing waits in the outbox.")
    rows = []
    for item in report:
        e = item["entry"] or {}
        row = [str(e.get("id", "")), e.get("account", ""), e.get("kind", "")]
        rows.append([*row, item["outcome"], item["reason"] or ""])
    summary = ", ".join(f"{counts[o.value]} {o.value}" for o in Outcome)
    text = table(["entry", "account", "kind", "outcome", "why"], rows) + f"\n{summary}."
    return Result(data, text, code)
