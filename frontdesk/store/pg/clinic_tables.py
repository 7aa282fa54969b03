"""The tables only a clinic database has (migration 2): the sync agent's health, which every
desk reads, and the refreshes desks ask of the agent."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from frontdesk.store.pg.store import PgStore


@dataclass(frozen=True)
class AgentHealth:
    holder: str  # "host:pid" of the agent that leads
    started_at: datetime
    heartbeat: datetime
    # account -> {"last_sync": ISO text or None, "requests_left": int or None, "health": str}
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)


def write_health(
    store: PgStore, holder: str, started_at: datetime, accounts: dict[str, dict[str, Any]]
) -> None:
    """The heartbeat: the server's clock, so desks on skewed clocks agree on its age."""
    with store.connection() as conn:
        conn.execute(
            "INSERT INTO agent_health (holder, started_at, heartbeat, accounts)"
            " VALUES (%s, %s, now(), %s) ON CONFLICT (only_row) DO UPDATE SET"
            " holder = EXCLUDED.holder, started_at = EXCLUDED.started_at,"
            " heartbeat = EXCLUDED.heartbeat, accounts = EXCLUDED.accounts",
            (holder, started_at, json.dumps(accounts)),
        )


def read_health(store: PgStore) -> tuple[AgentHealth | None, datetime]:
    """The agent's last word (None: no agent ever ran) and the server's time now."""
    with store.connection() as conn:
        now = conn.execute("SELECT now() AS now").fetchone()
        row = conn.execute(
            "SELECT holder, started_at, heartbeat, accounts FROM agent_health"
        ).fetchone()
    assert now is not None
    if row is None:
        return None, now["now"]
    health = AgentHealth(row["holder"], row["started_at"], row["heartbeat"], row["accounts"])
    return health, now["now"]


def ask_refresh(store: PgStore, account: str | None = None) -> None:
    """A desk's F5 (or `frontdesk sync --server`): one row; the agent decides when."""
    with store.connection() as conn:
        conn.execute("INSERT INTO refresh_requests (account) VALUES (%s)", (account,))


def take_requests(store: PgStore) -> set[str | None]:
    """The open requests, marked served (None in the set: every account). One transaction:
    a request inserted meanwhile is left for the next round."""
    with store.transaction() as conn:
        rows = conn.execute(
            "UPDATE refresh_requests SET served_at = now() WHERE id IN (SELECT id FROM"
            " refresh_requests WHERE served_at IS NULL FOR UPDATE SKIP LOCKED)"
            " RETURNING account"
        ).fetchall()
    return {row["account"] for row in rows}
