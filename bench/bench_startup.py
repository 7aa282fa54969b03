"""Cold start to the painted calendar from the cache.

Target (issue 5, item 11): under 2 s, and at most 1.5x the start of a bare PySide6 window on the
same machine (medians of 5 starts each).

Set-up, as clinic IT would do it: a PatientNow Essentials simulator serves 10,000 customers on
127.0.0.1 (bench/_serve.py, the system clock, so today has appointments); `python -m frontdesk
accounts add` configures the account against it (secrets in a throw-away bench keyring,
bench/_bench_keyring.py) and `python -m frontdesk sync` fills the cache once.

Each start spawns a new interpreter running frontdesk's entry point (bench/_first_paint.py
frontdesk, i.e. frontdesk.__main__.main with no arguments, what `python -m frontdesk` runs) and
stops the clock when the day view has finished its first paint of a day with appointments, drawn
from the cache (the sync with the vendor starts at the same time and is not waited for).
Baseline: a new interpreter that shows a bare QMainWindow, stopped at the end of its first
paint. Floor: a new interpreter that shows only the day view of today from the same cache in a
QMainWindow (no toolbar, menu, side pane or start-up logic): the least any first frame of the
book costs, to tell how much of the gap to the bare window is the window's own.
Starts alternate (bare, frontdesk, book, bare, ...) after one unmeasured start of each, so all three
meet the same disk cache and machine load: the process is cold, the OS file cache is warm, and
Python's bytecode is compiled once (PYTHONPYCACHEPREFIX in the scratch folder), as it is in an
installed application.

    .venv/bin/python bench/bench_startup.py [--profile]

--profile: one more frontdesk start under cProfile (imports included, from the interpreter's
first line of the probe to the painted day); the heaviest entries go to stderr.
"""

from __future__ import annotations

import io
import json
import pstats
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from _common import BENCH_DIR, Simulator, child_env, emit, log, scratch_home

RUNS = 5
CUSTOMERS = 10_000
TARGET_S = 2.0
TARGET_RATIO = 1.5
ACCOUNT = "Solana Med Spa"


def frontdesk(env: dict[str, str], *args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "frontdesk", *args, "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"frontdesk {args[0]} failed: {done.stderr[-1500:]}")
    out: dict[str, Any] = json.loads(done.stdout) if done.stdout.strip() else {}
    return out


def start_once(env: dict[str, str], mode: str) -> float:
    """Seconds from spawning the interpreter to the end of the first meaningful paint."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(BENCH_DIR / "_first_paint.py"), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    if line.strip() != "PAINTED":
        process.kill()
        _, err = process.communicate()
        raise RuntimeError(f"{mode} start did not paint ({line.strip()!r}): {err[-1500:]}")
    process.wait(timeout=30)
    return elapsed


def profile_start(env: dict[str, str], folder: Path) -> str:
    stats_file = folder / "start.prof"
    start_once({**env, "FRONTDESK_BENCH_PROFILE": str(stats_file)}, "frontdesk")
    stream = io.StringIO()
    stats = pstats.Stats(str(stats_file), stream=stream)
    stats.sort_stats("cumulative").print_stats(40)
    return stream.getvalue()


def main() -> None:
    from frontdesk.sandbox import patientnow

    profile = "--profile" in sys.argv[1:]
    with scratch_home("startup") as home, Simulator("--customers", str(CUSTOMERS)) as server:
        env = child_env(
            PYTHON_KEYRING_BACKEND="_bench_keyring.BenchKeyring",
            FRONTDESK_BENCH_KEYRING=str(home / "bench-keyring.json"),
            # Bytecode as an installed application has it, kept in the scratch folder (the
            # environment may say PYTHONDONTWRITEBYTECODE; the source tree is left alone).
            PYTHONPYCACHEPREFIX=str(home / "pycache"),
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        user, password = patientnow.PNE_USER
        log("configuring the account and syncing once (frontdesk accounts add, frontdesk sync)")
        frontdesk(
            env,
            "accounts",
            "add",
            ACCOUNT,
            "--vendor",
            "patientnow",
            "--base-url",
            f"http://127.0.0.1:{server.port}/api/v1",
            "--secret",
            f"apikey={patientnow.PNE_APIKEY}",
            "--secret",
            f"username={user}",
            "--secret",
            f"password={password}",
        )
        synced = frontdesk(env, "sync")
        cache = Path(env["FRONTDESK_HOME"]) / "cache.sqlite3"
        cache_mb = sum(f.stat().st_size for f in cache.parent.glob("cache.sqlite3*")) / 2**20
        times: dict[str, list[float]] = {"bare": [], "frontdesk": [], "book": []}
        for mode in times:  # one unmeasured start each: the OS file cache fills
            start_once(env, mode)
        for run in range(RUNS):
            for mode, seconds in times.items():
                seconds.append(start_once(env, mode))
            log(
                f"run {run + 1}: bare {times['bare'][-1]:.3f} s, app {times['frontdesk'][-1]:.3f} s,"
                f" book only {times['book'][-1]:.3f} s"
            )
        if profile:
            log("one more start under cProfile, by cumulative time:\n" + profile_start(env, home))

    app = statistics.median(times["frontdesk"])
    bare = statistics.median(times["bare"])
    floor = statistics.median(times["book"])
    emit(
        {
            "benchmark": "cold start to the painted calendar from the cache",
            "runs": RUNS,
            "customers_in_cache": CUSTOMERS,
            "cache_mb": round(cache_mb, 1),
            "first_sync": synced,
            "frontdesk_median_s": round(app, 3),
            "frontdesk_runs_s": [round(t, 3) for t in times["frontdesk"]],
            "baseline_bare_window_median_s": round(bare, 3),
            "baseline_runs_s": [round(t, 3) for t in times["bare"]],
            "ratio_to_baseline": round(app / bare, 2),
            "floor_book_only_median_s": round(floor, 3),
            "floor_runs_s": [round(t, 3) for t in times["book"]],
            "floor_ratio_to_baseline": round(floor / bare, 2),
            "target": {"median_s_below": TARGET_S, "ratio_at_most": TARGET_RATIO},
            "meets_target": app < TARGET_S and app / bare <= TARGET_RATIO,
        }
    )


if __name__ == "__main__":
    main()
