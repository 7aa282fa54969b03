"""Create the project's virtual environment with only a bare Python 3.11+.

Debian and Ubuntu ship `python3` without `ensurepip` unless python3-venv is installed. When it is
missing, create the environment without pip and install pip from its own wheel taken from PyPI,
so `make run` and `make test` work on a machine that has only Python and make.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import urllib.request
import venv
from pathlib import Path


def has_pip(python: Path) -> bool:
    return subprocess.run([python, "-m", "pip", "--version"], capture_output=True).returncode == 0


def pip_wheel_url() -> str:
    with urllib.request.urlopen("https://pypi.org/pypi/pip/json", timeout=60) as reply:
        release = json.load(reply)
    for file in release["urls"]:
        if file["packagetype"] == "bdist_wheel":
            return str(file["url"])
    raise SystemExit("could not find a pip wheel on PyPI")


def main(target: str) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - runs under the system Python, any version
        raise SystemExit(f"frontdesk needs Python 3.11 or newer, this is {sys.version.split()[0]}")
    env = Path(target)
    python = env / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    if not python.exists():
        try:
            venv.create(env, with_pip=True)
        except subprocess.CalledProcessError:
            venv.create(env, with_pip=False, clear=True)
    if has_pip(python):
        return
    print("ensurepip is not available; installing pip from its wheel on PyPI", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = Path(tmp) / "pip-py3-none-any.whl"
        urllib.request.urlretrieve(pip_wheel_url(), wheel)
        # A pip wheel can run itself: python pip.whl/pip install pip.whl
        subprocess.run([python, f"{wheel}/pip", "install", "--quiet", str(wheel)], check=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".venv")
