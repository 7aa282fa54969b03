"""Misbehaviour on demand, for reliability tests against the real wire protocol.

`Faults` is an ASGI middleware wrapped around any simulator. Tests script it: answer the next N
requests with a given status/body/headers, add latency, drop the connection after the request was
handled (the client sees a timeout although the write happened), or go fully offline.
It also records every request, so a test can assert what the vendor actually received.
"""

from __future__ import annotations

import asyncio
import json
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class DroppedConnection(Exception):
    """Raised inside the server to make the client see the connection die."""


class VendorOffline(DroppedConnection):
    """Raised inside the server to make the client see a refused connection."""


@dataclass
class ScriptedReply:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    # Apply only to requests whose path contains this text (None: any request).
    path_contains: str | None = None
    method: str | None = None
    # Let the real handler run first, then drop the connection (write happened, client unsure).
    drop_after_handling: bool = False


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    status: int


class Faults:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.script: deque[ScriptedReply] = deque()
        self.latency: float = 0.0
        self.offline: bool = False
        self.requests: list[Recorded] = []

    # -- scripting API -------------------------------------------------------------------
    def fail_next(
        self,
        status: int,
        body: Any = b"",
        *,
        headers: dict[str, str] | None = None,
        times: int = 1,
        path_contains: str | None = None,
        method: str | None = None,
    ) -> None:
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        for _ in range(times):
            self.script.append(
                ScriptedReply(status, raw, dict(headers or {}), path_contains, method)
            )

    def drop_after_next(
        self, *, path_contains: str | None = None, method: str | None = None
    ) -> None:
        self.script.append(
            ScriptedReply(0, drop_after_handling=True, path_contains=path_contains, method=method)
        )

    def _take(self, method: str, path: str) -> ScriptedReply | None:
        for reply in self.script:
            if reply.path_contains and reply.path_contains not in path:
                continue
            if reply.method and reply.method != method:
                continue
            self.script.remove(reply)
            return reply
        return None

    # -- ASGI ----------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.latency:
            await asyncio.sleep(self.latency)
        if self.offline:
            raise VendorOffline("simulated offline vendor")
        body = b""
        more = True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        consumed = False

        async def replay() -> Message:
            nonlocal consumed
            if consumed:
                return {"type": "http.disconnect"}
            consumed = True
            return {"type": "http.request", "body": body, "more_body": False}

        method = scope["method"]
        path = scope["path"]
        query = parse_qs(scope.get("query_string", b"").decode(), keep_blank_values=True)
        headers = {k.decode().lower(): v.decode() for k, v in scope.get("headers", [])}
        scripted = self._take(method, path)
        status_seen = 0

        async def capture(message: Message) -> None:
            nonlocal status_seen
            if message["type"] == "http.response.start":
                status_seen = message["status"]
            await send(message)

        if scripted is not None and not scripted.drop_after_handling:
            status_seen = scripted.status
            self.requests.append(Recorded(method, path, query, headers, body, status_seen))
            hdrs = (
                [(b"content-type", b"application/json")]
                if scripted.body[:1] in (b"{", b"[")
                else []
            )
            hdrs += [(k.lower().encode(), v.encode()) for k, v in scripted.headers.items()]
            await send({"type": "http.response.start", "status": scripted.status, "headers": hdrs})
            await send({"type": "http.response.body", "body": scripted.body})
            return
        if scripted is not None:  # drop after handling: run the app, swallow its reply

            async def swallow(message: Message) -> None:
                nonlocal status_seen
                if message["type"] == "http.response.start":
                    status_seen = message["status"]

            await self.app(scope, replay, swallow)
            self.requests.append(Recorded(method, path, query, headers, body, status_seen))
            raise DroppedConnection("simulated connection lost after the write")
        await self.app(scope, replay, capture)
        self.requests.append(Recorded(method, path, query, headers, body, status_seen))
