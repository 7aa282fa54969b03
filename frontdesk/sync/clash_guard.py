"""A desk in clinic mode claims the time of a Book or a Move in the transaction that stores its
command row (store/pg/claims.py): of two desks booking the same provider's overlapping time,
the database lets exactly one row in. The other's transaction is rolled back (no row, no
claim) and `SlotJustTaken("Desk 2")` reaches the caller, which refuses the command.

Only claims (other desks' waiting bookings and open dialogs' holds) refuse here. An overlap
with a synced appointment is not refused: the booking dialog has named it before the press
("Book anyway") and a command does not carry that answer, so the guard passes it as asked
anyway, as the single-desk path does. No psycopg here: the store is any `ClaimingStore`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol, runtime_checkable

from frontdesk.sync.commands import Book, Command
from frontdesk.sync.commands.appointments import Move

Guard = Callable[[int, Command], None]


@runtime_checkable
class ClaimingStore(Protocol):
    """A store with the clinic database's clash guard (PgStore)."""

    def claim_booking(
        self,
        outbox_id: int,
        account: str,
        provider_id: str,
        start: datetime,
        end: datetime,
        desk: str,
        *,
        book_anyway: bool = False,
        moving: str | None = None,
    ) -> int: ...


def claiming(store: ClaimingStore, desk: Callable[[], str]) -> Guard:
    """The outbox's guard for a desk: called with the new row's id inside its transaction.
    `desk`: this desk's name now (what another desk is told it lost to)."""

    def guard(outbox_id: int, command: Command) -> None:
        if isinstance(command, Book):
            r = command.request
            store.claim_booking(
                outbox_id, r.account, r.provider_id, r.start, r.end, desk(), book_anyway=True
            )
        elif isinstance(command, Move):
            provider = command.provider_id or (command.before and command.before.provider_id)
            if not provider:  # nothing names the provider: the agent's send decides
                return
            store.claim_booking(
                outbox_id,
                command.account,
                provider,
                command.start,
                command.end,
                desk(),
                book_anyway=True,
                moving=command.appointment_id,
            )

    return guard


def desk_name() -> str:
    """This workstation's name as other desks are told it (FRONTDESK_DESK, else the host)."""
    from frontdesk.sync.clinic import desk_name as named  # psycopg: clinic mode only

    return named()
