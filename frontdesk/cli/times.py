"""A date and time typed on the command line: on the clinic's wall clock unless it carries an
offset, checked so that a typo never becomes a booking (or a traceback)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from frontdesk.cli.common import CliError, ExitCode

MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?$")
# Appointments live within a few years of today; anything further is a typo (year 1, 9999...).
MAX_YEARS = 10
EXAMPLE = (
    "use YYYY-MM-DDTHH:MM, e.g. 2026-12-02T09:00 (the clinic's local time), "
    "or add an offset: 2026-12-02T09:00+01:00"
)


def invalid(message: str) -> CliError:
    return CliError(message, ExitCode.USAGE, "invalid_time")


def parse_moment(text: str, flag: str, zone: ZoneInfo, now: datetime) -> datetime:
    """`text` on `zone`'s wall clock (or at its own offset), as an aware datetime."""
    typed = text.strip()
    if not MOMENT.match(typed):
        raise invalid(f"{flag}: {text!r} is not a date and time; {EXAMPLE}")
    try:
        moment = datetime.fromisoformat(typed)
    except ValueError as exc:
        raise invalid(f"{flag}: {text!r} is not a date and time ({exc}); {EXAMPLE}") from None
    # Checked before any conversion: year 1 or 9999 would overflow once moved to another zone.
    if abs(moment.year - now.year) > MAX_YEARS:
        raise invalid(
            f"{flag}: {text!r} is too far from today; frontdesk takes times within "
            f"{MAX_YEARS} years of now"
        )
    if moment.tzinfo is not None:
        return moment
    local = moment.replace(tzinfo=zone)
    # A wall-clock time skipped when the clocks go forward does not exist there.
    if local.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != moment:
        raise invalid(
            f"{flag}: {typed} does not exist in {zone.key} (the clocks go forward then); "
            "choose another time"
        )
    return local


def not_past(moment: datetime, flag: str, zone: ZoneInfo, now: datetime) -> datetime:
    if moment <= now:
        shown = moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        current = now.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        raise CliError(
            f"{flag}: {shown} ({zone.key}) is in the past; it is {current} there now",
            ExitCode.USAGE,
            "past_time",
        )
    return moment
