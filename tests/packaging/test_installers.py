"""The Windows and macOS packaging definitions point at files that exist and keep the promises
docs/install.md makes (per-machine, closed before upgrade, signed with the hardened runtime); the
rendered icons are current. Those installers are built on their own runners (release.yml)."""

from __future__ import annotations

import plistlib
import re
import subprocess
import sys
from pathlib import PureWindowsPath

from tests.packaging.conftest import PACKAGING

ROOT = PACKAGING.parent
ISS = PACKAGING / "windows" / "frontdesk.iss"


def _setup_section() -> dict[str, str]:
    text = ISS.read_text()
    section = text.split("[Setup]", 1)[1].split("\n[", 1)[0]
    pairs = (line.split("=", 1) for line in section.splitlines() if "=" in line)
    return {key.strip(): value.strip() for key, value in pairs if not key.startswith(";")}


def _from_iss(path: str) -> str:
    """An Inno Setup path relative to the script's folder, with {#Root} expanded."""
    relative = PureWindowsPath(path.replace("{#Root}", ".."))
    return str((ISS.parent / relative.as_posix()).resolve())


def test_the_windows_installer_is_per_machine_and_closes_frontdesk_before_an_upgrade() -> None:
    setup = _setup_section()
    assert setup["PrivilegesRequired"] == "admin"
    assert setup["CloseApplications"] == "force"
    assert setup["DefaultDirName"] == "{autopf}\\{#AppName}"
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])  # fixed: upgrades find it


def test_the_windows_installer_uses_the_bundled_icon_and_the_one_folder_build() -> None:
    setup = _setup_section()
    assert _from_iss(setup["SetupIconFile"]) == str(ROOT / "resources" / "icons" / "frontdesk.ico")
    assert _from_iss(setup["OutputDir"]) == str(ROOT / "dist")
    source = re.search(r'Source: "([^"]+)"', ISS.read_text())
    assert source is not None
    assert _from_iss(source.group(1)) == str(ROOT / "dist" / "frontdesk" / "*")


def test_the_macos_signature_uses_the_hardened_runtime_and_the_entitlements() -> None:
    entitlements = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert entitlements["com.apple.security.network.client"] is True
    script = (PACKAGING / "macos" / "notarize.sh").read_text()
    assert "--options runtime" in script and "--timestamp" in script
    assert "notarytool submit" in script and "stapler staple" in script
    bash = subprocess.run(["bash", "-n", str(PACKAGING / "macos" / "notarize.sh")], check=False)
    assert bash.returncode == 0


def test_the_rendered_icons_are_current() -> None:
    render = subprocess.run(
        [sys.executable, str(ROOT / "icons" / "render_icons.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert render.returncode == 0, render.stderr
