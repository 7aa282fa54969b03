"""Where frontdesk keeps its files: FRONTDESK_HOME, else the platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "frontdesk"


def data_dir() -> Path:
    override = os.environ.get("FRONTDESK_HOME")
    path = (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_path() -> Path:
    return data_dir() / "cache.sqlite3"


def demo_cache_path() -> Path:
    return data_dir() / "demo-cache.sqlite3"


def demo_dir() -> Path:
    """Where the demo clinic's prepared cache is kept: it can be made again at any time, so the
    platform's cache folder (under FRONTDESK_HOME when that is set, to keep tests apart)."""
    override = os.environ.get("FRONTDESK_HOME")
    path = (
        Path(override) / "demo"
        if override
        else Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "demo"
    )
    path.mkdir(parents=True, exist_ok=True)
    return path
