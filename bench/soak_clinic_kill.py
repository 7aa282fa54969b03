"""Exactly once across desks and agent restarts (issue 14 item 6), full run: 3 desk processes
store a seeded plan of mixed writes in the clinic's shared outbox (a throw-away PostgreSQL on
127.0.0.1) while `frontdesk agent` is SIGKILLed at drawn moments at least 30 times and started
again; then a last agent drains, and every write is counted at the vendor simulator
(tests/support/clinic_kill_proof.py says how the moments are aimed and each figure counted).
Prints one JSON object; exits 1 when any write was lost, doubled, resent or falsely failed.

    make soak
    PYTHONPATH=. .venv/bin/python bench/soak_clinic_kill.py [--vendors a,b] [--seed N]
        [--writes N] [--kills N] [--desks N] [--rate R] [--verbose]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.support.clinic_kill_proof import passed, prove
from tests.support.pg_server import running_server

WRITES = 60  # about 1.5 stored per life, the rest after the last kill
KILLS = 32


async def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vendors", default="progenda,patientnow")
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--writes", type=int, default=WRITES)
    parser.add_argument("--kills", type=int, default=KILLS)
    parser.add_argument("--desks", type=int, default=3)
    parser.add_argument("--rate", type=float, default=0.0, help="share of writes given a fault")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()

    def say(text: str) -> None:
        if args.verbose:
            print(text, file=sys.stderr, flush=True)

    began = time.monotonic()
    results: list[dict[str, Any]] = []
    with running_server() as server:
        say(f"postgresql: {server.description}")
        for vendor in args.vendors.split(","):
            with tempfile.TemporaryDirectory(prefix=f"soak-clinic-{vendor}-") as workdir:
                figures = await prove(
                    vendor, Path(workdir), seed=args.seed, writes=args.writes,
                    kills=args.kills, desks=args.desks, rate=args.rate, say=say, server=server,
                )  # fmt: skip
            figures["meets_target"] = passed(figures) and figures["kills"] >= args.kills
            results.append(figures)
            say(json.dumps({k: v for k, v in figures.items() if k != "problems"}))
    spent = os.times()
    report = {
        "benchmark": "soak_clinic_kill",
        "target": {
            "agent_kills_per_vendor": args.kills,
            "lost": 0,
            "doubled": 0,
            "resent": 0,
            "failed_vendor_has": 0,
            "failed_never_sent": 0,
            "waiting_left": 0,
        },
        "baseline": "none: every planned write must land once, counted at the simulator",
        "seed": args.seed,
        "fault_rate": args.rate,
        "vendors": results,
        "seconds": round(time.monotonic() - began, 1),
        "cpu_seconds_children": round(spent.children_user + spent.children_system, 1),
        "meets_target": all(r["meets_target"] for r in results),
    }
    print(json.dumps(report, indent=1))
    return 0 if report["meets_target"] else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
