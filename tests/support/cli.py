"""Running `frontdesk` commands as separate processes, as clinic IT would, for end-to-end tests."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
FILE_KEYRING = "tests.support.file_keyring.FileKeyring"
NO_KEYRING = "keyring.backends.null.Keyring"
TIMEOUT = 120


@dataclass(frozen=True)
class Done:
    args: tuple[str, ...]
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)

    def __str__(self) -> str:  # what pytest shows when an assertion about it fails
        return f"frontdesk {' '.join(self.args)} -> {self.code}\n{self.stderr}{self.stdout}"


class Frontdesk:
    """One data folder and one test keyring file: a clinic IT workstation."""

    def __init__(self, folder: Path, backend: str = FILE_KEYRING) -> None:
        self.home = folder / "home"
        self.keyring = folder / "keyring.json"
        self.backend = backend

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            **os.environ,
            "FRONTDESK_HOME": str(self.home),
            "PYTHON_KEYRING_BACKEND": self.backend,
            "FRONTDESK_TEST_KEYRING": str(self.keyring),
            "PYTHONPATH": str(ROOT),
        }
        env.pop("QT_QPA_PLATFORM", None)  # headless commands must not need Qt at all
        env.update(extra)
        return env

    def __call__(self, *args: str, stdin: str | None = None, **extra: str) -> Done:
        done = subprocess.run(
            [sys.executable, "-m", "frontdesk", *args],
            env=self.env(**extra),
            cwd=ROOT,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
        return Done(args, done.returncode, done.stdout, done.stderr)

    def stored_bytes(self) -> bytes:
        """Every byte frontdesk wrote to its data folder (cache, WAL, anything else)."""
        return b"".join(p.read_bytes() for p in sorted(self.home.rglob("*")) if p.is_file())

    def keyring_entries(self) -> dict[str, str]:
        from tests.support.file_keyring import entries

        return entries(self.keyring)


@contextmanager
def sandbox(folder: Path, *vendors: str) -> Iterator[dict[str, Any]]:
    """`frontdesk sandbox serve --json` in a subprocess; yields what it printed once ready."""
    folder.mkdir(parents=True, exist_ok=True)
    args = ["sandbox", "serve", "--json", "--port", "0"]
    for vendor in vendors:
        args += ["--vendor", vendor]
    errors = folder / "sandbox.stderr"
    with errors.open("w") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "frontdesk", *args],
            env={**os.environ, "FRONTDESK_HOME": str(folder / "home"), "PYTHONPATH": str(ROOT)},
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # printed once every simulator listens
        if not line:
            process.wait(timeout=TIMEOUT)
            raise AssertionError(f"sandbox serve exited: {errors.read_text()}")
        yield json.loads(line)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            code = process.wait(timeout=TIMEOUT)
        finally:
            if process.poll() is None:
                process.kill()
        assert code == 0, errors.read_text()


def account(description: dict[str, Any], vendor: str) -> dict[str, Any]:
    found: dict[str, Any] = next(a for a in description["accounts"] if a["vendor"] == vendor)
    return found
