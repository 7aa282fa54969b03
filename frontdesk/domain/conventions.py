"""How a clinic writes dates, times and phone numbers, from where it is (no Qt here).

The country comes from the location's IANA zone (the one thing every vendor gives us):
the United States write month first and read a 12-hour clock; Belgium writes day first on a
24-hour clock; Australia writes day first and reads a 12-hour clock. Parsers accept what a
receptionist types in a hurry ("1330", "9h30", "1:30 pm") and their messages name what is wrong
rather than ask again for the format that was used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

from frontdesk.domain.texts import Text

DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
DATE_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class Convention:
    """How a country writes dates, times and phone numbers."""

    country: str  # ISO 3166 alpha-2
    month_first: bool
    twelve_hour: bool
    phone_example: str

    @property
    def date_hint(self) -> str:
        """What a date looks like here, for placeholders and messages."""
        return "mm/dd/yyyy" if self.month_first else "dd/mm/yyyy"

    @property
    def qt_date(self) -> str:
        """The same order as a QDate display format."""
        return "MM/dd/yyyy" if self.month_first else "dd/MM/yyyy"

    @property
    def time_hint(self) -> str:
        return "1:30 pm" if self.twelve_hour else "13:30"


BELGIUM = Convention("BE", month_first=False, twelve_hour=False, phone_example="+32 2 555 01 23")
AUSTRALIA = Convention("AU", month_first=False, twelve_hour=True, phone_example="02 9555 0123")
UNITED_STATES = Convention("US", month_first=True, twelve_hour=True, phone_example="(555) 555-0123")
# Zones of the United States outside "America/" and the few American ones that are not.
_US_ZONES = frozenset({"Pacific/Honolulu", "US/Hawaii", "US/Alaska"})
_NOT_US = ("America/Toronto", "America/Vancouver", "America/Mexico_City", "America/Sao_Paulo")


def convention_for_zone(zone: str | None) -> Convention:
    """The clinic's convention from its location's IANA zone (day-first when unknown)."""
    key = zone or ""
    if key.startswith("Australia/"):
        return AUSTRALIA
    if (
        key in _US_ZONES
        or key.startswith("US/")
        or (key.startswith("America/") and key not in _NOT_US)
    ):
        return UNITED_STATES
    return BELGIUM


# -- dates ---------------------------------------------------------------------------------------
def format_date(day: date, convention: Convention) -> str:
    if convention.month_first:
        return f"{day:%m/%d/%Y}"
    return f"{day:%d/%m/%Y}"


def parse_date_text(text: str, convention: Convention) -> tuple[date | None, str]:
    """(the date, "") or (None, what is wrong). ISO is read everywhere; 16/05/1990 is day
    first in Belgium and Australia, 05/16/1990 month first in the United States."""
    text = text.strip()
    iso = DATE_ISO.match(text)
    if iso:
        year, month, day = int(iso[1]), int(iso[2]), int(iso[3])
    else:
        numeric = DATE_NUMERIC.match(text)
        if numeric is None:
            return None, Text("Not a date: write it like {hint}.", hint=convention.date_hint)
        first, second, year_text = int(numeric[1]), int(numeric[2]), numeric[3]
        month, day = (first, second) if convention.month_first else (second, first)
        if len(year_text) == 2:
            return None, Text("Write the year in full (19{yy} or 20{yy}?).", yy=year_text)
        year = int(year_text)
    if not 1 <= month <= 12:
        if iso:
            return None, Text("There is no month {month} (read as year-month-day).", month=month)
        if convention.month_first:
            return None, Text("There is no month {month} (read as month/day).", month=month)
        return None, Text("There is no month {month} (read as day/month).", month=month)
    try:
        return date(year, month, day), ""
    except ValueError:
        return None, Text(
            "{month} {year} has no day {day}.", month=MONTHS[month - 1], year=year, day=day
        )


# -- times ---------------------------------------------------------------------------------------
_TIME = re.compile(
    r"^(?P<h>\d{1,2})(?:\s*(?:[:.hHuU]\s*)?(?P<m>\d{2})?)?\s*(?P<ap>[aApP]\.?\s*[mM]?\.?)?$"
)
_COMPACT = re.compile(r"^(?P<h>\d{1,2})(?P<m>\d{2})\s*(?P<ap>[aApP]\.?\s*[mM]?\.?)?$")
# On a 12-hour clock a bare 1 to 6 is the afternoon: no clinic books 1:30 at night.
_AFTERNOON_GUESS = range(1, 7)


def format_time(at: time, convention: Convention) -> str:
    if not convention.twelve_hour:
        return f"{at:%H:%M}"
    hour = at.hour % 12 or 12
    return f"{hour}:{at.minute:02d} {'am' if at.hour < 12 else 'pm'}"


def parse_time_text(text: str, convention: Convention) -> tuple[time | None, str]:
    """(the time, "") or (None, what is wrong). Reads 13:30, 13.30, 13h30, 9h, 1330, 930, 9,
    1:30 pm, 1 pm. A bare 1 to 6 on a 12-hour clock is read as the afternoon."""
    typed = text.strip()
    if not typed:
        return None, Text("Type the start time.")
    match = _COMPACT.match(typed) if typed[:4].isdigit() else None
    match = match or _TIME.match(typed)
    if match is None:
        return None, Text("Not a time: write it like {hint}.", hint=convention.time_hint)
    hour = int(match["h"])
    minute = int(match["m"] or 0)
    marker = (match["ap"] or "").lower()
    if minute > 59:
        return None, Text("An hour has 60 minutes: {minute} is too many.", minute=minute)
    if marker:
        if not 1 <= hour <= 12:
            half = "pm" if marker.startswith("p") else "am"
            return None, Text("{hour} {half} is not a time.", hour=hour, half=half)
        hour = hour % 12 + (12 if marker.startswith("p") else 0)
    elif hour > 23:
        return None, Text("There is no hour {hour}.", hour=hour)
    elif convention.twelve_hour and hour in _AFTERNOON_GUESS:
        hour += 12
    return time(hour, minute), ""
