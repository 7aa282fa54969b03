"""Exactly once across desks and agent restarts (issue 14 item 6): the clinic's kill proof.

A throw-away PostgreSQL (tests/support/pg_server.py), one vendor simulator on 127.0.0.1 behind
the fault proxy (its request log aims the kills), `frontdesk agent --server URL` as a real
process, and 2-3 desk processes (tests/support/clinic_desk.py) that store a seeded plan of mixed
writes (tests/support/kill_plan.py) in the shared outbox while the agent is SIGKILLed and
started again, at least `kills` times. Each life of the agent is killed at a drawn moment:
- request:N   its N-th write request of this life has reached the proxy, before the vendor has
              it (the proxy forwards it anyway: the vendor does the work of a dead sender);
- answered:N  the vendor has answered its N-th write, before the agent hears (+ 0-20 ms: the
              answer may have reached it, not yet stored);
- stored+D    D ms after a desk stored a write (before, during or just after its claim);
- round:N+D   D ms after its N-th round (anywhere in a round, a sync included).
A life that meets none of these within LIFE_LIMIT is killed then ("late"). Then the desks store
what is left of the plan, a last agent drains the outbox unkilled, and every planned write is
counted at the simulator (kill_proof.count_writes: lost, doubled, resent...), read back from it
directly, not through the proxy.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import signal
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import psycopg

from frontdesk.connectors.account import AccountConfig
from frontdesk.connectors.registry import build_connector
from frontdesk.domain.clock import SystemClock
from frontdesk.sync.outbox_records import WAITING
from tests.support.cli import ROOT, Frontdesk
from tests.support.fault_proxy import Exchange, FaultProxy, Schedule
from tests.support.kill_plan import build_plan, make_vendor
from tests.support.kill_proof import count_writes, read_back
from tests.support.pg_server import RunningServer, running_server
from tests.sync.loopback import serve

DESK = Path(__file__).with_name("clinic_desk.py")
TICK = 0.2  # the agent's seconds between rounds: a desk's write is picked up within this
LIFE_LIMIT = 10.0  # a life whose moment never comes is killed after this
DRAIN_LIMIT = 120.0  # seconds the last agent may take to empty the outbox
STEP = 15.0  # seconds a desk or an agent may take to answer one line


@dataclass(frozen=True)
class Trigger:
    mode: str  # request, answered, stored, round
    n: int = 1
    delay: float = 0.0

    @classmethod
    def draw(cls, rng: random.Random) -> Trigger:
        mode = rng.choice(["request", "answered", "stored", "round"])
        if mode == "request":
            return cls(mode, rng.randint(1, 2))
        if mode == "answered":
            return cls(mode, rng.randint(1, 2), rng.choice([0.0, rng.uniform(0.0, 0.02)]))
        if mode == "stored":
            return cls(mode, 1, rng.uniform(0.0, 2 * TICK))
        return cls(mode, rng.randint(1, 4), rng.uniform(0.0, TICK))

    def __str__(self) -> str:
        return f"{self.mode}:{self.n}+{self.delay * 1000:.0f}ms"


@dataclass
class Life:
    trigger: Trigger
    fired: str = ""  # the mode that killed it ("late": none came in time)
    killed: bool = False
    lines: int = 0


class Piped:
    """A child process spoken to by lines."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process

    async def line(self, limit: float = STEP) -> str:
        assert self.process.stdout is not None
        raw = await asyncio.wait_for(self.process.stdout.readline(), limit)
        if not raw:
            raise AssertionError(f"a child exited ({await self.process.wait()})")
        return raw.decode().strip()

    async def tell(self, text: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(f"{text}\n".encode())
        await self.process.stdin.drain()

    async def kill(self) -> None:
        if self.process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.send_signal(signal.SIGKILL)  # no cleanup, no goodbye
        await self.process.wait()

    async def stop(self) -> None:
        if self.process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.process.wait(), 30)
            except TimeoutError:
                await self.kill()


