"""A simulator served by uvicorn on 127.0.0.1 inside the test's event loop, with a gate that
records every request and can hold one (the vendor still working when the client dies)."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import socket
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import uvicorn

LIMIT = 60.0  # seconds a child may take to say something before the test gives up
SUPPORT = Path(__file__).resolve().parents[1] / "support"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ReadyServer(uvicorn.Server):
    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = asyncio.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.ready.set()


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]


@dataclass
class Gate:
    """ASGI middleware: records requests; holds the `hold_at`-th matching one until released.

    The body is read before holding, so a held write is carried out after release even when
    the client that sent it has been killed meanwhile.
    """

    app: Any
    seen: list[Seen] = field(default_factory=list)
    hold_method: str = "POST"
    hold_path: str = ""
    hold_at: int | None = None
    held: asyncio.Event = field(default_factory=asyncio.Event)
    release: asyncio.Event = field(default_factory=asyncio.Event)
    _matching: int = 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query = parse_qs(scope.get("query_string", b"").decode())
        self.seen.append(Seen(scope["method"], scope["path"], query))
        body = b""
        more = True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        if (
            self.hold_at is not None
            and scope["method"] == self.hold_method
            and scope["path"].endswith(self.hold_path)
        ):
            self._matching += 1
            if self._matching == self.hold_at:
                self.held.set()
                await self.release.wait()
        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def tolerant(message: dict[str, Any]) -> None:
            # The client may be gone; the vendor has done the work anyway.
            with contextlib.suppress(Exception):
                await send(message)

        await self.app(scope, replay, tolerant)

    def hold(self, method: str, path_end: str, nth: int = 1) -> None:
        """Hold the `nth` request from now on whose method and path end match."""
        self.hold_method, self.hold_path, self.hold_at, self._matching = method, path_end, nth, 0
        self.held.clear()
        self.release.clear()

    def count(self, method: str, path_end: str) -> int:
        return sum(1 for s in self.seen if s.method == method and s.path.endswith(path_end))


@asynccontextmanager
async def serve(app: Any) -> AsyncIterator[tuple[str, Gate]]:
    """(base URL without path, gate) while uvicorn serves `app` on a free loopback port."""
    gate = Gate(app)
    port = free_port()
    config = uvicorn.Config(gate, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    server = ReadyServer(config)
    task = asyncio.create_task(server.serve())
    await asyncio.wait_for(server.ready.wait(), timeout=30)
    try:
        yield f"http://127.0.0.1:{port}", gate
    finally:
        gate.release.set()
        server.should_exit = True
        await task


class Child:
    """A helper script run as its own process; its stdout read line by line."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process

    @staticmethod
    async def start(script: str, *args: str) -> Child:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            str(SUPPORT / script),
            *args,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        return Child(process)

    async def line(self) -> str:
        assert self.process.stdout is not None
        raw = await asyncio.wait_for(self.process.stdout.readline(), LIMIT)
        if not raw:
            errors = b""
            if self.process.stderr is not None:
                errors = await self.process.stderr.read()
            code = await self.process.wait()
            raise AssertionError(f"the child ended early ({code}): {errors.decode()[-2000:]}")
        return raw.decode().strip()

    async def until(self, words: str) -> str:
        """The first line whose first words are `words` ("stored 25" is not "stored 250")."""
        wanted = words.split()
        while True:
            text = await self.line()
            if text.split()[: len(wanted)] == wanted:
                return text

    async def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)  # no cleanup, no flush, no atexit
        await self.process.wait()

    async def finish(self) -> tuple[int, str]:
        out, err = await asyncio.wait_for(self.process.communicate(), LIMIT)
        assert self.process.returncode is not None
        return self.process.returncode, (out + err).decode()
