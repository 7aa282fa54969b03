"""What a book's sheet reads from the cache: the shown day's rows (each column's own local
day), the shown provider's week, names without whole patients; and the sheets kept and built
ahead (sync/sheet_shelf.py), dropped when the change feed says what they show changed."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from frontdesk.domain.book import BookMode, DaySheet
from frontdesk.domain.clock import FixedClock
from frontdesk.domain.models import Appointment, Location, Patient, Provider, Service
from frontdesk.store.cache import Cache
from frontdesk.sync import cached_book
from frontdesk.sync.cached_book import CachedBook
from frontdesk.sync.day import BookOptions, SheetRequest, build_day, build_week
from frontdesk.sync.feed import ChangeFeed, Changes, Span
from frontdesk.sync.outbox_records import OutboxEntry

BRUSSELS = ZoneInfo("Europe/Brussels")
DENVER = ZoneInfo("America/Denver")
DAY = date(2026, 11, 18)  # a Wednesday


def at(day: date, hh: int, mm: int = 0, zone: ZoneInfo = BRUSSELS) -> datetime:
    return datetime.combine(day, time(hh, mm), zone).astimezone(UTC)


def appointment(ident: str, provider: str, start: datetime, account: str = "A") -> Appointment:
    return Appointment(
        account=account,
        id=ident,
        provider_id=provider,
        start=start,
        end=start + timedelta(minutes=30),
        patient_id="x1",
        service_id="s1",
    )


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    cache = Cache(tmp_path / "c.sqlite3")
    cache.save_account("A", "progenda", "http://a", {})
    cache.save_account("B", "syncvet", "http://b", {})
    cache.replace_reference(
        "A",
        [Location("A", "gent", "Gent", "Europe/Brussels")],
        [Provider("A", "p1", "Dr One", "gent"), Provider("A", "p2", "Dr Two", "gent")],
        [Service("A", "s1", "Consultation", 30)],
    )
    cache.replace_reference(
        "B", [Location("B", "den", "Denver", "America/Denver")], [Provider("B", "v1", "Vet")], []
    )
    cache.upsert_patients([Patient("A", "x1", "Ann", "Peeters")])
    rows = []
    for offset in (-1, 0, 1):
        day = DAY + timedelta(days=offset)
        for provider in ("p1", "p2"):
            # The day's edges: a column of Brussels keeps 00:00 to 23:59 of its own day.
            for hh, mm in ((0, 0), (9, 0), (23, 30)):
                rows.append(appointment(f"{day:%d}-{provider}-{hh}", provider, at(day, hh, mm)))
        # Denver's day starts 8 hours after Brussels'.
        rows.append(appointment(f"{day:%d}-v1", "v1", at(day, 20, 0, DENVER), account="B"))
    cache.upsert_appointments(rows)
    yield cache
    cache.close()


@pytest.fixture
def rows_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the appointment rows the cache turns into Appointments."""
    seen: list[str] = []
    original = Cache._appointment

    def counted(r: Any) -> Appointment:
        seen.append(r["id"])
        return original(r)

    monkeypatch.setattr(Cache, "_appointment", staticmethod(counted))
    return seen


def drawn(sheet: DaySheet) -> dict[str, list[str]]:
    return {c.provider.id: [e.appointment.id for e in c.entries] for c in sheet.columns}


def test_a_day_reads_only_the_rows_its_columns_draw(cache: Cache, rows_read: list[str]) -> None:
    sheet = build_day(cache, DAY, BRUSSELS, options=BookOptions())
    assert drawn(sheet) == {
        "p1": ["18-p1-0", "18-p1-9", "18-p1-23"],
        "p2": ["18-p2-0", "18-p2-9", "18-p2-23"],
        "v1": ["18-v1"],
    }
    assert sorted(rows_read) == sorted(id for ids in drawn(sheet).values() for id in ids)


def test_a_day_of_chosen_providers_reads_theirs_only(cache: Cache, rows_read: list[str]) -> None:
    build_day(cache, DAY, BRUSSELS, options=BookOptions(providers={("A", "p2")}))
    assert sorted(rows_read) == ["18-p2-0", "18-p2-23", "18-p2-9"]


def test_the_week_of_one_provider_reads_that_provider_only(
    cache: Cache, rows_read: list[str]
) -> None:
    sheet = build_week(cache, ("A", "p1"), DAY, BRUSSELS, BookOptions())
    assert sheet.count == 9  # Tuesday to Thursday, three each
    assert len(rows_read) == 9 and all("-p1-" in ident for ident in rows_read)


