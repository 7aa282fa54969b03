"""A full sync of 10,000 PatientNow Essentials customers from the simulator over loopback.

Target (issue 4, item 9): customer requests at most 1.05x the minimum ceil(N/100) (PNE serves
at most 100 rows a page), and records per second reported. The simulator runs in its own process
(uvicorn on 127.0.0.1, bench/_serve.py); the client is the real one: the connector built by
frontdesk.connectors.registry.build_connector (through frontdesk.app.open_workspace, as the
application does, with its request budget) and an AccountCoordinator filling a fresh cache.
Every request sent is counted on the httpx client.

Baseline, same server, same run: plain httpx reading the same 100 pages (Page/Rows=100) and
decoding the JSON, no mapping and no cache: the wire's own speed.

    .venv/bin/python bench/bench_sync.py
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import Counter
from datetime import datetime
from typing import Any

import httpx
from _common import Simulator, emit, log, scratch_home

CUSTOMERS = 10_000
PAGE_CAP = 100  # documented: Rows is clamped to 100
TARGET_RATIO = 1.05
AT = "2026-11-18T15:00:00+00:00"  # a fixed clock for the simulator and the client


def resource_of(url: httpx.URL) -> str:
    path = url.path.split("/api/v1/", 1)[-1]
    return path.split("/", 1)[0] or "/"


async def wire_floor(base_url: str) -> tuple[float, int, int]:
    """Seconds, records and requests to read every customer page with bare httpx."""
    from frontdesk.sandbox import patientnow

    params = {"apikey": patientnow.PNE_APIKEY, "Rows": str(PAGE_CAP)}
    records = requests = 0
    started = time.perf_counter()
    async with httpx.AsyncClient(auth=patientnow.PNE_USER) as client:
        page = 1
        while True:
            response = await client.get(f"{base_url}/customers", params={**params, "Page": page})
            requests += 1
            body = response.json()
            records += len(body)
            if page >= int(response.headers["DataTotalPages"]):
                break
            page += 1
    return time.perf_counter() - started, records, requests


async def real_sync(base_url: str) -> dict[str, Any]:
    from frontdesk.app import open_workspace
    from frontdesk.connectors.account import AccountConfig
    from frontdesk.domain.clock import FixedClock
    from frontdesk.sandbox import patientnow
    from frontdesk.store.cache import Cache
    from frontdesk.store.paths import cache_path

    counts: Counter[str] = Counter()

    async def count(request: httpx.Request) -> None:
        counts[resource_of(request.url)] += 1

    user, password = patientnow.PNE_USER
    account = AccountConfig(
        "Solana Med Spa",
        "patientnow",
        base_url,
        {},  # the defaults `frontdesk accounts add` would store
        {"apikey": patientnow.PNE_APIKEY, "username": user, "password": password},
    )
    clock = FixedClock(datetime.fromisoformat(AT))
    cache = Cache(cache_path())
    cache.save_account(account.name, account.vendor, account.base_url, account.options)
    client = httpx.AsyncClient(timeout=30.0, event_hooks={"request": [count]})
    workspace = open_workspace(cache, [account], clock, client)
    coordinator = workspace.coordinators[account.name]
    try:
        started = time.perf_counter()
        reference = await coordinator.sync_reference()
        after_reference = time.perf_counter()
        patients = await coordinator.sync_patients()
        after_patients = time.perf_counter()
        status = await coordinator.sync()  # a second pass: incremental patients + the window
        ended = time.perf_counter()
        cached = cache.patient_count()
        left = coordinator.requests_left
    finally:
        await workspace.aclose()
        cache.close()
    return {
        "reference_records": reference,
        "patients_fetched": patients,
        "patients_cached": cached,
        "patients_seconds": after_patients - after_reference,
        "reference_seconds": after_reference - started,
        "second_pass_seconds": ended - after_patients,
        "second_pass_fetched": dict(status.fetched),
        "requests_by_resource": dict(counts),
        "requests_left_today": left,
    }


async def run(base_url: str) -> dict[str, Any]:
    log("baseline: bare httpx paging")
    floor_s, floor_records, floor_requests = await wire_floor(base_url)
    log("the real sync")
    sync = await real_sync(base_url)
    minimum = math.ceil(CUSTOMERS / PAGE_CAP)
    customer_requests = sync["requests_by_resource"].get("customers", 0)
    # The first pass read every customer; the second (incremental) pass adds its own requests.
    first_pass_customer_requests = customer_requests - (
        1 if sync["second_pass_fetched"].get("patients", 0) <= PAGE_CAP else 0
    )
    ratio = first_pass_customer_requests / minimum
    records_per_s = sync["patients_fetched"] / sync["patients_seconds"]
    floor_per_s = floor_records / floor_s
    return {
        "benchmark": "full sync of 10,000 PNE customers over loopback",
        "customers": CUSTOMERS,
        "minimum_requests": minimum,
        "customer_requests_full_pass": first_pass_customer_requests,
        "request_ratio": round(ratio, 3),
        "records_per_second": round(records_per_s),
        "patients_seconds": round(sync["patients_seconds"], 2),
        "patients_cached": sync["patients_cached"],
        "all_requests_by_resource": sync["requests_by_resource"],
        "requests_left_today_of_1000": sync["requests_left_today"],
        "reference_seconds": round(sync["reference_seconds"], 2),
        "incremental_pass": {
            "seconds": round(sync["second_pass_seconds"], 2),
            "fetched": sync["second_pass_fetched"],
        },
        "baseline_bare_httpx": {
            "requests": floor_requests,
            "records": floor_records,
            "seconds": round(floor_s, 2),
            "records_per_second": round(floor_per_s),
        },
        "throughput_vs_baseline": round(records_per_s / floor_per_s, 2),
        "target": {"request_ratio_at_most": TARGET_RATIO},
        "meets_target": ratio <= TARGET_RATIO and sync["patients_cached"] == CUSTOMERS,
    }


def main() -> None:
    with scratch_home("sync"), Simulator("--customers", str(CUSTOMERS), "--at", AT) as server:
        base_url = f"http://127.0.0.1:{server.port}/api/v1"
        emit(asyncio.run(run(base_url)))


if __name__ == "__main__":
    main()
