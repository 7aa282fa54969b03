"""`frontdesk sandbox serve`: the demo clinic's vendor simulators on loopback, until Ctrl+C."""

from __future__ import annotations

import argparse
import asyncio
import shlex
import signal
import sys
from typing import Any

from frontdesk.cli.common import CliError, ExitCode, Result, clock, dumps, say
from frontdesk.sync.facade.accounts import (
    DemoAccount,
    Sandbox,
    SandboxError,
    build_demo,
    loopback_address,
    vendor,
    vendor_keys,
)


def register(commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("sandbox", help="the vendor simulators, for trials and tests")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    serve = actions.add_parser(
        "serve",
        parents=[common],
        help="serve the demo clinic's vendor simulators on this computer",
        description="Serve the demo clinic's simulators over HTTP on a loopback address, one "
        "port per vendor, and print the base URL and demo credentials to give to "
        "`frontdesk accounts add`. Runs until interrupted (Ctrl+C or SIGTERM).",
    )
    serve.add_argument(
        "--vendor",
        action="append",
        choices=vendor_keys(),
        help="only this vendor (repeatable; default: all)",
    )
    serve.add_argument("--host", default="127.0.0.1", help="a loopback address (default 127.0.0.1)")
    serve.add_argument(
        "--port",
        type=int,
        default=0,
        help="first port; the next vendors take the following ones (default: any free ports)",
    )
    serve.set_defaults(handler=serve_sandbox)


def add_command(account: DemoAccount) -> list[str]:
    """The `frontdesk accounts add` arguments that configure this demo account."""
    argv = ["frontdesk", "accounts", "add", account.name, "--vendor", account.vendor]
    argv += ["--base-url", account.base_url]
    for key, value in account.options.items():
        argv += ["--option", f"{key}={value}"]
    for key, value in account.secrets.items():
        argv += ["--secret", f"{key}={value}"]
    return argv


def _describe(sandbox: Sandbox, started_at: str) -> dict[str, Any]:
    return {
        "started_at": started_at,
        "accounts": [
            {
                "name": a.name,
                "vendor": a.vendor,
                "label": _label(a.vendor),
                "base_url": a.base_url,
                "options": a.options,
                "secrets": a.secrets,
                "command": add_command(a),
            }
            for a in sandbox.accounts
        ],
    }


def _label(key: str) -> str:
    info = vendor(key)
    return info.label if info is not None else key


def _text(description: dict[str, Any]) -> str:
    blocks = []
    for a in description["accounts"]:
        blocks.append(
            f"{a['label']}: {a['name']}\n  base URL: {a['base_url']}\n  " + shlex.join(a["command"])
        )
    return "\n\n".join(blocks) + "\n\nDemo data only. Press Ctrl+C to stop."


def serve_sandbox(args: argparse.Namespace) -> Result:
    if not 0 <= args.port <= 65535:
        raise CliError("--port must be between 0 and 65535", ExitCode.USAGE, "invalid_port")
    try:
        asyncio.run(_serve(args))
    except SandboxError as exc:
        raise CliError(str(exc), ExitCode.USAGE, "sandbox") from None
    return Result(None, "")  # everything was printed when the simulators were ready


async def _serve(args: argparse.Namespace) -> None:
    loopback_address(args.host)  # refuse before building anything
    now = clock()
    clinic = build_demo(now, only=set(args.vendor) if args.vendor else None)
    if not clinic.apps:
        raise SandboxError("no simulator for the vendors asked for")
    sandbox = Sandbox(clinic, args.host, args.port)
    loop = asyncio.get_running_loop()
    if sys.platform != "win32":
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, sandbox.stop)
    description = _describe(sandbox, now.now().isoformat())

    def ready() -> None:
        print(dumps(description, one_line=True) if args.json else _text(description), flush=True)
        say("simulators ready")

    try:
        await sandbox.serve(ready)
    except KeyboardInterrupt:  # Windows: no signal handlers on the loop
        sandbox.stop()
    say("simulators stopped")
