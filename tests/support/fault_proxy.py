"""A fault-injecting HTTP proxy on 127.0.0.1, between the connectors and a simulator.

Unlike frontdesk.sandbox.faults (an ASGI wrapper inside the simulator), this sits on the wire, so
it can do what only the network does: reset the connection after the vendor acted, hold a reply
past the client's timeout, cut a body short. It is a small raw asyncio HTTP/1.1 server (no
framework in between that would turn a dropped connection into a tidy 500).

Each request gets an `Action`, from the first matching `Rule` (consumed when it has a count),
else from the seeded `Schedule`, else PASS. Every exchange is recorded: what reached the vendor
and what it answered, and what the client was given instead.

    proxy = FaultProxy("http://127.0.0.1:8123", schedule=Schedule(seed=7, rate=0.3))
    async with proxy:
        ... point the account's base URL at proxy.origin ...
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import socket
import struct
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import TracebackType
from urllib.parse import parse_qs, urlsplit

import httpx

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Token endpoints of the vendors that have one: Naturaesoft /auth/token, SyncVet's OAuth URL.
TOKEN_PATHS = ("/auth/token", "/oauth2/v2.0/token")
HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "transfer-encoding",
        "content-length",
        "content-encoding",  # httpx hands us the decoded body
        "host",
        "proxy-connection",
        "upgrade",
        "te",
        "trailer",
    }
)
MAX_HEAD = 64 * 1024
MAX_REQUESTS = 100_000  # on one keep-alive connection (a bound, far above any test's traffic)
HTML_PAGE = (
    b"<!DOCTYPE html><html><head><title>Service maintenance</title></head>"
    b"<body><h1>We'll be right back</h1><p>The gateway is being serviced.</p></body></html>"
)


class Fault(StrEnum):
    PASS = "pass"
    # Forwarded, the vendor answered; the client's connection is reset instead of the reply.
    DROP_AFTER = "drop_after"
    # Forwarded, the vendor answered; the reply is held past the client's timeout, then dropped.
    DELAY_AFTER = "delay_after"
    # Forwarded, the vendor answered; the client gets `status` (500/502/503/524) instead.
    STATUS_AFTER = "status_after"
    # Not forwarded: the client gets `status` (503/429) with a Retry-After.
    STATUS_BEFORE = "status_before"
    # Forwarded; the vendor's body cut in half (a complete message that is not JSON any more).
    TRUNCATE = "truncate"
    # Forwarded; the client gets 200 with an HTML page instead of the vendor's reply.
    HTML_AFTER = "html_after"
    # Not forwarded: 200 with an HTML page (a captive portal, a maintenance gateway).
    HTML_BEFORE = "html_before"


FORWARDS = frozenset(
    {
        Fault.PASS,
        Fault.DROP_AFTER,
        Fault.DELAY_AFTER,
        Fault.STATUS_AFTER,
        Fault.TRUNCATE,
        Fault.HTML_AFTER,
    }
)


@dataclass(frozen=True)
class Action:
    fault: Fault = Fault.PASS
    status: int = 0  # for STATUS_AFTER / STATUS_BEFORE
    retry_after: str | None = None  # header value for STATUS_BEFORE
    delay: float = 0.0  # DELAY_AFTER: how long the reply is held (past the client's timeout)


PASS = Action()


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    @property
    def is_write(self) -> bool:
        return self.method in WRITE_METHODS and not self.is_token

    @property
    def is_token(self) -> bool:
        return self.path.endswith(TOKEN_PATHS)


@dataclass
class Rule:
    """Applies `action` to requests that match; `times` None means every match."""

    action: Action
    method: str | None = None
    path_contains: str | None = None
    token_only: bool = False
    times: int | None = None

    def matches(self, request: Request) -> bool:
        if self.times is not None and self.times <= 0:
            return False
        if self.method is not None and request.method != self.method:
            return False
        if self.path_contains is not None and self.path_contains not in request.path:
            return False
        return not self.token_only or request.is_token


@dataclass
class Schedule:
    """Seeded faults: each write (and each token request) draws from one Random, in the order
    requests arrive, so a run with the same seed and the same traffic sees the same faults.
    Reads pass untouched (faults on reads exercise sync, not the outbox)."""

    seed: int
    rate: float = 0.3  # share of writes given a fault
    token_rate: float = 0.15  # share of token requests given a fault
    delay: float = 1.5  # DELAY_AFTER hold; longer than the child's client timeout
    write_faults: Sequence[Action] = ()
    token_faults: Sequence[Action] = ()
    enabled: bool = True
    random: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.random = random.Random(self.seed)
        if not self.write_faults:
            self.write_faults = default_write_faults(self.delay)
        if not self.token_faults:
            self.token_faults = (
                Action(Fault.HTML_BEFORE),
                Action(Fault.STATUS_BEFORE, 502),
                Action(Fault.STATUS_BEFORE, 503, retry_after="1"),
                Action(Fault.STATUS_BEFORE, 500),
            )

    def __call__(self, request: Request) -> Action:
        if not self.enabled:
            return PASS
        if request.is_token:
            if self.random.random() < self.token_rate:
                return self.random.choice(list(self.token_faults))
            return PASS
        if request.is_write and self.random.random() < self.rate:
            return self.random.choice(list(self.write_faults))
        return PASS


def default_write_faults(delay: float) -> tuple[Action, ...]:
    return (
        Action(Fault.DROP_AFTER),
        Action(Fault.DELAY_AFTER, delay=delay),
        Action(Fault.STATUS_AFTER, 500),
        Action(Fault.STATUS_AFTER, 502),
        Action(Fault.STATUS_AFTER, 503),
        Action(Fault.STATUS_AFTER, 524),
        Action(Fault.STATUS_BEFORE, 503, retry_after="2"),
        Action(Fault.STATUS_BEFORE, 429, retry_after="1"),
        Action(Fault.TRUNCATE),
        Action(Fault.HTML_AFTER),
        Action(Fault.HTML_BEFORE),
    )


@dataclass
class Exchange:
    """One request as the proxy saw it."""

    seq: int
    request: Request
    action: Action
    forwarded: bool = False  # it reached the vendor
    vendor_status: int | None = None  # what the vendor answered (None: not forwarded / no answer)
    vendor_body: bytes = b""
    client_status: int | None = None  # what the client was given (None: dropped / timed out)

    @property
    def method(self) -> str:
        return self.request.method

    @property
    def path(self) -> str:
        return self.request.path


Hook = Callable[[Exchange], Awaitable[None]]


class FaultProxy:
    def __init__(
        self,
        upstream: str,
        *,
        schedule: Callable[[Request], Action] | None = None,
        rules: Sequence[Rule] = (),
    ) -> None:
        self.upstream = upstream.rstrip("/")
        self.schedule = schedule
        self.rules: list[Rule] = list(rules)
        self.exchanges: list[Exchange] = []
        # Called when a request has arrived (before forwarding) and when the vendor answered
        # (before the client gets anything): tests SIGKILL the client at these moments.
        self.on_request: Hook | None = None
        self.on_answered: Hook | None = None
        self._server: asyncio.Server | None = None
        self._client: httpx.AsyncClient | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.port = 0

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def __aenter__(self) -> FaultProxy:
        host = urlsplit(self.upstream).hostname
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError("the fault proxy only forwards to loopback")
        self._client = httpx.AsyncClient(base_url=self.upstream, timeout=30)
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, limit=MAX_HEAD)
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()
        if self._client is not None:
            await self._client.aclose()

    # -- what was seen -------------------------------------------------------------------------
    def forwarded(self, method: str | None = None, path_contains: str = "") -> list[Exchange]:
        return [
            e
            for e in self.exchanges
            if e.forwarded and (method is None or e.method == method) and path_contains in e.path
        ]

    def faults(self) -> dict[str, int]:
        """How many requests got each fault (PASS left out); a token request's as token:NAME."""
        counts: dict[str, int] = {}
        for e in self.exchanges:
            if e.action.fault is not Fault.PASS:
                name = ("token:" if e.request.is_token else "") + _fault_name(e.action)
                counts[name] = counts.get(name, 0) + 1
        return dict(sorted(counts.items()))

    # -- deciding ------------------------------------------------------------------------------
    def _decide(self, request: Request) -> Action:
        for rule in self.rules:
            if rule.matches(request):
                if rule.times is not None:
                    rule.times -= 1
                return rule.action
        return self.schedule(request) if self.schedule is not None else PASS

    # -- serving -------------------------------------------------------------------------------
    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        try:
            for _ in range(MAX_REQUESTS):  # keep-alive: one request after another
                request = await _read_request(reader)
                if request is None:
                    break
                if not await self._exchange(request, reader, writer):
                    break
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass  # the client went away (killed, or timed out): nothing to answer
        finally:
            if task is not None:
                self._tasks.discard(task)
            with contextlib.suppress(Exception):
                writer.close()

    async def _exchange(
        self, request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        """Serve one request; False when the connection is finished with."""
        action = self._decide(request)
        exchange = Exchange(len(self.exchanges) + 1, request, action)
        self.exchanges.append(exchange)
        if self.on_request is not None:
            await self.on_request(exchange)
        fault = action.fault
        if fault is Fault.STATUS_BEFORE:
            headers = {"content-type": "application/json"}
            if action.retry_after is not None:
                headers["retry-after"] = action.retry_after
            body = json.dumps({"message": f"proxy: {action.status} before forwarding"}).encode()
            return await _reply(writer, exchange, action.status, headers, body)
        if fault is Fault.HTML_BEFORE:
            return await _reply(writer, exchange, 200, {"content-type": "text/html"}, HTML_PAGE)

        # Forwarded: whatever the client sees next, the vendor has done its part.
        status, headers, body = await self._forward(request)
        exchange.forwarded = True
        exchange.vendor_status, exchange.vendor_body = status, body
        if self.on_answered is not None:
            await self.on_answered(exchange)
        if fault is Fault.DROP_AFTER:
            _reset(writer)
            return False
        if fault is Fault.DELAY_AFTER:
            # Held until the client gives up and closes (or the hold ends): then dropped.
            with contextlib.suppress(TimeoutError, ConnectionError):
                await asyncio.wait_for(reader.read(1), action.delay)
            _reset(writer)
            return False
        if fault is Fault.STATUS_AFTER:
            text = f"proxy: {action.status} after the vendor answered {status}"
            return await _reply(
                writer,
                exchange,
                action.status,
                {"content-type": "application/json"},
                json.dumps({"message": text}).encode(),
            )
        if fault is Fault.TRUNCATE:
            return await _reply(writer, exchange, status, headers, body[: len(body) // 2])
        if fault is Fault.HTML_AFTER:
            return await _reply(writer, exchange, 200, {"content-type": "text/html"}, HTML_PAGE)
        return await _reply(writer, exchange, status, headers, body)

    async def _forward(self, request: Request) -> tuple[int, dict[str, str], bytes]:
        assert self._client is not None
        headers = {k: v for k, v in request.headers.items() if k not in HOP_BY_HOP}
        # The client's Host is kept (as a reverse proxy that preserves it), so links the vendor
        # builds from it (PracSuite's links.next) point at the proxy, not around it.
        if "host" in request.headers:
            headers["host"] = request.headers["host"]
        response = await self._client.request(
            request.method,
            request.path,
            params=[(k, v) for k, values in request.query.items() for v in values],
            headers=headers,
            content=request.body,
        )
        kept = {k: v for k, v in response.headers.items() if k.lower() not in HOP_BY_HOP}
        return response.status_code, kept, response.content


def _fault_name(action: Action) -> str:
    return f"{action.fault.value}:{action.status}" if action.status else action.fault.value


async def _read_request(reader: asyncio.StreamReader) -> Request | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None  # closed between requests
    lines = head.decode("latin-1").split("\r\n")
    method, target, _version = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = await _read_chunked(reader)
    else:
        body = await reader.readexactly(int(headers.get("content-length", "0") or 0))
    parts = urlsplit(target)
    return Request(
        method.upper(),
        parts.path,
        parse_qs(parts.query, keep_blank_values=True),
        headers,
        body,
    )


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    body = b""
    for _ in range(1_000_000):  # bounded: a body of a million chunks is not a vendor request
        size = int((await reader.readuntil(b"\r\n")).split(b";")[0].strip(), 16)
        if size == 0:
            await reader.readuntil(b"\r\n")
            return body
        body += await reader.readexactly(size)
        await reader.readexactly(2)
    raise ValueError("too many chunks")


async def _reply(
    writer: asyncio.StreamWriter,
    exchange: Exchange,
    status: int,
    headers: dict[str, str],
    body: bytes,
) -> bool:
    exchange.client_status = status
    head = [f"HTTP/1.1 {status} {_reason(status)}"]
    head += [f"{k}: {v}" for k, v in headers.items()]
    head += [f"content-length: {len(body)}", "connection: keep-alive", "", ""]
    writer.write("\r\n".join(head).encode("latin-1") + body)
    await writer.drain()
    return True


def _reason(status: int) -> str:
    return {
        200: "OK",
        201: "Created",
        204: "No Content",
        429: "Too Many Requests",
        500: "Internal Server Error",
        502: "Bad Gateway",
        503: "Service Unavailable",
        524: "A Timeout Occurred",
    }.get(status, "Status")


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with a TCP reset (SO_LINGER 0): the client sees the connection die mid-request."""
    sock = writer.get_extra_info("socket")  # asyncio's TransportSocket: setsockopt works
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()
