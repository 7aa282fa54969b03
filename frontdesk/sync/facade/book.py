"""What the window's first frame needs, before asyncio, httpx or any connector is imported."""

from __future__ import annotations

from frontdesk.domain.clock import Clock
from frontdesk.store import paths
from frontdesk.store.cache import Cache
from frontdesk.sync.cached_book import CachedBook
from frontdesk.sync.day import BookOptions, SheetRequest
from frontdesk.sync.worker import CacheWorker

__all__ = ["BookOptions", "CachedBook", "SheetRequest", "open_book"]


def open_book(clock: Clock) -> CachedBook | None:
    """The clinic's cache, opened on the cache worker thread, when it has accounts (else None:
    the demo clinic opens). Raises a FrontdeskError the user can read (a cache too new)."""
    worker = CacheWorker()
    cache = worker.call(Cache, paths.cache_path())
    book = CachedBook(cache, clock, worker)
    if book.reference.accounts:
        return book
    worker.call(cache.close)
    worker.close()
    return None
