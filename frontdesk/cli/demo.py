"""`frontdesk demo --clinic` (`make demo-clinic`): the clinic mode, seen with one command.

A local PostgreSQL in a temporary folder, the sync agent on the demo vendors, and two desk
windows side by side ("Desk 1", "Desk 2": `frontdesk --server URL` with FRONTDESK_DESK, each
with a data folder of its own). A booking made in one appears in the other. Closing both windows
(or Ctrl+C) stops the agent and the server and deletes the database.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from frontdesk.cli.common import CliError, ExitCode, Result, say
from frontdesk.sync.facade import clinic

WIDTH, HEIGHT = 960, 860  # each desk's share of a 1920x1080 screen, side by side


def register(commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    demo = commands.add_parser(
        "demo",
        parents=[common],
        help="the demo clinic in clinic mode: a local PostgreSQL, the sync agent, two desks",
        description="Starts a throw-away PostgreSQL on a free loopback port, the sync agent on "
        "the demo vendors and two desk windows side by side; everything stops when both "
        "windows are closed. (`frontdesk --demo` is the single-desk demo.)",
    )
    demo.add_argument("--clinic", action="store_true", help="clinic mode (the only one here)")
    demo.add_argument(
        "--no-windows",
        action="store_true",
        help="start the server and the agent only, print the address and wait for Ctrl+C "
        "(open desks by hand: FRONTDESK_DESK='Desk 3' frontdesk --server URL)",
    )
    demo.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace) -> Result:
    if not args.clinic:
        raise CliError(
            "demo: say --clinic (the single-desk demo is `frontdesk --demo`)",
            ExitCode.USAGE,
            "usage",
        )
    say("starting a local PostgreSQL and the sync agent on the demo vendors…")
    try:
        return _run(args)
    except clinic.NoServer as exc:  # no server binaries, or initdb/pg_ctl refused
        raise CliError(f"demo: no local PostgreSQL could start: {exc}", ExitCode.FAILED) from None


def _run(args: argparse.Namespace) -> Result:
    with clinic.demo_clinic() as running:
        say(f"clinic server: {running.url} ({running.server.description})")
        say("the agent's first sync of the demo vendors…")
        if not running.agent.wait_rounds(1) or running.agent.error is not None:
            raise CliError("the demo's sync agent did not finish its first sync", ExitCode.FAILED)
        if args.no_windows:
            say("ready; Ctrl+C stops it")
            with contextlib.suppress(KeyboardInterrupt):
                running.agent.wait_rounds(sys.maxsize, timeout=None)
        else:
            _desks(running.url)
    return Result(None, "demo clinic stopped")


def _desks(url: str) -> None:
    """Both desk windows, side by side; returns when both are closed."""
    command = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m"]
    command += [] if getattr(sys, "frozen", False) else ["frontdesk"]
    with tempfile.TemporaryDirectory(prefix="frontdesk-demo-desks-") as homes:
        desks = []
        for index, name in enumerate(clinic.DEMO_DESKS):
            home = Path(homes) / f"desk-{index + 1}"
            home.mkdir()
            env = {**os.environ, "FRONTDESK_DESK": name, "FRONTDESK_HOME": str(home)}
            place = ["-geometry", f"{WIDTH}x{HEIGHT}+{index * WIDTH}+0"]  # Qt's X11 option
            say(f"{name}: opening")
            desks.append(subprocess.Popen([*command, "--server", url, *place], env=env))
        try:
            for desk in desks:
                desk.wait()
        except KeyboardInterrupt:
            for desk in desks:
                desk.terminate()
            for desk in desks:
                desk.wait()
    say("both desks closed: stopping the agent and the server")
