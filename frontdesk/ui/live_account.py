"""Trying account settings, and putting new credentials into the running window.

A connector is built from settings on the workspace's HTTP client (so the demo's in-process
vendors answer too). After a successful test it joins the running workspace (a new account) or
replaces the account's connector in the workspace, its coordinator and its outbox (which share
the workspace's connector table), keeping the request budget (new credentials).
"""

from __future__ import annotations

from frontdesk.connectors.account import AccountConfig
from frontdesk.connectors.base import Connector
from frontdesk.connectors.registry import build_connector
from frontdesk.domain.errors import AuthFailed, FrontdeskError, Unavailable
from frontdesk.sync.facade.desk import Workspace


def connector_for(workspace: Workspace, config: AccountConfig) -> Connector:
    if workspace.client is None:
        raise FrontdeskError("this window has no network client to test with")
    old = workspace.connectors.get(config.name)
    budget = old.http.budget if old is not None else None
    return build_connector(config, workspace.client, workspace.clock, budget=budget)


async def try_settings(workspace: Workspace, config: AccountConfig) -> Connector:
    """A connector that has just answered with these settings (raises the vendor's refusal)."""
    connector = connector_for(workspace, config)
    await connector.test_connection()
    return connector


def use_connector(workspace: Workspace, connector: Connector) -> None:
    """From now on the account talks through `connector` (e.g. with new credentials)."""
    name = connector.account_name
    if name not in workspace.connectors:
        workspace.add_connector(connector)  # a new account: it syncs from now on
        return
    workspace.connectors[name] = connector
    coordinator = workspace.coordinators.get(name)
    if coordinator is not None:
        coordinator.connector = connector


def explain(error: FrontdeskError, label: str, base_url: str) -> str:
    """The test's outcome in words for whoever set the account up; never a secret."""
    if isinstance(error, AuthFailed):
        return f"{label} refused these credentials ({error.message}). Check them and try again."
    if isinstance(error, Unavailable):
        return f"{label} cannot be reached at {base_url} ({error.message})."
    return f"The test failed: {error}"


def live_secrets(workspace: Workspace, name: str) -> dict[str, str]:
    """The secrets the running window uses for an account (already read from the keyring)."""
    connector = workspace.connectors.get(name)
    return dict(connector.account.secrets) if connector is not None else {}
