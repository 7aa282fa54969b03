"""The first page of a name search, read from an index in the results' own order (issue 13).

FTS5 finds every patient with a word starting with each word typed, but the results are ranked
by surname: a short prefix (`d`, `va`) sorted tens of thousands of matches to show 50, so a search
cost grew with the cache. The common name search is answered by walking two tables instead, and
stops at `limit`:

- `name_keys (kind, key, last_fold, first_name, patient)`, clustered on all five, so a key's rows
  come in the results' order (surname, first name, rowid). Per patient: the first PREFIX
  characters' prefixes of each surname "tail" (the folded surname, and what follows each space
  in it, as the ranking's `LIKE '% lead%'` reads it: SURNAME); the first PREFIX + 1 characters
  of each later tail (LATER, for a lead longer than PREFIX); its exact name_key (EXACT).
- `name_words (patient, words, last_fold, first_name, keys)`: the folded words of its names and
  e-mail (" jan peeters12 gmail com"), to check the other words typed, and what was written to
  `name_keys` for it, to replace it.

The exact names come first, then the surnames with a word starting with the first word typed:
when those fill the page they are the page, exactly the full-text path's first rows. Otherwise
(a first name typed, a rare surname, a multi-word walk that reads too far) the full-text path
answers, as before. Words here are folded as `fold` does: FTS5's unicode61 reads a few
characters otherwise (it keeps `ß`, where `fold` gives `ss`), so for such names this path finds
what the full-text path missed; `tests/store/test_search_pages.py` compares both on generated
people.
"""

from __future__ import annotations

import heapq
import re
import sqlite3
from collections.abc import Iterable, Sequence

from frontdesk.domain.search_terms import WORD, SearchPlan, fold, name_key

PREFIX = 3  # the longest key of a surname tail; a longer lead seeks within its first 3
SURNAME, LATER, EXACT = 0, 1, 2
EXAMINE = 400  # rows a walk with other words to check reads before leaving it to the FTS path
VERSION = 1  # bumped when the keys change: Cache rebuilds both tables (search_state)
TOKEN = re.compile(r"[^\W_]+")  # FTS5's unicode61 splits on "_" too
HAS_WORD = "instr(w.words, ' ' || ?) > 0"

Key = tuple[int, str]
Row = tuple[str, str, int]  # last_fold, first_name, patient: the results' order


def tails(last_fold: str) -> list[str]:
    """The folded surname and what follows each space in it: "van de velde" -> "van de velde",
    "de velde", "velde"."""
    later = (last_fold[i + 1 :] for i, c in enumerate(last_fold) if c == " ")
    return [t for t in (last_fold, *later) if t]


def keys_of(last_fold: str, first_name: str, last_name: str) -> list[Key]:
    out: set[Key] = {(EXACT, name_key(first_name, last_name))}
    for n, tail in enumerate(tails(last_fold)):
        out.update((SURNAME, tail[:k]) for k in range(1, PREFIX + 1))
        if n:
            out.add((LATER, tail[: PREFIX + 1]))
    return sorted(out)


def words_of(*texts: str | None) -> str:
    found = dict.fromkeys(w for t in texts if t for w in TOKEN.findall(fold(t)))
    return "".join(" " + w for w in found)


def write(
    conn: sqlite3.Connection,
    patient: int,
    last_fold: str,
    first_name: str,
    last_name: str,
    owner: str | None,
    email: str | None,
) -> None:
    """Index one patient (inside the caller's transaction), replacing what it had."""
    keys = keys_of(last_fold, first_name, last_name)
    stored = "\n".join(f"{kind}{key}" for kind, key in keys)
    old = conn.execute(
        "SELECT last_fold, first_name, keys FROM name_words WHERE patient = ?", (patient,)
    ).fetchone()
    if old is None or tuple(old) != (last_fold, first_name, stored):
        if old is not None:
            _remove_keys(conn, patient, old[0], old[1], old[2])
        conn.executemany(
            "INSERT OR IGNORE INTO name_keys VALUES (?, ?, ?, ?, ?)",
            [(kind, key, last_fold, first_name, patient) for kind, key in keys],
        )
    conn.execute(
        "INSERT INTO name_words VALUES (?, ?, ?, ?, ?) ON CONFLICT (patient) DO UPDATE SET"
        " words = excluded.words, last_fold = excluded.last_fold,"
        " first_name = excluded.first_name, keys = excluded.keys",
        (patient, words_of(last_name, first_name, owner, email), last_fold, first_name, stored),
    )


def _remove_keys(
    conn: sqlite3.Connection, patient: int, last_fold: str, first_name: str, stored: str
) -> None:
    conn.executemany(
        "DELETE FROM name_keys WHERE kind = ? AND key = ? AND last_fold = ? AND first_name = ?"
        " AND patient = ?",
        [(int(k[0]), k[1:], last_fold, first_name, patient) for k in stored.split("\n") if k],
    )


