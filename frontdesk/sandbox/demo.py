"""The demo clinic: every simulator, seeded around today, reachable in-process.

frontdesk opens it when no account is configured; tests and benchmarks use it too. Each simulator
module in this package that defines `demo(clock) -> DemoVendor` contributes an account. It knows
nothing of connectors: it hands out plain account settings the composition root turns into them.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import frontdesk.sandbox
from frontdesk.domain.clock import Clock
from frontdesk.sandbox.faults import ASGIApp, Faults
from frontdesk.sandbox.transport import SandboxTransport


@dataclass(frozen=True)
class DemoAccount:
    name: str
    vendor: str  # a connector registry key
    base_url: str
    options: dict[str, str] = field(default_factory=dict)
    secrets: dict[str, str] = field(default_factory=dict)


@dataclass
class DemoVendor:
    """What one simulator module contributes to the demo clinic."""

    host: str
    app: ASGIApp
    state: Any
    accounts: list[DemoAccount]
    order: int = 100


@dataclass
class DemoClinic:
    clock: Clock
    accounts: list[DemoAccount]
    apps: dict[str, Faults]  # host -> simulator
    states: dict[str, Any]  # host -> simulator state

    def transport(self) -> SandboxTransport:
        return SandboxTransport(dict(self.apps))


def demo_builders() -> list[Callable[[Clock], list[DemoVendor]]]:
    """Each simulator module's `demos(clock)` (several hosts) or `demo(clock)` (one)."""
    builders: list[Callable[[Clock], list[DemoVendor]]] = []
    for module in pkgutil.iter_modules(frontdesk.sandbox.__path__):
        if module.name == "demo":
            continue
        loaded = importlib.import_module(f"frontdesk.sandbox.{module.name}")
        many = getattr(loaded, "demos", None)
        one = getattr(loaded, "demo", None)
        if callable(many):
            builders.append(many)
        elif callable(one):
            builders.append(_single(one))
    return builders


def _single(build: Callable[[Clock], DemoVendor]) -> Callable[[Clock], list[DemoVendor]]:
    return lambda clock: [build(clock)]


def build_demo(clock: Clock, *, only: set[str] | None = None) -> DemoClinic:
    """Every vendor's demo account, or only those whose vendor key is in `only`."""
    clinic = DemoClinic(clock, [], {}, {})
    built = [vendor for build in demo_builders() for vendor in build(clock)]
    vendors = sorted(built, key=lambda v: v.order)
    for vendor in vendors:
        accounts = [a for a in vendor.accounts if only is None or a.vendor in only]
        if not accounts:
            continue
        clinic.apps[vendor.host] = Faults(vendor.app)
        clinic.states[vendor.host] = vendor.state
        clinic.accounts.extend(accounts)
    return clinic
