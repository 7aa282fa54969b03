"""The book's last sheets, kept while what they show is unchanged, and the two days on either
side of a day shown, built ahead.

Alt+Right then draws a sheet already built (no read on the worker, no waiting on it). The change
feed says what changed (`forget`): a kept sheet whose days, patients' names, reference data or
waiting writes changed is dropped, and a read under way when anything changed is not kept
(it may have read the rows before the change); the next request reads afresh.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from frontdesk.domain.book import BookMode, DaySheet, ProviderKey
from frontdesk.sync.day import SheetRequest

if TYPE_CHECKING:  # imported when first awaited: the first frame (a staged start) has no loop
    import asyncio

    from frontdesk.sync.feed import Changes

KEPT = 8  # sheets kept: the days around the one shown, and a few views of them
AHEAD = (1, -1, 2, -2)  # the days built ahead of a day shown
# A column runs on its own zone's clock (UTC-12 to UTC+14): a local day starts up to 14 hours
# before UTC's and ends up to 12 hours after it.
AHEAD_OF_UTC = timedelta(hours=14)
BEHIND_UTC = timedelta(hours=12)

Key = tuple[date, BookMode, bool, bool, frozenset[ProviderKey] | None, ProviderKey | None]


def key_of(request: SheetRequest) -> Key:
    """What a sheet depends on (the waiting writes are read with it, on the worker)."""
    options = request.options
    shown = None if options.providers is None else frozenset(options.providers)
    return (
        request.day,
        request.mode,
        options.show_cancelled,
        options.group_by_location,
        shown,
        request.provider if request.mode is BookMode.WEEK else None,
    )


def span(key: Key) -> tuple[datetime, datetime]:
    """The instants whose appointments a kept sheet may draw (with every zone's margin)."""
    day, mode = key[0], key[1]
    week = mode is BookMode.WEEK
    first = day - timedelta(days=day.weekday()) if week else day
    start = datetime.combine(first, time(0), UTC)
    return start - AHEAD_OF_UTC, start + timedelta(days=7 if week else 1) + BEHIND_UTC


def names_touched(changes: Changes, sheet: DaySheet) -> bool:
    if not changes.any_patient:
        return False
    return any(
        e.appointment.patient_id
        and changes.touches_patient(e.appointment.account, e.appointment.patient_id)
        for column in sheet.columns
        for e in column.entries
    )


class SheetShelf:
    def __init__(self, build: Callable[[SheetRequest], Awaitable[DaySheet]]) -> None:
        self._build = build
        self._kept: OrderedDict[Key, DaySheet] = OrderedDict()
        self._building: dict[Key, asyncio.Future[DaySheet]] = {}
        self._generation = 0  # changes told so far
        self.builds = 0  # sheets read from the cache (asked for or ahead)

    def ready(self, request: SheetRequest, *, ahead: bool = True) -> DaySheet | None:
        """The kept sheet for `request`, if any; the days around it are then built ahead
        (unless not `ahead`: a sheet asked for only to be prepared)."""
        key = key_of(request)
        sheet = self._kept.get(key)
        if sheet is not None:
            self._kept.move_to_end(key)
            if ahead:
                self._ahead_of(request)
        return sheet

    async def sheet(self, request: SheetRequest, *, ahead: bool = True) -> DaySheet:
        kept = self.ready(request, ahead=ahead)
        if kept is not None:
            return kept
        import asyncio

        key = key_of(request)
        building = self._building.get(key) or self._start(key, request)
        sheet = await asyncio.shield(building)
        if ahead:
            self._ahead_of(request)
        return sheet

    async def settled(self) -> None:
        """Returns once no sheet is being built (the days ahead included)."""
        import asyncio

        while self._building:
            await asyncio.gather(*self._building.values(), return_exceptions=True)

    def forget(self, changes: Changes) -> None:
        """The feed's listener: drop what `changes` may have made wrong."""
        self._generation += 1
        self._building.clear()  # reads under way may predate the change: not kept
        # An account's settings (its working hours) and its addition or removal come with the
        # reference data; a change of its status alone (synced, requests left, offline) changes
        # nothing a sheet shows, and is told every few seconds during a sync.
        if changes.reference or changes.outbox:
            self._kept.clear()  # hours, names of places, waiting writes: every sheet
            return
        for key, sheet in list(self._kept.items()):
            if changes.touches(*span(key)) or names_touched(changes, sheet):
                del self._kept[key]

    def _ahead_of(self, request: SheetRequest) -> None:
        if request.mode is not BookMode.DAY:
            return
        # The next day first (the book is read forwards more often), and two days out, so a
        # day is read two key presses before it is shown (a big day takes a while to read).
        for days in AHEAD:
            near = replace(request, day=request.day + timedelta(days=days))
            key = key_of(near)
            if key not in self._kept and key not in self._building:
                self._start(key, near)

    def _start(self, key: Key, request: SheetRequest) -> asyncio.Future[DaySheet]:
        import asyncio

        generation = self._generation
        self.builds += 1
        task = asyncio.ensure_future(self._build(request))
        self._building[key] = task

        def done(finished: asyncio.Future[DaySheet]) -> None:
            if self._building.get(key) is finished:
                del self._building[key]
            if finished.cancelled() or finished.exception() is not None:
                return  # whoever asked hears of it; a day built ahead is simply not kept
            if generation == self._generation:  # nothing changed while it was read
                self._kept[key] = finished.result()
                self._kept.move_to_end(key)
                while len(self._kept) > KEPT:
                    self._kept.popitem(last=False)

        task.add_done_callback(done)
        return task
