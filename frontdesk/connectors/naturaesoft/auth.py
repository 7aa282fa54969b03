"""Naturaesoft's token exchange: an API key buys a Bearer token that lives "24h".

Documented: `POST /v1/{PPass}/auth/token {"apiKey"}` -> `{"accessToken", "tokenType": "Bearer",
"expiresIn": "24h"}`, then `Authorization: Bearer ...` on every request.
The token is exchanged on first use, kept in memory only, renewed a few minutes before it
expires (on the connector's clock) and again after any 401, so an expired token never reaches
the user as an error.
"""

from __future__ import annotations

import asyncio
import re
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote

from frontdesk.connectors.http import Forbidden, VendorHttp
from frontdesk.connectors.wire import Wire
from frontdesk.domain.clock import Clock
from frontdesk.domain.errors import AuthFailed, NotFound

RENEW_MARGIN = timedelta(minutes=5)
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
_PART = re.compile(r"(\d+)\s*([smhd]?)", re.IGNORECASE)


def parse_expires_in(value: Any) -> timedelta | None:
    """'24h', '30m', '1h30m', '3600', 3600 -> a lifetime; None when it cannot be read."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return timedelta(seconds=value) if value > 0 else None
    if not isinstance(value, str):
        return None
    text = value.strip().lower()
    if not text or _PART.sub("", text).strip():
        return None  # something other than number+unit pairs
    seconds = sum(int(n) * _UNITS[unit] for n, unit in _PART.findall(text))
    return timedelta(seconds=seconds) if seconds > 0 else None


def practice_prefix(ppass: str) -> str:
    return f"v1/{quote(ppass, safe='')}"


class NaturaesoftTokenAuth:
    """The `Auth` of VendorHttp for Naturaesoft. `clock` is set by the connector."""

    def __init__(self, ppass: str, api_key: str, *, clock: Clock | None = None) -> None:
        self._ppass = ppass
        self._api_key = api_key
        self.clock = clock
        self._token: str | None = None
        self._expires: datetime | None = None
        self._lock = asyncio.Lock()
        self.exchanges = 0  # how many tokens this account has obtained (diagnostics, tests)

    @property
    def token_path(self) -> str:
        return f"{practice_prefix(self._ppass)}/auth/token"

    def _stale(self) -> bool:
        if self._token is None:
            return True
        if self._expires is None or self.clock is None:
            return False  # unknown lifetime: rely on the 401 refresh
        return self.clock.now() >= self._expires

    async def prepare(self, http: VendorHttp) -> tuple[dict[str, str], dict[str, str]]:
        if self._stale():
            async with self._lock:
                if self._stale():  # another request may have renewed it meanwhile
                    await self._exchange(http)
        return {"Authorization": f"Bearer {self._token}"}, {}

    async def refresh(self, http: VendorHttp) -> bool:
        async with self._lock:
            await self._exchange(http)
        return True

    async def _exchange(self, http: VendorHttp) -> None:
        self._token = None
        if not self._ppass or not self._api_key:
            raise AuthFailed(
                "the practice code (PPass) and API key are both needed", vendor=http.vendor
            )
        try:
            response = await http.request(
                "POST",
                self.token_path,
                json_body={"apiKey": self._api_key},
                authenticate=False,
                idempotent=True,  # a second token does no harm
            )
        except AuthFailed:
            raise AuthFailed(
                "the API key was refused; check it in the account settings", vendor=http.vendor
            ) from None
        except (NotFound, Forbidden):
            raise AuthFailed(
                "Naturaesoft does not know this practice code (PPass) for this API key; "
                "check the account settings",
                vendor=http.vendor,
            ) from None
        wire = Wire(http.vendor)
        body = wire.obj(http.json(response), "token reply")
        token = wire.str(body, "accessToken", "token reply")
        kind = wire.opt_str(body, "tokenType", "token reply")
        if kind is not None and kind.lower() != "bearer":
            raise wire.fail(f"token reply.tokenType is '{kind}', not 'Bearer'")
        lifetime = parse_expires_in(body.get("expiresIn"))
        self.exchanges += 1
        self._token = token
        self._expires = None
        if lifetime is not None and self.clock is not None:
            margin = min(RENEW_MARGIN, lifetime / 10)
            self._expires = self.clock.now() + lifetime - margin
