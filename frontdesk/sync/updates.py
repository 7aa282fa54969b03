"""Is there a newer signed release? Read from a TUF repository (The Update Framework, python-tuf).

A release channel is a TUF repository: `<channel>/metadata/` holds the signed root, timestamp,
snapshot and targets metadata, `<channel>/targets/` the files they list. One target,
`releases.json`, names the newest release and its installer per platform; the installers are
targets too, so every byte fetched is checked against signed lengths and hashes. The trusted root
ships with the build (resources/updates/root.json); without it, or with the channel switched off
by the clinic, nothing is asked of the network.

Settings (later files override earlier ones), INI section [updates]:
  enabled = true|false     channel = https://...     root = path/to/root.json
1. resources/updates/updates.ini, bundled by the release build;
2. updates.ini in the machine-wide configuration folder (the clinic's IT: /etc/xdg/frontdesk,
   C:\\ProgramData\\frontdesk, /Library/Application Support/frontdesk);
3. the file named by FRONTDESK_UPDATES_CONFIG.
"""

from __future__ import annotations

import configparser
import json
import logging
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.texts import Text
from frontdesk.domain.updates import UpdateCheck, UpdateState

log = logging.getLogger("frontdesk.updates")

RELEASES_TARGET = "releases.json"
CONFIG_NAME = "updates.ini"
ENVIRONMENT_CONFIG = "FRONTDESK_UPDATES_CONFIG"
PLATFORMS = {"win32": "windows", "darwin": "macos"}


@dataclass(frozen=True)
class UpdateSettings:
    enabled: bool = True
    channel: str = ""
    root: Path | None = None

    @property
    def off_reason(self) -> str | None:
        if not self.enabled:
            return "update checks are switched off for this clinic"
        if not self.channel or self.root is None or not self.root.is_file():
            return "this build has no update channel"
        return None


def settings_files(bundled: Path | None, environ: Mapping[str, str]) -> list[Path]:
    import platformdirs

    files = [] if bundled is None else [bundled]
    files.append(Path(platformdirs.site_config_dir("frontdesk", appauthor=False)) / CONFIG_NAME)
    if environ.get(ENVIRONMENT_CONFIG):
        files.append(Path(environ[ENVIRONMENT_CONFIG]))
    return files


def load_settings(files: list[Path]) -> UpdateSettings:
    """The settings the files say; a file that cannot be read is logged and skipped."""
    enabled, channel, root = True, "", None
    for path in files:
        parser = configparser.ConfigParser()
        try:
            if not parser.read(path, encoding="utf-8") or not parser.has_section("updates"):
                continue
            section = parser["updates"]
            enabled = section.getboolean("enabled", fallback=enabled)
        except (configparser.Error, ValueError, OSError) as exc:
            log.warning("update settings in %s ignored: %s", path, type(exc).__name__)
            continue
        channel = section.get("channel", channel).strip()
        if section.get("root"):
            given = Path(section["root"])
            root = given if given.is_absolute() else path.parent / given
    return UpdateSettings(enabled, channel.rstrip("/"), root)


def platform_key() -> str:
    return PLATFORMS.get(sys.platform, "linux")


def _newer(latest: str, current: str) -> bool:
    from packaging.version import InvalidVersion, Version

    try:
        return Version(latest) > Version(current)
    except InvalidVersion:
        return False


def check(settings: UpdateSettings, current: str, work_dir: Path | None = None) -> UpdateCheck:
    """Blocking (network and files): run it off the GUI thread. Never raises."""
    reason = settings.off_reason
    if reason is not None:
        return UpdateCheck(UpdateState.OFF, current, reason=reason)
    assert settings.root is not None
    try:
        return _check(settings, settings.root.read_bytes(), current, work_dir)
    except Exception as exc:  # a channel's failure is never the receptionist's problem
        log.warning("update check failed: %s", type(exc).__name__)
        return UpdateCheck(
            UpdateState.FAILED, current, reason="the update channel could not be checked"
        )


def _check(settings: UpdateSettings, root: bytes, current: str, work: Path | None) -> UpdateCheck:
    from tuf.ngclient.updater import Updater

    with tempfile.TemporaryDirectory(prefix="frontdesk-update-", dir=work) as tmp:
        metadata, targets = Path(tmp) / "metadata", Path(tmp) / "targets"
        metadata.mkdir()
        targets.mkdir()
        updater = Updater(
            metadata_dir=str(metadata),
            metadata_base_url=f"{settings.channel}/metadata/",
            target_dir=str(targets),
            target_base_url=f"{settings.channel}/targets/",
            bootstrap=root,
        )
        updater.refresh()
        info = updater.get_targetinfo(RELEASES_TARGET)
        if info is None:
            raise LookupError("the channel lists no releases")
        release = json.loads(Path(updater.download_target(info)).read_text(encoding="utf-8"))
    latest = str(release["version"])
    notes = str(release.get("notes", ""))
    if _newer(latest, current):
        return UpdateCheck(UpdateState.AVAILABLE, current, latest, notes)
    return UpdateCheck(UpdateState.CURRENT, current, latest)


class UpdateFailed(FrontdeskError):
    """The installer could not be fetched, or what was fetched did not match its signature."""


def download_installer(settings: UpdateSettings, into: Path) -> Path:
    """The newest release's installer for this platform, verified against the signed metadata,
    saved in `into`. Blocking; raises UpdateFailed (the channel's own error only in the log)."""
    try:
        return _download(settings, into)
    except Exception as exc:
        log.warning("installer download failed: %s", type(exc).__name__)
        raise UpdateFailed(Text("the installer could not be downloaded or did not verify")) from exc


def _download(settings: UpdateSettings, into: Path) -> Path:
    from tuf.ngclient.updater import Updater

    assert settings.root is not None
    with tempfile.TemporaryDirectory(prefix="frontdesk-update-") as tmp:
        metadata = Path(tmp) / "metadata"
        metadata.mkdir()
        into.mkdir(parents=True, exist_ok=True)
        updater = Updater(
            metadata_dir=str(metadata),
            metadata_base_url=f"{settings.channel}/metadata/",
            target_dir=str(into),
            target_base_url=f"{settings.channel}/targets/",
            bootstrap=settings.root.read_bytes(),
        )
        updater.refresh()
        listing = updater.get_targetinfo(RELEASES_TARGET)
        if listing is None:
            raise LookupError("the channel lists no releases")
        release = json.loads(
            Path(updater.download_target(listing, str(Path(tmp) / "r.json"))).read_text()
        )
        name = str(release["installers"][platform_key()])
        info = updater.get_targetinfo(name)
        if info is None:
            raise LookupError("the release's installer is not signed in the channel")
        return Path(updater.download_target(info, str(into / Path(name).name)))
