"""The machine's own stalls, in the same run: a 5 ms ticker pinned to one CPU.

    python bench/_canary.py CPU

Started by bench_stall.py once per CPU, at the GUI thread's priority, for the length of the
sync. It does nothing but wake every 5 ms (a `select` on stdin until the next tick is due, due
times kept as a precise QTimer keeps them), so a gap between its wake-ups longer than 5 ms is
time its CPU was not given to a ready thread: the virtual machine's host running something
else on that CPU, or the CPU's run queue. Whatever stalls it would have stalled the GUI thread
on that CPU too. When stdin closes it prints, as one JSON line, its tick count, the p99 and
longest gap, and every gap over `REPORT_OVER_MS` with its start on the monotonic clock (the
clock of bench_stall's ticks, `time.perf_counter`) and the part of it the ticker spent in its
CPU's run queue (the guest's own load: the sync's threads, the page process, the simulator),
which bench_stall does not count as the machine's.
"""

from __future__ import annotations

import json
import os
import select
import sys
import time

from _common import percentile

TICK_S = 0.005
REPORT_OVER_MS = 8.0


def _schedstat() -> int | None:
    """This thread's schedstat (Linux): its second field is the time it spent runnable, waiting
    for its CPU. A stall not in it is one the guest's scheduler did not see: the host's."""
    try:
        return os.open("/proc/thread-self/schedstat", os.O_RDONLY)
    except OSError:
        return None


def _run_delay(schedstat: int | None) -> float:
    """Milliseconds spent waiting for the CPU so far (0 where the kernel does not say)."""
    if schedstat is None:
        return 0.0
    return int(os.pread(schedstat, 64, 0).split()[1]) / 1e6


def main() -> None:
    cpu = int(sys.argv[1])
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {cpu})
    stdin = sys.stdin.fileno()
    schedstat = _schedstat()
    gaps: list[float] = []
    stalls: list[tuple[float, float, float]] = []  # (start on perf_counter, ms, run-queue ms)
    queued = _run_delay(schedstat)
    last = due = time.perf_counter()
    print("READY", flush=True)
    while True:
        # Due times as a precise QTimer keeps them (the next one interval after the last one
        # due, or after now when late), so its gaps compare with the GUI thread's ticks.
        due += TICK_S
        if due < last:
            due = last + TICK_S
        readable, _, _ = select.select([stdin], [], [], max(0.0, due - time.perf_counter()))
        now = time.perf_counter()
        was_queued, queued = queued, _run_delay(schedstat)
        gap_ms = (now - last) * 1000
        gaps.append(gap_ms)
        if gap_ms > REPORT_OVER_MS:
            stalls.append((last, round(gap_ms, 2), round(queued - was_queued, 2)))
        last = now
        if readable and not os.read(stdin, 4096):
            break
    print(
        json.dumps(
            {
                "cpu": cpu,
                "ticks": len(gaps),
                "p99_ms": round(percentile(gaps, 99), 3),  # as bench_stall's own figures
                "longest_ms": round(max(gaps), 2),
                "stalls": stalls,
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main()
