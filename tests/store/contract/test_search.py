"""Patient search on both stores: what a receptionist types while the phone rings."""

from __future__ import annotations

from datetime import date

import pytest

from frontdesk.domain.models import Location, Patient
from frontdesk.store.protocol import Store
from tests.store.contract.conftest import MakeStore

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
def cache(store: Store) -> Store:
    cache = store
    cache.save_account("Gent", "progenda", "http://g", {})
    cache.save_account("Brussel", "pracsuite", "http://b", {})
    cache.upsert_patients(PEOPLE)
    return cache


def names(cache: Store, query: str) -> list[str]:
    return [f"{h.patient.first_name} {h.patient.last_name}" for h in cache.search_patients(query)]


def test_accents_and_case_do_not_matter(cache: Store) -> None:
    assert names(cache, "muller") == ["Zoë Müller"]
    assert names(cache, "MÜLLER") == ["Zoë Müller"]
    assert names(cache, "amelie") == ["Amélie Dubois"]


def test_names_match_by_prefix_and_all_words(cache: Store) -> None:
    assert names(cache, "van hecke") == ["Joris Van Hecke"]
    assert names(cache, "jor van") == ["Joris Van Hecke"]
    assert set(names(cache, "mul")) == {"Zoë Müller", "Anna Mullens"}


def test_every_word_typed_must_match_however_many(cache: Store) -> None:
    assert names(cache, "jor van hec") == ["Joris Van Hecke"]
    assert names(cache, "hecke peeters jo") == []  # the short word still counts


def test_a_surname_match_ranks_before_a_first_name_match(cache: Store) -> None:
    assert names(cache, "hecke") == ["Joris Van Hecke", "Hecke Peeters"]


@pytest.mark.parametrize(
    "typed", ["+32 2 555 01 23", "025550123", "555-0123", "02/555.01.23", "5550123"]
)
def test_phone_numbers_match_in_any_formatting(cache: Store, typed: str) -> None:
    assert names(cache, typed) == ["Zoë Müller"]


@pytest.mark.parametrize("typed", ["1990-05-16", "16/05/1990", "16.5.1990", "16-05-1990"])
def test_birth_dates_match_in_iso_and_day_month_year(cache: Store, typed: str) -> None:
    assert names(cache, typed) == ["Zoë Müller"]


def test_a_name_and_a_birth_year_narrow_together(cache: Store) -> None:
    assert names(cache, "hecke 1984") == ["Joris Van Hecke"]


def test_email_matches(cache: Store) -> None:
    assert names(cache, "amelie@dubois") == ["Amélie Dubois"]


def test_each_result_says_its_account_and_vendor(cache: Store) -> None:
    hit = cache.search_patients("dubois")[0]
    assert (hit.patient.account, hit.vendor) == ("Brussel", "pracsuite")


@pytest.mark.parametrize("typed", ["", "   ", '"', "*", "AND", 'a"b OR c', "(", "-", "né:"])
def test_odd_input_never_raises(cache: Store, typed: str) -> None:
    cache.search_patients(typed)


# -- issue 11: search as callers give it ----------------------------------------------------------
CLINICS = {
    "Gent": "Europe/Brussels",
    "Sydney": "Australia/Sydney",
    "Los Angeles": "America/Los_Angeles",
}
CALLERS = [
    # Stored as each vendor keeps them: national numbers, in the clinic's country.
    Patient("Los Angeles", "us1", "Dolores", "Alvarez", date(1935, 7, 18), "(323) 555-1399"),
    Patient("Sydney", "au1", "Mia", "Nguyen", date(1977, 4, 2), "0451 407 848"),
    Patient("Gent", "be1", "Lotte", "Janssens", date(1977, 2, 4), "0497 74 73 18"),
]


def clinic(make_store: MakeStore, zones: dict[str, str], people: list[Patient]) -> Store:
    cache = make_store()
    for name, zone in zones.items():
        cache.save_account(name, "progenda", f"http://{name.lower().replace(' ', '')}", {})
        cache.replace_reference(name, [Location(name, "1", f"{name} centre", zone)], [], [])
    cache.upsert_patients([p for p in people if p.account in zones])
    return cache


@pytest.fixture
def world(make_store: MakeStore) -> Store:
    return clinic(make_store, CLINICS, CALLERS)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("+1 323 555 1399", "Dolores Alvarez"),
        ("13235551399", "Dolores Alvarez"),
        ("+61 451 407 848", "Mia Nguyen"),
        ("0032497747318", "Lotte Janssens"),
        # and the national forms still
        ("(323) 555-1399", "Dolores Alvarez"),
        ("0451 407 848", "Mia Nguyen"),
        ("0497/74.73.18", "Lotte Janssens"),
    ],
)
def test_caller_id_numbers_with_a_country_code_find_national_numbers(
    world: Store, typed: str, expected: str
) -> None:
    assert names(world, typed) == [expected]


def test_a_stored_international_number_is_found_by_its_national_form(make_store: MakeStore) -> None:
    stored = Patient("Sydney", "au2", "Jack", "Wilson", None, "+61 2 9374 4000")
    cache = clinic(make_store, {"Sydney": "Australia/Sydney"}, [stored])
    assert names(cache, "(02) 9374 4000") == ["Jack Wilson"]


def test_a_us_birth_date_is_read_month_first_at_a_us_clinic(world: Store) -> None:
    assert names(world, "07/18/1935") == ["Dolores Alvarez"]


def test_an_ambiguous_date_finds_both_readings(world: Store) -> None:
    assert set(names(world, "04/02/1977")) == {"Mia Nguyen", "Lotte Janssens"}


