"""What each vendor's account settings are called on screen, in words a clinic's IT person knows.

The core says which settings a vendor has (VendorInfo options, secrets, required); this says how
to ask for them. Settings only a vendor's support would ask to change go under "Advanced".
"""

from __future__ import annotations

from dataclasses import dataclass

from frontdesk.domain.accounts import VendorInfo

# (label, hint). A vendor-specific entry ("vendor:key") wins over the generic one.
TEXT: dict[str, tuple[str, str]] = {
    "patientnow:apikey": ("Gateway API key", "The integration's key from PatientNow"),
    "vish:apikey": ("Gateway API key", "The integration's key from VISH"),
    "username": ("API user name", "The user frontdesk signs in as"),
    "password": ("API user password", ""),
    "company_id": ("CompanyId", "Optional: work with this location only"),
    "pracsuite:api_key": ("Integrator key (x-api-key)", "From PracSuite's integration settings"),
    "clinic_key": ("Clinic key (A-api-key)", "The clinic's own key, from PracSuite"),
    "naturaesoft:api_key": ("Partner API key", "Needs the Providers scope"),
    "api_key": ("API key", ""),
    "user_email": ("User e-mail", "The Progenda user frontdesk acts as"),
    "user_token": ("API token", "That user's API token, from Progenda"),
    "center_id": ("Center ID", "Optional: work with this center only"),
    "ppass": ("Practice code (PPass)", "As shown in Naturaesoft's settings"),
    "practice_name": ("Practice name", "Optional: the name shown in frontdesk"),
    "client_id": ("Client ID", "Issued by SyncVet for frontdesk"),
    "client_secret": ("Client secret", "Issued with the client ID"),
    "practice_id": ("Practice ID", "Optional: work with this practice only"),
    "timezone": ("Time zone", "Optional, e.g. Europe/Brussels (the clinic's, when not sent)"),
    "practice_timezone": ("Time zone", "Optional, e.g. America/Chicago"),
    "token_url": ("Token address", "Only when SyncVet gives another one"),
    "scope": ("Scope", "Only when SyncVet gives another one"),
    "daily_budget": ("Requests per day", "frontdesk's own limit for this account"),
    "sync_days_back": ("Days kept back", "How many past days of the book are fetched"),
    "sync_days_ahead": ("Days fetched ahead", "How many days ahead are fetched"),
    "working_hours": (
        "Working hours",
        "For the book and computed openings, e.g. mon-fri 08:30-12:30 13:30-18:00; sat 09:00-12:00",
    ),
    "page_size": ("Page size", "Records per request"),
}
ADVANCED_HINT = "Only when the vendor's support asks"

# Optional settings that belong in the main form (the rest are advanced).
EVERYDAY = frozenset(
    {"company_id", "center_id", "practice_id", "practice_name", "timezone", "practice_timezone"}
)


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    hint: str
    secret: bool
    required: bool
    advanced: bool


def text_for(vendor: str, key: str) -> tuple[str, str]:
    found = TEXT.get(f"{vendor}:{key}") or TEXT.get(key)
    if found is not None:
        return found
    return key.replace("_", " ").capitalize(), ""


def fields_of(spec: VendorInfo, common: tuple[str, ...] = ()) -> list[Field]:
    """Secrets and required settings first, then the everyday options, then the advanced ones."""
    out: list[Field] = []
    keys = [*spec.required]
    keys += [k for k in spec.secrets if k not in keys]
    keys += [k for k in spec.options if k not in keys]
    keys += [k for k in common if k not in keys]
    for key in keys:
        label, hint = text_for(spec.key, key)
        required = key in spec.required
        secret = key in spec.secrets
        advanced = not required and not secret and key not in EVERYDAY
        out.append(
            Field(
                key, label, hint or (ADVANCED_HINT if advanced else ""), secret, required, advanced
            )
        )
    return sorted(out, key=lambda f: (f.advanced, not (f.required or f.secret)))
