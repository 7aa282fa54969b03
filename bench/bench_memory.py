"""Peak memory of the application with 100,000 patients cached.

Target (issue 4, item 9): under 300 MB. A fresh process opens the real main window (MainWindow
on a Workspace built by frontdesk.app.open_workspace for the cache's three accounts, shown
offscreen, `start()` run: the day drawn from the cache, a sync attempt that finds the accounts
offline) on a cache holding 100,000 patients, then runs 45 searches (15 queries, 3 times) in the patient pane and
waits for their results. Its peak resident set (getrusage ru_maxrss, the kernel's high-water
mark) is the figure. Baseline, same run: a fresh process that shows a bare PySide6 QMainWindow.

    .venv/bin/python bench/bench_memory.py
"""

from __future__ import annotations

import asyncio
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from _common import child_env, emit, fill_cache, log, make_patients, scratch_home

PATIENTS = 100_000
TARGET_MB = 300.0
ROUNDS = 3
QUERIES = (
    "peeters",
    "van hecke",
    "muller",
    "Müller",
    "lef",
    "Amélie Dubois",
    "+32 470",
    "0475",
    "12 34 56",
    "16/05/1990",
    "1984-01-02",
    "jan",
    "d'hondt",
    "nguyen",
    "ma",
)


def status_mb(field: str) -> float:
    """A line of /proc/self/status (VmRSS, VmHWM) in MB; NaN where there is no procfs."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def report(extra: dict[str, Any]) -> None:
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(
        json.dumps(
            {"peak_rss_mb": round(peak_kb / 1024, 1), "rss_mb": round(status_mb("VmRSS"), 1)}
            | extra
        ),
        flush=True,
    )


def child_bare() -> None:
    from _qt import application, pump_until
    from PySide6.QtWidgets import QLabel, QMainWindow

    app = application()
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare"))
    window.resize(1440, 900)
    window.show()
    pump_until(lambda: False, timeout_s=1.0)
    report({})
    app.quit()


def child_window(path: str) -> None:
    import httpx
    from _qt import application, event_loop, until

    from frontdesk.app import open_workspace
    from frontdesk.connectors.account import AccountConfig
    from frontdesk.domain.clock import SystemClock
    from frontdesk.store.cache import Cache
    from frontdesk.ui.main_window import MainWindow

    app = application()
    loop = event_loop(app)
    cache = Cache(path)
    accounts = [AccountConfig(a.name, a.vendor, a.base_url, a.options) for a in cache.accounts()]
    workspace = open_workspace(cache, accounts, SystemClock(), httpx.AsyncClient(timeout=2.0))
    window = MainWindow(workspace, remember_layout=False)
    window.resize(1440, 900)
    window.show()
    finished: list[str] = []
    window.synced.connect(lambda: finished.append("synced"))
    window.sync_failed.connect(lambda why: finished.append(f"failed: {why}"))

    async def session() -> dict[str, Any]:
        window.start()
        await until(lambda: bool(finished), timeout_s=30)
        pane = window.patients
        found = 0
        for _ in range(ROUNDS):
            for query in QUERIES:
                pane.field.setText(query)
                # Results may come after the keystroke if the search runs off the GUI thread.
                await until(lambda: pane.model.rowCount() > 0, timeout_s=2)
                found += pane.model.rowCount()
                await asyncio.sleep(0.02)  # let the list paint
        return {
            "patients": cache.patient_count(),
            "sync": finished[0] if finished else "pending",
            "searches": ROUNDS * len(QUERIES),
            "results_seen": found,
        }

    extra = loop.run_until_complete(session())
    report(extra)
    window.close()
    loop.run_until_complete(workspace.aclose())


def measure(*args: str) -> dict[str, Any]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=300,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"child {args} failed ({done.returncode}): {done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    result["seconds"] = round(time.perf_counter() - started, 1)
    return result


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        if sys.argv[2] == "bare":
            child_bare()
        else:
            child_window(sys.argv[3])
        return
    with scratch_home("memory") as home:
        path = home / "cache.sqlite3"
        log(f"filling a cache with {PATIENTS:,} patients")
        fill_cache(path, make_patients(PATIENTS))
        cache_mb = sum(f.stat().st_size for f in home.glob("cache.sqlite3*")) / 2**20
        log("baseline: a bare PySide6 window")
        bare = measure("bare")
        log("the main window on the cache, 45 searches")
        window = measure("window", str(path))
    emit(
        {
            "benchmark": "peak memory with 100,000 patients cached",
            "patients": window.get("patients"),
            "cache_file_mb": round(cache_mb, 1),
            "main_window": window,
            "baseline_bare_window": bare,
            "peak_rss_mb": window["peak_rss_mb"],
            "above_baseline_mb": round(window["peak_rss_mb"] - bare["peak_rss_mb"], 1),
            "target": {"peak_rss_mb_below": TARGET_MB},
            "meets_target": window["peak_rss_mb"] < TARGET_MB
            and window.get("patients") == PATIENTS,
        }
    )


if __name__ == "__main__":
    main()
