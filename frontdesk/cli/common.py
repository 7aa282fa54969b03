"""What every headless command shares: results and errors, exit codes, dates, opening the store.

A handler returns a `Result`: `data` is printed as JSON on stdout with --json, `text` otherwise.
Messages (progress, warnings, errors) always go to stderr, so stdout stays machine-readable.

Commands reach the core through `frontdesk.sync.facade` only, as the window does: a workspace
(the cache alone, or the accounts running) opened and closed inside one `asyncio.run`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum
from typing import Any, NoReturn

from frontdesk.domain.accounts import StoredAccount
from frontdesk.domain.clock import Clock, SystemClock
from frontdesk.domain.errors import (
    AuthFailed,
    FrontdeskError,
    NotSupported,
    RateLimited,
    Unavailable,
)
from frontdesk.sync.facade import accounts as admin
from frontdesk.sync.facade.desk import Workspace

DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1  # the vendor refused, could not be reached, or cannot do this
    USAGE = 2  # bad input: arguments, settings, dates, an unknown account
    NO_KEYRING = 3  # secrets cannot be stored or read: no secure keyring


class CliError(Exception):
    """A failure the user can act on; `kind` is its stable name in --json output."""

    def __init__(self, message: str, code: ExitCode = ExitCode.FAILED, kind: str = "failed"):
        super().__init__(message)
        self.message = message
        self.code = code
        self.kind = kind


class UsageError(Exception):
    """argparse's complaint, raised instead of exiting so --json can report it too."""

    def __init__(self, parser: argparse.ArgumentParser, message: str) -> None:
        super().__init__(message)
        self.parser = parser
        self.message = message


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(self, message)


@dataclass
class Result:
    data: Any
    text: str
    code: ExitCode = ExitCode.OK


Handler = Callable[[argparse.Namespace], Result]


def common_options() -> argparse.ArgumentParser:
    """--json and -v for every command (SUPPRESS keeps a `frontdesk -v sync` from being undone)."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--json", action="store_true", help="machine-readable output on stdout (messages on stderr)"
    )
    parent.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS,
        help="log more on stderr (never secrets or patient data)",
    )
    parent.add_argument(
        "--server",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="clinic mode: the clinic's PostgreSQL (postgresql://user@host/db?sslmode=verify-full; "
        "the password from this computer's keyring) instead of this computer's cache",
    )
    return parent


# -- output ---------------------------------------------------------------------------------------
def _json_default(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def dumps(data: Any, *, one_line: bool = False) -> str:
    indent = None if one_line else 2
    return json.dumps(data, ensure_ascii=False, indent=indent, default=_json_default)


def say(message: str) -> None:
    """A message for the person at the terminal, on stderr."""
    print(f"frontdesk: {message}", file=sys.stderr, flush=True)


def emit(result: Result, as_json: bool) -> None:
    if result.data is None and not result.text:
        return  # the command printed as it went (sandbox serve)
    if as_json:
        print(dumps(result.data), flush=True)
    elif result.text:
        print(result.text, flush=True)


def fail(error: CliError, as_json: bool) -> int:
    say(error.message)
    if as_json:
        print(dumps({"error": {"kind": error.kind, "message": error.message}}), flush=True)
    return int(error.code)


def as_cli_error(exc: FrontdeskError) -> CliError:
    """Typed errors become an exit code and a stable kind; their text is already safe to show."""
    if isinstance(exc, admin.InvalidSettings):
        return CliError(str(exc), ExitCode.USAGE, "invalid_settings")
    if isinstance(exc, admin.NoKeyring):
        return CliError(str(exc), ExitCode.NO_KEYRING, "no_keyring")
    if isinstance(exc, admin.NoSuchAccount):
        return CliError(str(exc), ExitCode.USAGE, "no_account")
    kinds: tuple[tuple[type[FrontdeskError], str], ...] = (
        (admin.MissingSecrets, "missing_secret"),
        (admin.UnknownVendor, "unknown_vendor"),
        (AuthFailed, "auth_failed"),
        (RateLimited, "rate_limited"),
        (Unavailable, "unavailable"),
        (NotSupported, "not_supported"),
    )
    kind = next((k for cls, k in kinds if isinstance(exc, cls)), _snake(type(exc).__name__))
    return CliError(str(exc), ExitCode.FAILED, kind)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Plain aligned columns; the last column is never padded."""
    if not rows:
        return ""
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers) - 1)]
    lines = []
    for row in [headers, *rows]:
        cells = [str(c).ljust(w) for c, w in zip(row, widths, strict=False)]
        lines.append("  ".join([*cells, str(row[-1])]).rstrip())
    return "\n".join(lines)


