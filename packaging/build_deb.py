"""Build the Debian package from the one-folder build.

    python3 packaging/build_deb.py dist/frontdesk --out dist

Lays out the application under /opt/frontdesk with /usr/bin/frontdesk pointing at it, the menu
entry, the AppStream metainfo and the icons at every size in the hicolor theme, and declares the
system libraries Qt's xcb plugin needs as dependencies (so `apt install ./frontdesk_*.deb` on a
fresh Debian or Ubuntu brings them). Standard library and dpkg-deb only.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

import qt_system_libs  # beside this file: the script's own folder is on sys.path

APP_ID = "app.frontdesk.Frontdesk"
ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
INSTALL_DIR = Path("opt/frontdesk")


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def architecture() -> str:
    result = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


# Clinic mode's PostgreSQL client library, loaded by psycopg's pure-Python implementation, and
# D-Bus's, which Qt's D-Bus module links (taken from the system: packaging/frontdesk.spec).
EXTRA_DEPENDS = (("libpq5",), ("libdbus-1-3",))


def depends() -> str:
    """Qt's xcb libraries and libpq, alternatives joined the Debian way (a package renamed across
    releases)."""
    packages = (*qt_system_libs.XCB_PACKAGES, *EXTRA_DEPENDS)
    return ", ".join(" | ".join(names) for names in packages)


def stage(bundle: Path, root: Path) -> None:
    """The installed tree under `root`, as dpkg will unpack it."""
    shutil.copytree(bundle, root / INSTALL_DIR, symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "frontdesk").symlink_to(Path("/") / INSTALL_DIR / "frontdesk")
    share = root / "usr" / "share"
    for folder, name in (
        ("applications", f"{APP_ID}.desktop"),
        ("metainfo", f"{APP_ID}.metainfo.xml"),
    ):
        (share / folder).mkdir(parents=True)
        shutil.copy2(RESOURCES / "linux" / name, share / folder / name)
    hicolor = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        apps = hicolor / f"{size}x{size}" / "apps"
        apps.mkdir(parents=True)
        shutil.copy2(RESOURCES / "icons" / f"frontdesk-{size}.png", apps / f"{APP_ID}.png")
    scalable = hicolor / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(RESOURCES / "icons" / "frontdesk.svg", scalable / f"{APP_ID}.svg")


def installed_kib(root: Path) -> int:
    total = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir())
    return (total + 1023) // 1024


def control(root: Path, arch: str) -> str:
    return (
        "Package: frontdesk\n"
        f"Version: {version()}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Architecture: {arch}\n"
        "Maintainer: The frontdesk engineers <support@frontdesk.app>\n"
        f"Installed-Size: {installed_kib(root)}\n"
        f"Depends: {depends()}\n"
        # Taken from the system, not bundled (packaging/frontdesk.spec): printing to the
        # clinic's printers needs CUPS' library; without it the print dialog offers PDF only.
        "Recommends: libcups2t64 | libcups2\n"
        "Homepage: https://frontdesk.app/\n"
        "Description: front-desk scheduling for clinics\n"
        " Every provider's day, patient search, openings and bookings across the\n"
        " clinic's practice-management system, in one window for the reception.\n"
    )


# Menus and icon caches pick the new entry up at once (both tools are optional on a system).
POSTINST = """#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
"""


def build(bundle: Path, out: Path) -> Path:
    if not (bundle / "frontdesk").is_file():
        raise SystemExit(f"no one-folder build at {bundle} (run `make package` first)")
    arch = architecture()
    with tempfile.TemporaryDirectory(prefix="frontdesk-deb-") as tmp:
        root = Path(tmp) / "root"
        stage(bundle, root)
        debian = root / "DEBIAN"
        debian.mkdir()
        (debian / "control").write_text(control(root, arch))
        for name in ("postinst", "postrm"):
            script = debian / name
            script.write_text(POSTINST)
            os.chmod(script, 0o755)
        out.mkdir(parents=True, exist_ok=True)
        target = out / f"frontdesk_{version()}_{arch}.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Build frontdesk's .deb from the one-folder build."
    )
    parser.add_argument("bundle", type=Path, help="the one-folder build, e.g. dist/frontdesk")
    parser.add_argument("--out", type=Path, default=Path("dist"), help="folder for the .deb")
    args = parser.parse_args(argv)
    if shutil.which("dpkg-deb") is None:
        print("build_deb: dpkg-deb is not installed (Debian/Ubuntu only)", file=sys.stderr)
        return 1
    target = build(args.bundle.resolve(), args.out)
    print(f"built {target}: {target.stat().st_size / 1e6:.1f} MB to download (target < 60 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
