"""`frontdesk sync [--account NAME]`: pull the vendors' data into the cache, headless."""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from frontdesk.cli.common import (
    ExitCode,
    Result,
    as_cli_error,
    running,
    say,
    server_url,
    store,
    stored_account,
    table,
)
from frontdesk.domain.errors import FrontdeskError
from frontdesk.sync.facade import accounts as admin
from frontdesk.sync.facade import clinic
from frontdesk.sync.facade.desk import Workspace


def register(commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    sync = commands.add_parser(
        "sync",
        parents=[common],
        help="fetch reference data, patients and appointments into the cache",
        description="Sync every account (or one): reference data, patients (incrementally after "
        "the first time) and the appointment window. Exits 1 when any account failed.",
    )
    sync.add_argument("--account", metavar="NAME", help="only this account")
    sync.set_defaults(handler=run_sync)


async def _sync(only: str | None) -> list[dict[str, Any]]:
    # No account configured (or no such account): NoSuchAccount, exit 2 "no_account". One
    # account that cannot start (a hand-edited address...) is reported, and the others sync.
    notes = admin.StartNotes()
    async with running(only, notes) as workspace:
        outcomes = await workspace.sync_all()
        report = [_skipped(s, workspace) for s in notes.skipped]
        for name, outcome in outcomes.items():
            status = workspace.status(name)
            assert status is not None  # it has just synced
            failed = isinstance(outcome, FrontdeskError)
            entry: dict[str, Any] = {
                "account": name,
                "vendor": status.vendor,
                "ok": not failed,
                "health": status.health.value,
                "fetched": {} if failed else dict(status.fetched),
                "requests": admin.requests_sent(workspace, name),
                "requests_left_today": workspace.requests_left(name),
                "error": None,
            }
            if isinstance(outcome, FrontdeskError):
                entry["error"] = {"kind": as_cli_error(outcome).kind, "message": str(outcome)}
            report.append(entry)
        return report


def _skipped(skipped: admin.Skipped, workspace: Workspace) -> dict[str, Any]:
    """An account that could not start, in the shape of a failed sync."""
    stored = workspace.reference.account(skipped.account)
    return {
        "account": skipped.account,
        "vendor": stored.vendor if stored is not None else "",
        "ok": False,
        "health": "not started",
        "fetched": {},
        "requests": 0,
        "requests_left_today": None,
        "error": {"kind": as_cli_error(skipped.error).kind, "message": skipped.reason},
    }


async def _ask(only: str | None) -> None:
    async with store() as workspace:
        if only is not None:
            stored_account(workspace, only)
        await clinic.ask_refresh(workspace, only)


def run_sync(args: argparse.Namespace) -> Result:
    if server_url.get() is not None:  # a desk in clinic mode: the agent syncs, when it plans
        asyncio.run(_ask(args.account))
        which = args.account or "every account"
        return Result({"asked": args.account}, f"asked the clinic's agent to refresh {which}")
    report = asyncio.run(_sync(args.account))
    rows = []
    for r in report:
        fetched = r["fetched"]
        left = r["requests_left_today"]
        rows.append(
            [
                r["account"],
                r["vendor"],
                "ok" if r["ok"] else "FAILED",
                *(str(fetched.get(k, "—")) for k in ("reference", "patients", "appointments")),
                str(r["requests"]) + ("" if left is None else f" ({left} left today)"),
            ]
        )
    headers = ["account", "vendor", "sync", "reference", "patients", "appointments", "requests"]
    failed = [r for r in report if not r["ok"]]
    for r in failed:
        say(f"{r['account']}: {r['error']['message']}")
    return Result(report, table(headers, rows), ExitCode.FAILED if failed else ExitCode.OK)
