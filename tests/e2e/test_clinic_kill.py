"""Exactly once across desks and agent restarts, short version (issue 14 item 6): three desk
processes store planned writes in the clinic's shared outbox while `frontdesk agent` is
SIGKILLed three times at drawn moments and started again; after a last agent drains, the vendor
simulator holds every write once: none lost, none doubled, none sent twice. How the moments are
aimed and each figure counted: tests/support/clinic_kill_proof.py. The full run (30+ kills):
`make soak` (bench/soak_clinic_kill.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.clinic_kill_proof import passed, prove
from tests.support.pg_server import RunningServer

pytestmark = [pytest.mark.loopback, pytest.mark.killproof]
SEED = 20261201
WRITES = 10
KILLS = 3


async def test_agent_sigkilled_while_desks_write_sends_each_write_exactly_once(
    pg_server: RunningServer, tmp_path: Path
) -> None:
    figures = await prove(
        "progenda", tmp_path, seed=SEED, writes=WRITES, kills=KILLS, server=pg_server
    )
    shown = json.dumps(figures, indent=1)
    assert figures["kills"] >= KILLS, shown
    assert figures["writes"] >= 8, shown
    assert passed(figures), shown
