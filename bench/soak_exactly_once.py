"""The kill proof, full run (issue 10, item 4): for each vendor that can write, a child process
sends a seeded plan of mixed writes through `Workspace.execute`, via the fault proxy
(tests/support/fault_proxy.py), and is SIGKILLed at seeded moments at least 40 times; then a
fault-free drain, and the writes are counted at the simulator (tests/support/kill_proof.py says
how each figure is counted). Prints one JSON object; exits 1 when any vendor shows a lost,
doubled or falsely failed write or a damaged cache.

    make soak
    PYTHONPATH=. .venv/bin/python bench/soak_exactly_once.py [--vendors a,b] [--seed N]
        [--writes N] [--kills N] [--rate R] [--verbose]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.support.kill_plan import VENDORS
from tests.support.kill_proof import passed, prove

WRITES = 80  # enough that the plan outlasts 40 kills (a few are dropped when no target fits)
KILLS = 40


async def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vendors", default=",".join(VENDORS))
    parser.add_argument("--seed", type=int, default=20261118)
    parser.add_argument("--writes", type=int, default=WRITES)
    parser.add_argument("--kills", type=int, default=KILLS)
    parser.add_argument("--rate", type=float, default=0.3)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()

    def say(text: str) -> None:
        if args.verbose:
            print(text, file=sys.stderr, flush=True)

    began = time.monotonic()
    results: list[dict[str, Any]] = []
    for vendor in args.vendors.split(","):
        with tempfile.TemporaryDirectory(prefix=f"soak-{vendor}-") as workdir:
            figures = await prove(
                vendor,
                Path(workdir),
                seed=args.seed,
                writes=args.writes,
                kills=args.kills,
                rate=args.rate,
                say=say,
            )
        figures["meets_target"] = passed(figures) and figures["kills"] >= args.kills
        results.append(figures)
        say(json.dumps({k: v for k, v in figures.items() if k != "problems"}))
    report = {
        "benchmark": "soak_exactly_once",
        "target": {
            "kills_per_vendor": args.kills,
            "lost": 0,
            "doubled": 0,
            "failed_vendor_has": 0,
            "failed_never_sent": 0,
            "waiting_left": 0,
            "integrity_failures": 0,
        },
        "seed": args.seed,
        "fault_rate": args.rate,
        "vendors": results,
        "seconds": round(time.monotonic() - began, 1),
        "meets_target": all(r["meets_target"] for r in results),
    }
    print(json.dumps(report, indent=1))
    return 0 if report["meets_target"] else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
