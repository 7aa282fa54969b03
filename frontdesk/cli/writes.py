"""What a write command prints. Every write is stored in the outbox before it is sent, as in the
window; the result says sent, waiting (and why) or refused (the vendor's reason, exit 1).

With --json one stable shape: `{"outcome": "sent|waiting|refused", "reason", "entry": {...},
"appointment": {...}}` (or `"patient"`); docs/cli.md "Writes".
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from frontdesk.cli.common import ExitCode, Result, say
from frontdesk.domain.errors import SlotJustTaken
from frontdesk.domain.models import Appointment, Opening, Patient
from frontdesk.domain.reference import Reference
from frontdesk.sync.facade.desk import CommandResult, OutboxEntry, Outcome

UTC_ZONE = ZoneInfo("UTC")
SENT_STATE = "sent"  # a confirmed write has left the outbox
TAKEN_SHOWN = 3  # next free times printed after "the slot was just taken by Desk 2"


def send_options() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--no-send",
        action="store_true",
        help="store the write in the outbox without sending it (`frontdesk outbox send` does)",
    )
    return parent


def _moment(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _retry_at(entry: OutboxEntry) -> datetime | None:
    """When the background loop tries again; None when not waiting or due at once."""
    due = entry.next_attempt_at
    if not entry.waiting or due is None or entry.created_at is None or due <= entry.created_at:
        return None
    return due


def entry_json(entry: OutboxEntry | None, outcome: Outcome | None = None) -> dict[str, Any] | None:
    if entry is None:  # refused before it was stored: the vendor cannot do it at all
        return None
    return {
        "id": entry.id,
        "account": entry.account,
        "kind": entry.kind,
        "state": SENT_STATE if outcome is Outcome.SENT else entry.state,
        "attempts": entry.attempts,
        "last_error": entry.last_error,
        "created": _moment(entry.created_at),
        "next_attempt": _moment(_retry_at(entry)) if outcome is not Outcome.SENT else None,
        "target_id": entry.target_id,
    }


def zone_for(reference: Reference, account: str, provider_id: str) -> ZoneInfo:
    provider = reference.provider(account, provider_id)
    if provider is not None:
        return reference.zone_of(provider)
    return reference.account_zone(account) or UTC_ZONE


def appointment_json(a: Appointment, reference: Reference) -> dict[str, Any]:
    """On its clinic's wall clock (its provider's location), as `appointments list` shows it."""
    zone = zone_for(reference, a.account, a.provider_id)
    provider = reference.provider(a.account, a.provider_id)
    service = next((s for s in reference.services_of(a.account) if s.id == a.service_id), None)
    return {
        "account": a.account,
        "id": a.id,
        "start": a.start.astimezone(zone).isoformat(),
        "end": a.end.astimezone(zone).isoformat(),
        "timezone": zone.key,
        "provider_id": a.provider_id,
        "provider": provider.name if provider else None,
        "service_id": a.service_id,
        "service": service.name if service else None,
        "patient_id": a.patient_id,
        "status": a.status.value,
        "confirmed": a.confirmed_at is not None,
        "notes": a.notes,
        "pending": a.pending,
    }


def opening_json(o: Opening, reference: Reference) -> dict[str, Any]:
    zone = zone_for(reference, o.account, o.provider_id)
    provider = reference.provider(o.account, o.provider_id)
    return {
        "provider_id": o.provider_id,
        "provider": provider.name if provider else None,
        "start": o.start.astimezone(zone).isoformat(),
        "end": o.end.astimezone(zone).isoformat(),
    }


def patient_json(p: Patient, vendor: str) -> dict[str, Any]:
    """The same fields as `patients search --json`."""
    return {
        "account": p.account,
        "vendor": vendor,
        "id": p.id,
        "first_name": p.first_name,
        "last_name": p.last_name,
        "birth_date": p.birth_date.isoformat() if p.birth_date else None,
        "phone": p.phone,
        "email": p.email,
        "owner_name": p.owner_name,
        "active": p.active,
    }


def when(a: dict[str, Any]) -> str:
    return f"{a['start'][:10]} {a['start'][11:16]}–{a['end'][11:16]} ({a['timezone']})"


def appointment_line(a: dict[str, Any]) -> str:
    parts = [when(a), a["provider"] or a["provider_id"], a["service"] or "", a["status"]]
    return f"appointment {a['id']}: " + ", ".join(p for p in parts if p)


def patient_line(p: dict[str, Any]) -> str:
    details = [p["birth_date"], p["phone"], p["email"]]
    shown = ", ".join(d for d in details if d)
    return f"patient {p['id']}: {p['first_name']} {p['last_name']}" + (
        f" ({shown})" if shown else ""
    )


def outcome_result(
    result: CommandResult,
    what: str,
    record: tuple[str, dict[str, Any] | None],
    *,
    as_json: bool,
    alternatives: list[dict[str, Any]] | None = None,
) -> Result:
    """`what`: "booking in Brussels & Gent"; `record`: ("appointment" or "patient", its JSON as
    it stands now: the vendor's when sent, the pending copy when waiting)."""
    key, shown = record
    entry = entry_json(result.entry, result.outcome)
    data: dict[str, Any] = {
        "outcome": result.outcome.value,
        "reason": result.reason or None,
        "entry": entry,
        key: shown,
    }
    if alternatives is not None:
        data["alternatives"] = alternatives
    numbered = f" (outbox entry {entry['id']})" if entry else ""
    if result.outcome is Outcome.SENT:
        lines = [f"Sent: {what}{numbered}."]
    elif result.outcome is Outcome.WAITING:
        lines = [
            f"Waiting in the outbox: {what}{numbered}.",
            f"  why: {result.reason}",
            "  `frontdesk outbox send` sends it (the window does too).",
        ]
    else:
        lines = [f"Refused: {what}{numbered}.", f"  why: {result.reason}"]
    taken = result.error if isinstance(result.error, SlotJustTaken) else None
    if taken is not None:  # the clinic database's clash guard: the next free times instead
        nearby = (alternatives or [])[:TAKEN_SHOWN]
        lines.append(
            f"  the slot was just taken by {taken.by_desk}"
            + (": the next free times are" if nearby else ": pick another time")
        )
        lines.extend(f"    {when_free(o)}" for o in nearby)
    if shown is not None:
        lines.append(
            "  " + (appointment_line(shown) if key == "appointment" else patient_line(shown))
        )
    if alternatives and taken is None:
        lines.append("  free nearby: " + "; ".join(f"{when_free(o)}" for o in alternatives))
    if as_json and result.outcome is not Outcome.SENT:
        say(f"{result.outcome.value}: {result.reason}")
    code = ExitCode.FAILED if result.outcome is Outcome.REFUSED else ExitCode.OK
    return Result(data, "\n".join(lines), code)


def when_free(o: dict[str, Any]) -> str:
    return f"{o['start'][:10]} {o['start'][11:16]}–{o['end'][11:16]} {o['provider'] or ''}".strip()
