"""Helpers shared by the bench scripts: statistics, JSON output, scratch homes, data, servers.

Not a benchmark itself (the Makefile runs bench/bench_*.py only). Every figure a script prints
comes from the same run as its baseline, on this machine; nothing here is a stored number.
"""

from __future__ import annotations

import gc
import json
import math
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
# A fixed day for generated people, so every run indexes the same 100,000 records.
PEOPLE_DAY = date(2026, 11, 18)
PEOPLE_SEED = 2026
# Three accounts at three vendors, as a group practice would have.
ACCOUNTS: tuple[tuple[str, str], ...] = (
    ("Gent", "progenda"),
    ("Brussel", "pracsuite"),
    ("Antwerpen", "naturaesoft"),
)
UNREACHABLE = "http://127.0.0.1:9/api"  # discard port: never answers, never leaves the machine


def log(message: str) -> None:
    """Progress goes to stderr; stdout carries only the JSON result."""
    print(f"[{Path(sys.argv[0]).stem}] {message}", file=sys.stderr, flush=True)


def percentile(values: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = math.floor(position)
    high = math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summary(values_ms: Sequence[float]) -> dict[str, float]:
    """p50/p95/p99/max/mean of a list of milliseconds, rounded for reading."""
    return {
        "n": len(values_ms),
        "p50_ms": round(percentile(values_ms, 50), 3),
        "p95_ms": round(percentile(values_ms, 95), 3),
        "p99_ms": round(percentile(values_ms, 99), 3),
        "max_ms": round(max(values_ms), 3) if values_ms else math.nan,
        "mean_ms": round(sum(values_ms) / len(values_ms), 3) if values_ms else math.nan,
    }


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "qpa": os.environ.get("QT_QPA_PLATFORM", ""),
        # Other work on the machine skews timings; the 1-minute load when the figures were taken.
        "load_average_1m": round(os.getloadavg()[0], 2),
    }
    try:
        import PySide6

        info["pyside6"] = PySide6.__version__
    except ImportError:  # pragma: no cover - the venv always has it
        pass
    return info


def emit(result: dict[str, Any]) -> None:
    """The one JSON object a bench script prints."""
    result.setdefault("machine", machine())
    print(json.dumps(result, indent=2, ensure_ascii=False, default=str), flush=True)


@contextmanager
def scratch_home(prefix: str) -> Iterator[Path]:
    """A throw-away FRONTDESK_HOME (and Qt settings folder) so no user file is touched."""
    with tempfile.TemporaryDirectory(prefix=f"fd-bench-{prefix}-") as folder:
        home = Path(folder)
        saved = {k: os.environ.get(k) for k in ("FRONTDESK_HOME", "XDG_CONFIG_HOME")}
        os.environ["FRONTDESK_HOME"] = str(home / "data")
        os.environ["XDG_CONFIG_HOME"] = str(home / "config")
        try:
            yield home
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


# ------------------------------------------------------------------------------ patients
def make_patients(count: int, seed: int = PEOPLE_SEED) -> list[Any]:
    """`count` deterministic patients spread over ACCOUNTS (frontdesk.sandbox.people)."""
    from frontdesk.domain.models import Patient
    from frontdesk.sandbox.people import make_people

    people = make_people(seed, count, PEOPLE_DAY)
    names = [name for name, _ in ACCOUNTS]
    return [
        Patient(
            account=names[i % len(names)],
            id=f"{i + 1:06d}",
            first_name=p.first_name,
            last_name=p.last_name,
            birth_date=p.birth_date,
            phone=p.phone,
            email=p.email,
        )
        for i, p in enumerate(people)
    ]


def fill_cache(path: Path, patients: Iterable[Any], batch: int = 1000) -> float:
    """Create the cache with ACCOUNTS and insert `patients` with Cache.upsert_patients.

    Returns the seconds spent inserting. Accounts point at an unreachable loopback port: these
    caches are for reading only.
    """
    from frontdesk.store.cache import Cache

    cache = Cache(path)
    for name, vendor in ACCOUNTS:
        cache.save_account(name, vendor, UNREACHABLE, {})
    rows = list(patients)
    started = time.perf_counter()
    for first in range(0, len(rows), batch):
        cache.upsert_patients(rows[first : first + batch])
    elapsed = time.perf_counter() - started
    cache.close()
    return elapsed


# ------------------------------------------------------------------------------ processes
def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(BENCH_DIR), env.get("PYTHONPATH", "")) if p)
    env.update(extra)
    return env


class Simulator:
    """A vendor simulator served by uvicorn on 127.0.0.1 in its own process (bench/_serve.py).

    Its own process, so the simulator's work never runs on the event loop being measured.
    """

    def __init__(self, *args: str, nice: int = 0) -> None:
        """`nice`: run the simulator at that lower priority (POSIX), so that it takes a core
        only when the desk's threads leave one: a vendor's server is not on the desk."""

        def lower_priority() -> None:
            os.nice(nice)

        self.nice = nice if os.name == "posix" else 0
        self.process = subprocess.Popen(
            [sys.executable, str(BENCH_DIR / "_serve.py"), *args],
            stdout=subprocess.PIPE,
            text=True,
            env=child_env(),
            preexec_fn=lower_priority if self.nice else None,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.startswith("PORT "):
            self.close()
            raise RuntimeError(f"the simulator did not start: {line!r}")
        self.port = int(line.split()[1])

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self) -> Simulator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class GcLog:
    """Every garbage collection (gc.callbacks): its generation, thread, start and length, so a
    long gap can be told to be a collection, and which. A collection holds the interpreter
    lock throughout: every thread waits for it. "GUI": the thread that made the log."""

    def __init__(self) -> None:
        self.gui = threading.get_ident()
        self.started: dict[int, float] = {}
        self.collections: list[tuple[int, bool, float, float]] = []  # gen, on GUI, start, ms
        self.recording = False

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if not self.recording:
            return
        thread = threading.get_ident()
        if phase == "start":
            self.started[thread] = time.perf_counter()
        elif thread in self.started:
            began = self.started.pop(thread)
            ms = (time.perf_counter() - began) * 1000
            self.collections.append((info["generation"], thread == self.gui, began, ms))

    def start(self) -> None:
        self.collections, self.recording = [], True
        gc.callbacks.append(self)

    def stop(self) -> None:
        self.recording = False
        gc.callbacks.remove(self)

    def figures(self, since: float) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for gen in (0, 1, 2):
            times = [ms for g, _gui, _at, ms in self.collections if g == gen]
            out[f"gen{gen}"] = {
                "count": len(times),
                "total_ms": round(sum(times), 1),
                "longest_ms": round(max(times), 2) if times else 0.0,
            }
        out["full_collections"] = [
            {"at_s": round(at - since, 2), "ms": round(ms, 1), "on_gui_thread": gui}
            for g, gui, at, ms in self.collections
            if g == 2
        ]
        out["frozen_objects"] = gc.get_freeze_count()
        return out

    def within(self, low: float, high: float) -> float:
        """Milliseconds of collection that began between two perf_counter stamps."""
        return round(sum(ms for _g, _gui, at, ms in self.collections if low <= at < high), 1)
