"""What a failure means for a write, seen from both ends: what the vendor simulator received and
what the caller's CommandResult says. One test (or parametrised case) per row of the table in
docs/sync.md, "What a failure means"; the ids are the rows' names."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from frontdesk.domain.clock import FixedClock
from frontdesk.domain.models import AppointmentStatus, BookingRequest, PatientDraft
from frontdesk.sandbox import syncvet
from frontdesk.sandbox.faults import Faults
from frontdesk.sandbox.transport import SandboxTransport
from frontdesk.store.cache import Cache
from frontdesk.sync.commands import Book, Cancel, Command, CreatePatient
from frontdesk.sync.commands.result import CommandResult, Outcome
from frontdesk.sync.coordinator import Health
from frontdesk.sync.outbox_records import FAILED, QUEUED, UNKNOWN
from tests.connectors.harnesses.syncvet import account as syncvet_account
from tests.sync.worlds import World

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)  # working hours in Brussels and Los Angeles
DRAFT = PatientDraft("Zoë", "Quispe", date(1988, 3, 14), "+32 470 12 34 56", "zoe@example.be")
HTML = b"<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>"
TRUNCATED = b'{"patient": {"id": 12, "first_na'
REASON = "first_name is too long for this clinic"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGI = Callable[
    [Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]
]


class AnswerAfterHandling:
    """Between Faults and the simulator: the simulator does the request, then the client gets
    `status`/`body` instead of its reply (a 503 from a proxy after the vendor acted)."""

    def __init__(self, app: ASGI) -> None:
        self.app = app
        self.script: list[tuple[str, str, int, bytes]] = []
        self.handled = 0  # requests the simulator carried out, answered with a scripted status
        self.handled_2xx = 0  # of which answered 2xx (Faults records those as done)

    def next(self, method: str, suffix: str, status: int, body: bytes = b"") -> None:
        self.script.append((method, suffix, status, body))

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        for item in self.script:
            method, suffix, status, body = item
            if scope.get("method") == method and scope.get("path", "").endswith(suffix):
                self.script.remove(item)
                break
        else:
            await self.app(scope, receive, send)
            return

        async def swallow(message: Message) -> None:
            pass

        await self.app(scope, receive, swallow)
        self.handled += 1
        self.handled_2xx += 200 <= status < 300
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": body})


class VetWorld(World):
    """World for SyncVet (tests/sync/worlds.py knows the other four vendors)."""

    def __init__(self, tmp_path: Path, now: datetime) -> None:
        self.clock = FixedClock(now)
        self.path = tmp_path / "cache.sqlite3"
        self.state = syncvet.demo_state(self.clock, clients=60)
        self.account = syncvet_account()
        self.faults = Faults(syncvet.create_app(self.state))
        self.client = httpx.AsyncClient(transport=SandboxTransport({syncvet.HOST: self.faults}))
        self.waits = []
        self.cache = Cache(self.path)
        self.cache.save_account(
            self.account.name, self.account.vendor, self.account.base_url, self.account.options
        )
        self.workspace = self.open()


@dataclass
class Rig:
    """A world, the write under test, and where its creating request goes."""

    world: World
    after: AnswerAfterHandling
    method: str
    suffix: str  # the creating request's path ends with this
    make: Callable[[], Awaitable[Command]]
    token_path: str = ""

    def creates(self) -> int:
        """Creating requests the simulator carried out (however the client saw the reply)."""
        done = [
            r
            for r in self.world.faults.requests
            if r.method == self.method and r.path.endswith(self.suffix) and 200 <= r.status < 300
        ]
        return len(done) + self.after.handled - self.after.handled_2xx

    def sent(self) -> int:
        """Creating requests that reached the vendor's door (scripted failures included)."""
        return len(
            [
                r
                for r in self.world.faults.requests
                if r.method == self.method and r.path.endswith(self.suffix)
            ]
        )

    async def execute(self) -> CommandResult:
        return await self.world.workspace.execute(await self.make())

    async def again(self, result: CommandResult, minutes: float = 20) -> CommandResult:
        """The next attempt at the write, once its back-off is over."""
        assert result.entry is not None
        self.world.clock.advance(timedelta(minutes=minutes))
        entry = self.world.workspace.outbox.entry(result.entry.id)
        assert entry is not None
        return await self.world.workspace.outbox.deliver(entry)


