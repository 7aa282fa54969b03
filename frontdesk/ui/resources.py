"""Finding bundled files, from a source checkout, an installed package or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def _roots() -> list[Path]:
    roots = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    package = Path(__file__).resolve().parent.parent
    roots += [package / "resources", package.parent]
    return roots


def icon_path() -> Path | None:
    for root in _roots():
        for candidate in (root / "icons" / "frontdesk-256.png", root / "frontdesk-256.png"):
            if candidate.exists():
                return candidate
    return None
