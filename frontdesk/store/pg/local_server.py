"""A throw-away PostgreSQL server on a free loopback port: for the tests, the benches and the
demo clinic (`frontdesk demo --clinic`; tests/support/pg_server.py re-exports it).

Found in this order: `pg_config --bindir` (the machine's own server), the newest
/usr/lib/postgresql/*/bin (Debian's packages, when pg_config is not on the PATH), then the
binaries of the `pgserver` wheel (installed with the dev extras). The cluster lives in a fresh
temporary folder: trust authentication on 127.0.0.1 only, no Unix socket, fsync off (nothing in
it needs to survive a crash), and it is stopped and deleted afterwards.

PostgreSQL refuses to run as root, so under root (a container) the server runs as the
`postgres` user (else `nobody`) and the folder is handed to that user.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pwd

REQUIRED = ("initdb", "pg_ctl", "postgres")
START_ATTEMPTS = 3  # a free port can be taken between finding it and binding it
START_TIMEOUT_S = 60


class NoServer(RuntimeError):
    """No PostgreSQL could be found or started: the tests fail, they are never skipped."""


@dataclass(frozen=True)
class ServerBinaries:
    bindir: Path
    source: str  # where they came from, for the test report's header

    def version(self) -> str:
        out = subprocess.run(
            [str(self.bindir / "postgres"), "--version"],
            capture_output=True,
            text=True,
            check=True,
        )
        return out.stdout.strip()


def _usable(bindir: Path) -> bool:
    return all((bindir / name).is_file() for name in REQUIRED)


def _from_pg_config() -> Path | None:
    pg_config = shutil.which("pg_config")
    if pg_config is None:
        return None
    try:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return Path(out.stdout.strip())


def _from_debian() -> list[Path]:
    def major(path: str) -> int:
        name = Path(path).parent.name
        return int(name) if name.isdigit() else 0

    return [
        Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=major, reverse=True)
    ]


def _from_wheel() -> Path | None:
    try:
        with warnings.catch_warnings():  # it asks platformdirs for a runtime folder on import
            warnings.simplefilter("ignore")
            import pgserver  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return None
    return Path(pgserver.__file__).parent / "pginstall" / "bin"


def find_binaries() -> ServerBinaries:
    """The first usable server, or NoServer saying where it looked."""
    system = [(_from_pg_config(), "pg_config --bindir")]
    system += [(path, "/usr/lib/postgresql") for path in _from_debian()]
    for bindir, source in system:
        if bindir is not None and _usable(bindir):
            return ServerBinaries(bindir, source)
    wheel = _from_wheel()  # imported only when needed: the import itself is slow and noisy
    if wheel is not None and _usable(wheel):
        return ServerBinaries(wheel, "the pgserver wheel")
    raise NoServer(
        "no PostgreSQL server binaries: install PostgreSQL (initdb, pg_ctl) or the dev extras"
        " (pip install -e .[dev] brings the pgserver wheel)"
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class RunningServer:
    binaries: ServerBinaries
    port: int
    dsn: str
    description: str


def _run_as() -> pwd.struct_passwd | None:
    """The user the server runs as when we are root (PostgreSQL will not run as root)."""
    if os.name != "posix" or os.geteuid() != 0:
        return None
    import pwd  # POSIX only: this module is imported on every platform (tests/conftest.py)

    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise NoServer("running as root and no 'postgres' or 'nobody' user to run PostgreSQL as")


def _command(
    args: list[str], user: pwd.struct_passwd | None, log: Path | None = None
) -> subprocess.CompletedProcess[str]:
    extra: dict[str, object] = {}
    if user is not None:
        extra = {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    result: subprocess.CompletedProcess[str] = subprocess.run(
        args,
        capture_output=True,
        text=True,
        env=env,
        check=False,
        cwd="/",
        **extra,  # type: ignore[call-overload]
    )
    if result.returncode != 0:
        detail = (result.stdout + result.stderr).strip()
        if log is not None and log.exists():
            detail += "\n" + log.read_text(errors="replace")[-2000:]
        raise NoServer(f"{Path(args[0]).name} failed ({result.returncode}): {detail[-2000:]}")
    return result


def _configure(data: Path, port: int) -> None:
    (data / "pg_hba.conf").write_text("host all all 127.0.0.1/32 trust\n")
    with (data / "postgresql.conf").open("a") as conf:
        conf.write(
            "\n# frontdesk tests: loopback only, nothing worth an fsync\n"
            "listen_addresses = '127.0.0.1'\n"
            f"port = {port}\n"
            "unix_socket_directories = ''\n"
            "fsync = off\n"
            "synchronous_commit = off\n"
            "full_page_writes = off\n"
            "max_connections = 50\n"
            "shared_buffers = 64MB\n"
            "timezone = 'UTC'\n"
        )


@contextmanager
def running_server(binaries: ServerBinaries | None = None) -> Iterator[RunningServer]:
    """initdb into a temporary folder, start on a free port, yield, then stop and delete."""
    found = binaries or find_binaries()
    user = _run_as()
    root = Path(tempfile.mkdtemp(prefix="frontdesk-pg-"))
    data, log = root / "data", root / "server.log"
    try:
        if user is not None:
            os.chown(root, user.pw_uid, user.pw_gid)
        _command(
            [
                str(found.bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync",
            ],
            user,
        )
        port = _start(found, data, log, user)
        try:
            dsn = f"host=127.0.0.1 port={port} user=postgres dbname=postgres"
            yield RunningServer(found, port, dsn, f"{found.version()} from {found.source}")
        finally:
            _command(
                [str(found.bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                user,
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _start(found: ServerBinaries, data: Path, log: Path, user: pwd.struct_passwd | None) -> int:
    original = (data / "postgresql.conf").read_text()
    last: NoServer | None = None
    for _ in range(START_ATTEMPTS):
        port = free_port()
        (data / "postgresql.conf").write_text(original)
        _configure(data, port)
        try:
            _command(
                [
                    str(found.bindir / "pg_ctl"),
                    "-D",
                    str(data),
                    "-l",
                    str(log),
                    "-w",
                    "-t",
                    str(START_TIMEOUT_S),
                    "start",
                ],
                user,
                log,
            )
            return port
        except NoServer as exc:
            last = exc  # the port was taken meanwhile: the next attempt picks another
    assert last is not None
    raise last
