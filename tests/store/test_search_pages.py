"""Name searches answered from the name index give the full-text path's results, in its order."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest

from frontdesk.domain.models import Patient
from frontdesk.domain.search_terms import fold, plan
from frontdesk.sandbox.people import FIRST_NAMES, LAST_NAMES, make_people
from frontdesk.store import name_index
from frontdesk.store.cache import Cache

ACCOUNTS = ("Gent", "Brussel")


@pytest.fixture(scope="module")
def crowd(tmp_path_factory: pytest.TempPathFactory) -> Cache:
    cache = Cache(tmp_path_factory.mktemp("crowd") / "c.sqlite3")
    for name in ACCOUNTS:
        cache.save_account(name, "progenda", f"http://{name.lower()}", {})
    people = make_people(13, 3000, date(2026, 11, 18))
    cache.upsert_patients(
        Patient(ACCOUNTS[n % 2], f"p{n}", p.first_name, p.last_name, p.birth_date, None, p.email)
        for n, p in enumerate(people)
    )
    return cache


def typed_queries() -> list[str]:
    """What a receptionist types on the way to a name: every prefix of every surname and first
    name, later surname words, both orders of full names, and a few oddities."""
    rng = random.Random(5)
    out: set[str] = set()
    for name in (*LAST_NAMES, *FIRST_NAMES):
        out.update(name[:n] for n in range(1, len(name) + 1))
        out.add(fold(name))
    for last in LAST_NAMES:
        out.update(last.split()[1:])
        out.add(f"{rng.choice(FIRST_NAMES)} {last}")
        out.add(f"{last.lower()} {rng.choice(FIRST_NAMES)[:2]}")
    out.update(["van de v", "van d", "de s", "d h", "jan jan", "van hecke joris", "xyz", "é"])
    return sorted(out)


def ids(hits: list[object]) -> list[tuple[str, str]]:
    return [(h.patient.account, h.patient.id) for h in hits]  # type: ignore[attr-defined]


@pytest.mark.parametrize("limit", [50, 8])
def test_the_name_index_gives_the_full_text_results_in_order(crowd: Cache, limit: int) -> None:
    answered, queries = 0, typed_queries()
    for query in queries:
        found = plan(query, crowd.search_context())
        if found is None:
            continue
        if name_index.first_page(crowd.conn, found, query, limit) is not None:
            answered += 1
        reference = ids(crowd.search_full_text(found, limit))
        assert ids(crowd.search_patients(query, limit)) == reference, query
    # Not a vacuous comparison: the index answered much of what was typed (about 45 people
    # share a surname here, so at 50 a whole surname is left to the full-text path).
    assert answered > len(queries) // (5 if limit == 50 else 2)


def test_edits_deletions_and_a_removed_account_leave_no_stale_hit(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c.sqlite3")
    for name in ACCOUNTS:
        cache.save_account(name, "progenda", f"http://{name.lower()}", {})
    people = [Patient("Gent", f"g{n}", "Anna", f"Van Hecke {n:02d}") for n in range(60)]
    people += [Patient("Brussel", f"b{n}", "Bram", f"Vermeulen {n:02d}") for n in range(60)]
    cache.upsert_patients(people)
    assert len(cache.search_patients("hecke")) == 50
    cache.upsert_patients([Patient("Gent", "g0", "Anna", "Peeters")])  # renamed
    cache.delete_patient("Gent", "g1")
    hecke = ids(cache.search_patients("hecke"))  # 58 left: the index answers the first 50
    assert hecke[:2] == [("Gent", "g2"), ("Gent", "g3")] and len(hecke) == 50
    assert ids(cache.search_patients("peet")) == [("Gent", "g0")]
    cache.remove_account("Brussel")
    assert cache.search_patients("verm") == []
    assert cache.conn.execute("SELECT count(*) FROM name_words").fetchone()[0] == 59


def test_a_cache_from_before_the_name_index_is_indexed_at_its_first_search(
    tmp_path: Path,
) -> None:
    path = tmp_path / "c.sqlite3"
    cache = Cache(path)
    cache.save_account("Gent", "progenda", "http://g", {})
    cache.upsert_patients(Patient("Gent", f"p{n}", "Jan", f"De Smet {n:02d}") for n in range(60))
    with cache.transaction() as conn:  # as schema 4 finds a schema-3 cache: tables empty
        for table in ("name_keys", "name_words", "search_state"):
            conn.execute(f"DELETE FROM {table}")
    cache.close()
    reopened = Cache(path)
    assert ids(reopened.search_patients("smet"))[:2] == [("Gent", "p0"), ("Gent", "p1")]
    found = plan("smet")
    assert found is not None
    page = name_index.first_page(reopened.conn, found, "smet", 50)
    assert page is not None and len(page) == 50


def test_a_new_cache_is_not_indexed_twice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = Cache(tmp_path / "c.sqlite3")
    cache.save_account("Gent", "progenda", "http://g", {})
    cache.upsert_patients([Patient("Gent", "1", "Jan", "De Smet")])  # indexed as written
    rebuilt: list[object] = []
    monkeypatch.setattr(name_index, "rebuild", rebuilt.append)
    assert ids(cache.search_patients("smet")) == [("Gent", "1")]
    assert rebuilt == []
