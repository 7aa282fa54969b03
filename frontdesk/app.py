"""Composition root: the one place that knows every layer."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from frontdesk.connectors.account import AccountConfig
from frontdesk.connectors.budget import RequestBudget
from frontdesk.connectors.http import Sleep
from frontdesk.connectors.registry import build_connector, spec, vendor_keys
from frontdesk.domain.clock import Clock
from frontdesk.store import paths
from frontdesk.store.cache import Cache
from frontdesk.sync.workspace import Workspace

if TYPE_CHECKING:
    from frontdesk.sandbox.demo import DemoClinic

log = logging.getLogger("frontdesk")


@dataclass
class Opened:
    workspace: Workspace
    demo: DemoClinic | None = None


def _budget(cache: Cache, account: AccountConfig, clock: Clock) -> RequestBudget:
    vendor = spec(account.vendor)
    limit_text = account.option("daily_budget")
    limit = int(limit_text) if limit_text.isdigit() else vendor.daily_budget
    stored = cache.budget_used(account.name)
    day, used = stored if stored else (clock.now().date(), 0)
    return RequestBudget(
        clock,
        limit=limit,
        vendor=vendor.label,
        used_today=used,
        day=day,
        on_change=lambda d, n: cache.set_budget_used(account.name, d, n),
    )


def open_workspace(
    cache: Cache,
    accounts: list[AccountConfig],
    clock: Clock,
    client: httpx.AsyncClient,
    *,
    sleep: Sleep | None = None,
) -> Workspace:
    """`sleep` replaces asyncio.sleep for retry waits (tests pass one that moves their clock)."""
    connectors = [
        build_connector(a, client, clock, budget=_budget(cache, a, clock), sleep=sleep)
        for a in accounts
    ]
    return Workspace(cache, clock, connectors, client)


def open_demo(
    clock: Clock, cache_path: Path | None = None, *, only: set[str] | None = None
) -> Opened:
    """The demo clinic, in-process. Its cache is rebuilt each time: the demo is made around today."""
    path = cache_path or paths.demo_cache_path()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    from frontdesk.sandbox.demo import build_demo  # the simulators, only for the demo

    demo = build_demo(clock, only=only)
    cache = Cache(path)
    accounts = []
    known = set(vendor_keys())
    for a in demo.accounts:
        if a.vendor not in known:  # a simulator whose connector is not in this build
            log.warning("demo account %s skipped: no connector for %s", a.name, a.vendor)
            continue
        cache.save_account(a.name, a.vendor, a.base_url, a.options)
        accounts.append(AccountConfig(a.name, a.vendor, a.base_url, a.options, a.secrets))
    client = httpx.AsyncClient(transport=demo.transport())
    return Opened(open_workspace(cache, accounts, clock, client), demo)


def configured_accounts(cache: Cache) -> list[AccountConfig]:
    # keyring is imported here, not at start-up: the demo never needs it.
    from frontdesk.store import secrets
    from frontdesk.store.accounts import check_stored

    out = []
    for stored in cache.accounts():
        vendor = spec(stored.vendor)
        check_stored(vendor, stored)  # https unless loopback, also for a hand-edited cache
        out.append(
            AccountConfig(
                stored.name,
                stored.vendor,
                stored.base_url,
                stored.options,
                secrets.load(stored.name, vendor.secrets),
            )
        )
    return out


def open_configured(clock: Clock, cache: Cache | None = None) -> Opened | None:
    """The clinic's own accounts, or None when none is configured (then the demo opens).
    `cache`: already open (the window's first frame read the day from it)."""
    cache = cache or Cache(paths.cache_path())
    if not cache.accounts():
        cache.close()
        return None
    client = httpx.AsyncClient(timeout=20.0)  # TLS verification stays on (httpx default)
    return Opened(open_workspace(cache, configured_accounts(cache), clock, client))
