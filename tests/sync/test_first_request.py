"""A workspace's first request imports nothing: on the GUI thread such an import stalled the
window for 30-80 ms at the start of every sync (issue 13)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

CHILD = textwrap.dedent(
    """
    import asyncio, sys
    import httpx
    from frontdesk.domain.clock import SystemClock
    from frontdesk.store.cache import Cache
    from frontdesk.sync.opening import open_workspace

    workspace = open_workspace(Cache(":memory:"), [], SystemClock(), httpx.AsyncClient())
    workspace.worker.call(lambda: None)  # what the worker was asked before has run
    before = set(sys.modules)

    async def first_request() -> None:
        try:
            await workspace.client.get("http://127.0.0.1:9/")  # the discard port: refused
        except httpx.TransportError:
            pass

    asyncio.run(first_request())
    print(" ".join(sorted(set(sys.modules) - before)))
    """
)


def test_the_first_request_of_a_workspace_imports_nothing() -> None:
    child = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=60, check=True
    )
    assert child.stdout.split() == []


SEARCHES = textwrap.dedent(
    """
    import asyncio, sys
    import httpx
    from frontdesk.domain.clock import SystemClock
    from frontdesk.store.cache import Cache
    from frontdesk.sync.opening import open_workspace

    workspace = open_workspace(Cache(":memory:"), [], SystemClock(), httpx.AsyncClient())
    workspace.worker.call(lambda: None)
    searched = []

    class Counting:
        @staticmethod
        def find_spec(name, path=None, target=None):
            searched.append(name)
            return None  # the usual finders carry on

    async def requests() -> None:
        sys.meta_path.insert(0, Counting)
        for _ in range(3):
            try:
                await workspace.client.get("http://127.0.0.1:9/")
            except httpx.TransportError:
                pass

    asyncio.run(requests())
    print(" ".join(sorted(set(searched))))
    """
)


def test_a_request_does_not_search_for_a_module_that_is_not_installed() -> None:
    """httpcore asks for `sniffio` in every lock it takes; not installed, each ask searched
    sys.path again (4,000 searches, 1 s of the GUI thread in a 100,000-patient sync)."""
    child = subprocess.run(
        [sys.executable, "-c", SEARCHES], capture_output=True, text=True, timeout=60, check=True
    )
    assert child.stdout.split() == []
