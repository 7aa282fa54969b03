"""PracSuite (Australian allied health): businesses, practitioners, appointment types, patients,
appointments and availability search."""

from __future__ import annotations

from frontdesk.connectors.pracsuite.connector import PatientRecord, PracSuiteConnector
from frontdesk.connectors.pracsuite.settings import (
    DEFAULT_BASE_URL,
    LABEL,
    OPTIONS,
    PracSuiteKeys,
)
from frontdesk.connectors.spec import VendorSpec

__all__ = ["PatientRecord", "PracSuiteConnector", "PracSuiteKeys", "vendor_specs"]


def vendor_specs() -> list[VendorSpec]:
    return [
        VendorSpec(
            key="pracsuite",
            label=LABEL,
            default_base_url=DEFAULT_BASE_URL,
            options=OPTIONS,
            secrets=("api_key", "clinic_key"),
            required=("api_key", "clinic_key"),
            connector=PracSuiteConnector,
            make_auth=lambda a: PracSuiteKeys(a.secret("api_key"), a.secret("clinic_key")),
            help="The integrator's API key (x-api-key) and the clinic's key (A-api-key) "
            "from PracSuite's integration settings.",
            order=30,
        )
    ]
