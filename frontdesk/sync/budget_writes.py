"""An account's request count, written by the cache worker in batches (issue 13).

Each request used to queue a write of its account's count: a thousand small transactions in a
100,000-patient sync, each waiting its turn between the sync's own pages. Now the count is
written at the first request, then at most once every INTERVAL, and the last count when the
cache worker closes. After a crash a restart may forget up to INTERVAL's requests: the vendor's
own quota still holds, and the budget errs by a few requests at most.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from frontdesk.domain.clock import Clock
from frontdesk.store.cache import Cache
from frontdesk.sync.worker import CacheWorker

INTERVAL = timedelta(seconds=2)


class BudgetWrites:
    """A `RequestBudget.on_change` for one account. Called on the event loop's thread; the
    writes run on the cache worker."""

    def __init__(self, cache: Cache, worker: CacheWorker, account: str, clock: Clock) -> None:
        self._cache, self._worker, self._account, self._clock = cache, worker, account, clock
        self._latest: tuple[date, int] | None = None
        self._written_at: datetime | None = None
        worker.at_close(self.flush)

    def __call__(self, day: date, used: int) -> None:
        self._latest = (day, used)
        now = self._clock.now()
        if self._written_at is None or now - self._written_at >= INTERVAL:
            self._written_at = now
            self.flush()

    def flush(self) -> None:
        """Queue the write of the latest count, if it is not written yet."""
        latest, self._latest = self._latest, None
        if latest is not None:
            self._worker.submit(self._cache.set_budget_used, self._account, *latest)
