"""Handing a desk's offline writes to the shared outbox exactly once (issue 14 item 8).

A desk that lost the server stored its writes in its own mirror (sync/mirror.py); on reconnect
each is inserted into the shared outbox with its own client key, in a transaction that also
records the key in `handed_off` (PostgreSQL migration 9). A hand-off repeated after a crash
between that commit and the desk's deleting its local row finds the key and inserts nothing,
even when the agent has sent and deleted the row meanwhile. A key the outbox's audit already
holds (a write whose commit was cut off by the loss but went through) is not handed again
either.
"""

from __future__ import annotations

from typing import Any

import psycopg


def first_hand_off(conn: psycopg.Connection[Any], client_key: str) -> bool:
    """Inside the caller's transaction: True when `client_key` was never handed over nor
    stored in the outbox; the key is then recorded (taken back with the transaction)."""
    row = conn.execute(
        "INSERT INTO handed_off (client_key) SELECT %(key)s"
        " WHERE NOT EXISTS (SELECT 1 FROM outbox_audit WHERE client_key = %(key)s)"
        " ON CONFLICT (client_key) DO NOTHING RETURNING client_key",
        {"key": client_key},
    ).fetchone()
    return row is not None
