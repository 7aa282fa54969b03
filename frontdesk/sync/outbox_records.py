"""What the outbox holds, readable without the sending machinery: an entry's states, the entry
record, its JSON payloads, and reads of the outbox table.

Kept apart from sync.outbox (which needs the connectors, and through them httpx) so that the
book can draw the writes still waiting from the cache alone, before the connectors are loaded
(the window's first paint, docs/architecture.md "Start-up").
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from frontdesk.domain.models import Appointment, AppointmentStatus, Opening, Patient, PatientDraft

QUEUED, UNKNOWN, FAILED = "queued", "unknown", "failed"
WAITING = (QUEUED, UNKNOWN)
CHANGE_KINDS = ("move", "cancel", "arrived", "noshow", "confirm")
PATIENT_CREATE, PATIENT_UPDATE = "patient_create", "patient_update"
# Writes that would make a second record if sent twice: always reconciled before a resend.
CREATES = ("book", PATIENT_CREATE)
PENDING = "pending:"  # id prefix of a record that exists only in the outbox so far


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    account: str
    kind: str
    client_key: str
    payload: dict[str, Any]
    state: str
    attempts: int
    last_error: str | None
    created_at: datetime | None = None
    next_attempt_at: datetime | None = None
    # A booking refused because the slot was taken: fresh openings near the time asked for.
    alternatives: tuple[Opening, ...] = ()
    in_flight: bool = False  # being sent right now
    target_id: str | None = None  # the appointment or patient the write is about

    @property
    def waiting(self) -> bool:
        return self.state in WAITING


# -- (de)serialising what an entry carries --------------------------------------------------------
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


def entry_from_row(r: Any) -> OutboxEntry:
    keys = r.keys()
    alternatives = r["alternatives"] if "alternatives" in keys else None
    return OutboxEntry(
        r["id"],
        r["account"],
        r["kind"],
        r["client_key"],
        json.loads(r["payload"]),
        r["state"],
        r["attempts"],
        r["last_error"],
        created_at=datetime.fromtimestamp(r["created_at"], UTC),
        next_attempt_at=datetime.fromtimestamp(r["next_attempt_at"], UTC),
        alternatives=tuple(opening_from(o) for o in json.loads(alternatives or "[]")),
        in_flight=bool(r["claimed_by"]) if "claimed_by" in keys else False,
        target_id=r["target_id"] if "target_id" in keys else None,
    )


def read_entries(conn: sqlite3.Connection, account: str | None = None) -> list[OutboxEntry]:
    rows = conn.execute(
        "SELECT * FROM outbox WHERE (? IS NULL OR account = ?) ORDER BY id", (account, account)
    ).fetchall()
    return [entry_from_row(r) for r in rows]


def read_entry(conn: sqlite3.Connection, entry_id: int) -> OutboxEntry | None:
    row = conn.execute("SELECT * FROM outbox WHERE id = ?", (entry_id,)).fetchone()
    return entry_from_row(row) if row is not None else None
