"""Clinic-local wire times <-> aware UTC, written once for every connector.

Vendors send a clinic's wall-clock time without an offset ("2026-11-18T09:30:00"), a time of
day beside a date, plain dates, or unix seconds as strings; frontdesk keeps aware UTC. Across a
daylight-saving change a wall time can be ambiguous (the autumn hour that happens twice) or not
exist (the spring gap): both are read with fold=0, as zoneinfo does by default, so an ambiguous
time is the first of the two and a time in the gap lands an hour later on the wall clock.

A location's zone comes from what the vendor gives (`location_zone`): an IANA name today; a
fixed UTC offset and the account's setting as fallbacks.

Functions raise ValueError on text they cannot read; callers turn that into the vendor's
ProtocolError naming the field.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import overload
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

WALL_FORMAT = "%Y-%m-%dT%H:%M:%S"  # "2026-11-18T09:30:00": the usual wall-clock wire shape


# -- zones ---------------------------------------------------------------------------------
def zone_named(name: str | None) -> ZoneInfo | None:
    """The IANA zone `name`; None when it is empty or unknown to this machine's tz database."""
    if not name or not name.strip():
        return None
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return None


def zone_from_offset(offset: str) -> str | None:
    """ "-06:00" -> "Etc/GMT+6" (POSIX sign), for a location that names no IANA zone. A fixed
    offset knows no daylight saving: a last resort, never preferred to a name."""
    text = offset.strip()
    sign, (hours, _, minutes) = text[:1], text[1:].partition(":")
    if not sign or sign not in "+-" or not hours.isdigit() or minutes not in ("", "00"):
        return None
    number = int(hours)
    if number == 0:
        return "Etc/UTC"
    return f"Etc/GMT{'-' if sign == '+' else '+'}{number}"


@overload
def location_zone(
    iana: str | None, *, utc_offset: str | None = None, fallback: ZoneInfo
) -> ZoneInfo: ...


@overload
def location_zone(
    iana: str | None, *, utc_offset: str | None = None, fallback: str | None = None
) -> ZoneInfo | None: ...


def location_zone(
    iana: str | None,
    *,
    utc_offset: str | None = None,
    fallback: str | ZoneInfo | None = None,
) -> ZoneInfo | None:
    """A location's zone from what the vendor gives, best first: its IANA name, then its fixed
    UTC offset, then the account's `fallback`. None when none of them is a zone."""
    found = zone_named(iana)
    if found is None and utc_offset:
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
