"""The demo clinic's simulators on 127.0.0.1, served from a thread of the test process, so that
a test runs the real commands (in-process through `main`, or as separate processes) against
them and reads what each vendor received (`Faults.requests`)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from frontdesk.__main__ import main
from frontdesk.domain.clock import SystemClock
from frontdesk.domain.models import Appointment, AppointmentStatus
from frontdesk.sandbox.demo import DemoAccount, DemoClinic, build_demo
from frontdesk.sandbox.faults import ASGIApp, Faults, Receive, Recorded, Scope, Send
from frontdesk.sandbox.serve import Sandbox
from frontdesk.store import paths
from frontdesk.store.cache import Cache

LIMIT = 60.0  # seconds a server thread may take to start, stop or finish a held request


class Hold:
    """ASGI middleware inside a simulator: holds the next request whose method and path match,
    its body already read, until released; then the vendor does the work even if the client has
    given up meanwhile (a timeout mid-send)."""

    def __init__(self, app: ASGIApp, loop: asyncio.AbstractEventLoop) -> None:
        self.app = app
        self.loop = loop
        self.armed: tuple[str, str] | None = None
        self.held = threading.Event()
        self.finished = threading.Event()
        self._go = asyncio.Event()

    def arm(self, method: str, path_contains: str) -> None:
        self.armed = (method, path_contains)

    def release(self) -> None:
        self.loop.call_soon_threadsafe(self._go.set)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        wanted = self.armed
        if wanted is None or (scope["method"], wanted[1] in scope["path"]) != (wanted[0], True):
            await self.app(scope, receive, send)
            return
        self.armed = None
        self.held.set()
        await self._go.wait()

        async def tolerant(message: Any) -> None:
            with contextlib.suppress(Exception):  # the client may be gone: the work is done
                await send(message)

        try:
            await self.app(scope, receive, tolerant)
        finally:
            self.finished.set()


class Tracked(Faults):
    """Faults that knows when no request is under way: it records a request after its reply has
    left, so a test reads `requests` only once the server is idle."""

    def __init__(self, app: ASGIApp) -> None:
        super().__init__(app)
        self._busy = 0
        self._idle = threading.Condition()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        with self._idle:
            self._busy += 1
        try:
            await super().__call__(scope, receive, send)
        finally:
            with self._idle:
                self._busy -= 1
                self._idle.notify_all()

    def settled(self) -> list[Recorded]:
        with self._idle:
            assert self._idle.wait_for(lambda: self._busy == 0, LIMIT), "a request never ended"
            return list(self.requests)


@dataclass
class Served:
    clinic: DemoClinic
    sandbox: Sandbox
    loop: asyncio.AbstractEventLoop
    holds: dict[str, Hold] = field(default_factory=dict)

    def account(self, vendor: str) -> DemoAccount:
        return next(a for a in self.sandbox.accounts if a.vendor == vendor)

    def host(self, vendor: str) -> str:
        return next(
            h.host for h in self.sandbox.hosts if any(a.vendor == vendor for a in h.accounts)
        )

    def faults(self, vendor: str) -> Tracked:
        faults = self.clinic.apps[self.host(vendor)]
        assert isinstance(faults, Tracked)
        return faults

    def state(self, vendor: str) -> Any:
        return self.clinic.states[self.host(vendor)]

    def requests(self, vendor: str) -> list[Recorded]:
        """Every request the vendor has received, once none is under way."""
        return self.faults(vendor).settled()

    def hold(self, vendor: str) -> Hold:
        return self.holds[self.host(vendor)]


def writes(recorded: list[Recorded]) -> list[Recorded]:
    """What changed something at the vendor (reads and the token request left out)."""
    return [
        r
        for r in recorded
        if r.method in ("POST", "PUT", "PATCH", "DELETE") and "token" not in r.path
    ]


@contextmanager
def serve(*vendors: str) -> Iterator[Served]:
    clinic = build_demo(SystemClock(), only=set(vendors))
    loop = asyncio.new_event_loop()
    holds = {host: Hold(faults.app, loop) for host, faults in clinic.apps.items()}
    clinic.apps = {host: Tracked(hold) for host, hold in holds.items()}
    sandbox = Sandbox(clinic)
    ready = threading.Event()
    failed: list[BaseException] = []

    def run() -> None:
        try:
            loop.run_until_complete(sandbox.serve(ready.set))
        except BaseException as exc:
            failed.append(exc)
            ready.set()
        finally:
            loop.close()

    thread = threading.Thread(target=run, name="simulators", daemon=True)
    thread.start()
    assert ready.wait(LIMIT) and not failed, failed
    try:
        yield Served(clinic, sandbox, loop, holds)
    finally:
        for hold in holds.values():
            hold.release()
        loop.call_soon_threadsafe(sandbox.stop)
        thread.join(LIMIT)
        assert not thread.is_alive()


# -- running commands in-process ---------------------------------------------------------------------
@dataclass(frozen=True)
class Ran:
    args: tuple[str, ...]
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def __str__(self) -> str:  # what pytest shows when an assertion about it fails
        return f"frontdesk {' '.join(self.args)} -> {self.code}\n{self.err}{self.out}"


class Desk:
    """`frontdesk` run through `main` in this process (the data folder and keyring are the
    test's own, from tests/conftest.py)."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys

    def __call__(self, *args: str) -> Ran:
        self.capsys.readouterr()
        code = main(list(args))
        out = self.capsys.readouterr()
        ran = Ran(args, code, out.out, out.err)
        assert "Traceback" not in ran.err, ran
        return ran

    def ok(self, *args: str) -> Any:
        ran = self(*args, "--json")
        assert ran.code == 0, ran
        return ran.json()

    def add(self, account: DemoAccount) -> None:
        args = ["accounts", "add", account.name, "--vendor", account.vendor]
        args += ["--base-url", account.base_url, "--no-test"]
        for key, value in account.options.items():
            args += ["--option", f"{key}={value}"]
        for key, value in account.secrets.items():
            args += ["--secret", f"{key}={value}"]
        self.ok(*args)

    def outbox(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self.ok("outbox", "list")
        return found


def cached(
    account: str, start: datetime, end: datetime, path: Path | None = None
) -> list[Appointment]:
    """The cache as the last sync left it (tests pick real appointments to change); `path`:
    another data folder's cache than this process's."""
    cache = Cache(path or paths.cache_path())
    try:
        return cache.appointments_between(start, end, account)
    finally:
        cache.close()


def future(
    account: str, provider_id: str, service_id: str | None = None, path: Path | None = None
) -> list[Appointment]:
    """Booked appointments with a patient, from an hour from now to two weeks ahead."""
    now = datetime.now(UTC)
    return [
        a
        for a in cached(account, now + timedelta(hours=1), now + timedelta(days=14), path)
        if a.provider_id == provider_id
        and a.status is AppointmentStatus.BOOKED
        and a.patient_id
        and (service_id is None or a.service_id == service_id)
    ]


def openings(desk: Desk, account: str, service: str, provider: str) -> list[dict[str, Any]]:
    """The vendor's free times, none overlapping the one before (each can be booked)."""
    found: list[dict[str, Any]] = desk.ok(
        "openings", "--account", account, "--service", service, "--provider", provider
    )
    apart: list[dict[str, Any]] = []
    for o in found:
        if not apart or o["start"] >= apart[-1]["end"]:
            apart.append(o)
    assert len(apart) >= 2, found
    return apart


def body(r: Recorded) -> Any:
    return json.loads(r.body)


def book_args(account: str, provider: str, service: str, start: str, patient: str) -> list[str]:
    return [
        "appointments", "book", "--account", account, "--provider", provider,
        "--service", service, "--start", start, "--patient", patient,
    ]  # fmt: skip
