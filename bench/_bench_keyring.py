"""A keyring backend for the bench scripts only: the simulator's demo credentials in a JSON file
inside the bench's throw-away folder (FRONTDESK_BENCH_KEYRING), selected with the standard
PYTHON_KEYRING_BACKEND=_bench_keyring.BenchKeyring.

It exists because a benchmark machine (CI, a headless box) has no unlocked system keyring, and
`python -m frontdesk` must load an account's secrets to start. Never use it for real secrets:
it is a plain file. frontdesk itself refuses plain-file backends it knows (store/secrets.py).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class BenchKeyring(KeyringBackend):
    priority = 1

    @staticmethod
    def _file() -> Path:
        return Path(os.environ["FRONTDESK_BENCH_KEYRING"])

    def _read(self) -> dict[str, str]:
        path = self._file()
        return json.loads(path.read_text()) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._read()
        data[f"{service}\n{username}"] = password
        self._file().write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self._file().write_text(json.dumps(data))
