"""The clash guard the clinic database enforces (issue 14): of two desks booking a provider's
overlapping time at the same instant exactly one wins; a held slot blocks other desks until it
is released or expires and is what they draw as "being booked at Desk 2"; synced overlaps
are refused unless booked anyway."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from frontdesk.domain.errors import SlotJustTaken, SlotOverlaps
from frontdesk.domain.models import Appointment, AppointmentStatus
from frontdesk.store.outbox_table import FAILED
from frontdesk.store.pg.store import PgStore
from tests.support.pg_schema import fresh_schema
from tests.support.pg_server import RunningServer

NINE = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
TEN = NINE + timedelta(hours=1)
RACES = 50


@pytest.fixture
def conninfo(pg_server: RunningServer) -> Iterator[str]:
    with fresh_schema(pg_server.dsn) as info:
        yield info


@pytest.fixture
def desks(conninfo: str) -> Iterator[tuple[PgStore, PgStore]]:
    one, two = PgStore(conninfo), PgStore(conninfo)
    yield one, two
    one.close()
    two.close()


def book(store: PgStore, desk: str, start: datetime, end: datetime, *, anyway: bool = False) -> int:
    """What a desk's Book command does on the clinic database: the outbox row and its claim,
    in one transaction."""
    with store.transaction():
        entry = store.outbox().insert(
            "Clinic",
            "book",
            f"{desk}-{start.isoformat()}",
            {"provider_id": "p1", "start": start.isoformat()},
            0,
            None,
        )
        store.claim_booking(entry, "Clinic", "p1", start, end, desk, book_anyway=anyway)
    return entry


@dataclass
class Outcome:
    won: bool = False
    taken_by: str | None = None


def race(
    desks: tuple[PgStore, PgStore], start: datetime, second_holds: bool = False
) -> dict[str, Outcome]:
    """Desk 1 books [start, +30 min) and Desk 2 books (or holds) [start, +20 min), released
    together."""
    barrier = threading.Barrier(2)
    outcomes = {"Desk 1": Outcome(), "Desk 2": Outcome()}

    def attempt(store: PgStore, desk: str, minutes: int) -> None:
        barrier.wait()
        try:
            if second_holds and desk == "Desk 2":
                store.hold_slot("Clinic", "p1", start, start + timedelta(minutes=minutes), desk)
            else:
                book(store, desk, start, start + timedelta(minutes=minutes))
            outcomes[desk].won = True
        except SlotJustTaken as exc:
            outcomes[desk].taken_by = exc.by_desk

    threads = [
        threading.Thread(target=attempt, args=(desks[0], "Desk 1", 30)),
        threading.Thread(target=attempt, args=(desks[1], "Desk 2", 20)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return outcomes


def test_two_desks_booking_at_the_same_instant_exactly_one_wins(
    desks: tuple[PgStore, PgStore],
) -> None:
    for n in range(RACES):
        outcomes = race(desks, NINE + timedelta(days=n))
        winners = [d for d, o in outcomes.items() if o.won]
        assert len(winners) == 1, n
        loser = next(d for d in outcomes if d not in winners)
        assert outcomes[loser].taken_by == winners[0]
        assert str(SlotJustTaken(winners[0])) == f"just taken at {winners[0]}"
    rows = desks[0].outbox().rows("Clinic")
    assert len(rows) == RACES  # the losers' writes were taken back with their claims
    claims = desks[0].claims_between(NINE, NINE + timedelta(days=RACES))
    assert len(claims) == RACES and {c.kind for c in claims} == {"booking"}


def test_a_hold_and_a_booking_at_the_same_instant_exactly_one_wins(
    desks: tuple[PgStore, PgStore],
) -> None:
    for n in range(RACES // 2):
        outcomes = race(desks, NINE + timedelta(days=n), second_holds=True)
        winners = [d for d, o in outcomes.items() if o.won]
        assert len(winners) == 1, n
        loser = next(d for d in outcomes if d not in winners)
        assert outcomes[loser].taken_by == winners[0]


def test_adjacent_times_and_other_providers_do_not_clash(desks: tuple[PgStore, PgStore]) -> None:
    one, two = desks
    book(one, "Desk 1", NINE, TEN)
    book(two, "Desk 2", TEN, TEN + timedelta(minutes=30))  # [9, 10) then [10, 10:30)
    two.hold_slot("Clinic", "p2", NINE, TEN, "Desk 2")
    assert len(one.claims_between(NINE, TEN + timedelta(hours=1))) == 3


def test_a_hold_blocks_another_desks_booking_until_released(
    desks: tuple[PgStore, PgStore],
) -> None:
    one, two = desks
    hold = two.hold_slot("Clinic", "p1", NINE, TEN, "Desk 2")
    drawn = one.claims_between(NINE, TEN, "Clinic")
    assert [(c.kind, c.desk, c.start, c.end) for c in drawn] == [("hold", "Desk 2", NINE, TEN)]
    with pytest.raises(SlotJustTaken, match="just taken at Desk 2"):
        book(one, "Desk 1", NINE + timedelta(minutes=15), NINE + timedelta(minutes=45))
    with pytest.raises(SlotJustTaken):
        one.hold_slot("Clinic", "p1", NINE, TEN, "Desk 1")  # hold against hold too
    assert one.outbox().rows("Clinic") == []
    two.release_hold(hold)
    book(one, "Desk 1", NINE + timedelta(minutes=15), NINE + timedelta(minutes=45))
    assert [c.desk for c in two.claims_between(NINE, TEN)] == ["Desk 1"]


def test_an_expired_hold_never_blocks_and_is_not_drawn(
    desks: tuple[PgStore, PgStore], conninfo: str
) -> None:
    one, two = desks
    two.hold_slot("Clinic", "p1", NINE, TEN, "Desk 2")
    with psycopg.connect(conninfo, autocommit=True) as conn:  # five minutes later
        conn.execute("UPDATE claims SET expires_at = now() - interval '1 second'")
    assert one.claims_between(NINE, TEN) == []
    book(one, "Desk 1", NINE, TEN)
    assert [(c.kind, c.desk) for c in two.claims_between(NINE, TEN)] == [("booking", "Desk 1")]


def test_a_desk_renews_its_own_hold_and_books_over_it(desks: tuple[PgStore, PgStore]) -> None:
    one, _ = desks
    one.hold_slot("Clinic", "p1", NINE, TEN, "Desk 1")
    one.hold_slot("Clinic", "p1", NINE, TEN, "Desk 1", timedelta(minutes=10))
    book(one, "Desk 1", NINE, TEN)
    assert [(c.kind, c.desk) for c in one.claims_between(NINE, TEN)] == [("booking", "Desk 1")]


def test_a_synced_overlap_is_refused_unless_booked_anyway(desks: tuple[PgStore, PgStore]) -> None:
    one, _ = desks
    synced = [
        Appointment("Clinic", "v1", "p1", NINE, TEN, AppointmentStatus.BOOKED),
        Appointment(
            "Clinic", "v2", "p1", TEN, TEN + timedelta(hours=1), AppointmentStatus.CANCELLED
        ),
    ]
    one.upsert_appointments(synced)
    with pytest.raises(SlotOverlaps) as refused:
        book(one, "Desk 1", NINE + timedelta(minutes=30), TEN)
    assert refused.value.appointment_ids == ("v1",)
    book(one, "Desk 1", TEN, TEN + timedelta(minutes=30))  # a cancelled one does not count
    book(one, "Desk 1", NINE + timedelta(minutes=30), TEN, anyway=True)
    assert len(one.outbox().rows("Clinic")) == 2


def test_the_desks_own_waiting_booking_drawn_in_the_book_is_not_a_synced_overlap(
    desks: tuple[PgStore, PgStore],
) -> None:
    """The Book command stores its optimistic appointment (pending) in the same transaction
    as the outbox row, before the claim: that row is no vendor data to warn about."""
    one, _ = desks
    with one.transaction():
        one.put_appointments(
            [
                Appointment(
                    "Clinic", "tmp-1", "p1", NINE, TEN, AppointmentStatus.BOOKED, pending=True
                )
            ]
        )
        book(one, "Desk 1", NINE, TEN)
    assert [c.desk for c in one.claims_between(NINE, TEN)] == ["Desk 1"]


def test_a_move_claims_its_new_time_and_its_own_old_time_is_no_overlap(
    desks: tuple[PgStore, PgStore],
) -> None:
    one, two = desks
    one.upsert_appointments(
        [Appointment("Clinic", "v1", "p1", NINE, TEN, AppointmentStatus.BOOKED)]
    )
    half = NINE + timedelta(minutes=30)
    with one.transaction():
        entry = one.outbox().insert("Clinic", "move", "m1", {"id": "v1"}, 0, "v1")
        one.claim_booking(
            entry, "Clinic", "p1", half, half + timedelta(hours=1), "Desk 1", moving="v1"
        )
    with pytest.raises(SlotJustTaken, match="Desk 1"):
        book(two, "Desk 2", TEN, TEN + timedelta(minutes=20))  # inside the moved-to time


def test_a_refused_or_sent_booking_frees_its_slot(desks: tuple[PgStore, PgStore]) -> None:
    one, two = desks
    refused = book(one, "Desk 1", NINE, TEN)
    one.outbox().fail(refused, "the vendor said no", [], 0)
    assert one.claims_between(NINE, TEN) == []
    sent = book(two, "Desk 2", NINE, TEN)
    two.outbox().delete(sent)
    assert two.claims_between(NINE, TEN) == []
    assert json.loads(one.outbox().rows("Clinic")[0]["payload"])["provider_id"] == "p1"
    assert one.outbox().rows("Clinic")[0]["state"] == FAILED


def test_a_hold_is_a_change_other_desks_hear(desks: tuple[PgStore, PgStore]) -> None:
    one, two = desks
    before = one.latest_change()
    two.hold_slot("Clinic", "p1", NINE, TEN, "Desk 2")
    rows = one.changes_since(before).rows
    assert [(r.kind, r.provider_id, r.start, r.end) for r in rows] == [("hold", "p1", NINE, TEN)]
