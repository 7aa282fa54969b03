"""The one HTTP core every connector uses.

One retry loop (as in openai-python's base client): connection errors, 408, 429 and 5xx are
retried with exponential backoff and jitter, a Retry-After (429, 503, any status that sends one)
is honoured and never undercut, and a non-idempotent write is never retried blindly: when its
outcome is unknown the caller gets an `OutcomeUnknown` and reconciles with the vendor before any
resend.

Status codes, transport errors, unreadable replies and failures while authenticating become
typed errors in failures.py, which also decides whether a failure is sent again. The request log
names vendor, method, path (never its query string) and status only: query strings (which carry
tokens, search terms and paging cursors) and bodies are never logged.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
import weakref
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar
from urllib.parse import urlsplit

import httpx

from frontdesk.connectors.budget import RequestBudget
from frontdesk.connectors.failures import (
    TRANSPORT_ERRORS,
    Unreachable,
    error_before_sending,
    error_for_status,
    error_for_transport,
    error_for_unreadable,
    read_retry_after,
    send_again,
)
from frontdesk.connectors.failures import Forbidden as Forbidden  # re-exported: connectors use it
from frontdesk.connectors.failures import (  # re-exported: read in one place, failures.py
    parse_retry_after as parse_retry_after,
)
from frontdesk.connectors.vendor_time import VendorDates
from frontdesk.domain.clock import Clock, SystemClock
from frontdesk.domain.errors import FrontdeskError, RateLimited

# Re-exported: the outbox and connectors import it from here, where the loop raises it.
from frontdesk.domain.errors import OutcomeUnknown as OutcomeUnknown

log = logging.getLogger("frontdesk.http")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
Sleep = Callable[[float], Awaitable[None]]
T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 8.0
    # Longest Retry-After we wait for inside one call; beyond it RateLimited reaches the caller,
    # which schedules the retry itself (the sync engine, the outbox).
    max_retry_after: float = 30.0


class Auth(Protocol):
    """How a vendor authenticates a request. Implementations live beside their connector."""

    async def prepare(self, http: VendorHttp) -> tuple[dict[str, str], dict[str, str]]:
        """Headers and query parameters to add to the next request."""
        ...

    async def refresh(self, http: VendorHttp) -> bool:
        """After a 401: obtain fresh credentials. False when that is impossible."""
        ...


class NoAuth:
    async def prepare(self, http: VendorHttp) -> tuple[dict[str, str], dict[str, str]]:
        return {}, {}

    async def refresh(self, http: VendorHttp) -> bool:
        return False


ErrorReader = Callable[[httpx.Response], str | None]


def read_error_detail(response: httpx.Response) -> str | None:
    """Best-effort human text from an error body in any of the vendors' shapes."""
    try:
        body: Any = response.json()
    except (ValueError, UnicodeDecodeError):
        return None
    for _ in range(3):  # unwrap {"error": {...}} style nesting
        if isinstance(body, dict):
            for key in ("detail", "message", "Message", "title", "error_description", "error"):
                value = body.get(key)
                if isinstance(value, str) and value:
                    return value[:300]
                if isinstance(value, dict):
                    body = value
                    break
            else:
                errors = body.get("errors")
                if isinstance(errors, list) and errors and isinstance(errors[0], str):
                    return "; ".join(str(e) for e in errors)[:300]
                return None
        else:
            return None
    return None


def shown_path(path: str) -> str:
    """What the log may say of a request's target: its path, never the query string (tokens,
    search terms, paging cursors) of an absolute link such as PracSuite's links.next."""
    return urlsplit(path).path or "/"


