"""The kill proof's parent: one vendor simulator on 127.0.0.1 behind the fault proxy, a child
process (kill_writes.py) that sends a plan of writes through it and is SIGKILLed at seeded
moments, restarted each time, then drained with the faults off; the vendor's records counted.

How each figure is counted (per planned write, after the last drain):
- present: vendor records that show the write (its marker, or its change on its appointment),
  read back from the simulator directly, not through the proxy.
- lost: present 0 and its outbox entry did not end failed (refused). An entry still waiting
  after the fault-free drain is counted as `waiting_left`, and as lost.
- doubled: a create (booking, new patient) present more than once.
- failed_vendor_has: its outbox entry ended failed, yet the vendor has the write.
- failed_never_sent: its outbox entry ended failed, yet no request of it reached the vendor
  (the proxy's record: a write request carrying its marker or its record's id, forwarded).
- resent: a change whose request the vendor carried out more than once (harmless when the
  change sets absolute values; reported, not failed on here; the clinic proof fails on it). A
  request that only assigns a record our key (`keying_only`) is not the change.
- integrity: `PRAGMA integrity_check` of the cache file after every kill.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import signal
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from frontdesk.connectors.account import AccountConfig
from frontdesk.connectors.base import Connector
from frontdesk.connectors.registry import build_connector
from frontdesk.domain.clock import FixedClock
from frontdesk.domain.models import Appointment, Capability, Patient
from frontdesk.sync.outbox_records import FAILED, WAITING
from tests.support.fault_proxy import Exchange, FaultProxy, Schedule
from tests.support.kill_plan import (
    CREATES,
    NOW,
    build_plan,
    make_vendor,
    matching,
    plan_window,
    row_is,
    target_id,
)
from tests.sync.loopback import serve

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("kill_writes.py")
LIFE_LIMIT = 120.0  # seconds one life of the child may take before the proof gives up
LIFE_SPAN = timedelta(days=7)  # each life's clock starts this much after the last one's
MAX_LIVES_FACTOR = 4  # lives allowed per kill asked for (a life may end before its trigger)


@dataclass(frozen=True)
class Trigger:
    """When a life is killed: after its n-th progress line (plus a delay), when its n-th write
    request reaches the proxy (before the vendor has it), or when the vendor has answered its
    n-th write (before the child hears)."""

    mode: str
    n: int
    delay: float = 0.0

    @classmethod
    def draw(cls, rng: random.Random) -> Trigger:
        mode = rng.choice(["line", "request", "answered"])
        if mode == "line":
            return cls(mode, rng.randint(1, 3), rng.uniform(0.0, 0.05))
        return cls(mode, rng.randint(1, 2))

    def __str__(self) -> str:
        return f"{self.mode}:{self.n}" + (f"+{self.delay * 1000:.0f}ms" if self.delay else "")


@dataclass
class Life:
    trigger: Trigger | None
    killed: bool = False
    code: int | None = None
    lines: list[str] = field(default_factory=list)
    errors: str = ""


def integrity(path: Path) -> str:
    raw = sqlite3.connect(path)
    try:
        return str(raw.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        raw.close()


async def run_life(proxy: FaultProxy, args: list[str], trigger: Trigger | None) -> Life:
    life = Life(trigger)
    # The repository root for `tests.support`; an outer PYTHONPATH (another frontdesk to prove)
    # stays in front.
    paths = [os.environ.get("PYTHONPATH", ""), str(ROOT)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        str(CHILD),
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=env,
    )

    async def kill() -> None:
        if life.killed or process.returncode is not None:
            return
        life.killed = True
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(signal.SIGKILL)  # no cleanup, no flush, no atexit
        await process.wait()

    writes = 0

    def hook(mode: str) -> Callable[[Exchange], Awaitable[None]]:
        async def on(exchange: Exchange) -> None:
            nonlocal writes
            if trigger is None or trigger.mode != mode or not exchange.request.is_write:
                return
            writes += 1
            if writes == trigger.n:
                await kill()

        return on

    proxy.on_request = hook("request")
    proxy.on_answered = hook("answered")

    async def read() -> None:
        assert process.stdout is not None
        progress = 0
        async for raw in process.stdout:
            text = raw.decode().strip()
            life.lines.append(text)
            if (
                trigger is not None
                and trigger.mode == "line"
                and text.split()[0]
                in (
                    "start",
                    "result",
                    "drained",
                )
            ):
                progress += 1
                if progress == trigger.n:
                    await asyncio.sleep(trigger.delay)  # the seeded kill moment
                    await kill()

    try:
        await asyncio.wait_for(asyncio.gather(read(), process.wait()), LIFE_LIMIT)
    except TimeoutError:
        await kill()
        raise AssertionError(
            f"a life of the child took over {LIFE_LIMIT}s: {life.lines[-5:]}"
        ) from None
    finally:
        proxy.on_request = proxy.on_answered = None
    assert process.stderr is not None
    life.errors = (await process.stderr.read()).decode()[-3000:]
    life.code = process.returncode
    life.killed = life.killed and process.returncode == -signal.SIGKILL
    return life


async def read_back(
    connector: Connector, plan: list[dict[str, Any]], now: datetime = NOW
) -> tuple[list[Appointment], list[Patient]]:
    """The vendor's appointments around the plan (`now`: when it was made) and its patients."""
    appointments: list[Appointment] = []
    patients: list[Patient] = []
    if connector.can(Capability.READ_APPOINTMENTS):
        start, end = plan_window(plan, now)
        appointments = await connector.list_appointments(start, end)
    if any(i["kind"].startswith("patient") for i in plan):
        async for page in connector.iter_patients():
            patients.extend(page)
    return appointments, patients


