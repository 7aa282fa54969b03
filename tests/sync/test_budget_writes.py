"""The request budget's count reaches the cache in batches, written by the cache worker."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from frontdesk.connectors.account import AccountConfig
from frontdesk.domain.clock import FixedClock
from frontdesk.store.cache import Cache
from frontdesk.sync.opening import budget_for
from frontdesk.sync.worker import CacheWorker

AT = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


def test_a_thousand_requests_are_written_in_a_few_batches_by_the_worker(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c.sqlite3")
    account = AccountConfig("Solana", "patientnow", "http://127.0.0.1:9/api", {})
    cache.save_account(account.name, account.vendor, account.base_url, {})
    writes: list[tuple[str, int]] = []
    write = cache.set_budget_used

    def spied(name: str, day: date, used: int) -> None:
        writes.append((threading.current_thread().name, used))
        write(name, day, used)

    cache.set_budget_used = spied  # type: ignore[method-assign]
    clock, worker = FixedClock(AT), CacheWorker()
    budget = budget_for(cache, account, clock, worker, None)
    for _ in range(1000):  # a 100,000-patient sync's requests, 10 s of them
        budget.spend()
        clock.advance(timedelta(milliseconds=10))
    worker.close()  # the last count is written before the worker stops

    assert 2 <= len(writes) <= 7, len(writes)  # the first, then one every 2 s, then the last
    assert all(thread.startswith("frontdesk-cache") for thread, _used in writes)
    assert writes[0][1] == 1 and writes[-1][1] == 1000
    assert cache.budget_used("Solana") == (AT.date(), 1000)
