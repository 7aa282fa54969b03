"""Number searches answered from the phone tables give the full-text path's results, in order."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest

from frontdesk.domain.models import Patient
from frontdesk.domain.search_terms import digits, plan
from frontdesk.sandbox.people import make_people
from frontdesk.store import phone_index
from frontdesk.store.cache import Cache

ACCOUNTS = ("Gent", "Brussel")
# Surnames that start with digits, so the "surname starts with the first word" tier is tried.
ODD_SURNAMES = ("32 Club", "0470 Bvba", "De 46", "Van 0032", "3246", "De 0470")


@pytest.fixture(scope="module")
def crowd(tmp_path_factory: pytest.TempPathFactory) -> Cache:
    cache = Cache(tmp_path_factory.mktemp("phones") / "c.sqlite3")
    cache.save_account("Gent", "progenda", "http://gent", {})
    cache.save_account("Brussel", "progenda", "http://brussel", {"country": "BE"})
    rng = random.Random(3)
    people = make_people(17, 3000, date(2026, 11, 18))
    patients = []
    for n, p in enumerate(people):
        phone: str | None = p.phone
        if n % 7 == 0:  # as callers and vendors write them
            phone = "0" + digits(p.phone)[2:]
        elif n % 11 == 0:
            phone = "0032 " + digits(p.phone)[2:]
        elif n % 13 == 0:
            phone = None
        last = rng.choice(ODD_SURNAMES) if n % 5 == 0 else p.last_name
        patients.append(
            Patient(ACCOUNTS[n % 2], f"p{n}", p.first_name, last, p.birth_date, phone, p.email)
        )
    cache.upsert_patients(patients)
    return cache


def typed_numbers() -> list[str]:
    """Numbers as a receptionist types them: the first digits of mobiles in every form, whole
    numbers (exact hits), later parts, and a few that match nobody."""
    rng = random.Random(9)
    out: set[str] = {"+32 46", "+32 4", "0470 12", "0032 47", "0032 470 1", "3246", "04799"}
    out.update({"+32 49", "0499", "0460 1", "32 46", "(0470) 12", "+32 470-12", "9999 99"})
    out.update({"46 12", "46 1", "0032 4", "0470 1", "3246 1", "32 4", "0470-9"})
    out.update({"1990", "19900", "2026", "20261118", "0479", "0032", "3247"})  # births too
    for person in make_people(17, 80, date(2026, 11, 18)):
        raw = digits(person.phone)  # 324xxxxxxxx
        national = "0" + raw[2:]
        for n in (4, 5, 6, 8, len(national)):
            out.add(national[:n])
            out.add("+" + raw[: n + 1])
        out.add(f"{national[:4]} {national[4:6]}")
        out.add(raw[rng.randint(2, 5) :])
        out.add(person.phone)
        out.add("0032" + raw[2:])
    return sorted(out)


def ids(hits: list[object]) -> list[tuple[str, str]]:
    return [(h.patient.account, h.patient.id) for h in hits]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("limit", "small"), [(50, phone_index.SMALL), (8, 10_000), (50, 0)])
def test_the_phone_tables_give_the_full_text_results_in_order(
    crowd: Cache, limit: int, small: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(phone_index, "SMALL", small)  # 0: the ordered walk answers all
    crowd.search_patients("peeters")  # the name index, which the surname tier reads
    answered, queries = 0, typed_numbers()
    for query in queries:
        found = plan(query, crowd.search_context())
        if found is None:
            continue
        if phone_index.first_page(crowd.conn, found, limit) is not None:
            answered += 1
        reference = ids(crowd.search_full_text(found, limit))
        assert ids(crowd.search_patients(query, limit)) == reference, query
    assert answered > len(queries) * 9 // 10


def test_the_surname_tier_and_an_exact_number_rank_first(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c.sqlite3")
    cache.save_account("Gent", "progenda", "http://gent", {"country": "BE"})
    cache.upsert_patients(
        [
            Patient("Gent", "a", "Ann", "Aerts", phone="+32 470 12 34 99"),
            Patient("Gent", "b", "Bo", "Zeger", phone="+32 470 12 34 56"),
            Patient("Gent", "c", "Cas", "De 0470", phone="+32 470 12 00 00"),
        ]
    )
    assert [h.patient.id for h in cache.search_patients("0470 12")] == ["c", "a", "b"]
    assert [h.patient.id for h in cache.search_patients("0470 12 34 56")] == ["b"]
    assert [h.patient.id for h in cache.search_patients("+32 470 12 34 56")] == ["b"]


def test_edits_deletions_and_a_removed_account_leave_no_stale_hit(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c.sqlite3")
    for name in ACCOUNTS:
        cache.save_account(name, "progenda", f"http://{name.lower()}", {"country": "BE"})
    cache.upsert_patients(
        Patient("Gent", f"g{n}", "Anna", f"Aerts {n:02d}", phone=f"+32 470 00 00 {n:02d}")
        for n in range(60)
    )
    cache.upsert_patients(
        Patient("Brussel", f"b{n}", "Bram", "Bos", phone=f"+32 471 00 00 {n:02d}")
        for n in range(60)
    )
    cache.upsert_patients([Patient("Gent", "g0", "Anna", "Aerts 00", phone="+32 499 11 11 11")])
    cache.upsert_patients([Patient("Gent", "g2", "Anna", "Aerts 02")])  # number removed
    cache.delete_patient("Gent", "g1")
    hits = ids(cache.search_patients("0470 00"))
    assert hits[:2] == [("Gent", "g3"), ("Gent", "g4")] and len(hits) == 50
    assert ids(cache.search_patients("0499 11")) == [("Gent", "g0")]
    cache.remove_account("Brussel")
    assert cache.search_patients("0471 00") == []
    assert cache.conn.execute("SELECT count(*) FROM phone_people").fetchone()[0] == 58


def test_a_cache_from_before_the_phone_tables_is_indexed_at_its_first_search(
    tmp_path: Path,
) -> None:
    path = tmp_path / "c.sqlite3"
    cache = Cache(path)
    cache.save_account("Gent", "progenda", "http://g", {"country": "BE"})
    cache.upsert_patients(
        Patient("Gent", f"p{n}", "Jan", f"De Smet {n:02d}", phone=f"0470 00 00 {n:02d}")
        for n in range(60)
    )
    with cache.transaction() as conn:  # as migration 11 finds an older cache: tables empty
        for table in ("phone_tokens", "phone_people"):
            conn.execute(f"DELETE FROM {table}")
        conn.execute("DELETE FROM search_state WHERE name = 'phones'")
    cache.close()
    reopened = Cache(path)
    assert ids(reopened.search_patients("0470 00"))[:2] == [("Gent", "p0"), ("Gent", "p1")]
    found = plan("0470 00", reopened.search_context())
    assert found is not None
    page = phone_index.first_page(reopened.conn, found, 50)
    assert page is not None and len(page) == 50


def test_forms_are_the_tokens_every_other_digit_token_ends() -> None:
    tokens = ["0470123456", "32470123456", "470123456", "70123456", "e32470123456"]
    assert phone_index.forms_of(tokens) == ["0470123456", "32470123456"]