def remove(conn: sqlite3.Connection, patients: Iterable[int]) -> None:
    for patient in patients:
        old = conn.execute(
            "SELECT last_fold, first_name, keys FROM name_words WHERE patient = ?", (patient,)
        ).fetchone()
        if old is not None:
            _remove_keys(conn, patient, old[0], old[1], old[2])
            conn.execute("DELETE FROM name_words WHERE patient = ?", (patient,))


def remove_account(conn: sqlite3.Connection, account: str) -> None:
    """Before the account's patients are deleted: one pass over the index, not one per patient."""
    for table in ("name_keys", "name_words"):
        conn.execute(
            f"DELETE FROM {table} WHERE patient IN (SELECT rowid FROM patients WHERE account = ?)",
            (account,),
        )


def is_current(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT version FROM search_state WHERE name = 'names'").fetchone()
    return row is not None and row[0] == VERSION


def rebuild(conn: sqlite3.Connection) -> None:
    """Index every cached patient anew (inside the caller's transaction): after the upgrade
    that added these tables, or a change of VERSION."""
    conn.execute("DELETE FROM name_keys")
    conn.execute("DELETE FROM name_words")
    rows = conn.execute(
        "SELECT rowid, last_fold, first_name, last_name, owner_name, email FROM patients"
    )
    while batch := rows.fetchmany(2000):
        for r in batch:
            write(conn, r[0], r[1], r[2], r[3], r[4], r[5])
    conn.execute(
        "INSERT INTO search_state VALUES ('names', ?) ON CONFLICT (name)"
        " DO UPDATE SET version = excluded.version",
        (VERSION,),
    )


# -- the walk -----------------------------------------------------------------------------------
def _after(prefix: str) -> str:
    """The least string above every string starting with `prefix`."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _walk(
    conn: sqlite3.Connection,
    where: str,
    params: Sequence[object],
    need: int,
    tests: Sequence[tuple[str, str]] = (),
) -> list[Row] | None:
    """The first `need` rows of `where` in the results' order that pass every test (SQL over
    `k` and the patient's words `w`, one parameter each), or None when finding them would read
    more than EXAMINE rows."""
    order = f" WHERE {where} ORDER BY k.last_fold, k.first_name, k.patient LIMIT ?"
    if not tests:
        rows = conn.execute(
            "SELECT k.last_fold, k.first_name, k.patient FROM name_keys k" + order,
            (*params, need),
        ).fetchall()
        return [(r[0], r[1], r[2]) for r in rows]
    read = conn.execute(
        f"SELECT k.last_fold, k.first_name, k.patient, {' AND '.join(t for t, _ in tests)}"
        " FROM name_keys k JOIN name_words w ON w.patient = k.patient" + order,
        (*(p for _, p in tests), *params, EXAMINE),
    ).fetchall()
    found = [(r[0], r[1], r[2]) for r in read if r[3]]
    if len(found) >= need or len(read) < EXAMINE:
        return found[:need]
    return None


def first_page(
    conn: sqlite3.Connection, found: SearchPlan, query: str, limit: int
) -> list[int] | None:
    """The rowids of the search's first `limit` hits, in order; None when this path cannot tell
    them (the full-text path then answers)."""
    words = WORD.findall(fold(query))
    lead = found.lead
    if (
        found.name is None
        or found.email is not None
        or found.phone is not None
        or not words
        or words[0] != lead
        or any(w.isdigit() or "_" in w for w in words)
    ):
        return None
    # Every other word typed starts a word of the patient's names or e-mail (FTS's AND).
    others = [(HAS_WORD, w) for w in dict.fromkeys(words[1:])]
    exact = _walk(conn, "k.kind = ? AND k.key = ?", (EXACT, found.name), limit)
    if len(lead) <= PREFIX:
        surname = _walk(conn, "k.kind = ? AND k.key = ?", (SURNAME, lead), limit, others)
    else:  # the surname starts with it (a range of its first 3's rows), or a later word does
        starts = _walk(
            conn,
            "k.kind = ? AND k.key = ? AND k.last_fold >= ? AND k.last_fold < ?",
            (SURNAME, lead[:PREFIX], lead, _after(lead)),
            limit,
            others,
        )
        later = _walk(
            conn,
            "k.kind = ? AND k.key = ?",
            (LATER, lead[: PREFIX + 1]),
            limit,
            [*others, ("instr(k.last_fold, ' ' || ?) > 0", lead)],
        )
        surname = None if starts is None or later is None else list(heapq.merge(starts, later))
    if exact is None or surname is None:
        return None
    page = list(dict.fromkeys(patient for _l, _f, patient in [*exact, *surname]))
    return page[:limit] if len(page) >= limit else None
