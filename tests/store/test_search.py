"""Patient search's terms as the SQLite store builds them. What a search finds, on both stores:
tests/store/contract/test_search.py."""

from __future__ import annotations

from frontdesk.store.search import build_match, parse_date, phone_tokens


def test_query_building() -> None:
    assert build_match("") is None
    assert parse_date("31/02/2020") is None
    assert "5550123" in phone_tokens("+32 2 555 01 23").split()
    assert "025550123" in phone_tokens("+32 2 555 01 23").split()
