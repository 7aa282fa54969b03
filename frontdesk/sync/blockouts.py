"""Blockouts through the workspace (issue 15): frontdesk's own data (no outbox), each change
told on the change feed (`Changes.blockouts`, which every view of the book counts as touching
it), and the times they block, for openings and the clash guard."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from frontdesk.domain.blockouts import Blockout, blocked
from frontdesk.domain.models import Opening
from frontdesk.sync.feed import Changes
from frontdesk.sync.workspace import Workspace


async def blockouts(workspace: Workspace, account: str | None = None) -> list[Blockout]:
    return await workspace.worker.run(workspace.cache.blockouts, account)


async def add_blockout(workspace: Workspace, blockout: Blockout) -> Blockout:
    stored: Blockout = await workspace.worker.run(
        workspace.on_server, lambda store: store.add_blockout(blockout)
    )
    await workspace.publish(Changes(blockouts=True))
    return stored


async def remove_blockout(workspace: Workspace, blockout_id: int) -> bool:
    gone: bool = await workspace.worker.run(
        workspace.on_server, lambda store: store.remove_blockout(blockout_id)
    )
    if gone:
        await workspace.publish(Changes(blockouts=True))
    return gone


def outside(openings: Iterable[Opening], stored: Sequence[Blockout]) -> list[Opening]:
    """The openings no blockout overlaps."""
    return [o for o in openings if not blocked(stored, o.account, o.provider_id, o.start, o.end)]


async def unblocked(workspace: Workspace, openings: Sequence[Opening]) -> list[Opening]:
    """`outside`, with the blockouts read on the cache worker."""
    if not openings:
        return []
    return outside(openings, await blockouts(workspace))


async def blocking(
    workspace: Workspace, account: str, provider_id: str, start: datetime, end: datetime
) -> list[Blockout]:
    """The blockouts the time [start, end) with this provider would fall into (the clash
    guard names them like an overlapping appointment)."""
    found = blocked(await blockouts(workspace, account), account, provider_id, start, end)
    return list(dict.fromkeys(b for b, _ in found))
