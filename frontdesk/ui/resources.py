"""Finding what the application bundles (the top-level resources/ folder) from a source checkout,
an installed package or a frozen build: one lookup, three places."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent  # frontdesk/


def resource_roots() -> list[Path]:
    """Where resources/ may be, most specific first: the frozen build's folder, the installed
    package (the wheel maps resources/ to frontdesk/resources), the source checkout."""
    roots = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen) / "resources")
    roots += [_PACKAGE / "resources", _PACKAGE.parent / "resources"]
    return roots


def resource(relative: str) -> Path | None:
    """The bundled file at `relative` (e.g. "icons/frontdesk.svg"), or None when absent."""
    for root in resource_roots():
        candidate = root / relative
        if candidate.exists():
            return candidate
    return None


def icon_path() -> Path | None:
    """The 256 px application icon (its SVG lies beside it)."""
    return resource("icons/frontdesk-256.png")
