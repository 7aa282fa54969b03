"""One background thread for cache work: SQLite has one writer, and the GUI thread never waits.

A plain ThreadPoolExecutor rather than the event loop's default executor: under qasync that
default is a pool of QThreads, whose teardown is fragile; a single stdlib thread is all we need.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, ParamSpec, TypeVar

from frontdesk.domain.redact import where

log = logging.getLogger("frontdesk.sync")
P = ParamSpec("P")
T = TypeVar("T")


class CacheWorker:
    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="frontdesk-cache")
        self._closed = False
        self._at_close: list[Callable[[], None]] = []
        # Sees every error of `run` first: the error raised instead, or None to raise it as it
        # is (a desk in clinic mode turns a lost server into its mirror: sync/desk_link.py).
        self.on_error: Callable[[BaseException], BaseException | None] | None = None

    async def run(self, function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        # Imported here: the first frame uses the worker (`call`) before asyncio is loaded.
        import asyncio

        loop = asyncio.get_running_loop()
        if self._closed:
            # The workspace closed under a view's pending read: nothing to show any more.
            raise asyncio.CancelledError
        try:
            return await loop.run_in_executor(
                self._executor, functools.partial(function, *args, **kwargs)
            )
        except Exception as exc:
            instead = self.on_error(exc) if self.on_error is not None else None
            if instead is None:
                raise
            raise instead from None

    def call(self, function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run on the worker and wait for it: only before the event loop runs (opening a
        workspace, the first frame), so even then the calling thread executes no SQL."""
        return self._executor.submit(function, *args, **kwargs).result()

    def submit(self, function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> None:
        """Run on the worker, without waiting (a write nobody reads back at once). Errors are
        logged by type and place only."""
        future = self._executor.submit(function, *args, **kwargs)
        future.add_done_callback(_log_failure)

    def at_close(self, callback: Callable[[], None]) -> None:
        """`callback` runs when the worker closes, before its last jobs: a batched write
        queues its remainder there."""
        self._at_close.append(callback)

    def close(self) -> None:
        if not self._closed:
            for callback in self._at_close:
                callback()
        self._closed = True
        self._executor.shutdown(wait=True)


def _log_failure(future: Future[Any]) -> None:
    if not future.cancelled() and (error := future.exception()) is not None:
        log.error("a background cache write failed: %s", where(error))
