"""Configuring accounts: what the accounts dialog, the sign-in prompt and `frontdesk accounts`
need, as a small API over the workspace.

Vendors are described as `domain.accounts.VendorInfo` (no connector class leaves the core). Every
cache and keyring call runs on the workspace's cache worker, never on the caller's thread (the
GUI thread awaits these coroutines). Every change is published on the workspace's change feed, so
`workspace.reference` and the views that follow the feed see it.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

import httpx

from frontdesk.connectors.base import Connector
from frontdesk.connectors.registry import build_connector, spec
from frontdesk.connectors.registry import vendor_keys as _vendor_keys
from frontdesk.connectors.spec import VendorSpec
from frontdesk.domain.accounts import AccountConfig, StoredAccount, VendorInfo
from frontdesk.domain.clock import Clock, SystemClock
from frontdesk.domain.errors import AuthFailed, FrontdeskError, Unavailable
from frontdesk.domain.redact import where
from frontdesk.domain.texts import Text
from frontdesk.store import accounts as account_store
from frontdesk.store import paths, secrets
from frontdesk.store.accounts import COMMON_OPTIONS, InvalidSettings, check_url, parse_pairs
from frontdesk.store.protocol import Store
from frontdesk.store.secrets import NoKeyring
from frontdesk.sync import clinic
from frontdesk.sync.feed import Changes
from frontdesk.sync.opening import budget_for, open_workspace, skip_or_raise
from frontdesk.sync.startup import Skipped, StartNotes, open_noting
from frontdesk.sync.worker import CacheWorker
from frontdesk.sync.workspace import Workspace

__all__ = [
    "COMMON_OPTIONS",
    "InvalidSettings",
    "MissingSecrets",
    "NoKeyring",
    "NoSuchAccount",
    "Renewal",
    "Skipped",
    "StartNotes",
    "Trial",
    "UnknownVendor",
    "all_secret_names",
    "check_url",
    "ensure_keyring",
    "explain",
    "fetch_reference",
    "open_accounts",
    "open_store",
    "parse_pairs",
    "remove",
    "renew",
    "requests_sent",
    "resume",
    "running_secrets",
    "save",
    "secrets_present",
    "stored_secrets",
    "test_running",
    "test_settings",
    "validate",
    "vendor",
    "vendor_keys",
    "vendors",
]

log = logging.getLogger("frontdesk.sync")


class NoSuchAccount(FrontdeskError):
    """No account of that name is configured; the message lists the ones that are."""


# -- vendors ---------------------------------------------------------------------------------------
def _info(described: VendorSpec) -> VendorInfo:
    return VendorInfo(
        described.key,
        described.label,
        described.default_base_url,
        described.options,
        described.secrets,
        described.required,
        described.daily_budget,
        described.help,
        described.order,
    )


def vendor_keys() -> list[str]:
    """What `accounts add --vendor` takes, in the order lists show them."""
    return _vendor_keys()


def vendors() -> list[VendorInfo]:
    return [_info(spec(key)) for key in _vendor_keys()]


def vendor(key: str) -> VendorInfo | None:
    """None for a vendor this build does not know (an account saved by a newer version)."""
    try:
        return _info(spec(key))
    except ValueError:
        return None


def all_secret_names() -> tuple[str, ...]:
    """Every secret name any vendor uses (to clear an account whose vendor is unknown)."""
    return tuple(sorted({n for key in _vendor_keys() for n in spec(key).secrets}))


def validate(
    info: VendorInfo,
    name: str,
    *,
    base_url: str | None,
    options: Mapping[str, str],
    secrets: Mapping[str, str],
) -> AccountConfig:
    """The settings as they will be saved; raises InvalidSettings naming every problem."""
    settings = account_store.validate(
        info, name, base_url=base_url, options=options, secrets=secrets
    )
    return AccountConfig(
        settings.name, settings.vendor, settings.base_url, settings.options, settings.secrets
    )


def _known(info: VendorInfo | None, key: str) -> VendorInfo:
    if info is None:
        raise InvalidSettings(f"unknown vendor '{key}' (known: {', '.join(_vendor_keys())})")
    return info


# -- testing settings ------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class Trial:
    """Settings a vendor has just accepted. It holds the connector that asked, so that saving
    these very settings reuses it (signed in already); callers keep it without looking inside."""

    config: AccountConfig
    requests: int  # sent by the test
    _connector: Connector = field(repr=False)

    def matches(self, config: AccountConfig) -> bool:
        return self.config == config


def _connector_for(workspace: Workspace, config: AccountConfig) -> Connector:
    if workspace.client is None:
        raise FrontdeskError(Text("there is no network client to reach the vendor with"))
    old = workspace.connectors.get(config.name)
    budget = old.http.budget if old is not None else None  # a running account keeps its quota
    return build_connector(config, workspace.client, workspace.clock, budget=budget)


async def test_settings(workspace: Workspace, config: AccountConfig) -> Trial:
    """Ask the vendor whether these settings work (raises its refusal). Nothing is saved."""
    connector = _connector_for(workspace, config)
    await connector.test_connection()
    return Trial(config, connector.http.requests_sent, connector)


async def test_running(workspace: Workspace, name: str) -> Trial:
    """Ask the vendor whether a running account's saved settings still work."""
    connector = workspace.connectors.get(name)
    if connector is None:
        raise NoSuchAccount(Text("the account {name} is not running", name=repr(name)))
    before = connector.http.requests_sent
    await connector.test_connection()
    return Trial(connector.account, connector.http.requests_sent - before, connector)