def _patient_rig(world: World, method: str, suffix: str, token_path: str = "") -> Rig:
    after = AnswerAfterHandling(world.faults.app)
    world.faults.app = after

    async def make() -> Command:
        return CreatePatient(world.name, DRAFT)

    return Rig(world, after, method, suffix, make, token_path)


def _syncvet_rig(world: World) -> Rig:
    after = AnswerAfterHandling(world.faults.app)
    world.faults.app = after
    practice = syncvet.DEMO_PRACTICE[0]
    animal = next(
        str(a["Id"])
        for a in world.state.table(practice, "patients").values()
        if not a["IsDeceased"] and not a["FlaggedInactive"]
    )

    async def make() -> Command:
        day = (world.clock.now() + timedelta(days=1)).date()
        start = datetime(day.year, day.month, day.day, 13, 0, tzinfo=UTC)  # 07:00 in Chicago
        return Book(
            BookingRequest(
                world.name,
                f"{practice}|1",
                f"{practice}|1",
                animal,
                start,
                start + timedelta(minutes=30),
            )
        )

    return Rig(world, after, "POST", "/appointments", make, syncvet.TOKEN_PATH)


async def make_rig(tmp_path: Path, vendor: str) -> Rig:
    if vendor == "syncvet":
        world: World = VetWorld(tmp_path, NOW)
        await world.workspace.sync_all()
        return _syncvet_rig(world)
    world = World(tmp_path, vendor, NOW, 40)
    await world.workspace.sync_all()
    if vendor == "pracsuite":
        return _patient_rig(world, "POST", "/v1/patient")
    if vendor == "progenda":
        return _patient_rig(world, "POST", "/patients")
    if vendor == "naturaesoft":
        return _patient_rig(world, "POST", "/prospects", "/auth/token")
    return _patient_rig(world, "POST", "/customers")


WRITERS = ["pracsuite", "progenda", "patientnow", "naturaesoft", "syncvet"]
TOKENS = ["naturaesoft", "syncvet"]


@pytest.fixture(params=WRITERS)
async def rig(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Rig]:
    made = await make_rig(tmp_path, request.param)
    yield made
    await made.world.close()


@pytest.fixture(params=TOKENS)
async def token_rig(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Rig]:
    made = await make_rig(tmp_path, request.param)
    yield made
    await made.world.close()


def state_of(rig: Rig, result: CommandResult) -> str:
    assert result.entry is not None
    entry = rig.world.workspace.outbox.entry(result.entry.id)
    return "sent" if entry is None else entry.state


def error_body(reason: str, status: int) -> dict[str, Any]:
    # PracSuite's documented shape; the shared reader finds `detail` inside `error` too.
    return {"error": {"status": status, "code": "INVALID_PARAMS", "title": "x", "detail": reason}}


# -- refused: the vendor's explicit answer ----------------------------------------------------
@pytest.mark.parametrize("status", [409, 400, 422], ids=["409", "400", "422"])
async def test_refused_with_reason(rig: Rig, status: int) -> None:
    rig.world.faults.fail_next(
        status, error_body(REASON, status), method=rig.method, path_contains=rig.suffix
    )
    result = await rig.execute()
    assert result.outcome is Outcome.REFUSED
    assert REASON in result.reason
    assert state_of(rig, result) == FAILED
    assert rig.sent() == 1 and rig.creates() == 0


# -- waiting: not taken, sent later exactly once -----------------------------------------------
async def test_401_waits_for_reauthentication(rig: Rig) -> None:
    w = rig.world
    # Refused however often a token is renewed: the credentials themselves no longer work.
    times = 2 if rig.token_path else 1  # a token vendor renews its token once and tries again
    w.faults.fail_next(401, b"", method=rig.method, path_contains=rig.suffix, times=times)
    result = await rig.execute()
    assert result.outcome is Outcome.WAITING and state_of(rig, result) == QUEUED
    assert w.coordinator.status.health is Health.NEEDS_LOGIN
    assert rig.creates() == 0
    later = await rig.again(result)
    assert later.outcome is Outcome.SENT and rig.creates() == 1


