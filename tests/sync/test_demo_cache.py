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
from frontdesk.sync import demo_cache
from frontdesk.sync.commands import Book
from frontdesk.sync.commands.result import Outcome
from frontdesk.sync.facade.book import SheetRequest, open_demo_book
from frontdesk.sync.opening import Opened, keep_demo_cache, open_demo_start

NOW = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)  # 10:00 in Brussels (Progenda's demo)
ONLY = {"progenda"}


def close(opened: Opened) -> None:
    asyncio.run(opened.workspace.aclose())


def sync_and_keep(opened: Opened) -> bool:
    """What the window does with the demo: its first sync, then the cache kept if new."""

    async def run() -> bool:
        try:
            await opened.workspace.sync_all()
            return await keep_demo_cache(opened)
        finally:
            await opened.workspace.aclose()

    return asyncio.run(run())


def first_start(clock: FixedClock) -> Path:
    """The first start of the day: the simulators synced, the cache kept as today's snapshot."""
    opened = open_demo_start(clock, only=ONLY)
    assert opened.unkept
    assert sync_and_keep(opened)
    snapshot = demo_cache.snapshot_path(demo_cache.demo_key(clock, ONLY))
    assert snapshot.is_file()
    return snapshot


@pytest.fixture
def kept(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Counts every snapshot written."""
    calls: list[Any] = []
    real: Callable[..., Path] = demo_cache.keep

    def counting(*args: Any, **kwargs: Any) -> Path:
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(demo_cache, "keep", counting)
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
    kept: list[Any],
) -> None:
    clock = FixedClock(NOW)
    snapshot = first_start(clock)
    assert len(kept) == 1
    before = snapshot.stat()

    # The first frame: today's appointments from the cache, before any simulator is made.
    book = open_demo_book(clock, ONLY)
    assert book is not None
    assert book.today() == NOW.date()
    assert book.sheet_now(SheetRequest(book.today())).count > 0
    # Then the simulators, on the same cache, and the sync: no new snapshot is written.
    opened = open_demo_start(clock, book.cache, worker=book.worker, only=ONLY)
    assert not opened.unkept
    assert not sync_and_keep(opened)
    assert len(kept) == 1
    after = snapshot.stat()
    assert (after.st_ino, after.st_mtime_ns, after.st_size) == (
        before.st_ino,
        before.st_mtime_ns,
        before.st_size,
    )


def test_a_demo_cache_from_yesterday_is_made_again_around_today(kept: list[Any]) -> None:
    yesterday = first_start(FixedClock(NOW - timedelta(days=1)))
    today = FixedClock(NOW)
    assert open_demo_book(today, ONLY) is None  # yesterday's is not today's

    assert sync_and_keep(open_demo_start(today, only=ONLY))
    assert len(kept) == 2
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
    kept: list[Any], caplog: pytest.LogCaptureFixture
) -> None:
    clock = FixedClock(NOW)
    snapshot = first_start(clock)
    snapshot.write_bytes(b"not a database at all" * 512)

    with caplog.at_level(logging.WARNING):
        assert open_demo_book(clock, ONLY) is None
        assert not snapshot.exists()
        assert sync_and_keep(open_demo_start(clock, only=ONLY))
    assert len(kept) == 2
    assert todays_count(clock) > 0
    assert caplog.records == []  # nothing to tell the user: the demo was simply made again


def test_damage_found_after_the_first_frame_makes_the_demo_cache_again(
    kept: list[Any],
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
    assert opened.unkept  # found damaged after the first frame: started afresh
    assert not snapshot.exists()
    assert sync_and_keep(opened)
    assert len(kept) == 2
    assert todays_count(clock) > 0


async def book_one(opened: Opened) -> str:
    """Books the first opening of the demo account's first provider; the vendor's id."""
    workspace = opened.workspace
    account = next(iter(workspace.connectors))
    service = next(s for s in workspace.services() if s.account == account)
    provider = next(p for p in workspace.providers() if p.account == account)
    patient = (await workspace.search_patients("a", limit=1))[0].patient
    slots = await workspace.openings(service, NOW, NOW + timedelta(days=3), [provider.id])
    request = BookingRequest(
        account, provider.id, service.id, patient.id, slots[0].start, slots[0].end
    )
    result = await workspace.execute(Book(request))
    assert result.outcome is Outcome.SENT and result.appointment is not None
    return result.appointment.id


def known_to_the_vendor(opened: Opened, appointment_id: str) -> bool:
    assert opened.demo is not None
    (state,) = opened.demo.states.values()
    return appointment_id in {str(i) for i in state.appointments}


def known_after_a_sync(opened: Opened, appointment_id: str) -> bool:
    async def run() -> bool:
        try:
            await opened.workspace.sync_all()
            account = next(iter(opened.workspace.connectors))
            return await opened.workspace.appointment(account, appointment_id) is not None
        finally:
            await opened.workspace.aclose()

    return asyncio.run(run())


def test_what_was_booked_in_a_demo_session_is_gone_from_both_the_cache_and_the_vendor(
    kept: list[Any],
) -> None:
    clock = FixedClock(NOW)
    first_start(clock)

    def session() -> Opened:
        book = open_demo_book(clock, ONLY)
        assert book is not None
        return open_demo_start(clock, book.cache, worker=book.worker, only=ONLY)

    opened = session()

    async def book_and_close() -> str:
        try:
            return await book_one(opened)
        finally:
            await opened.workspace.aclose()

    booked = asyncio.run(book_and_close())
    assert known_to_the_vendor(opened, booked)

    # The next session: neither the cache nor the simulator knows of it, before or after a sync.
    again = session()
    workspace = again.workspace
    account = next(iter(workspace.connectors))
    assert workspace.worker.call(workspace.cache.appointment, account, booked) is None
    assert not known_to_the_vendor(again, booked)
    assert not known_after_a_sync(again, booked)
    assert len(kept) == 1


def test_a_first_session_with_a_booking_is_not_kept_for_the_next(kept: list[Any]) -> None:
    clock = FixedClock(NOW)
    opened = open_demo_start(clock, only=ONLY)

    async def sync_book_keep() -> tuple[str, bool]:
        try:
            await opened.workspace.sync_all()
            booked = await book_one(opened)
            return booked, await keep_demo_cache(opened)
        finally:
            await opened.workspace.aclose()

    booked, was_kept = asyncio.run(sync_book_keep())
    assert not was_kept and kept == []
    assert open_demo_book(clock, ONLY) is None  # the next start begins afresh in both
    again = open_demo_start(clock, only=ONLY)
    assert not known_to_the_vendor(again, booked)
    assert not known_after_a_sync(again, booked)


def test_a_demo_cache_folder_that_cannot_be_written_leaves_the_demo_working(
    private_home: Path,
) -> None:
    private_home.mkdir(parents=True, exist_ok=True)
    (private_home / "demo").write_text("a file where the folder would be")
    clock = FixedClock(NOW)
    assert open_demo_book(clock, ONLY) is None
    opened = open_demo_start(clock, only=ONLY)
    assert not sync_and_keep(opened)  # not kept, and nothing raised
    assert todays_count_after(opened) > 0


def todays_count_after(opened: Opened) -> int:
    workspace = opened.workspace
    day = NOW.date()
    start, end = workspace.cached.day_bounds(day)
    return len(workspace.cache.appointments_between(start, end))
