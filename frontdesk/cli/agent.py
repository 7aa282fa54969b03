"""`frontdesk agent --server URL`: the clinic's sync agent, run as a service (see
docs/clinic-server.md and packaging/frontdesk-agent.service). Runs until SIGTERM or Ctrl+C.

With --json it prints one line each time it starts leading and after each round (the accounts'
health, never patient data), for tests and monitoring."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
from typing import Any

from frontdesk.cli.common import CliError, ExitCode, Result, dumps, say
from frontdesk.sync.facade import clinic


def register(commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    agent = commands.add_parser(
        "agent",
        parents=[common],
        help="the clinic's sync agent (clinic mode: needs --server)",
        description="The only process that talks to the vendors for a clinic database: syncs "
        "every account, sends the desks' writes and answers their refresh requests. A second "
        "agent waits and takes over when the first stops. Vendor secrets come from this "
        "machine's keyring.",
    )
    agent.add_argument(
        "--tick",
        type=float,
        default=clinic.TICK_SECONDS,
        metavar="SECONDS",
        help="seconds between rounds: the longest a desk's write waits before it is sent"
        f" (default {clinic.TICK_SECONDS:g})",
    )
    agent.set_defaults(handler=run_agent)


def run_agent(args: argparse.Namespace) -> Result:
    url = getattr(args, "server", None)
    if not url:
        raise CliError("agent: --server URL is required", ExitCode.USAGE, "usage")
    clinic.parse(url)  # refuse an unsafe address before waiting on anything
    as_json = bool(getattr(args, "json", False))

    def told(agent: clinic.Agent) -> None:
        if as_json:
            line = {"holder": agent.state.holder, "leading": agent.state.leading}
            print(dumps({**line, "accounts": agent.last_health}, one_line=True), flush=True)

    tick = float(getattr(args, "tick", clinic.TICK_SECONDS))
    if not tick > 0:
        raise CliError(
            "agent: --tick must be a positive number of seconds", ExitCode.USAGE, "usage"
        )
    asyncio.run(_run(url, told, tick))
    return Result(None, "")


async def _run(url: str, told: Any, tick: float) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):  # Windows: Ctrl+C raises instead
            loop.add_signal_handler(sig, stop.set)
    say(f"agent on {clinic.describe(url)}: waiting to lead")
    await clinic.run_agent(url, stop, told, tick=tick)
