"""Child process of the kill proof (tests/support/kill_proof.py): opens a workspace on CACHE with
the account in ACCOUNT.json, sends the planned writes of PLAN.json through `Workspace.execute`,
drains what waits, and may be SIGKILLed at any moment. Restarted, it carries on: a planned
write already stored is never queued again.

    kill_writes.py CACHE ACCOUNT.json PLAN.json NOW [--timeout S] [--rounds N]

"Already stored" is read from the cache the write went into, in one transaction with the
optimistic effect: an outbox row holding it (any state, failed included) or the cached record
showing it. One gap has no trace in the cache: a created patient whose entry was settled but
whose record had not reached the patient table yet when the process died (the outbox stores it
in a second transaction). For that one, and only when INTENTS says the write had been started,
the vendor's patient list is searched for it (as a careful receptionist would before typing
the patient in again).

Lines printed: "ready", "start I KIND", "result I OUTCOME", "drained OK FAILED",
"done waiting=W planned=DONE/ALL".
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from frontdesk.connectors.account import AccountConfig
from frontdesk.domain.clock import FixedClock
from frontdesk.domain.errors import FrontdeskError
from frontdesk.store.cache import Cache
from frontdesk.sync.opening import open_workspace
from frontdesk.sync.outbox_records import WAITING
from frontdesk.sync.workspace import Workspace
from tests.support.kill_plan import command_for, effect_shown, pending_id, row_is, target_id

ROUND = timedelta(hours=1)  # the clock moves this far before each drain: every back-off is due
LOOKUPS = 5  # tries for the vendor look-up of a created patient


def say(text: str) -> None:
    print(text, flush=True)


def stored(workspace: Workspace, cache: Cache, account: str, item: dict[str, Any]) -> bool:
    for entry in workspace.outbox.entries():
        if row_is(item, entry.kind, entry.client_key, entry.payload):
            return True
    kind = item["kind"]
    if kind == "book":
        if cache.appointment(account, pending_id(item)) is not None:
            return True
        start = datetime.fromisoformat(item["start"])
        near = cache.appointments_between(
            start - timedelta(minutes=1), start + timedelta(minutes=1), account
        )
        return any(effect_shown(item, a, None) for a in near)
    if kind == "patient_create":
        hits = cache.search_patients(item["marker"])
        return any(effect_shown(item, None, h.patient) for h in hits)
    wanted = target_id(item)
    assert wanted is not None
    if kind == "patient_update":
        return effect_shown(item, None, cache.patient(account, wanted))
    return effect_shown(item, cache.appointment(account, wanted), None)


async def created_at_vendor(workspace: Workspace, item: dict[str, Any]) -> bool:
    """Whether the vendor's patient list holds the new patient (by its marker: the client key
    it was sent with is gone with its outbox entry)."""
    connector = next(iter(workspace.connectors.values()))
    for _ in range(LOOKUPS):
        try:
            async for page in connector.iter_patients():
                if any(effect_shown(item, None, p) for p in page):
                    return True
        except FrontdeskError:
            continue  # a token fault of the proxy: ask again (bounded)
        return False
    raise SystemExit("could not ask the vendor whether the patient exists")


def waiting(workspace: Workspace) -> int:
    return sum(1 for e in workspace.outbox.entries() if e.state in WAITING)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("cache")
    parser.add_argument("account")
    parser.add_argument("plan")
    parser.add_argument("now")
    parser.add_argument("--timeout", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()
    settings = json.loads(Path(args.account).read_text())  # noqa: ASYNC240
    plan: list[dict[str, Any]] = json.loads(Path(args.plan).read_text())  # noqa: ASYNC240
    intents = Path(args.plan).with_suffix(".intents")
    started = set(intents.read_text().split()) if intents.exists() else set()

    account = AccountConfig(
        settings["name"],
        settings["vendor"],
        settings["base_url"],
        settings["options"],
        settings["secrets"],
    )
    clock = FixedClock(datetime.fromisoformat(args.now))

    async def sleep(seconds: float) -> None:
        # Back-off waits move this process's clock, not the wall clock.
        clock.advance(timedelta(seconds=seconds))
        await asyncio.sleep(0)

    cache = Cache(Path(args.cache))
    if cache.account(account.name) is None:
        cache.save_account(account.name, account.vendor, account.base_url, account.options)
    client = httpx.AsyncClient(timeout=args.timeout)
    workspace = open_workspace(cache, [account], clock, client, sleep=sleep)
    for connector in workspace.connectors.values():
        connector.http.timeout = args.timeout  # the proxy's delay fault must outlast it
    say("ready")

    async def drain() -> None:
        clock.advance(ROUND)
        results = await workspace.outbox.drain()
        say(f"drained {sum(r.ok for r in results)} {sum(not r.ok for r in results)}")

    done = 0
    for item in plan:
        index = str(item["i"])
        if stored(workspace, cache, account.name, item) or (
            item["kind"] == "patient_create"
            and index in started
            and await created_at_vendor(workspace, item)
        ):
            done += 1
            continue
        # Recorded before the write is stored: only a started write can be in the gap above.
        with intents.open("a") as out:
            out.write(f"{index}\n")
            out.flush()
            os.fsync(out.fileno())
        say(f"start {index} {item['kind']}")
        result = await workspace.execute(command_for(item, account.name))
        say(f"result {index} {result.outcome.value} {result.reason[:80]!r}")
        done += 1
        await drain()
    for _ in range(args.rounds):
        if not waiting(workspace):
            break
        await drain()
    say(f"done waiting={waiting(workspace)} planned={done}/{len(plan)}")
    await workspace.aclose()


if __name__ == "__main__":
    asyncio.run(main())
