"""Pages of a long patient pass written by a process of their own (issue 13 item 4).

A first sync of 100,000 patients is a thousand pages, and writing them keeps the cache worker
busy most of the sync: its Python (names folded, phone numbers read) and its thousands of calls
into SQLite share the interpreter's lock with the window's thread, which then waits for it, and
misses frames. Here a child process (its own interpreter, at background priority) writes the
page into the same file through its own connection, while the cache worker waits for the answer
without holding the lock: the window's process only pickles the page.

The child is the worker's hands, not a second writer: the worker waits for each page, so the
cache's writes keep the worker's order and one writer. A child that cannot start or dies is
given up for this cache, and the page is written on the worker as before (the write is
idempotent: the same rows and the same resume point in one transaction).
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from frontdesk.domain.models import Patient

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from frontdesk.store.cache import Cache

log = logging.getLogger("frontdesk.store")

# Below the window's threads: the child takes a core only when they leave one.
BACKGROUND_NICE = 10

_child_cache: Cache | None = None
STARTED = "a long pass: its pages are written by a page process"
STOPPED = "the page process stopped"


def _open(path: str) -> None:
    """In the child: lower its priority and open the cache (already at the current schema).
    A cache it cannot open leaves it with none: each page is then sent back unwritten."""
    global _child_cache
    import signal
    import threading

    # Ctrl+C in a terminal reaches the whole group: the parent answers it (and the child
    # follows its parent), rather than the child printing a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, name="page-process-parent", daemon=True).start()
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):  # not allowed here: written all the same
            os.nice(BACKGROUND_NICE)
    from frontdesk.store.cache import Cache

    try:
        _child_cache = Cache(path)
    except Exception:  # the window's process writes the pages instead
        _child_cache = None


def _exit_with_parent() -> None:
    """In the child: a window killed outright (SIGKILL, a crash) never shuts the pool down,
    and the child holds its own end of the pages' queue, so it would wait for a page forever.
    It leaves as soon as its parent is gone, mid-page or not: an uncommitted transaction is
    not in the file, and the next sync resumes from the last page's committed resume point."""
    import multiprocessing
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is not None and parent.sentinel is not None:
        wait([parent.sentinel])
        os._exit(0)


def _write(
    page: Sequence[Patient], cursor: tuple[str, str, str] | None, pending: bool
) -> int | None:
    """In the child: the page and its resume point in one transaction; None when the child
    has no cache to write to."""
    if _child_cache is None:
        return None
    return _child_cache.upsert_patients(page, cursor=cursor, pending=pending)


class PageProcess:
    """The child process of one cache file, started at its first page."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self._pool: ProcessPoolExecutor | None = None
        self._given_up = False

    def write(
        self, page: Sequence[Patient], cursor: tuple[str, str, str] | None, pending: bool
    ) -> int | None:
        """Written by the child: how many were written. None when there is no child to write
        it (it could not start, or died): the caller writes the page itself. An error of the
        write itself (a full disk) is raised as the worker would have raised it."""
        if self._given_up:
            return None
        # Loaded with the first page: multiprocessing is no part of the window's start.
        from concurrent.futures.process import BrokenProcessPool

        try:
            future = self._started().submit(_write, page, cursor, pending)
        except (OSError, RuntimeError, BrokenProcessPool) as exc:
            self._give_up(exc)
            return None
        try:
            written = future.result()
        except BrokenProcessPool as exc:  # died, before or after its commit: written again
            self._give_up(exc)
            return None
        if written is None:
            self._give_up(RuntimeError("no cache in the page process"))
            return None
        return written

    def _started(self) -> ProcessPoolExecutor:
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            log.info(STARTED)
            self._pool = ProcessPoolExecutor(
                max_workers=1,
                # Not fork: the window's process has threads and Qt's state.
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_open,
                initargs=(self.path,),
            )
        return self._pool

    def _give_up(self, error: BaseException) -> None:
        log.warning("%s (%s): pages are written in this one", STOPPED, type(error).__name__)
        self._given_up = True
        self.close()

    def close(self) -> None:
        pool, self._pool = self._pool, None  # closed once, by whichever thread closes first
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
