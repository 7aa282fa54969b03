"""A number's first digits on PostgreSQL: the page found by walking the patients in name order
is the page the full search gives, in the same order, and the SQLite cache's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from frontdesk.domain.models import Patient
from frontdesk.store.cache import Cache
from frontdesk.store.pg import store as pg_store
from frontdesk.store.pg.search import pg_plan
from frontdesk.store.pg.store import PgStore
from tests.store.test_phone_pages import crowd, ids, typed_numbers
from tests.support.pg_schema import fresh_schema
from tests.support.pg_server import RunningServer

__all__ = ["crowd"]  # the SQLite cache of the same people, a fixture


@pytest.fixture(scope="module")
def pg_crowd(pg_server: RunningServer, crowd: Cache) -> Iterator[PgStore]:
    """The SQLite crowd's accounts and patients, on PostgreSQL."""
    with fresh_schema(pg_server.dsn) as conninfo:
        store = PgStore(conninfo, pool_size=1)
        for account in crowd.accounts():
            store.save_account(account.name, account.vendor, account.base_url, account.options)
        rows = crowd.conn.execute("SELECT * FROM patients ORDER BY rowid").fetchall()
        store.upsert_patients([Cache._patient(r) for r in rows])  # rowids in the same order
        yield store
        store.close()


@pytest.fixture
def store(pg_server: RunningServer) -> Iterator[PgStore]:
    with fresh_schema(pg_server.dsn) as conninfo:
        made = PgStore(conninfo, pool_size=1)
        made.save_account("Gent", "progenda", "http://gent", {"country": "BE"})
        yield made
        made.close()


def mobiles(count: int) -> list[Patient]:
    """Patients whose numbers all start with +32 470, in name order by id."""
    return [
        Patient("Gent", f"p{n}", "Anna", f"Aerts {n:03d}", phone=f"+32 470 00 {n:04d}")
        for n in range(count)
    ]


@pytest.mark.parametrize("limit", [50, 8])
def test_a_walked_page_is_the_full_searchs_page_and_the_caches(
    pg_crowd: PgStore, crowd: Cache, limit: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    queries = typed_numbers()
    walked = [q for q in queries if (found := pg_plan(q)) is not None and found.number]
    assert {"+32 46", "+32 49", "3246", "0032 47"} <= set(walked)

    answered: list[str] = []
    walk = PgStore._by_walk

    def counted(conn: object, found: object, limit: int) -> object:
        page = walk(conn, found, limit)  # type: ignore[arg-type]
        if page is not None:
            answered.append("walk")
        return page

    monkeypatch.setattr(PgStore, "_by_walk", staticmethod(counted))
    by_walk = {q: ids(pg_crowd.search_patients(q, limit)) for q in queries}
    walks_that_answered = len(answered)

    monkeypatch.setattr(PgStore, "_by_walk", staticmethod(lambda *_: None))
    for query in queries:
        full = ids(pg_crowd.search_patients(query, limit))
        assert by_walk[query] == full, query
        assert full == ids(crowd.search_patients(query, limit)), query
    assert walks_that_answered >= len(walked) // 2  # the common prefixes, from the walk


def test_a_common_prefix_is_answered_by_the_walk_without_the_full_search(
    store: PgStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.upsert_patients(mobiles(120))

    def refused(*_: object) -> None:
        raise AssertionError("the full search ran")

    monkeypatch.setattr(PgStore, "_search", refused)
    hits = store.search_patients("+32 47")
    assert [h.patient.last_name for h in hits] == [f"Aerts {n:03d}" for n in range(50)]


def test_too_few_matches_in_the_walk_leave_the_page_to_the_full_search(
    store: PgStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.upsert_patients(mobiles(120))
    store.upsert_patients([Patient("Gent", "z", "Zoe", "Zeger", phone="+32 499 00 00 00")])
    monkeypatch.setattr(pg_store, "WALK_ROWS", 60)  # fewer rows than a page of matches

    hits = store.search_patients("0470")
    assert len(hits) == 50 and hits[0].patient.last_name == "Aerts 000"
    assert [h.patient.id for h in store.search_patients("+32 49")] == ["z"]


def test_names_alike_for_their_first_150_characters_are_ordered_by_the_whole_name(
    store: PgStore,
) -> None:
    """The index orders names cut to 150 characters: the walk's last group of equal cut names
    is read whole, or a later row of it that sorts first by its full name would be missed."""
    long = "Van " + "x" * 150
    endings = ["z", "y", "x", "w", "v", "u", "a"]  # inserted so that rowids run the other way
    store.upsert_patients(
        Patient("Gent", f"p{n}", "Anna", long + end, phone=f"+32 470 00 00 0{n}")
        for n, end in enumerate(endings)
    )
    store.upsert_patients(
        Patient("Gent", f"q{n}", "Bert", f"Aerts {n}", phone=f"+32 470 11 11 {n:02d}")
        for n in range(3)
    )

    hits = store.search_patients("+32 47", limit=5)

    assert [h.patient.last_name for h in hits] == [
        "Aerts 0",
        "Aerts 1",
        "Aerts 2",
        long + "a",
        long + "u",
    ]


def test_a_surname_starting_with_the_digits_typed_ranks_first(store: PgStore) -> None:
    store.upsert_patients(
        [*mobiles(80), Patient("Gent", "c", "Cas", "De 0470", phone="+32 470 12 00 00")]
    )
    assert [h.patient.id for h in store.search_patients("0470")][:2] == ["c", "p0"]


def test_the_plan_walks_only_a_few_digits() -> None:
    def walks(query: str) -> bool:
        found = pg_plan(query)
        return found is not None and found.number

    assert walks("+32 49") and walks("0470")
    assert not walks("0470 1") and not walks("peeters") and not walks("1990-05-16")
