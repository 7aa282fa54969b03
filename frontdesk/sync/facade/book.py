"""What the window's first frame needs, before asyncio, httpx or any connector is imported."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from frontdesk.domain.clock import Clock
from frontdesk.domain.texts import Text
from frontdesk.store import paths
from frontdesk.store.cache import Cache
from frontdesk.store.damage import is_damage
from frontdesk.sync.cached_book import CachedBook
from frontdesk.sync.day import BookOptions, SheetRequest
from frontdesk.sync.startup import Skipped, StartNotes, check_noting, open_noting, recover_noting
from frontdesk.sync.worker import CacheWorker

if TYPE_CHECKING:
    from frontdesk.store.protocol import Store

__all__ = [
    "BookOptions",
    "CachedBook",
    "SheetRequest",
    "Skipped",
    "StartNotes",
    "check_book",
    "discard_demo_book",
    "is_damage",
    "open_book",
    "open_clinic_book",
    "open_demo_book",
    "recover_book",
]


def open_book(clock: Clock, notes: StartNotes | None = None) -> CachedBook | None:
    """The clinic's cache, opened on the cache worker thread, when it has accounts (else None:
    the demo clinic opens). A damaged cache is moved aside and replaced (said in `notes`).
    Raises a FrontdeskError the user can read (a cache too new)."""
    worker = CacheWorker()
    cache = worker.call(open_noting, paths.cache_path(), notes, clock)
    book = CachedBook(cache, clock, worker)
    if book.reference.accounts:
        return book
    worker.call(cache.close)
    worker.close()
    return None


def open_clinic_book(clock: Clock, url: str) -> CachedBook:
    """Clinic mode: the book on the clinic's PostgreSQL (sync/clinic.py), opened on the cache
    worker; when the server does not answer, the desk's own copy of it (sync/mirror.py), if
    it has one. Raises a FrontdeskError the user can read (an unsafe address, no answer and
    no copy)."""
    from frontdesk.sync.clinic import ServerUnreachable, mirror_path, open_server

    worker = CacheWorker()
    try:
        try:
            store: Store = worker.call(open_server, url)
        except ServerUnreachable as exc:
            path = mirror_path(url)
            if not path.exists():
                raise ServerUnreachable(
                    Text("{reason} (and this desk has no copy of the book yet)", reason=exc.message)
                ) from None
            store = worker.call(Cache, path)  # the desk link says so and reconnects
    except BaseException:
        worker.close()
        raise
    return CachedBook(store, clock, worker)


def check_book(book: CachedBook, notes: StartNotes) -> None:
    """`PRAGMA quick_check` on the cache worker (after the first paint: it reads every page);
    damage found: the file is moved aside and the book's cache goes on with a fresh one."""
    book.worker.call(check_noting, book.cache, notes, book.clock)


def recover_book(book: CachedBook, error: BaseException, notes: StartNotes) -> CachedBook | None:
    """The first frame hit a damaged page (`is_damage(error)`): the file is moved aside (on the
    worker), and the book starts again on a fresh cache, or None when nothing was kept."""
    book.worker.call(recover_noting, book.cache, error, notes, book.clock)
    fresh = CachedBook(book.cache, book.clock, book.worker)
    if fresh.reference.accounts:
        return fresh
    book.worker.call(book.cache.close)
    book.worker.close()
    return None


def open_demo_book(clock: Clock, only: set[str] | None = None) -> CachedBook | None:
    """The demo clinic's book from today's prepared snapshot (sync/demo_cache.py), opened on
    the cache worker; None when there is none yet or it cannot be read (then it is thrown away
    without a word: the demo makes it again)."""
    from frontdesk.sync import demo_cache  # the demo's only: not a configured clinic's start

    path = demo_cache.reopen(clock, only)
    if path is None:
        return None
    worker = CacheWorker()
    try:
        cache = worker.call(Cache, path)
        book = CachedBook(cache, clock, worker)
        if book.reference.accounts:
            return book
        worker.call(cache.close)
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise
    worker.close()
    demo_cache.discard(clock, only)
    return None


def discard_demo_book(book: CachedBook, only: set[str] | None = None) -> None:
    """The demo's first frame hit a damaged page: closed and thrown away, to be made again."""
    from frontdesk.sync import demo_cache

    book.worker.call(book.cache.close)
    book.worker.close()
    demo_cache.discard(book.clock, only)
