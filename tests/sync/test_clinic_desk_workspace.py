"""A desk in clinic mode: its workspace (`hands_off`) asks no vendor (openings refused with a
reason, a write stored for the agent, not sent), and its server must be local or over TLS."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from frontdesk.domain.clock import FixedClock
from frontdesk.domain.errors import NotSupported
from frontdesk.domain.models import BookingRequest, Service
from frontdesk.store.accounts import InvalidSettings
from frontdesk.store.cache import Cache
from frontdesk.sync.clinic import parse
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


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://desk@db.clinic.example/frontdesk",
        "postgresql://desk@db.clinic.example/frontdesk?sslmode=prefer",
        "postgresql://desk@localhost/frontdesk?hostaddr=10.0.0.5",
        "host=10.0.0.5 dbname=frontdesk sslmode=allow",
    ],
)
def test_a_server_elsewhere_needs_tls(url: str) -> None:
    with pytest.raises(InvalidSettings, match="sslmode=verify-full"):
        parse(url)


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://desk@db.clinic.example/frontdesk?sslmode=verify-full",
        "postgresql://desk@127.0.0.1:5433/frontdesk",
        "postgresql://desk@[::1]/frontdesk",
        "host=/var/run/postgresql dbname=frontdesk",
    ],
)
def test_tls_or_this_computer_is_accepted(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGHOST", raising=False)
    assert parse(url)["dbname"] == "frontdesk"
