"""The outbox table's SQL on PostgreSQL: store/outbox_table.py's methods, statement for
statement, so the sending logic (sync/outbox.py) can run on either store.

Each call runs on the store's connection of the moment: inside `PgStore.transaction()` on this
thread, that transaction's; otherwise a pooled connection in autocommit. Rows come back as
dicts with the same keys as SQLite's rows (sync/outbox_records.py reads either).

Claims lock the row first (`claimable`: FOR UPDATE SKIP LOCKED), so several senders on one
database (sync agents, one of them the leader) never take the same entry at once.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from frontdesk.store.outbox_table import FAILED, UNKNOWN, WAITING

if TYPE_CHECKING:
    from psycopg.rows import DictRow

    from frontdesk.store.pg.store import PgStore


class PgOutboxTable:
    def __init__(self, store: PgStore) -> None:
        self._store = store

    def _run(self, sql: Any, params: Any = ()) -> list[DictRow]:
        with self._store.connection() as conn:
            cur = conn.execute(sql, params)
            return cur.fetchall() if cur.description else []

    def _count(self, sql: Any, params: Any = ()) -> int:
        with self._store.connection() as conn:
            return max(conn.execute(sql, params).rowcount, 0)

    # -- writes ------------------------------------------------------------------------------
    def insert(
        self,
        account: str,
        kind: str,
        key: str,
        payload: dict[str, Any],
        at: int,
        target: str | None,
    ) -> int:
        rows = self._run(
            "INSERT INTO outbox (account, kind, client_key, payload, created_at, updated_at,"
            " target_id) VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
            (account, kind, key, json.dumps(payload), at, at, target),
        )
        return int(rows[0]["id"])

    def claim(self, entry_id: int, owner: str, now: int) -> None:
        """Marked as possibly sent before its request leaves."""
        self._run(
            "UPDATE outbox SET state = %s, claimed_by = %s, sending_at = %s,"
            " attempts = attempts + 1, updated_at = %s WHERE id = %s",
            (UNKNOWN, owner, now, now, entry_id),
        )

    def release(self, entry_id: int, state: str, due: int) -> None:
        """Not sent after all (it waits for something): the attempt does not count."""
        self._run(
            "UPDATE outbox SET state = %s, claimed_by = NULL,"
            " attempts = GREATEST(attempts - 1, 0), next_attempt_at = %s WHERE id = %s",
            (state, due, entry_id),
        )

    def retry(self, entry_id: int, state: str, error: str, due: int, now: int) -> None:
        self._run(
            "UPDATE outbox SET state = %s, last_error = %s, next_attempt_at = %s,"
            " claimed_by = NULL, updated_at = %s WHERE id = %s",
            (state, error, due, now, entry_id),
        )

    def fail(self, entry_id: int, error: str, alternatives: list[dict[str, Any]], now: int) -> None:
        self._run(
            "UPDATE outbox SET state = %s, last_error = %s, alternatives = %s,"
            " claimed_by = NULL, updated_at = %s WHERE id = %s",
            (FAILED, error, json.dumps(alternatives), now, entry_id),
        )

    def rewrite(self, entry_id: int, payload: dict[str, Any], target: str | None) -> None:
        """A waiting write now refers to the vendor's record instead of a placeholder."""
        self._run(
            "UPDATE outbox SET payload = %s, target_id = %s WHERE id = %s",
            (json.dumps(payload), target, entry_id),
        )

    def delete(self, entry_id: int) -> None:
        self._run("DELETE FROM outbox WHERE id = %s", (entry_id,))

    def dismiss(self, entry_id: int) -> None:
        self._run("DELETE FROM outbox WHERE id = %s AND state = %s", (entry_id, FAILED))

    def wake(self, account: str) -> int:
        return self._count(
            "UPDATE outbox SET next_attempt_at = 0 WHERE account = %s AND state IN (%s, %s)",
            (account, *WAITING),
        )

    # -- reads -------------------------------------------------------------------------------
    def claimable(self, entry_id: int) -> DictRow | None:
        """The row, locked for this transaction; None when another sender holds its lock
        (several agents or a desk's fallback on one database never send an entry twice)."""
        rows = self._run("SELECT * FROM outbox WHERE id = %s FOR UPDATE SKIP LOCKED", (entry_id,))
        return rows[0] if rows else None

    def row(self, entry_id: int) -> DictRow | None:
        rows = self._run("SELECT * FROM outbox WHERE id = %s", (entry_id,))
        return rows[0] if rows else None

    def rows(self, account: str | None = None) -> list[DictRow]:
        return self._run(
            "SELECT * FROM outbox WHERE (%(account)s::text IS NULL OR account = %(account)s)"
            " ORDER BY id",
            {"account": account},
        )

    def waiting_rows(self, account: str, target: str | None = None) -> list[DictRow]:
        """Queued and unknown writes of `account` (about `target` only, if given), oldest first."""
        return self._run(
            "SELECT * FROM outbox WHERE account = %(account)s AND state IN (%(q)s, %(u)s)"
            " AND (%(target)s::text IS NULL OR target_id = %(target)s) ORDER BY id",
            {"account": account, "q": WAITING[0], "u": WAITING[1], "target": target},
        )

    def waiting_count(self, account: str | None = None) -> int:
        rows = self._run(
            "SELECT COUNT(*) AS n FROM outbox WHERE state IN (%(q)s, %(u)s)"
            " AND (%(account)s::text IS NULL OR account = %(account)s)",
            {"account": account, "q": WAITING[0], "u": WAITING[1]},
        )
        return int(rows[0]["n"])

    def waiting_counts(self) -> dict[str, int]:
        """Writes not yet confirmed, per account (the status bar's counts)."""
        rows = self._run(
            "SELECT account, COUNT(*) AS n FROM outbox WHERE state IN (%s, %s) GROUP BY account",
            WAITING,
        )
        return {str(r["account"]): int(r["n"]) for r in rows}

    def due_ids(self, now: int, account: str | None = None) -> list[int]:
        rows = self._run(
            "SELECT id FROM outbox WHERE state IN (%(q)s, %(u)s) AND next_attempt_at <= %(now)s"
            " AND (%(account)s::text IS NULL OR account = %(account)s) ORDER BY id",
            {"q": WAITING[0], "u": WAITING[1], "now": now, "account": account},
        )
        return [int(r["id"]) for r in rows]

    # -- cached rows a settled write changes -----------------------------------------------------
    def drop_appointment(self, account: str, appointment_id: str) -> None:
        self._run(
            "DELETE FROM appointments WHERE account = %s AND id = %s", (account, appointment_id)
        )

    def repoint_patient(self, account: str, placeholder: str, patient_id: str) -> None:
        """Appointments drawn for a patient still being created now name the real patient."""
        self._run(
            "UPDATE appointments SET patient_id = %s WHERE account = %s AND patient_id = %s",
            (patient_id, account, placeholder),
        )

    def settle_patient(self, account: str, patient_id: str) -> None:
        """The patient's row shows what the vendor has: no longer pending."""
        self._run(
            "UPDATE patients SET pending = false WHERE account = %s AND id = %s",
            (account, patient_id),
        )
