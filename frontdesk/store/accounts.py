"""Validating and saving account settings: non-secret settings to the cache, secrets to the keyring.

The store does not import connectors: a vendor's keys arrive as anything shaped like `VendorKeys`
(the registry's VendorSpec is).
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urlsplit

from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.openings import BadWorkingHours, WorkingHours
from frontdesk.domain.texts import Text
from frontdesk.store import secrets
from frontdesk.store.cache import StoredAccount
from frontdesk.store.protocol import Store
from frontdesk.store.ranges import RANGES, clamp

NAME_MAX = 80
# frontdesk's own settings, the same for every vendor: the request budget for a higher quota tier
# (app.py) and the appointment window kept in the cache (sync). Whole numbers.
# Options every vendor takes. working_hours is for vendors that publish none (the book shades
# closed time and computes openings from it), e.g. "mon-fri 08:30-12:30 13:30-18:00; sat 09:00-12:00".
HOURS_OPTION = "working_hours"
COMMON_OPTIONS = ("daily_budget", "sync_days_back", "sync_days_ahead", HOURS_OPTION)
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class InvalidSettings(FrontdeskError):
    """The settings given for an account cannot work; the message says which and why."""


class VendorKeys(Protocol):
    @property
    def key(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def default_base_url(self) -> str: ...
    @property
    def options(self) -> tuple[str, ...]: ...
    @property
    def secrets(self) -> tuple[str, ...]: ...
    @property
    def required(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class AccountSettings:
    name: str
    vendor: str
    base_url: str
    options: dict[str, str] = field(default_factory=dict)
    secrets: dict[str, str] = field(default_factory=dict, repr=False)


# -- single checks ------------------------------------------------------------------------------
def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 (also IPv4-mapped) and localhost: traffic that never leaves the machine."""
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def check_url(url: str, what: str = "") -> str:
    """An https URL, or http to a loopback address; returned without a trailing slash.
    `what` names it in the error (a `Text` the window translates; "the base URL" by default)."""
    what = what or Text("the base URL")
    text = url.strip()
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        parts.port  # noqa: B018  (raises ValueError for a port that is not a number)
    except ValueError:
        raise InvalidSettings(Text("{what} is not a valid URL", what=what)) from None
    if parts.scheme not in ("http", "https") or not host:
        raise InvalidSettings(
            Text("{what} must be a full address such as https://api.example.com/v1", what=what)
        )
    if parts.username is not None or parts.password is not None:
        raise InvalidSettings(
            Text(
                "{what} must not contain a user name or password; give credentials with --secret",
                what=what,
            )
        )
    if parts.query or parts.fragment:
        raise InvalidSettings(Text("{what} must not contain '?' or '#' parts", what=what))
    if parts.scheme == "http" and not is_loopback(host):
        raise InvalidSettings(
            Text(
                "{what} must use https (plain http is only allowed to this computer: "
                "127.0.0.1, ::1 or localhost)",
                what=what,
            )
        )
    return text.rstrip("/")


def check_name(name: str) -> str:
    cleaned = name.strip()
    if not cleaned:
        raise InvalidSettings("the account name is empty")
    if len(cleaned) > NAME_MAX:
        raise InvalidSettings(f"the account name is longer than {NAME_MAX} characters")
    if CONTROL.search(cleaned):
        raise InvalidSettings("the account name contains control characters")
    return cleaned


def parse_pairs(items: Iterable[str], flag: str) -> dict[str, str]:
    """`KEY=VALUE` arguments into a dict; a repeated or malformed key is refused."""
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            # What was typed may be the secret itself: never echo a malformed --secret.
            shown = "" if flag == "--secret" else f" {item}"
            raise InvalidSettings(f"{flag}{shown}: expected KEY=VALUE")
        if key in out:
            raise InvalidSettings(f"{flag} {key} is given twice")
        out[key] = value
    return out


def range_problem(key: str, value: str) -> str:
    """Why a whole-number option is refused (empty when it is fine), naming the range."""
    low, high = RANGES[key]
    allowed = f"a whole number from {low} to {high}"
    text = value.strip()
    if not text.isdigit() or not low <= int(text) <= high:
        return f"option {key} must be {allowed} (not {text[:20]!r})"
    return ""


