"""The longest stall of the Qt event loop during a 100,000-patient sync.

Target (issue 13, item 4): no stall over one frame: the longest gap under 16 ms and the p99
under 8 ms (issue 4's target was 50 ms). The real thing runs: the main window on a Workspace on a
qasync loop (QT_QPA_PLATFORM=offscreen), `MainWindow.start()` syncing a PatientNow Essentials
account whose simulator (own process, uvicorn on 127.0.0.1, at background priority: the
vendor's server is not on the desk) holds 100,000 customers, into a fresh cache. `start()`
itself (reading the cache for the screen, then starting the sync task) runs before the loop
turns, as at launch, and is timed apart (window_start_call_ms). A precise QTimer ticking every
5 ms records the gaps between its ticks: a gap is the time the loop could not answer. The ticks
go on past the window's `synced` until the book shows the sync's result (the day read again,
its new picture made and swapped in) and TAIL_S after it (the paints that follow and the days
either side prepared again): the end of a sync is part of it for the receptionist
(sync_end: those gaps alone). Baseline, same run: the same timer on the idle loop with the
same window shown, before the sync starts. And the machine's own stalls, same run: a 5 ms
ticker pinned to each CPU (bench/_canary.py) at the GUI thread's priority; a gap is also given
less the time one CPU's ticker was kept from running within it (a virtual machine's host can
leave a virtual CPU unscheduled for tens of milliseconds; --no-canaries).

The account's daily budget is raised for the run (100,000 customers are 1,000 pages, the whole
standard PNE quota); the simulator's quota too.

    .venv/bin/python bench/bench_stall.py [--profile] [--why] [--dump [--dump-after MS]]
        [--switch-interval MS]
        [--simulator-priority {background,normal}]

--profile: cProfile of the GUI thread during the sync, timed by the thread's CPU clock (a wait
for the GIL or a core is not counted), by own time, on stderr.
--why: a watchdog thread samples the GUI thread's and the cache worker's stacks whenever the
loop has not ticked for 15 ms, and the result names where the longest stalls were spent (a poor
man's py-spy; the sampling itself takes the GIL, so measure without it).
--dump: every tick re-arms faulthandler, so a gap over 45 ms (--dump-after) dumps the stack of
every thread (faulthandler's own thread needs no GIL: it also sees a thread that holds the GIL in
C code); the first dumps are in the result, and how often each thread's innermost frame was
seen across all of them.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import cProfile
import faulthandler
import io
import json
import os
import pstats
import resource
import subprocess
import sys
import threading
import time
import traceback
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

import httpx
from _common import (
    BENCH_DIR,
    GcLog,
    Simulator,
    child_env,
    emit,
    log,
    scratch_home,
    summary,
)
from _qt import application, event_loop
from PySide6.QtCore import Qt, QTimer

PATIENTS = 100_000
TICK_MS = 5
IDLE_SECONDS = 3.0
TARGET_MS = 16.0
TARGET_P99_MS = 8.0
DUMP_AFTER_S = 0.045
AT = "2026-11-18T15:00:00+00:00"
# The simulator stands in for the vendor's server, which is not on the desk: it runs at a lower
# priority, so it takes a core only when the window's two threads leave one (on this 2-core
# machine, at the same priority it made the GUI thread wait for a core; --simulator-priority).
SIMULATOR_NICE = 10
SYNC_TIMEOUT_S = 1800  # the sync took over 10 min at a load of 10 to 14
TAIL_S = 1.0  # ticks go on this long after the book shows the sync's result


class Ticker:
    """Records each tick of a 5 ms precise timer: wall time, GUI-thread CPU, process CPU, and
    the GUI thread's run-queue delay.

    The CPU clocks tell what a long gap was: the GUI thread computing (its own CPU time grew by
    about the gap), the cache worker holding the GIL (process CPU grew, the GUI thread's did
    not), or the process not running at all (neither grew: the machine was busy elsewhere).
    The run-queue delay (the kernel's /proc/self/task/TID/schedstat: time runnable but waiting
    for a core) is the part of a gap the machine's load caused; a thread waiting for the GIL
    sleeps, so that wait is not in it.
    """

    def __init__(self, dump_to: TextIO | None = None) -> None:
        self.dump_to = dump_to
        self.dump_after_s = DUMP_AFTER_S
        self.stamps: list[float] = []
        self.gui_cpu: list[float] = []
        self.process_cpu: list[float] = []
        self.run_queue: list[float] = []
        self.schedstat = _schedstat()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        self.stamps.append(time.perf_counter())
        self.gui_cpu.append(time.thread_time())
        self.process_cpu.append(time.process_time())
        if self.schedstat is not None:
            self.run_queue.append(int(os.pread(self.schedstat, 64, 0).split()[1]) / 1e9)
        if self.dump_to is not None:
            faulthandler.dump_traceback_later(self.dump_after_s, file=self.dump_to)

    def start(self) -> None:
        self.stamps, self.gui_cpu, self.process_cpu, self.run_queue = [], [], [], []
        self.tick()
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        self.tick()
        if self.dump_to is not None:
            faulthandler.cancel_dump_traceback_later()
        return [(b - a) * 1000 for a, b in zip(self.stamps, self.stamps[1:], strict=False)]

    def cpu_within(self, gaps: list[float]) -> list[float]:
        """Each gap, counting only the CPU time this process used during it.

        A gap the process spent off the CPU was either the machine running something else (on a
        shared 2-core machine, other test suites) or a thread waiting (GIL, SQLite lock, I/O);
        --why tells those apart by sampling the GUI thread's stack.
        """
        return [
            min(gap, (self.process_cpu[i + 1] - self.process_cpu[i]) * 1000)
            for i, gap in enumerate(gaps)
        ]

    def less_run_queue(self, gaps: list[float]) -> list[float] | None:
        """Each gap less the GUI thread's wait for a core within it: what no machine load
        explains (its own work, the GIL, the loop's wait for the next tick)."""
        if len(self.run_queue) != len(self.stamps):
            return None
        return [
            gap - (self.run_queue[i + 1] - self.run_queue[i]) * 1000 for i, gap in enumerate(gaps)
        ]

    def gui_cpu_within(self, gaps: list[float]) -> list[float]:
        """The GUI thread's own CPU time within each gap: the window's work, whatever the load."""
        return [(self.gui_cpu[i + 1] - self.gui_cpu[i]) * 1000 for i in range(len(gaps))]

    def longest(
        self,
        gaps: list[float],
        count: int = 8,
        by: list[float] | None = None,
        collections: GcLog | None = None,
        machine: list[float] | None = None,
    ) -> list[dict[str, float]]:
        """The longest gaps (or those longest by `by`), when they happened, and where the CPU
        time went meanwhile."""
        key = by if by is not None else gaps
        order = sorted(range(len(gaps)), key=lambda i: key[i], reverse=True)[:count]
        return [
            {
                "gap_ms": round(gaps[i], 1),
                "at_s": round(self.stamps[i] - self.stamps[0], 2),
                "from_monotonic_s": round(self.stamps[i], 4),  # for a trace on that clock
                "gui_thread_cpu_ms": round((self.gui_cpu[i + 1] - self.gui_cpu[i]) * 1000, 1),
                "process_cpu_ms": round((self.process_cpu[i + 1] - self.process_cpu[i]) * 1000, 1),
                **(
                    {"gc_ms": collections.within(self.stamps[i], self.stamps[i + 1])}
                    if collections
                    else {}
                ),
                **({"machine_stall_ms": round(machine[i], 1)} if machine else {}),
            }
            for i in order
        ]


def _schedstat() -> int | None:
    """The GUI thread's schedstat file (Linux), read at every tick."""
    try:
        return os.open(f"/proc/self/task/{threading.get_native_id()}/schedstat", os.O_RDONLY)
    except OSError:
        return None


class Watchdog(threading.Thread):
    """Samples the GUI thread's and the cache worker's stacks every 5 ms while the loop has
    not ticked for 15 ms."""

    def __init__(self, ticker: Ticker, threshold_ms: float = 15.0) -> None:
        super().__init__(daemon=True)
        self.ticker = ticker
        self.threshold = threshold_ms / 1000
        self.gui = threading.get_ident()
        self.samples: dict[int, list[str]] = {}  # tick index -> GUI stacks seen during its gap
        self.worker_samples: dict[int, list[str]] = {}  # the same, the cache worker's
        self.running = True

    def run(self) -> None:
        last_sample = 0.0
        while self.running:
            time.sleep(0.002)
            stamps = self.ticker.stamps
            now = time.perf_counter()
            if not stamps or now - stamps[-1] < self.threshold or now - last_sample < 0.005:
                continue
            last_sample = now
            frames = sys._current_frames()
            workers = [
                t.ident for t in threading.enumerate() if t.name.startswith("frontdesk-cache")
            ]
            for ident, into in (
                (self.gui, self.samples),
                *((w, self.worker_samples) for w in workers),
            ):
                frame = frames.get(ident or 0)
                if frame is not None:
                    into.setdefault(len(stamps), []).append(_stack(frame))

    def explain(
        self, gaps: list[float], count: int = 6, by: list[float] | None = None
    ) -> list[dict[str, Any]]:
        key = by if by is not None else gaps
        longest = sorted(range(len(gaps)), key=lambda i: key[i], reverse=True)[:count]
        at = self.ticker.stamps
        return [
            {
                "gap_ms": round(gaps[i], 1),
                "at_s": round(at[i] - at[0], 2),
                "gui_stacks": sorted(set(self.samples.get(i + 1, []))),
                "worker_stacks": sorted(set(self.worker_samples.get(i + 1, []))),
            }
            for i in longest
        ]


def _stack(frame: Any) -> str:
    lines = [
        f"{f.filename.rsplit('/', 2)[-1]}:{f.lineno} {f.name}"
        for f in traceback.extract_stack(frame)[-14:]
    ]
    return " <- ".join(reversed(lines))


class Canaries:
    """One `_canary.py` ticker pinned to each CPU for the length of the sync: the stalls the
    machine itself imposed on a thread of the GUI thread's priority, in the same run.

    On a virtual machine the host may not run a virtual CPU for tens of milliseconds (a timer
    due on it fires late, a thread woken on it waits) while the guest sees that CPU idle; no
    work of the window's explains such a gap, and a ticker on that CPU sees the same stall.
    """

    def __init__(self) -> None:
        cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else [0]
        self.processes = [
            subprocess.Popen(
                [sys.executable, str(BENCH_DIR / "_canary.py"), str(cpu)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                env=child_env(),
            )
            for cpu in cpus
        ]
        for process in self.processes:
            assert process.stdout is not None
            if process.stdout.readline().strip() != "READY":
                raise RuntimeError("a canary did not start")

    def stop(self) -> list[dict[str, Any]]:
        reports = []
        for process in self.processes:
            out, _ = process.communicate(timeout=30)
            reports.append(json.loads(out.strip().splitlines()[-1]))
        return reports


def machine_stall_within(
    stamps: list[float], gaps: list[float], reports: list[dict[str, Any]]
) -> list[float]:
    """For each gap of the GUI thread's ticks, the longest time within it that one CPU's
    canary was kept from running by the host: its stall less its own 5 ms wait and less its
    time in the guest's run queue (the sync's own load on that CPU is not the machine's), and
    only the part that overlaps the gap. A gap less that is what the machine does not explain.
    """
    credit = [0.0] * len(gaps)
    for report in reports:
        for start, stall_ms, queued_ms in report["stalls"]:
            end = start + stall_ms / 1000
            stolen_ms = stall_ms - TICK_MS - queued_ms
            if stolen_ms <= 0:
                continue
            first = max(0, bisect.bisect_right(stamps, start) - 1)
            for i in range(first, len(gaps)):
                low, high = stamps[i], stamps[i + 1]
                if low >= end:
                    break
                overlap_ms = (min(high, end) - max(low, start)) * 1000
                if overlap_ms > 0:
                    credit[i] = max(credit[i], min(overlap_ms, stolen_ms))
    return credit


def canary_figures(reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "cpu": r["cpu"],
            "ticks": r["ticks"],
            "p99_ms": r["p99_ms"],
            "longest_ms": r["longest_ms"],
            "stalls_over_16ms": sum(1 for _start, ms, _queued in r["stalls"] if ms > 16),
            # the same less the ticker's wait in its CPU's run queue: the host's alone
            "host_stalls_over_16ms": sum(
                1 for _start, ms, queued in r["stalls"] if ms - queued > 16
            ),
            # of the time its stalls over 8 ms kept it waiting (beyond its 5 ms), how much it
            # spent runnable in the guest's run queue (the guest's load, the sync's included)
            "stalled_ms": round(sum(ms - TICK_MS for _start, ms, _queued in r["stalls"]), 1),
            "of_which_run_queue_ms": round(sum(queued for _start, _ms, queued in r["stalls"]), 1),
        }
        for r in reports
    ]


async def _drawn_then(window: Any, tail_s: float) -> None:
    """Until the book shows what the sync brought (MainWindow.book_is_current), then `tail_s`."""
    # Polled (no signal covers "no read under way, none about to start"), at the ticks' pace.
    while not window.book_is_current():  # noqa: ASYNC110
        await asyncio.sleep(0.005)
    await asyncio.sleep(tail_s)


def stall_figures(gaps: list[float]) -> dict[str, Any]:
    figures: dict[str, Any] = summary(gaps)
    figures["longest_stall_ms"] = figures.pop("max_ms")
    figures["gaps_over_8ms"] = sum(1 for g in gaps if g > 8)
    figures["gaps_over_16ms"] = sum(1 for g in gaps if g > 16)
    figures["gaps_over_50ms"] = sum(1 for g in gaps if g > 50)
    return figures


def run(
    base_url: str,
    profile: bool,
    why: bool,
    dump: Path | None,
    settle: bool = True,
    share_gil: bool = True,
    dump_after_s: float = DUMP_AFTER_S,
    switch_interval_s: float | None = None,
    canaries: bool = True,
) -> dict[str, Any]:
    from frontdesk.app import open_workspace
    from frontdesk.connectors.account import AccountConfig
    from frontdesk.domain.clock import FixedClock
    from frontdesk.sandbox import patientnow
    from frontdesk.store.cache import Cache
    from frontdesk.store.paths import cache_path
    from frontdesk.ui.main_window import MainWindow

    app = application()
    if share_gil:  # as ui/launch.py does before the workspace opens
        from frontdesk.ui import gil

        if switch_interval_s is not None:
            gil.SWITCH_INTERVAL_S = switch_interval_s
        gil.share_with_worker()
    loop = event_loop(app)
    user, password = patientnow.PNE_USER
    account = AccountConfig(
        "Solana Med Spa",
        "patientnow",
        base_url,
        {"daily_budget": "100000"},
        {"apikey": patientnow.PNE_APIKEY, "username": user, "password": password},
    )
    clock = FixedClock(datetime.fromisoformat(AT))
    cache = Cache(cache_path())
    cache.save_account(account.name, account.vendor, account.base_url, account.options)
    workspace = open_workspace(cache, [account], clock, httpx.AsyncClient(timeout=60.0))
    window = MainWindow(workspace, remember_layout=False)
    window.resize(1440, 900)
    window.show()
    dump_to = dump.open("w") if dump else None
    ticker = Ticker()
    ticker.dump_after_s = dump_after_s

    loop.run_until_complete(asyncio.sleep(1.0))  # first paints, before measuring anything
    machine = Canaries() if canaries else None
    log(f"baseline: {IDLE_SECONDS:.0f} s of idle loop")
    ticker.start()
    loop.run_until_complete(asyncio.sleep(IDLE_SECONDS))
    idle_gaps = ticker.stop()
    idle_unloaded = ticker.less_run_queue(idle_gaps)

    done: asyncio.Future[str] = loop.create_future()

    def finish(outcome: str) -> None:
        if not done.done():
            done.set_result(outcome)

    window.synced.connect(lambda: finish("synced"))
    collections = GcLog()
    window.sync_failed.connect(lambda why: finish(f"failed: {why}"))
    profiler = cProfile.Profile(time.thread_time) if profile else None
    log(f"syncing {PATIENTS:,} patients")
    ticker.dump_to = dump_to
    started = time.perf_counter()
    # start() is the launch's own work (read the cache for the screen, then start the sync
    # task); it runs before the loop turns, as at launch, and is timed apart: the ticks measure
    # the loop while the sync runs, up to and including the window's handling of its end.
    window.start()
    if settle:  # as ui/launch.py does once the window has started
        from frontdesk.ui.heap import settle_after_start

        settle_after_start()
    start_call_ms = (time.perf_counter() - started) * 1000
    collections.start()
    ticker.start()
    watchdog = Watchdog(ticker) if why else None
    if watchdog:
        watchdog.start()
    if profiler:
        profiler.enable()
    outcome = loop.run_until_complete(asyncio.wait_for(done, timeout=SYNC_TIMEOUT_S))
    synced_at = time.perf_counter()
    if outcome == "synced":
        try:
            loop.run_until_complete(asyncio.wait_for(_drawn_then(window, TAIL_S), 60))
        except TimeoutError:
            outcome = "synced, but the book did not show it within 60 s"
    if profiler:
        profiler.disable()
    sync_seconds = time.perf_counter() - started
    sync_gaps = ticker.stop()
    collections.stop()
    machine_reports = machine.stop() if machine else None
    if watchdog:
        watchdog.running = False
    cached = cache.patient_count()
    window.close()
    loop.run_until_complete(workspace.aclose())
    loop.close()
    cache.close()

    profile_text = ""
    if profiler:
        stream = io.StringIO()
        stats = pstats.Stats(profiler, stream=stream).sort_stats("tottime")
        stats.print_stats(15)
        stats.print_callers("find_spec|import")  # an import on the GUI thread mid-sync
        if os.environ.get("BENCH_PROFILE_OUT"):
            profiler.dump_stats(os.environ["BENCH_PROFILE_OUT"])
        profile_text = stream.getvalue()
    sync = stall_figures(sync_gaps)
    end_at = bisect.bisect_left(ticker.stamps, synced_at)  # the first tick after `synced`
    sync_end = stall_figures(sync_gaps[max(0, end_at - 1) :])  # and the gap holding `synced`
    unloaded = ticker.less_run_queue(sync_gaps)
    own = ticker.cpu_within(sync_gaps)
    gui_own = ticker.gui_cpu_within(sync_gaps)
    stolen = (
        machine_stall_within(ticker.stamps, sync_gaps, machine_reports) if machine_reports else None
    )
    less_machine = [g - m for g, m in zip(sync_gaps, stolen, strict=True)] if stolen else None
    result: dict[str, Any] = {
        "benchmark": "longest Qt event-loop stall during a 100,000-patient sync",
        "patients": PATIENTS,
        "outcome": outcome,
        "patients_cached": cached,
        "sync_seconds": round(sync_seconds, 1),
        "window_start_call_ms": round(start_call_ms, 1),
        # Not a target here (bench_memory.py is): the high-water mark with the sync included.
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "tick_ms": TICK_MS,
        "during_sync": sync,
        "sync_end": {
            "measured_after_synced_s": round(ticker.stamps[-1] - synced_at, 2),
            **sync_end,
        },
        "longest_gaps_during_sync": ticker.longest(
            sync_gaps, collections=collections, machine=stolen
        ),
        "longest_gaps_by_gui_thread_cpu": ticker.longest(
            sync_gaps, by=gui_own, collections=collections
        ),
        "garbage_collections": collections.figures(ticker.stamps[0]),
        "heap_settled_after_start": settle,
        "gil_switch_interval_ms": round(sys.getswitchinterval() * 1000, 3),
        # The most CPU the process used within one gap: the part no machine load explains.
        "longest_stall_cpu_ms": round(max(own), 1),
        "stall_cpu": stall_figures(own),
        "gui_thread_cpu_in_gaps": stall_figures(gui_own),
        "baseline_idle_loop": stall_figures(idle_gaps),
        # Each gap less the GUI thread's run-queue delay within it (the machine's load taken
        # out; a wait for the GIL stays in): the sync's and the idle loop's.
        "less_run_queue_delay": stall_figures(unloaded) if unloaded else None,
        "baseline_less_run_queue_delay": stall_figures(idle_unloaded) if idle_unloaded else None,
        "target": {"longest_stall_ms_below": TARGET_MS, "p99_ms_below": TARGET_P99_MS},
        "meets_target": outcome == "synced"
        and cached == PATIENTS
        and sync["longest_stall_ms"] < TARGET_MS
        and sync["p99_ms"] < TARGET_P99_MS,
        # The same test on the CPU the process used within each gap (machine load taken out).
        "meets_target_less_run_queue_delay": outcome == "synced"
        and cached == PATIENTS
        and unloaded is not None
        and max(unloaded) < TARGET_MS
        and stall_figures(unloaded)["p99_ms"] < TARGET_P99_MS,
        "meets_target_on_cpu_time": outcome == "synced"
        and cached == PATIENTS
        and max(own) < TARGET_MS
        and stall_figures(own)["p99_ms"] < TARGET_P99_MS,
    }
    if machine_reports and less_machine:
        # The machine's own stalls, same run (Canaries): each CPU's ticker, and each gap less
        # the time one CPU's ticker was kept from running within it.
        result["machine_canaries"] = canary_figures(machine_reports)
        result["less_machine_stalls"] = stall_figures(less_machine)
        result["longest_gaps_less_machine_stalls"] = ticker.longest(
            sync_gaps, by=less_machine, machine=stolen
        )
        result["meets_target_less_machine_stalls"] = (
            outcome == "synced"
            and cached == PATIENTS
            and max(less_machine) < TARGET_MS
            and stall_figures(less_machine)["p99_ms"] < TARGET_P99_MS
        )
    if watchdog:
        result["longest_stalls_sampled"] = watchdog.explain(sync_gaps)
        result["longest_gui_work_sampled"] = watchdog.explain(sync_gaps, 3, by=gui_own)
    if dump and dump_to:
        dump_to.close()
        dumps = [d.strip() for d in dump.read_text().split("Timeout (") if d.strip()]
        result["faulthandler_dumps"] = [f"Timeout ({d}" for d in dumps[:8]]
        result["faulthandler_innermost_frames"] = innermost_frames(dumps)
    if profile_text:
        log("GUI-thread profile (cProfile, by own time):\n" + profile_text)
    return result


def innermost_frames(dumps: list[str]) -> dict[str, int]:
    """How often each thread's innermost frame was seen across the dumps, most often first:
    where the thread that kept the GUI thread waiting was (faulthandler prints the innermost
    frame first; the GUI thread's own stack is the tick's)."""
    seen: dict[str, int] = {}
    for dump in dumps:
        for block in dump.split("\n\n"):
            lines = [line.strip() for line in block.splitlines() if line.strip()]
            heads = [i for i, line in enumerate(lines) if line.startswith(("Thread", "Current"))]
            for i in heads:
                if i + 1 < len(lines) and lines[i + 1].startswith("File"):
                    key = f"{lines[i].split(' (most')[0]}: {lines[i + 1]}"
                    seen[key] = seen.get(key, 0) + 1
    return dict(sorted(seen.items(), key=lambda item: -item[1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--profile", action="store_true", help="cProfile the GUI thread")
    parser.add_argument("--why", action="store_true", help="sample stacks during long gaps")
    parser.add_argument("--dump", action="store_true", help="faulthandler dumps of long gaps")
    parser.add_argument(
        "--dump-after",
        type=float,
        default=DUMP_AFTER_S * 1000,
        metavar="MS",
        help="with --dump: the gap (ms) after which the threads' stacks are dumped",
    )
    parser.add_argument(
        "--no-settle",
        action="store_true",
        help="skip ui.heap.settle_after_start (the code before it, for a baseline)",
    )
    parser.add_argument(
        "--gil-default",
        action="store_true",
        help="skip ui.gil.share_with_worker (the interpreter's 5 ms switch interval)",
    )
    parser.add_argument(
        "--switch-interval",
        type=float,
        metavar="MS",
        help="the GIL switch interval ui.gil sets, instead of its own (1 ms)",
    )
    parser.add_argument(
        "--no-canaries",
        action="store_true",
        help="without a ticker pinned to each CPU (the machine's own stalls, same run)",
    )
    parser.add_argument(
        "--simulator-priority",
        choices=("background", "normal"),
        default="background",
        help="the vendor simulator's priority: background (nice 10, the default) or normal",
    )
    args = parser.parse_args()
    quota = ["--quota", "1000000"]
    nice = SIMULATOR_NICE if args.simulator_priority == "background" else 0
    with (
        scratch_home("stall") as home,
        Simulator("--customers", str(PATIENTS), "--at", AT, *quota, nice=nice) as sim,
    ):
        result = run(
            f"http://127.0.0.1:{sim.port}/api/v1",
            args.profile,
            args.why,
            home / "dumps.txt" if args.dump else None,
            settle=not args.no_settle,
            share_gil=not args.gil_default,
            dump_after_s=args.dump_after / 1000,
            switch_interval_s=None if args.switch_interval is None else args.switch_interval / 1000,
            canaries=not args.no_canaries,
        )
        result["simulator_nice"] = sim.nice
        emit(result)


if __name__ == "__main__":
    main()
