"""Turning what a receptionist types into search terms (an FTS5 query for the SQLite store).

Names and e-mail are matched by word prefix, accent- and case-insensitively (the index uses
unicode61 with remove_diacritics). Phone numbers are indexed by their digit suffixes, so any
formatting of the full, national or local number finds them. Birth dates are indexed as
YYYYMMDD and recognised in ISO and day/month/year forms.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

PHONE_CHARS = re.compile(r"^[\d\s+\-./()]+$")
DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
DATE_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
WORD = re.compile(r"\w+", re.UNICODE)
MIN_SUFFIX = 4
MIN_DIGITS = 4  # digits needed before a number is searched
TEXT_COLUMNS = "{last_name first_name owner email}"


def fold(text: str) -> str:
    """Lower case without accents: 'Müller' -> 'muller'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def phone_tokens(phone: str | None, country_code: str = "32") -> str:
    """Index every digit suffix of at least four digits, plus the national form (0...)."""
    raw = digits(phone or "")
    if not raw:
        return ""
    forms = {raw}
    if phone and phone.strip().startswith("+") and raw.startswith(country_code):
        forms.add("0" + raw[len(country_code) :])
    elif raw.startswith("00"):
        forms.add(raw[2:])
    tokens: set[str] = set()
    for form in forms:
        tokens.update(form[i:] for i in range(0, max(1, len(form) - MIN_SUFFIX + 1)))
    return " ".join(sorted(tokens))


def birth_token(birth: date | None) -> str:
    return birth.strftime("%Y%m%d") if birth else ""


def parse_date(text: str) -> date | None:
    text = text.strip()
    match = DATE_ISO.match(text)
    try:
        if match:
            return date(int(match[1]), int(match[2]), int(match[3]))
        match = DATE_DMY.match(text)
        if match:  # day/month/year, as written in Belgium and most of Europe
            return date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        return None
    return None


def build_match(query: str) -> str | None:
    """An FTS5 MATCH expression, or None when there is nothing to look for."""
    query = query.strip()
    if not query:
        return None
    born = parse_date(query)
    if born is not None:
        return f'birth : "{birth_token(born)}"'
    if PHONE_CHARS.match(query):
        number = digits(query)
        # "555-0123", "+32 2 ...", "025550123": a phone number. "1990" alone stays generic.
        if len(number) >= 6 or (len(number) >= 4 and not query.isdigit()):
            return f'phone : "{number}"*'
    terms = []
    for word in WORD.findall(fold(query)):
        if word.isdigit():
            if len(word) < MIN_DIGITS:
                # "0", "04", "+32": phones are indexed by every suffix, so a prefix this short
                # matches nearly everyone and costs a keystroke's worth of time for nothing.
                continue
            # A year typed after a name ("peeters 1990"), or the start of a number.
            terms.append(f'{{phone birth}} : "{word}"*')
        else:
            terms.append(f'{TEXT_COLUMNS} : "{word}"*')
    return " AND ".join(terms) if terms else None


def too_few_digits(query: str) -> bool:
    """A number still too short to search: the pane asks for more digits instead."""
    query = query.strip()
    return bool(query) and bool(PHONE_CHARS.match(query)) and len(digits(query)) < MIN_DIGITS


def first_word(query: str) -> str:
    words = WORD.findall(fold(query))
    return words[0] if words else ""
