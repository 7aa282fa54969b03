"""The first page of a number search, from two ordered tables instead of full-text (issue 13).

FTS5 answers `"3246"*` by merging every indexed digit suffix starting with 3246 (thousands of
terms for "+32 46" or "0470") and sorting every match by name: 14 to 31 ms at 100,000 patients.
The same tokens (what `phone_tokens` writes in patient_search's phone column) are kept here:

- `phone_tokens` (token, patient): every token, so the patients whose number holds a rare digit
  string are one range read (`token >= '047012' AND token < '047012:'`);
- `phone_people` (patient, last_fold, first_name, forms, tokens): per patient with a number,
  its longest digit tokens (`forms`: every other digit token is a suffix of one of them), with an
  index on (last_fold, first_name, patient, forms) walked in the results' order when the digits
  typed are common: a token starts with D exactly when D occurs in a form, so the walk stops at
  the page's last hit.

A range of at most sqrt(SMALL * N) tokens is read and sorted; a larger one means many matches,
so the walk finds a page within about N / sqrt(SMALL * N) * limit rows. The page's order is the
full-text path's:
an exact number first, then a surname one of whose words starts with the first word typed (read
from the name index, `name_keys`), then surname, first name, rowid.
`tests/store/test_phone_pages.py` compares both paths.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable, Sequence

from frontdesk.domain.search_terms import EXACT_PHONE, MIN_SUFFIX, SearchPlan
from frontdesk.store import json_rows

VERSION = 1  # bumped when the tables change: Cache rebuilds them (search_state)
# Tokens read and sorted at most, per patient with a number; above it the ordered walk is
# cheaper. With M matches of N, reading costs about 2.5 us a match, the walk about 1 us a row
# for N / M * 50 rows (bench_search at 100,000 and 500,000): even at M = sqrt(20 N).
SMALL = 20
TIER_CANDIDATES = 500  # surnames starting with the digits typed: more goes to full text
SURNAME, PREFIX = 0, 3  # name_index's surname keys and their longest length

Indexed = tuple[int, str, str, str]
"""A patient to index: rowid, last_fold, first_name, its phone tokens as in patient_search."""


def forms_of(tokens: Iterable[str]) -> list[str]:
    """The digit tokens no other token ends with: every digit token is a suffix of one."""
    numeric = sorted({t for t in tokens if t.isdigit()}, key=len, reverse=True)
    out: list[str] = []
    for token in numeric:
        if not any(form.endswith(token) for form in out):
            out.append(token)
    return sorted(out)


# -- writing ------------------------------------------------------------------------------------
def write(conn: sqlite3.Connection, patients: Sequence[Indexed]) -> None:
    """Index patients (inside the caller's transaction), replacing what they had."""
    patients = list({p[0]: p for p in patients}.values())
    old: dict[int, str] = {}
    for first in range(0, len(patients), 500):
        part = [p[0] for p in patients[first : first + 500]]
        read = conn.execute(
            f"SELECT patient, tokens FROM phone_people WHERE patient IN ({','.join('?' * len(part))})",
            part,
        )
        old.update((r[0], r[1]) for r in read)
    gone: list[tuple[str, int]] = []
    added: list[tuple[str, int]] = []
    people: list[tuple[int, str, str, str, str]] = []
    empty: list[tuple[int]] = []
    for patient, last_fold, first_name, tokens in patients:
        before = old.get(patient)
        if before != tokens:
            if before:
                gone += [(t, patient) for t in before.split()]
            added += [(t, patient) for t in tokens.split()]
        if tokens.split():
            people.append(
                (patient, last_fold, first_name, " ".join(forms_of(tokens.split())), tokens)
            )
        elif before is not None:
            empty.append((patient,))
    conn.executemany("DELETE FROM phone_tokens WHERE token = ? AND patient = ?", gone)
    # One statement each, not one step per row (store/json_rows.py: the GUI thread's GIL).
    json_rows.run(conn, f"INSERT OR IGNORE INTO phone_tokens {json_rows.each(2)}", added)
    json_rows.run(
        conn,
        f"INSERT INTO phone_people {json_rows.each(5)} ON CONFLICT (patient) DO UPDATE SET"
        " last_fold = excluded.last_fold, first_name = excluded.first_name,"
        " forms = excluded.forms, tokens = excluded.tokens",
        people,
    )
    conn.executemany("DELETE FROM phone_people WHERE patient = ?", empty)


def remove(conn: sqlite3.Connection, patients: Iterable[int]) -> None:
    for patient in patients:
        for (tokens,) in conn.execute(
            "SELECT tokens FROM phone_people WHERE patient = ?", (patient,)
        ).fetchall():
            conn.executemany(
                "DELETE FROM phone_tokens WHERE token = ? AND patient = ?",
                [(t, patient) for t in tokens.split()],
            )
        conn.execute("DELETE FROM phone_people WHERE patient = ?", (patient,))


def remove_account(conn: sqlite3.Connection, account: str) -> None:
    """Before the account's patients are deleted."""
    for table in ("phone_tokens", "phone_people"):
        conn.execute(
            f"DELETE FROM {table} WHERE patient IN (SELECT rowid FROM patients WHERE account = ?)",
            (account,),
        )


def is_current(conn: sqlite3.Connection) -> bool:
    rows = conn.execute("SELECT version FROM search_state WHERE name = 'phones'").fetchall()
    return [r[0] for r in rows] == [VERSION]


def rebuild(conn: sqlite3.Connection) -> None:
    """Index every cached patient anew from patient_search's phone column (inside the
    caller's transaction): no number is parsed again."""
    for table in ("phone_tokens", "phone_people"):
        conn.execute(f"DELETE FROM {table}")
    rows = conn.execute(
        "SELECT p.rowid, p.last_fold, p.first_name, s.phone FROM patient_search s"
        " JOIN patients p ON p.rowid = s.rowid WHERE s.phone != ''"
    )
    while batch := rows.fetchmany(5000):
        write(conn, [(r[0], r[1], r[2], r[3]) for r in batch])
    conn.execute(
        "INSERT INTO search_state VALUES ('phones', ?) ON CONFLICT (name)"
        " DO UPDATE SET version = excluded.version",
        (VERSION,),
    )


# -- reading ------------------------------------------------------------------------------------
def _marks(items: Sequence[object]) -> str:
    return ",".join("?" * len(items))


def first_page(conn: sqlite3.Connection, found: SearchPlan, limit: int) -> list[int] | None:
    """The rowids of a number search's first `limit` hits, in the full-text path's order; None
    when this path cannot tell them. Needs the name index current (for the surname tier)."""
    prefixes = found.digit_prefixes
    lead = found.lead.replace("%", "").replace("_", "")
    if found.birth_too and any(_may_start_a_birth(conn, p) for p in prefixes):
        return None  # "1990": births are in the full-text index only
    if (
        not prefixes
        or any(len(p) < MIN_SUFFIX or not (p.isascii() and p.isdigit()) for p in prefixes)
        or any(not k.startswith(EXACT_PHONE) for k in found.exact_phones)
        or not lead
    ):
        return None
    exact = {
        r[0]
        for r in conn.execute(
            f"SELECT patient FROM phone_tokens WHERE token IN ({_marks(found.exact_phones)})",
            found.exact_phones,
        )
    }
    # A surname one of whose words starts with the first word typed ranks before the others.
    named = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT patient FROM name_keys WHERE kind = ? AND key = ? LIMIT ?",
            (SURNAME, lead[:PREFIX], TIER_CANDIDATES + 1),
        )
    ]
    if len(named) > TIER_CANDIDATES:
        return None
    first: dict[int, tuple[str, str, str]] = {}
    wanted = [*exact, *named]
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        for patient, last_fold, first_name, forms in conn.execute(
            "SELECT patient, last_fold, first_name, forms FROM phone_people"
            f" WHERE patient IN ({_marks(part)})",
            part,
        ):
            first[patient] = (last_fold, first_name, forms)
    tier = {
        p
        for p in named
        if p in first and (first[p][0].startswith(lead) or f" {lead}" in first[p][0])
    }

    def matches(patient: int) -> bool:
        return patient in exact or any(d in first[patient][2] for d in prefixes)

    head = sorted(
        (p for p in exact | tier if p in first and matches(p)),
        key=lambda p: (p not in exact, p not in tier, first[p][0], first[p][1], p),
    )
    if len(head) >= limit:
        return head[:limit]
    taken = set(head)
    return (
        head
        + [p for p in _in_order(conn, prefixes, limit + len(head)) if p not in taken][
            : limit - len(head)
        ]
    )


