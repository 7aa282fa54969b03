from __future__ import annotations

from frontdesk.connectors.account import AccountConfig
from frontdesk.sandbox import pracsuite
from tests.connectors.harness import VendorHarness

HOST = pracsuite.HOST


def account(**options: str) -> AccountConfig:
    return AccountConfig(
        "PracSuite clinic",
        "pracsuite",
        f"http://{HOST}/v1",
        dict(options),
        {"api_key": pracsuite.DEMO_INTEGRATOR_KEY, "clinic_key": pracsuite.DEMO_CLINIC_KEY},
    )


def touch_patient(state: pracsuite.PracSuiteState) -> str:
    patient = state.patients[1007]
    patient["mobile_phone"] = "0400 000 007"
    state.touch(patient)
    return "1007"


def bookable_patient(state: pracsuite.PracSuiteState, provider_id: str) -> str:
    # Patients belong to the whole practice, so any active one may see any practitioner.
    return str(next(p for p in state.patients.values() if not p["archived"])["patient_id"])


HARNESS = VendorHarness(
    name="pracsuite",
    host=HOST,
    make_state=lambda clock: pracsuite.demo_state(clock),
    make_app=pracsuite.create_app,
    account=account,
    patient_total=lambda state: len(state.patients),
    touch_patient=touch_patient,
    bookable_patient=bookable_patient,
    timezone=pracsuite.ZONE,
)