def test_a_clinic_without_us_locations_reads_dates_day_first(make_store: MakeStore) -> None:
    cache = clinic(make_store, {"Gent": "Europe/Brussels", "Sydney": "Australia/Sydney"}, CALLERS)
    assert names(cache, "04/02/1977") == ["Lotte Janssens"]  # 4 February, not 2 April


def test_an_account_country_option_sets_how_its_numbers_are_read(make_store: MakeStore) -> None:
    cache = make_store()
    cache.save_account("Clinic", "vish", "http://v", {"country": "US"})  # no locations yet
    cache.upsert_patients([Patient("Clinic", "1", "Dolores", "Alvarez", None, "(323) 555-1399")])
    assert names(cache, "+1 323 555 1399") == ["Dolores Alvarez"]


def test_a_location_in_a_new_country_reindexes_the_account(make_store: MakeStore) -> None:
    cache = make_store()
    cache.save_account("Clinic", "vish", "http://v", {})
    cache.upsert_patients([Patient("Clinic", "1", "Dolores", "Alvarez", None, "(323) 555-1399")])
    assert names(cache, "+1 323 555 1399") == []  # which country? nothing says yet
    cache.replace_reference(
        "Clinic", [Location("Clinic", "1", "LA", "America/Los_Angeles")], [], []
    )
    assert names(cache, "+1 323 555 1399") == ["Dolores Alvarez"]


def test_an_exact_email_ranks_first_among_many_prefix_matches(make_store: MakeStore) -> None:
    others = [
        Patient("Gent", f"o{n}", "Jan", f"Aerts{n:02d}", None, None, f"jan.peeters{n}@gmail.com")
        for n in range(60)
    ] + [
        Patient("Gent", "o-x", "Aaron", "Aa", None, None, "jan.peeters@gmail.community"),
        Patient("Gent", "o-y", "Abel", "Ab", None, None, "dr.jan.peeters@gmail.com.au"),
    ]
    exact = Patient("Gent", "exact", "Jan", "Peeters", None, None, "Jan.Peeters@gmail.com")
    cache = clinic(make_store, {"Gent": "Europe/Brussels"}, [*others, exact])
    hits = cache.search_patients("jan.peeters@gmail.com")
    assert hits[0].patient.id == "exact"
    assert {"o-x", "o-y"} <= {h.patient.id for h in hits}  # what starts the same still shows


def test_an_exact_full_name_ranks_first(make_store: MakeStore) -> None:
    people = [
        Patient("Gent", "a", "Peeters", "Janssens", None),  # surname starts with "jan"
        Patient("Gent", "b", "Pieter", "Jansen-Peeters", None),
        Patient("Gent", "c", "Jana", "Peeters", None),
        Patient("Gent", "exact", "Jan", "Peeters", None),
    ]
    cache = clinic(make_store, {"Gent": "Europe/Brussels"}, people)
    for typed in ("jan peeters", "Peeters Jan", "JAN PEETERS"):
        hits = cache.search_patients(typed)
        assert hits[0].patient.id == "exact", typed
        assert len(hits) >= 3


def test_an_exact_phone_number_ranks_before_longer_numbers_starting_with_it(
    make_store: MakeStore,
) -> None:
    people = [
        Patient("Gent", "longer", "Aaron", "Aa", None, "04977473189"),
        Patient("Gent", "exact", "Lotte", "Janssens", None, "+32 497 74 73 18"),
    ]
    cache = clinic(make_store, {"Gent": "Europe/Brussels"}, people)
    assert [h.patient.id for h in cache.search_patients("0497747318")] == ["exact", "longer"]


def test_a_surname_prefix_lists_a_full_page_in_name_order_exact_name_first(
    make_store: MakeStore,
) -> None:
    """More matches than a page: exact name, then any word of the surname starting with what
    was typed (in name order), never a first-name match while surnames remain."""
    surnames = ["Smet", "De Smet", "Smets", "Smeulders", "Van Smet-Jansen", "Desmet"]
    people = [
        Patient("Gent", f"s{n:03d}", f"Kid{n % 7}", surnames[n % len(surnames)], None)
        for n in range(90)
    ] + [
        Patient("Gent", "first", "Smetje", "Aerts", None),  # a first name: after every surname
        Patient("Gent", "exact", "", "Smet", None),  # the whole name typed: first
    ]
    cache = clinic(make_store, {"Gent": "Europe/Brussels"}, people)
    hits = [h.patient for h in cache.search_patients("smet")]
    expected = sorted(
        (p for p in people[:90] if p.last_name in ("Smet", "De Smet", "Smets", "Van Smet-Jansen")),
        key=lambda p: (p.last_name.lower(), p.first_name, int(p.id[1:])),
    )
    assert [p.id for p in hits] == ["exact", *[p.id for p in expected][:49]]
    assert len(cache.search_patients("smeulders", limit=10)) == 10


def test_a_very_long_name_is_stored_and_found(make_store: MakeStore) -> None:
    """A pasted paragraph in a name field: kept, found by its start, and any query is safe."""
    long_word = "x" * 3000
    people = [Patient("Gent", "long", "Ann", f"Smet {long_word}", None, "0" * 3000, None)]
    cache = clinic(make_store, {"Gent": "Europe/Brussels"}, people)
    assert names(cache, "xxxx") == [f"Ann Smet {long_word}"]
    assert names(cache, long_word) == [f"Ann Smet {long_word}"]
    cache.search_patients("y" * 5000)
    cache.search_patients("9" * 5000)
