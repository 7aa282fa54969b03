from __future__ import annotations

from typing import Any

from frontdesk.connectors.account import AccountConfig
from frontdesk.sandbox import progenda
from tests.connectors.harness import VendorHarness

HOST = "progenda.sandbox"


def account() -> AccountConfig:
    email, token = progenda.DEMO_USER
    return AccountConfig(
        "Progenda clinic",
        "progenda",
        f"http://{HOST}/api/v2",
        {"user_email": email},
        {"user_token": token},
    )


def touch_patient(state: progenda.ProgendaState) -> str:
    patient = state.patients[7]
    patient["phone_number"] = "+32 470 00 00 07"
    state.touch("patient", 7)
    return "7"


def patient_of_the_calendars_center(state: Any, calendar_id: str) -> str:
    center = state.calendars[int(calendar_id)]["center_id"]
    return next(str(p["id"]) for p in state.patients.values() if p["center_id"] == center)


HARNESS = VendorHarness(
    name="progenda",
    host=HOST,
    make_state=lambda clock: progenda.demo_state(clock, patients=2500),
    make_app=progenda.create_app,
    account=account,
    patient_total=lambda state: len(state.patients),
    touch_patient=touch_patient,
    bookable_patient=patient_of_the_calendars_center,
)
