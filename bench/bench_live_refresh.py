"""Live refresh on PostgreSQL: commit to listener callback, 10 listener processes on loopback.

Target (issue 14, item 4): p95 under 1 s from a booking's commit to the callback in every
listener (aim: 200 ms). Each of the 10 listener processes has its own connection and a
sync/live.py `LiveListener` (a notify wakes it; it reads the change sequence from its last seen
number and calls back with the change rows). The baseline, in the same run and on the same
commits: 10 plain LISTEN processes that only take the notify (no re-read), the floor of what
PostgreSQL's NOTIFY costs. Both sets listen at once, so load from elsewhere falls on both alike.

One writer (this process) books one appointment per commit through PgStore and waits until all
20 listeners have reported it before the next (latency, not throughput). Latency is the wall
clock from just before the writer's call (insert + commit, one round trip) to the callback in
the listener process (the same machine clock). CPU per change per listener process is reported
beside it (the machine is shared; CPU does not wait for a core).

Painting is not measured here: desks on PostgreSQL (their feed and views) are another helper's
work; once they run there, the figure to add is this latency plus the paint (bench_paint.py).

    .venv/bin/python bench/bench_live_refresh.py
"""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from typing import IO

from _common import ROOT, emit, log, summary

sys.path.insert(0, str(ROOT))  # tests.support.pg_server: one way to start a server

LISTENERS = 10
COMMITS = 200
WARM_UP = 5
WAIT_S = 30.0  # a report missing after this is counted as lost
TARGET_P95_MS = 1000.0
AIM_P95_MS = 200.0


def child(mode: str, conninfo: str) -> None:
    """A listener process: prints 'ready cpu', then 'seq wall_time' per change heard, then
    'cpu seconds' when its stdin closes."""
    out_lock = threading.Lock()

    def say(line: str) -> None:
        with out_lock:
            sys.stdout.write(line + "\n")
            sys.stdout.flush()

    def finish() -> None:
        sys.stdin.read()  # the parent closes our stdin when done
        say(f"cpu {time.process_time()}")
        sys.stdout.flush()
        import os

        os._exit(0)

    threading.Thread(target=finish, daemon=True).start()
    if mode == "live":
        from frontdesk.sync.live import LiveBatch, LiveListener

        def heard(batch: LiveBatch) -> None:
            now = time.time()
            for row in batch.rows:
                say(f"{row.seq} {now}")

        listener = LiveListener(conninfo, heard)
        listener.start()
        while listener.connections == 0 or listener.last_seen is None:
            time.sleep(0.01)
        say(f"ready {time.process_time()}")
        threading.Event().wait()
    import psycopg

    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("LISTEN frontdesk_changes")
        say(f"ready {time.process_time()}")
        for note in conn.notifies():
            say(f"{note.payload} {time.time()}")


def _reader(index: int, stream: IO[str], reports: queue.Queue[tuple[int, str]]) -> None:
    for line in stream:
        reports.put((index, line.strip()))


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
        return

    from frontdesk.domain.models import Appointment, AppointmentStatus
    from frontdesk.store.pg.store import PgStore
    from tests.support.pg_server import running_server

    with running_server() as server:
        log(f"server: {server.description}, port {server.port}")
        store = PgStore(server.dsn, pool_size=1)
        store.save_account("Clinic", "progenda", "http://127.0.0.1:9/api", {})
        modes = ["live"] * LISTENERS + ["plain"] * LISTENERS
        reports: queue.Queue[tuple[int, str]] = queue.Queue()
        procs = []
        for i, mode in enumerate(modes):
            p = subprocess.Popen(
                [sys.executable, __file__, "--child", mode, server.dsn],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                cwd=ROOT,
            )
            assert p.stdout is not None
            threading.Thread(target=_reader, args=(i, p.stdout, reports), daemon=True).start()
            procs.append(p)
        ready: set[int] = set()
        cpu_at_ready: dict[int, float] = {}
        while len(ready) < len(procs):
            i, line = reports.get(timeout=120)
            if line.startswith("ready "):
                ready.add(i)
                cpu_at_ready[i] = float(line.split()[1])
        log(f"{len(procs)} listeners ready ({LISTENERS} live, {LISTENERS} plain)")

        nine = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
        latencies: dict[str, list[float]] = {"live": [], "plain": []}
        lost = {"live": 0, "plain": 0}
        for n in range(WARM_UP + COMMITS):
            start = nine + timedelta(minutes=30 * n)
            booking = Appointment(
                "Clinic",
                f"a{n}",
                "p1",
                start,
                start + timedelta(minutes=20),
                AppointmentStatus.BOOKED,
            )
            began = time.time()
            store.upsert_appointments([booking])
            seq = store.latest_change()
            heard: dict[int, float] = {}
            deadline = time.monotonic() + WAIT_S
            while len(heard) < len(procs) and time.monotonic() < deadline:
                try:
                    i, line = reports.get(timeout=max(deadline - time.monotonic(), 0.01))
                except queue.Empty:
                    break
                got, _, at = line.partition(" ")
                if got.isdigit() and int(got) == seq:
                    heard[i] = float(at)
            if n < WARM_UP:
                continue
            for i, mode in enumerate(modes):
                if i in heard:
                    latencies[mode].append((heard[i] - began) * 1000)
                else:
                    lost[mode] += 1
            if (n - WARM_UP) % 50 == 0:
                log(f"commit {n - WARM_UP}/{COMMITS}")
        cpu: dict[str, list[float]] = {"live": [], "plain": []}
        for p in procs:
            assert p.stdin is not None
            p.stdin.close()
        deadline = time.monotonic() + 30
        while sum(len(v) for v in cpu.values()) < len(procs) and time.monotonic() < deadline:
            i, line = reports.get(timeout=30)
            if line.startswith("cpu "):
                cpu[modes[i]].append(float(line.split()[1]) - cpu_at_ready[i])
        for p in procs:
            p.wait(timeout=30)
        store.close()

    live, plain = summary(latencies["live"]), summary(latencies["plain"])
    per_change = {
        mode: round(sum(values) / len(values) / (WARM_UP + COMMITS) * 1000, 3) if values else None
        for mode, values in cpu.items()
    }
    emit(
        {
            "benchmark": "live refresh: commit to listener callback, 10 listener processes",
            "server": server.description,
            "listeners": LISTENERS,
            "commits": COMMITS,
            "latency": live,
            "baseline_plain_listen": plain,
            "lost": lost,
            # CPU of a listener process from ready to the end, per change it heard
            "cpu_ms_per_change_per_listener": per_change,
            "target": {"p95_ms_below": TARGET_P95_MS, "aim_p95_ms": AIM_P95_MS},
            "meets_target": live["p95_ms"] < TARGET_P95_MS and lost["live"] == 0,
            "meets_aim": live["p95_ms"] < AIM_P95_MS and lost["live"] == 0,
        }
    )


if __name__ == "__main__":
    main()