@pytest.mark.parametrize("status", [429, 503], ids=["429", "503"])
async def test_busy_before_sending_waits_retry_after(rig: Rig, status: int) -> None:
    w = rig.world
    w.faults.fail_next(
        status,
        b"",
        headers={"Retry-After": "120"},
        method=rig.method,
        path_contains=rig.suffix,
    )
    result = await rig.execute()
    assert result.outcome is Outcome.WAITING
    assert result.entry is not None
    entry = w.workspace.outbox.entry(result.entry.id)
    assert entry is not None
    # A 429 was not taken; a 503 to the write itself may follow the vendor acting (a proxy's):
    # unknown, so the next attempt looks first. Both wait as long as asked.
    assert entry.state == (QUEUED if status == 429 else UNKNOWN)
    assert entry.next_attempt_at >= w.clock.now() + timedelta(seconds=120)
    assert w.coordinator.blocked_until is not None
    assert w.coordinator.blocked_until >= w.clock.now() + timedelta(seconds=120)
    assert w.waits == [] or max(w.waits) < 120, "not waited out inside the call"
    later = await rig.again(result, minutes=3)
    assert later.outcome is Outcome.SENT and rig.creates() == 1 and rig.sent() == 2


# -- unknown: may have been done; reconciled before any resend ---------------------------------
@pytest.mark.parametrize("status", [500, 502, 503, 504, 520, 522, 524, 408])
async def test_5xx_after_sending_is_reconciled_not_resent(rig: Rig, status: int) -> None:
    rig.after.next(rig.method, rig.suffix, status, HTML)
    result = await rig.execute()
    assert result.outcome is Outcome.WAITING and state_of(rig, result) == UNKNOWN
    assert rig.creates() == 1
    later = await rig.again(result)
    assert later.outcome is Outcome.SENT, later.reason
    assert rig.sent() == 1 and rig.creates() == 1, "found at the vendor, never sent twice"


async def test_dropped_after_sending_is_reconciled_not_resent(rig: Rig) -> None:
    rig.world.faults.drop_after_next(method=rig.method, path_contains=rig.suffix)
    result = await rig.execute()
    assert result.outcome is Outcome.WAITING and state_of(rig, result) == UNKNOWN
    later = await rig.again(result)
    assert later.outcome is Outcome.SENT and rig.sent() == 1


@pytest.mark.parametrize("body", [TRUNCATED, HTML], ids=["truncated", "html"])
async def test_unreadable_reply_is_reconciled_not_resent(rig: Rig, body: bytes) -> None:
    rig.after.next(rig.method, rig.suffix, 201, body)
    result = await rig.execute()
    assert result.outcome is Outcome.WAITING and state_of(rig, result) == UNKNOWN
    later = await rig.again(result)
    assert later.outcome is Outcome.SENT and rig.sent() == 1 and rig.creates() == 1


async def test_unreadable_reply_to_a_resend_stays_unknown(rig: Rig) -> None:
    # Not done the first time (a 502 the simulator never saw), then an unreadable reply to the
    # resend that the reconciliation allowed: never a final failure, and never a third send.
    w = rig.world
    w.faults.fail_next(502, HTML, method=rig.method, path_contains=rig.suffix)
    first = await rig.execute()
    assert state_of(rig, first) == UNKNOWN and rig.creates() == 0
    rig.after.next(rig.method, rig.suffix, 201, HTML)
    second = await rig.again(first)
    assert second.outcome is Outcome.WAITING and state_of(rig, second) == UNKNOWN
    third = await rig.again(second)
    assert third.outcome is Outcome.SENT
    assert rig.sent() == 2 and rig.creates() == 1


