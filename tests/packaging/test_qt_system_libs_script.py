"""packaging/qt_system_libs.py as `make run` calls it: the system python3, a separate process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.test_qt_system_libs import LDD_MISSING, LINE

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "qt_system_libs.py"
# The system interpreter where there is one: the script must need nothing from the venv.
PYTHON = shutil.which("python3", path="/usr/bin:/bin") or sys.executable

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


def run_script(*args: str, platform: str = "xcb") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": platform}
    return subprocess.run(
        [PYTHON, str(SCRIPT), *args], capture_output=True, text=True, env=env, timeout=60
    )


def test_a_recorded_ldd_output_with_missing_libraries_prints_the_line(tmp_path: Path) -> None:
    recorded = tmp_path / "ldd.txt"
    recorded.write_text(LDD_MISSING)
    done = run_script("--root", str(tmp_path), "--ldd-output", str(recorded), "--no-install")
    assert done.returncode == 1, done.stderr
    assert done.stdout == LINE + "\n"
    assert "libxcb-icccm.so.4" in done.stderr


@pytest.mark.skipif(shutil.which("ldd") is None, reason="needs ldd")
def test_the_installed_pyside6_plugin_is_found_and_traced_offscreen_only_reports() -> None:
    import PySide6

    root = Path(PySide6.__file__).parent
    done = run_script("--root", str(root), platform="offscreen")
    assert done.returncode == 0, done.stderr
