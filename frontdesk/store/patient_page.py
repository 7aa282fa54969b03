"""A page of patients written in a few statements (issue 13: no GUI-thread stall in a sync).

Everything Python has to work out (folded names, name keys, the search index's tokens) is
worked out first, with no SQL in between: a thread waiting for the GIL meanwhile gets it
after one switch interval. Then SQLite writes the rows, the search index and the name and
phone indexes in a handful of statements over `json_each` (store/json_rows.py), each with the
GIL released throughout, instead of three statements per patient.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from datetime import date

from frontdesk.domain.models import Patient
from frontdesk.store import json_rows, name_index, phone_index
from frontdesk.store.search import birth_token, fold, name_key, phone_tokens

UPSERT = (
    "INSERT INTO patients (account, id, first_name, last_name, last_fold, birth_date, phone,"
    " email, active, owner_name, vendor_ref, updated_at, pending, name_key, location_id) "
    + json_rows.each(15)
    + " ON CONFLICT (account, id) DO UPDATE SET first_name = excluded.first_name,"
    " last_name = excluded.last_name, last_fold = excluded.last_fold,"
    " birth_date = excluded.birth_date, phone = excluded.phone,"
    " email = excluded.email, active = excluded.active,"
    " owner_name = excluded.owner_name, vendor_ref = excluded.vendor_ref,"
    " updated_at = excluded.updated_at, pending = excluded.pending,"
    " name_key = excluded.name_key,"
    # A record read without its location (an edit's optimistic copy) keeps it.
    " location_id = COALESCE(excluded.location_id, patients.location_id)"
    " WHERE excluded.pending = 1 OR patients.pending = 0"
)
# The rows this write changed, by their place in the page: a patient with an edit waiting in
# the outbox (pending = 1) kept its row unless this write is pending too.
WRITTEN = (
    "SELECT j.key, p.rowid FROM json_each(?) AS j JOIN patients AS p"
    f" ON p.account = {json_rows.element('j.value', 0)}"
    f" AND p.id = {json_rows.element('j.value', 1)} WHERE p.pending = 0 OR ?"
)
SEARCH_DELETE = "DELETE FROM patient_search WHERE rowid IN (SELECT value FROM json_each(?))"
SEARCH_INSERT = (
    "INSERT INTO patient_search (rowid, last_name, first_name, owner, email, phone, birth) "
    + json_rows.each(7)
)


def search_row(
    rowid: int,
    last_name: str,
    first_name: str,
    owner: str | None,
    email: str | None,
    tokens: str,
    birth: date | None,
) -> tuple[int, str, str, str, str, str, str]:
    """One row of patient_search (`SEARCH_INSERT`); `tokens`: the phone number as
    `phone_tokens` reads it in the account's countries."""
    return (
        rowid,
        last_name,
        first_name,
        owner or "",
        email or "",
        tokens,
        birth_token(birth),
    )


def write(
    conn: sqlite3.Connection,
    patients: Sequence[Patient],
    regions: Mapping[str, tuple[str, ...]],
    pending: bool,
) -> int:
    """Insert or update `patients` inside the caller's transaction; `regions` are each
    account's countries (how its numbers are read). Answers how many were written."""
    # A page naming a patient twice: the last, as writing them in turn left it.
    latest = list({(p.account, p.id): p for p in patients}.values())
    folds = [fold(p.last_name) for p in latest]
    tokens = [phone_tokens(p.phone, regions.get(p.account, ())) for p in latest]
    rows = [
        (
            p.account,
            p.id,
            p.first_name,
            p.last_name,
            last_fold,
            p.birth_date.isoformat() if p.birth_date else None,
            p.phone,
            p.email,
            int(p.active),
            p.owner_name,
            p.vendor_ref,
            None if p.updated_at is None else int(p.updated_at.timestamp()),
            int(pending),
            name_key(p.first_name, p.last_name),
            p.location_id,
        )
        for p, last_fold in zip(latest, folds, strict=True)
    ]
    json_rows.run(conn, UPSERT, rows)
    keys = json_rows.bound([[p.account, p.id] for p in latest])
    rowids: dict[int, int] = dict(conn.execute(WRITTEN, (keys, int(pending))).fetchall())
    written = sorted(rowids)
    conn.execute(SEARCH_DELETE, (json_rows.bound([rowids[i] for i in written]),))
    search = []
    named: list[name_index.Named] = []
    phoned: list[phone_index.Indexed] = []
    for i in written:
        p, rowid, last_fold = latest[i], rowids[i], folds[i]
        search.append(
            search_row(
                rowid, p.last_name, p.first_name, p.owner_name, p.email, tokens[i], p.birth_date
            )
        )
        named.append((rowid, last_fold, p.first_name, p.last_name, p.owner_name, p.email))
        phoned.append((rowid, last_fold, p.first_name, tokens[i]))
    json_rows.run(conn, SEARCH_INSERT, search)
    name_index.write(conn, named)
    phone_index.write(conn, phoned)
    done = {(latest[i].account, latest[i].id) for i in written}
    return sum(1 for p in patients if (p.account, p.id) in done)
