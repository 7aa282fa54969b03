"""A sync's page of patients is written in a few statements (store/patient_page.py), and reads
back and is found exactly as when each patient was written in turn."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from frontdesk.domain.models import Patient
from frontdesk.store.cache import Cache

AT = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)
# What the JSON that carries a page must not bend: quotes, backslashes, control characters,
# accents, letters outside the BMP, text that looks like a number or like JSON.
ODD = ['Ó\'Brien "Jr"', "Back\\slash", "Tab\tNew\nline", "Zoë 😀", "0042", "[1, 2]", "null"]


def page(start: int, count: int) -> list[Patient]:
    return [
        Patient(
            "Gent",
            f"p{n}",
            ODD[n % len(ODD)] if n % 3 == 0 else f"Anna{n}",
            f"Mül{chr(97 + n % 26)}{chr(97 + n // 26)}er",  # Müla aer ... Mülvher
            date(1980, 1, 1 + n % 28) if n % 4 else None,
            f"+32 470 12 {n:04d}"[:17] if n % 5 else None,
            f"anna.{n}@example.be" if n % 2 else None,
            active=n % 7 != 0,
            owner_name="Jan Peeters" if n % 9 == 0 else None,
            updated_at=AT,
            vendor_ref=f"r{n}" if n % 6 == 0 else None,
            location_id="L1" if n % 2 else None,
        )
        for n in range(start, start + count)
    ]


def found(cache: Cache, query: str) -> list[str]:
    return [h.patient.id for h in cache.search_patients(query)]


def fresh(tmp_path: Path) -> Cache:
    cache = Cache(tmp_path / "c.sqlite3")
    cache.save_account("Gent", "progenda", "http://gent", {"country": "BE"})
    return cache


def test_a_page_is_written_in_a_few_statements_and_reads_back_as_sent(tmp_path: Path) -> None:
    cache = fresh(tmp_path)
    cache.upsert_patients(page(0, 100))  # the second page updates as well as inserts
    statements: list[str] = []
    cache.conn.set_trace_callback(statements.append)
    sent = [replace(p, active=not p.active, birth_date=None) for p in page(50, 100)]
    written = cache.upsert_patients(sent, cursor=("Gent", "patients.pass", "100:3"))
    cache.conn.set_trace_callback(None)

    assert written == 100
    # Before: three per patient (the row, the search index's delete and insert) and a step
    # per index row, 1,392 here. A name or a number that changed still removes its old keys
    # one by one. ("-- ": FTS5's own statements, inside SQLite.)
    ours = [s for s in statements if not s.startswith("-- ")]
    assert len(ours) < 25, ours
    for p in sent:
        assert cache.patient("Gent", p.id) == p
    assert cache.patient("Gent", "p0") == page(0, 1)[0]
    assert cache.patient_count() == 150
    assert cache.cursor("Gent", "patients.pass") == "100:3"


def test_what_a_page_wrote_is_found_by_name_number_and_birth_date(tmp_path: Path) -> None:
    cache = fresh(tmp_path)
    cache.upsert_patients(page(0, 100))
    cache.upsert_patients(page(100, 100))

    assert found(cache, "mulober") == found(cache, "Mülober") == ["p40"]  # the surname, folded
    assert found(cache, "mulobe") == ["p40"]
    assert found(cache, "anna142") == ["p142"]
    assert found(cache, "zoë")[:2] == found(cache, "zoe")[:2] == ["p3", "p108"]
    assert (
        found(cache, "0470 12 0041")
        == found(cache, "+32470120041")
        == found(cache, "0041")
        == ["p41"]
    )
    assert found(cache, "anna.41@example.be") == ["p41"]
    assert found(cache, "peeters")[:3] == ["p0", "p27", "p54"]  # the owner's name
    assert found(cache, "06/01/1980") == ["p5", "p33", "p61", "p89", "p117", "p145", "p173"]


def test_a_page_naming_a_patient_twice_keeps_the_last(tmp_path: Path) -> None:
    cache = fresh(tmp_path)
    first, later = Patient("Gent", "p1", "Anna", "Peeters"), Patient("Gent", "p1", "Anna", "Claes")
    assert cache.upsert_patients([first, Patient("Gent", "p2", "Bram", "Wouters"), later]) == 3
    assert cache.patient("Gent", "p1") == later
    assert found(cache, "claes") == ["p1"]
    assert found(cache, "peeters") == []


def test_an_edit_waiting_in_the_outbox_keeps_its_row_and_its_words(tmp_path: Path) -> None:
    cache = fresh(tmp_path)
    cache.upsert_patients(page(0, 10))
    edited = replace(page(4, 1)[0], last_name="Janssens")
    cache.upsert_patients([edited], pending=True)

    assert cache.upsert_patients(page(0, 10)) == 9  # the sync's copy of p4 is not written
    assert cache.patient("Gent", "p4") == edited
    assert found(cache, "janssens") == ["p4"]
    assert found(cache, "muleaer") == []  # the name the sync sent


def test_a_nul_in_a_text_is_dropped_not_a_failure(tmp_path: Path) -> None:
    cache = fresh(tmp_path)
    assert cache.upsert_patients([Patient("Gent", "p1", "An\x00na", "Pee\x00ters")]) == 1
    shown = cache.patient("Gent", "p1")
    assert shown is not None and (shown.first_name, shown.last_name) == ("Anna", "Peeters")
    assert found(cache, "peeters") == ["p1"]
