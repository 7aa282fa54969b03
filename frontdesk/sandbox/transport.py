"""In-process transport: the demo clinic's vendors answer without a port or a network.

Requests are routed by host name to the matching simulator; a simulated outage becomes the same
httpx exception a real network failure would raise.
"""

from __future__ import annotations

import httpx

from frontdesk.sandbox.faults import ASGIApp, DroppedConnection, VendorOffline


class SandboxTransport(httpx.AsyncBaseTransport):
    def __init__(self, apps: dict[str, ASGIApp]) -> None:
        self._transports = {host: httpx.ASGITransport(app=app) for host, app in apps.items()}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        transport = self._transports.get(request.url.host)
        if transport is None:
            raise httpx.ConnectError(f"no simulator for host {request.url.host}", request=request)
        try:
            return await transport.handle_async_request(request)
        except VendorOffline:
            raise httpx.ConnectError("simulated: vendor offline", request=request) from None
        except DroppedConnection:
            raise httpx.ReadTimeout("simulated: connection lost", request=request) from None

    async def aclose(self) -> None:
        for transport in self._transports.values():
            await transport.aclose()
