"""`frontdesk appointments book ... --repeat weekly|every-2-weeks|monthly (--count N | --until
DATE)`: a recurring series (issue 15 item 2).

Without `--yes` it prints every occurrence with what stands in its way (a past time, a closed
day, a time outside the clinic's hours, what the provider already has then) and books none
(exit 0). With `--yes` it books the occurrences nothing stands in the way of, one outbox write
each; `--include-clashes` also books those that only overlap an appointment or a blockout (a
deliberate double-booking, as the window's "Book anyway"). A past time, a closed day or a time
outside the hours is never booked from here. Exit 1 when the vendor refused one.
"""

from __future__ import annotations

import argparse
from typing import Any
from zoneinfo import ZoneInfo

from frontdesk.cli.common import CliError, ExitCode, Result, parse_day
from frontdesk.cli.writes import appointment_json, entry_json
from frontdesk.domain.models import BookingRequest, Provider
from frontdesk.domain.recurrence import NAMED, BadRule, Rule, expand, named
from frontdesk.sync.facade.desk import (
    CommandResult,
    OccurrenceCheck,
    Outcome,
    Problem,
    Workspace,
    book_series,
    check_times,
    ghost_of,
)


def add_arguments(book: argparse.ArgumentParser) -> None:
    book.add_argument(
        "--repeat",
        choices=list(NAMED),
        help="book a series from --start: prints each occurrence and its clash, books none "
        "unless --yes",
    )
    ends = book.add_mutually_exclusive_group()
    ends.add_argument("--count", type=int, metavar="N", help="appointments in the series")
    ends.add_argument("--until", metavar="YYYY-MM-DD", help="the series' last possible day")
    book.add_argument("--yes", action="store_true", help="book the series (else only shown)")
    book.add_argument(
        "--include-clashes",
        action="store_true",
        help="with --yes, also book the occurrences that overlap an appointment or a blockout",
    )


def wanted(args: argparse.Namespace) -> Rule | None:
    """The series asked for, or None for one appointment (checked before anything runs)."""
    if args.repeat is None:
        if args.count is not None or args.until is not None or args.yes or args.include_clashes:
            raise CliError(
                "--count, --until, --yes and --include-clashes go with --repeat",
                ExitCode.USAGE,
                "invalid_repeat",
            )
        return None
    if args.count is None and args.until is None:
        raise CliError("--repeat needs --count N or --until DATE", ExitCode.USAGE, "invalid_repeat")
    until = parse_day(args.until, "--until") if args.until else None
    try:
        return named(args.repeat, count=args.count, until=until)
    except BadRule as exc:
        raise CliError(f"--repeat: {exc}", ExitCode.USAGE, "invalid_repeat") from exc


async def book(
    workspace: Workspace,
    args: argparse.Namespace,
    rule: Rule,
    request: BookingRequest,
    provider: Provider,
    what: str,
) -> Result:
    reference = workspace.reference
    zone = reference.zone_of(provider)
    try:
        series = expand(rule, request.start, request.end, zone)
    except BadRule as exc:
        raise CliError(f"--repeat: {exc}", ExitCode.USAGE, "invalid_repeat") from exc
    times = [(o.start, o.end) for o in series.occurrences]
    checks = await check_times(workspace, ghost_of(request), times)
    chosen = [c for c in checks if _books(c, args.include_clashes)] if args.yes else []
    results: dict[int, CommandResult] = {}
    series_id = None
    if chosen:
        booked = await book_series(
            workspace,
            request,
            rule,
            [(c.start, c.end) for c in chosen],
            send=not args.no_send,
        )
        series_id = booked.series.id
        results = {c.position: r for c, r in zip(chosen, booked.results, strict=True)}
    rows = []
    for check in checks:
        result = results.get(check.position)
        shown = None
        if result is not None and result.appointment is not None:
            shown = appointment_json(result.appointment, reference)
        rows.append(_row(check, provider.name, zone, result, shown))
    data: dict[str, Any] = {
        "series_id": series_id,
        "rule": rule.text(request.start.astimezone(zone)),
        "repeat": rule.describe(request.start.astimezone(zone)),
        "booked": sum(1 for r in results.values() if r.outcome is not Outcome.REFUSED),
        "skipped": [s.text for s in series.skipped],
        "occurrences": rows,
    }
    refused = any(r.outcome is Outcome.REFUSED for r in results.values())
    return Result(data, _text(data, what, args.yes), ExitCode.FAILED if refused else ExitCode.OK)


def _books(check: OccurrenceCheck, include_clashes: bool) -> bool:
    return check.ok or (include_clashes and set(check.problems) == {Problem.CLASH})


def _row(
    check: OccurrenceCheck,
    provider: str,
    zone: ZoneInfo,
    result: CommandResult | None,
    shown: dict[str, Any] | None,
) -> dict[str, Any]:
    return {
        "position": check.position,
        "start": check.start.astimezone(zone).isoformat(),
        "end": check.end.astimezone(zone).isoformat(),
        "timezone": zone.key,
        "problems": [p.value for p in check.problems],
        "reason": check.reason(provider, zone) or None,
        "outcome": result.outcome.value if result is not None else None,
        "why": (result.reason or None) if result is not None else None,
        "entry": entry_json(result.entry, result.outcome) if result is not None else None,
        "appointment": shown,
    }


def _text(data: dict[str, Any], what: str, booking: bool) -> str:
    lines = [f"Series: {what}, {data['repeat']}."]
    for row in data["occurrences"]:
        when = f"{row['start'][:10]} {row['start'][11:16]}–{row['end'][11:16]}"
        state = row["outcome"] or ("free" if not row["problems"] else "not booked")
        why = f": {row['reason']}" if row["reason"] else ""
        lines.append(f"  {row['position']:>2}. {when} {state}{why}")
        if row["why"]:
            lines.append(f"      {row['why']}")
    for skipped in data["skipped"]:
        lines.append(f"  skipped: {skipped}")
    if booking:
        lines.append(f"Booked {data['booked']} of {len(data['occurrences'])}.")
    else:
        lines.append("Nothing booked: add --yes to book the free ones.")
    return "\n".join(lines)
