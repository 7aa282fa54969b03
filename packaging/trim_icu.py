"""Keep only the ICU data frontdesk's languages need in the Linux build (32 MB -> about 9 MB).

    python3 packaging/trim_icu.py dist/frontdesk

Qt links ICU for collation, break iteration and character set conversion; its data library
(libicudata.so.NN) holds every CLDR locale, legacy character-set converters and spoof-check
tables. This script takes the data out of the bundled library (objcopy), removes the items of
locales other than the ones frontdesk ships (English, French, Dutch, Spanish: collation, names,
currencies, units...), the legacy converters and the confusables (icupkg), and links a library
with the same soname and symbol holding the rest (objcopy + ld). Root data, break dictionaries
(names in Thai or Chinese still wrap) and everything not tied to a locale stay.

The tools come from binutils and icu-devtools; when missing they are installed as `make run`
installs Qt's libraries (root, or sudo without a password); otherwise the full data is kept and a
note says why (the build still works, only larger). Standard library only.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import qt_system_libs  # beside this file

SHIPPED_LANGUAGES = frozenset({"en", "fr", "nl", "es"})
LOCALE_ITEM = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")
UNUSED_SUFFIXES = (".cnv", ".spp", ".cfu")  # legacy converters, StringPrep profiles, confusables
TOOLS = {"objcopy": "binutils", "ld": "binutils", "icupkg": "icu-devtools"}
ARCHITECTURES = {  # objdump's architecture -> objcopy's output target
    "i386:x86-64": "elf64-x86-64",
    "aarch64": "elf64-littleaarch64",
}


def unused(item: str) -> bool:
    """Whether a package item (e.g. "coll/de.res") is for a language frontdesk does not ship."""
    name = item.rsplit("/", 1)[-1]
    match = LOCALE_ITEM.match(name)
    if match is not None and name != "pool.res":
        return match.group(1) not in SHIPPED_LANGUAGES
    return name.endswith(UNUSED_SUFFIXES)


def ensure_tools() -> str | None:
    """None when the tools are there (installing them if this user can), else why not."""
    missing = sorted({package for tool, package in TOOLS.items() if shutil.which(tool) is None})
    if not missing:
        return None
    run = qt_system_libs.run_command
    prefix = qt_system_libs.privilege_prefix(run, os.geteuid())
    if prefix is not None and qt_system_libs.install(missing, prefix, run):
        return None
    return f"ICU data kept whole: {qt_system_libs.install_line(missing)} to trim it"


def _run(*command: str, cwd: Path | None = None) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True, cwd=cwd).stdout


def rebuild(library: Path, work: Path) -> Path:
    """A copy of `library` holding only the data frontdesk uses, written in `work`."""
    version = re.search(r"libicudata\.so\.(\d+)", library.name)
    if version is None:
        raise ValueError(f"not an ICU data library: {library.name}")
    package = f"icudt{version.group(1)}l"  # l: little-endian, the only layout built here
    architecture = re.search(r"architecture: ([^,\s]+)", _run("objdump", "-f", str(library)))
    if architecture is None or architecture.group(1) not in ARCHITECTURES:
        raise ValueError(f"no objcopy target known for {library.name}'s architecture")
    data = work / f"{package}.dat"
    _run("objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(data))
    items = _run("icupkg", "-l", str(data)).split()
    removed = work / "removed.txt"
    removed.write_text("".join(f"{item}\n" for item in items if unused(item)))
    _run("icupkg", "--ignore-deps", "-r", removed.name, data.name, cwd=work)
    target = ARCHITECTURES[architecture.group(1)]
    _run(
        "objcopy", "-I", "binary", "-O", target, "-B", architecture.group(1),
        "--set-section-alignment", ".data=16",
        "--rename-section", ".data=.rodata,alloc,load,readonly,data,contents",
        "--redefine-sym", f"_binary_{package}_dat_start=icudt{version.group(1)}_dat",
        data.name, "data.o", cwd=work,
    )  # fmt: skip
    trimmed = work / library.name
    _run("ld", "-shared", "-soname", library.name, "-o", trimmed.name, "data.o", cwd=work)
    return trimmed


def trim(bundle: Path) -> str:
    # The same library may be reachable twice (PyInstaller links it into _internal/ too).
    libraries = sorted({path.resolve() for path in bundle.rglob("libicudata.so.*")})
    if not libraries:
        return "no ICU data library in the build"
    why = ensure_tools()
    if why is not None:
        return why
    notes = []
    for library in libraries:
        before = library.stat().st_size
        with tempfile.TemporaryDirectory(prefix="frontdesk-icu-") as tmp:
            trimmed = rebuild(library, Path(tmp))
            shutil.copyfile(trimmed, library)
        notes.append(
            f"{library.name}: {before / 1e6:.1f} MB -> {library.stat().st_size / 1e6:.1f} MB"
        )
    return "; ".join(notes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Trim the ICU data of a Linux build.")
    parser.add_argument("bundle", type=Path, help="the one-folder build, e.g. dist/frontdesk")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        print("trim_icu: Linux builds only")
        return 0
    try:
        print(f"trim_icu: {trim(args.bundle)}")
    except (subprocess.CalledProcessError, ValueError, OSError) as exc:
        print(f"trim_icu FAILED, the build keeps its full ICU data: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