async def test_a_failed_reconciliation_stays_unknown_and_sends_nothing(rig: Rig) -> None:
    w = rig.world
    rig.after.next(rig.method, rig.suffix, 503, HTML)
    first = await rig.execute()
    assert state_of(rig, first) == UNKNOWN
    w.faults.offline = True  # the look-up itself cannot reach the vendor
    second = await rig.again(first)
    assert second.outcome is Outcome.WAITING and state_of(rig, second) == UNKNOWN
    w.faults.offline = False
    third = await rig.again(second)
    assert third.outcome is Outcome.SENT and rig.sent() == 1 and rig.creates() == 1


# -- transient: failed before the write could leave --------------------------------------------
@pytest.mark.parametrize(
    ("status", "body"),
    [(200, HTML), (502, HTML), (503, b""), (400, HTML)],
    ids=["html-200", "html-502", "503", "html-400"],
)
async def test_token_endpoint_failure_is_transient(
    token_rig: Rig, status: int, body: bytes
) -> None:
    rig = token_rig
    w = rig.world
    w.clock.advance(timedelta(hours=25))  # every token has expired: the write needs a new one
    w.faults.fail_next(status, body, method="POST", path_contains=rig.token_path, times=4)
    result = await rig.execute()
    assert result.outcome is Outcome.WAITING, result.reason
    assert state_of(rig, result) == QUEUED
    assert rig.sent() == 0
    w.faults.script.clear()  # the token endpoint works again
    later = await rig.again(result)
    assert later.outcome is Outcome.SENT and rig.sent() == 1 and rig.creates() == 1


@pytest.mark.parametrize(
    ("status", "body"),
    [(200, HTML), (503, HTML), (200, TRUNCATED)],
    ids=["html", "503", "truncated"],
)
async def test_preparatory_read_failure_is_transient(
    tmp_path: Path, status: int, body: bytes
) -> None:
    # PracSuite reads the patient's account before booking, Progenda its remote_id.
    for vendor, prep in (("pracsuite", "/patient/"), ("progenda", "/patients/remote_id:")):
        world = World(tmp_path / vendor, vendor, NOW, 40)
        try:
            await world.workspace.sync_all()
            request = await free_booking(world)
            busy = {"Retry-After": "120"} if status == 503 else {}
            world.faults.fail_next(
                status, body, headers=busy, method="GET", path_contains=prep, times=4
            )
            result = await world.workspace.execute(Book(request))
            assert result.outcome is Outcome.WAITING, (vendor, result.reason)
            assert result.entry is not None
            entry = world.workspace.outbox.entry(result.entry.id)
            assert entry is not None and entry.state == QUEUED, vendor
            if busy:  # longer than a call blocks: the outbox waits it out, not the core
                assert entry.next_attempt_at >= world.clock.now() + timedelta(seconds=120)
            assert not world.received("POST", "ppointment"), vendor
            world.faults.script.clear()  # the read works again
            world.clock.advance(timedelta(minutes=20))
            later = await world.workspace.outbox.deliver(entry)
            assert later.outcome is Outcome.SENT, (vendor, later.reason)
            assert len(world.received("POST", "ppointment")) == 1, vendor
        finally:
            await world.close()


async def free_booking(w: World) -> BookingRequest:
    for service in w.workspace.services():
        for provider in service.provider_ids or [p.id for p in w.workspace.providers()]:
            found = await w.workspace.openings(service, NOW, NOW + timedelta(days=3), [provider])
            if found:
                return BookingRequest(
                    w.name, provider, service.id, await any_patient(w), found[0].start, found[0].end
                )
    raise AssertionError("no opening")


async def any_patient(w: World) -> str:
    rows = w.cache.conn.execute(
        "SELECT id FROM patients WHERE account = ? AND id NOT LIKE 'pending:%' LIMIT 1", (w.name,)
    ).fetchall()
    return str(rows[0][0])


async def test_connection_refused_is_transient(rig: Rig) -> None:
    w = rig.world
    w.faults.offline = True
    result = await rig.execute()
    assert result.outcome is Outcome.WAITING and state_of(rig, result) == QUEUED
    assert rig.sent() == 0
    w.faults.offline = False
    later = await rig.again(result)
    assert later.outcome is Outcome.SENT and rig.sent() == 1 and rig.creates() == 1


