"""The vendors frontdesk knows. Each vendor package exposes `vendor_specs()`; nothing else here
changes when a vendor is added."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

import httpx

import frontdesk.connectors
from frontdesk.connectors.account import AccountConfig
from frontdesk.connectors.base import Connector
from frontdesk.connectors.budget import RequestBudget
from frontdesk.connectors.http import RetryPolicy, Sleep, VendorHttp
from frontdesk.connectors.spec import VendorSpec
from frontdesk.domain.clock import Clock

__all__ = ["VendorSpec", "build_connector", "spec", "vendor_keys"]


@cache
def _specs() -> dict[str, VendorSpec]:
    found: list[VendorSpec] = []
    for module in pkgutil.iter_modules(frontdesk.connectors.__path__):
        if not module.ispkg:
            continue
        package = importlib.import_module(f"frontdesk.connectors.{module.name}")
        describe = getattr(package, "vendor_specs", None)
        if describe is not None:
            found.extend(describe())
    return {s.key: s for s in sorted(found, key=lambda s: (s.order, s.key))}


def vendor_keys() -> list[str]:
    return list(_specs())


def spec(vendor: str) -> VendorSpec:
    try:
        return _specs()[vendor]
    except KeyError:
        known = ", ".join(_specs())
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
    http = VendorHttp(
        client,
        vendor=vendor.label,
        base_url=account.base_url or vendor.default_base_url,
        auth=vendor.make_auth(account),
        retry=retry,
        budget=budget,
    )
    if sleep is not None:
        http.sleep = sleep
    return vendor.connector(account, http, clock)
