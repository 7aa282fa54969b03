"""A per-account daily request budget (PatientNow's standard plan: 1,000 requests a day)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from frontdesk.domain.clock import Clock
from frontdesk.domain.errors import BudgetExhausted


class RequestBudget:
    """Counts requests per UTC day. `limit=None` counts without limiting.

    `on_change` lets the store persist the count, so a restart does not forget what was spent.
    """

    def __init__(
        self,
        clock: Clock,
        *,
        limit: int | None,
        vendor: str,
        used_today: int = 0,
        day: date | None = None,
        on_change: Callable[[date, int], None] | None = None,
    ) -> None:
        self._clock = clock
        self.limit = limit
        self._vendor = vendor
        self._day = day or clock.now().date()
        self._used = used_today
        self._on_change = on_change

    def _roll(self) -> None:
        today = self._clock.now().date()
        if today != self._day:
            self._day, self._used = today, 0

    @property
    def used(self) -> int:
        self._roll()
        return self._used

    @property
    def remaining(self) -> int | None:
        return None if self.limit is None else max(0, self.limit - self.used)

    def spend(self) -> None:
        self._roll()
        if self.limit is not None and self._used >= self.limit:
            raise BudgetExhausted(
                f"today's request budget of {self.limit} is spent; it renews at midnight UTC",
                vendor=self._vendor,
            )
        self._used += 1
        if self._on_change:
            self._on_change(self._day, self._used)