def outbox_rows(path: Path) -> list[tuple[str, str, dict[str, Any], str]]:
    raw = sqlite3.connect(path)
    try:
        rows = raw.execute("SELECT kind, client_key, payload, state FROM outbox").fetchall()
    finally:
        raw.close()
    return [(k, c, json.loads(p), s) for k, c, p, s in rows]


def attributed(item: dict[str, Any], exchanges: list[Exchange]) -> list[Exchange]:
    """The write requests of this planned write the proxy saw: carrying its marker, or naming
    its record in the path (by id, or by a remote_id it was given on the way, as Progenda's
    updates do)."""
    mark = item["marker"].encode()
    wanted = {target_id(item)} - {None}
    if item.get("appointment", {}).get("vendor_ref"):
        wanted.add(f"remote_id:{item['appointment']['vendor_ref']}")
    out = []
    for e in exchanges:
        if not e.request.is_write:
            continue
        segments = set(e.request.path.split("/"))
        if mark in e.request.body or mark.lower() in e.request.body or wanted & segments:
            out.append(e)
            with contextlib.suppress(ValueError, AttributeError, TypeError, KeyError):
                given = json.loads(e.request.body)["appointment"]["remote_id"]
                wanted.add(f"remote_id:{given}")
    return out


async def prove(
    vendor_key: str,
    workdir: Path,
    *,
    seed: int,
    writes: int,
    kills: int,
    rate: float = 0.3,
    client_timeout: float = 1.0,
    say: Callable[[str], None] = lambda _text: None,
) -> dict[str, Any]:
    """Run the proof for one vendor; the figures (see the module's docstring) as a dict."""
    began = time.monotonic()
    clock = FixedClock(NOW)
    vendor = make_vendor(vendor_key, clock)
    schedule = Schedule(seed, rate=rate, token_rate=rate / 2, delay=client_timeout * 1.5)
    rng = random.Random(seed * 7919 + 1)
    cache_path = workdir / f"{vendor_key}.sqlite3"
    async with (
        serve(vendor.app) as (upstream, _gate),
        FaultProxy(upstream, schedule=schedule) as proxy,
        httpx.AsyncClient(timeout=30) as direct,
    ):
        settings = vendor.account(upstream)
        reader = build_connector(AccountConfig(**settings), direct, clock)
        plan = await build_plan(reader, NOW, writes, seed)
        plan_file = workdir / f"{vendor_key}.plan.json"
        plan_file.write_text(json.dumps(plan))
        account_file = workdir / f"{vendor_key}.account.json"
        account_file.write_text(json.dumps(vendor.account(proxy.origin)))

        lives: list[Life] = []
        bad_integrity: list[str] = []

        def args(number: int, rounds: int) -> list[str]:
            at = (NOW + LIFE_SPAN * number).isoformat()
            return [
                str(cache_path),
                str(account_file),
                str(plan_file),
                at,
                "--timeout",
                str(client_timeout),
                "--rounds",
                str(rounds),
            ]

        killed = 0
        finished = False
        while killed < kills and len(lives) < kills * MAX_LIVES_FACTOR:
            trigger = Trigger.draw(rng)
            life = await run_life(proxy, args(len(lives), 3), trigger)
            lives.append(life)
            if life.killed:
                killed += 1
                check = integrity(cache_path)
                if check != "ok":
                    bad_integrity.append(check)
            elif life.code != 0:
                raise AssertionError(f"the child failed ({life.code}): {life.errors}")
            say(f"{vendor_key} life {len(lives)} {trigger} killed={life.killed} {life.lines[-1:]}")
            if not life.killed and life.lines and "planned=" in life.lines[-1]:
                done, _, total = life.lines[-1].split("planned=")[1].partition("/")
                if done == total:
                    finished = True
                    break
        if not finished:  # the rest of the plan, faults on, no kill
            life = await run_life(proxy, args(len(lives), 3), None)
            lives.append(life)
            assert life.code == 0, life.errors
        schedule.enabled = False  # the last drain: faults off
        last = await run_life(proxy, args(len(lives), 10), None)
        lives.append(last)
        assert last.code == 0, last.errors
        if integrity(cache_path) != "ok":
            bad_integrity.append("after the last drain")

        appointments, patients = await read_back(reader, plan)

    figures: dict[str, Any] = {
        "vendor": vendor_key,
        "seed": seed,
        "writes": len(plan),
        "kills": killed,
        "lives": len(lives),
        "integrity_failures": len(bad_integrity),
    }
    problems = count_writes(
        figures, plan, outbox_rows(cache_path), appointments, patients, proxy.exchanges
    )
    figures["faults"] = proxy.faults()
    figures["requests"] = len(proxy.exchanges)
    figures["forwarded_writes"] = sum(
        1 for e in proxy.exchanges if e.forwarded and e.request.is_write
    )
    figures["seconds"] = round(time.monotonic() - began, 1)
    figures["problems"] = problems
    return figures


