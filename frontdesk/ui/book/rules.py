"""Booking rules the book applies while dragging (issue 12, items 5 and 6).

The rule itself is `domain.booking_rules.providers_for`, the one the booking dialog lists a
service's providers with: a drag cannot do what the dialog would not offer.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from frontdesk.domain.booking_rules import providers_for
from frontdesk.domain.models import Appointment, Provider, Service
from frontdesk.ui.i18n import arg


def offered_by(service: Service, provider: Provider) -> bool:
    return bool(providers_for(service, [provider]))


def provider_refuses(a: Appointment, provider: Provider, services: Iterable[Service]) -> str:
    """Why `a` cannot go to `provider` for its service ("" : it can). An appointment without a
    known service is not held back (the vendor has the last word)."""
    if provider.id == a.provider_id and provider.account == a.account:
        return ""
    service = next((s for s in services if s.account == a.account and s.id == a.service_id), None)
    if service is None or offered_by(service, provider):
        return ""
    refused = QCoreApplication.translate("BookRules", "%1 does not offer %2")
    return arg(refused, provider.name, service.name)
