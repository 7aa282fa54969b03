"""`frontdesk --demo --screenshot PATH`, as a separate process, headless."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_demo_screenshot_is_written_and_the_process_exits_0(tmp_path: Path) -> None:
    target = tmp_path / "shots" / "main.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FRONTDESK_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-m", "frontdesk", "--demo", "--screenshot", str(target)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    width, height = png_size(target)
    assert width >= 1000 and height >= 600
    assert "appointments drawn" in done.stderr

    # A later start paints from the demo cache prepared by the first, and does not remake it.
    (snapshot,) = (tmp_path / "home" / "demo").glob("demo-*.sqlite3")
    made = snapshot.stat().st_mtime_ns
    again = tmp_path / "shots" / "again.png"
    done = subprocess.run(
        [sys.executable, "-m", "frontdesk", "--demo", "--screenshot", str(again)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert png_size(again) == (width, height)
    assert "appointments drawn" in done.stderr
    assert snapshot.stat().st_mtime_ns == made


def test_a_screenshot_that_cannot_be_written_fails_with_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FRONTDESK_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-m", "frontdesk", "--demo", "--screenshot", str(blocker / "x.png")],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode != 0
    assert "screenshot failed" in done.stderr or "frontdesk:" in done.stderr
