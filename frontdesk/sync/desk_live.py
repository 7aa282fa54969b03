"""Live refresh at a desk in clinic mode: the workspace's `LiveListener` (sync/live.py, a
connection and thread of its own) puts every change committed on the clinic database, by
another desk or by the agent, on the workspace's change feed. The book then rereads what
changed, with no F5. `Workspace.aclose` stops it."""

from __future__ import annotations

import asyncio

from frontdesk.store.pg.store import PgStore
from frontdesk.sync.live import LiveListener, onto_feed
from frontdesk.sync.workspace import Workspace


async def go_live(workspace: Workspace) -> LiveListener | None:
    """Start the desk's listener (on the event loop: the feed is told there); None when the
    workspace is not on a clinic database. Once per workspace."""
    if workspace.link is not None:  # with an offline mirror: the link listens (desk_link.py)
        if workspace.link.listener is None:
            await workspace.link.start()
        return workspace.link.listener
    store = workspace.cache
    if not isinstance(store, PgStore):
        return None
    if isinstance(workspace.live, LiveListener):
        return workspace.live
    # From what the book has read so far: a change committed meanwhile is not lost.
    seen = await workspace.worker.run(store.latest_change)

    def accounts() -> frozenset[str]:  # the reference snapshot: no SQL on the listener's thread
        return frozenset(p.account for p in workspace.providers())

    listener = LiveListener(
        store.conninfo,
        onto_feed(asyncio.get_running_loop(), workspace.feed, accounts),
        last_seen=seen,
    )
    listener.start()
    workspace.live = listener
    return listener