def keying_only(exchange: Exchange) -> bool:
    """A request that only gives a record our key (Progenda's remote_id, assigned before the
    first change of a record the clinic created): the same key every time, not the change, so
    repeating it after a kill applies nothing twice."""
    try:
        body = json.loads(exchange.request.body)
    except ValueError:
        return False
    return (
        isinstance(body, dict)
        and len(body) == 1
        and isinstance(record := next(iter(body.values())), dict)
        and set(record) == {"remote_id"}
    )


def count_writes(
    figures: dict[str, Any],
    plan: list[dict[str, Any]],
    rows: list[tuple[str, str, dict[str, Any], str]],
    appointments: list[Appointment],
    patients: list[Patient],
    exchanges: list[Exchange],
) -> list[dict[str, Any]]:
    """Count each planned write at the vendor (the module's docstring says how) into
    `figures`; the writes found wrong, with the requests that carried them."""
    figures.update(
        kinds={}, lost=0, doubled=0, failed_vendor_has=0, failed_never_sent=0, failed=0,
        waiting_left=0, resent=0,
    )  # fmt: skip
    problems: list[dict[str, Any]] = []
    for item in plan:
        kind = item["kind"]
        figures["kinds"][kind] = figures["kinds"].get(kind, 0) + 1
        states = [s for k, c, p, s in rows if row_is(item, k, c, p)]
        failed = FAILED in states
        left = any(s in WAITING for s in states)
        present = matching(item, appointments, patients)
        mine = attributed(item, exchanges)
        reached = [e for e in mine if e.forwarded]
        accepted = [e for e in reached if e.vendor_status is not None and e.vendor_status < 300]
        found: list[str] = []
        if present == 0 and not failed:
            found.append("lost")
        if kind in CREATES and present > 1:
            found.append("doubled")
        if failed and present:
            found.append("failed_vendor_has")
        if failed and not reached:
            found.append("failed_never_sent")
        changes = [e for e in accepted if not keying_only(e)]
        same = Counter((e.method, e.path, e.request.body) for e in changes)
        if kind not in CREATES and any(n > 1 for n in same.values()):
            figures["resent"] += 1
            found.append("resent")  # reported with its requests; `passed` decides if it counts
        figures["failed"] += failed
        figures["waiting_left"] += left
        for name in found:
            if name != "resent":
                figures[name] += 1
        if found:
            problems.append(
                {
                    "write": item["i"],
                    "kind": kind,
                    "found": found,
                    "present": present,
                    "requests": [
                        f"{e.method} {e.path} {e.action.fault.value}"
                        f"{':' + str(e.action.status) if e.action.status else ''}"
                        f" vendor={e.vendor_status} client={e.client_status} {e.request.body[:90]!r}"
                        for e in mine
                    ],
                }
            )
    return problems


def passed(figures: dict[str, Any]) -> bool:
    return all(
        figures[name] == 0
        for name in (
            "lost",
            "doubled",
            "failed_vendor_has",
            "failed_never_sent",
            "waiting_left",
            "integrity_failures",
        )
    )
