"""Claims on a provider's time at a clinic desk (issue 14 item 5): an open booking dialog's
hold, or a booking waiting in the shared outbox. Other desks draw them as "being booked at
Desk 2" and their openings skip them; the clinic database forbids two to overlap."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

HOLD_FOR = timedelta(minutes=5)  # a hold lapses unless renewed (a dialog renews it while open)
HOLD = "hold"
BOOKING = "booking"


@dataclass(frozen=True)
class Claim:
    """'Being booked at Desk 2': a live hold or a waiting booking, as other desks draw it."""

    id: int
    kind: str  # HOLD or BOOKING
    account: str
    provider_id: str
    start: datetime
    end: datetime
    desk: str
    expires_at: datetime | None

    def overlaps(self, start: datetime, end: datetime) -> bool:
        return self.start < end and start < self.end