def _may_start_a_birth(conn: sqlite3.Connection, typed: str) -> bool:
    """Whether a birth token (YYYYMMDD) starts with these digits: read off the index on
    birth_date (ISO), or yes when a birth before the year 1000 is cached (strftime writes its
    year unpadded)."""
    if len(typed) > 8:
        return False
    iso = "-".join(part for part in (typed[:4], typed[4:6], typed[6:8]) if part)
    found = conn.execute(
        "SELECT 1 FROM patients WHERE (birth_date >= ? AND birth_date < ?) OR birth_date < '1000'"
        " LIMIT 1",
        (iso, iso + "~"),
    ).fetchall()
    return bool(found)


def _in_order(conn: sqlite3.Connection, prefixes: Sequence[str], count: int) -> list[int]:
    """The first `count` patients with a token starting with one of `prefixes`, by surname,
    first name and rowid."""
    ranges = " OR ".join("(token >= ? AND token < ?)" for _ in prefixes)
    bounds = [b for p in prefixes for b in (p, p + ":")]  # ":" follows "9"
    people = conn.execute("SELECT max(patient) FROM phone_people").fetchall()[0][0] or 0
    small = math.isqrt(SMALL * people)  # rowids: about the number of patients, in log time
    tokens = conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM phone_tokens WHERE {ranges} LIMIT ?)",
        (*bounds, small + 1),
    ).fetchall()[0][0]
    if tokens <= small:  # few: read them and sort
        rows = conn.execute(
            "SELECT patient FROM phone_people WHERE patient IN"
            f" (SELECT patient FROM phone_tokens WHERE {ranges})"
            " ORDER BY last_fold, first_name, patient LIMIT ?",
            (*bounds, count),
        )
    else:  # many: walk everyone in order, a page of hits comes soon
        held = " OR ".join("instr(forms, ?) > 0" for _ in prefixes)
        rows = conn.execute(
            f"SELECT patient FROM phone_people INDEXED BY phone_people_order WHERE {held}"
            " ORDER BY last_fold, first_name, patient LIMIT ?",
            (*prefixes, count),
        )
    return [r[0] for r in rows.fetchall()]
