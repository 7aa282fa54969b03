"""`frontdesk sync [--account NAME]`: pull the vendors' data into the cache, headless."""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from frontdesk.app import open_workspace
from frontdesk.cli.common import (
    CliError,
    ExitCode,
    Result,
    account_configs,
    as_cli_error,
    clock,
    http_client,
    open_cache,
    say,
    table,
)
from frontdesk.domain.errors import FrontdeskError
from frontdesk.store.cache import Cache


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


async def _sync(cache: Cache, only: str | None) -> list[dict[str, Any]]:
    configs = account_configs(cache, only)
    workspace = open_workspace(cache, configs, clock(), http_client())
    try:
        outcomes = await workspace.sync_all()
        report = []
        for name, outcome in outcomes.items():
            coordinator = workspace.coordinators[name]
            failed = isinstance(outcome, FrontdeskError)
            entry: dict[str, Any] = {
                "account": name,
                "vendor": coordinator.status.vendor,
                "ok": not failed,
                "health": coordinator.status.health.value,
                "fetched": {} if failed else dict(coordinator.status.fetched),
                "requests": workspace.connectors[name].http.requests_sent,
                "requests_left_today": coordinator.requests_left,
                "error": None,
            }
            if isinstance(outcome, FrontdeskError):
                entry["error"] = {"kind": as_cli_error(outcome).kind, "message": str(outcome)}
            report.append(entry)
        return report
    finally:
        await workspace.aclose()


def run_sync(args: argparse.Namespace) -> Result:
    cache = open_cache()
    if not cache.accounts():
        raise CliError(
            "no account configured; add one with `frontdesk accounts add`",
            ExitCode.USAGE,
            "no_account",
        )
    report = asyncio.run(_sync(cache, args.account))
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
