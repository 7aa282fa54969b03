"""Naturaesoft EMR (Beta API): prospects, provider schedules and openings; read-only calendar."""

from __future__ import annotations

from frontdesk.connectors.naturaesoft.auth import NaturaesoftTokenAuth
from frontdesk.connectors.naturaesoft.connector import DEFAULT_BASE_URL, NaturaesoftConnector
from frontdesk.connectors.spec import VendorSpec

__all__ = ["NaturaesoftConnector", "NaturaesoftTokenAuth", "vendor_specs"]


def vendor_specs() -> list[VendorSpec]:
    return [
        VendorSpec(
            key="naturaesoft",
            label="Naturaesoft EMR",
            default_base_url=DEFAULT_BASE_URL,
            options=(
                "ppass",
                "practice_name",
                "timezone",
                "page_size",
                "schedule_days",
                "visit_types",
                "unbooked_visits",
                "prospects_only",
                "visit_patient_field",
            ),
            secrets=("api_key",),
            required=("ppass", "api_key"),
            connector=NaturaesoftConnector,
            make_auth=lambda a: NaturaesoftTokenAuth(a.option("ppass"), a.secret("api_key")),
            help="The practice code (PPass) and a partner API key with the Providers scope. "
            "The server address is assumed (https://api.naturaesoft.com): ask Naturaesoft.",
            order=70,
        )
    ]
