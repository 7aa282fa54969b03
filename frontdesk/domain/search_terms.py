"""Turning what a receptionist types into search terms (an FTS5 query for the SQLite store).

Names and e-mail are matched by word prefix, accent- and case-insensitively (the index uses
unicode61 with remove_diacritics). Phone numbers are indexed by their digit suffixes, so any
formatting of the full, national or local number finds them; numbers are also parsed with
libphonenumber in the account's country, so the E.164, national and international forms of the
same number (a caller ID: `+1 323 555 1399`, `0032497747318`) find one another. Birth dates are
indexed as YYYYMMDD and recognised in ISO and in the clinic's own numeric convention (month first
in the United States, day first elsewhere); a date that reads both ways finds both.

The clinic's countries come from its locations' IANA zones (tzdata's zone.tab), or from an
account's `country` option.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when first needed: it costs ~20 ms, too much for start-up
    from phonenumbers import PhoneNumber

PHONE_CHARS = re.compile(r"^[\d\s+\-./()]+$")
DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
DATE_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
DATE_DMY = DATE_NUMERIC  # the former name
EMAIL = re.compile(r"^[^\s@]+@[^\s@]*$")
WORD = re.compile(r"\w+", re.UNICODE)
NON_DIGIT = re.compile(r"\D")
MIN_SUFFIX = 4
MIN_DIGITS = 4  # digits needed before a number is searched
TEXT_COLUMNS = "{last_name first_name owner email}"
EXACT_PHONE = "e"  # marks a whole number in E.164 ("e3225550123"): never a typed prefix
COUNTRY_OPTION = "country"
# Where dates are written month first (the United States and its territories).
MONTH_FIRST = frozenset({"US", "PR", "GU", "VI", "AS", "MP", "UM"})
# Zones zone.tab does not list (links kept for old settings), by their prefix.
ZONE_PREFIXES = (("US/", "US"), ("America/", "US"), ("Australia/", "AU"), ("Canada/", "CA"))
# Bumped when the tokens change: the store rebuilds an index written by another version.
INDEX_VERSION = 1


@dataclass(frozen=True)
class SearchContext:
    """What the clinic's locations say about how callers give numbers and dates."""

    regions: tuple[str, ...] = ()  # ISO 3166 countries, e.g. ("BE", "US")

    @property
    def month_first(self) -> bool:
        return any(r in MONTH_FIRST for r in self.regions)

    @property
    def day_first(self) -> bool:
        return not self.regions or any(r not in MONTH_FIRST for r in self.regions)


@dataclass(frozen=True)
class SearchPlan:
    """The FTS5 expression and what ranks a hit first (an exact e-mail, number or name)."""

    match: str
    lead: str  # the first word typed: a surname starting with it ranks first
    email: str | None = None  # lower-cased, compared with the stored e-mail
    phone: str | None = None  # an FTS5 expression for the exact numbers
    name: str | None = None  # compared with the stored name_key
    # A number: the digit strings a phone token may start with, and the exact E.164 keys
    # (`match` says the same for FTS5; store/phone_index.py reads these).
    digit_prefixes: tuple[str, ...] = ()
    exact_phones: tuple[str, ...] = ()
    birth_too: bool = False  # the digits may also start a birth date (YYYYMMDD)


def fold(text: str) -> str:
    """Lower case without accents: 'Müller' -> 'muller'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def digits(text: str) -> str:
    return NON_DIGIT.sub("", text)


def name_key(*parts: str | None) -> str:
    """The words of a full name, folded and sorted: "Van Hecke Joris" == "joris van hecke"."""
    return " ".join(sorted(WORD.findall(fold(" ".join(p for p in parts if p)))))


# -- countries ----------------------------------------------------------------------------------
@cache
def _zone_countries() -> dict[str, str]:
    """zone -> country from tzdata's zone.tab (maintained with the zones themselves)."""
    from importlib import resources  # ~1.5 ms: when first asked, not at start-up

    try:
        text = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return {}
    out: dict[str, str] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) >= 3 and not line.startswith("#"):
            out[fields[2]] = fields[0]
    return out


def country_of_zone(zone: str) -> str | None:
    """Europe/Brussels -> BE, Australia/Sydney -> AU, America/Chicago -> US."""
    found = _zone_countries().get(zone)
    if found is not None:
        return found
    return next((country for prefix, country in ZONE_PREFIXES if zone.startswith(prefix)), None)


def regions_of(zones: Iterable[str], country: str | None = None) -> tuple[str, ...]:
    """The countries of an account: its `country` option first, then its locations' zones."""
    out: list[str] = []
    if country and country.strip():
        out.append(country.strip().upper())
    for zone in zones:
        found = country_of_zone(zone)
        if found is not None and found not in out:
            out.append(found)
    return tuple(out)


# -- phone numbers ------------------------------------------------------------------------------
def _numbers(text: str, regions: Iterable[str]) -> list[PhoneNumber]:
    """`text` read as a whole number in each region (and as an international number)."""
    import phonenumbers

    raw = digits(text)
    attempts: list[tuple[str, str | None]]
    if text.strip().startswith("+"):  # international: the same number in every region
        attempts = [(text, None)]
    else:
        attempts = [(text, r) for r in regions]
        if raw.startswith("00"):  # the international prefix in Belgium and most of the world
            attempts.append(("+" + raw[2:], None))
    found: list[PhoneNumber] = []
    for candidate, region in attempts:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        reason = phonenumbers.is_possible_number_with_reason(number)
        if reason == phonenumbers.ValidationResult.IS_POSSIBLE and number not in found:
            found.append(number)
    return found


