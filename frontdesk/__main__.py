"""Command line: the GUI by default (`frontdesk`), `--demo`, `--screenshot PATH`."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from datetime import datetime

from frontdesk import __version__


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="frontdesk",
        description="Front-desk scheduling for clinics. With no account configured, "
        "the built-in demo clinic opens.",
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
    return parser.parse_args(argv)


def configure_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    # httpx logs whole URLs, and some vendors put credentials in the query string.
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    configure_logging(args.verbose)
    from frontdesk.ui.launch import run_gui  # Qt is imported only when a window is wanted

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
    return run_gui(demo=args.demo, screenshot=args.screenshot, demo_time=demo_time)


if __name__ == "__main__":
    raise SystemExit(main())
