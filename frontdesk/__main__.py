"""Command line: the GUI by default (`frontdesk`, `--demo`, `--screenshot PATH`), and headless
subcommands for clinic IT and tests (`frontdesk accounts ...`, `sync`, `patients`, ...)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from datetime import datetime

from frontdesk import __version__

GUI_FLAGS = {"demo": "--demo", "screenshot": "--screenshot", "demo_time": "--demo-time"}


def build_parser() -> argparse.ArgumentParser:
    from frontdesk.cli import Parser, register

    parser = Parser(
        prog="frontdesk",
        description="Front-desk scheduling for clinics. With no command, the window opens: the "
        "clinic's accounts, or the built-in demo clinic when none is configured.",
        epilog="Each command takes --json and -v; `frontdesk COMMAND --help` says more. "
        "FRONTDESK_HOME selects the data folder.",
    )
    parser.add_argument("--version", action="version", version=f"frontdesk {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the built-in demo clinic")
    parser.add_argument(
        "--screenshot",
        metavar="PATH",
        help="open the window, wait until today's appointments are drawn, save a PNG and exit",
    )
    parser.add_argument(
        "--demo-time",
        metavar="ISO",
        help="with --demo: pretend it is this moment (e.g. 2026-11-18T10:30-08:00), for screenshots",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="log more (never secrets or patient data)"
    )
    parser.add_argument(
        "--server",
        metavar="URL",
        help="clinic mode: the clinic's PostgreSQL (docs/clinic-server.md) instead of this "
        "computer's cache",
    )
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", title="headless commands (for IT and tests)"
    )
    register(commands)
    return parser


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Raises frontdesk.cli.UsageError on bad arguments (main turns it into exit code 2)."""
    return build_parser().parse_args(argv)


def configure_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    # httpx logs whole URLs, and some vendors put credentials in the query string.
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def _usage_error(error: Exception, wants_json: bool) -> int:
    from frontdesk.cli import UsageError
    from frontdesk.cli.common import dumps

    assert isinstance(error, UsageError)
    error.parser.print_usage(sys.stderr)
    print(f"{error.parser.prog}: error: {error.message}", file=sys.stderr)
    if wants_json:
        print(dumps({"error": {"kind": "usage", "message": error.message}}))
    return 2


# The headless commands. The window is started without importing them (they bring httpx,
# keyring and every connector at import time), which keeps its start fast.
COMMANDS = (
    "accounts",
    "sync",
    "patients",
    "appointments",
    "openings",
    "outbox",
    "waitlist",
    "blockouts",
    "sandbox",
    "agent",
    "demo",
)


def window_parser() -> argparse.ArgumentParser:
    """The window's own flags, for a start that does not build the command-line tree."""
    parser = argparse.ArgumentParser(prog="frontdesk", add_help=False)
    parser.add_argument("--version", action="version", version=f"frontdesk {__version__}")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--screenshot", metavar="PATH")
    parser.add_argument("--demo-time", metavar="ISO")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--server", metavar="URL")
    # Qt's own X11 option (QApplication reads it from sys.argv): `frontdesk demo --clinic`
    # places its two desks side by side with it.
    parser.add_argument("-geometry", metavar="WxH+X+Y", help=argparse.SUPPRESS)
    return parser


def no_window_flags() -> argparse.Namespace:
    """What `window_parser` gives for no arguments at all, the usual start from a desktop
    launcher, without building it (about 2.5 ms of the cold start)."""
    return argparse.Namespace(
        demo=False, screenshot=None, demo_time=None, verbose=False, server=None, geometry=None
    )


def wants_window(arguments: Sequence[str]) -> bool:
    return not any(a in COMMANDS or a in ("-h", "--help") for a in arguments)


LAST_RESORT = (
    "frontdesk: something unexpected went wrong ({kind} at {place}); nothing more was done. "
    "With -v the log shows where it came from."
)


def _place(error: BaseException) -> str:
    """The innermost frame, as file:line (no text of the error: it may quote patient data)."""
    import traceback
    from pathlib import Path

    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return "an unknown place"
    last = frames[-1]
    return f"{Path(last.filename).name}:{last.lineno} in {last.name}"


def main(argv: Sequence[str] | None = None) -> int:
    """Never a traceback for the user: anything a command or the window did not expect is
    logged by type and place (not its text, which may quote patient data) and said in one
    line, exit code 1."""
    try:
        return _main(argv)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # the last resort: every expected failure is handled below it
        from frontdesk.domain.redact import where

        # Every frame for a developer (-v); the user reads one line, never a traceback.
        logging.getLogger("frontdesk").debug("unexpected failure: %s", where(exc))
        print(LAST_RESORT.format(kind=type(exc).__name__, place=_place(exc)), file=sys.stderr)
        return 1


def _main(argv: Sequence[str] | None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments:
        configure_logging(False)
        return run_window(no_window_flags())
    if wants_window(arguments):
        known, unknown = window_parser().parse_known_args(arguments)
        if not unknown:
            configure_logging(known.verbose)
            return run_window(known)
        # Anything else gets the full parser and its usage message.
    from frontdesk.cli import UsageError, execute

    try:
        args = parse(arguments)
    except UsageError as exc:
        return _usage_error(exc, "--json" in arguments)
    configure_logging(args.verbose)
    if args.command is not None:
        given = [flag for dest, flag in GUI_FLAGS.items() if getattr(args, dest)]
        if given:
            print(
                f"frontdesk: {', '.join(given)}: for the window only, not for "
                f"`frontdesk {args.command}`",
                file=sys.stderr,
            )
            return 2
        return execute(args)
    return run_window(args)


def run_window(args: argparse.Namespace) -> int:
    demo_time = None
    if args.demo_time:
        try:
            demo_time = datetime.fromisoformat(args.demo_time)
        except ValueError:
            print(
                f"frontdesk: --demo-time: not a date and time: {args.demo_time!r}", file=sys.stderr
            )
            return 2
        if demo_time.tzinfo is None:
            print(
                "frontdesk: --demo-time needs a UTC offset, e.g. 2026-11-18T10:30-08:00",
                file=sys.stderr,
            )
            return 2
        if not args.demo:
            print(
                "frontdesk: --demo-time only applies to the demo clinic (--demo)", file=sys.stderr
            )
            return 2
    from frontdesk.ui.launch import run_gui  # Qt is imported only when a window is wanted

    server = getattr(args, "server", None)
    if server is None and not args.demo:  # File > Clinic server... saved one
        from frontdesk.sync.clinic_setting import saved_url  # no database driver imported

        server = saved_url()
    if server and args.demo:
        print("frontdesk: --demo and --server: one or the other", file=sys.stderr)
        return 2
    return run_gui(demo=args.demo, screenshot=args.screenshot, demo_time=demo_time, server=server)


if __name__ == "__main__":
    raise SystemExit(main())
