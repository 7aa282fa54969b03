"""The demo clinic's simulators over real HTTP on loopback, one port per vendor host.

`frontdesk sandbox serve` uses it so that IT can try `frontdesk accounts add` against something
that answers, and end-to-end tests can drive the real commands over the wire. Only loopback
addresses are served: the simulators accept well-known demo credentials.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import os
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from frontdesk.sandbox.demo import DemoAccount, DemoClinic

INSTALL_HINT = (
    "serving the simulators needs uvicorn, which this installation does not include; "
    "install it with `pip install 'frontdesk[serve]'` (or `pip install uvicorn`)"
)


class SandboxError(Exception):
    """The sandbox cannot start; the message says why."""


@dataclass(frozen=True)
class ServedHost:
    host: str  # the simulator's in-process host name, e.g. "progenda.sandbox"
    origin: str  # where it answers now, e.g. "http://127.0.0.1:8701"
    accounts: list[DemoAccount]  # the demo accounts it serves, addresses rewritten to `origin`


def loopback_address(host: str) -> str:
    """The address to bind: a loopback IP literal ("localhost" means 127.0.0.1)."""
    text = host.strip().strip("[]").lower()
    if text == "localhost":
        return "127.0.0.1"
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        address = None
    if address is None or not address.is_loopback:
        raise SandboxError(
            f"{host!r} is not a loopback address: the simulators accept demo credentials and are "
            "only served to this computer (use 127.0.0.1, ::1 or localhost)"
        )
    return str(address)


def _origin(address: str, port: int) -> str:
    shown = f"[{address}]" if ":" in address else address
    return f"http://{shown}:{port}"


def _move(url: str, origins: dict[str, str]) -> str:
    """A URL on a simulator host, moved to where that simulator now listens."""
    parts = urlsplit(url)
    origin = origins.get(parts.hostname or "") if parts.scheme in ("http", "https") else None
    if origin is None:
        return url
    new = urlsplit(origin)
    return urlunsplit((new.scheme, new.netloc, parts.path, parts.query, parts.fragment))


def moved_account(account: DemoAccount, origins: dict[str, str]) -> DemoAccount:
    """The base URL and URL-valued options (SyncVet's token_url) point at the served ports."""
    return replace(
        account,
        base_url=_move(account.base_url, origins),
        options={k: _move(v, origins) for k, v in account.options.items()},
    )


def _bind(address: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    try:
        # Protocol IPPROTO_TCP (not 0), so asyncio sets TCP_NODELAY on accepted connections:
        # uvicorn writes headers and body apart, and with Nagle each keep-alive reply waited
        # ~40 ms for the client's delayed ACK.
        server = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        if os.name == "posix":  # on Windows SO_REUSEADDR would let another process share it
            server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        server.bind((address, port))
        server.listen()
        return server
    except OSError as exc:
        raise SandboxError(f"cannot listen on {_origin(address, port)}: {exc.strerror}") from None


class Sandbox:
    """Binds one socket per simulator host at construction (so addresses are known at once)."""

    def __init__(self, clinic: DemoClinic, host: str = "127.0.0.1", port: int = 0) -> None:
        self.clinic = clinic
        self.address = loopback_address(host)
        self._sockets: dict[str, socket.socket] = {}
        try:
            for index, name in enumerate(clinic.apps):
                # --port N: N, N+1, ... in the demo's order, so addresses stay the same each run.
                self._sockets[name] = _bind(self.address, port + index if port else 0)
        except SandboxError:
            self.close()
            raise
        origins = {
            name: _origin(self.address, int(s.getsockname()[1]))
            for name, s in self._sockets.items()
        }
        self.hosts = [
            ServedHost(
                name,
                origins[name],
                [
                    moved_account(a, origins)
                    for a in clinic.accounts
                    if urlsplit(a.base_url).hostname == name
                ],
            )
            for name in clinic.apps
        ]
        self._stop = asyncio.Event()
        self._servers: list[Any] = []

    @property
    def accounts(self) -> list[DemoAccount]:
        return [a for h in self.hosts for a in h.accounts]

    def stop(self) -> None:
        self._stop.set()
        for server in self._servers:
            server.should_exit = True

    def close(self) -> None:
        for s in self._sockets.values():
            s.close()

    async def serve(self, on_ready: Callable[[], None] | None = None) -> None:
        """Serve until `stop()`; `on_ready` runs once every simulator accepts connections."""
        try:
            import uvicorn
        except ImportError:
            self.close()
            raise SandboxError(INSTALL_HINT) from None
        server_class = _quiet_server_class(uvicorn)
        self._servers = [
            server_class(
                uvicorn.Config(
                    self.clinic.apps[name],
                    log_level="warning",
                    lifespan="off",
                    access_log=False,
                )
            )
            for name in self._sockets
        ]
        tasks = [
            asyncio.create_task(server.serve(sockets=[sock]))
            for server, sock in zip(self._servers, self._sockets.values(), strict=True)
        ]
        try:
            started = asyncio.gather(*(s.ready.wait() for s in self._servers))
            done, _ = await asyncio.wait(
                [asyncio.ensure_future(started), *tasks], return_when=asyncio.FIRST_COMPLETED
            )
            failed = [t for t in tasks if t in done]
            if failed:
                started.cancel()
                raise SandboxError("a simulator stopped while starting") from failed[0].exception()
            if on_ready is not None:
                on_ready()
            await self._stop.wait()
        finally:
            for server in self._servers:
                server.should_exit = True
            await asyncio.gather(*tasks, return_exceptions=True)
            self.close()


def _quiet_server_class(uvicorn: Any) -> Any:
    """uvicorn.Server that signals readiness and leaves signals to us (several run at once)."""

    class Server(uvicorn.Server):  # type: ignore[misc]
        def __init__(self, config: Any) -> None:
            super().__init__(config)
            self.ready = asyncio.Event()

        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets)
            self.ready.set()

        @contextlib.contextmanager
        def capture_signals(self) -> Iterator[None]:
            yield

    return Server
