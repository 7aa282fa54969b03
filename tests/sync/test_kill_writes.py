"""The kill proof, short version: for each vendor that can write, a child process sends a plan
of mixed writes through `Workspace.execute` via the fault proxy and is SIGKILLed at seeded
moments at least eight times; after a fault-free drain the vendor holds every write exactly
once, no write is reported failed that the vendor has or that never reached it, and the cache
passes `PRAGMA integrity_check` after every kill. How each figure is counted:
tests/support/kill_proof.py. The full run: `make soak` (bench/soak_exactly_once.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.kill_plan import VENDORS
from tests.support.kill_proof import passed, prove

pytestmark = [pytest.mark.loopback, pytest.mark.killproof]
SEED = 20261118
WRITES = 24  # enough for 8 kills; the soak plans 80
KILLS = 8


@pytest.mark.parametrize("vendor", VENDORS)
async def test_sigkilled_under_faults_every_write_lands_exactly_once(
    vendor: str, tmp_path: Path
) -> None:
    figures = await prove(vendor, tmp_path, seed=SEED, writes=WRITES, kills=KILLS)
    shown = json.dumps(figures, indent=1)
    assert figures["kills"] >= KILLS, shown
    assert figures["writes"] >= 20, shown
    assert passed(figures), shown