def exact_phone_keys(text: str, regions: Iterable[str] = ()) -> list[str]:
    """The E.164 keys ("e3225550123") of every reading of `text` as a whole number."""
    import phonenumbers

    e164 = phonenumbers.PhoneNumberFormat.E164
    keys = [
        EXACT_PHONE + digits(phonenumbers.format_number(n, e164)) for n in _numbers(text, regions)
    ]
    return list(dict.fromkeys(keys))


def phone_tokens(phone: str | None, regions: Iterable[str] = ()) -> str:
    """Every digit suffix of at least four digits of the number as stored and of its E.164,
    national and national significant forms, plus its exact E.164 key."""
    raw = digits(phone or "")
    if not phone or not raw:
        return ""
    import phonenumbers

    forms = {raw}
    if raw.startswith("00"):
        forms.add(raw[2:])
    keys: set[str] = set()
    for number in _numbers(phone, regions):
        e164 = digits(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        forms.update({e164, digits(national), phonenumbers.national_significant_number(number)})
        keys.add(EXACT_PHONE + e164)
    tokens: set[str] = set(keys)
    for form in forms:
        tokens.update(form[i:] for i in range(0, max(1, len(form) - MIN_SUFFIX + 1)))
    return " ".join(sorted(tokens))


# -- dates --------------------------------------------------------------------------------------
def birth_token(birth: date | None) -> str:
    return birth.strftime("%Y%m%d") if birth else ""


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> date | None:
    """ISO or day/month/year (how the patient form takes a birth date)."""
    text = text.strip()
    match = DATE_ISO.match(text)
    if match:
        return _date(int(match[1]), int(match[2]), int(match[3]))
    match = DATE_NUMERIC.match(text)
    if match:  # day/month/year, as written in Belgium and most of Europe
        return _date(int(match[3]), int(match[2]), int(match[1]))
    return None


def birth_readings(text: str, context: SearchContext = SearchContext()) -> list[date]:
    """Every date `text` may mean where the clinic is: ISO always; a numeric date month first
    in a US location, day first elsewhere, both when the clinic has both. A date that is real
    one way only (07/18/1935) is read that way wherever the clinic is."""
    text = text.strip()
    match = DATE_ISO.match(text)
    if match:
        iso = _date(int(match[1]), int(match[2]), int(match[3]))
        return [iso] if iso else []
    match = DATE_NUMERIC.match(text)
    if not match:
        return []
    first, second, year = int(match[1]), int(match[2]), int(match[3])
    day_first, month_first = _date(year, second, first), _date(year, first, second)
    readings = [
        d
        for d, used in ((day_first, context.day_first), (month_first, context.month_first))
        if d is not None and used
    ]
    if not readings:
        readings = [d for d in (day_first, month_first) if d is not None]
    return list(dict.fromkeys(readings))


# -- the query ----------------------------------------------------------------------------------
def _any_of(column: str, terms: Iterable[str]) -> str:
    return f"{column} : ({' OR '.join(terms)})"


def plan(query: str, context: SearchContext = SearchContext()) -> SearchPlan | None:
    """What to match and what ranks first, or None when there is nothing to look for."""
    query = query.strip()
    if not query:
        return None
    lead = first_word(query)
    born = birth_readings(query, context)
    if born:
        return SearchPlan(_any_of("birth", (f'"{birth_token(b)}"' for b in born)), lead)
    if PHONE_CHARS.match(query):
        number = digits(query)
        keys = exact_phone_keys(query, context.regions) if len(number) >= MIN_DIGITS else []
        # "555-0123", "+32 2 ...", "025550123": a phone number. "1990" alone stays generic.
        if keys or len(number) >= 6 or (len(number) >= 4 and not query.isdigit()):
            prefixes = [number]
            if number.startswith("00") and len(number) > 2 + MIN_DIGITS:
                prefixes.append(number[2:])
            exact = [f'"{k}"' for k in keys]
            return SearchPlan(
                _any_of("phone", [f'"{p}"*' for p in prefixes] + exact),
                lead,
                phone=_any_of("phone", exact) if exact else None,
                digit_prefixes=tuple(prefixes),
                exact_phones=tuple(keys),
            )
    words = WORD.findall(fold(query))
    if EMAIL.match(query) and words:
        # The e-mail as a phrase (its last word a prefix): "jan.peeters@gmail.com" is not
        # every Jan with a Peeters-something at gmail.
        return SearchPlan(f'email : "{" ".join(words)}"*', lead, email=query.lower())
    terms = []
    for word in words:
        if word.isdigit():
            if len(word) < MIN_DIGITS:
                # "0", "04", "+32": phones are indexed by every suffix, so a prefix this short
                # matches nearly everyone and costs a keystroke's worth of time for nothing.
                continue
            # A year typed after a name ("peeters 1990"), or the start of a number.
            terms.append(f'{{phone birth}} : "{word}"*')
        else:
            terms.append(f'{TEXT_COLUMNS} : "{word}"*')
    if not terms:
        return None
    if len(words) == 1 and words[0].isdigit():  # "0479": a number's start, or a birth year
        return SearchPlan(terms[0], lead, digit_prefixes=(words[0],), birth_too=True)
    named = [w for w in words if not w.isdigit()]
    return SearchPlan(" AND ".join(terms), lead, name=" ".join(sorted(named)) if named else None)


def build_match(query: str, context: SearchContext = SearchContext()) -> str | None:
    """An FTS5 MATCH expression, or None when there is nothing to look for."""
    found = plan(query, context)
    return found.match if found else None


def too_few_digits(query: str) -> bool:
    """A number still too short to search: the pane asks for more digits instead."""
    query = query.strip()
    return bool(query) and bool(PHONE_CHARS.match(query)) and len(digits(query)) < MIN_DIGITS


def first_word(query: str) -> str:
    words = WORD.findall(fold(query))
    return words[0] if words else ""
