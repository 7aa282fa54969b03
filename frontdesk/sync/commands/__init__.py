"""Typed write commands: one class per kind of write (docs/sync.md "Typed commands")."""

from frontdesk.sync.commands.appointments import (
    AppointmentChange,
    Book,
    Cancel,
    Confirm,
    EditAppointment,
    MarkArrived,
    MarkNoShow,
    Move,
    Undone,
    UndoStatus,
)
from frontdesk.sync.commands.base import (
    Command,
    Records,
    UnknownCommand,
    VendorRecord,
    decode,
    known,
)
from frontdesk.sync.commands.blockouts import RemoveBlockout, StoreBlockout
from frontdesk.sync.commands.patients import CreatePatient, EditPatient

__all__ = [
    "AppointmentChange",
    "Book",
    "Cancel",
    "Command",
    "Confirm",
    "CreatePatient",
    "EditAppointment",
    "EditPatient",
    "MarkArrived",
    "MarkNoShow",
    "Move",
    "Records",
    "RemoveBlockout",
    "StoreBlockout",
    "UndoStatus",
    "Undone",
    "UnknownCommand",
    "VendorRecord",
    "decode",
    "known",
]
