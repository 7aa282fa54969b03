"""PatientNow Essentials (PNE) and its subset VISH: same API, same base path, smaller catalogue."""

from __future__ import annotations

from frontdesk.connectors.patientnow.connector import (
    DEFAULT_BASE_URL,
    PatientNowAuth,
    PatientNowConnector,
    VishConnector,
    make_auth,
)
from frontdesk.connectors.spec import VendorSpec

__all__ = ["PatientNowAuth", "PatientNowConnector", "VishConnector", "vendor_specs"]

SECRETS = ("apikey", "username", "password")
# company_id is the documented key; the rest are settings for what the documents leave open.
OPTIONS = (
    "company_id",
    "page_size",
    "show_available_path",
    "appointments_path",
    "timezone",
    "modified_zone",
)
DAILY_QUOTA = 1000  # documented: the standard plan


def vendor_specs() -> list[VendorSpec]:
    return [
        VendorSpec(
            key="patientnow",
            label="PatientNow Essentials",
            default_base_url=DEFAULT_BASE_URL,
            options=OPTIONS,
            secrets=SECRETS,
            required=SECRETS,
            connector=PatientNowConnector,
            make_auth=make_auth,
            daily_budget=DAILY_QUOTA,
            help="The gateway API key of the integration, and the user name and password of "
            "the PatientNow API user. Optionally a CompanyId to work with one location only.",
            order=10,
        ),
        VendorSpec(
            key="vish",
            label="VISH",
            default_base_url=DEFAULT_BASE_URL,
            options=OPTIONS,
            secrets=SECRETS,
            required=SECRETS,
            connector=VishConnector,
            make_auth=make_auth,
            daily_budget=DAILY_QUOTA,
            help="The gateway API key of the integration, and the user name and password of "
            "the VISH API user. Optionally a CompanyId to work with one location only.",
            order=11,
        ),
    ]