def test_names_are_read_without_building_patients(
    cache: Cache, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(r: Any) -> Patient:
        raise AssertionError("a whole Patient was built for a name")

    monkeypatch.setattr(Cache, "_patient", staticmethod(refused))
    sheet = build_day(cache, DAY, BRUSSELS, options=BookOptions(providers={("A", "p1")}))
    assert {e.patient for c in sheet.columns for e in c.entries} == {"Ann Peeters"}


def test_a_move_waiting_to_another_day_is_drawn_on_that_day(cache: Cache) -> None:
    later = at(DAY + timedelta(days=1), 15)
    move = OutboxEntry(
        1,
        "A",
        "move",
        "k",
        {
            "appointment_id": "18-p1-9",
            "start": later.isoformat(),
            "end": (later + timedelta(minutes=30)).isoformat(),
            "provider_id": "p2",
        },
        "queued",
        1,
        None,
    )
    options = BookOptions(waiting=[move])
    today = build_day(cache, DAY, BRUSSELS, options=options)
    tomorrow = build_day(cache, DAY + timedelta(days=1), BRUSSELS, options=options)
    assert "18-p1-9" not in drawn(today)["p1"]
    assert "18-p1-9" in drawn(tomorrow)["p2"]


# -- kept sheets and the days built ahead --------------------------------------------------------
@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[date]:
    """The days whose sheets were read from the cache, in order."""
    days: list[date] = []
    original = cached_book.build_sheet

    def counted(cache: Cache, request: SheetRequest, reference: Any) -> DaySheet:
        days.append(request.day)
        return original(cache, request, reference)

    monkeypatch.setattr(cached_book, "build_sheet", counted)
    return days


def request(day: date) -> SheetRequest:
    return SheetRequest(day, BookMode.DAY, BookOptions())


async def settled(book: CachedBook) -> None:
    """Every sheet being built ahead has been built."""
    assert book.shelf is not None
    await book.shelf.settled()


async def test_the_next_day_is_built_ahead_and_drawn_without_a_read(
    cache: Cache, built: list[date]
) -> None:
    book = CachedBook(cache, FixedClock(at(DAY, 10)))
    book.follow(ChangeFeed())
    await book.sheet(request(DAY))
    await settled(book)
    days = [DAY + timedelta(days=n) for n in (0, 1, -1, 2, -2)]
    assert built == days  # the day asked for, then two days either side
    tomorrow = book.ready_sheet(request(DAY + timedelta(days=1)))
    assert tomorrow is not None and drawn(tomorrow)["p1"][0] == "19-p1-0"
    await settled(book)
    assert built[5:] == [DAY + timedelta(days=3)]  # and from there, one more day out
    book.worker.close()


async def test_a_booking_synced_on_tomorrow_shows_when_going_there(
    cache: Cache, built: list[date]
) -> None:
    feed = ChangeFeed()
    book = CachedBook(cache, FixedClock(at(DAY, 10)))
    book.follow(feed)
    await book.sheet(request(DAY))
    await settled(book)
    tomorrow = DAY + timedelta(days=1)
    start = at(tomorrow, 15)
    # A sync stores a booking on tomorrow, then tells the feed.
    await book.worker.run(cache.upsert_appointments, [appointment("new", "p1", start)])
    feed.publish(Changes(appointments=(Span("A", start, start + timedelta(minutes=30)),)))
    assert book.ready_sheet(request(tomorrow)) is None
    assert book.ready_sheet(request(DAY)) is not None  # today's rows did not change
    assert "new" in drawn(await book.sheet(request(tomorrow)))["p1"]
    book.worker.close()


async def test_a_read_under_way_when_a_change_is_told_is_not_kept(
    cache: Cache, built: list[date]
) -> None:
    feed = ChangeFeed()
    book = CachedBook(cache, FixedClock(at(DAY, 10)))
    book.follow(feed)
    reading = asyncio.ensure_future(book.sheet(request(DAY)))
    await asyncio.sleep(0)  # one turn: the read is on the worker
    feed.publish(Changes(outbox=True))  # e.g. a write stored meanwhile
    await reading
    assert book.ready_sheet(request(DAY)) is None
    book.worker.close()


async def test_an_account_status_alone_keeps_the_sheets_and_its_settings_do_not(
    cache: Cache, built: list[date]
) -> None:
    feed = ChangeFeed()
    book = CachedBook(cache, FixedClock(at(DAY, 10)))
    book.follow(feed)
    await book.sheet(request(DAY))
    await settled(book)
    feed.publish(Changes(accounts=frozenset({"A"})))  # synced, requests left: told every page
    assert book.ready_sheet(request(DAY + timedelta(days=1))) is not None
    feed.publish(Changes(accounts=frozenset({"A"}), reference=True))  # its hours may differ
    assert book.ready_sheet(request(DAY + timedelta(days=1))) is None
    book.worker.close()
