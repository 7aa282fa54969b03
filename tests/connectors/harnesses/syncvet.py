"""The SyncVet harness: the connector against the SyncVet simulator (demo practice, Chicago)."""

from __future__ import annotations

from frontdesk.connectors.account import AccountConfig
from frontdesk.sandbox import syncvet
from tests.connectors.harness import VendorHarness

HOST = syncvet.HOST
PRACTICE = syncvet.DEMO_PRACTICE[0]


def account(**options: str) -> AccountConfig:
    client_id, secret = syncvet.DEMO_CLIENT
    return AccountConfig(
        "SyncVet practice",
        "syncvet",
        f"http://{HOST}/api",
        {
            "practice_id": PRACTICE,
            "token_url": f"http://{HOST}{syncvet.TOKEN_PATH}",
            "scope": syncvet.SCOPE,
            **options,
        },
        {"client_id": client_id, "client_secret": secret},
    )


def touch_patient(state: syncvet.SyncVetState) -> str:
    animal = state.table(PRACTICE, "patients")[f"{PRACTICE}|7"]
    animal["CurrentWeight"] = round(animal["CurrentWeight"] + 0.4, 1)
    state.touch(animal)
    return str(animal["Id"])


def living_animal(state: syncvet.SyncVetState, resource_id: str) -> str:
    practice = resource_id.split("|")[0]
    return next(
        str(a["Id"])
        for a in state.table(practice, "patients").values()
        if not a["IsDeceased"] and not a["FlaggedInactive"]
    )


HARNESS = VendorHarness(
    name="syncvet",
    host=HOST,
    make_state=lambda clock: syncvet.demo_state(clock, clients=1000),
    make_app=syncvet.create_app,
    account=account,
    patient_total=lambda state: len(state.table(PRACTICE, "patients")),
    touch_patient=touch_patient,
    bookable_patient=living_animal,
    timezone="America/Chicago",
)
