"""Child process for tests/sync/test_kill.py: queue bookings through a Workspace and drain the
outbox, printing each step; optionally stop dead at a named point so the test can SIGKILL it.

    kill_outbox.py CACHE BASE_URL NOW [--queue REQUESTS.json] [--pause before:N|accepted:N]

Lines printed: "queued KEY", "before-send N KEY", "accepted N KEY", "drained OK FAILED".
"""

from __future__ import annotations

import argparse
import asyncio
import json
from datetime import datetime
from pathlib import Path

import httpx

from frontdesk.app import open_workspace
from frontdesk.connectors.account import AccountConfig
from frontdesk.domain.clock import FixedClock
from frontdesk.domain.models import Appointment, BookingRequest
from frontdesk.sandbox import patientnow
from frontdesk.store.cache import Cache


def say(text: str) -> None:
    print(text, flush=True)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("cache")
    parser.add_argument("base_url")
    parser.add_argument("now")
    parser.add_argument("--queue")
    parser.add_argument("--pause", default="")
    args = parser.parse_args()
    point, _, number = args.pause.partition(":")
    pause_at = (point, int(number)) if number else None

    user, password = patientnow.PNE_USER
    account = AccountConfig(
        "Solana Med Spa",
        "patientnow",
        args.base_url,
        {"page_size": "100"},
        {"apikey": patientnow.PNE_APIKEY, "username": user, "password": password},
    )
    cache = Cache(Path(args.cache))
    client = httpx.AsyncClient(timeout=10)
    workspace = open_workspace(
        cache, [account], FixedClock(datetime.fromisoformat(args.now)), client
    )
    queued = json.loads(Path(args.queue).read_text()) if args.queue else []  # noqa: ASYNC240
    if queued:
        for item in queued:
            request = BookingRequest(
                account.name,
                item["provider_id"],
                item["service_id"],
                item["patient_id"],
                datetime.fromisoformat(item["start"]),
                datetime.fromisoformat(item["end"]),
            )
            entry = await workspace.queue_booking(request)
            say(f"queued {entry.client_key}")

    connector = workspace.connectors[account.name]
    real_book = connector.book
    calls = 0

    async def book(request: BookingRequest) -> Appointment:
        nonlocal calls
        calls += 1
        say(f"before-send {calls} {request.client_key}")
        if pause_at == ("before", calls):
            await asyncio.Event().wait()  # stopped dead until killed
        made = await real_book(request)
        say(f"accepted {calls} {request.client_key}")
        if pause_at == ("accepted", calls):
            await asyncio.Event().wait()
        return made

    connector.book = book  # type: ignore[method-assign]
    results = await workspace.outbox.drain()
    say(f"drained {sum(r.ok for r in results)} {sum(not r.ok for r in results)}")
    await workspace.aclose()


if __name__ == "__main__":
    asyncio.run(main())
