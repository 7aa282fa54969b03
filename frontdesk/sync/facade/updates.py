"""Update checks for the window: off the GUI thread, never raising, and the outbox rule."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from frontdesk.domain.updates import UpdateCheck, UpdateState, install_blocked
from frontdesk.sync.updates import UpdateSettings, check, download_installer, load_settings
from frontdesk.sync.updates import settings_files as _settings_files

__all__ = [
    "UpdateCheck",
    "UpdateSettings",
    "UpdateState",
    "check_for_update",
    "download_installer",
    "fetch_installer",
    "install_blocked",
    "update_settings",
]


def update_settings(bundled: Path | None) -> UpdateSettings:
    """The clinic's update settings; `bundled` is the build's resources/updates/updates.ini."""
    return load_settings(_settings_files(bundled, os.environ))


async def check_for_update(settings: UpdateSettings, current: str) -> UpdateCheck:
    return await asyncio.to_thread(check, settings, current)


async def fetch_installer(settings: UpdateSettings, into: Path) -> Path:
    return await asyncio.to_thread(download_installer, settings, into)