def explain(error: FrontdeskError, label: str, base_url: str) -> str:
    """A failed test in words for whoever set the account up; never a secret."""
    if isinstance(error, AuthFailed):
        return Text(
            "{vendor} refused these credentials ({reason}). Check them and try again.",
            vendor=label,
            reason=error.message,
        )
    if isinstance(error, Unavailable):
        return Text(
            "{vendor} cannot be reached at {address} ({reason}).",
            vendor=label,
            address=base_url,
            reason=error.message,
        )
    return Text("The test failed: {error}", error=error)


# -- saving and removing ---------------------------------------------------------------------------
async def save(workspace: Workspace, config: AccountConfig, trial: Trial | None = None) -> bool:
    """Settings to the cache and secrets to the keyring (on the worker; with the keyring
    refusing, nothing is saved), then the account runs in the workspace with them: the tested
    connector when `trial` tested these very settings, else one built from them.

    Returns False when the workspace has no network client (a command that only stores): the
    account then runs from the next start."""
    info = _known(vendor(config.vendor), config.vendor)
    settings = account_store.validate(
        info, config.name, base_url=config.base_url, options=config.options, secrets=config.secrets
    )
    await workspace.worker.run(account_store.save, workspace.cache, info, settings)
    name = settings.name
    saved = AccountConfig(name, info.key, settings.base_url, settings.options, settings.secrets)
    connector = trial._connector if trial is not None and _tried(trial, info, saved) else None
    if connector is None and workspace.client is not None:
        connector = _connector_for(workspace, saved)
    if connector is not None and name in workspace.connectors:
        workspace.replace_connector(connector)
    elif connector is not None:
        if connector.http.budget is None:  # a new account counts its requests from now on
            used = await workspace.worker.run(workspace.cache.budget_used, name)
            connector.http.budget = budget_for(
                workspace.cache, saved, workspace.clock, workspace.worker, used
            )
        await workspace.add_connector(connector)  # publishes the account and the reference
        return True
    # New settings reach `workspace.reference` (and whoever follows the feed).
    await workspace.publish(Changes(accounts=frozenset({name}), reference=True))
    return connector is not None


def _tried(trial: Trial, info: VendorInfo, saved: AccountConfig) -> bool:
    """Whether the trial tested what is saved (told apart only by a trailing slash or spaces)."""
    tried = trial.config
    try:
        return saved == validate(
            info, tried.name, base_url=tried.base_url, options=tried.options, secrets=tried.secrets
        )
    except InvalidSettings:
        return False


async def remove(workspace: Workspace, name: str) -> None:
    """The account's keyring entries, then its settings and cached data (on the worker; when
    the keyring cannot be reached nothing is removed); then it stops running."""
    stored = workspace.reference.account(name)
    if stored is None:
        raise NoSuchAccount(_no_account(workspace, name))
    info = vendor(stored.vendor)
    names = info.secrets if info is not None else all_secret_names()
    await workspace.worker.run(account_store.remove, workspace.cache, name, names)
    if name in workspace.connectors:
        await workspace.remove_connector(name)  # publishes the account, reference and outbox
    else:
        await workspace.publish(Changes(accounts=frozenset({name}), reference=True, outbox=True))


