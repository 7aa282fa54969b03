"""A desk that loses the clinic server (issue 14 item 8), against a real PostgreSQL: the desk
reaches it through a TCP relay the test cuts and mends (tests/support/tcp_cut.py), while the
agent and the other desk use the server directly.

The desk keeps a mirror from what it reads; with the server gone its book and search answer
from it "as of" the last time it was known current, a booking is queued in it, and on
reconnect that booking is in the shared outbox exactly once (also when the hand-off is run
again after a crash in its middle), or reported refused when another desk took the slot.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from psycopg_pool import PoolTimeout

from frontdesk.domain.blockouts import Blockout, Occurrence, Remote, Storage
from frontdesk.domain.clock import FixedClock
from frontdesk.domain.confirmations import CallOutcome
from frontdesk.domain.errors import ServerAway, SlotJustTaken
from frontdesk.domain.models import (
    Appointment,
    AppointmentStatus,
    BookingRequest,
    Location,
    Patient,
    Provider,
    Service,
)
from frontdesk.domain.waitlist import WaitlistEntry
from frontdesk.store.cache import Cache
from frontdesk.store.pg.store import PgStore
from frontdesk.sync.blockouts import add_blockout, remove_blockout
from frontdesk.sync.clinic import open_conninfo, server_lost
from frontdesk.sync.commands import Book
from frontdesk.sync.desk_link import WAITING_FOR_SERVER, DeskLink
from frontdesk.sync.handoff import Refused, hand_off, hand_to_server
from frontdesk.sync.mirror import Mirror, read_as_of
from frontdesk.sync.outbox import Outbox
from frontdesk.sync.outbox_records import FAILED, read_entries
from frontdesk.sync.pinboard import pin
from frontdesk.sync.waitlist import add_to_waitlist
from frontdesk.sync.workspace import Workspace
from tests.support.pg_schema import fresh_schema
from tests.support.pg_server import RunningServer
from tests.support.tcp_cut import TcpCut, tcp_cut

NOW = datetime(2026, 12, 1, 9, 42, tzinfo=UTC)
NINE = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
HALF = timedelta(minutes=30)
WAIT_S = 30  # a ceiling for a loaded machine, never a sleep
NEVER = (3600.0,)  # the link's own back-off: the tests reconnect by hand


@pytest.fixture
def server(pg_server: RunningServer) -> Iterator[tuple[str, TcpCut]]:
    """(the server's conninfo for this test's schema, the desk's relay to it)."""
    with fresh_schema(pg_server.dsn) as info, tcp_cut(pg_server.port) as relay:
        yield info, relay


def seed(store: PgStore) -> None:
    store.save_account("Clinic", "progenda", "https://progenda.example", {})
    store.replace_reference(
        "Clinic",
        [Location("Clinic", "l1", "Main", "Europe/Brussels")],
        [Provider("Clinic", "p1", "Dr Peeters", "l1")],
        [Service("Clinic", "s1", "Consult", 30)],
    )
    store.upsert_patients(
        [
            Patient("Clinic", "pat1", "Éloïse", "Dubois", phone="+32 470 12 34 56"),
            Patient("Clinic", "pat2", "Jan", "Janssens"),
        ]
    )
    far = NINE + timedelta(days=200)  # beyond the mirror's eight weeks ahead
    store.upsert_appointments(
        [
            Appointment("Clinic", "a1", "p1", NINE, NINE + HALF, AppointmentStatus.BOOKED, "pat1"),
            Appointment("Clinic", "a9", "p1", far, far + HALF, AppointmentStatus.BOOKED, "pat2"),
        ]
    )


def booking(start: datetime, patient: str = "pat2") -> Book:
    return Book(BookingRequest("Clinic", "p1", "s1", patient, start, start + HALF))


async def open_desk(conninfo: str, home: Path, name: str = "Desk 1") -> tuple[Workspace, DeskLink]:
    store = await asyncio.to_thread(open_conninfo, conninfo)
    workspace = Workspace(store, FixedClock(NOW), [])
    workspace.hands_off = True
    workspace.desk = name
    mirror = Mirror(Cache(home / f"{name}-mirror.sqlite3"), FixedClock(NOW), page=1, rest=0)
    link = DeskLink(workspace, conninfo, mirror, retry_s=NEVER, keep_s=3600.0)
    await link.start()
    await link.mirror_ready()
    return workspace, link


def shared_outbox(conninfo: str) -> list[tuple[str, str]]:
    with psycopg.connect(conninfo) as conn:
        rows = conn.execute("SELECT kind, client_key FROM outbox ORDER BY id").fetchall()
    return [(str(r[0]), str(r[1])) for r in rows]


async def offline(link: DeskLink) -> None:
    """Until the desk has noticed by itself (its listener's connection was reset)."""
    noticed = asyncio.Event()
    link.changed.subscribe(lambda _link: noticed.set())
    if not link.offline:
        async with asyncio.timeout(WAIT_S):
            await noticed.wait()


def test_the_mirror_is_filled_at_connect_and_kept_from_the_change_log(
    server: tuple[str, TcpCut], tmp_path: Path
) -> None:
    info, relay = server
    agent = PgStore(info)
    seed(agent)

    async def run() -> None:
        workspace, link = await open_desk(relay.conninfo(info), tmp_path)
        try:
            mirror = link.mirror.cache
            assert [a.name for a in mirror.accounts()] == ["Clinic"]
            assert [p.name for p in mirror.providers()] == ["Dr Peeters"]
            assert mirror.patient_count() == 2 and link.mirror.page_jobs == 3  # a page a job
            far = NINE + timedelta(days=200)
            assert [a.id for a in mirror.appointments_between(NINE, far + HALF)] == ["a1"]
            assert read_as_of(mirror).seq == agent.latest_change()
            assert read_as_of(mirror).at == NOW
            # The agent syncs a new appointment, a moved one and a renamed patient.
            ten = NINE + timedelta(hours=1)
            agent.upsert_appointments(
                [
                    Appointment("Clinic", "a2", "p1", ten, ten + HALF, AppointmentStatus.BOOKED),
                    Appointment("Clinic", "a1", "p1", NINE + timedelta(days=1), NINE + timedelta(days=1) + HALF, AppointmentStatus.BOOKED, "pat1"),
                ]
            )  # fmt: skip
            agent.upsert_patients([Patient("Clinic", "pat2", "Jan", "Janssen")])
            agent.delete_patient("Clinic", "pat1")
            assert link.server is not None
            await link.mirror.catch_up(link.server)
            found = mirror.appointments_between(NINE, NINE + timedelta(days=2))
            assert [(a.id, a.start) for a in found] == [
                ("a2", ten),
                ("a1", NINE + timedelta(days=1)),
            ]
            assert [h.patient.last_name for h in mirror.search_patients("janssen")] == ["Janssen"]
            assert mirror.patient("Clinic", "pat1") is None
            assert read_as_of(mirror).seq == agent.latest_change()
        finally:
            await workspace.aclose()

    try:
        asyncio.run(run())
    finally:
        agent.close()


def test_what_the_live_listener_hears_is_written_to_the_mirror(
    server: tuple[str, TcpCut], tmp_path: Path
) -> None:
    info, relay = server
    agent = PgStore(info)
    seed(agent)

    async def run() -> None:
        workspace, link = await open_desk(relay.conninfo(info), tmp_path)
        kept = asyncio.Event()
        link.kept.subscribe(lambda applied: kept.set() if applied else None)
        try:
            ten = NINE + timedelta(hours=1)
            synced = Appointment("Clinic", "a2", "p1", ten, ten + HALF, AppointmentStatus.BOOKED)
            await asyncio.to_thread(agent.upsert_appointments, [synced])
            async with asyncio.timeout(WAIT_S):  # no F5, no call: the listener's batch
                await kept.wait()
            found = link.mirror.cache.appointments_between(ten, ten + HALF)
            assert [a.id for a in found] == ["a2"]
        finally:
            await workspace.aclose()

    try:
        asyncio.run(run())
    finally:
        agent.close()


def stored_at_vendor(store: PgStore, occurrence: Occurrence) -> None:
    with store.transaction():  # as the agent's outbox settles it
        store.put_blockout_remote(occurrence)


def test_a_blockout_added_or_removed_at_another_desk_reaches_the_mirror(
    server: tuple[str, TcpCut], tmp_path: Path
) -> None:
    """The book offline still draws the blockouts another desk made while this one was online."""
    info, relay = server
    agent = PgStore(info)
    seed(agent)

    async def run() -> None:
        workspace, link = await open_desk(relay.conninfo(info), tmp_path)
        other = PgStore(info)  # another desk, storing a blockout on the server
        try:
            assert link.server is not None and link.mirror.cache.blockouts() == []
            lunch = Blockout("Clinic", "p1", NINE, NINE + HALF, "Europe/Brussels", title="Lunch")
            stored = await asyncio.to_thread(other.add_blockout, lunch)
            await link.mirror.catch_up(link.server)
            assert [b.title for b in link.mirror.cache.blockouts()] == ["Lunch"]
            assert stored.id is not None
            # the agent stored it at the vendor: the mirror's tooltip says so offline too
            at_vendor = Occurrence(
                "Clinic", stored.id, "p1", NINE, NINE + HALF, "fd-b-1", state=Remote.STORED
            )
            await asyncio.to_thread(stored_at_vendor, other, at_vendor)
            await link.mirror.catch_up(link.server)
            (mirrored,) = link.mirror.cache.blockouts()
            assert mirrored.storage is Storage.VENDOR
            await asyncio.to_thread(other.remove_blockout, stored.id)
            await link.mirror.catch_up(link.server)
            assert link.mirror.cache.blockouts() == []
        finally:
            other.close()
            await workspace.aclose()

    try:
        asyncio.run(run())
    finally:
        agent.close()


def test_a_desk_without_its_server_shows_its_mirror_queues_a_booking_and_hands_it_over_once(
    server: tuple[str, TcpCut], tmp_path: Path
) -> None:
    info, relay = server
    agent = PgStore(info)
    seed(agent)

    async def run() -> None:
        workspace, link = await open_desk(relay.conninfo(info), tmp_path)
        try:
            relay.cut()
            # Booked at once: whether the desk noticed before or during the write, it is kept.
            result = await workspace.execute(booking(NINE + timedelta(hours=2)))
            await offline(link)
            assert result.entry is not None and str(result.error) == WAITING_FOR_SERVER
            assert link.offline and link.as_of == NOW
            # The book and search answer from the mirror.
            hits = await workspace.search_patients("dubois")
            assert [h.patient.id for h in hits] == ["pat1"]
            day = await workspace.appointments_between(NINE, NINE + timedelta(hours=8))
            assert [a.id for a in day] == ["a1"]
            waiting = await workspace.outbox_entries()
            assert [(e.kind, e.state) for e in waiting] == [("book", "queued")]
            assert shared_outbox(info) == []  # nothing reached the server

            relay.mend()
            assert await link.reconnect()
            assert not link.offline and isinstance(workspace.cache, PgStore)
            key = waiting[0].client_key
            assert shared_outbox(info) == [("book", key)]
            assert read_entries(link.mirror.cache) == []  # handed, gone from the mirror
            assert [e.client_key for e in await workspace.outbox_entries()] == [key]
            # Handed again (a crash before the mirror forgot it): nothing twice.
            assert not await asyncio.to_thread(hand_to_server, agent, waiting[0], lambda: "Desk 1")
            assert shared_outbox(info) == [("book", key)]
            # Back online, a booking goes straight to the shared outbox again.
            again = await workspace.execute(booking(NINE + timedelta(hours=4)))
            assert again.entry is not None and "sync agent" in str(again.error)
            assert len(shared_outbox(info)) == 2
        finally:
            await workspace.aclose()

    try:
        asyncio.run(run())
    finally:
        agent.close()


def test_a_hand_off_run_again_after_a_crash_in_its_middle_inserts_nothing_twice(
    server: tuple[str, TcpCut], tmp_path: Path
) -> None:
    info, _relay = server
    pg = PgStore(info)
    seed(pg)
    mirror = Cache(tmp_path / "mirror.sqlite3")
    outbox = Outbox(mirror, {}, FixedClock(NOW))
    outbox.shows = False
    outbox.store(booking(NINE + timedelta(hours=2)))
    outbox.store(booking(NINE + timedelta(hours=3)))
    first, second = read_entries(mirror)
    try:
        # The first write reached the server, then the desk died before forgetting it.
        assert hand_to_server(pg, first, lambda: "Desk 1")
        done = hand_off(mirror, pg, lambda: "Desk 1", FixedClock(NOW))
        assert [e.client_key for e in done.skipped] == [first.client_key]
        assert [e.client_key for e in done.handed] == [second.client_key]
        keys = [k for _, k in shared_outbox(info)]
        assert keys == [first.client_key, second.client_key]
        assert read_entries(mirror) == []
        # The agent sent the first and deleted its row: handing it again still adds nothing.
        with psycopg.connect(info, autocommit=True) as conn:
            conn.execute("DELETE FROM outbox WHERE client_key = %s", (first.client_key,))
        assert not hand_to_server(pg, first, lambda: "Desk 1")
        assert [k for _, k in shared_outbox(info)] == [second.client_key]
    finally:
        pg.close()
        mirror.close()


def test_a_slot_taken_meanwhile_at_another_desk_is_reported_at_hand_off(
    server: tuple[str, TcpCut], tmp_path: Path
) -> None:
    info, relay = server
    agent = PgStore(info)
    seed(agent)

    async def run() -> None:
        workspace, link = await open_desk(relay.conninfo(info), tmp_path)
        other = Workspace(PgStore(info), FixedClock(NOW), [])
        other.hands_off = True
        other.desk = "Desk 2"
        refused: list[Refused] = []
        link.refused.subscribe(refused.append)
        try:
            relay.cut()
            await link.lost()
            eleven = NINE + timedelta(hours=2)
            kept = await workspace.execute(booking(eleven))
            assert kept.entry is not None and str(kept.error) == WAITING_FOR_SERVER
            taken = await other.execute(booking(eleven + timedelta(minutes=10), "pat1"))
            assert taken.entry is not None  # Desk 2 reached the server first

            relay.mend()
            assert await link.reconnect()
            assert [r.reason for r in refused] == ["just taken at Desk 2"]
            assert [k for _, k in shared_outbox(info)] == [taken.entry.client_key]
            left = read_entries(link.mirror.cache)  # kept in the mirror, with the reason
            assert [(e.state, e.last_error) for e in left] == [(FAILED, "just taken at Desk 2")]
        finally:
            await other.aclose()
            await workspace.aclose()

    try:
        asyncio.run(run())
    finally:
        agent.close()


def test_writes_queued_before_the_desk_was_closed_are_handed_over_when_it_opens_online(
    server: tuple[str, TcpCut], tmp_path: Path
) -> None:
    info, relay = server
    agent = PgStore(info)
    seed(agent)

    async def run() -> None:
        workspace, link = await open_desk(relay.conninfo(info), tmp_path)
        try:
            relay.cut()
            await link.lost()
            kept = await workspace.execute(booking(NINE + timedelta(hours=2)))
            assert kept.entry is not None
        finally:
            await workspace.aclose()  # closed before the server came back
        relay.mend()
        workspace, link = await open_desk(relay.conninfo(info), tmp_path)
        try:
            assert kept.entry is not None
            assert shared_outbox(info) == [("book", kept.entry.client_key)]
            assert read_entries(link.mirror.cache) == []
        finally:
            await workspace.aclose()

    try:
        asyncio.run(run())
    finally:
        agent.close()


@pytest.mark.parametrize(
    ("error", "lost"),
    [
        (psycopg.OperationalError("server closed the connection unexpectedly"), True),
        (psycopg.errors.AdminShutdown(), True),  # 57P01: the server is stopping
        (psycopg.errors.ConnectionFailure(), True),  # 08006
        (psycopg.InterfaceError("the connection is closed"), True),
        (PoolTimeout("couldn't get a connection after 5.00 sec"), True),
        (psycopg.errors.DeadlockDetected(), False),  # the statement's own: retried as such
        (psycopg.errors.QueryCanceled(), False),
        (psycopg.errors.UniqueViolation(), False),
        (SlotJustTaken("Desk 2"), False),
    ],
)
def test_a_lost_server_is_told_from_an_error_of_the_statement(
    error: BaseException, lost: bool
) -> None:
    assert server_lost(error) is lost


def test_the_clinic_s_own_tables_are_refused_while_the_desk_works_from_its_mirror(
    server: tuple[str, TcpCut], tmp_path: Path
) -> None:
    """The waitlist, blockouts, pins, confirmation calls and alerts live on the server only: kept
    in the mirror they would vanish at the switch back. Offline each is refused, said, and
    nothing of it is stored; back on the server they are written there."""
    info, relay = server
    agent = PgStore(info)
    seed(agent)
    lunch = Blockout("Clinic", "p1", NINE + timedelta(hours=3), NINE + timedelta(hours=4), "UTC")
    entry = WaitlistEntry("Clinic", "pat2", "s1", NOW)

    kept = agent.add_blockout(lunch)  # already stored at the vendor by the agent
    assert kept.id is not None
    at_vendor = Occurrence(
        "Clinic", kept.id, "p1", kept.start, kept.end, "fd-b-1", state=Remote.STORED
    )
    stored_at_vendor(agent, at_vendor)

    async def run() -> None:
        workspace, link = await open_desk(relay.conninfo(info), tmp_path)
        try:
            assert link.mirror.cache.blockouts()[0].storage is Storage.VENDOR
            relay.cut()
            await link.lost()
            a1 = await workspace.appointment("Clinic", "a1")
            assert a1 is not None
            writes = [
                add_to_waitlist(workspace, entry),
                add_blockout(workspace, lunch),
                pin(workspace, a1),
                workspace.record_call(a1, CallOutcome.NO_ANSWER),
                workspace.set_patient_alert("Clinic", "pat1", "Latex allergy"),
                remove_blockout(workspace, kept.id),  # nor its deletion queued at the vendor
            ]
            for write in writes:
                with pytest.raises(ServerAway, match="clinic server only, which cannot be reached"):
                    await write
            mirror = link.mirror.cache
            assert mirror.waitlist() == [] and len(mirror.blockouts()) == 1, "kept in the mirror"
            assert read_entries(mirror) == []
            assert mirror.pins() == [] and mirror.patient_alerts([("Clinic", "pat1")]) == {}

            relay.mend()
            assert await link.reconnect()
            await add_to_waitlist(workspace, entry)
            assert [e.patient_id for e in agent.waitlist()] == ["pat2"]
        finally:
            await workspace.aclose()

    try:
        asyncio.run(run())
    finally:
        agent.close()
