"""The clinic database's two roles, least privilege first.

- `frontdesk_agent`: the sync agent; owns nothing, writes everything the vendors' data and the
  outbox need.
- `frontdesk_desk`: a reception desk; reads the book, searches patients, inserts commands into
  the outbox and refresh requests, writes its own pins and the shared waitlist, blockouts and
  series, and nothing else: no direct writes to synced tables.

Roles are cluster-wide and need CREATEROLE, so they are not a schema migration (a desk or the
agent opening the database may not hold that right): the clinic's administrator runs
`ensure_roles` once per database, and again after an upgrade that added tables (it is
idempotent). Login users are then made members, e.g.
`CREATE ROLE desk_3 LOGIN PASSWORD '...' IN ROLE frontdesk_desk`.
"""

from __future__ import annotations

from typing import Any

import psycopg

AGENT = "frontdesk_agent"
DESK = "frontdesk_desk"
# What a desk may add rows to (never update nor delete: the agent settles them).
# claims: a booking dialog's hold; handed_off: the keys of writes queued offline (a mirror's);
# series: a series booked at the desk (issue 15)
DESK_INSERTS = (
    "outbox",
    "refresh_requests",
    "claims",
    "handed_off",
    "series",
    "series_appointments",
    "confirmation_calls",  # each call's outcome, kept by the desk that made it (issue 15)
)

_ROLES = f"""
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{AGENT}') THEN
        CREATE ROLE {AGENT} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{DESK}') THEN
        CREATE ROLE {DESK} NOLOGIN;
    END IF;
END $$;
"""


def ensure_roles(conn: psycopg.Connection[Any]) -> None:
    """Create both roles if missing and grant them this schema's tables (run as the owner)."""
    with conn.transaction():
        conn.execute(_ROLES.encode())
        schema = conn.execute("SELECT current_schema()").fetchone()
        name = psycopg.sql.Identifier(str(_first(schema)))
        sql = psycopg.sql.SQL
        for role in (AGENT, DESK):
            conn.execute(sql("GRANT USAGE ON SCHEMA {} TO {}").format(name, sql(role)))
        conn.execute(
            sql(
                "GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA {} TO {}"
            ).format(name, sql(AGENT))
        )
        conn.execute(
            sql("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {} TO {}").format(name, sql(AGENT))
        )
        conn.execute(sql("GRANT SELECT ON ALL TABLES IN SCHEMA {} TO {}").format(name, sql(DESK)))
        # A desk releases its own holds (the clash guard's claims); nothing else it may delete.
        conn.execute(sql("GRANT DELETE ON {}.claims TO {}").format(name, sql(DESK)))
        # The pinboard is each desk's own (issue 15 item 6): a desk pins and unpins.
        conn.execute(sql("GRANT INSERT, DELETE ON {}.pins TO {}").format(name, sql(DESK)))
        # The waitlist, blockouts and patient alerts are the clinic's own, shared by every desk
        # (issue 15): a desk adds and removes them (the change log tells the other desks of the
        # first two). An alert changed is removed and added again. A blockout removed takes
        # its occurrences at the vendor (blockout_remote) with it; the agent settles them.
        for table in ("waitlist", "blockouts", "blockout_remote", "patient_alerts"):
            conn.execute(
                sql("GRANT INSERT, DELETE ON {}.{} TO {}").format(
                    name, psycopg.sql.Identifier(table), sql(DESK)
                )
            )
        for table in DESK_INSERTS:
            conn.execute(
                sql("GRANT INSERT ON {}.{} TO {}").format(
                    name, psycopg.sql.Identifier(table), sql(DESK)
                )
            )


def _first(row: Any) -> Any:
    return row["current_schema"] if isinstance(row, dict) else row[0]
