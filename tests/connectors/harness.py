"""What the contract suite needs to know about one vendor and its simulator."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx

from frontdesk.connectors.account import AccountConfig
from frontdesk.connectors.base import Connector
from frontdesk.connectors.http import RetryPolicy
from frontdesk.connectors.registry import build_connector
from frontdesk.domain.clock import FixedClock
from frontdesk.sandbox.faults import ASGIApp, Faults
from frontdesk.sandbox.transport import SandboxTransport


@dataclass(frozen=True)
class VendorHarness:
    name: str  # test id: "progenda", "patientnow", "vish", ...
    host: str  # the simulator's host name inside the sandbox transport
    make_state: Callable[[FixedClock], Any]
    make_app: Callable[[Any], ASGIApp]
    account: Callable[[], AccountConfig]
    # How many patients the simulator holds for this account (the paging test's truth).
    patient_total: Callable[[Any], int]
    # Change one patient inside the simulator (as the clinic would); returns its vendor id.
    touch_patient: Callable[[Any], str]
    # A patient id that may be booked with this provider (state, provider id) -> patient id.
    bookable_patient: Callable[[Any, str], str]
    # The zone the clinic's times are in.
    timezone: str = "Europe/Brussels"


@dataclass
class Rig:
    """A connector wired to its simulator in-process, with the knobs tests need."""

    harness: VendorHarness
    clock: FixedClock
    state: Any
    faults: Faults
    client: httpx.AsyncClient
    connector: Connector
    sleeps: list[float]


def make_rig(harness: VendorHarness, now: datetime) -> Rig:
    clock = FixedClock(now)
    state = harness.make_state(clock)
    faults = Faults(harness.make_app(state))
    client = httpx.AsyncClient(transport=SandboxTransport({harness.host: faults}))
    sleeps: list[float] = []

    async def record_sleep(seconds: float) -> None:
        sleeps.append(seconds)
        clock.advance(__import__("datetime").timedelta(seconds=seconds))

    connector = build_connector(
        harness.account(), client, clock, retry=RetryPolicy(max_attempts=4), sleep=record_sleep
    )
    return Rig(harness, clock, state, faults, client, connector, sleeps)
