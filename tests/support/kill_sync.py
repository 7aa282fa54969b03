"""Child process for tests/sync/test_kill.py: a full sync of a PatientNow account, printing a
line after each page of patients is stored, so the test can SIGKILL it mid-sync.

    kill_sync.py CACHE BASE_URL NOW
"""

from __future__ import annotations

import asyncio
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

from frontdesk.app import open_workspace
from frontdesk.connectors.account import AccountConfig
from frontdesk.domain.clock import FixedClock
from frontdesk.sandbox import patientnow
from frontdesk.store.cache import Cache


async def main() -> None:
    path, base_url, now = sys.argv[1:4]
    user, password = patientnow.PNE_USER
    account = AccountConfig(
        "Solana Med Spa",
        "patientnow",
        base_url,
        {"page_size": "100"},
        {"apikey": patientnow.PNE_APIKEY, "username": user, "password": password},
    )
    cache = Cache(Path(path))
    cache.save_account(account.name, account.vendor, account.base_url, account.options)
    stored_pages = 0
    upsert = cache.upsert_patients

    def counting(*args: Any, **kwargs: Any) -> int:
        nonlocal stored_pages
        count = upsert(*args, **kwargs)
        stored_pages += 1
        print(f"stored {stored_pages}", flush=True)
        return count

    cache.upsert_patients = counting  # type: ignore[method-assign]
    workspace = open_workspace(
        cache, [account], FixedClock(datetime.fromisoformat(now)), httpx.AsyncClient(timeout=10)
    )
    status = (await workspace.sync_all())[account.name]
    print(f"synced {status}", flush=True)
    await workspace.aclose()


if __name__ == "__main__":
    asyncio.run(main())
