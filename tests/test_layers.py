"""The import-linter contract that keeps ui/ and cli/ behind the façade names the sync modules one
by one (import-linter has no "all but"): a new sync module left off the list would be open to
the window. This test fails until it is listed."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_sync_module_but_the_facade_is_forbidden_to_ui_and_cli() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = [
        c
        for c in config["tool"]["importlinter"]["contracts"]
        if c["name"].startswith("ui and cli reach the core only through the facade")
    ]
    forbidden = set(contract["forbidden_modules"])
    sync = ROOT / "frontdesk" / "sync"
    modules = {f"frontdesk.sync.{p.stem}" for p in sync.glob("*.py") if p.stem != "__init__"}
    modules |= {f"frontdesk.sync.{p.name}" for p in sync.iterdir() if (p / "__init__.py").exists()}
    modules.discard("frontdesk.sync.facade")
    assert sorted(modules - forbidden) == []
