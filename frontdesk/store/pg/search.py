"""Patient search on PostgreSQL: the same terms as the SQLite store, as a weighted tsvector.

SQLite indexes six FTS5 columns; here each patient has one tsvector whose lexemes are computed
in Python with the domain's helpers (fold, phone_tokens, birth_token), so both stores find and
rank the same patients. Weights stand for the columns a query may name:

    A  last name, first name, owner     (words, folded)
    B  e-mail                           (words, with positions, for the phrase search)
    C  phone tokens                     (every digit suffix, E.164 keys)
    D  birth date                       (YYYYMMDD)

`pg_plan` follows `domain.search_terms.plan` step for step and writes a tsquery instead of an
FTS5 expression: `"mul"*` in {last_name first_name owner email} is `'mul':*AB`, a phrase of
e-mail words is `'jan':B <-> 'peeters':*B`. The store contract suite holds the two to the same
results.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from frontdesk.domain.search_terms import (
    EMAIL,
    MIN_DIGITS,
    PHONE_CHARS,
    WORD,
    SearchContext,
    birth_readings,
    birth_token,
    digits,
    exact_phone_keys,
    first_word,
    fold,
    phone_tokens,
)

NAMES, EMAILS, PHONES, BIRTH = "A", "B", "C", "D"
# Where each field's positions start: a phrase never runs from one field into the next.
_FIELD_START = {"last": 1, "first": 1000, "owner": 2000, "email": 3000, "phone": 4000}
_BIRTH_AT = 8000
NO_CONTEXT = SearchContext()
# PostgreSQL refuses a lexeme over 2,047 bytes; a word this long (4 bytes a character at most)
# is cut in the index and in the query alike, so a prefix of it still finds it.
MAX_WORD = 255
# Digits typed at most for a number's page to be walked in name order: 4 digits ("0470",
# "+32 49") start a few percent of a clinic's numbers or more; 5 already few enough for the
# full-text index to read and sort them all quicker.
FEW_DIGITS = 4


@dataclass(frozen=True)
class PgPlan:
    """A tsquery to match and what ranks a hit first, as `SearchPlan` says it for SQLite."""

    match: str
    lead: str
    # The part of `match` the GIN index looks up, when not all of it: a short prefix ("de",
    # "van") lists tens of thousands of rows, so the longest words go to the index and the
    # rest is checked on the few rows they find.
    index: str | None = None
    email: str | None = None
    phone: str | None = None  # a tsquery of the exact numbers
    name: str | None = None
    # The one word typed, when the search is a name prefix alone ("schr"): the store may then
    # read its first page off the surname index (every surname starting with it matches).
    surname: str | None = None
    # Only the first few digits of a number ("+32 49", "0470"): common to thousands of
    # patients, so the store may find its first page by walking the patients in name order.
    number: bool = False


def _lexeme(word: str) -> str:
    word = word[:MAX_WORD]
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def terms(
    last_name: str,
    first_name: str,
    owner: str | None,
    email: str | None,
    phone: str | None,
    birth: date | None,
    regions: Iterable[str],
) -> str:
    """The tsvector (as text) of one patient; `regions` read its phone number."""
    positions: dict[str, list[str]] = {}

    def add(words: Iterable[str], start: int, weight: str) -> None:
        for offset, word in enumerate(words):
            at = f"{min(start + offset, 16383)}{weight}"
            found = positions.setdefault(word[:MAX_WORD], [])
            if at not in found and len(found) < 256:  # PostgreSQL keeps 256 positions a word
                found.append(at)

    add(WORD.findall(fold(last_name)), _FIELD_START["last"], NAMES)
    add(WORD.findall(fold(first_name)), _FIELD_START["first"], NAMES)
    add(WORD.findall(fold(owner or "")), _FIELD_START["owner"], NAMES)
    add(WORD.findall(fold(email or "")), _FIELD_START["email"], EMAILS)
    add(phone_tokens(phone, regions).split(), _FIELD_START["phone"], PHONES)
    if birth is not None:
        add([birth_token(birth)], _BIRTH_AT, BIRTH)
    return " ".join(f"{_lexeme(w)}:{','.join(at)}" for w, at in positions.items())


def _prefix(word: str, weights: str) -> str:
    return f"{_lexeme(word)}:*{weights}"


def pg_plan(query: str, context: SearchContext = NO_CONTEXT) -> PgPlan | None:
    """What to match and what ranks first, or None when there is nothing to look for."""
    query = query.strip()
    if not query:
        return None
    lead = first_word(query)
    born = birth_readings(query, context)
    if born:
        return PgPlan(" | ".join(f"{_lexeme(birth_token(b))}:{BIRTH}" for b in born), lead)
    if PHONE_CHARS.match(query):
        number = digits(query)
        keys = exact_phone_keys(query, context.regions) if len(number) >= MIN_DIGITS else []
        if keys or len(number) >= 6 or (len(number) >= 4 and not query.isdigit()):
            found = [_prefix(number, PHONES)]
            if number.startswith("00") and len(number) > 2 + MIN_DIGITS:
                found.append(_prefix(number[2:], PHONES))
            exact = [f"{_lexeme(k)}:{PHONES}" for k in keys]
            return PgPlan(
                " | ".join(found + exact),
                lead,
                phone=" | ".join(exact) if exact else None,
                number=not exact and len(number.removeprefix("00")) <= FEW_DIGITS,
            )
    words = WORD.findall(fold(query))
    if EMAIL.match(query) and words:
        phrase = [f"{_lexeme(w)}:{EMAILS}" for w in words[:-1]]
        phrase.append(_prefix(words[-1], EMAILS))
        return PgPlan(" <-> ".join(phrase), lead, email=query.lower())
    parts: list[str] = []
    kept: list[str] = []
    for word in words:
        if word.isdigit():
            if len(word) < MIN_DIGITS:
                continue  # as the SQLite plan: a prefix this short matches nearly everyone
            parts.append(_prefix(word, PHONES + BIRTH))
        else:
            parts.append(_prefix(word, NAMES + EMAILS))
        kept.append(word)
    if not parts:
        return None
    named = [w for w in words if not w.isdigit()]
    index = None
    if len(parts) > 2:
        longest = sorted(range(len(parts)), key=lambda n: len(kept[n]), reverse=True)[:2]
        index = " & ".join(parts[n] for n in sorted(longest))
    alone = named[0] if len(parts) == 1 and len(named) == 1 and named[0] == lead else None
    few = len(kept) == 1 and kept[0].isdigit() and len(kept[0]) <= FEW_DIGITS
    return PgPlan(
        " & ".join(parts),
        lead,
        name=" ".join(sorted(named)) if named else None,
        index=index,
        surname=alone if alone is not None and "_" not in alone else None,
        number=few,
    )
