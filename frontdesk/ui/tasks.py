"""Background operations with success and failure callbacks (as Anki does), on qasync.

The window never awaits: it starts an operation and is called back on the GUI thread. Errors
reach `on_failure` as typed FrontdeskErrors with readable messages; anything unexpected is logged
and shown as a generic failure, never a stack trace.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.redact import where

log = logging.getLogger("frontdesk.ui")
T = TypeVar("T")

_running: set[asyncio.Task[Any]] = set()


def run(
    coroutine: Coroutine[Any, Any, T],
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[FrontdeskError], None] | None = None,
) -> asyncio.Task[T]:
    task = asyncio.get_event_loop().create_task(coroutine)
    _running.add(task)

    def done(finished: asyncio.Task[T]) -> None:
        _running.discard(finished)
        if finished.cancelled():
            return
        error = finished.exception()
        if error is None:
            if on_success is not None:
                _call(on_success, finished.result())
            return
        if not isinstance(error, FrontdeskError):
            log.error("unexpected failure in a background operation: %s", where(error))
            error = FrontdeskError("something unexpected went wrong; details are in the log")
        if on_failure is not None:
            _call(on_failure, error)
        else:
            log.warning("background operation failed: %s", error)

    task.add_done_callback(done)
    return task


def _call(callback: Callable[[Any], None], value: Any) -> None:
    """A view closed while its read was under way: the answer has nowhere to go."""
    try:
        callback(value)
    except RuntimeError as exc:
        if "already deleted" not in str(exc):
            raise
        log.debug("a background result arrived after its window closed")


def pending() -> int:
    return len(_running)
