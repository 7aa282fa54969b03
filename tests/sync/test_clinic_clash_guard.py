"""Two desks in clinic mode on one clinic database (issue 14 item 5): a Book or a Move claims
its time in the transaction that stores its command row, so of two desks booking the same
provider's overlapping time exactly one row is stored; the other desk is refused, told which
desk took it, and nothing of its write is kept."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from frontdesk.__main__ import main
from frontdesk.domain.models import (
    Appointment,
    AppointmentStatus,
    BookingRequest,
    Location,
    Patient,
    Provider,
    Service,
)
from frontdesk.store.pg.store import PgStore
from frontdesk.sync.commands import Book
from frontdesk.sync.commands.appointments import Move
from frontdesk.sync.commands.result import Outcome
from frontdesk.sync.workspace import HANDED_OFF
from tests.sync.clinic_desks import clinic_desk

NOW = datetime(2026, 3, 1, 8, tzinfo=UTC)
NINE = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def booking(start: datetime, minutes: int, provider: str = "p1") -> Book:
    end = start + timedelta(minutes=minutes)
    return Book(BookingRequest("Clinic", provider, "s1", "pat1", start, end))


def command_rows(conninfo: str) -> list[tuple[str, str]]:
    with psycopg.connect(conninfo) as conn:
        rows = conn.execute("SELECT kind, account FROM outbox ORDER BY id").fetchall()
    return [(str(k), str(a)) for k, a in rows]


def claimed_by(conninfo: str) -> list[str]:
    with psycopg.connect(conninfo) as conn:
        return [str(d) for (d,) in conn.execute("SELECT desk FROM claims ORDER BY id")]


def test_the_second_desk_booking_an_overlapping_time_is_refused_with_the_winners_name(
    conninfo: str,
) -> None:
    async def run() -> None:
        one, two = clinic_desk(conninfo, "Desk 1", NOW), clinic_desk(conninfo, "Desk 2", NOW)
        try:
            first = await one.execute(booking(NINE, 30))
            second = await two.execute(booking(NINE + timedelta(minutes=15), 20))
            other_provider = await two.execute(booking(NINE, 30, provider="p2"))
        finally:
            await one.aclose()
            await two.aclose()
        assert (first.outcome, first.reason) == (Outcome.WAITING, HANDED_OFF)
        assert second.outcome is Outcome.REFUSED
        assert second.reason == "just taken at Desk 1"
        assert second.entry is None
        assert other_provider.outcome is Outcome.WAITING  # another provider's time is free

    asyncio.run(run())
    assert command_rows(conninfo) == [("book", "Clinic"), ("book", "Clinic")]
    assert claimed_by(conninfo) == ["Desk 1", "Desk 2"]


def test_two_desks_booking_at_the_same_instant_store_exactly_one_row(conninfo: str) -> None:
    async def run() -> list[tuple[Outcome, str]]:
        one, two = clinic_desk(conninfo, "Desk 1", NOW), clinic_desk(conninfo, "Desk 2", NOW)
        try:
            # Each desk's store runs on its own cache worker thread: the two transactions race.
            results = await asyncio.gather(
                one.execute(booking(NINE, 30)), two.execute(booking(NINE, 20))
            )
        finally:
            await one.aclose()
            await two.aclose()
        return [(r.outcome, r.reason) for r in results]

    outcomes = asyncio.run(run())
    assert sorted(o for o, _ in outcomes) == [Outcome.REFUSED, Outcome.WAITING]
    (winner,) = claimed_by(conninfo)
    refused = next(reason for o, reason in outcomes if o is Outcome.REFUSED)
    assert refused == f"just taken at {winner}"
    assert command_rows(conninfo) == [("book", "Clinic")]


def test_a_move_onto_another_desks_waiting_booking_is_refused(conninfo: str) -> None:
    seen = Appointment(
        "Clinic", "a7", "p1", NINE + timedelta(hours=2), NINE + timedelta(hours=2, minutes=20),
        AppointmentStatus.BOOKED, patient_id="pat2",
    )  # fmt: skip

    async def run() -> tuple[Outcome, str, Outcome]:
        one, two = clinic_desk(conninfo, "Desk 1", NOW), clinic_desk(conninfo, "Desk 2", NOW)
        try:
            await one.execute(booking(NINE, 30))
            onto = Move.on(seen, NINE + timedelta(minutes=10), NINE + timedelta(minutes=30))
            moved = await two.execute(onto)
            later = Move.on(seen, NINE + timedelta(hours=3), NINE + timedelta(hours=3, minutes=20))
            free = await two.execute(later)
        finally:
            await one.aclose()
            await two.aclose()
        return moved.outcome, moved.reason, free.outcome

    outcome, reason, free = asyncio.run(run())
    assert (outcome, reason) == (Outcome.REFUSED, "just taken at Desk 1")
    assert free is Outcome.WAITING
    assert command_rows(conninfo) == [("book", "Clinic"), ("move", "Clinic")]


def test_the_losing_appointments_book_at_a_clinic_desk_exits_non_zero(
    conninfo: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seed = PgStore(conninfo)
    try:
        seed.save_account("Clinic", "progenda", "https://progenda.example", {})
        seed.replace_reference(
            "Clinic",
            [Location("Clinic", "l1", "Gent", "Europe/Brussels")],
            [Provider("Clinic", "p1", "Joris Van Hecke", "l1")],
            [Service("Clinic", "s1", "Consultation", 20)],
        )
        seed.upsert_patients([Patient("Clinic", "pat1", "Anna", "Peeters")])
    finally:
        seed.close()
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    book = [
        "appointments", "book", "--account", "Clinic", "--provider", "Joris Van Hecke",
        "--service", "Consultation", "--patient", "pat1", "--server", conninfo,
    ]  # fmt: skip

    def run(desk_name: str, start: str) -> tuple[int, str]:
        monkeypatch.setenv("FRONTDESK_DESK", desk_name)
        capsys.readouterr()
        code = main([*book, "--start", f"{tomorrow} {start}"])
        out = capsys.readouterr()
        assert "Traceback" not in out.err, out.err
        return code, out.out + out.err

    code, said = run("Desk 1", "10:00")
    assert code == 0, said
    code, said = run("Desk 2", "10:10")

    assert code != 0
    assert "just taken at Desk 1" in said
    lines = said.splitlines()
    told = lines.index("  the slot was just taken by Desk 1: the next free times are")
    offered = lines[told + 1 : told + 4]  # the next 3, none over Desk 1's 10:00-10:20
    assert len(offered) == 3 and all(line.startswith("    20") for line in offered), said
    assert all(line.endswith("Joris Van Hecke") for line in offered), said
    assert f"    {tomorrow} 10:00" not in said and f"    {tomorrow} 10:10" not in said
    assert command_rows(conninfo) == [("book", "Clinic")]
