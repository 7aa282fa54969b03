"""Accounts as the window and the command line see them: their settings, what each vendor asks
for, and how each account's link to its vendor is doing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


@dataclass(frozen=True)
class AccountConfig:
    """A vendor account as the connector needs it, its secrets read from the keyring."""

    name: str
    vendor: str
    base_url: str
    options: dict[str, str] = field(default_factory=dict)
    # Read from the keyring just before the connector is built; never written anywhere else.
    secrets: dict[str, str] = field(default_factory=dict, repr=False)

    def option(self, key: str, default: str = "") -> str:
        return self.options.get(key, default)

    def secret(self, key: str) -> str:
        return self.secrets.get(key, "")


@dataclass(frozen=True)
class StoredAccount:
    """An account as stored (no secrets: those live in the keyring)."""

    name: str
    vendor: str
    base_url: str
    options: dict[str, str]


@dataclass(frozen=True)
class VendorInfo:
    """What the accounts dialog and `accounts add` need to know of a vendor."""

    key: str  # what `accounts add --vendor` takes: "progenda"
    label: str  # what the user reads: "Progenda"
    default_base_url: str
    options: tuple[str, ...]  # non-secret settings, stored in the cache database
    secrets: tuple[str, ...]  # stored only in the keyring
    required: tuple[str, ...]  # options and secrets that must be given
    daily_budget: int | None = None  # the vendor's own quota, when it publishes one
    help: str = ""
    order: int = 100  # position in lists


class Health(StrEnum):
    UNKNOWN = "unknown"
    SYNCING = "syncing"
    ONLINE = "online"
    OFFLINE = "offline"
    NEEDS_LOGIN = "needs login"
    ERROR = "error"
    # A listing could not be read to its end (a page served twice, a stated total not reached):
    # what was read is kept, but the cache is not whole, so never "online".
    INCOMPLETE = "incomplete"


@dataclass
class AccountStatus:
    """How an account's last sync went, as the status bar and `frontdesk sync` tell it."""

    account: str
    vendor: str
    health: Health = Health.UNKNOWN
    # The "as of" time: when the cache last heard from the vendor (kept across restarts).
    last_sync: datetime | None = None
    message: str = ""
    fetched: dict[str, int] = field(default_factory=dict)
    requests_used: int = 0  # by the last sync()
    retry_at: datetime | None = None  # while offline: when the next attempt is due
