"""Opening a workspace: the composition root that builds the cache, one connector per account
and the workspace (the demo clinic or the clinic's own accounts).

Everything here may read the cache and the keyring: callers run it off the GUI thread."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from frontdesk.connectors.account import AccountConfig
from frontdesk.connectors.budget import RequestBudget
from frontdesk.connectors.http import Sleep, load_transport
from frontdesk.connectors.registry import build_connector, spec, vendor_keys
from frontdesk.domain.accounts import Health
from frontdesk.domain.clock import Clock
from frontdesk.domain.errors import FrontdeskError
from frontdesk.store import paths
from frontdesk.store.cache import Cache
from frontdesk.store.protocol import Store
from frontdesk.store.ranges import clamp
from frontdesk.store.recovery import quick_check
from frontdesk.sync import demo_cache
from frontdesk.sync.budget_writes import BudgetWrites
from frontdesk.sync.feed import Changes
from frontdesk.sync.startup import Skipped, StartNotes, open_noting
from frontdesk.sync.worker import CacheWorker
from frontdesk.sync.workspace import Workspace

if TYPE_CHECKING:
    from frontdesk.sandbox.demo import DemoClinic

log = logging.getLogger("frontdesk")


@dataclass
class Opened:
    workspace: Workspace
    demo: DemoClinic | None = None
    # The demo on a cache not yet kept as today's snapshot (`keep_demo_cache` after its sync).
    unkept: bool = False
    only: set[str] | None = None  # the demo's vendors, when not all
    written: bool = False  # a write was made in this demo session (then it is not kept)


def budget_for(
    cache: Store,
    account: AccountConfig,
    clock: Clock,
    worker: CacheWorker,
    stored: tuple[date, int] | None,
) -> RequestBudget:
    """The account's request budget, counting from what was used today (`stored`). The count
    is written by the cache worker, in batches, never by the thread that sent the request."""
    vendor = spec(account.vendor)
    limit_text = account.option("daily_budget").strip()
    # Clamped when read from the cache already; a caller's own config is held to it too.
    limit = clamp("daily_budget", int(limit_text)) if limit_text.isdigit() else vendor.daily_budget
    day, used = stored if stored else (clock.now().date(), 0)
    return RequestBudget(
        clock,
        limit=limit,
        vendor=vendor.label,
        used_today=used,
        day=day,
        on_change=BudgetWrites(cache, worker, account.name, clock),
    )


def _budgets_used(cache: Store, names: list[str]) -> dict[str, tuple[date, int] | None]:
    return {name: cache.budget_used(name) for name in names}


def open_workspace(
    cache: Store,
    accounts: list[AccountConfig],
    clock: Clock,
    client: httpx.AsyncClient,
    *,
    sleep: Sleep | None = None,
    worker: CacheWorker | None = None,
) -> Workspace:
    """`sleep` replaces asyncio.sleep for retry waits (tests pass one that moves their clock)."""
    worker = worker or CacheWorker()
    worker.submit(load_transport)  # off the GUI thread, before the first request needs it
    used = worker.call(_budgets_used, cache, [a.name for a in accounts])
    connectors = [
        build_connector(
            a, client, clock, budget=budget_for(cache, a, clock, worker, used[a.name]), sleep=sleep
        )
        for a in accounts
    ]
    return Workspace(cache, clock, connectors, client, worker=worker)


def open_demo(
    clock: Clock, cache_path: Path | None = None, *, only: set[str] | None = None
) -> Opened:
    """The demo clinic, in-process, on a cache made afresh at `cache_path` (not synced yet).
    The window starts through `open_demo_start` instead, which keeps a synced snapshot."""
    path = cache_path or paths.demo_cache_path()
    demo_cache.remove(path)
    from frontdesk.sandbox.demo import build_demo  # the simulators, only for the demo

    demo = build_demo(clock, only=only)
    cache = Cache(path)
    accounts = _demo_accounts(cache, demo)
    client = httpx.AsyncClient(transport=demo.transport())
    return Opened(open_workspace(cache, accounts, clock, client), demo)


def _demo_accounts(cache: Cache | None, demo: DemoClinic) -> list[AccountConfig]:
    """The demo's accounts that this build has a connector for, saved in `cache` if given."""
    accounts = []
    known = set(vendor_keys())
    for a in demo.accounts:
        if a.vendor not in known:  # a simulator whose connector is not in this build
            log.warning("demo account %s skipped: no connector for %s", a.name, a.vendor)
            continue
        if cache is not None:
            cache.save_account(a.name, a.vendor, a.base_url, a.options)
        accounts.append(AccountConfig(a.name, a.vendor, a.base_url, a.options, a.secrets))
    return accounts


def open_demo_start(
    clock: Clock,
    cache: Store | None = None,
    *,
    worker: CacheWorker | None = None,
    only: set[str] | None = None,
) -> Opened:
    """The demo clinic for the window. `cache` and `worker`: today's snapshot already reopened
    (sync/demo_cache.py; the first frame was painted from it); then only the simulators are
    made here, and the window's sync brings the cache up to the minute. Without them (the
    first start of the day), or when the snapshot turns out damaged (checked here, after the
    first paint), the demo starts on an empty cache as it always did, and `Opened.unkept` says
    to keep it once its first sync is done (`keep_demo_cache`). Call it off the GUI thread."""
    from frontdesk.sandbox.demo import build_demo  # the simulators, only for the demo

    demo = build_demo(clock, only=only)
    worker = worker or CacheWorker()
    unkept = cache is None
    if not isinstance(cache, Cache):  # none yet (the demo's store is always a SQLite file)
        path = demo_cache.working_path()
        demo_cache.remove(path)
        cache = worker.call(Cache, path)
        unkept = True
    elif worker.call(quick_check, cache.conn) is not None:  # it reads every page
        worker.call(cache.close)  # the cache reconnects to a new file at the same path
        demo_cache.discard(clock, only)
        unkept = True
    accounts = worker.call(_demo_accounts, cache if unkept else None, demo)
    client = httpx.AsyncClient(transport=demo.transport())
    workspace = open_workspace(cache, accounts, clock, client, worker=worker)
    opened = Opened(workspace, demo, unkept=unkept, only=only)
    if unkept:

        def watch(changes: Changes) -> None:
            opened.written = opened.written or changes.outbox

        workspace.feed.subscribe(watch)
    return opened


