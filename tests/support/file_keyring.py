"""A keyring backend for subprocess tests: secrets in a JSON file inside the test's tmp folder.

Select it with PYTHON_KEYRING_BACKEND=tests.support.file_keyring.FileKeyring and name the file in
FRONTDESK_TEST_KEYRING. Plain-file storage is acceptable here only because the file is the test's
own throw-away fixture; frontdesk itself refuses plaintext backends.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from jaraco.classes.properties import classproperty
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

ENV = "FRONTDESK_TEST_KEYRING"


class FileKeyring(KeyringBackend):
    @classproperty
    def priority(cls) -> float:
        # Importing this module registers the class with keyring; without the variable it must
        # never be picked on its own (keyring skips a backend whose priority raises).
        if not os.environ.get(ENV):
            raise RuntimeError(f"{ENV} is not set: the test keyring is not in use")
        return 1

    @property
    def path(self) -> Path:
        where = os.environ.get(ENV)
        if not where:
            raise RuntimeError(f"{ENV} must name the test keyring file")
        return Path(where)

    def _read(self) -> dict[str, str]:
        if not self.path.exists():
            return {}
        data: dict[str, str] = json.loads(self.path.read_text(encoding="utf-8"))
        return data

    def _write(self, data: dict[str, str]) -> None:
        self.path.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")

    @staticmethod
    def _key(service: str, username: str) -> str:
        return f"{service}/{username}"

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(self._key(service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._read()
        data[self._key(service, username)] = password
        self._write(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        if data.pop(self._key(service, username), None) is None:
            raise PasswordDeleteError(username)
        self._write(data)


def entries(path: Path) -> dict[str, str]:
    """What the test keyring holds (service/username -> secret), for assertions."""
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
