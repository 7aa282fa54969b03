"""A desk of the clinic kill proof (tests/support/clinic_kill_proof.py): a workspace in clinic
mode on the clinic's PostgreSQL that stores planned writes in the shared outbox, one each time
the parent says so, as a receptionist pressing Book would. It never talks to the vendor and is
never killed (the agent is).

    clinic_desk.py URL ACCOUNT PLAN.json I,J,K...

Reads stdin: "write" stores the next planned write of its share (prints "stored I OUTCOME" or
"none" when its share is done); "quit" (or EOF) ends. Prints "ready" first.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from frontdesk.domain.clock import SystemClock
from frontdesk.sync.account_admin import open_store
from tests.support.kill_plan import command_for


def say(text: str) -> None:
    print(text, flush=True)


async def main() -> None:
    url, account, plan_file, share = sys.argv[1:5]
    plan: dict[int, dict[str, Any]] = {
        int(item["i"]): item
        for item in json.loads(Path(plan_file).read_text())  # noqa: ASYNC240
    }
    mine = [plan[int(i)] for i in share.split(",") if i]
    workspace = await asyncio.to_thread(open_store, SystemClock(), server=url)
    say("ready")
    loop = asyncio.get_running_loop()
    try:
        while True:
            line = (await loop.run_in_executor(None, sys.stdin.readline)).strip()
            if line in ("", "quit"):
                break
            if not mine:
                say("none")
                continue
            item = mine.pop(0)
            result = await workspace.execute(command_for(item, account))
            say(f"stored {item['i']} {result.outcome.value}")
    finally:
        await workspace.aclose()


if __name__ == "__main__":
    asyncio.run(main())
