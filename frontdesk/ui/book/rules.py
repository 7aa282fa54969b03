"""Booking rules the book applies while dragging (issue 12, item 6).

A small local rule until frontdesk/domain/booking_rules.py (being written alongside) is on main:
the same test the booking dialog uses to list a service's providers (`Service.provider_ids`,
empty meaning everyone), so a drag cannot do what the dialog would not offer.
"""

from __future__ import annotations

from collections.abc import Iterable

from frontdesk.domain.models import Appointment, Provider, Service


def offered_by(service: Service, provider: Provider) -> bool:
    return provider.account == service.account and (
        not service.provider_ids or provider.id in service.provider_ids
    )


def provider_refuses(a: Appointment, provider: Provider, services: Iterable[Service]) -> str:
    """Why `a` cannot go to `provider` for its service ("" : it can). An appointment without a
    known service is not held back (the vendor has the last word)."""
    if provider.id == a.provider_id and provider.account == a.account:
        return ""
    service = next((s for s in services if s.account == a.account and s.id == a.service_id), None)
    if service is None or offered_by(service, provider):
        return ""
    return f"{provider.name} does not offer {service.name}"
