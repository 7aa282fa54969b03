"""How a vendor package describes itself to the registry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from frontdesk.connectors.account import AccountConfig
from frontdesk.connectors.base import Connector
from frontdesk.connectors.http import Auth


@dataclass(frozen=True)
class VendorSpec:
    key: str  # what `accounts add --vendor` takes: "progenda"
    label: str  # what the user reads: "Progenda"
    default_base_url: str
    options: tuple[str, ...]  # non-secret settings, stored in the cache database
    secrets: tuple[str, ...]  # stored only in the keyring
    required: tuple[str, ...]  # options and secrets that must be given
    connector: type[Connector]
    make_auth: Callable[[AccountConfig], Auth]
    daily_budget: int | None = None  # the vendor's own quota, when it publishes one
    help: str = ""
    order: int = 100  # position in lists
