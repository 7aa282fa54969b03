"""What may be booked where, as the vendors see it (pure: no I/O, no Qt).

Shared by the booking dialog and the book's drag-and-drop, so both offer the same choices and
warn with the same words.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from zoneinfo import ZoneInfo

from frontdesk.domain.book import DayEntry
from frontdesk.domain.models import Provider, Service
from frontdesk.domain.texts import Text

# Vendors whose patients belong to one location: Progenda keeps a patient list per center and
# refuses to book a center's calendar for another center's patient.
PATIENTS_BY_LOCATION = frozenset({"progenda"})


def providers_for(service: Service, providers: Iterable[Provider]) -> list[Provider]:
    """The providers that offer `service` (all of its account when it names none)."""
    return [
        p
        for p in providers
        if p.account == service.account
        and (not service.provider_ids or p.id in service.provider_ids)
    ]


def offered_by(provider: Provider, services: Iterable[Service]) -> list[Service]:
    """The services `provider` offers: the same rule as `providers_for`, read the other way."""
    return [s for s in services if provider in providers_for(s, (provider,))]


def calendar_accepts(vendor: str, provider: Provider, patient_locations: frozenset[str]) -> bool:
    """Whether the vendor books `provider` for a patient known at `patient_locations`.

    Unknown (no location known for the patient) is accepted: the vendor has the last word."""
    if vendor not in PATIENTS_BY_LOCATION or not patient_locations:
        return True
    return provider.location_id is None or provider.location_id in patient_locations


def accepting(
    vendor: str, providers: Iterable[Provider], patient_locations: frozenset[str]
) -> list[Provider]:
    return [p for p in providers if calendar_accepts(vendor, p, patient_locations)]


def overlap_warning(
    provider: str, found: Sequence[DayEntry], zone: ZoneInfo, verb: str = "book"
) -> str:
    """'Joris Van Hecke already has Jan Peeters (Consultation) 10:30–10:50: book anyway?'
    (the first two by name, and how many more); `verb` "book" or "save"."""
    if not found:
        return ""
    parts = []
    for entry in found[:2]:
        a = entry.appointment
        what = f" ({entry.service})" if entry.service else ""
        parts.append(
            f"{entry.patient}{what} {a.start.astimezone(zone):%H:%M}–{a.end.astimezone(zone):%H:%M}"
        )
    first = parts[0]
    saving = verb == "save"
    if len(found) == 1:
        if saving:
            return Text(
                "{provider} already has {first}: save anyway?", provider=provider, first=first
            )
        return Text("{provider} already has {first}: book anyway?", provider=provider, first=first)
    second = parts[1]
    if len(found) == 2:
        if saving:
            return Text(
                "{provider} already has {first} and {second}: save anyway?",
                provider=provider,
                first=first,
                second=second,
            )
        return Text(
            "{provider} already has {first} and {second}: book anyway?",
            provider=provider,
            first=first,
            second=second,
        )
    more = len(found) - 2
    if saving:
        return Text(
            "{provider} already has {first} and {second} and %n more: save anyway?",
            more,
            provider=provider,
            first=first,
            second=second,
        )
    return Text(
        "{provider} already has {first} and {second} and %n more: book anyway?",
        more,
        provider=provider,
        first=first,
        second=second,
    )