@contextmanager
def clinic_database(server: RunningServer, name: str) -> Iterator[str]:
    with psycopg.connect(server.dsn, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}".encode())
    try:
        yield f"postgresql://postgres@127.0.0.1:{server.port}/{name}"
    finally:
        with psycopg.connect(server.dsn, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {name} WITH (FORCE)".encode())


def add_account(frontdesk: Frontdesk, url: str, settings: dict[str, Any]) -> None:
    """`accounts add --server`: the account in the database, its secrets in the keyring file."""
    args = ["accounts", "add", settings["name"], "--vendor", settings["vendor"]]
    args += ["--base-url", settings["base_url"], "--no-test", "--server", url]
    for key, value in settings["options"].items():
        args += ["--option", f"{key}={value}"]
    for key, value in settings["secrets"].items():
        args += ["--secret", f"{key}={value}"]
    done = frontdesk(*args)
    assert done.code == 0, done


def outbox_rows(url: str) -> list[tuple[str, str, dict[str, Any], str]]:
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT kind, client_key, payload, state FROM outbox").fetchall()
    return [(k, c, p if isinstance(p, dict) else json.loads(p), s) for k, c, p, s in rows]


def wake_all(url: str) -> None:
    """What the agent does when a vendor answers again (`Outbox.wake`), for every account: the
    back-offs of the fault runs are real seconds, up to 15 minutes."""
    with psycopg.connect(url) as conn:
        conn.execute(
            "UPDATE outbox SET next_attempt_at = 0 WHERE state = ANY(%s)", (list(WAITING),)
        )


def waiting_rows(url: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT count(*) FROM outbox WHERE state = ANY(%s)", (list(WAITING),)
        ).fetchone()
    return int(row[0]) if row else 0


class Clinic:
    """The agent's lives and the desks, on one database and one proxy."""

    def __init__(self, frontdesk: Frontdesk, url: str, proxy: FaultProxy, workdir: Path) -> None:
        self.frontdesk = frontdesk
        self.url = url
        self.proxy = proxy
        self.workdir = workdir
        self.desks: list[Piped] = []
        self.stored: list[str] = []  # each desk's answers, in order
        self.on_stored: Callable[[], None] | None = None
        self.agent_errors = workdir / "agent.stderr"

    async def start_agent(self) -> Piped:
        with self.agent_errors.open("a") as errors:
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "frontdesk", "agent", "--server", self.url, "--json",
                "--tick", str(TICK),
                env=self.frontdesk.env(), cwd=ROOT,
                stdout=asyncio.subprocess.PIPE, stderr=errors,
            )  # fmt: skip
        return Piped(process)

    async def start_desks(self, account: str, plan_file: Path, shares: list[list[int]]) -> None:
        for number, share in enumerate(shares, 1):
            env = self.frontdesk.env(FRONTDESK_DESK=f"Desk {number}")
            with (self.workdir / f"desk{number}.stderr").open("w") as errors:
                process = await asyncio.create_subprocess_exec(
                    sys.executable, str(DESK), self.url, account, str(plan_file),
                    ",".join(map(str, share)),
                    env=env, cwd=ROOT, stdin=asyncio.subprocess.PIPE,
                    stdout=asyncio.subprocess.PIPE, stderr=errors,
                )  # fmt: skip
            desk = Piped(process)
            assert await desk.line(60) == "ready"
            self.desks.append(desk)

    async def write(self, desk: Piped) -> bool:
        """One planned write stored at this desk; False when its share is done."""
        await desk.tell("write")
        answer = await desk.line()
        if answer == "none":
            return False
        self.stored.append(answer)
        if self.on_stored is not None:
            self.on_stored()
        return True

    async def write_later(self, rng: random.Random, count: int) -> None:
        """`count` writes at random desks, at random moments of the coming second."""
        for _ in range(count):
            await asyncio.sleep(rng.uniform(0.0, 0.5))
            await self.write(rng.choice(self.desks))

    async def life(self, trigger: Trigger, rng: random.Random, writes: int) -> Life:
        """One agent process: its desks' writes meanwhile, killed at its trigger's moment."""
        life = Life(trigger)
        agent = await self.start_agent()
        done = asyncio.Event()
        loop = asyncio.get_running_loop()

        def fire(mode: str, delay: float = 0.0) -> None:
            if not life.fired:
                life.fired = mode
                loop.call_later(delay, done.set)

        counted = Counter[str]()

        def hook(mode: str) -> Callable[[Exchange], Awaitable[None]]:
            async def on(exchange: Exchange) -> None:
                if trigger.mode != mode or not exchange.request.is_write:
                    return
                counted[mode] += 1
                if counted[mode] == trigger.n:
                    if trigger.delay == 0.0:  # at once: the agent hears nothing more
                        fire(mode)
                        await agent.kill()
                    else:
                        fire(mode, trigger.delay)

            return on

        self.proxy.on_request = hook("request")
        self.proxy.on_answered = hook("answered")
        if trigger.mode == "stored":
            self.on_stored = lambda: fire("stored", trigger.delay)

        async def read() -> None:
            rounds = 0
            while True:
                try:
                    line = json.loads(await agent.line(LIFE_LIMIT * 3))
                except AssertionError:
                    return  # killed
                life.lines += 1
                if line.get("leading"):
                    rounds += 1
                    if trigger.mode == "round" and rounds == trigger.n:
                        fire("round", trigger.delay)

        reader = asyncio.create_task(read())
        writer = asyncio.create_task(self.write_later(rng, writes))
        try:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(done.wait(), LIFE_LIMIT)
            life.fired = life.fired or "late"
            await agent.kill()
            life.killed = agent.process.returncode == -signal.SIGKILL
            await writer
        finally:
            self.proxy.on_request = self.proxy.on_answered = None
            self.on_stored = None
            await agent.kill()
            reader.cancel()
        return life


