"""`frontdesk demo --clinic` without its windows (issue 14 item 11): the demo's own PostgreSQL,
the agent on the demo vendors and two desk workspaces; a booking at Desk 1 reaches Desk 2's
book through the agent (sent to the simulator, synced back) and the live refresh."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from frontdesk.__main__ import main
from frontdesk.domain.clock import SystemClock
from frontdesk.domain.models import Appointment, AppointmentStatus, BookingRequest
from frontdesk.sync.demo_clinic import demo_clinic
from frontdesk.sync.facade.book import open_clinic_book
from frontdesk.sync.facade.clinic import go_live
from frontdesk.sync.facade.desk import (
    Book,
    OpeningSearch,
    OpeningsFinder,
    Outcome,
    Workspace,
    open_clinic,
)

WAIT_S = 120.0  # the agent's round is a second; the machine is shared and loaded


def desk(url: str, name: str) -> Workspace:
    book = open_clinic_book(SystemClock(), url)
    workspace = open_clinic(SystemClock(), book.cache, book.worker).workspace
    workspace.desk = name
    return workspace


async def booked_at_one_seen_at_two(url: str) -> tuple[Outcome, Appointment | None]:
    one, two = desk(url, "Desk 1"), desk(url, "Desk 2")
    try:
        await go_live(two)
        changed = asyncio.Event()
        two.feed.subscribe(lambda _changes: changed.set())
        now = one.clock.now()
        seen = [
            a
            for a in await one.appointments_between(now, now + timedelta(days=30))
            if a.patient_id and a.service_id and a.status is AppointmentStatus.BOOKED
        ]
        model = seen[0]  # a patient this provider sees, and a service it offers
        service = next(s for s in one.services() if s.id == model.service_id)
        search = OpeningSearch(
            first_day=(now + timedelta(days=1)).date(),
            days=14,
            services=(service,),
            providers=frozenset({(model.account, model.provider_id)}),
            limit=1,
        )
        (free,) = (await OpeningsFinder(one).find(search)).openings
        request = BookingRequest(
            model.account, model.provider_id, service.id, model.patient_id or "",
            free.start, free.start + timedelta(minutes=service.minutes),
        )  # fmt: skip
        result = await one.execute(Book(request))

        def at_two(found: list[Appointment]) -> Appointment | None:
            return next(
                (
                    a
                    for a in found
                    if a.start == request.start
                    and a.provider_id == request.provider_id
                    and a.patient_id == request.patient_id
                    and not a.pending
                ),
                None,
            )

        found = None
        while found is None:
            await asyncio.wait_for(changed.wait(), WAIT_S)
            changed.clear()
            window = await two.appointments_between(request.start, request.end, request.account)
            found = at_two(window)
        return result.outcome, found
    finally:
        await one.aclose()
        await two.aclose()


def test_a_booking_at_desk_1_reaches_desk_2s_book_through_the_demo_clinics_agent() -> None:
    with demo_clinic(only={"progenda"}) as running:
        assert running.agent.wait_rounds(1, WAIT_S), "the agent's first sync did not end"
        outcome, found = asyncio.run(booked_at_one_seen_at_two(running.url))
    assert outcome is Outcome.WAITING  # handed to the agent
    assert found is not None and found.status is AppointmentStatus.BOOKED
    assert running.agent.error is None


def test_demo_without_clinic_says_what_to_type(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 2
    assert "--clinic" in capsys.readouterr().err


def test_demo_clinic_without_a_server_says_so_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from frontdesk.store.pg import local_server

    def none() -> local_server.ServerBinaries:
        raise local_server.NoServer("no PostgreSQL server binaries: install PostgreSQL")

    monkeypatch.setattr(local_server, "find_binaries", none)
    assert main(["demo", "--clinic"]) == 1
    err = capsys.readouterr().err
    assert "no local PostgreSQL could start" in err and "Traceback" not in err
