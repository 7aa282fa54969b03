"""The Progenda connector over real HTTP: uvicorn on 127.0.0.1, started and stopped here."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
import uvicorn

from frontdesk.connectors.account import AccountConfig
from frontdesk.connectors.registry import build_connector
from frontdesk.domain.clock import FixedClock
from frontdesk.domain.models import BookingRequest
from frontdesk.sandbox import progenda

pytestmark = pytest.mark.loopback
NOW = datetime(2026, 11, 18, 7, 0, tzinfo=UTC)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ReadyServer(uvicorn.Server):
    """uvicorn with an event set once it listens."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = asyncio.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.ready.set()


@pytest.fixture
async def server() -> AsyncIterator[tuple[str, progenda.ProgendaState]]:
    state = progenda.demo_state(FixedClock(NOW), patients=1200)
    port = free_port()
    config = uvicorn.Config(
        progenda.create_app(state), host="127.0.0.1", port=port, log_level="warning"
    )
    instance = ReadyServer(config)
    task = asyncio.create_task(instance.serve())
    await asyncio.wait_for(instance.ready.wait(), timeout=30)
    yield f"http://127.0.0.1:{port}/api/v2", state
    instance.should_exit = True
    await task


async def test_sync_and_book_over_loopback(server: tuple[str, progenda.ProgendaState]) -> None:
    base_url, state = server
    email, token = progenda.DEMO_USER
    account = AccountConfig(
        "Loopback", "progenda", base_url, {"user_email": email}, {"user_token": token}
    )
    async with httpx.AsyncClient() as client:
        connector = build_connector(account, client, FixedClock(NOW))
        assert len(await connector.list_providers()) == 8
        count = 0
        async for page in connector.iter_patients():
            count += len(page)
        assert count == 1200
        openings = await connector.find_openings("consult", NOW, NOW + timedelta(days=2), ["1"])
        request = BookingRequest(
            "Loopback",
            "1",
            "consult",
            "1",
            openings[0].start,
            openings[0].end,
            client_key="fd-loop-1",
        )
        appointment = await connector.book(request)
    assert any(a["remote_id"] == "fd-loop-1" for a in state.appointments.values())
    assert appointment.start == openings[0].start
