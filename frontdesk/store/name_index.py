"""The first page of a name search, read from an index in the results' own order (issue 13).

FTS5 finds every patient with a word starting with each word typed, but the results are ranked
by surname: a short prefix (`d`, `va`) or a common surname sorted tens of thousands of matches
to show 50, so a search cost grew with the cache. A name search is answered from `name_keys`
instead, clustered on (kind, key, last_fold, first_name, patient), so that a key's rows come in
the results' order (surname, first name, rowid). Per patient:

- SURNAME: the prefixes, up to PREFIX characters, of each surname "tail": the folded surname and
  what follows each space in it, as the ranking's `LIKE '% lead%'` reads it ("van de velde",
  "de velde", "velde");
- LATER: the first PREFIX + 1 characters of each later tail (for a lead longer than PREFIX);
- OTHER: the prefixes, up to PREFIX characters, of every other word of its names and of its
  e-mail's local part, when SURNAME does not already hold them;
- EXACT: its name_key.

Then the page is, in order: the exact names; the patients a word of whose surname starts with
the first word typed (tier 1); the others (tier 2), each tier having every other word typed.
The tiers are walked in order, and the other words by leapfrogging: each word's rows (SURNAME
and OTHER under its first PREFIX characters) are sought from the current row onwards, so a long
run of non-matches ("van damme" while "van hec" is typed) costs one seek, not a row each. A word
longer than PREFIX is checked on the candidates (`name_words`: their folded words).

The full-text path answers what this cannot: numbers, dates, e-mail, and a word that may start a
word of an e-mail's domain (`email_domain_words`: "gmail" for `peeters gm`). Words are folded as
`fold` does; FTS5's unicode61 reads a few characters otherwise (it keeps `ß`, where `fold` gives
`ss`), so for such names this path finds what the full-text path missed.
`tests/store/test_search_pages.py` compares both paths on generated people.
"""

from __future__ import annotations

import bisect
import functools
import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence

from frontdesk.domain.search_terms import WORD, SearchPlan, fold, name_key
from frontdesk.store import json_rows

PREFIX = 3  # the longest key of a word; a longer word seeks under its first 3 and is checked
SURNAME, LATER, OTHER, EXACT = 0, 1, 2, 3
BATCH = 64  # rows read per seek
VERSION = 1  # bumped when the keys change: Cache rebuilds the tables (search_state)
TOKEN = re.compile(r"[^\W_]+")  # FTS5's unicode61 splits on "_" too

Key = tuple[int, str]
Row = tuple[str, str, int]  # last_fold, first_name, patient: the results' order
START: Row = ("", "", -1)


# -- writing ------------------------------------------------------------------------------------
def tails(last_fold: str) -> list[str]:
    """The folded surname and what follows each space in it: "van de velde" -> "van de velde",
    "de velde", "velde"."""
    later = (last_fold[i + 1 :] for i, c in enumerate(last_fold) if c == " ")
    return [t for t in (last_fold, *later) if t]


def _split_email(email: str | None) -> tuple[str, str]:
    local, _at, domain = (email or "").partition("@")
    return local, domain


@functools.lru_cache(maxsize=8192)
def _name_words(text: str) -> tuple[str, ...]:
    """The folded words of a name: names repeat, so a sync's pages fold each one once."""
    return tuple(TOKEN.findall(fold(text)))


def _words(text: str | None) -> tuple[str, ...]:
    return _name_words(text) if text else ()


def keys_of(
    last_fold: str, first_name: str, last_name: str, owner: str | None, email: str | None
) -> list[Key]:
    out: set[Key] = {(EXACT, name_key(first_name, last_name))}
    for n, tail in enumerate(tails(last_fold)):
        out.update((SURNAME, tail[:k]) for k in range(1, PREFIX + 1))
        if n:
            out.add((LATER, tail[: PREFIX + 1]))
    surname = {key for kind, key in out if kind == SURNAME}
    local, _domain = _split_email(email)
    for words in (_words(last_name), _words(first_name), _words(owner), TOKEN.findall(fold(local))):
        for word in words:
            out.update((OTHER, word[:k]) for k in range(1, PREFIX + 1) if word[:k] not in surname)
    return sorted(out)


def _rows(
    patient: int,
    last_fold: str,
    first_name: str,
    last_name: str,
    owner: str | None,
    email: str | None,
) -> tuple[list[Key], tuple[int, str, str, str, str], list[str]]:
    keys = keys_of(last_fold, first_name, last_name, owner, email)
    stored = "\n".join(f"{kind}{key}" for kind, key in keys)
    local, domain = _split_email(email)
    found = dict.fromkeys(
        (*_words(last_name), *_words(first_name), *_words(owner), *TOKEN.findall(fold(local)))
    )
    found.update(dict.fromkeys(domain_words := TOKEN.findall(fold(domain))))
    words = "".join(" " + w for w in found)
    return keys, (patient, words, last_fold, first_name, stored), domain_words


