"""Patient search: what a receptionist types while the phone rings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from frontdesk.domain.models import Patient
from frontdesk.store.cache import Cache
from frontdesk.store.search import build_match, parse_date, phone_tokens

PEOPLE = [
    Patient(
        "Gent", "1", "Zoë", "Müller", date(1990, 5, 16), "+32 2 555 01 23", "zoe.muller@telenet.be"
    ),
    Patient("Gent", "2", "Joris", "Van Hecke", date(1984, 1, 2), "+32 470 12 34 56", "joris@vh.be"),
    Patient("Gent", "3", "Hecke", "Peeters", date(1975, 12, 31), "+32 9 222 33 44", None),
    Patient(
        "Brussel", "4", "Amélie", "Dubois", date(2001, 7, 4), "0475 98 76 54", "amelie@dubois.fr"
    ),
    Patient("Brussel", "5", "Anna", "Mullens", None, None, None),
]


@pytest.fixture
def cache(tmp_path: Path) -> Cache:
    cache = Cache(tmp_path / "c.sqlite3")
    cache.save_account("Gent", "progenda", "http://g", {})
    cache.save_account("Brussel", "pracsuite", "http://b", {})
    cache.upsert_patients(PEOPLE)
    return cache


def names(cache: Cache, query: str) -> list[str]:
    return [f"{h.patient.first_name} {h.patient.last_name}" for h in cache.search_patients(query)]


def test_accents_and_case_do_not_matter(cache: Cache) -> None:
    assert names(cache, "muller") == ["Zoë Müller"]
    assert names(cache, "MÜLLER") == ["Zoë Müller"]
    assert names(cache, "amelie") == ["Amélie Dubois"]


def test_names_match_by_prefix_and_all_words(cache: Cache) -> None:
    assert names(cache, "van hecke") == ["Joris Van Hecke"]
    assert names(cache, "jor van") == ["Joris Van Hecke"]
    assert set(names(cache, "mul")) == {"Zoë Müller", "Anna Mullens"}


def test_a_surname_match_ranks_before_a_first_name_match(cache: Cache) -> None:
    assert names(cache, "hecke") == ["Joris Van Hecke", "Hecke Peeters"]


@pytest.mark.parametrize(
    "typed", ["+32 2 555 01 23", "025550123", "555-0123", "02/555.01.23", "5550123"]
)
def test_phone_numbers_match_in_any_formatting(cache: Cache, typed: str) -> None:
    assert names(cache, typed) == ["Zoë Müller"]


@pytest.mark.parametrize("typed", ["1990-05-16", "16/05/1990", "16.5.1990", "16-05-1990"])
def test_birth_dates_match_in_iso_and_day_month_year(cache: Cache, typed: str) -> None:
    assert names(cache, typed) == ["Zoë Müller"]


def test_a_name_and_a_birth_year_narrow_together(cache: Cache) -> None:
    assert names(cache, "hecke 1984") == ["Joris Van Hecke"]


def test_email_matches(cache: Cache) -> None:
    assert names(cache, "amelie@dubois") == ["Amélie Dubois"]


def test_each_result_says_its_account_and_vendor(cache: Cache) -> None:
    hit = cache.search_patients("dubois")[0]
    assert (hit.patient.account, hit.vendor) == ("Brussel", "pracsuite")


@pytest.mark.parametrize("typed", ["", "   ", '"', "*", "AND", 'a"b OR c', "(", "-", "né:"])
def test_odd_input_never_raises(cache: Cache, typed: str) -> None:
    cache.search_patients(typed)


def test_query_building() -> None:
    assert build_match("") is None
    assert parse_date("31/02/2020") is None
    assert "5550123" in phone_tokens("+32 2 555 01 23").split()
    assert "025550123" in phone_tokens("+32 2 555 01 23").split()
