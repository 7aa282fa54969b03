"""Smoke-test the Debian package: unpack it as dpkg would, check the menu entry, metainfo and icons
are in place and valid, and start the unpacked application (`--demo --screenshot`).

    python3 packaging/deb_smoke.py dist/frontdesk_0.1.0_amd64.deb

The package is unpacked into a temporary root with `dpkg-deb -x` (the files dpkg would install,
without touching this machine's package database). The entry and the metainfo are checked with
`desktop-file-validate` and `appstreamcli validate`; when those are missing they are installed as
`make run` installs Qt's libraries (root, or sudo without a password), else the apt-get line is
printed and the smoke fails. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import build_deb  # beside this file
import qt_system_libs
import smoke_test

# Issue 16: what a clinic downloads and what it keeps on the disk, in MB (10^6 bytes).
MAX_DOWNLOAD_MB = 60
MAX_INSTALLED_MB = 120
VALIDATORS = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


class DebFailure(Exception):
    pass


def ensure_validators() -> None:
    missing = [package for tool, package in VALIDATORS.items() if shutil.which(tool) is None]
    if not missing:
        return
    run = qt_system_libs.run_command
    prefix = qt_system_libs.privilege_prefix(run, os.geteuid())
    if prefix is None or not qt_system_libs.install(missing, prefix, run):
        raise DebFailure(
            f"validators missing; install them: {qt_system_libs.install_line(missing)}"
        )


def expected_files() -> list[Path]:
    app = build_deb.APP_ID
    share = Path("usr/share")
    files = [
        share / "applications" / f"{app}.desktop",
        share / "metainfo" / f"{app}.metainfo.xml",
        share / "icons/hicolor/scalable/apps" / f"{app}.svg",
        build_deb.INSTALL_DIR / "frontdesk",
    ]
    files += [share / f"icons/hicolor/{n}x{n}/apps" / f"{app}.png" for n in build_deb.ICON_SIZES]
    return files


def check_tree(root: Path) -> None:
    absent = [str(p) for p in expected_files() if not (root / p).is_file()]
    if absent:
        raise DebFailure(f"not installed by the package: {', '.join(absent)}")
    launcher = root / "usr/bin/frontdesk"
    target = Path("/") / build_deb.INSTALL_DIR / "frontdesk"
    if not launcher.is_symlink() or Path(launcher.readlink()) != target:
        raise DebFailure(f"/usr/bin/frontdesk should point at {target}")
    entry = (root / expected_files()[0]).read_text()
    if f"Icon={build_deb.APP_ID}\n" not in entry or "Exec=frontdesk\n" not in entry:
        raise DebFailure("the menu entry does not name the installed icon and command")


def validate(root: Path) -> None:
    entry, metainfo = (root / p for p in expected_files()[:2])
    for command in (
        ["desktop-file-validate", str(entry)],
        ["appstreamcli", "validate", "--no-net", str(metainfo)],
    ):
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise DebFailure(f"{command[0]} failed:\n{result.stdout}{result.stderr}")


def depends(deb: Path) -> str:
    result = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def sizes(deb: Path, root: Path) -> tuple[float, float]:
    """(download, installed) in MB; over a target is a failure that names it."""
    download = deb.stat().st_size / 1e6
    installed = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir()) / 1e6
    if download > MAX_DOWNLOAD_MB:
        raise DebFailure(f"the package is {download:.1f} MB, over {MAX_DOWNLOAD_MB} MB")
    if installed > MAX_INSTALLED_MB:
        raise DebFailure(f"the installed files are {installed:.1f} MB, over {MAX_INSTALLED_MB} MB")
    return round(download, 1), round(installed, 1)


def smoke(deb: Path, timeout: float) -> dict[str, object]:
    if not deb.is_file():
        raise DebFailure(f"no package at {deb} (run `make package` first)")
    ensure_validators()
    with tempfile.TemporaryDirectory(prefix="frontdesk-deb-smoke-") as tmp:
        root = Path(tmp) / "root"
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        check_tree(root)
        validate(root)
        download_mb, installed_mb = sizes(deb, root)
        if "libxcb-icccm4" not in depends(deb):
            raise DebFailure("the package does not depend on Qt's xcb libraries")
        try:
            started = smoke_test.smoke(root / build_deb.INSTALL_DIR / "frontdesk", timeout, False)
        except smoke_test.SmokeFailure as failure:
            raise DebFailure(f"the installed application did not start: {failure}") from None
    return {
        "ok": True,
        "deb": str(deb),
        "download_mb": download_mb,
        "installed_mb": installed_mb,
        "menu_entry": True,
        "icons": len(build_deb.ICON_SIZES) + 1,
        "validated": sorted(VALIDATORS),
        "start_seconds": started["seconds"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test frontdesk's .deb package.")
    parser.add_argument("deb", type=Path)
    parser.add_argument("--timeout", type=float, default=180.0)
    args = parser.parse_args(argv)
    try:
        summary = smoke(args.deb.resolve(), args.timeout)
    except DebFailure as failure:
        print(json.dumps({"ok": False, "error": str(failure).splitlines()[0]}))
        print(f"deb smoke FAILED: {failure}", file=sys.stderr)
        return 1
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
