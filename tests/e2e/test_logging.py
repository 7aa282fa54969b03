"""Verbose logs name requests but never carry credentials or patient data."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest

from frontdesk.__main__ import configure_logging
from tests.connectors.harness import make_rig
from tests.connectors.harnesses.progenda import HARNESS


async def test_verbose_logging_never_shows_the_token_or_a_search(
    caplog: pytest.LogCaptureFixture,
) -> None:
    configure_logging(verbose=True)
    caplog.set_level(logging.DEBUG)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # caplog lowers levels; restore ours
    rig = make_rig(HARNESS, datetime(2026, 11, 18, 7, 0, tzinfo=UTC))
    await rig.connector.list_locations()
    async for _ in rig.connector.iter_patients():
        break
    await rig.client.aclose()
    assert "GET centers" in caplog.text
    assert "demo-token" not in caplog.text
    assert "Van Hecke" not in caplog.text
