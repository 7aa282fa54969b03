"""`frontdesk appointments book | move | cancel | status`: the window's appointment writes.

Each is a typed command run by the workspace: stored in the outbox, then sent (unless
--no-send). Names and ids are checked against the cache first, so a typo never reaches a vendor;
times are on the wall clock of the provider's location unless they carry an offset.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from frontdesk.cli import series
from frontdesk.cli.common import CliError, ExitCode, Result, running, store
from frontdesk.cli.lookup import find_appointment, resolve
from frontdesk.cli.times import not_past, parse_moment
from frontdesk.cli.writes import appointment_json, opening_json, outcome_result, send_options
from frontdesk.domain.models import (
    Appointment,
    AppointmentStatus,
    BookingRequest,
    Provider,
    Service,
)
from frontdesk.sync.facade.desk import (
    AppointmentChange,
    Book,
    Cancel,
    CommandResult,
    Confirm,
    MarkArrived,
    MarkNoShow,
    Move,
    Undone,
    UndoStatus,
    Workspace,
)

STATUSES = ("confirmed", "arrived", "noshow", "booked")
TIME_HELP = (
    "YYYY-MM-DDTHH:MM on the clinic's wall clock (the provider's location), "
    "or with an offset (2026-12-02T09:00+01:00)"
)


def register(actions: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    writes = [common, send_options()]
    book = actions.add_parser(
        "book",
        parents=writes,
        help="book an appointment (stored in the outbox, then sent to the vendor)",
        description="Book SERVICE with PROVIDER (ids or names, case does not matter) for a "
        "patient (the id `patients search --json` prints) at --start, on the clinic's wall "
        "clock. The length is the service's. Exit 1 when the vendor refuses (a slot taken: the "
        "free times nearby are listed). With --repeat, a series from --start: every occurrence "
        "is printed with what stands in its way, and none is booked unless --yes.",
    )
    book.add_argument("--account", required=True, metavar="NAME")
    book.add_argument("--provider", required=True, metavar="PROVIDER")
    book.add_argument("--service", required=True, metavar="SERVICE")
    book.add_argument("--start", required=True, metavar="TIME", help=TIME_HELP)
    # Every vendor needs a patient for a booking, so it is asked for here rather than refused later.
    book.add_argument("--patient", required=True, metavar="ID", help="the patient's id")
    book.add_argument("--notes", default="", metavar="TEXT")
    series.add_arguments(book)
    book.set_defaults(handler=book_appointment)

    move = actions.add_parser(
        "move",
        parents=writes,
        help="move an appointment to another time (and provider)",
        description="Move appointment ID (as `appointments list --json` prints it) to --start, "
        "keeping its length. The account is found from the cache; --account is needed only "
        "when two accounts have an appointment with that id.",
    )
    _appointment_arguments(move)
    move.add_argument("--start", required=True, metavar="TIME", help=TIME_HELP)
    move.add_argument("--provider", metavar="PROVIDER", help="another provider (id or name)")
    move.set_defaults(handler=move_appointment)

    cancel = actions.add_parser(
        "cancel", parents=writes, help="cancel an appointment", description="Cancel appointment ID."
    )
    _appointment_arguments(cancel)
    cancel.add_argument("--reason", required=True, metavar="TEXT", help="sent to the vendor")
    cancel.set_defaults(handler=cancel_appointment)

    status = actions.add_parser(
        "status",
        parents=writes,
        help="confirm, mark arrived or no-show, or undo that (booked)",
        description="Set appointment ID's status: confirmed, arrived, noshow, or booked (takes "
        "back an arrival, a no-show or a confirmation).",
    )
    _appointment_arguments(status)
    status.add_argument("status", choices=STATUSES)
    status.set_defaults(handler=set_status)


def _appointment_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help="the appointment's id")
    parser.add_argument(
        "--account", metavar="NAME", help="when two accounts have an appointment with this id"
    )


# -- book ------------------------------------------------------------------------------------------
def book_appointment(args: argparse.Namespace) -> Result:
    return asyncio.run(_book(args))


async def _book(args: argparse.Namespace) -> Result:
    account = args.account
    rule = series.wanted(args)
    async with running(account) as workspace:
        reference = workspace.reference
        provider = resolve(args.provider, reference.providers_of(account), "provider", "--provider")
        service = _service(args.service, reference.services_of(account), provider)
        if service.minutes <= 0:
            raise CliError(
                f"--service: {service.name} has no length at the vendor; book it there",
                ExitCode.USAGE,
                "invalid_service",
            )
        zone = reference.zone_of(provider)
        now = workspace.clock.now()
        start = not_past(parse_moment(args.start, "--start", zone, now), "--start", zone, now)
        patient = await workspace.patient(account, args.patient)
        if patient is None:
            raise CliError(
                f"--patient: no patient {args.patient!r} in {account!r} (`frontdesk patients "
                "search QUERY --json` shows the ids)",
                ExitCode.USAGE,
                "unknown_patient",
            )
        request = BookingRequest(
            account=account,
            provider_id=provider.id,
            service_id=service.id,
            patient_id=patient.id,
            start=start,
            end=start + timedelta(minutes=service.minutes),
            notes=args.notes.strip(),
        )
        what = f"booking of {service.name} with {provider.name} in {account}"
        if rule is not None:
            return await series.book(workspace, args, rule, request, provider, what)
        result = await workspace.execute(Book(request), send=not args.no_send)
        return await _report(workspace, result, what, args.json, booking=True)


def _service(wanted: str, services: list[Service], provider: Provider) -> Service:
    """Among the provider's services first: "Follow-up" may be two services, one per team."""
    offered = [s for s in services if not s.provider_ids or provider.id in s.provider_ids]
    try:
        return resolve(wanted, offered, "service", "--service")
    except CliError as exc:
        if exc.kind != "unknown_service":
            raise
    service = resolve(wanted, services, "service", "--service")  # ambiguous or unknown: said
    raise CliError(
        f"--service: {provider.name} does not offer {service.name} [{service.id}]",
        ExitCode.USAGE,
        "service_not_offered",
    )


