"""`make bench` runs every script in bench/ and stops at the first that cannot start.

The scripts are not type-checked with the package and take minutes each, so nothing else would
notice one importing a name another script no longer has (bench_pg_search did, and `make bench`
stopped there, before search, start-up, stalls and sync). Importing each, as `make bench` runs
it (bench/ on the path, nothing run: each keeps its work under `__main__`), catches that in a
second.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"

IMPORT_EACH = """
import importlib, sys, traceback
failed = []
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
    except Exception:
        failed.append(name + ": " + traceback.format_exc(limit=1).strip().splitlines()[-1])
print("\\n".join(failed))
sys.exit(1 if failed else 0)
"""


def test_every_bench_script_imports_as_make_bench_runs_it() -> None:
    scripts = sorted(p.stem for p in BENCH.glob("*.py"))
    assert "bench_pg_search" in scripts and "bench_stall" in scripts

    done = subprocess.run(
        [sys.executable, "-c", IMPORT_EACH, *scripts],
        cwd=BENCH,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(BENCH)},
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
