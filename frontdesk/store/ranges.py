"""The allowed ranges of frontdesk's whole-number account options (no keyring, no Qt: read by
the first stage and the composition root as well as by the settings rules)."""

from __future__ import annotations

# A year of days at most (a longer window costs quota and overflows date arithmetic), and a
# request budget a vendor could ever grant.
RANGES: dict[str, tuple[int, int]] = {
    "daily_budget": (1, 1_000_000),
    "sync_days_back": (0, 366),
    "sync_days_ahead": (0, 366),
}


def clamp(key: str, value: int) -> int:
    low, high = RANGES[key]
    return min(max(value, low), high)