def _no_account(workspace: Workspace, name: str) -> str:
    known = ", ".join(a.name for a in workspace.reference.accounts) or Text("none configured")
    return Text("no account named {name} (accounts: {known})", name=repr(name), known=known)


# -- secrets for editing ---------------------------------------------------------------------------
def running_secrets(workspace: Workspace, name: str) -> dict[str, str]:
    """What the running account signs in with (in memory: read from the keyring at start)."""
    connector = workspace.connectors.get(name)
    return dict(connector.account.secrets) if connector is not None else {}


async def stored_secrets(workspace: Workspace, name: str) -> dict[str, str]:
    """The account's secrets, so that a field left empty keeps its value: the keyring's (read
    on the worker), else the running account's. Never to be shown."""
    stored = workspace.reference.account(name)
    info = vendor(stored.vendor) if stored is not None else None
    kept: dict[str, str] = {}
    if info is not None:
        # Without a keyring, the running account's are still good for this session.
        with contextlib.suppress(NoKeyring):
            kept = await workspace.worker.run(secrets.load, name, info.secrets)
    return {k: v for k, v in {**running_secrets(workspace, name), **kept}.items() if v}


async def ensure_keyring(workspace: Workspace) -> None:
    """Raises NoKeyring when secrets can be neither stored nor read."""
    await workspace.worker.run(secrets.ensure_available)


async def secrets_present(workspace: Workspace, name: str, names: tuple[str, ...]) -> list[str]:
    """Which of `names` the keyring holds for the account (never their values)."""
    return await workspace.worker.run(secrets.present, name, names)


# -- signing in again ------------------------------------------------------------------------------
_resuming: set[asyncio.Task[None]] = set()


@dataclass(frozen=True)
class Renewal:
    problem: str  # why the keyring did not keep the new secrets; empty when it did
    resumed: asyncio.Task[None]  # the account syncing again, then sending what waited

    @property
    def kept(self) -> bool:
        return not self.problem


async def renew(workspace: Workspace, name: str, typed: Mapping[str, str]) -> Renewal:
    """New credentials for a running account: tried with the vendor first (raises its refusal),
    kept in the keyring (on the worker), used by the account at once; then, in the background,
    the account syncs and sends the writes that waited for them."""
    running = workspace.connectors.get(name)
    if running is None:
        raise NoSuchAccount(Text("the account {name} is not running", name=repr(name)))
    current = running.account
    config = dataclasses.replace(current, secrets={**current.secrets, **typed})
    trial = await test_settings(workspace, config)
    problem = ""
    try:
        await workspace.worker.run(secrets.save, name, dict(typed))
    except FrontdeskError as exc:  # NoKeyring: good for this session only
        problem = str(exc)
    workspace.replace_connector(trial._connector)  # publishes the account
    task = asyncio.get_running_loop().create_task(resume(workspace, name))
    _resuming.add(task)
    task.add_done_callback(_resumed)
    return Renewal(problem, task)


def _resumed(task: asyncio.Task[None]) -> None:
    _resuming.discard(task)
    if not task.cancelled() and (error := task.exception()) is not None:
        log.error("resuming an account after signing in failed: %s", where(error))


async def resume(workspace: Workspace, name: str) -> None:
    """Sync the account again; once it answers, send the writes that waited for it."""
    coordinator = workspace.coordinators.get(name)
    if coordinator is not None:
        try:
            await coordinator.sync()
        except FrontdeskError:
            return  # its status says why; the background loop tries again
    await workspace.outbox.drain(name)


# -- for the commands ------------------------------------------------------------------------------
# A command runs the core with asyncio.run; it has no GUI thread to spare, but reads the cache and
# the keyring through the same worker as the window does.
HTTP_TIMEOUT = 20.0


def open_store(
    clock: Clock | None = None,
    *,
    network: bool = False,
    notes: StartNotes | None = None,
    server: str | None = None,
) -> Workspace:
    """The clinic's cache with no account running: for commands that read it or change the list
    of accounts (`network`: with a client to test settings with). A damaged cache is moved
    aside and replaced (noted in `notes`). `server`: the clinic's PostgreSQL (sync/clinic.py)
    instead of this computer's cache. Close with `aclose()`."""
    worker = CacheWorker()
    try:
        cache = worker.call(_open, server, notes, clock)
    except BaseException:
        worker.close()
        raise
    # TLS certificates are always verified (httpx's default; never turned off anywhere).
    client = httpx.AsyncClient(timeout=HTTP_TIMEOUT) if network else None
    workspace = Workspace(cache, clock or SystemClock(), [], client, worker=worker)
    workspace.hands_off = server is not None  # a desk in clinic mode never sends
    return workspace


