"""What each vendor's account settings are called on screen, in words a clinic's IT person knows.

The core says which settings a vendor has (VendorInfo options, secrets, required); this says how
to ask for them. Settings only a vendor's support would ask to change go under "Advanced".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.domain.accounts import VendorInfo

# (label, hint), translated when shown (`text_for`). A vendor-specific entry ("vendor:key")
# wins over the generic one.
TEXT: dict[str, tuple[object, object]] = {
    "patientnow:apikey": (
        QT_TRANSLATE_NOOP("AccountFields", "Gateway API key"),
        QT_TRANSLATE_NOOP("AccountFields", "The integration's key from PatientNow"),
    ),
    "vish:apikey": (
        QT_TRANSLATE_NOOP("AccountFields", "Gateway API key"),
        QT_TRANSLATE_NOOP("AccountFields", "The integration's key from VISH"),
    ),
    "username": (
        QT_TRANSLATE_NOOP("AccountFields", "API user name"),
        QT_TRANSLATE_NOOP("AccountFields", "The user frontdesk signs in as"),
    ),
    "password": (QT_TRANSLATE_NOOP("AccountFields", "API user password"), ""),
    "company_id": (
        QT_TRANSLATE_NOOP("AccountFields", "CompanyId"),
        QT_TRANSLATE_NOOP("AccountFields", "Optional: work with this location only"),
    ),
    "pracsuite:api_key": (
        QT_TRANSLATE_NOOP("AccountFields", "Integrator key (x-api-key)"),
        QT_TRANSLATE_NOOP("AccountFields", "From PracSuite's integration settings"),
    ),
    "clinic_key": (
        QT_TRANSLATE_NOOP("AccountFields", "Clinic key (A-api-key)"),
        QT_TRANSLATE_NOOP("AccountFields", "The clinic's own key, from PracSuite"),
    ),
    "naturaesoft:api_key": (
        QT_TRANSLATE_NOOP("AccountFields", "Partner API key"),
        QT_TRANSLATE_NOOP("AccountFields", "Needs the Providers scope"),
    ),
    "api_key": (QT_TRANSLATE_NOOP("AccountFields", "API key"), ""),
    "user_email": (
        QT_TRANSLATE_NOOP("AccountFields", "User e-mail"),
        QT_TRANSLATE_NOOP("AccountFields", "The Progenda user frontdesk acts as"),
    ),
    "user_token": (
        QT_TRANSLATE_NOOP("AccountFields", "API token"),
        QT_TRANSLATE_NOOP("AccountFields", "That user's API token, from Progenda"),
    ),
    "center_id": (
        QT_TRANSLATE_NOOP("AccountFields", "Center ID"),
        QT_TRANSLATE_NOOP("AccountFields", "Optional: work with this center only"),
    ),
    "ppass": (
        QT_TRANSLATE_NOOP("AccountFields", "Practice code (PPass)"),
        QT_TRANSLATE_NOOP("AccountFields", "As shown in Naturaesoft's settings"),
    ),
    "practice_name": (
        QT_TRANSLATE_NOOP("AccountFields", "Practice name"),
        QT_TRANSLATE_NOOP("AccountFields", "Optional: the name shown in frontdesk"),
    ),
    "client_id": (
        QT_TRANSLATE_NOOP("AccountFields", "Client ID"),
        QT_TRANSLATE_NOOP("AccountFields", "Issued by SyncVet for frontdesk"),
    ),
    "client_secret": (
        QT_TRANSLATE_NOOP("AccountFields", "Client secret"),
        QT_TRANSLATE_NOOP("AccountFields", "Issued with the client ID"),
    ),
    "practice_id": (
        QT_TRANSLATE_NOOP("AccountFields", "Practice ID"),
        QT_TRANSLATE_NOOP("AccountFields", "Optional: work with this practice only"),
    ),
    "timezone": (
        QT_TRANSLATE_NOOP("AccountFields", "Time zone"),
        QT_TRANSLATE_NOOP(
            "AccountFields", "Optional, e.g. Europe/Brussels (the clinic's, when not sent)"
        ),
    ),
    "practice_timezone": (
        QT_TRANSLATE_NOOP("AccountFields", "Time zone"),
        QT_TRANSLATE_NOOP("AccountFields", "Optional, e.g. America/Chicago"),
    ),
    "token_url": (
        QT_TRANSLATE_NOOP("AccountFields", "Token address"),
        QT_TRANSLATE_NOOP("AccountFields", "Only when SyncVet gives another one"),
    ),
    "scope": (
        QT_TRANSLATE_NOOP("AccountFields", "Scope"),
        QT_TRANSLATE_NOOP("AccountFields", "Only when SyncVet gives another one"),
    ),
    "daily_budget": (
        QT_TRANSLATE_NOOP("AccountFields", "Requests per day"),
        QT_TRANSLATE_NOOP("AccountFields", "frontdesk's own limit for this account"),
    ),
    "sync_days_back": (
        QT_TRANSLATE_NOOP("AccountFields", "Days kept back"),
        QT_TRANSLATE_NOOP("AccountFields", "How many past days of the book are fetched"),
    ),
    "sync_days_ahead": (
        QT_TRANSLATE_NOOP("AccountFields", "Days fetched ahead"),
        QT_TRANSLATE_NOOP("AccountFields", "How many days ahead are fetched"),
    ),
    "working_hours": (
        QT_TRANSLATE_NOOP("AccountFields", "Working hours"),
        QT_TRANSLATE_NOOP(
            "AccountFields",
            "For the book and computed openings, e.g. mon-fri 08:30-12:30 13:30-18:00; sat 09:00-12:00",
        ),
    ),
    "page_size": (
        QT_TRANSLATE_NOOP("AccountFields", "Page size"),
        QT_TRANSLATE_NOOP("AccountFields", "Records per request"),
    ),
}
ADVANCED_HINT = QT_TRANSLATE_NOOP("AccountFields", "Only when the vendor's support asks")

# Each vendor's help above its settings (VendorInfo.help, English in the connectors), for
# lupdate; tests/ui/test_domain_texts.py fails when a vendor's help is missing here.
VENDOR_HELP = (
    QT_TRANSLATE_NOOP(
        "AccountFields",
        "The gateway API key of the integration, and the user name and password of the "
        "PatientNow API user. Optionally a CompanyId to work with one location only.",
    ),
    QT_TRANSLATE_NOOP(
        "AccountFields",
        "The gateway API key of the integration, and the user name and password of the "
        "VISH API user. Optionally a CompanyId to work with one location only.",
    ),
    QT_TRANSLATE_NOOP(
        "AccountFields",
        "The integrator's API key (x-api-key) and the clinic's key (A-api-key) from "
        "PracSuite's integration settings.",
    ),
    QT_TRANSLATE_NOOP(
        "AccountFields", "The e-mail address and API token of the Progenda user frontdesk acts as."
    ),
    QT_TRANSLATE_NOOP(
        "AccountFields",
        "The practice code (PPass) and a partner API key with the Providers scope. The server "
        "address is assumed (https://api.naturaesoft.com): ask Naturaesoft.",
    ),
    QT_TRANSLATE_NOOP(
        "AccountFields",
        "The client ID and client secret SyncVet issued for frontdesk; the practice ID limits "
        "the account to one practice.",
    ),
)

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


def _tr(text: object) -> str:
    return QCoreApplication.translate("AccountFields", str(text)) if text else ""


def help_text(help: str) -> str:
    """A vendor's help in the window's language (as it is when not listed in VENDOR_HELP)."""
    return _tr(help)


def text_for(vendor: str, key: str) -> tuple[str, str]:
    """(label, hint) in the window's language."""
    found = TEXT.get(f"{vendor}:{key}") or TEXT.get(key)
    if found is not None:
        return _tr(found[0]), _tr(found[1])
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
                key,
                label,
                hint or (_tr(ADVANCED_HINT) if advanced else ""),
                secret,
                required,
                advanced,
            )
        )
    return sorted(out, key=lambda f: (f.advanced, not (f.required or f.secret)))
