"""Fresh openings offered with a "just taken at Desk 2" refusal (issue 14 item 5): the next free
times of the same provider for the same service (or length), from the time asked for, computed
from the clinic's book with every desk's claims subtracted (a desk asks no vendor)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.models import Opening
from frontdesk.sync.commands import Book, Command
from frontdesk.sync.commands.appointments import Move
from frontdesk.sync.openings import OpeningSearch, OpeningsFinder
from frontdesk.sync.workspace import Workspace

OFFERED = 5  # openings offered with the refusal (the CLI prints the first 3)
SEARCHED_DAYS = 14


async def fresh_openings(workspace: Workspace, command: Command) -> tuple[Opening, ...]:
    """The next openings after the refused time; none when the command names no provider."""
    if isinstance(command, Book):
        r = command.request
        account, provider, service_id, start, minutes = (
            r.account, r.provider_id, r.service_id, r.start, r.end - r.start,
        )  # fmt: skip
    elif isinstance(command, Move):
        before = command.before
        provider = command.provider_id or (before.provider_id if before else "")
        account, start, minutes = command.account, command.start, command.end - command.start
        service_id = (before.service_id if before else None) or ""
    else:
        return ()
    if not provider:
        return ()
    service = next(
        (s for s in workspace.services() if s.account == account and s.id == service_id), None
    )
    if service is not None and timedelta(minutes=service.minutes) != minutes:
        service = replace(service, minutes=int(minutes.total_seconds() // 60))
    finder = OpeningsFinder(workspace)
    local = start.astimezone(finder.zones().get((account, provider), workspace.zone()))
    search = OpeningSearch(
        first_day=local.date(),
        days=SEARCHED_DAYS,
        services=(service,) if service is not None else (),
        minutes=None if service is not None else int(minutes.total_seconds() // 60),
        providers=frozenset({(account, provider)}),
        limit=OFFERED * 4,
    )
    try:
        found = await finder.find(search)
    except FrontdeskError:
        return ()
    return tuple(o for o in found.openings if o.start >= start)[:OFFERED]