class VendorHttp:
    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        vendor: str,
        base_url: str,
        auth: Auth | None = None,
        retry: RetryPolicy | None = None,
        budget: RequestBudget | None = None,
        sleep: Sleep = asyncio.sleep,
        error_reader: ErrorReader = read_error_detail,
        timeout: float = 20.0,
        clock: Clock | None = None,
    ) -> None:
        self.client = client
        self.vendor = vendor
        self.base_url = base_url.rstrip("/")
        self.auth: Auth = auth or NoAuth()
        self.retry = retry or RetryPolicy()
        self.budget = budget
        self.sleep = sleep
        self._read_error = error_reader
        self.timeout = timeout
        self.requests_sent = 0
        self.dates = VendorDates()  # the vendor's clock, read off its replies
        # Retry-After dates are read against this (the connector sets its own clock).
        self.clock: Clock = clock or SystemClock()
        # Replies to non-idempotent requests: an unreadable one leaves the write's outcome
        # unknown, while an unreadable reply to a read changed nothing (see `json`).
        self._write_replies: weakref.WeakSet[httpx.Response] = weakref.WeakSet()
        self._absurd_retry_after: set[str] = set()  # values already logged

    def url(self, path: str) -> str:
        if path.startswith(("http://", "https://")):
            return path
        return f"{self.base_url}/{path.lstrip('/')}"

    def _target(self, path: str, params: Mapping[str, Any]) -> httpx.URL:
        """The URL with `params` added to any query the path carries (a route template such as
        "clients?practiceId=9"): httpx would replace that query with `params`, not extend it."""
        url = httpx.URL(self.url(path))
        return url.copy_merge_params(params) if params else url

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json_body: Any = None,
        data: Mapping[str, str] | None = None,
        content: bytes | None = None,
        files: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool | None = None,
        authenticate: bool = True,
    ) -> httpx.Response:
        """Send with retries; return a 2xx response or raise a typed FrontdeskError."""
        method = method.upper()
        if idempotent is None:
            idempotent = method in IDEMPOTENT_METHODS
        refreshed = False
        attempt = 0
        while True:
            attempt += 1
            last = attempt >= self.retry.max_attempts
            extra_headers: dict[str, str] = {}
            extra_params: dict[str, str] = {}
            if authenticate:
                extra_headers, extra_params = await self._authenticate(self.auth.prepare)
            if self.budget is not None:
                self.budget.spend()
            self.requests_sent += 1
            started = time.monotonic()
            try:
                response = await self.client.request(
                    method,
                    self._target(path, {**(params or {}), **extra_params}),
                    json=json_body,
                    data=data,
                    content=content,
                    files=files,
                    headers={**(headers or {}), **extra_headers},
                    timeout=self.timeout,
                )
            except TRANSPORT_ERRORS as exc:
                error = error_for_transport(exc, vendor=self.vendor, write=not idempotent)
                what = "cannot connect" if isinstance(error, Unreachable) else "no answer"
                log.info(
                    "%s %s %s: %s (%s)",
                    self.vendor,
                    method,
                    shown_path(path),
                    what,
                    type(exc).__name__,
                )
                if last or not send_again(error, write=not idempotent):
                    raise error from None
                await self.sleep(self._backoff(attempt))
                continue
            self.dates.note(response.headers.get("Date"))
            elapsed_ms = (time.monotonic() - started) * 1000
            log.debug(
                "%s %s %s -> %s in %.0f ms",
                self.vendor,
                method,
                shown_path(path),
                response.status_code,
                elapsed_ms,
            )
            status = response.status_code
            if status < 400:
                if not idempotent:
                    self._write_replies.add(response)
                return response
            if (
                status == 401
                and authenticate
                and not refreshed
                and await self._authenticate(self.auth.refresh)
            ):
                refreshed = True
                attempt -= 1  # a token refresh is not a failed attempt
                continue
            error = self._error_for(response, path, write=not idempotent)
            if last or not send_again(error, write=not idempotent):
                raise error
            if isinstance(error, RateLimited) and error.retry_after is None:
                raise error  # a quota window, not a burst: the caller plans around it
            wait = max(self._backoff(attempt), error.retry_after or 0.0)
            if wait > self.retry.max_retry_after:
                raise error  # longer than a call should block: the caller schedules it
            await self.sleep(wait)

    async def _authenticate(self, step: Callable[[VendorHttp], Awaitable[T]]) -> T:
        """Run the Auth's prepare or refresh. However it fails (the token endpoint's HTML page,
        its 5xx...), the request it was for has not left: failures.py says what that means."""
        try:
            return await step(self)
        except Exception as exc:
            raise error_before_sending(exc, vendor=self.vendor) from None

    def _backoff(self, attempt: int) -> float:
        delay = min(self.retry.max_delay, self.retry.base_delay * 2.0 ** (attempt - 1))
        return delay * (0.75 + random.random() * 0.5)

    def _error_for(self, response: httpx.Response, path: str, *, write: bool) -> FrontdeskError:
        header = response.headers.get("Retry-After")
        retry_after = read_retry_after(header, self.clock.now().timestamp())
        if retry_after is not None and retry_after.clamped and header is not None:
            # Once per value and account: a server that always says "inf" is not worth a line
            # per request. The path only: a query string may carry a token.
            level = logging.DEBUG if header in self._absurd_retry_after else logging.WARNING
            self._absurd_retry_after.add(header)
            log.log(
                level,
                "%s %s: Retry-After %r is out of range; waiting %.0f s instead",
                self.vendor,
                shown_path(path),
                header[:40],
                retry_after.seconds,
            )
        return error_for_status(
            response.status_code,
            self._read_error(response),
            vendor=self.vendor,
            write=write,
            retry_after=None if retry_after is None else retry_after.seconds,
        )

    def json(self, response: httpx.Response) -> Any:
        """The body as JSON, or a ProtocolError that says what was wrong (failures.py says
        what it means: unknown after a write, transient after a read)."""
        write = response in self._write_replies
        if not response.content.strip():
            raise error_for_unreadable(
                "answered with an empty body where data was expected",
                vendor=self.vendor,
                write=write,
            )
        try:
            return response.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            kind = response.headers.get("content-type", "unknown").split(";")[0]
            raise error_for_unreadable(
                f"answered with something that is not JSON ({kind})",
                vendor=self.vendor,
                write=write,
            ) from None

    async def get_json(self, path: str, **kwargs: Any) -> Any:
        return self.json(await self.request("GET", path, **kwargs))


# What httpx imports on its first request, not when a client is made.
FIRST_REQUEST_IMPORTS = (
    "httpcore._backends.auto",
    "httpcore._backends.anyio",
    "httpcore._async.http11",
    "anyio._backends._asyncio",
    "anyio.streams.tls",
    "anyio.to_thread",
    "h11",
    "certifi",
)
# Optional modules httpcore tries on every request.
ASKED_FOR_IF_INSTALLED = ("sniffio",)


def load_transport() -> None:
    """Import now what the first request would: run on the cache worker when a workspace opens,
    so the first request of a sync imports nothing on the GUI thread (30-80 ms there: PySide6's
    import hook reads the source of each module imported after it)."""
    import importlib
    import importlib.util
    import sys

    for name in FIRST_REQUEST_IMPORTS:
        importlib.import_module(name)
    # httpcore asks for sniffio in every lock it takes (`current_async_library`); not installed,
    # each ask searched sys.path again: four a request, 0.25 ms each on the GUI thread. Known
    # absent, an import of it fails at once (None in sys.modules), as it would have anyway.
    for name in ASKED_FOR_IF_INSTALLED:
        if name not in sys.modules and importlib.util.find_spec(name) is None:
            sys.modules[name] = None  # type: ignore[assignment]
