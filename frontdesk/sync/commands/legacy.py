"""The write kinds as the GUI still names them ("move", "cancel"...), for
`Workspace.change(appointment, kind, **fields)` until the GUI builds commands itself."""

from __future__ import annotations

from datetime import datetime

from frontdesk.domain.models import Appointment
from frontdesk.sync.commands.appointments import (
    AppointmentChange,
    Cancel,
    Confirm,
    MarkArrived,
    MarkNoShow,
    Move,
)


def change_command(appointment: Appointment, kind: str, **fields: str) -> AppointmentChange:
    """kind: move (start, end, provider_id as text), cancel (reason), arrived, noshow, confirm."""
    if kind == "move":
        return Move.on(
            appointment,
            datetime.fromisoformat(fields["start"]),
            datetime.fromisoformat(fields["end"]),
            fields.get("provider_id") or None,
        )
    if kind == "cancel":
        return Cancel.on(appointment, fields.get("reason", ""))
    simple: dict[str, type[AppointmentChange]] = {
        "arrived": MarkArrived,
        "noshow": MarkNoShow,
        "confirm": Confirm,
    }
    if kind not in simple:
        raise ValueError(f"unknown change kind {kind}")
    return simple[kind].on(appointment)
