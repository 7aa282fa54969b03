"""What the window can show from the cache alone, before any connector exists.

The staged start (docs/architecture.md, "Start-up") paints the day from here first, and only
then loads the connectors, httpx and the event loop. The workspace reads through the same object,
so the first frame and the running window cannot disagree on "today" or the providers.

Every read runs on the cache worker thread. The reference data (accounts, locations, providers,
services) is held as one immutable snapshot, swapped whole after a change, so the window asks it
"today", "whose zone" or "which providers" without touching the store.

Once it follows the change feed (`follow`, the workspace's), it keeps the last sheets built
(`SheetShelf`) and builds the days on either side of a day shown ahead, on the worker, so the
next or previous day is drawn without a read; a change to what a kept sheet shows drops it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from frontdesk.domain.book import DaySheet
from frontdesk.domain.clock import Clock
from frontdesk.domain.models import Provider
from frontdesk.domain.reference import Reference
from frontdesk.sync.day import SheetRequest, build_sheet
from frontdesk.sync.outbox_records import OutboxEntry, read_entries
from frontdesk.sync.sheet_shelf import SheetShelf
from frontdesk.sync.worker import CacheWorker

if TYPE_CHECKING:
    from frontdesk.store.protocol import Store
    from frontdesk.sync.feed import ChangeFeed


def load_reference(cache: Store) -> Reference:
    """Run on the worker thread."""
    return Reference.of(cache.accounts(), cache.locations(), cache.providers(), cache.services())


class CachedBook:
    def __init__(self, cache: Store, clock: Clock, worker: CacheWorker | None = None) -> None:
        self.cache = cache
        self.clock = clock
        self.worker = worker or CacheWorker()
        self.reference = self.worker.call(load_reference, cache)
        self.shelf: SheetShelf | None = None  # kept sheets, once the change feed is followed

    def follow(self, feed: ChangeFeed) -> None:
        """Keep built sheets and build the days around a day shown ahead: `feed` tells when
        what they show changes (every write to the cache is told there)."""
        self.shelf = SheetShelf(self._build)
        feed.subscribe(self.shelf.forget)

    async def reload(self) -> Reference:
        """A fresh snapshot, read on the worker (after reference data changed)."""
        self.reference = await self.worker.run(load_reference, self.cache)
        return self.reference

    # -- answered from the snapshot (no SQL) -------------------------------------------------
    def zone(self) -> ZoneInfo:
        """The home zone: the first location of the first account (what "today" means here)."""
        return self.reference.zone()

    def today(self) -> date:
        return self.reference.today(self.clock.now())

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        return self.reference.day_bounds(day)

    def providers(self) -> list[Provider]:
        return list(self.reference.providers)

    # -- read on the worker ------------------------------------------------------------------
    def sheet_now(self, request: SheetRequest) -> DaySheet:
        """The first frame, before the event loop runs: built on the worker, waited for."""
        return self.worker.call(build_sheet, self.cache, request, self.reference)

    async def sheet(self, request: SheetRequest) -> DaySheet:
        if self.shelf is None:
            return await self._build(request)
        return await self.shelf.sheet(request)

    def ready_sheet(self, request: SheetRequest) -> DaySheet | None:
        """The sheet, when one built for this request still holds (no read, no waiting)."""
        return self.shelf.ready(request) if self.shelf is not None else None

    async def sheet_ahead(self, request: SheetRequest) -> DaySheet | None:
        """A sheet being built ahead (or kept), for the view to prepare; None when sheets are
        not kept (nothing is read for it then)."""
        if self.shelf is None:
            return None
        return await self.shelf.sheet(request, ahead=False)

    async def _build(self, request: SheetRequest) -> DaySheet:
        return await self.worker.run(build_sheet, self.cache, request, self.reference)

    async def waiting(self) -> list[OutboxEntry]:
        """Every write in the outbox (waiting or refused), oldest first."""
        return await self.worker.run(lambda: read_entries(self.cache))
