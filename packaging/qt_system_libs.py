"""Check, before a window opens, that the system has the libraries Qt 6's xcb plugin links to.

    python3 packaging/qt_system_libs.py [--root .venv] [--no-install] [--ldd-output FILE]

PySide6's wheels bundle Qt itself but not the X11/xcb, GL, fontconfig and D-Bus libraries that
the xcb platform plugin (platforms/libqxcb.so) links to. When one is missing, Qt aborts at start
with a message that names only libxcb-cursor0, whatever is really missing. So this script runs
`ldd` on the installed plugin, maps each "not found" library to its Debian/Ubuntu package, and
then installs them (root, or sudo without a password) or prints the one `sudo apt-get install`
line and exits 1, which stops `make run`. When ldd cannot run it falls back to `dpkg -s` over the
packages the plugin needs. Standard library only: it runs under the system python3.

Exit codes: 0 nothing missing (or only reported: --report-only, or a Qt platform other than xcb
chosen by QT_QPA_PLATFORM), 1 missing libraries left.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

# Library file (soname) -> Debian/Ubuntu package, checked with `dpkg -S` on Debian 12 against
# `ldd` of PySide6 6.11's libqxcb.so. Where the 64-bit time_t transition renamed a package
# (Ubuntu 24.04, Debian 13) the new name comes first; the first one apt knows is used.
SONAME_PACKAGES: dict[str, tuple[str, ...]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0",),
    "libxcb-icccm.so.4": ("libxcb-icccm4",),
    "libxcb-image.so.0": ("libxcb-image0",),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1",),
    "libxcb-randr.so.0": ("libxcb-randr0",),
    "libxcb-render-util.so.0": ("libxcb-render-util0",),
    "libxcb-render.so.0": ("libxcb-render0",),
    "libxcb-shape.so.0": ("libxcb-shape0",),
    "libxcb-shm.so.0": ("libxcb-shm0",),
    "libxcb-sync.so.1": ("libxcb-sync1",),
    "libxcb-util.so.1": ("libxcb-util1",),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0",),
    "libxcb-xkb.so.1": ("libxcb-xkb1",),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0",),  # Qt before 6.5 linked it
    "libxcb-glx.so.0": ("libxcb-glx0",),
    "libxcb.so.1": ("libxcb1",),
    "libX11-xcb.so.1": ("libx11-xcb1",),
    "libX11.so.6": ("libx11-6",),
    "libXau.so.6": ("libxau6",),
    "libXdmcp.so.6": ("libxdmcp6",),
    "libxkbcommon.so.0": ("libxkbcommon0",),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0",),
    "libEGL.so.1": ("libegl1",),
    "libGL.so.1": ("libgl1",),
    "libGLX.so.0": ("libglx0",),
    "libGLdispatch.so.0": ("libglvnd0",),
    "libfontconfig.so.1": ("libfontconfig1",),
    "libfreetype.so.6": ("libfreetype6",),
    "libexpat.so.1": ("libexpat1",),
    "libpng16.so.16": ("libpng16-16t64", "libpng16-16"),
    "libbrotlidec.so.1": ("libbrotli1",),
    "libbrotlicommon.so.1": ("libbrotli1",),
    "libdbus-1.so.3": ("libdbus-1-3",),
    "libsystemd.so.0": ("libsystemd0",),
    "libglib-2.0.so.0": ("libglib2.0-0t64", "libglib2.0-0"),
    "libgthread-2.0.so.0": ("libglib2.0-0t64", "libglib2.0-0"),
    "libpcre2-8.so.0": ("libpcre2-8-0",),
    "libzstd.so.1": ("libzstd1",),
    "libz.so.1": ("zlib1g",),
    "liblzma.so.5": ("liblzma5",),
    "liblz4.so.1": ("liblz4-1",),
    "libbsd.so.0": ("libbsd0",),
    "libmd.so.0": ("libmd0",),
    "libcap.so.2": ("libcap2",),
    "libgcrypt.so.20": ("libgcrypt20",),
    "libgpg-error.so.0": ("libgpg-error0",),
    "libstdc++.so.6": ("libstdc++6",),
    "libgcc_s.so.1": ("libgcc-s1",),
}

# What a minimal Debian or Ubuntu may lack of the above (the rest come with these as
# dependencies or are essential). Checked with `dpkg -s` when ldd cannot run, and listed in the
# README's apt-get line.
XCB_PACKAGES: tuple[tuple[str, ...], ...] = (
    ("libxcb-cursor0",),
    ("libxcb-icccm4",),
    ("libxcb-image0",),
    ("libxcb-keysyms1",),
    ("libxcb-randr0",),
    ("libxcb-render-util0",),
    ("libxcb-shape0",),
    ("libxcb-shm0",),
    ("libxcb-sync1",),
    ("libxcb-xfixes0",),
    ("libxcb-xkb1",),
    ("libxkbcommon-x11-0",),
    ("libx11-xcb1",),
    ("libegl1",),
    ("libgl1",),
    ("libfontconfig1",),
    ("libdbus-1-3",),
)

NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)


class Runner(Protocol):
    """Runs a command; injected so tests never call ldd, dpkg, sudo or apt-get."""

    def __call__(
        self, command: Sequence[str], *, capture: bool = True, env: Mapping[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]: ...


def run_command(
    command: Sequence[str], *, capture: bool = True, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            list(command),
            capture_output=capture,
            text=True,
            errors="replace",
            stdin=subprocess.DEVNULL,  # never wait for a password or a prompt
            env=dict(env) if env is not None else None,
            check=False,
        )
    except OSError as exc:  # the program is not installed (no sudo, no dpkg, ...)
        return subprocess.CompletedProcess(list(command), 127, "", str(exc))


@dataclass
class Report:
    """What is missing, and how it was found out ("ldd", "dpkg" or "" when nothing could run)."""

    method: str
    plugin: Path | None = None
    missing_libraries: list[str] = field(default_factory=list)
    packages: list[str] = field(default_factory=list)
    unknown_libraries: list[str] = field(default_factory=list)  # no package in our table

    @property
    def ok(self) -> bool:
        return not (self.missing_libraries or self.packages or self.unknown_libraries)


def find_xcb_plugin(root: Path) -> Path | None:
    """libqxcb.so under a virtual environment or a PyInstaller bundle (both keep Qt's layout)."""
    if root.is_file():
        return root
    found = sorted(p for p in root.rglob("libqxcb.so") if p.parent.name == "platforms")
    return found[0] if found else None


def not_found_libraries(ldd_output: str) -> list[str]:
    """The sonames ldd could not resolve, in first-seen order."""
    return list(dict.fromkeys(NOT_FOUND.findall(ldd_output)))


def apt_knows(package: str, run: Runner) -> bool:
    # A renamed (t64) package exists only on newer releases; a purely virtual name fails here.
    result = run(["apt-cache", "show", "--no-all-versions", package])
    return result.returncode == 0 and bool(result.stdout.strip())


def pick_package(candidates: tuple[str, ...], run: Runner) -> str:
    if len(candidates) == 1:
        return candidates[0]
    for name in candidates:
        if apt_knows(name, run):
            return name
    return candidates[-1]  # the classic name; apt resolves it to its renamed provider


def packages_for(libraries: Sequence[str], run: Runner) -> tuple[list[str], list[str]]:
    """(packages to install, sonames no table entry covers)."""
    packages: dict[str, None] = {}
    unknown: list[str] = []
    for soname in libraries:
        candidates = SONAME_PACKAGES.get(soname)
        if candidates is None:
            unknown.append(soname)
        else:
            packages[pick_package(candidates, run)] = None
    return list(packages), unknown


def dpkg_installed(package: str, run: Runner) -> bool:
    result = run(["dpkg", "-s", package])
    return result.returncode == 0 and "Status: install ok installed" in result.stdout


def check(
    root: Path,
    run: Runner = run_command,
    library_path: Sequence[Path] = (),
    ldd_output: str | None = None,
) -> Report:
    """Find what the xcb plugin under `root` cannot load. `library_path` mirrors what the app's
    launcher adds to LD_LIBRARY_PATH (a PyInstaller bundle's folder); `ldd_output` replaces
    running ldd (a recorded or simulated output)."""
    plugin = find_xcb_plugin(root)
    if ldd_output is None and plugin is not None:
        env = dict(os.environ, LC_ALL="C")
        if library_path:
            extra = [str(p) for p in library_path]
            env["LD_LIBRARY_PATH"] = os.pathsep.join([*extra, env.get("LD_LIBRARY_PATH", "")])
        result = run(["ldd", str(plugin)], env=env)
        # ldd prints "=>" lines for a library it could trace; anything else means it could not.
        if result.returncode == 0 and "=>" in result.stdout:
            ldd_output = result.stdout
    if ldd_output is not None:
        missing = not_found_libraries(ldd_output)
        packages, unknown = packages_for(missing, run)
        return Report("ldd", plugin, missing, packages, unknown)
    if run(["dpkg", "--version"]).returncode != 0:
        return Report("", plugin)  # neither ldd nor dpkg: nothing to go on
    packages = [
        pick_package(names, run)
        for names in XCB_PACKAGES
        if not any(dpkg_installed(name, run) for name in names)
    ]
    return Report("dpkg", plugin, packages=packages)


def install_line(packages: Sequence[str]) -> str:
    return "sudo apt-get install -y " + " ".join(packages)


def privilege_prefix(run: Runner, euid: int) -> list[str] | None:
    """[] as root, ["sudo", "-n"] when sudo needs no password, None when neither."""
    if euid == 0:
        return []
    if run(["sudo", "-n", "true"]).returncode == 0:
        return ["sudo", "-n"]
    return None


def install(packages: Sequence[str], prefix: Sequence[str], run: Runner) -> bool:
    command = [*prefix, "apt-get", "install", "-y", "--no-install-recommends", *packages]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    print("frontdesk: installing Qt's system libraries: " + " ".join(command), file=sys.stderr)
    if run(command, capture=False, env=env).returncode == 0:
        return True
    # A fresh machine may have no package lists yet: refresh them once and try again.
    if run([*prefix, "apt-get", "update"], capture=False, env=env).returncode != 0:
        return False
    return run(command, capture=False, env=env).returncode == 0


def describe(report: Report) -> str:
    found = report.missing_libraries or [f"package {p}" for p in report.packages]
    where = f" ({report.plugin})" if report.plugin else ""
    text = f"Qt's xcb platform plugin{where} needs system libraries that are missing: "
    text += ", ".join(found + report.unknown_libraries)
    if report.unknown_libraries:
        text += f"\nno Debian package known for: {', '.join(report.unknown_libraries)}"
    return text


def xcb_requested(environ: Mapping[str, str]) -> bool:
    """False when QT_QPA_PLATFORM names only other platforms (offscreen, wayland, ...)."""
    value = environ.get("QT_QPA_PLATFORM", "").strip()
    if not value:
        return True
    return "xcb" in {part.split(":")[0].strip() for part in value.split(";")}


def main(
    argv: Sequence[str] | None = None,
    run: Runner = run_command,
    euid: int | None = None,
    environ: Mapping[str, str] | None = None,
) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--root", type=Path, default=Path(".venv"), help="venv or bundle folder")
    parser.add_argument("--library-path", type=Path, action="append", default=[])
    parser.add_argument("--ldd-output", type=Path, help="read ldd's output from this file")
    parser.add_argument("--no-install", action="store_true", help="only print the apt-get line")
    parser.add_argument("--report-only", action="store_true", help="report, always exit 0")
    args = parser.parse_args(argv)
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return 0  # macOS and Windows wheels carry everything Qt needs
    recorded = args.ldd_output.read_text() if args.ldd_output else None
    report = check(args.root, run, args.library_path, recorded)
    if report.ok:
        return 0
    print(f"frontdesk: {describe(report)}", file=sys.stderr)
    line = install_line(report.packages) if report.packages else ""
    if args.report_only or not xcb_requested(environ):
        if line:
            print(f"Install them with:  {line}", file=sys.stderr)
        return 0
    apt = run(["apt-get", "--version"]).returncode == 0
    if not apt or report.unknown_libraries:
        if line:
            print(f"Install them with:  {line}", file=sys.stderr)
        print("Install the packages that provide them, then run make again.", file=sys.stderr)
        return 1
    prefix = None if args.no_install else privilege_prefix(run, _euid(euid))
    if prefix is None:
        print("Install them (as root), then run make again:", file=sys.stderr)
        print(line)  # the one line, alone on stdout, to copy or script
        return 1
    if install(report.packages, prefix, run) and check(args.root, run, args.library_path).ok:
        print("frontdesk: Qt's system libraries are installed.", file=sys.stderr)
        return 0
    print("frontdesk: the installation did not complete; run it yourself:", file=sys.stderr)
    print(line)
    return 1


def _euid(given: int | None) -> int:
    return given if given is not None else os.geteuid()


if __name__ == "__main__":
    sys.exit(main())
