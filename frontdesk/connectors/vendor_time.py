"""The vendor's clock, as the `Date` header of its replies states it.

Incremental cursors are compared with the vendor's modification stamps, so they must be read on
the vendor's clock, not the desk's: a desk clock running fast would otherwise put the cursor
ahead of edits the vendor has not stamped yet, and they would be missed for good.

A read opens a `DateWatch`; every reply's Date while it is open lowers the watch's `earliest`.
The earliest Date of a read is no later than the moment the vendor answered its first request,
so a cursor taken from it (less an overlap) never skips an edit the read did not see.
"""

from __future__ import annotations

import email.utils
from dataclasses import dataclass
from datetime import UTC, datetime


@dataclass(eq=False)
class DateWatch:
    earliest: datetime | None = None


def parse_http_date(value: str | None) -> datetime | None:
    """An RFC 9110 date ("Wed, 18 Nov 2026 07:00:00 GMT") as aware UTC; None when unreadable."""
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000": UTC with no claim about the local zone
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC)


class VendorDates:
    def __init__(self) -> None:
        self._watches: list[DateWatch] = []

    def watch(self) -> DateWatch:
        watch = DateWatch()
        self._watches.append(watch)
        return watch

    def stop(self, watch: DateWatch) -> None:
        if watch in self._watches:
            self._watches.remove(watch)

    def note(self, header: str | None) -> None:
        if not self._watches:
            return
        when = parse_http_date(header)
        if when is None:
            return
        for watch in self._watches:
            if watch.earliest is None or when < watch.earliest:
                watch.earliest = when
