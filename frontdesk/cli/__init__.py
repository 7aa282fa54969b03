"""Headless commands for clinic IT and for tests: one module per command group.

Every command takes --json (machine-readable output on stdout, messages on stderr) and exits
non-zero on failure; FRONTDESK_HOME selects the data folder. See docs/cli.md.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from frontdesk.cli import (
    accounts,
    agent,
    appointments,
    blockouts,
    demo,
    openings,
    outbox,
    patients,
    sandbox,
    sync,
    waitlist,
)
from frontdesk.cli.common import (
    CliError,
    ExitCode,
    Parser,
    UsageError,
    as_cli_error,
    common_options,
    emit,
    fail,
    server_url,
)
from frontdesk.domain.errors import FrontdeskError

__all__ = ["Parser", "UsageError", "execute", "register"]

GROUPS = (
    accounts,
    sync,
    patients,
    appointments,
    openings,
    outbox,
    waitlist,
    blockouts,
    sandbox,
    agent,
    demo,
)


def register(commands: argparse._SubParsersAction[Any]) -> None:
    common = common_options()
    for group in GROUPS:
        group.register(commands, common)


def execute(args: argparse.Namespace) -> int:
    """Run the chosen command; every expected failure becomes a message and an exit code."""
    as_json = bool(getattr(args, "json", False))
    server_url.set(getattr(args, "server", None))
    try:
        result = args.handler(args)
    except CliError as exc:
        return fail(exc, as_json)
    except FrontdeskError as exc:
        return fail(as_cli_error(exc), as_json)
    except OSError as exc:  # the data folder or the cache file cannot be used
        where = f" ({exc.filename})" if exc.filename else ""
        return fail(CliError(f"{exc.strerror or exc}{where}", ExitCode.FAILED, "os_error"), as_json)
    except KeyboardInterrupt:
        return fail(CliError("interrupted", ExitCode.FAILED, "interrupted"), as_json)
    try:
        emit(result, as_json)
    except BrokenPipeError:  # `frontdesk ... | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return int(result.code)
