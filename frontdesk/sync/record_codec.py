"""JSON for what a stored write carries: appointments, patients, drafts and openings.

The outbox keeps payloads as JSON text; these are the one place their shape is written down.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from frontdesk.domain.models import Appointment, AppointmentStatus, Opening, Patient, PatientDraft

PENDING = "pending:"  # id prefix of a record that exists only in the outbox so far


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def moment_from(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def appointment_json(a: Appointment) -> dict[str, Any]:
    return {
        "account": a.account,
        "id": a.id,
        "provider_id": a.provider_id,
        "start": _iso(a.start),
        "end": _iso(a.end),
        "status": a.status.value,
        "patient_id": a.patient_id,
        "service_id": a.service_id,
        "title": a.title,
        "notes": a.notes,
        "colour": a.colour,
        "confirmed_at": _iso(a.confirmed_at),
        "arrived_at": _iso(a.arrived_at),
        "vendor_status": a.vendor_status,
        "updated_at": _iso(a.updated_at),
        "vendor_ref": a.vendor_ref,
    }


def appointment_from(d: Mapping[str, Any]) -> Appointment:
    start, end = moment_from(d["start"]), moment_from(d["end"])
    assert start is not None and end is not None
    return Appointment(
        account=d["account"],
        id=d["id"],
        provider_id=d["provider_id"],
        start=start,
        end=end,
        status=AppointmentStatus(d["status"]),
        patient_id=d.get("patient_id"),
        service_id=d.get("service_id"),
        title=d.get("title", ""),
        notes=d.get("notes", ""),
        colour=d.get("colour"),
        confirmed_at=moment_from(d.get("confirmed_at")),
        arrived_at=moment_from(d.get("arrived_at")),
        vendor_status=d.get("vendor_status", ""),
        updated_at=moment_from(d.get("updated_at")),
        vendor_ref=d.get("vendor_ref"),
    )


def draft_json(d: PatientDraft) -> dict[str, Any]:
    return {
        "first_name": d.first_name,
        "last_name": d.last_name,
        "birth_date": _iso(d.birth_date),
        "phone": d.phone,
        "email": d.email,
        "owner_id": d.owner_id,
    }


def draft_from(d: Mapping[str, Any]) -> PatientDraft:
    born = d.get("birth_date")
    return PatientDraft(
        d["first_name"],
        d["last_name"],
        date.fromisoformat(born) if born else None,
        d.get("phone"),
        d.get("email"),
        d.get("owner_id"),
    )


def patient_json(p: Patient) -> dict[str, Any]:
    return {
        "account": p.account,
        "id": p.id,
        "first_name": p.first_name,
        "last_name": p.last_name,
        "birth_date": _iso(p.birth_date),
        "phone": p.phone,
        "email": p.email,
        "active": p.active,
        "owner_name": p.owner_name,
        "updated_at": _iso(p.updated_at),
        "vendor_ref": p.vendor_ref,
        "location_id": p.location_id,
    }


def patient_from(d: Mapping[str, Any]) -> Patient:
    born = d.get("birth_date")
    return Patient(
        d["account"],
        d["id"],
        d["first_name"],
        d["last_name"],
        date.fromisoformat(born) if born else None,
        d.get("phone"),
        d.get("email"),
        bool(d.get("active", True)),
        d.get("owner_name"),
        moment_from(d.get("updated_at")),
        d.get("vendor_ref"),
        d.get("location_id"),
    )


def opening_json(o: Opening) -> dict[str, Any]:
    return {
        "account": o.account,
        "provider_id": o.provider_id,
        "service_id": o.service_id,
        "start": _iso(o.start),
        "end": _iso(o.end),
        "source": o.source,
    }


def opening_from(d: Mapping[str, Any]) -> Opening:
    start, end = moment_from(d["start"]), moment_from(d["end"])
    assert start is not None and end is not None
    return Opening(d["account"], d["provider_id"], d["service_id"], start, end, d["source"])
