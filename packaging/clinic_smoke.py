"""Smoke-test clinic mode in a built frontdesk executable: psycopg and the system's libpq.

    python packaging/clinic_smoke.py dist/frontdesk/frontdesk

The frozen build carries psycopg's pure-Python implementation and loads the system's libpq (the
.deb depends on libpq5; packaging/frontdesk.spec says why). This starts a throw-away PostgreSQL
on a free loopback port (frontdesk/store/pg/local_server.py: the machine's server binaries, else
the pgserver wheel of the development environment that runs this script), then runs the built
executable, outside the virtual environment, against it: `accounts list --server URL --json`
(which connects, migrates the new database and lists no account) and `accounts list` again (the
schema already current). Prints a one-line JSON summary; exits non-zero with the reason.
Skipped (exit 0, said in the summary) on a machine with no libpq to load: nothing there could
run clinic mode, and the package's dependency brings it.
"""

from __future__ import annotations

import argparse
import ctypes.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from smoke_test import SmokeFailure, clean_environment  # beside this file

TIMEOUT_S = 120.0


def run(exe: Path, url: str, home: Path, data: Path) -> tuple[int, str, str, float]:
    started = time.monotonic()
    done = subprocess.run(
        [str(exe), "accounts", "list", "--server", url, "--json"],
        env=clean_environment(home, data),
        cwd=home,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr, time.monotonic() - started


def smoke(exe: Path) -> dict[str, object]:
    if ctypes.util.find_library("pq") is None:
        return {"clinic_smoke": "skipped", "why": "no libpq on this machine (apt install libpq5)"}
    from frontdesk.store.pg.local_server import running_server

    with running_server() as server, tempfile.TemporaryDirectory() as folder:
        home, data = Path(folder) / "home", Path(folder) / "data"
        home.mkdir()
        url = f"postgresql://postgres@127.0.0.1:{server.port}/postgres"
        seconds = []
        for attempt in ("new database", "current schema"):
            code, out, err, took = run(exe, url, home, data)
            if code != 0:
                raise SmokeFailure(f"{attempt}: exit {code}: {err.strip()[-600:]}")
            try:
                listed = json.loads(out)
            except ValueError as exc:
                raise SmokeFailure(f"{attempt}: not JSON ({exc}): {out[:200]!r}") from None
            if listed != []:
                raise SmokeFailure(f"{attempt}: expected no account, got {listed!r}")
            if "Traceback" in err:
                raise SmokeFailure(f"{attempt}: a traceback on stderr: {err[-600:]}")
            seconds.append(round(took, 2))
        return {"clinic_smoke": "ok", "server": server.description, "seconds": seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("exe", type=Path)
    args = parser.parse_args(argv)
    try:
        print(json.dumps(smoke(args.exe.resolve())))
    except (SmokeFailure, subprocess.TimeoutExpired) as exc:
        print(f"clinic smoke failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
