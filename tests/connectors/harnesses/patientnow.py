"""PatientNow Essentials and VISH against the PatientNow simulator (two flavours, two hosts)."""

from __future__ import annotations

from frontdesk.connectors.account import AccountConfig
from frontdesk.sandbox import patientnow
from frontdesk.sandbox.patientnow import PatientNowState
from tests.connectors.harness import VendorHarness

HOST = "patientnow.sandbox"
VISH_HOST = "vish.sandbox"


def account(options: dict[str, str] | None = None) -> AccountConfig:
    user, password = patientnow.PNE_USER
    return AccountConfig(
        "Solana Med Spa",
        "patientnow",
        f"http://{HOST}/api/v1",
        dict(options or {}),
        {"apikey": patientnow.PNE_APIKEY, "username": user, "password": password},
    )


def vish_account(options: dict[str, str] | None = None) -> AccountConfig:
    user, password = patientnow.VISH_USER
    return AccountConfig(
        "Front Range Skin & Laser",
        "vish",
        f"http://{VISH_HOST}/api/v1",
        dict(options or {}),
        {"apikey": patientnow.VISH_APIKEY, "username": user, "password": password},
    )


def touch_patient(state: PatientNowState) -> str:
    customer = state.customers[7]
    customer["MobilePhone"] = "(310) 555-0007"
    state.touch(customer)
    return str(customer["CustomerId"])


def bookable_patient(state: PatientNowState, employee_id: str) -> str:
    company = next(
        e["CompanyId"] for e in state.employees.values() if e["EmployeeId"] == employee_id
    )
    return next(
        str(c["CustomerId"])
        for c in state.customers.values()
        if c["CompanyId"] == company and c["IsActive"]
    )


def visible_customers(state: PatientNowState) -> int:
    # VISH has no customers resource: the connector sees none of them.
    return 0 if state.vish else len(state.customers)


HARNESS = VendorHarness(
    name="patientnow",
    host=HOST,
    make_state=lambda clock: patientnow.demo_state(clock, customers=2500),
    make_app=patientnow.create_app,
    account=account,
    patient_total=visible_customers,
    touch_patient=touch_patient,
    bookable_patient=bookable_patient,
    timezone=patientnow.PNE_ZONE,
)

VISH_HARNESS = VendorHarness(
    name="vish",
    host=VISH_HOST,
    make_state=lambda clock: patientnow.vish_demo_state(clock),
    make_app=patientnow.create_app,
    account=vish_account,
    patient_total=visible_customers,
    touch_patient=touch_patient,
    bookable_patient=bookable_patient,
    timezone=patientnow.VISH_ZONE,
)

EXTRA_HARNESSES = [VISH_HARNESS]
