"""Progenda (Belgium): centers, calendars, patients, appointments, services, suggestions."""

from __future__ import annotations

from frontdesk.connectors.progenda.connector import (
    DEFAULT_BASE_URL,
    ProgendaConnector,
    ProgendaQueryAuth,
)
from frontdesk.connectors.spec import VendorSpec

__all__ = ["ProgendaConnector", "vendor_specs"]


def vendor_specs() -> list[VendorSpec]:
    return [
        VendorSpec(
            key="progenda",
            label="Progenda",
            default_base_url=DEFAULT_BASE_URL,
            options=("user_email", "center_id", "timezone"),
            secrets=("user_token",),
            required=("user_email", "user_token"),
            connector=ProgendaConnector,
            make_auth=lambda a: ProgendaQueryAuth(a.option("user_email"), a.secret("user_token")),
            help="The e-mail address and API token of the Progenda user frontdesk acts as.",
            order=60,
        )
    ]
