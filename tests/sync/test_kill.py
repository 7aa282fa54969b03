"""Real process kills. A child process syncs or sends writes to a PatientNow simulator served by
uvicorn on 127.0.0.1; the test SIGKILLs it at chosen moments, restarts it, and checks what the
vendor holds and what the cache file says."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from frontdesk.connectors.registry import build_connector
from frontdesk.domain.clock import FixedClock
from frontdesk.sandbox import patientnow
from frontdesk.store.cache import Cache
from frontdesk.sync.coordinator import PATIENTS, PATIENTS_PASS
from tests.sync.loopback import Child, serve
from tests.sync.worlds import PNE, pne_account

pytestmark = pytest.mark.loopback
LA_MORNING = datetime(2026, 11, 18, 16, 0, tzinfo=UTC)
WRITES = 6


def integrity(path: Path) -> str:
    raw = sqlite3.connect(path)
    try:
        return str(raw.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        raw.close()


async def six_free_times(base_url: str, clock: FixedClock) -> list[dict[str, Any]]:
    """Six bookable requests for one provider, an hour apart, found with the vendor's search."""
    async with httpx.AsyncClient() as client:
        connector: Any = build_connector(pne_account(f"{base_url}/api/v1"), client, clock)
        services = await connector.list_services()
        service = next(s for s in services if s.provider_ids)
        provider = service.provider_ids[0]
        openings = await connector.find_openings(
            service.id, LA_MORNING, LA_MORNING + timedelta(days=6), [provider]
        )
    chosen: list[Any] = []
    for opening in openings:
        if not chosen or opening.start >= chosen[-1].start + timedelta(hours=1):
            chosen.append(opening)
    assert len(chosen) >= WRITES
    return [
        {
            "provider_id": provider,
            "service_id": service.id,
            "start": o.start.isoformat(),
            "end": o.end.isoformat(),
        }
        for o in chosen[:WRITES]
    ]


async def test_sigkill_at_any_moment_loses_no_write_and_sends_none_twice(tmp_path: Path) -> None:
    clock = FixedClock(LA_MORNING)
    state = patientnow.demo_state(clock, customers=200)
    async with serve(patientnow.create_app(state)) as (base_url, gate):
        api = f"{base_url}/api/v1"
        customer = next(iter(state.customers.values()))["CustomerId"]
        requests = [{**r, "patient_id": customer} for r in await six_free_times(base_url, clock)]
        queue = tmp_path / "requests.json"
        queue.write_text(json.dumps(requests))
        cache_path = tmp_path / "cache.sqlite3"
        before = len(state.appointments)

        def run(n: int, *extra: str) -> Any:
            at = (LA_MORNING + timedelta(minutes=n)).isoformat()
            return Child.start("kill_outbox.py", str(cache_path), api, at, *extra)

        # 1. Queue six, send the first, die just before the second leaves.
        child = await run(1, "--queue", str(queue), "--pause", "before:2")
        await child.until("before-send 2")
        await child.kill()
        assert gate.count("POST", "/appointments") == 1
        assert integrity(cache_path) == "ok"

        # 2. Restart: the second is looked up (not there), sent, accepted by the vendor, and the
        #    process dies before the cache records it.
        child = await run(2, "--pause", "accepted:1")
        await child.until("accepted 1")
        await child.kill()
        assert gate.count("POST", "/appointments") == 2

        # 3. Restart: the second is found at the vendor (not resent); the third is sent, and the
        #    process dies while the vendor is still working on it. The vendor finishes the job.
        gate.hold("POST", "/api/v1/appointments")
        child = await run(3)
        await child.until("before-send 1")
        await gate.held.wait()
        await child.kill()
        gate.release.set()
        gate.hold_at = None

        # 4. Restart and drain to the end.
        child = await run(4)
        code, output = await child.finish()
        assert code == 0, output
        assert "drained 4 0" in output  # the third (reconciled) and the last three

        created = [a for n, a in state.appointments.items() if n >= 100_000]
        assert len(state.appointments) == before + WRITES == before + len(created)
        starts = sorted(a["StartDateTime"] for a in created)
        assert len(set(starts)) == WRITES, "exactly one appointment per write"
        assert gate.count("POST", "/appointments") == WRITES, "no write was sent twice"

        assert integrity(cache_path) == "ok"
        cache = Cache(cache_path)
        assert cache.conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] == 0
        ids = {a["AppointmentId"] for a in created}
        stored = [cache.appointment(PNE, i) for i in ids]
        assert all(a is not None and not a.pending for a in stored)
        placeholders = cache.conn.execute(
            "SELECT COUNT(*) FROM appointments WHERE pending = 1"
        ).fetchone()[0]
        assert placeholders == 0
        cache.close()


async def test_sigkill_mid_sync_keeps_the_cache_whole_and_the_next_sync_resumes(
    tmp_path: Path,
) -> None:
    clock = FixedClock(LA_MORNING)
    customers = 6000
    state = patientnow.demo_state(clock, customers=customers)
    async with serve(patientnow.create_app(state)) as (base_url, gate):
        api = f"{base_url}/api/v1"
        cache_path = tmp_path / "cache.sqlite3"
        at = LA_MORNING.isoformat()
        child = await Child.start("kill_sync.py", str(cache_path), api, at)
        await child.until("stored 25")
        await child.kill()

        assert integrity(cache_path) == "ok"
        cache = Cache(cache_path)
        checkpoint = cache.cursor(PNE, PATIENTS_PASS)
        assert checkpoint is not None and cache.cursor(PNE, PATIENTS) is None
        resume_page = int(json.loads(checkpoint)["resume"].split(":")[1])
        # Pages are stored whole, each with its resume point: nothing half-written.
        assert cache.patient_count() == (resume_page - 1) * 100 >= 2500
        cache.close()

        seen = len(gate.seen)
        child = await Child.start("kill_sync.py", str(cache_path), api, at)
        code, output = await child.finish()
        assert code == 0, output
        pages = [int(s.query["Page"][0]) for s in gate.seen[seen:] if s.path.endswith("/customers")]
        assert pages[0] == resume_page, "resumed after the last stored page, not from scratch"
        assert pages == list(range(resume_page, 61))

        cache = Cache(cache_path)
        assert cache.patient_count() == customers
        assert cache.cursor(PNE, PATIENTS) is not None
        assert cache.cursor(PNE, PATIENTS_PASS) is None
        assert integrity(cache_path) == "ok"
        cache.close()
