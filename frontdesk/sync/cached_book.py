"""What the window can show from the cache alone, before any connector exists.

The staged start (docs/architecture.md, "Start-up") paints the day from here first, and only
then loads the connectors, httpx and the event loop. The workspace reads through the same object,
so the first frame and the running window cannot disagree on "today" or the providers.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from frontdesk.domain.clock import Clock
from frontdesk.domain.models import Provider
from frontdesk.store.cache import Cache
from frontdesk.sync.outbox_records import OutboxEntry, read_entries


class CachedBook:
    def __init__(self, cache: Cache, clock: Clock) -> None:
        self.cache = cache
        self.clock = clock

    def zone(self) -> ZoneInfo:
        """The home zone: the first location of the first account (what "today" means here)."""
        locations = self.cache.locations()
        for account in self.cache.accounts():
            for location in locations:
                if location.account == account.name:
                    return ZoneInfo(location.timezone)
        return ZoneInfo(locations[0].timezone) if locations else ZoneInfo("UTC")

    def today(self) -> date:
        return self.clock.now().astimezone(self.zone()).date()

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        zone = self.zone()
        start = datetime.combine(day, time(0), zone)
        return start, start + timedelta(days=1)

    def providers(self) -> list[Provider]:
        return self.cache.providers()

    def waiting(self) -> list[OutboxEntry]:
        """Every write in the outbox (waiting or refused), oldest first: the book draws the
        waiting ones as pending."""
        return read_entries(self.cache.conn)