async def prove(
    vendor_key: str,
    workdir: Path,
    *,
    seed: int,
    writes: int,
    kills: int,
    desks: int = 3,
    rate: float = 0.0,
    say: Callable[[str], None] = lambda _text: None,
    server: RunningServer | None = None,
) -> dict[str, Any]:
    """Run the proof for one vendor; its figures (see the module's docstring) as a dict."""
    began = time.monotonic()
    clock = SystemClock()
    vendor = make_vendor(vendor_key, clock)
    schedule = Schedule(seed, rate=rate, token_rate=rate / 2, delay=1.5)
    schedule.enabled = rate > 0
    rng = random.Random(seed * 7919 + 2)
    with contextlib.ExitStack() as stack:
        if server is None:
            server = stack.enter_context(running_server())
        url = stack.enter_context(clinic_database(server, f"soak_{vendor_key}_{seed}"))
        figures = await _prove(
            vendor, workdir, url, schedule, rng, clock,
            seed=seed, writes=writes, kills=kills, desks=desks, say=say,
        )  # fmt: skip
    figures["seconds"] = round(time.monotonic() - began, 1)
    return figures


async def _prove(
    vendor: Any,
    workdir: Path,
    url: str,
    schedule: Schedule,
    rng: random.Random,
    clock: SystemClock,
    *,
    seed: int,
    writes: int,
    kills: int,
    desks: int,
    say: Callable[[str], None],
) -> dict[str, Any]:
    frontdesk = Frontdesk(workdir)
    async with (
        serve(vendor.app) as (upstream, _gate),
        FaultProxy(upstream, schedule=schedule) as proxy,
        httpx.AsyncClient(timeout=30) as direct,
    ):
        reader = build_connector(AccountConfig(**vendor.account(upstream)), direct, clock)
        planned_at = datetime.now(UTC)
        plan = await build_plan(reader, planned_at, writes, seed)
        plan_file = workdir / "plan.json"
        plan_file.write_text(json.dumps(plan))
        settings = vendor.account(proxy.origin)
        await asyncio.to_thread(add_account, frontdesk, url, settings)
        clinic = Clinic(frontdesk, url, proxy, workdir)
        shares = [[int(item["i"]) for item in plan[d::desks]] for d in range(desks)]

        # The first life syncs the book before the desks open it (they read what it synced).
        first = await clinic.start_agent()
        while (
            not json.loads(await first.line(60))
            .get("accounts", {})
            .get(settings["name"], {})
            .get("last_sync")
        ):
            pass
        await first.kill()
        await clinic.start_desks(settings["name"], plan_file, shares)
        lives = [Life(Trigger("round", 0), "synced", True)]

        killed = 1
        while killed < kills:
            trigger = Trigger.draw(rng)
            # Its moment needs a write to send when it is not a round's.
            count = rng.choice([0, 1, 1, 2, 2, 3]) or int(trigger.mode != "round")
            life = await clinic.life(trigger, rng, count)
            lives.append(life)
            killed += life.killed
            say(f"life {len(lives)} {trigger} fired={life.fired} stored={len(clinic.stored)}")

        # The rest of the plan, then a last agent that is not killed drains the outbox.
        for desk in clinic.desks:
            while await clinic.write(desk):
                pass
        schedule.enabled = False  # the last drain: faults off, every back-off due now
        await asyncio.to_thread(wake_all, url)
        agent = await clinic.start_agent()
        deadline = time.monotonic() + DRAIN_LIMIT
        while await asyncio.to_thread(waiting_rows, url) and time.monotonic() < deadline:
            await agent.line(60)
        await asyncio.sleep(TICK * 3)  # a round under way ends (a sent write's follow-ups)
        await agent.stop()
        for desk in clinic.desks:
            await desk.tell("quit")
            await desk.stop()

        appointments, patients = await read_back(reader, plan, planned_at)
        rows = await asyncio.to_thread(outbox_rows, url)

    fired = Counter(life.fired for life in lives if life.killed)
    figures: dict[str, Any] = {
        "vendor": vendor.key,
        "seed": seed,
        "fault_rate": schedule.rate,
        "desks": desks,
        "writes": len(plan),
        "kills": killed,
        "kills_by_moment": dict(sorted(fired.items())),
        "lives": len(lives) + 1,
        "refused_at_desk": sum(1 for s in clinic.stored if s.split()[-1] == "refused"),
    }
    problems = count_writes(figures, plan, rows, appointments, patients, proxy.exchanges)
    figures["faults"] = proxy.faults()
    figures["requests"] = len(proxy.exchanges)
    figures["forwarded_writes"] = sum(
        1 for e in proxy.exchanges if e.forwarded and e.request.is_write
    )
    figures["agent_errors"] = _errors(clinic.agent_errors)
    figures["problems"] = problems
    return figures


def _errors(path: Path) -> list[str]:
    """Tracebacks in the agents' stderr (a killed agent writes none; one that crashed does)."""
    text = path.read_text(errors="replace") if path.exists() else ""
    return [chunk[-600:] for chunk in text.split("Traceback")[1:]]


def passed(figures: dict[str, Any]) -> bool:
    """None lost, doubled, falsely failed or left waiting, no agent crash; and, when only kills
    were injected, no change carried out twice. Under wire faults a change the vendor carried out
    though it answered an error (a 500, a cut or HTML body) is sent again, with the same absolute
    values: reported as `resent`, as the single-desk proof does, not failed on."""
    must_be_zero = [
        "lost",
        "doubled",
        "failed_vendor_has",
        "failed_never_sent",
        "waiting_left",
        "refused_at_desk",
    ]
    if not figures["fault_rate"]:
        must_be_zero.append("resent")
    return all(figures[name] == 0 for name in must_be_zero) and not figures["agent_errors"]
