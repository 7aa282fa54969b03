"""The clinic server a desk opens when no --server is given (File > Clinic server...): one line,
the address without its password, in the desk's data folder. Light: read before the first frame,
so it imports no database driver."""

from __future__ import annotations

from pathlib import Path

from frontdesk.store import paths


def _setting() -> Path:
    return paths.data_dir() / "clinic-server.txt"


def saved_url() -> str | None:
    """None: this computer's own cache (the default)."""
    try:
        text = _setting().read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return text or None


def save_url(url: str) -> None:
    _setting().write_text(url.strip() + "\n", encoding="utf-8")


def forget_url() -> None:
    _setting().unlink(missing_ok=True)
