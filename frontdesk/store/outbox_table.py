"""The outbox table's SQL, and the few cached rows the outbox's settling touches directly.

A small class over the cache's connection: every statement about stored writes lives here, so
sync.outbox keeps the sending logic only. Methods run on the caller's thread and connection
(inside the caller's transaction when there is one). Payloads go in as dicts and come back as
the rows' JSON text (sync.outbox_records reads rows into entries).
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from frontdesk.store.cache import Cache

QUEUED, UNKNOWN, FAILED = "queued", "unknown", "failed"
WAITING = (QUEUED, UNKNOWN)


class OutboxTable:
    def __init__(self, source: Cache | sqlite3.Connection) -> None:
        self._source = source

    @property
    def conn(self) -> sqlite3.Connection:
        # The cache hands each thread its own connection: ask at every call.
        source = self._source
        return source if isinstance(source, sqlite3.Connection) else source.conn

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
        entry_id = self.conn.execute(
            "INSERT INTO outbox (account, kind, client_key, payload, created_at, updated_at,"
            " target_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (account, kind, key, json.dumps(payload), at, at, target),
        ).lastrowid
        assert entry_id is not None
        return entry_id

    def claim(self, entry_id: int, owner: str, now: int) -> None:
        """Marked as possibly sent before its request leaves."""
        self.conn.execute(
            "UPDATE outbox SET state = ?, claimed_by = ?, sending_at = ?, attempts = attempts + 1,"
            " updated_at = ? WHERE id = ?",
            (UNKNOWN, owner, now, now, entry_id),
        )

    def release(self, entry_id: int, state: str, due: int) -> None:
        """Not sent after all (it waits for something): the attempt does not count."""
        self.conn.execute(
            "UPDATE outbox SET state = ?, claimed_by = NULL, attempts = MAX(attempts - 1, 0),"
            " next_attempt_at = ? WHERE id = ?",
            (state, due, entry_id),
        )

    def retry(self, entry_id: int, state: str, error: str, due: int, now: int) -> None:
        self.conn.execute(
            "UPDATE outbox SET state = ?, last_error = ?, next_attempt_at = ?, claimed_by = NULL,"
            " updated_at = ? WHERE id = ?",
            (state, error, due, now, entry_id),
        )

    def fail(self, entry_id: int, error: str, alternatives: list[dict[str, Any]], now: int) -> None:
        self.conn.execute(
            "UPDATE outbox SET state = ?, last_error = ?, alternatives = ?, claimed_by = NULL,"
            " updated_at = ? WHERE id = ?",
            (FAILED, error, json.dumps(alternatives), now, entry_id),
        )

    def rewrite(self, entry_id: int, payload: dict[str, Any], target: str | None) -> None:
        """A waiting write now refers to the vendor's record instead of a placeholder."""
        self.conn.execute(
            "UPDATE outbox SET payload = ?, target_id = ? WHERE id = ?",
            (json.dumps(payload), target, entry_id),
        )

    def delete(self, entry_id: int) -> None:
        self.conn.execute("DELETE FROM outbox WHERE id = ?", (entry_id,))

    def dismiss(self, entry_id: int) -> None:
        self.conn.execute("DELETE FROM outbox WHERE id = ? AND state = ?", (entry_id, FAILED))

    def wake(self, account: str) -> int:
        cursor = self.conn.execute(
            "UPDATE outbox SET next_attempt_at = 0 WHERE account = ? AND state IN (?, ?)",
            (account, *WAITING),
        )
        return int(cursor.rowcount)

    # -- reads -------------------------------------------------------------------------------
    def claimable(self, entry_id: int) -> sqlite3.Row | None:
        """The row to claim: SQLite's one writer already keeps two claims apart."""
        return self.row(entry_id)

    def row(self, entry_id: int) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.conn.execute(
            "SELECT * FROM outbox WHERE id = ?", (entry_id,)
        ).fetchone()
        return row

    def rows(self, account: str | None = None) -> list[sqlite3.Row]:
        return self.conn.execute(
            "SELECT * FROM outbox WHERE (? IS NULL OR account = ?) ORDER BY id", (account, account)
        ).fetchall()

    def waiting_rows(self, account: str, target: str | None = None) -> list[sqlite3.Row]:
        """Queued and unknown writes of `account` (about `target` only, if given), oldest first."""
        return self.conn.execute(
            "SELECT * FROM outbox WHERE account = ? AND state IN (?, ?)"
            " AND (? IS NULL OR target_id = ?) ORDER BY id",
            (account, *WAITING, target, target),
        ).fetchall()

    def waiting_count(self, account: str | None = None) -> int:
        row = self.conn.execute(
            "SELECT COUNT(*) FROM outbox WHERE state IN (?, ?) AND (? IS NULL OR account = ?)",
            (*WAITING, account, account),
        ).fetchone()
        return int(row[0])

    def waiting_counts(self) -> dict[str, int]:
        """Writes not yet confirmed, per account (the status bar's counts)."""
        rows = self.conn.execute(
            "SELECT account, COUNT(*) FROM outbox WHERE state IN (?, ?) GROUP BY account",
            WAITING,
        ).fetchall()
        return {str(r[0]): int(r[1]) for r in rows}

    def due_ids(self, now: int, account: str | None = None) -> list[int]:
        rows = self.conn.execute(
            "SELECT id FROM outbox WHERE state IN (?, ?) AND next_attempt_at <= ?"
            " AND (? IS NULL OR account = ?) ORDER BY id",
            (*WAITING, now, account, account),
        ).fetchall()
        return [int(r[0]) for r in rows]

    # -- cached rows a settled write changes -----------------------------------------------------
    def drop_appointment(self, account: str, appointment_id: str) -> None:
        self.conn.execute(
            "DELETE FROM appointments WHERE account = ? AND id = ?", (account, appointment_id)
        )

    def repoint_patient(self, account: str, placeholder: str, patient_id: str) -> None:
        """Appointments drawn for a patient still being created now name the real patient."""
        self.conn.execute(
            "UPDATE appointments SET patient_id = ? WHERE account = ? AND patient_id = ?",
            (patient_id, account, placeholder),
        )

    def settle_patient(self, account: str, patient_id: str) -> None:
        """The patient's row shows what the vendor has: no longer pending."""
        self.conn.execute(
            "UPDATE patients SET pending = 0 WHERE account = ? AND id = ?", (account, patient_id)
        )
