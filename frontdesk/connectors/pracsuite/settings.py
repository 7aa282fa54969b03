"""PracSuite's two keys, its error body, and the account options for everything it leaves unsaid."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import httpx

from frontdesk.connectors.account import AccountConfig
from frontdesk.connectors.http import read_error_detail
from frontdesk.connectors.localtime import zone_named
from frontdesk.domain.errors import FrontdeskError, Invalid

LABEL = "PracSuite"
DEFAULT_BASE_URL = "https://api.pracsuite.com/v1"

# Every option is a point the vendor's document leaves open (docs/vendors/pracsuite.md).
DEFAULTS = {
    "timezone": "Australia/Sydney",  # a business without `time_zone`
    "page_size": "100",  # the documented maximum
    "practitioners_path": "practitioner",  # the practitioner list route is not published
    "roster_flags": "manual",  # a receptionist books by hand
    "search_days": "7",  # documented: at most 7 days of availability per request
    # Whether `to` is the last day searched ("true"), the day after ("false"), or unknown
    # ("either": overlapping searches correct under both readings, one more call a week).
    "search_to_inclusive": "either",
    "status_ids": "booked=1,confirmed=2,arrived=3,noshow=4,completed=5",
    "conflict_codes": "INVALID_APPOINTMENT_TIME",  # 422 codes that mean "the time is taken"
    "cancellation_reason_id": "",  # empty: the first of GET /cancellation_reason
    "reschedule_reason_id": "",  # empty: moves are sent without a reason
    "filter_format": "{field}:{op}{value}",  # the q[] syntax is not published
    "privacy_rejected": "minimal",  # "minimal" or "keep" (see PatientRecord)
}
OPTIONS = ("timezone", *(k for k in DEFAULTS if k != "timezone"))
STATUS_NAMES = ("booked", "confirmed", "arrived", "noshow", "completed")
ROSTER_FLAGS = ("manual", "online", "waiting_list")
CODE_PATTERN = re.compile(r"\[([A-Z][A-Z0-9_]*)[;\]]")


class PracSuiteKeys:
    """Documented: `x-api-key` (the integrator's key) and `A-api-key` (the clinic's key) on every
    request. A key left empty is not sent, so PracSuite itself says which one is missing."""

    def __init__(self, api_key: str, clinic_key: str) -> None:
        self._headers = {"x-api-key": api_key, "A-api-key": clinic_key}

    async def prepare(self, http: Any) -> tuple[dict[str, str], dict[str, str]]:
        return {k: v for k, v in self._headers.items() if v}, {}

    async def refresh(self, http: Any) -> bool:
        return False  # static keys: a 401 means the settings are wrong


def read_pracsuite_error(response: httpx.Response) -> str | None:
    """`{"error": {"status", "code", "title", "detail"}, "request_id"}` as one readable line:
    "Could not find Patient with ID 12 [NOT_FOUND; request 5bc8...]". The code lets the
    connector tell a taken time from other refusals; the request id is what PracSuite's support
    asks for. Other shapes fall back to the shared reader."""
    try:
        body = response.json()
    except (ValueError, UnicodeDecodeError):
        return None
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return read_error_detail(response)
    text = next(
        (str(error[k]) for k in ("detail", "title") if isinstance(error.get(k), str) and error[k]),
        f"request refused ({response.status_code})",
    )[:300]
    tags = [str(error["code"])] if isinstance(error.get("code"), str) else []
    if isinstance(body.get("request_id"), str):
        tags.append(f"request {body['request_id']}")
    return f"{text} [{'; '.join(tags)}]" if tags else text


def error_code(error: FrontdeskError) -> str | None:
    match = CODE_PATTERN.search(error.message)
    return match.group(1) if match else None


@dataclass(frozen=True)
class Settings:
    timezone: str
    page_size: int
    practitioners_path: str
    roster_flags: tuple[str, ...]
    search_days: int
    search_to_inclusive: bool | None  # None: either reading
    status_ids: dict[str, int]
    conflict_codes: frozenset[str]
    cancellation_reason_id: int | None
    reschedule_reason_id: int | None
    filter_format: str
    privacy_rejected: str

    @classmethod
    def of(cls, account: AccountConfig) -> Settings:
        def get(key: str) -> str:
            return account.option(key).strip() or DEFAULTS[key]

        return cls(
            timezone=_zone_name(get("timezone")),
            page_size=_number(get("page_size"), "page_size", 1, 100),
            practitioners_path=get("practitioners_path").strip("/"),
            roster_flags=_flags(get("roster_flags")),
            search_days=_number(get("search_days"), "search_days", 2, 7),
            search_to_inclusive=_reading(get("search_to_inclusive")),
            status_ids=_status_ids(get("status_ids")),
            conflict_codes=frozenset(
                c.strip().upper() for c in get("conflict_codes").split(",") if c.strip()
            ),
            cancellation_reason_id=_optional_id(account, "cancellation_reason_id"),
            reschedule_reason_id=_optional_id(account, "reschedule_reason_id"),
            filter_format=_filter_format(get("filter_format")),
            privacy_rejected=_choice(
                get("privacy_rejected"), "privacy_rejected", "minimal", "keep"
            ),
        )


def _bad(option: str, why: str) -> Invalid:
    return Invalid(f"the account option '{option}' {why}", vendor=LABEL)


def _zone_name(name: str) -> str:
    if zone_named(name) is None:
        raise _bad("timezone", "is not an IANA time zone")
    return name


def _number(text: str, option: str, low: int, high: int) -> int:
    if not text.isdigit() or not low <= int(text) <= high:
        raise _bad(option, f"must be a whole number from {low} to {high}")
    return int(text)


def _reading(text: str) -> bool | None:
    if text.lower() == "either":
        return None
    if text.lower() not in ("true", "false"):
        raise _bad("search_to_inclusive", "must be true, false or either")
    return text.lower() == "true"


def _choice(text: str, option: str, *allowed: str) -> str:
    if text not in allowed:
        raise _bad(option, f"must be one of: {', '.join(allowed)}")
    return text


def _flags(text: str) -> tuple[str, ...]:
    flags = tuple(f.strip() for f in text.split(",") if f.strip())
    if not flags or any(f not in ROSTER_FLAGS for f in flags):
        raise _bad("roster_flags", f"must list some of: {', '.join(ROSTER_FLAGS)}")
    return flags


def _status_ids(text: str) -> dict[str, int]:
    pairs: dict[str, int] = {}
    for item in text.split(","):
        name, _, value = item.partition("=")
        if name.strip() not in STATUS_NAMES or not value.strip().isdigit():
            raise _bad("status_ids", f"must read like {DEFAULTS['status_ids']}")
        pairs[name.strip()] = int(value)
    missing = [n for n in STATUS_NAMES if n not in pairs]
    if missing:
        raise _bad("status_ids", f"lacks {', '.join(missing)}")
    return pairs


def _optional_id(account: AccountConfig, option: str) -> int | None:
    text = account.option(option).strip()
    if not text:
        return None
    if not text.isdigit():
        raise _bad(option, "must be a number")
    return int(text)


def _filter_format(text: str) -> str:
    try:
        text.format(field="f", op="=", value="v")
    except (KeyError, IndexError, ValueError):
        raise _bad("filter_format", "may use only {field}, {op} and {value}") from None
    return text
