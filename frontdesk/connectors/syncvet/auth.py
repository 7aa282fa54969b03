"""OAuth2 client credentials for the SyncVet Consumer API (documented in the Postman collection).

A form POST of client_id, client_secret, scope and grant_type=client_credentials to the token URL
returns a Bearer token valid for 3,599 s. The token is fetched on first use, shared by concurrent
requests, renewed a little before it expires (on the connector's clock, so tests can move time)
and renewed once more when the API answers 401 anyway (keys rotated, clock skew).
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from frontdesk.connectors.http import Forbidden
from frontdesk.connectors.wire import Wire
from frontdesk.domain.clock import Clock, SystemClock
from frontdesk.domain.errors import AuthFailed, Invalid, NotFound

if TYPE_CHECKING:
    from frontdesk.connectors.http import VendorHttp

DEFAULT_TOKEN_URL = (
    "https://login.microsoftonline.com/37d2016b-9350-4cc7-bb6e-0d2507211ecd/oauth2/v2.0/token"
)
DEFAULT_SCOPE = "https://consumerapi.sync.vet/.default"
# Renew this long before the announced expiry, so a request never leaves with a dying token.
RENEW_AHEAD = timedelta(minutes=2)


class SyncVetAuth:
    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        token_url: str = DEFAULT_TOKEN_URL,
        scope: str = DEFAULT_SCOPE,
        clock: Clock | None = None,
    ) -> None:
        self._client_id = client_id
        self._client_secret = client_secret
        self.token_url = token_url or DEFAULT_TOKEN_URL
        self.scope = scope or DEFAULT_SCOPE
        # The connector replaces this with its own clock (the registry builds us without one).
        self.clock: Clock = clock or SystemClock()
        self._token: str | None = None
        self._renew_at: datetime | None = None
        self._lock = asyncio.Lock()

    def _fresh(self) -> bool:
        return (
            self._token is not None
            and self._renew_at is not None
            and self.clock.now() < self._renew_at
        )

    async def prepare(self, http: VendorHttp) -> tuple[dict[str, str], dict[str, str]]:
        if not self._fresh():
            async with self._lock:  # one token request however many calls are waiting
                if not self._fresh():
                    await self._fetch(http)
        return {"Authorization": f"Bearer {self._token}"}, {}

    async def refresh(self, http: VendorHttp) -> bool:
        async with self._lock:
            self._token = None
            await self._fetch(http)
        return True

    async def _fetch(self, http: VendorHttp) -> None:
        vendor = http.vendor
        if not self._client_id or not self._client_secret:
            raise AuthFailed("the client ID and client secret are both required", vendor=vendor)
        form = {
            "client_id": self._client_id,
            "client_secret": self._client_secret,
            "scope": self.scope,
            "grant_type": "client_credentials",
        }
        try:
            response = await http.request(
                "POST",
                self.token_url,
                data=form,
                headers={"Accept": "application/json"},
                authenticate=False,
                idempotent=True,  # asking for a token twice is harmless
            )
        except AuthFailed:
            raise AuthFailed(
                "the token service refused the client ID or client secret", vendor=vendor
            ) from None
        except (Invalid, Forbidden, NotFound):
            raise AuthFailed(
                "the token service refused the request: check the client ID, the scope and "
                "the token URL settings",
                vendor=vendor,
            ) from None
        wire = Wire(vendor)
        body = http.json(response)
        token = wire.str(body, "access_token", "token reply")
        lifetime = timedelta(seconds=wire.int(body, "expires_in", "token reply"))
        self._token = token
        self._renew_at = self.clock.now() + max(lifetime - RENEW_AHEAD, lifetime / 2)
