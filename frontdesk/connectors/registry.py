"""The vendors frontdesk knows: their settings, defaults and how to build their connector."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import httpx

from frontdesk.connectors.account import AccountConfig
from frontdesk.connectors.base import Connector
from frontdesk.connectors.budget import RequestBudget
from frontdesk.connectors.http import Auth, RetryPolicy, Sleep, VendorHttp
from frontdesk.domain.clock import Clock


@dataclass(frozen=True)
class VendorSpec:
    key: str
    label: str
    default_base_url: str
    options: tuple[str, ...]  # non-secret settings, stored in the cache database
    secrets: tuple[str, ...]  # stored only in the keyring
    required: tuple[str, ...]
    connector: type[Connector]
    make_auth: Callable[[AccountConfig], Auth]
    daily_budget: int | None = None  # the vendor's own quota, when it publishes one
    help: str = ""


def _progenda() -> VendorSpec:
    from frontdesk.connectors.progenda.connector import (
        DEFAULT_BASE_URL,
        ProgendaConnector,
        ProgendaQueryAuth,
    )

    return VendorSpec(
        key="progenda",
        label="Progenda",
        default_base_url=DEFAULT_BASE_URL,
        options=("user_email", "center_id", "timezone"),
        secrets=("user_token",),
        required=("user_email", "user_token"),
        connector=ProgendaConnector,
        make_auth=lambda a: ProgendaQueryAuth(a.option("user_email"), a.secret("user_token")),
        help="The e-mail address and API token of the Progenda user frontdesk acts as.",
    )


_FACTORIES: dict[str, Callable[[], VendorSpec]] = {"progenda": _progenda}


def vendor_keys() -> list[str]:
    return list(_FACTORIES)


def spec(vendor: str) -> VendorSpec:
    try:
        return _FACTORIES[vendor]()
    except KeyError:
        known = ", ".join(_FACTORIES)
        raise ValueError(f"unknown vendor '{vendor}' (known: {known})") from None


def build_connector(
    account: AccountConfig,
    client: httpx.AsyncClient,
    clock: Clock,
    *,
    budget: RequestBudget | None = None,
    retry: RetryPolicy | None = None,
    sleep: Sleep | None = None,
) -> Connector:
    vendor = spec(account.vendor)
    kwargs = {"sleep": sleep} if sleep is not None else {}
    http = VendorHttp(
        client,
        vendor=vendor.label,
        base_url=account.base_url or vendor.default_base_url,
        auth=vendor.make_auth(account),
        retry=retry,
        budget=budget,
        **kwargs,  # type: ignore[arg-type]
    )
    return vendor.connector(account, http, clock)
