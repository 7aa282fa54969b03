"""Vendor quota independent of the number of desks (issue 14 item 7).

A simulated ten-hour day (08:00-18:00 UTC, one quota day; an injected clock, no real waiting)
on a 10,000-customer PatientNow Essentials account (the simulator in this process, its daily
quota of 1,000), a throw-away PostgreSQL on 127.0.0.1 and the real sync agent (`Agent.round`,
every 30 simulated seconds). The desks are real clinic-mode workspaces: each asks a refresh (the
F5 a desk presses, or the poll a single desk would make) at seeded random moments, on average
every 5 minutes, and the clinic's 60 bookings of the day are made at random desks. The same
day is run with 1 desk and with 10 desks; the simulator counts what it received.

Target: 10 desks within 2% of 1 desk, both under 1,000. Baseline, same run: the same two days
with an agent that answers each round's refresh requests with a read of their own (at most one
a minute per account, as the agent did before its refreshes were folded into its plan): the
only difference is the coalescing, so the gap between the two is what it saves. The account was
synced the evening before (its first full pass is not part of the day).

    PYTHONPATH=. .venv/bin/python bench/bench_clinic_quota.py [--desks 10] [--bookings 60]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from _common import ROOT, emit, log, scratch_home

sys.path.insert(0, str(ROOT))  # tests.support: the PostgreSQL server and the plan helpers

CUSTOMERS = 10_000
QUOTA = 1_000
BOOKINGS = 60
ASK_EVERY = timedelta(minutes=5)  # a desk's mean time between refresh requests
ROUND = timedelta(seconds=30)
EVENING = datetime(2026, 11, 17, 19, 0, tzinfo=UTC)  # the first sync, the day before
DAY_START = datetime(2026, 11, 18, 8, 0, tzinfo=UTC)
DAY_END = DAY_START + timedelta(hours=10)
TARGET_RATIO = 0.02
SEED = 20261118


@dataclass(frozen=True)
class Event:
    at: datetime
    desk: int
    booking: int | None = None  # index into the day's bookings; None: a refresh request


def day_events(desks: int, bookings: int, seed: int) -> list[Event]:
    """Each desk's refresh requests (exponential gaps) and the clinic's bookings at random
    desks. The bookings' moments are the same whatever the number of desks."""
    rng = random.Random(seed)
    events: list[Event] = []
    span = (DAY_END - DAY_START).total_seconds()
    for index in range(bookings):
        at = DAY_START + timedelta(seconds=rng.uniform(0, span))
        events.append(Event(at, 0, index))
    desk_rng = random.Random(seed + desks)
    events = [Event(e.at, desk_rng.randrange(desks), e.booking) for e in events]
    for desk in range(desks):
        asks = random.Random(seed * 31 + desk)
        at = DAY_START + timedelta(seconds=asks.expovariate(1 / ASK_EVERY.total_seconds()))
        while at < DAY_END:
            events.append(Event(at, desk))
            at += timedelta(seconds=asks.expovariate(1 / ASK_EVERY.total_seconds()))
    return sorted(events, key=lambda e: e.at)


def agent_classes() -> dict[str, Any]:
    from frontdesk.store.pg import clinic_tables
    from frontdesk.sync.agent import Agent, health_of
    from frontdesk.sync.planner import Task
    from frontdesk.sync.workspace import Workspace

    class PerAsk(Agent):
        """The baseline: each round's refresh requests answered by a read of their own (the
        account's changes, at most once a minute), besides the plan."""

        def __init__(self, url: str, clock: Any) -> None:
            super().__init__(url, clock)
            self.served: dict[str, datetime] = {}

        async def round(self, workspace: Workspace, started: datetime) -> None:
            store = workspace.cache
            asked = await workspace.worker.run(clinic_tables.take_requests, store)
            self.state.asked += len(asked)
            now, served = self.clock.now(), self.served
            for name, coordinator in workspace.coordinators.items():
                if (None in asked or name in asked) and now - served.get(
                    name, now - timedelta(days=1)
                ) >= timedelta(minutes=1):
                    served[name] = now
                    with contextlib.suppress(Exception):  # a 429 is counted at the simulator
                        await coordinator.run_task(Task.CHANGES)
            await workspace.tick()
            self.last_health = health_of(workspace)
            await workspace.worker.run(
                clinic_tables.write_health, store, self.state.holder, started, self.last_health
            )

    return {"coalesced": Agent, "per_ask": PerAsk}


