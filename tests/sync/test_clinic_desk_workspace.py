"""A desk's workspace in clinic mode (`hands_off`) asks no vendor: openings are refused with a
reason, and a write is stored for the agent, not sent."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from frontdesk.domain.clock import FixedClock
from frontdesk.domain.errors import NotSupported
from frontdesk.domain.models import BookingRequest, Service
from frontdesk.store.cache import Cache
from frontdesk.sync.commands import Book
from frontdesk.sync.workspace import HANDED_OFF, Workspace

NOW = datetime(2026, 12, 1, 9, tzinfo=UTC)


def test_a_hands_off_desk_asks_no_vendor(tmp_path: Path) -> None:
    async def run() -> None:
        workspace = Workspace(Cache(tmp_path / "c.sqlite3"), FixedClock(NOW), [])
        workspace.hands_off = True
        try:
            service = Service("A", "s1", "Consult", 20)
            with pytest.raises(NotSupported, match="clinic mode"):
                await workspace.openings(service, NOW, NOW + timedelta(days=1))
            request = BookingRequest("A", "p1", "s1", "x", NOW, NOW + timedelta(minutes=20))
            result = await workspace.execute(Book(request))
            assert result.entry is not None and str(result.error) == HANDED_OFF
            assert [e.kind for e in await workspace.outbox_entries()] == ["book"]
            # Nothing drawn: the synced tables are the agent's.
            assert await workspace.appointments_between(NOW, NOW + timedelta(hours=1)) == []
        finally:
            await workspace.aclose()

    asyncio.run(run())
