from __future__ import annotations

from frontdesk.connectors.account import AccountConfig
from frontdesk.sandbox import naturaesoft
from tests.connectors.harness import VendorHarness

HOST = naturaesoft.HOST


def account(api_key: str = naturaesoft.DEMO_KEY, **options: str) -> AccountConfig:
    return AccountConfig(
        "Naturaesoft practice",
        "naturaesoft",
        f"http://{HOST}",
        {
            "ppass": naturaesoft.DEMO_PPASS,
            "practice_name": naturaesoft.DEMO_PRACTICE,
            "timezone": "America/New_York",
            **options,
        },
        {"api_key": api_key},
    )


def touch_patient(state: naturaesoft.NaturaesoftState) -> str:
    state.prospects[7]["CellPhone"] = "(828) 555-0107"
    return "7"


HARNESS = VendorHarness(
    name="naturaesoft",
    host=HOST,
    make_state=lambda clock: naturaesoft.demo_state(clock, prospects=1000),
    make_app=naturaesoft.create_app,
    account=account,
    patient_total=lambda state: len(state.prospects),
    touch_patient=touch_patient,
    bookable_patient=lambda state, provider_id: str(min(state.prospects)),
    timezone="America/New_York",
)
