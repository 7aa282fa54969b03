"""The search terms moved to the domain (the window checks a query before asking the store);
kept here for the store's callers."""

from frontdesk.domain.search_terms import (
    MIN_DIGITS,
    birth_token,
    build_match,
    digits,
    first_word,
    fold,
    parse_date,
    phone_tokens,
    too_few_digits,
)

__all__ = [
    "MIN_DIGITS",
    "birth_token",
    "build_match",
    "digits",
    "first_word",
    "fold",
    "parse_date",
    "phone_tokens",
    "too_few_digits",
]
