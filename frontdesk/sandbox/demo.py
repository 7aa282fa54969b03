"""The demo clinic: every simulator, seeded around today, reachable in-process.

frontdesk opens it when no account is configured, and tests and benchmarks use it. It knows
nothing of connectors: it hands out plain account settings the composition root turns into them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from frontdesk.domain.clock import Clock
from frontdesk.sandbox import progenda
from frontdesk.sandbox.faults import Faults
from frontdesk.sandbox.transport import SandboxTransport


@dataclass(frozen=True)
class DemoAccount:
    name: str
    vendor: str
    base_url: str
    options: dict[str, str] = field(default_factory=dict)
    secrets: dict[str, str] = field(default_factory=dict)


@dataclass
class DemoClinic:
    clock: Clock
    accounts: list[DemoAccount]
    apps: dict[str, Faults]  # host -> simulator
    states: dict[str, object]  # vendor -> simulator state

    def transport(self) -> SandboxTransport:
        return SandboxTransport(dict(self.apps))


def build_demo(clock: Clock, *, patients: int | None = None) -> DemoClinic:
    clinic = DemoClinic(clock, [], {}, {})
    state = progenda.demo_state(clock, patients=patients or progenda.DEMO_PATIENTS)
    host = "progenda.sandbox"
    clinic.apps[host] = Faults(progenda.create_app(state))
    clinic.states["progenda"] = state
    email, token = progenda.DEMO_USER
    clinic.accounts.append(
        DemoAccount(
            name="Brussels & Gent (Progenda)",
            vendor="progenda",
            base_url=f"http://{host}/api/v2",
            options={"user_email": email},
            secrets={"user_token": token},
        )
    )
    return clinic