Named = tuple[int, str, str, str, str | None, str | None]
"""A patient to index: rowid, last_fold, first_name, last_name, owner, email."""


def write(conn: sqlite3.Connection, patients: Sequence[Named]) -> None:
    """Index patients (inside the caller's transaction), replacing what they had: a page of a
    sync in a few statements."""
    patients = list({p[0]: p for p in patients}.values())  # a page naming one twice: the last
    old: dict[int, tuple[str, str, str]] = {}
    for first in range(0, len(patients), 500):
        part = [p[0] for p in patients[first : first + 500]]
        read = conn.execute(
            "SELECT patient, last_fold, first_name, keys FROM name_words"
            f" WHERE patient IN ({','.join('?' * len(part))})",
            part,
        )
        old.update((r[0], (r[1], r[2], r[3])) for r in read)
    keys: list[tuple[int, str, str, str, int]] = []
    words: list[tuple[int, str, str, str, str]] = []
    domains: set[str] = set()
    for patient, last_fold, first_name, last_name, owner, email in patients:
        found, row, domain = _rows(patient, last_fold, first_name, last_name, owner, email)
        before = old.get(patient)
        if before != row[2:]:
            if before is not None:
                _remove_keys(conn, patient, *before)
            keys += [(kind, key, last_fold, first_name, patient) for kind, key in found]
        words.append(row)
        domains.update(domain)
    # One statement each, not one step per row (store/json_rows.py: the GUI thread's GIL).
    json_rows.run(conn, f"INSERT OR IGNORE INTO name_keys {json_rows.each(5)}", keys)
    json_rows.run(
        conn,
        f"INSERT INTO name_words {json_rows.each(5)} ON CONFLICT (patient) DO UPDATE SET"
        " words = excluded.words, last_fold = excluded.last_fold,"
        " first_name = excluded.first_name, keys = excluded.keys",
        words,
    )
    json_rows.run(
        conn,
        f"INSERT OR IGNORE INTO email_domain_words {json_rows.each(1)}",
        [(d,) for d in sorted(domains)],
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
        for old in conn.execute(
            "SELECT last_fold, first_name, keys FROM name_words WHERE patient = ?", (patient,)
        ).fetchall():
            _remove_keys(conn, patient, old[0], old[1], old[2])
            conn.execute("DELETE FROM name_words WHERE patient = ?", (patient,))


def remove_account(conn: sqlite3.Connection, account: str) -> None:
    """Before the account's patients are deleted: one pass over the index, not one per patient.
    (A domain word stays: it only sends a search to the full-text path.)"""
    for table in ("name_keys", "name_words"):
        conn.execute(
            f"DELETE FROM {table} WHERE patient IN (SELECT rowid FROM patients WHERE account = ?)",
            (account,),
        )


def is_current(conn: sqlite3.Connection) -> bool:
    # fetchall, not fetchone, here and below: a statement left unfinished keeps a read
    # transaction open, and a write failing on that connection (a full disk) then cannot
    # roll back cleanly (tests/e2e/test_bad_state.py).
    rows = conn.execute("SELECT version FROM search_state WHERE name = 'names'").fetchall()
    return [r[0] for r in rows] == [VERSION]


def rebuild(conn: sqlite3.Connection) -> None:
    """Index every cached patient anew (inside the caller's transaction): after the upgrade
    that added these tables, or a change of VERSION."""
    for table in ("name_keys", "name_words", "email_domain_words"):
        conn.execute(f"DELETE FROM {table}")
    rows = conn.execute(
        "SELECT rowid, last_fold, first_name, last_name, owner_name, email FROM patients"
    )
    while batch := rows.fetchmany(5000):
        write(conn, [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in batch])
    conn.execute(
        "INSERT INTO search_state VALUES ('names', ?) ON CONFLICT (name)"
        " DO UPDATE SET version = excluded.version",
        (VERSION,),
    )


# -- reading ------------------------------------------------------------------------------------
def _after(prefix: str) -> str:
    """The least string above every string starting with `prefix`."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


class _Part:
    """The rows of one key (and condition) in the results' order, read BATCH at a time from
    where they are sought."""

    def __init__(self, conn: sqlite3.Connection, where: str, params: Sequence[object]) -> None:
        self.conn, self.where, self.params = conn, where, tuple(params)
        self.rows: list[Row] = []
        self.at = 0
        self.complete = False  # no row after self.rows

    def seek(self, pos: Row) -> Row | None:
        """The first row at or after `pos` (positions only grow)."""
        self.at = bisect.bisect_left(self.rows, pos, self.at)
        if self.at < len(self.rows):
            return self.rows[self.at]
        if self.complete and (not self.rows or pos > self.rows[-1]):
            return None
        read = self.conn.execute(
            f"SELECT k.last_fold, k.first_name, k.patient FROM name_keys k WHERE {self.where}"
            " AND (k.last_fold, k.first_name, k.patient) >= (?, ?, ?)"
            " ORDER BY k.last_fold, k.first_name, k.patient LIMIT ?",
            (*self.params, *pos, BATCH),
        ).fetchall()
        self.rows, self.at = [(r[0], r[1], r[2]) for r in read], 0
        self.complete = len(read) < BATCH
        return self.rows[0] if self.rows else None


class _Stream:
    """The union of parts: the first row at or after a position in any of them."""

    def __init__(self, parts: list[_Part]) -> None:
        self.parts = parts

    def seek(self, pos: Row) -> Row | None:
        found = [row for part in self.parts if (row := part.seek(pos)) is not None]
        return min(found) if found else None


def _having(conn: sqlite3.Connection, word: str) -> _Stream:
    """The patients with a word starting with `word` (its first PREFIX characters, when longer:
    the candidates are checked)."""
    key = word[:PREFIX]
    return _Stream(
        [_Part(conn, "k.kind = ? AND k.key = ?", (kind, key)) for kind in (SURNAME, OTHER)]
    )


def _surname_starts(conn: sqlite3.Connection, lead: str) -> _Stream:
    """Tier 1: a word of the surname (a tail) starts with `lead`."""
    if len(lead) <= PREFIX:
        return _Stream([_Part(conn, "k.kind = ? AND k.key = ?", (SURNAME, lead))])
    return _Stream(
        [
            _Part(
                conn,
                "k.kind = ? AND k.key = ? AND k.last_fold >= ? AND k.last_fold < ?",
                (SURNAME, lead[:PREFIX], lead, _after(lead)),
            ),
            _Part(
                conn,
                "k.kind = ? AND k.key = ? AND instr(k.last_fold, ' ' || ?) > 0",
                (LATER, lead[: PREFIX + 1], lead),
            ),
        ]
    )


def _walk(
    driver: _Stream, others: list[_Stream], need: int, wanted: Callable[[Row], bool]
) -> list[Row]:
    """Up to `need` rows of `driver` that are in every one of `others` and pass `wanted`."""
    found: list[Row] = []
    pos = START
    while len(found) < need:
        row = driver.seek(pos)
        if row is None:
            break
        for stream in others:
            other = stream.seek(row)
            if other is None:
                return found
            if other != row:
                pos = other
                break
        else:
            if wanted(row):
                found.append(row)
            pos = (row[0], row[1], row[2] + 1)
    return found


def first_page(
    conn: sqlite3.Connection, found: SearchPlan, query: str, limit: int
) -> list[int] | None:
    """The rowids of the search's first `limit` hits, in order; None when this path cannot tell
    them (the full-text path then answers)."""
    words = list(dict.fromkeys(WORD.findall(fold(query))))
    lead = found.lead
    if (
        found.name is None
        or found.email is not None
        or found.phone is not None
        or not words
        or words[0] != lead
        or any(w.isdigit() or "_" in w for w in words)
        or any(_starts_a_domain_word(conn, w) for w in words[1:])
    ):
        return None
    long_words = [w for w in words if len(w) > PREFIX]
    checked: dict[int, bool] = {}

    def has_long_words(row: Row) -> bool:
        surname = " " + row[0]
        if all(f" {w}" in surname for w in long_words):  # most often: no query needed
            return True
        if row[2] not in checked:
            text = conn.execute(
                "SELECT words FROM name_words WHERE patient = ?", (row[2],)
            ).fetchall()
            checked[row[2]] = bool(text) and all(f" {w}" in text[0][0] for w in long_words)
        return checked[row[2]]

    exact = _Stream([_Part(conn, "k.kind = ? AND k.key = ?", (EXACT, found.name))])
    page = [r[2] for r in _walk(exact, [], limit, lambda _r: True)]
    seen = set(page)

    def others() -> list[_Stream]:  # fresh for each walk: a stream only reads forwards
        return [_having(conn, w) for w in words[1:]]

    tier_1 = _walk(
        _surname_starts(conn, lead),
        others(),
        limit - len(page),
        lambda r: r[2] not in seen and has_long_words(r),
    )
    page += [r[2] for r in tier_1]
    if len(page) >= limit:
        return page[:limit]
    if _starts_a_domain_word(conn, lead):
        return None  # the rest may match by an e-mail's domain: FTS knows those
    seen.update(page)

    def in_tier_2(row: Row) -> bool:
        in_tier_1 = row[0].startswith(lead) or f" {lead}" in row[0]
        return row[2] not in seen and not in_tier_1 and has_long_words(row)

    tier_2 = _walk(_having(conn, lead), others(), limit - len(page), in_tier_2)
    return page + [r[2] for r in tier_2]


def _starts_a_domain_word(conn: sqlite3.Connection, word: str) -> bool:
    found = conn.execute(
        "SELECT 1 FROM email_domain_words WHERE word >= ? AND word < ? LIMIT 1",
        (word, _after(word)),
    ).fetchall()
    return bool(found)
