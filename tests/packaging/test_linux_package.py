"""resources/ is found from a checkout and a frozen build; the Linux menu entry and metainfo agree
with the project; the .deb lays the application, its entry and its icons where a desktop finds
them."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import build_deb
import deb_smoke
import pytest

from frontdesk.ui import resources

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"


def test_the_checkout_finds_its_bundled_icons() -> None:
    svg = resources.resource("icons/frontdesk.svg")
    assert svg is not None and b"<svg" in svg.read_bytes()
    assert resources.icon_path() == ROOT / "resources" / "icons" / "frontdesk-256.png"
    assert resources.resource("icons/no-such-icon.png") is None


def test_a_frozen_build_reads_its_own_folder_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    frozen_icon = tmp_path / "resources" / "icons" / "frontdesk-256.png"
    frozen_icon.parent.mkdir(parents=True)
    frozen_icon.write_bytes(b"png")
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert resources.icon_path() == frozen_icon


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / f"{build_deb.APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_menu_entry_starts_frontdesk_with_its_icon() -> None:
    entry = _entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "frontdesk"  # the command /usr/bin/frontdesk the package installs
    assert entry["Icon"] == build_deb.APP_ID  # the hicolor icons the package installs
    assert "Office" in entry["Categories"].split(";")
    assert {"GenericName[fr]", "GenericName[nl]", "GenericName[es]"} <= set(entry)


def test_the_metainfo_names_the_entry_and_this_version() -> None:
    component = ET.parse(LINUX / f"{build_deb.APP_ID}.metainfo.xml").getroot()
    assert component.findtext("id") == build_deb.APP_ID
    assert component.findtext("launchable") == f"{build_deb.APP_ID}.desktop"
    assert component.findtext("provides/binary") == "frontdesk"
    with (ROOT / "pyproject.toml").open("rb") as f:
        version = tomllib.load(f)["project"]["version"]
    releases = [r.get("version") for r in component.iterfind("releases/release")]
    assert releases[0] == version, "add a <release> for the new version to the metainfo"


def _fake_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "dist" / "frontdesk"
    (bundle / "_internal").mkdir(parents=True)
    exe = bundle / "frontdesk"
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    return bundle


def test_the_package_tree_has_the_command_entry_metainfo_and_every_icon(tmp_path: Path) -> None:
    root = tmp_path / "root"
    build_deb.stage(_fake_bundle(tmp_path), root)
    deb_smoke.check_tree(root)  # raises when something is missing or misnamed
    icon = root / "usr/share/icons/hicolor/48x48/apps" / f"{build_deb.APP_ID}.png"
    assert icon.read_bytes() == (ROOT / "resources/icons/frontdesk-48.png").read_bytes()


def test_a_tree_without_its_icon_fails_the_check(tmp_path: Path) -> None:
    root = tmp_path / "root"
    build_deb.stage(_fake_bundle(tmp_path), root)
    (root / "usr/share/icons/hicolor/256x256/apps" / f"{build_deb.APP_ID}.png").unlink()
    with pytest.raises(deb_smoke.DebFailure, match="256x256"):
        deb_smoke.check_tree(root)


def test_the_package_depends_on_qt_s_xcb_libraries(tmp_path: Path) -> None:
    root = tmp_path / "root"
    build_deb.stage(_fake_bundle(tmp_path), root)
    control = build_deb.control(root, "amd64")
    depends = next(line for line in control.splitlines() if line.startswith("Depends: "))
    assert "libxcb-icccm4" in depends and "libxcb-keysyms1" in depends
    # taken from the system, not bundled (packaging/frontdesk.spec): clinic mode's and D-Bus's
    assert "libpq5" in depends and "libdbus-1-3" in depends
    assert "libglib2.0-0t64 | libglib2.0-0" not in depends  # only what a minimal system lacks


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is Debian/Ubuntu only")
def test_a_built_package_unpacks_to_the_same_tree(tmp_path: Path) -> None:
    deb = build_deb.build(_fake_bundle(tmp_path), tmp_path / "out")
    unpacked = tmp_path / "unpacked"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
    deb_smoke.check_tree(unpacked)
    assert "libxcb-icccm4" in deb_smoke.depends(deb)


def test_a_package_over_the_size_targets_fails_the_smoke(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "root"
    root.mkdir()
    (root / "big").write_bytes(b"\0" * 2_000_000)
    deb = tmp_path / "frontdesk.deb"
    deb.write_bytes(b"\0" * 1_000_000)
    assert deb_smoke.sizes(deb, root) == (1.0, 2.0)
    monkeypatch.setattr(deb_smoke, "MAX_INSTALLED_MB", 1.5)
    with pytest.raises(deb_smoke.DebFailure, match=r"installed files are 2\.0 MB, over 1\.5 MB"):
        deb_smoke.sizes(deb, root)
    monkeypatch.setattr(deb_smoke, "MAX_DOWNLOAD_MB", 0.5)
    with pytest.raises(deb_smoke.DebFailure, match=r"package is 1\.0 MB, over 0\.5 MB"):
        deb_smoke.sizes(deb, root)
