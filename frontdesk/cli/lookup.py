"""Finding what a command names: a provider or service by id or name, and an appointment or a
patient by its vendor id, in one account or in the only account that has it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from frontdesk.cli.common import CliError, ExitCode, stored_account
from frontdesk.domain.models import Appointment, Patient
from frontdesk.sync.facade.desk import Workspace


class Named(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...


N = TypeVar("N", bound=Named)
R = TypeVar("R", Appointment, Patient)


def resolve(wanted: str, items: Sequence[N], what: str, flag: str) -> N:
    """By id first, then by name, ignoring case; an ambiguous name lists the ids to choose."""
    by_id = [i for i in items if i.id == wanted]
    if by_id:
        return by_id[0]
    folded = wanted.strip().casefold()
    by_name = [i for i in items if i.name.casefold() == folded]
    if len(by_name) == 1:
        return by_name[0]
    if by_name:
        ids = ", ".join(f"{i.id} ({i.name})" for i in by_name)
        raise CliError(
            f"{flag}: several {what}s are called {wanted!r}; give one of these ids: {ids}",
            ExitCode.USAGE,
            f"ambiguous_{what}",
        )
    known = "; ".join(f"{i.name} [{i.id}]" for i in items[:40]) or "none in the cache"
    more = f" and {len(items) - 40} more" if len(items) > 40 else ""
    raise CliError(
        f"{flag}: no {what} {wanted!r} in this account ({what}s: {known}{more})",
        ExitCode.USAGE,
        f"unknown_{what}",
    )


def _accounts(workspace: Workspace, account: str | None) -> list[str]:
    if account is not None:
        return [stored_account(workspace, account).name]
    return [a.name for a in workspace.reference.accounts]


def _one(found: list[R], what: str, wanted: str, account: str | None, hint: str) -> R:
    """Ids are the vendors' own: two accounts may both have an appointment 1234."""
    if len(found) == 1:
        return found[0]
    if found:
        names = ", ".join(repr(r.account) for r in found)
        raise CliError(
            f"{what} {wanted!r} exists in several accounts ({names}); say which with --account",
            ExitCode.USAGE,
            f"ambiguous_{what}",
        )
    where = f" of {account!r}" if account is not None else ""
    raise CliError(
        f"no {what} {wanted!r} in the cache{where} ({hint})", ExitCode.USAGE, f"unknown_{what}"
    )


async def find_appointment(
    workspace: Workspace, appointment_id: str, account: str | None
) -> Appointment:
    found = [
        a
        for name in _accounts(workspace, account)
        if (a := await workspace.appointment(name, appointment_id)) is not None
    ]
    hint = "`frontdesk appointments list --json` shows the ids; `frontdesk sync` refreshes them"
    return _one(found, "appointment", appointment_id, account, hint)


async def find_patient(workspace: Workspace, patient_id: str, account: str | None) -> Patient:
    found = [
        p
        for name in _accounts(workspace, account)
        if (p := await workspace.patient(name, patient_id)) is not None
    ]
    hint = "`frontdesk patients search QUERY --json` shows the ids"
    return _one(found, "patient", patient_id, account, hint)