# -- Retry-After ---------------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["inf", "1e20", "99999999999", "nan"])
async def test_absurd_retry_after_is_clamped_to_an_hour_and_logged_once(
    rig: Rig, value: str, caplog: pytest.LogCaptureFixture
) -> None:
    w = rig.world
    for _ in range(2):  # the same absurd value twice: one line in the log
        w.faults.fail_next(
            429, b"", headers={"Retry-After": value}, method=rig.method, path_contains=rig.suffix
        )
    with caplog.at_level(logging.DEBUG, logger="frontdesk"):
        result = await rig.execute()
        assert result.outcome is Outcome.WAITING and state_of(rig, result) == QUEUED
        assert result.entry is not None
        entry = w.workspace.outbox.entry(result.entry.id)
        assert entry is not None
        wait = entry.next_attempt_at - w.clock.now()
        assert timedelta(minutes=59) <= wait <= timedelta(minutes=62)
        blocked = w.coordinator.blocked_until
        assert blocked is not None
        assert timedelta(minutes=59) <= blocked - w.clock.now() <= timedelta(minutes=61)
        later = await rig.again(result, minutes=61)
        assert later.outcome is Outcome.WAITING
        last = await rig.again(later, minutes=61)
    assert last.outcome is Outcome.SENT and rig.creates() == 1
    warned = [
        r for r in caplog.records if "Retry-After" in r.getMessage() and r.levelno >= logging.INFO
    ]
    assert len(warned) == 1
    assert all("?" not in r.getMessage() for r in caplog.records if r.name == "frontdesk.http")


async def test_a_negative_retry_after_counts_as_none(rig: Rig) -> None:
    w = rig.world
    w.faults.fail_next(
        429, b"", headers={"Retry-After": "-5"}, method=rig.method, path_contains=rig.suffix
    )
    result = await rig.execute()
    # Waited 0 s instead (the core's own back-off applies), then sent within the same call.
    assert result.outcome is Outcome.SENT and rig.sent() == 2 and rig.creates() == 1
    assert all(0 <= seconds < 60 for seconds in w.waits)


@pytest.mark.parametrize(
    ("vendor", "method", "suffix"),
    [("pracsuite", "POST", "/cancel"), ("progenda", "PUT", "")],
    ids=["pracsuite-post", "progenda-put"],
)
@pytest.mark.parametrize("body", [TRUNCATED, HTML], ids=["truncated", "html"])
async def test_unreadable_reply_to_a_change_is_never_final(
    tmp_path: Path, vendor: str, method: str, suffix: str, body: bytes
) -> None:
    # The change is done; only its reply is unreadable. A POST (not idempotent) is read back
    # before anything is sent again; a PUT sets absolute values and is simply sent again.
    world = World(tmp_path, vendor, NOW, 40)
    try:
        await world.workspace.sync_all()
        appointment = next(
            a
            for a in world.cache.appointments_between(
                NOW + timedelta(days=2), NOW + timedelta(days=30)
            )
            if a.status is AppointmentStatus.BOOKED and not a.pending
        )
        after = AnswerAfterHandling(world.faults.app)
        world.faults.app = after
        path = suffix or f"/{appointment.id}"
        after.next(method, path, 200, body)
        result = await world.workspace.execute(Cancel.on(appointment, "ill"))
        assert result.outcome is Outcome.WAITING, result.reason
        assert result.entry is not None
        entry = world.workspace.outbox.entry(result.entry.id)
        assert entry is not None
        assert entry.state == (UNKNOWN if method == "POST" else QUEUED)
        world.clock.advance(timedelta(minutes=20))
        later = await world.workspace.outbox.deliver(entry)
        assert later.outcome is Outcome.SENT, later.reason
        changes = [r for r in world.received(method) if r.path.endswith(path)]
        assert len(changes) == (1 if method == "POST" else 2)
        cancelled = world.cache.appointment(world.name, appointment.id)
        assert cancelled is not None and cancelled.status is AppointmentStatus.CANCELLED
    finally:
        await world.close()