def open_accounts(
    clock: Clock | None = None,
    only: str | None = None,
    *,
    notes: StartNotes | None = None,
    server: str | None = None,
) -> Workspace:
    """The configured accounts (or one) running, their secrets read from the keyring: for `sync`,
    `accounts test` and `openings`. Of several, one that cannot start (an address the rules
    refuse, an unknown vendor, a secret missing) is skipped and noted in `notes`; the one asked
    for by `only`, or all of them failing, raises NoSuchAccount, InvalidSettings, NoKeyring,
    UnknownVendor or MissingSecrets. Close with `aclose()`."""
    worker = CacheWorker()
    try:
        cache = worker.call(_open, server, notes, clock)
        configs = worker.call(_configs, cache, only, notes)
    except BaseException:
        worker.close()
        raise
    client = httpx.AsyncClient(timeout=HTTP_TIMEOUT)
    return open_workspace(cache, configs, clock or SystemClock(), client, worker=worker)


def _open(server: str | None, notes: StartNotes | None, clock: Clock | None) -> Store:
    """On the worker: the clinic's server when named, else this computer's cache."""
    if server is not None:
        return clinic.open_server(server)
    return open_noting(paths.cache_path(), notes, clock)


class MissingSecrets(FrontdeskError):
    """The keyring lacks a secret the account needs; the message says which (never a value)."""


class UnknownVendor(FrontdeskError):
    """An account saved for a vendor this build does not know."""


def _configs(cache: Store, only: str | None, notes: StartNotes | None) -> list[AccountConfig]:
    """Run on the worker: the accounts' settings, their secrets from the keyring."""
    stored_all = cache.accounts()
    if only is not None:
        chosen = [a for a in stored_all if a.name == only]
        if not chosen:
            known = ", ".join(a.name for a in stored_all) or Text("none configured")
            raise NoSuchAccount(
                Text("no account named {name} (accounts: {known})", name=repr(only), known=known)
            )
    elif not stored_all:
        raise NoSuchAccount(Text("no account configured; add one with `frontdesk accounts add`"))
    else:
        chosen = stored_all
    configs = []
    errors: list[tuple[str, FrontdeskError]] = []
    for stored in chosen:
        try:
            configs.append(_config(stored, notes))
        except (InvalidSettings, UnknownVendor, MissingSecrets) as exc:
            errors.append((stored.name, exc))  # NoKeyring is not one account's: it stops all
    skip_or_raise(errors, len(configs), notes)
    return configs


def _config(stored: StoredAccount, notes: StartNotes | None) -> AccountConfig:
    try:
        described = spec(stored.vendor)
    except ValueError as exc:
        raise UnknownVendor(f"{stored.name}: {exc}") from None
    account_store.check_stored(described, stored)
    loaded = secrets.load(stored.name, described.secrets)
    missing = [k for k in described.required if k in described.secrets and k not in loaded]
    if missing:
        raise MissingSecrets(
            Text(
                "{account}: the keyring holds no {names} for this account; "
                "add it again with `frontdesk accounts add ... --replace`",
                account=stored.name,
                names=", ".join(missing),
            )
        )
    base_url = stored.base_url or described.default_base_url
    options, warnings = account_store.tolerated(stored)
    if notes is not None:
        notes.clamped += warnings
    return AccountConfig(stored.name, stored.vendor, base_url, options, loaded)


def requests_sent(workspace: Workspace, name: str) -> int:
    """HTTP requests the account has sent to its vendor since the workspace opened."""
    connector = workspace.connectors.get(name)
    return connector.http.requests_sent if connector is not None else 0


async def fetch_reference(workspace: Workspace, name: str) -> int:
    """The account's locations, providers and services, fetched now (then in `reference`)."""
    coordinator = workspace.coordinators.get(name)
    if coordinator is None:
        raise NoSuchAccount(Text("the account {name} is not running", name=repr(name)))
    return await coordinator.sync_reference()
