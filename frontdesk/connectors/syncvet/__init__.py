"""SyncVet Consumer API (veterinary): practices, resources, owners and animals, writeback."""

from __future__ import annotations

from frontdesk.connectors.account import AccountConfig
from frontdesk.connectors.spec import VendorSpec
from frontdesk.connectors.syncvet.auth import SyncVetAuth
from frontdesk.connectors.syncvet.connector import DEFAULT_BASE_URL, SyncVetConnector

__all__ = ["SyncVetAuth", "SyncVetConnector", "vendor_specs"]


def make_auth(account: AccountConfig) -> SyncVetAuth:
    return SyncVetAuth(
        account.secret("client_id"),
        account.secret("client_secret"),
        token_url=account.option("token_url"),
        scope=account.option("scope"),
    )


def vendor_specs() -> list[VendorSpec]:
    return [
        VendorSpec(
            key="syncvet",
            label="SyncVet",
            default_base_url=DEFAULT_BASE_URL,
            options=(
                "practice_id",
                "token_url",
                "scope",
                "practice_timezone",
                "page_size",
                "routes",
                "params",
                "practice_header",
            ),
            secrets=("client_id", "client_secret"),
            required=("client_id", "client_secret"),
            connector=SyncVetConnector,
            make_auth=make_auth,
            help="The client ID and client secret SyncVet issued for frontdesk; the practice ID "
            "limits the account to one practice.",
            order=80,
        )
    ]
