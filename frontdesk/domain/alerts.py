"""Patient alerts (issue 15 item 7): a note about a patient the desk must see whenever the
patient is booked (allergies, mobility, "always call the guardian"). Local to frontdesk: one
alert a patient, kept with who last set it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class PatientAlert:
    """A note that warns whoever books this patient (allergy, unpaid balance), kept by frontdesk."""

    account: str
    patient_id: str
    text: str
    at: datetime
    desk: str
    user: str


def alert_line(alert: PatientAlert) -> str:
    """The block's tooltip line."""
    return f"⚠ Alert: {alert.text}"