# -- input ----------------------------------------------------------------------------------------
# The book lives within a few years of today; year 1 or 9999 is a typo (and overflows once
# moved to a clinic's zone). The same bound as times (cli/times.py).
MAX_YEARS = 10


def parse_day(text: str, flag: str, today: date | None = None) -> date:
    example = "use YYYY-MM-DD, e.g. 2026-11-18"
    if not DAY.match(text.strip()):
        raise CliError(f"{flag}: {text!r} is not a date; {example}", ExitCode.USAGE, "invalid_date")
    try:
        day = date.fromisoformat(text.strip())
    except ValueError as exc:
        raise CliError(
            f"{flag}: {text!r} is not a date ({exc}); {example}", ExitCode.USAGE, "invalid_date"
        ) from None
    this_year = (today or clock().now().date()).year
    if abs(day.year - this_year) > MAX_YEARS:
        raise CliError(
            f"{flag}: {text!r} is too far from today; frontdesk takes dates from "
            f"{this_year - MAX_YEARS} to {this_year + MAX_YEARS}",
            ExitCode.USAGE,
            "invalid_date",
        )
    return day


# -- the store and the vendors ----------------------------------------------------------------------
def clock() -> Clock:
    return SystemClock()


def tell(notes: admin.StartNotes) -> None:
    """What opening worked around (a damaged cache moved aside, a setting clamped), on stderr.
    Skipped accounts are told by the command that runs them (`sync` lists them as failed)."""
    if notes.recovery is not None:
        say(notes.recovery.message())
    for line in notes.clamped:
        say(line)


# The clinic server of this command (--server), set once by `frontdesk.cli.execute`.
server_url: ContextVar[str | None] = ContextVar("server_url", default=None)


@asynccontextmanager
async def store(*, network: bool = False) -> AsyncIterator[Workspace]:
    """The cache with no account running (`network`: with a client to test settings with)."""
    notes = admin.StartNotes()
    workspace = admin.open_store(clock(), network=network, notes=notes, server=server_url.get())
    tell(notes)
    try:
        yield workspace
    finally:
        await workspace.aclose()


@asynccontextmanager
async def running(
    only: str | None = None, notes: admin.StartNotes | None = None
) -> AsyncIterator[Workspace]:
    """The configured accounts (or one) running, their secrets read from the keyring. Of
    several, one that cannot start is skipped: it is in `notes.skipped` (else said here).
    In clinic mode (--server) the store alone: writes go to the shared outbox for the agent."""
    if server_url.get() is not None:  # clinic mode: a desk runs no account, the agent does
        async with store() as workspace:
            yield workspace
        return
    told = notes is not None
    notes = notes if notes is not None else admin.StartNotes()
    workspace = admin.open_accounts(clock(), only, notes=notes)
    tell(notes)
    if not told:
        for skipped in notes.skipped:
            say(f"{skipped.account} was not started: {skipped.reason}")
    try:
        yield workspace
    finally:
        await workspace.aclose()


def stored_account(workspace: Workspace, name: str) -> StoredAccount:
    found = workspace.reference.account(name)
    if found is None:
        known = ", ".join(a.name for a in workspace.reference.accounts) or "none configured"
        raise CliError(
            f"no account named {name!r} (accounts: {known})", ExitCode.USAGE, "no_account"
        )
    return found