def _keep_if_untouched(cache: Store, clock: Clock, only: set[str] | None) -> bool:
    """Run on the cache worker. A snapshot that cannot be written (a full disk) is not an
    error for the demo: the next start makes it again. The demo's store is a SQLite file."""
    if not isinstance(cache, Cache):
        return False
    try:
        if cache.conn.execute("SELECT EXISTS (SELECT 1 FROM outbox)").fetchone()[0]:
            return False
        demo_cache.keep(cache.conn, clock, only)
    except (OSError, sqlite3.Error) as exc:
        log.warning("the demo's cache was not kept: %s", type(exc).__name__)
        return False
    return True


async def keep_demo_cache(opened: Opened) -> bool:
    """After the demo's first sync on a new cache: kept as today's snapshot, for the later
    starts of the day to paint from at once. Not kept (False) when a vendor failed to sync or
    a write was made meanwhile; the next start tries again."""
    workspace = opened.workspace
    # A write of this session is not kept: the next session's simulators, made afresh, would
    # not know of it (each demo session starts afresh in both).
    if not opened.unkept or opened.demo is None or opened.written:
        return False
    if any(c.status.health is not Health.ONLINE for c in workspace.coordinators.values()):
        return False
    kept = await workspace.worker.run(
        _keep_if_untouched, workspace.cache, workspace.clock, opened.only
    )
    opened.unkept = not kept
    return kept


def skip_or_raise(
    errors: list[tuple[str, FrontdeskError]], started: int, notes: StartNotes | None
) -> None:
    """One bad account is noted and skipped so the others start; when none can start, the
    first account's problem is raised (the window says it and exits, a command exits 2)."""
    if errors and not started:
        raise errors[0][1]
    for name, error in errors:
        log.warning("account %s skipped: %s", name, type(error).__name__)
        if notes is not None:
            notes.skipped.append(Skipped(name, error))


def configured_accounts(cache: Store, notes: StartNotes | None = None) -> list[AccountConfig]:
    """Every account that can start; the others are noted in `notes` (an address the rules
    refuse, a vendor this build does not know). Settings out of range are clamped."""
    # keyring is imported here, not at start-up: the demo never needs it.
    from frontdesk.store import secrets
    from frontdesk.store.accounts import InvalidSettings, check_stored, tolerated

    out = []
    errors: list[tuple[str, FrontdeskError]] = []
    for stored in cache.accounts():
        try:
            vendor = spec(stored.vendor)
        except ValueError as exc:
            errors.append((stored.name, InvalidSettings(f"{stored.name}: {exc}")))
            continue
        try:
            check_stored(vendor, stored)  # https unless loopback, also for a hand-edited cache
        except InvalidSettings as exc:
            errors.append((stored.name, exc))
            continue
        options, warnings = tolerated(stored)
        if notes is not None:
            notes.clamped += warnings
        out.append(
            AccountConfig(
                stored.name,
                stored.vendor,
                stored.base_url,
                options,
                secrets.load(stored.name, vendor.secrets),
            )
        )
    skip_or_raise(errors, len(out), notes)
    return out


def open_configured(
    clock: Clock,
    cache: Store | None = None,
    *,
    worker: CacheWorker | None = None,
    notes: StartNotes | None = None,
) -> Opened | None:
    """The clinic's own accounts, or None when none is configured (then the demo opens).
    `cache` and `worker`: already open (the window's first frame read the day through them).
    `notes`: what was worked around (a damaged cache, an account skipped), to tell the user.
    Reads the keyring: call it off the GUI thread."""
    worker = worker or CacheWorker()
    cache = cache or worker.call(open_noting, paths.cache_path(), notes, clock)
    accounts = worker.call(configured_accounts, cache, notes)
    if not accounts:
        return None
    client = httpx.AsyncClient(timeout=20.0)  # TLS verification stays on (httpx default)
    return Opened(open_workspace(cache, accounts, clock, client, worker=worker))


def open_clinic(clock: Clock, store: Store, worker: CacheWorker, url: str | None = None) -> Opened:
    """A desk in clinic mode: no account runs here (the clinic's agent syncs and sends); the
    workspace reads the shared store and stores commands in the shared outbox. `url`: the
    server's address; the desk then keeps its offline mirror (`store` is that mirror already
    when the server did not answer at start) and its link (started with the window).
    Reads the keyring: call it off the GUI thread."""
    workspace = Workspace(store, clock, [], None, worker=worker)
    workspace.hands_off = True
    if url is not None:
        from frontdesk.sync.clinic import conninfo, mirror_path  # psycopg: clinic mode only
        from frontdesk.sync.desk_link import DeskLink
        from frontdesk.sync.mirror import Mirror

        path = mirror_path(url)
        own = store if isinstance(store, Cache) else Cache(path)
        DeskLink(workspace, conninfo(url), Mirror(own, clock))
    return Opened(workspace)
