"""`frontdesk patients add | edit`: a new patient, or new details for one, through the outbox.

A new patient is found by search at once and can be booked while its write waits (the booking
waits for it). An edit sends every field: those not given keep their cached values; an empty
value ("--phone ''") clears one.
"""

from __future__ import annotations

import argparse
import asyncio
import re
from datetime import date
from typing import Any

from frontdesk.cli.common import CliError, ExitCode, Result, running, store
from frontdesk.cli.lookup import find_patient
from frontdesk.cli.writes import outcome_result, patient_json, send_options
from frontdesk.domain.models import Patient, PatientDraft
from frontdesk.domain.search_terms import parse_date
from frontdesk.sync.facade.desk import CommandResult, CreatePatient, EditPatient, Workspace

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
OLDEST = date(1900, 1, 1)


def register(actions: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    writes = [common, send_options()]
    add = actions.add_parser(
        "add",
        parents=writes,
        help="create a patient at the vendor (stored in the outbox, then sent)",
        description="Create a patient in one account. Birth dates: 1990-05-16 or 16/05/1990.",
    )
    add.add_argument("--account", required=True, metavar="NAME")
    add.add_argument("--first", required=True, metavar="NAME", help="first name")
    add.add_argument("--last", required=True, metavar="NAME", help="last name")
    _detail_arguments(add)
    add.set_defaults(handler=add_patient)

    edit = actions.add_parser(
        "edit",
        parents=writes,
        help="change a patient's name, birth date, phone or e-mail",
        description="Change patient ID (the id `patients search --json` prints). Fields not "
        "given keep their values; an empty value clears a phone, e-mail or birth date. "
        "--account is needed only when two accounts have a patient with that id.",
    )
    edit.add_argument("id", metavar="ID")
    edit.add_argument("--account", metavar="NAME")
    edit.add_argument("--first", metavar="NAME", help="first name")
    edit.add_argument("--last", metavar="NAME", help="last name")
    _detail_arguments(edit)
    edit.set_defaults(handler=edit_patient)


def _detail_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--phone", metavar="NUMBER")
    parser.add_argument("--email", metavar="ADDRESS")
    parser.add_argument("--birth-date", metavar="DATE", help="1990-05-16 or 16/05/1990")


# -- what was typed --------------------------------------------------------------------------------
def _name(text: str, flag: str) -> str:
    name = text.strip()
    if not name:
        raise CliError(f"{flag}: a name cannot be empty", ExitCode.USAGE, "invalid_name")
    return name


def _birth(text: str, today: date) -> date | None:
    if not text.strip():
        return None
    born = parse_date(text)
    if born is None:
        raise CliError(
            f"--birth-date: {text!r} is not a date; use 1990-05-16 or 16/05/1990",
            ExitCode.USAGE,
            "invalid_date",
        )
    if not OLDEST <= born <= today:
        raise CliError(
            f"--birth-date: {born.isoformat()} is not a birth date (in the future, or before "
            f"{OLDEST.year})",
            ExitCode.USAGE,
            "invalid_date",
        )
    return born


def _email(text: str) -> str | None:
    address = text.strip()
    if not address:
        return None
    if not EMAIL.match(address):
        raise CliError(
            f"--email: {text!r} is not an e-mail address", ExitCode.USAGE, "invalid_email"
        )
    return address


def _phone(text: str) -> str | None:
    return text.strip() or None


def _draft(args: argparse.Namespace, today: date, was: Patient | None = None) -> PatientDraft:
    """The fields as typed; when editing, those not given keep `was`'s values."""
    if was is None:
        was = Patient("", "", "", "")
    return PatientDraft(
        _name(args.first, "--first") if args.first is not None else was.first_name,
        _name(args.last, "--last") if args.last is not None else was.last_name,
        _birth(args.birth_date, today) if args.birth_date is not None else was.birth_date,
        _phone(args.phone) if args.phone is not None else was.phone,
        _email(args.email) if args.email is not None else was.email,
    )


# -- add and edit ----------------------------------------------------------------------------------
def add_patient(args: argparse.Namespace) -> Result:
    return asyncio.run(_add(args))


async def _add(args: argparse.Namespace) -> Result:
    async with running(args.account) as workspace:
        draft = _draft(args, workspace.today())
        result = await workspace.execute(CreatePatient(args.account, draft), send=not args.no_send)
        what = f"new patient {draft.first_name} {draft.last_name} in {args.account}"
        return await _report(workspace, result, what, args.json, args.account, None)


def edit_patient(args: argparse.Namespace) -> Result:
    if all(getattr(args, k) is None for k in ("first", "last", "phone", "email", "birth_date")):
        raise CliError(
            "nothing to change: give --first, --last, --phone, --email or --birth-date",
            ExitCode.USAGE,
            "nothing_to_change",
        )
    return asyncio.run(_edit(args))


async def _edit(args: argparse.Namespace) -> Result:
    async with store() as cache:  # the account from the cache; then only it runs
        account = (await find_patient(cache, args.id, args.account)).account
    async with running(account) as workspace:
        patient = await find_patient(workspace, args.id, account)
        draft = _draft(args, workspace.today(), patient)
        result = await workspace.execute(EditPatient(patient, draft), send=not args.no_send)
        what = f"changes to patient {args.id} in {account}"
        return await _report(workspace, result, what, args.json, account, patient)


async def _report(
    workspace: Workspace,
    result: CommandResult,
    what: str,
    as_json: bool,
    account: str,
    was: Patient | None,
) -> Result:
    """The patient as it stands now: the vendor's record when sent, the cached (pending) copy
    while it waits, the unchanged record after a refused edit."""
    shown = result.patient
    if shown is None and result.entry is not None and result.entry.target_id:
        shown = await workspace.patient(result.entry.account, result.entry.target_id)
    if shown is None and was is not None:
        shown = await workspace.patient(was.account, was.id) or was
    record = ("patient", patient_json(shown, workspace.vendor_of(account)) if shown else None)
    return outcome_result(result, what, record, as_json=as_json)
