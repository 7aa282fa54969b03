"""Clinic-local wire times <-> aware UTC, written once for every connector.

Vendors send a clinic's wall-clock time without an offset ("2026-11-18T09:30:00"), a time of
day beside a date, plain dates, or unix seconds as strings; frontdesk keeps aware UTC. Across a
daylight-saving change a wall time can be ambiguous (the autumn hour that happens twice) or not
exist (the spring gap): both are read with fold=0, as zoneinfo does by default, so an ambiguous
time is the first of the two and a time in the gap lands an hour later on the wall clock.

A location's zone comes from what the vendor gives (`location_zone`): an IANA name or a Windows
one; a fixed UTC offset and the account's setting as fallbacks.

Functions raise ValueError on text they cannot read; callers turn that into the vendor's
ProtocolError naming the field.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from typing import overload
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tzlocal.windows_tz import win_tz

WALL_FORMAT = "%Y-%m-%dT%H:%M:%S"  # "2026-11-18T09:30:00": the usual wall-clock wire shape


# -- zones ---------------------------------------------------------------------------------
def zone_named(name: str | None) -> ZoneInfo | None:
    """The zone `name`: an IANA name, or a Windows one ("Central Standard Time", as .NET-based
    vendors send it) mapped to IANA. None when empty or unknown to this machine's tz database."""
    if not name or not name.strip():
        return None
    text = name.strip()
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        pass
    # The mapping is CLDR's windowsZones, as tzlocal ships and updates it: Windows renames and
    # adds zones, so a table written here would go stale.
    mapped = win_tz.get(text)
    if mapped is None:
        return None
    try:
        return ZoneInfo(mapped)
    except (ZoneInfoNotFoundError, ValueError):
        return None


OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?(?::(\d{2}))?$", re.IGNORECASE)


def zone_from_offset(offset: str | float) -> str | None:
    """ "-06:00" -> "Etc/GMT+6" (POSIX sign), for a location that names no IANA zone. Also
    "-06:00:00" (.NET's TimeSpan), "-0600", "UTC-6" and a number of hours (-6). A fixed offset
    knows no daylight saving: a last resort, never preferred to a name. Only whole hours have a
    zone; None otherwise."""
    if isinstance(offset, bool):
        return None
    if isinstance(offset, int | float):
        if offset != int(offset):
            return None
        text = f"{'-' if offset < 0 else '+'}{abs(int(offset))}"
    else:
        text = offset.strip()
    if text in ("0", "00:00", "00:00:00", "Z", "UTC", "GMT"):
        return "Etc/UTC"
    match = OFFSET.match(text)
    if match is None:
        return None
    sign, hours, minutes, seconds = match.groups()
    if (minutes or "00") != "00" or (seconds or "00") != "00":
        return None
    number = int(hours)
    if number == 0:
        return "Etc/UTC"
    if number > 14:
        return None
    return f"Etc/GMT{'-' if sign == '+' else '+'}{number}"


@overload
def location_zone(
    iana: str | None, *, utc_offset: str | float | None = None, fallback: ZoneInfo
) -> ZoneInfo: ...


@overload
def location_zone(
    iana: str | None, *, utc_offset: str | float | None = None, fallback: str | None = None
) -> ZoneInfo | None: ...


def location_zone(
    iana: str | None,
    *,
    utc_offset: str | float | None = None,
    fallback: str | ZoneInfo | None = None,
) -> ZoneInfo | None:
    """A location's zone from what the vendor gives, best first: its IANA name, then its fixed
    UTC offset, then the account's `fallback`. None when none of them is a zone."""
    found = zone_named(iana)
    if found is None and utc_offset is not None and utc_offset != "":
        found = zone_named(zone_from_offset(utc_offset))
    if found is None and fallback is not None:
        found = fallback if isinstance(fallback, ZoneInfo) else zone_named(fallback)
    return found


# -- wall clock -> UTC ---------------------------------------------------------------------
def wall_to_utc(value: datetime, zone: ZoneInfo) -> datetime:
    """A naive wall-clock time at the clinic as aware UTC; an aware one keeps its own offset."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)  # fold=0: see the module's note on DST changes
    return value.astimezone(UTC)


def parse_wall(text: str, zone: ZoneInfo, layout: str | None = None) -> datetime:
    """Wire text for a clinic-local time as aware UTC. Any ISO 8601 shape by default (an offset
    or Z in the text wins over `zone`); with `layout`, exactly that strptime layout."""
    value = datetime.strptime(text, layout) if layout else datetime.fromisoformat(text)
    return wall_to_utc(value, zone)


def combine_wall(day: date, at: time, zone: ZoneInfo) -> datetime:
    """A clinic date and time of day (sent apart) as aware UTC; the time is always read on the
    clinic's wall clock."""
    return datetime.combine(day, at, zone).astimezone(UTC)


# -- UTC -> wall clock ---------------------------------------------------------------------
def wall_text(moment: datetime, zone: ZoneInfo) -> str:
    """An aware instant as the clinic's wall-clock time without offset: "2026-11-18T09:30:00"."""
    return moment.astimezone(zone).strftime(WALL_FORMAT)


def local_date(moment: datetime, zone: ZoneInfo) -> date:
    """The clinic's date at an instant."""
    return moment.astimezone(zone).date()


def local_dates(start: datetime, end: datetime, zone: ZoneInfo) -> tuple[date, date]:
    """The clinic dates [first, last] (both included) that the instants [start, end) touch."""
    first = local_date(start, zone)
    last = local_date(end - timedelta(microseconds=1), zone)
    return first, max(first, last)


# -- UTC on the wire -----------------------------------------------------------------------
def utc_text(moment: datetime) -> str:
    """An instant as UTC with a Z and whole seconds: "2026-11-18T07:00:00Z"."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def unix_text(moment: datetime) -> str:
    """Unix seconds as a string of digits (Progenda's shape)."""
    return str(int(moment.timestamp()))


def from_unix(seconds: int) -> datetime:
    """Unix seconds as aware UTC; OverflowError/OSError/ValueError when out of range."""
    return datetime.fromtimestamp(seconds, UTC)