# -- changes of an existing appointment ----------------------------------------------------------
Build = Callable[[Workspace, Appointment], AppointmentChange]


async def _change(args: argparse.Namespace, build: Build, what: str) -> Result:
    # The account first, from the cache alone; then only that account runs (its secrets only).
    async with store() as cache:
        account = (await find_appointment(cache, args.id, args.account)).account
    async with running(account) as workspace:
        appointment = await find_appointment(workspace, args.id, account)
        if appointment.status is AppointmentStatus.CANCELLED:
            raise CliError(
                f"appointment {args.id!r} is cancelled; it cannot be changed any more",
                ExitCode.USAGE,
                "cancelled_appointment",
            )
        command = build(workspace, appointment)
        result = await workspace.execute(command, send=not args.no_send)
        what = f"{what} of appointment {args.id} in {account}"
        return await _report(workspace, result, what, args.json, about=appointment)


def move_appointment(args: argparse.Namespace) -> Result:
    def build(workspace: Workspace, a: Appointment) -> AppointmentChange:
        reference = workspace.reference
        provider: Provider | None = reference.provider(a.account, a.provider_id)
        if args.provider is not None:
            provider = resolve(
                args.provider, reference.providers_of(a.account), "provider", "--provider"
            )
        zone = reference.zone_of(provider) if provider else reference.account_zone(a.account)
        if zone is None:
            raise CliError(
                f"{a.account} has no location in the cache; run `frontdesk sync` first",
                ExitCode.USAGE,
                "no_reference",
            )
        # A move may go back in time (a patient seen earlier than booked); bounds still apply.
        start = parse_moment(args.start, "--start", zone, workspace.clock.now())
        other = provider.id if provider is not None and provider.id != a.provider_id else None
        return Move.on(a, start, start + (a.end - a.start), other)

    return asyncio.run(_change(args, build, "move"))


def cancel_appointment(args: argparse.Namespace) -> Result:
    reason = args.reason.strip()
    if not reason:
        raise CliError("--reason: say why it is cancelled", ExitCode.USAGE, "missing_reason")
    return asyncio.run(_change(args, lambda _, a: Cancel.on(a, reason), "cancellation"))


def set_status(args: argparse.Namespace) -> Result:
    def build(workspace: Workspace, a: Appointment) -> AppointmentChange:
        if args.status == "confirmed":
            return Confirm.on(a)
        if args.status == "arrived":
            return MarkArrived.on(a)
        if args.status == "noshow":
            return MarkNoShow.on(a)
        undone = Undone.of(a)
        if undone is None:
            raise CliError(
                f"appointment {a.id} is {a.status.value}, not arrived, no-show or confirmed: "
                "there is nothing to take back",
                ExitCode.USAGE,
                "nothing_to_undo",
            )
        return UndoStatus.on(a, undone)

    return asyncio.run(_change(args, build, f"status {args.status}"))


# -- the result ----------------------------------------------------------------------------------
async def _report(
    workspace: Workspace,
    result: CommandResult,
    what: str,
    as_json: bool,
    *,
    booking: bool = False,
    about: Appointment | None = None,
) -> Result:
    """The appointment as it stands now: the vendor's record when sent, the cached (pending)
    copy while it waits, what the vendor still has after a refused change."""
    reference = workspace.reference
    shown = result.appointment
    if shown is None and result.entry is not None and result.entry.target_id:
        shown = await workspace.appointment(result.entry.account, result.entry.target_id)
    if shown is None and about is not None:  # refused before it was stored: unchanged
        shown = await workspace.appointment(about.account, about.id) or about
    shown_alternatives = booking or bool(result.alternatives)  # a move refused as just taken too
    alternatives = (
        [opening_json(o, reference) for o in result.alternatives] if shown_alternatives else None
    )
    record = ("appointment", appointment_json(shown, reference) if shown else None)
    return outcome_result(result, what, record, as_json=as_json, alternatives=alternatives)
