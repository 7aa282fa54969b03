"""Smoke-test a built frontdesk executable outside the virtual environment.

    python3 packaging/smoke_test.py dist/frontdesk/frontdesk

Runs `<exe> --demo --screenshot <tmp>/shot.png` with a minimal environment (no VIRTUAL_ENV, no
PYTHONPATH, a system-only PATH, a throw-away HOME and FRONTDESK_HOME, the offscreen Qt platform)
from a temporary working directory, then checks that it exited with 0 within the time limit and
wrote a well-formed PNG of at least 800x500 pixels that is not a blank image. Prints a one-line
JSON summary; exits non-zero with the reason when a check fails. Standard library only, so any
Python 3.11+ can run it.

On Linux it also runs qt_system_libs' check on the bundled xcb plugin (platforms/libqxcb.so), as
the bundle's launcher would load it: system libraries a user's display would need but this
machine lacks are reported (summary "qt_system_libs", a warning with the apt-get line) without
failing the smoke, which runs offscreen and needs none of them; when the run itself fails, the
failure message names them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

import qt_system_libs  # beside this file: the script's own folder is on sys.path

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MIN_WIDTH, MIN_HEIGHT = 800, 500
MIN_COLOURS = 16  # fewer distinct colours than this means an empty or unpainted window
CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}  # PNG colour type -> samples per pixel


class SmokeFailure(Exception):
    pass


# frontdesk/store/page_process.py's log lines (tests/packaging keeps them equal).
PAGE_PROCESS_STARTED = "a long pass: its pages are written by a page process"
PAGE_PROCESS_STOPPED = "the page process stopped"


def clean_environment(home: Path, data: Path) -> dict[str, str]:
    if sys.platform == "win32":
        root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env = {
            "SYSTEMROOT": root,
            "PATH": rf"{root}\System32;{root}",
            "USERPROFILE": str(home),
            "APPDATA": str(home / "AppData" / "Roaming"),
            "LOCALAPPDATA": str(home / "AppData" / "Local"),
            "TEMP": str(home),
            "TMP": str(home),
        }
    else:
        env = {"PATH": "/usr/bin:/bin"}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", FRONTDESK_HOME=str(data))
    return env


def read_png(path: Path) -> dict[str, int]:
    """Validate the PNG's structure (signature, chunk CRCs, IHDR first, IEND last) and decode it."""
    blob = path.read_bytes()
    if not blob.startswith(PNG_SIGNATURE):
        raise SmokeFailure(f"{path} is not a PNG (bad signature {blob[:8]!r})")
    pos, chunks, idat = len(PNG_SIGNATURE), [], bytearray()
    header: tuple[int, ...] = ()
    while pos < len(blob):
        if pos + 12 > len(blob):
            raise SmokeFailure(f"{path} is truncated inside a chunk header")
        length, kind = struct.unpack(">I4s", blob[pos : pos + 8])
        body = blob[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", blob[pos + 8 + length : pos + 12 + length] or b"\0\0\0\0")
        if len(body) != length or zlib.crc32(kind + body) != crc:
            raise SmokeFailure(f"{path}: chunk {kind!r} is truncated or has a bad CRC")
        chunks.append(kind)
        if kind == b"IHDR":
            if length != 13:
                raise SmokeFailure(f"{path}: IHDR has length {length}, expected 13")
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    if not chunks or chunks[0] != b"IHDR" or chunks[-1] != b"IEND" or b"IDAT" not in chunks:
        raise SmokeFailure(f"{path}: bad chunk layout {[c.decode('latin-1') for c in chunks]}")
    width, height, depth, colour_type, _, _, interlace = header
    if width < MIN_WIDTH or height < MIN_HEIGHT:
        expected = f"{MIN_WIDTH}x{MIN_HEIGHT}"
        raise SmokeFailure(f"screenshot is {width}x{height}, expected at least {expected}")
    info = {"width": width, "height": height, "bytes": len(blob)}
    try:
        raw = zlib.decompress(bytes(idat))
    except zlib.error as exc:
        raise SmokeFailure(f"{path}: image data does not decompress ({exc})") from None
    if depth == 8 and colour_type in CHANNELS and interlace == 0:
        info["colours"] = count_colours(raw, width, height, CHANNELS[colour_type])
        if info["colours"] < MIN_COLOURS:
            raise SmokeFailure(f"screenshot looks blank: only {info['colours']} distinct colours")
    return info


def count_colours(raw: bytes, width: int, height: int, bpp: int) -> int:
    """Undo the PNG row filters (8-bit, non-interlaced) and count distinct pixel values."""
    stride = width * bpp
    if len(raw) != height * (stride + 1):
        raise SmokeFailure(f"image data is {len(raw)} bytes, expected {height * (stride + 1)}")
    prior = bytearray(stride)
    colours: set[bytes] = set()
    for y in range(height):
        start = y * (stride + 1)
        kind, row = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        if kind == 1:  # Sub
            for i in range(bpp, stride):
                row[i] = (row[i] + row[i - bpp]) & 0xFF
        elif kind == 2:  # Up
            row = bytearray((a + b) & 0xFF for a, b in zip(row, prior, strict=True))
        elif kind == 3:  # Average
            for i in range(stride):
                left = row[i - bpp] if i >= bpp else 0
                row[i] = (row[i] + ((left + prior[i]) >> 1)) & 0xFF
        elif kind == 4:  # Paeth
            for i in range(stride):
                a = row[i - bpp] if i >= bpp else 0
                b = prior[i]
                c = prior[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
                row[i] = (row[i] + pred) & 0xFF
        elif kind != 0:
            raise SmokeFailure(f"row {y} has unknown PNG filter type {kind}")
        if len(colours) < 4096:
            view = bytes(row)
            colours.update(view[i : i + bpp] for i in range(0, stride, bpp))
        prior = row
    return len(colours)


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def system_libraries(
    exe: Path, run_command: qt_system_libs.Runner = qt_system_libs.run_command
) -> qt_system_libs.Report | None:
    """What the bundle's xcb plugin could not load here, or None off Linux / without a plugin."""
    if not sys.platform.startswith("linux"):
        return None
    # PyInstaller's launcher puts its contents folder (_internal/ since 6.0) on LD_LIBRARY_PATH,
    # so the system libraries it bundled count as present: ldd must look there first too.
    contents = exe.parent / "_internal"
    bundle = contents if contents.is_dir() else exe.parent
    if qt_system_libs.find_xcb_plugin(bundle) is None:
        return None
    return qt_system_libs.check(bundle, run_command, library_path=[bundle])


def libraries_summary(report: qt_system_libs.Report) -> dict[str, object]:
    summary: dict[str, object] = {"method": report.method, "missing": report.missing_libraries}
    if report.packages:
        summary["apt"] = qt_system_libs.install_line(report.packages)
    return summary


def libraries_warning(report: qt_system_libs.Report) -> str:
    text = f"in the bundle, {qt_system_libs.describe(report)}"
    if report.packages:
        text += f"\na user's display needs them: {qt_system_libs.install_line(report.packages)}"
    return text


def smoke(exe: Path, timeout: float, keep: bool) -> dict[str, object]:
    if not exe.is_file():
        raise SmokeFailure(f"no executable at {exe} (run `make package` first)")
    if not os.access(exe, os.X_OK):
        raise SmokeFailure(f"{exe} is not executable")
    libraries = system_libraries(exe)
    if libraries is not None and not libraries.ok:
        # Reported, not failed: the smoke runs offscreen, which needs none of them.
        print(f"smoke test WARNING: {libraries_warning(libraries)}", file=sys.stderr)
    tmp = Path(tempfile.mkdtemp(prefix="frontdesk-smoke-"))
    home, data, shot = tmp / "home", tmp / "data", tmp / "shot.png"
    home.mkdir()
    data.mkdir()
    try:
        summary = run(exe, tmp, home, data, shot, timeout)
    except SmokeFailure as failure:
        hint = ""
        if libraries is not None and not libraries.ok:
            hint = f"\n{libraries_warning(libraries)}"
        raise SmokeFailure(f"{failure}{hint}\n(files kept in {tmp})") from None
    if libraries is not None:
        summary["qt_system_libs"] = libraries_summary(libraries)
    if keep:
        summary["kept"] = str(tmp)
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    return summary


def run(
    exe: Path, tmp: Path, home: Path, data: Path, shot: Path, timeout: float
) -> dict[str, object]:
    # -v: the log says whether the page process wrote the demo's first sync (checked below).
    command = [str(exe), "--demo", "--screenshot", str(shot), "-v"]
    started = time.monotonic()
    try:
        result = subprocess.run(
            command,
            cwd=tmp,  # never the source checkout: nothing may be imported from it
            env=clean_environment(home, data),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as exc:
        captured = exc.stderr or b""
        tail = captured.decode(errors="replace") if isinstance(captured, bytes) else captured
        tail = tail[-2000:]
        raise SmokeFailure(f"no exit within {timeout:.0f} s: {' '.join(command)}\n{tail}") from None
    seconds = time.monotonic() - started
    if result.returncode != 0:
        raise SmokeFailure(
            f"exit code {result.returncode} after {seconds:.1f} s: {' '.join(command)}\n"
            f"--- stdout ---\n{result.stdout[-2000:]}\n--- stderr ---\n{result.stderr[-4000:]}"
        )
    if not shot.is_file():
        raise SmokeFailure(f"exit code 0 but no screenshot at {shot}\n{result.stderr[-2000:]}")
    # The dataclasses' compiled methods, kept for the next start (frontdesk/codecache.py): a
    # frozen build says sys.dont_write_bytecode, which must not keep this file from being written.
    kept = sorted((data / "code-cache").glob("dataclass-methods.*.marshal"))
    if not kept:
        raise SmokeFailure(f"no compiled dataclass methods kept in {data / 'code-cache'}")
    # The day's first demo sync is long enough for the page process: the executable started
    # again as that child must write the pages (packaging/entry.py, freeze_support).
    if PAGE_PROCESS_STARTED not in result.stderr:
        raise SmokeFailure(
            f"the demo's first sync started no page process\n{result.stderr[-2000:]}"
        )
    if PAGE_PROCESS_STOPPED in result.stderr:
        raise SmokeFailure(f"the page process failed in the build\n{result.stderr[-2000:]}")
    return {
        "ok": True,
        "exe": str(exe),
        "exit_code": result.returncode,
        "seconds": round(seconds, 2),
        "screenshot": read_png(shot),
        "bundle_mb": round(folder_size(exe.parent) / 1e6, 1),
        "code_cache_kb": round(kept[0].stat().st_size / 1e3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test a built frontdesk executable.")
    parser.add_argument("exe", type=Path, help="built executable, e.g. dist/frontdesk/frontdesk")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds (default 180)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    try:
        summary = smoke(args.exe.resolve(), args.timeout, args.keep)
    except SmokeFailure as failure:
        message = str(failure)
        print(json.dumps({"ok": False, "error": message.splitlines()[0]}))
        print(f"smoke test FAILED: {message}", file=sys.stderr)
        return 1
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
