"""Desks of one clinic on one PostgreSQL schema: what the clinic-mode sync tests share.

`conninfo` (a fixture: import it into the test module) is a fresh schema on the test server;
`clinic_desk` a desk's workspace on it (no connector: the agent sends, the desk hands off)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from frontdesk.domain.clock import FixedClock
from frontdesk.store.pg.store import PgStore
from frontdesk.sync.workspace import Workspace
from tests.support.pg_schema import fresh_schema
from tests.support.pg_server import RunningServer


@pytest.fixture
def conninfo(pg_server: RunningServer) -> Iterator[str]:
    with fresh_schema(pg_server.dsn) as info:
        yield info


def clinic_desk(conninfo: str, name: str, now: datetime) -> Workspace:
    workspace = Workspace(PgStore(conninfo), FixedClock(now), [])
    workspace.hands_off = True
    workspace.desk = name
    return workspace
