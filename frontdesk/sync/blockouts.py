"""Blockouts through the workspace (issue 15): frontdesk's own data, each change told on the
change feed (`Changes.blockouts`, which every view of the book counts as touching it), and the
times they block, for openings and the clash guard.

Where the account's vendor models a blockout (`Capability.BLOCKOUTS`: Progenda), it is also
stored there: one `StoreBlockout` write per occurrence and provider, through the outbox (stored
before sent, exactly once); removing it queues a `RemoveBlockout` for each occurrence sent.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime

from frontdesk.domain.blockouts import REMOTE_PREFIX, Blockout, Remote, blocked, vendor_occurrences
from frontdesk.domain.errors import ServerAway
from frontdesk.domain.models import Capability, Opening
from frontdesk.sync.commands import RemoveBlockout, StoreBlockout
from frontdesk.sync.commands.result import CommandResult
from frontdesk.sync.feed import Changes
from frontdesk.sync.record_codec import PENDING
from frontdesk.sync.workspace import Workspace


async def blockouts(workspace: Workspace, account: str | None = None) -> list[Blockout]:
    return await workspace.worker.run(workspace.cache.blockouts, account)


async def add_blockout(workspace: Workspace, blockout: Blockout) -> Blockout:
    """Stored here, then at the vendor where it models one; returned as it now stands (its
    occurrences sent, waiting or refused)."""
    stored: Blockout = await workspace.worker.run(
        workspace.on_server, lambda store: store.add_blockout(blockout)
    )
    await workspace.publish(Changes(blockouts=True))
    if not await store_at_vendor(workspace, stored):
        return stored
    await workspace.publish(Changes(blockouts=True))
    now = await blockouts(workspace, stored.account)
    return next((b for b in now if b.id == stored.id), stored)


def _remote_id() -> str:
    return f"{REMOTE_PREFIX}{uuid.uuid4().hex[:20]}"


async def store_at_vendor(workspace: Workspace, blockout: Blockout) -> list[CommandResult]:
    """One write per occurrence (up to its `until`) and provider (each of the account's, for
    a blockout of every provider); sent at once when the account runs here, else left to the
    sync (the command line's store, a clinic desk's agent). None when the vendor cannot."""
    if not workspace.vendor_can(blockout.account, Capability.BLOCKOUTS):
        return []
    providers = [p.id for p in workspace.reference.providers_of(blockout.account)]
    send = blockout.account in workspace.connectors
    return [
        await workspace.execute(StoreBlockout(o), send=send)
        for o in vendor_occurrences(blockout, providers, _remote_id, workspace.clock.now())
    ]


async def remove_blockout(workspace: Workspace, blockout_id: int) -> bool:
    """Removed here; each occurrence sent to the vendor (or waiting to be) is deleted there,
    after its own write when that still waits. A refused one was never there. Refused as a
    whole while a desk works from its mirror (no removal queued for a blockout kept)."""
    if workspace.away:
        raise ServerAway()
    for removal in await _removals(workspace, blockout_id):
        send = removal.account in workspace.connectors
        await workspace.execute(removal, send=send)
    gone: bool = await workspace.worker.run(
        workspace.on_server, lambda store: store.remove_blockout(blockout_id)
    )
    if gone:
        await workspace.publish(Changes(blockouts=True))
    return gone


async def _removals(workspace: Workspace, blockout_id: int) -> list[RemoveBlockout]:
    """A deletion for each occurrence stored at the vendor or on its way there: as its row
    says, or as the outbox holds its write (a clinic desk stores the write only: the agent
    writes the row when the vendor answers)."""
    rows = await workspace.worker.run(workspace.cache.blockout_remotes, blockout_id)
    waiting = {
        e.client_key: e.command
        for e in await workspace.outbox_entries()
        if e.kind == StoreBlockout.kind and e.waiting and e.payload["blockout_id"] == blockout_id
    }
    removals = [
        RemoveBlockout(o, f"{PENDING}{o.remote_id}" if o.remote_id in waiting else None)
        for o in rows
        if o.state is Remote.STORED or o.remote_id in waiting
    ]
    known = {o.remote_id for o in rows}
    removals += [
        RemoveBlockout(store.occurrence, f"{PENDING}{key}")
        for key, store in waiting.items()
        if key not in known and isinstance(store, StoreBlockout)
    ]
    return removals


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