async def run_day(
    server: Any, name: str, agent_class: Any, desks: int, bookings: int, seed: int
) -> dict[str, Any]:
    import httpx
    import keyring
    from _bench_keyring import BenchKeyring

    from frontdesk.__main__ import main as frontdesk
    from frontdesk.connectors.account import AccountConfig
    from frontdesk.connectors.registry import build_connector
    from frontdesk.domain.clock import FixedClock
    from frontdesk.domain.models import BookingRequest
    from frontdesk.sandbox import patientnow
    from frontdesk.sandbox.faults import Faults
    from frontdesk.sync.account_admin import open_store
    from frontdesk.sync.commands import Book
    from frontdesk.sync.facade.clinic import ask_refresh
    from tests.support.clinic_kill_proof import clinic_database
    from tests.support.kill_plan import Slots, book_openings, first_patients
    from tests.sync.loopback import serve

    clock = FixedClock(EVENING)
    state = patientnow.demo_state(clock, customers=CUSTOMERS)
    state.daily_quota = QUOTA
    recorded = Faults(patientnow.create_app(state))
    user, password = patientnow.PNE_USER
    secrets = {"apikey": patientnow.PNE_APIKEY, "username": user, "password": password}
    with scratch_home(f"quota-{name}") as home, clinic_database(server, name) as url:
        os.environ["FRONTDESK_BENCH_KEYRING"] = str(home / "keyring.json")
        keyring.set_keyring(BenchKeyring())
        async with serve(recorded) as (origin, _gate), httpx.AsyncClient(timeout=60) as direct:
            base_url = f"{origin}/api/v1"
            args = ["accounts", "add", "Solana Med Spa", "--vendor", "patientnow"]
            args += ["--base-url", base_url, "--no-test", "--server", url]
            for key, value in secrets.items():
                args += ["--secret", f"{key}={value}"]
            with contextlib.redirect_stdout(sys.stderr):
                assert await asyncio.to_thread(frontdesk, args) == 0

            # The evening before: the agent's first sync, and the day's bookings chosen.
            agent = agent_class(url, clock=clock)
            workspace, _ = await asyncio.to_thread(agent.opened)
            started = clock.now()
            for _ in range(20):
                await agent.round(workspace, started)
                clock.advance(ROUND)
            account = AccountConfig("Solana Med Spa", "patientnow", base_url, {}, secrets)
            reader = build_connector(account, direct, clock)
            rng = random.Random(seed)
            slots = await book_openings(reader, DAY_START, bookings, Slots(), rng)
            patients = [p.id for p in await first_patients(reader, 80)]
            assert len(slots) == bookings, f"only {len(slots)} free slots found"

            clock.advance(DAY_START - clock.now())
            desk_spaces = [
                await asyncio.to_thread(open_store, clock, server=url) for _ in range(desks)
            ]
            for number, desk in enumerate(desk_spaces, 1):
                desk.desk = f"Desk {number}"
            first = len(recorded.requests)
            asked_before = agent.state.asked
            events = day_events(desks, bookings, seed)
            outcomes: Counter[str] = Counter()
            cpu = time.process_time()
            while clock.now() < DAY_END:
                while events and events[0].at <= clock.now():
                    event = events.pop(0)
                    desk = desk_spaces[event.desk]
                    if event.booking is None:
                        await ask_refresh(desk)
                        continue
                    provider, service, start, end = slots[event.booking]
                    request = BookingRequest(
                        "Solana Med Spa", provider, service, rng.choice(patients), start, end
                    )
                    outcomes[(await desk.execute(Book(request))).outcome.value] += 1
                await agent.round(workspace, started)
                clock.advance(ROUND)
            cpu = time.process_time() - cpu
            day = recorded.requests[first:]
            waiting = workspace.outbox.waiting()
            for desk in desk_spaces:
                await desk.aclose()
            await workspace.aclose()
    kinds = Counter(
        f"{r.method} {r.path.split('/api/v1/', 1)[-1].split('/', 1)[0].split('?')[0].lower()}"
        for r in day
    )
    return {
        "desks": desks,
        "requests": len(day),
        "refused_429": sum(1 for r in day if r.status == 429),
        "by_kind": dict(sorted(kinds.items(), key=lambda kv: -kv[1])),
        "refresh_requests": agent.state.asked - asked_before,
        "bookings_stored": dict(outcomes),
        "writes_left_waiting": waiting,
        "cpu_seconds": round(cpu, 1),
    }


async def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--desks", type=int, default=10)
    parser.add_argument("--bookings", type=int, default=BOOKINGS)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    from tests.support.pg_server import running_server

    classes = agent_classes()
    began = time.monotonic()
    days: dict[str, dict[str, Any]] = {}
    with running_server() as server:
        for kind in ("coalesced", "per_ask"):
            for desks in (1, args.desks):
                name = f"quota_{kind}_{desks}"
                log(f"{name}: a day with {desks} desk(s), agent {kind}")
                days[name] = await run_day(
                    server, name, classes[kind], desks, args.bookings, args.seed
                )
                log(f"{name}: {days[name]['requests']} requests")
    one, many = days["quota_coalesced_1"], days[f"quota_coalesced_{args.desks}"]
    base_one, base_many = days["quota_per_ask_1"], days[f"quota_per_ask_{args.desks}"]
    ratio = many["requests"] / one["requests"]
    emit(
        {
            "benchmark": "clinic_quota",
            "what": f"vendor requests in a 10-hour day, PatientNow {CUSTOMERS:,} customers,"
            f" {args.bookings} bookings, each desk asking a refresh every"
            f" {ASK_EVERY.total_seconds() / 60:g} min on average",
            "target": {"ratio_many_to_one": f"1 +/- {TARGET_RATIO}", "requests_under": QUOTA},
            "one_desk": one,
            "many_desks": many,
            "ratio": round(ratio, 4),
            "baseline": {
                "what": "the same days, each round's refresh requests answered by a read of"
                " their own (at most one a minute)",
                "one_desk": base_one,
                "many_desks": base_many,
                "ratio": round(base_many["requests"] / base_one["requests"], 3),
            },
            "seconds": round(time.monotonic() - began, 1),
            "meets_target": abs(ratio - 1) <= TARGET_RATIO
            and one["requests"] < QUOTA
            and many["requests"] < QUOTA
            and one["refused_429"] == many["refused_429"] == 0,
        }
    )
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
