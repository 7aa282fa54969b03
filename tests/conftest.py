"""Shared fixtures: a private data folder, an in-memory keyring, Qt in test mode, and one
PostgreSQL server for the whole session (started only when a test asks for it)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# A data folder for the whole run under the per-test one (`private_home`): a test that undoes
# its monkeypatches, or code running outside a test, lands here, never in the user's real
# frontdesk folder (a test once did, and read a developer's old cache). Set before frontdesk is
# first imported: importing it opens the code cache (frontdesk/codecache.py) under this folder.
_RUN_HOME = tempfile.mkdtemp(prefix="frontdesk-tests-")
os.environ["FRONTDESK_HOME"] = _RUN_HOME
atexit.register(shutil.rmtree, _RUN_HOME, True)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Hypothesis's pytest plugin imports hypothesis at the run's end when no test has. After the
# GUI tests, that late import (pytest rewrites and so parses each module) raised "SystemError:
# AST constructor recursion depth mismatch" in 3 runs of 4 on CPython 3.11.7, failing a run
# whose tests all passed: the ast module's depth counter is per interpreter, not per thread or
# per call (cpython#106905), and the tests leave threads and objects to finalize behind them.
# Imported here, hypothesis is parsed before any test has run.
import hypothesis  # noqa: E402,F401
import keyring  # noqa: E402
import pytest  # noqa: E402
from jaraco.classes.properties import classproperty  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from tests.support.pg_server import (  # noqa: E402
    NoServer,
    RunningServer,
    find_binaries,
    running_server,
)


def pytest_report_header() -> str:
    """Which PostgreSQL the store tests run against (they fail, never skip, without one)."""
    try:
        found = find_binaries()
        return f"postgresql: {found.version()} ({found.source}: {found.bindir})"
    except (NoServer, OSError) as exc:
        return f"postgresql: none ({exc}); the PostgreSQL store tests will fail"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[RunningServer]:
    """A real server on a free loopback port, stopped and deleted after the session. Fails the
    tests that need it (never skips them) when none can start."""
    with running_server() as server:
        yield server


class MemoryKeyring(KeyringBackend):
    @classproperty
    def priority(cls) -> float:
        # Only ever chosen explicitly (set_keyring): keyring skips a backend whose priority raises.
        raise RuntimeError("the test keyring is set by the fixtures, never picked by keyring")

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "frontdesk-home"
    monkeypatch.setenv("FRONTDESK_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def isolated_keyring() -> MemoryKeyring:
    """Every test starts with an empty keyring of its own: never the developer's real keyring,
    and never one a previous test left behind (keyring keeps its backend process-wide)."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