def tolerated(stored: StoredAccount) -> tuple[dict[str, str], list[str]]:
    """An older or hand-edited cache may hold a value the rules now refuse: it is clamped into
    its range (or dropped, for the default, when it is not a number), with a warning each."""
    options = dict(stored.options)
    warnings: list[str] = []
    for key, (low, high) in RANGES.items():
        if key not in options or not range_problem(key, options[key]):
            continue
        text = options[key].strip()
        if text.isdigit():
            options[key] = str(clamp(key, int(text)))
            used = options[key]
        else:
            del options[key]
            used = Text("the default")
        warnings.append(
            Text(
                "{account}: option {key} is outside {low}..{high} ({value}); using {used}",
                account=stored.name,
                key=key,
                low=low,
                high=high,
                value=repr(text[:20]),
                used=used,
            )
        )
    return options, warnings


def _listing(keys: Iterable[str]) -> str:
    keys = list(keys)
    return ", ".join(keys) if keys else "none"


# -- the whole account ---------------------------------------------------------------------------
def validate(
    vendor: VendorKeys,
    name: str,
    *,
    base_url: str | None,
    options: Mapping[str, str],
    secrets: Mapping[str, str],
) -> AccountSettings:
    """Every problem with the keys is reported at once, each by name."""
    problems: list[str] = []
    for key, value in options.items():
        if key == HOURS_OPTION:
            try:
                WorkingHours.parse(value)
            except BadWorkingHours as exc:
                problems.append(f"option {HOURS_OPTION}: {exc}")
            continue
        if key in COMMON_OPTIONS:
            problem = range_problem(key, value)
            if problem:
                problems.append(problem)
            continue
        if key in vendor.secrets:
            problems.append(f"{key} is a secret: give it with --secret {key}=..., not --option")
        elif key not in vendor.options:
            problems.append(
                f"unknown option {key} for {vendor.label} "
                f"(options: {_listing((*vendor.options, *COMMON_OPTIONS))})"
            )
    for key in secrets:
        if key in vendor.options:
            problems.append(f"{key} is not a secret: give it with --option {key}=..., not --secret")
        elif key not in vendor.secrets:
            problems.append(
                f"unknown secret {key} for {vendor.label} (secrets: {_listing(vendor.secrets)})"
            )
    given = {**options, **secrets}
    missing = [k for k in vendor.required if not given.get(k, "").strip()]
    if missing:
        flags = [f"--{'secret' if k in vendor.secrets else 'option'} {k}=..." for k in missing]
        problems.append(f"{vendor.label} needs {', '.join(flags)}")
    for key, value in options.items():
        if value.strip().lower().startswith(("http://", "https://")):
            try:
                check_url(value, Text("option {key}", key=key))
            except InvalidSettings as exc:
                problems.append(exc.message)
    url = base_url if base_url is not None else vendor.default_base_url
    try:
        url = check_url(url)
    except InvalidSettings as exc:
        problems.append(exc.message)
    try:
        name = check_name(name)
    except InvalidSettings as exc:
        problems.append(exc.message)
    if problems:
        raise InvalidSettings("; ".join(problems))
    return AccountSettings(name, vendor.key, url, dict(options), dict(secrets))


def check_stored(vendor: VendorKeys, stored: StoredAccount) -> None:
    """Settings read back from the cache obey the same rules (an older or hand-edited cache)."""
    check_url(
        stored.base_url or vendor.default_base_url,
        Text("{account}: the base URL", account=stored.name),
    )
    for key, value in stored.options.items():
        if value.strip().lower().startswith(("http://", "https://")):
            check_url(value, Text("{account}: option {key}", account=stored.name, key=key))


def save(cache: Store, vendor: VendorKeys, settings: AccountSettings) -> None:
    """Secrets first: when the keyring refuses, nothing at all is saved."""
    try:
        secrets.save(settings.name, settings.secrets)
        cache.save_account(settings.name, settings.vendor, settings.base_url, settings.options)
    except BaseException:
        with contextlib.suppress(secrets.NoKeyring):  # undo what the keyring took, if it can
            secrets.delete(settings.name, tuple(settings.secrets))
        raise
    # Replacing an account: secrets it no longer has must not linger in the keyring.
    stale = tuple(k for k in vendor.secrets if k not in settings.secrets)
    if stale:
        secrets.delete(settings.name, stale)


def remove(cache: Store, name: str, secret_names: tuple[str, ...]) -> None:
    """Keyring entries first: if the keyring cannot be reached, the account stays whole."""
    secrets.delete(name, secret_names)
    cache.remove_account(name)
