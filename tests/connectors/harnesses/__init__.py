"""One harness per vendor for the contract suite: drop a module here exposing HARNESS."""

from __future__ import annotations

import importlib
import pkgutil

from tests.connectors.harness import VendorHarness


def all_harnesses() -> list[VendorHarness]:
    found: list[VendorHarness] = []
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        harness = getattr(importlib.import_module(f"{__name__}.{module.name}"), "HARNESS", None)
        if isinstance(harness, VendorHarness):
            found.append(harness)
        for extra in getattr(
            importlib.import_module(f"{__name__}.{module.name}"), "EXTRA_HARNESSES", ()
        ):
            found.append(extra)
    return found
