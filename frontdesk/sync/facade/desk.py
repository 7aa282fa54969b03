"""The workspace and everything the window and the commands exchange with it."""

from __future__ import annotations

from frontdesk.sync.blockouts import add_blockout, blocking, blockouts, remove_blockout, unblocked
from frontdesk.sync.commands import (
    AppointmentChange,
    Book,
    Cancel,
    Command,
    Confirm,
    CreatePatient,
    EditAppointment,
    EditPatient,
    MarkArrived,
    MarkNoShow,
    Move,
    Undone,
    UndoStatus,
)
from frontdesk.sync.commands.result import CommandResult, Outcome
from frontdesk.sync.feed import ChangeFeed, Changes, Span
from frontdesk.sync.freed import FreedSlots, Offer, offer_at
from frontdesk.sync.opening import (
    Opened,
    keep_demo_cache,
    open_clinic,
    open_configured,
    open_demo,
    open_demo_start,
    open_workspace,
)
from frontdesk.sync.openings import OpeningSearch, OpeningsFinder, OpeningsFound, services_named
from frontdesk.sync.outbox import WaitingForEarlierWrite, WriteResult
from frontdesk.sync.outbox_records import FAILED, PENDING, QUEUED, UNKNOWN, WAITING, OutboxEntry
from frontdesk.sync.pinboard import pin, pinned, unpin
from frontdesk.sync.waitlist import (
    add_to_waitlist,
    named_waitlist,
    remove_from_waitlist,
    slot_at,
    waitlist,
    waitlist_matches,
)
from frontdesk.sync.workspace import Workspace

__all__ = [
    "FAILED",
    "PENDING",
    "QUEUED",
    "UNKNOWN",
    "WAITING",
    "AppointmentChange",
    "Book",
    "Cancel",
    "ChangeFeed",
    "Changes",
    "Command",
    "CommandResult",
    "Confirm",
    "CreatePatient",
    "EditAppointment",
    "EditPatient",
    "MarkArrived",
    "MarkNoShow",
    "Move",
    "Opened",
    "OpeningSearch",
    "OpeningsFinder",
    "OpeningsFound",
    "OutboxEntry",
    "Outcome",
    "Span",
    "UndoStatus",
    "Undone",
    "WaitingForEarlierWrite",
    "Workspace",
    "WriteResult",
    "keep_demo_cache",
    "open_clinic",
    "open_configured",
    "open_demo",
    "open_demo_start",
    "open_workspace",
    "services_named",
]

# Issue 12: a waiting write taken back before it is sent (the window's Undo).
from frontdesk.sync.workspace import withdraw

__all__ += ["withdraw"]

# Issue 15: the waitlist (frontdesk's own data, told on the feed as Changes.waitlist).
__all__ += [
    "FreedSlots",
    "Offer",
    "add_to_waitlist",
    "named_waitlist",
    "offer_at",
    "remove_from_waitlist",
    "slot_at",
    "waitlist",
    "waitlist_matches",
]
__all__ += ["add_blockout", "blocking", "blockouts", "remove_blockout", "unblocked"]

# Issue 15 item 6: the pinboard (this desk's own, told on the feed as Changes.pins).
__all__ += ["pin", "pinned", "unpin"]
