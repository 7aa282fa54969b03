"""Command line: the GUI by default (`frontdesk`), `--demo`, `--screenshot PATH`."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

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

    return run_gui(demo=args.demo, screenshot=args.screenshot)


if __name__ == "__main__":
    raise SystemExit(main())
