"""The demo clinic's cache is prepared once a day and reopened: the window's first frame is
painted from it before any simulator exists, and each session starts afresh in both the cache
and the simulators (sync/demo_cache.py, sync/opening.py `open_demo_start`)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from frontdesk.domain.clock import FixedClock
from frontdesk.domain.models import BookingRequest
from frontdesk.sync import demo_cache, opening
from frontdesk.sync.commands import Book
from frontdesk.sync.commands.result import Outcome
from frontdesk.sync.facade.book import SheetRequest, open_demo_book
from frontdesk.sync.opening import Opened, open_demo_start

NOW = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)  # 10:00 in Brussels (Progenda's demo)
ONLY = {"progenda"}


def close(opened: Opened) -> None:
    asyncio.run(opened.workspace.aclose())


def first_start(clock: FixedClock) -> Path:
    """The first start of the day: the simulators synced into today's snapshot."""
    close(open_demo_start(clock, only=ONLY))
    snapshot = demo_cache.snapshot_path(demo_cache.demo_key(clock, ONLY))
    assert snapshot.is_file()
    return snapshot


@pytest.fixture
def prepared(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Counts every time the simulators are synced into a new snapshot."""
    calls: list[Any] = []
    real: Callable[..., Path] = opening.prepare_demo

    def counting(*args: Any, **kwargs: Any) -> Path:
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(opening, "prepare_demo", counting)
    return calls


def todays_count(clock: FixedClock) -> int:
    book = open_demo_book(clock, ONLY)
    assert book is not None
    try:
        return book.sheet_now(SheetRequest(book.today())).count
    finally:
        book.worker.call(book.cache.close)
        book.worker.close()


def test_a_second_start_paints_from_the_prepared_cache_without_making_it_again(
    prepared: list[Any],
) -> None:
    clock = FixedClock(NOW)
    snapshot = first_start(clock)
    assert len(prepared) == 1
    before = snapshot.stat()

    # The first frame: today's appointments from the cache, before any simulator is made.
    book = open_demo_book(clock, ONLY)
    assert book is not None
    assert book.today() == NOW.date()
    assert book.sheet_now(SheetRequest(book.today())).count > 0
    # Then the simulators, on the same cache: nothing is synced into a new snapshot.
    opened = open_demo_start(clock, book.cache, worker=book.worker, only=ONLY)
    close(opened)
    assert len(prepared) == 1
    after = snapshot.stat()
    assert (after.st_ino, after.st_mtime_ns, after.st_size) == (
        before.st_ino,
        before.st_mtime_ns,
        before.st_size,
    )


def test_a_demo_cache_from_yesterday_is_made_again_around_today(prepared: list[Any]) -> None:
    yesterday = first_start(FixedClock(NOW - timedelta(days=1)))
    today = FixedClock(NOW)
    assert open_demo_book(today, ONLY) is None  # yesterday's is not today's

    close(open_demo_start(today, only=ONLY))
    assert len(prepared) == 2
    assert not yesterday.exists()
    book = open_demo_book(today, ONLY)
    assert book is not None
    try:
        assert book.today() == NOW.date()
        assert book.sheet_now(SheetRequest(NOW.date())).count > 0
    finally:
        book.worker.call(book.cache.close)
        book.worker.close()


def test_an_unreadable_demo_cache_is_made_again_without_a_word(
    prepared: list[Any], caplog: pytest.LogCaptureFixture
) -> None:
    clock = FixedClock(NOW)
    snapshot = first_start(clock)
    snapshot.write_bytes(b"not a database at all" * 512)

    with caplog.at_level(logging.WARNING):
        assert open_demo_book(clock, ONLY) is None
        assert not snapshot.exists()
        close(open_demo_start(clock, only=ONLY))
    assert len(prepared) == 2
    assert todays_count(clock) > 0
    assert caplog.records == []  # nothing to tell the user: the demo was simply made again


def test_damage_found_after_the_first_frame_makes_the_demo_cache_again(
    prepared: list[Any],
) -> None:
    clock = FixedClock(NOW)
    snapshot = first_start(clock)
    data = bytearray(snapshot.read_bytes())
    page = 4096
    # Pages past the first few (patients), garbled; the header and the schema stay readable.
    middle = len(data) // page // 2 * page
    data[middle : middle + 8 * page] = b"\xa5" * (8 * page)
    snapshot.write_bytes(bytes(data))

    book = open_demo_book(clock, ONLY)
    assert book is not None  # the first frame's pages are whole: the damage is found after it
    opened = open_demo_start(clock, book.cache, worker=book.worker, only=ONLY)
    try:
        assert len(prepared) == 2
        found = opened.workspace.worker.call(
            lambda: opened.workspace.cache.conn.execute("PRAGMA quick_check").fetchone()[0]
        )
        assert found == "ok"
    finally:
        close(opened)
    assert todays_count(clock) > 0


def test_what_was_booked_in_a_demo_session_is_gone_from_both_the_cache_and_the_vendor(
    prepared: list[Any],
) -> None:
    clock = FixedClock(NOW)
    first_start(clock)

    def session() -> tuple[Opened, Any]:
        book = open_demo_book(clock, ONLY)
        assert book is not None
        return open_demo_start(clock, book.cache, worker=book.worker, only=ONLY), book

    opened, _ = session()
    workspace = opened.workspace
    account = next(iter(workspace.connectors))

    async def book_one() -> str:
        try:
            service = next(s for s in workspace.services() if s.account == account)
            provider = next(p for p in workspace.providers() if p.account == account)
            patient = (await workspace.search_patients("a", limit=1))[0]
            slot = (await workspace.openings(service, NOW, NOW + timedelta(days=3), [provider.id]))[
                0
            ]
            result = await workspace.execute(
                Book(
                    BookingRequest(
                        account, provider.id, service.id, patient.patient.id, slot.start, slot.end
                    )
                )
            )
            assert result.outcome is Outcome.SENT and result.appointment is not None
            return result.appointment.id
        finally:
            await workspace.aclose()

    booked = asyncio.run(book_one())
    assert opened.demo is not None
    state = next(iter(opened.demo.states.values()))
    assert booked in {str(i) for i in state.appointments}

    # The next session: neither the cache nor the simulator knows of it, before or after a sync.
    again, _ = session()
    cache = again.workspace.cache
    assert again.workspace.worker.call(cache.appointment, account, booked) is None
    assert again.demo is not None
    state = next(iter(again.demo.states.values()))
    assert booked not in {str(i) for i in state.appointments}

    async def sync_and_look() -> object:
        try:
            await again.workspace.sync_all()
            return await again.workspace.appointment(account, booked)
        finally:
            await again.workspace.aclose()

    assert asyncio.run(sync_and_look()) is None
    assert len(prepared) == 1
