"""The clash guard the clinic database enforces (migration 2's `claims`).

A claim is a provider's time held by an open booking dialog (a hold, for a few minutes,
renewable, released on close) or taken by a booking waiting in the shared outbox. The
exclusion constraint lets no two claims of one provider overlap, so of two desks booking at
the same instant exactly one commits; the other gets `SlotJustTaken(by_desk)`. A desk's own
hold does not block its own booking (the booking replaces it). Expired holds are deleted in
the claiming transaction, so they never block. Synced appointments are checked by the same
transaction with the book's overlap rule (cancelled and no-show ones do not count), and a
deliberate "book anyway" passes: overlaps in the vendor's data are shown, never rejected.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import psycopg
from psycopg.types.range import Range

from frontdesk.domain.errors import SlotJustTaken, SlotOverlaps
from frontdesk.domain.holds import HOLD_FOR, Claim
from frontdesk.domain.models import AppointmentStatus

__all__ = [
    "HOLD_FOR",
    "Claim",
    "claim_booking",
    "claims_between",
    "delete_lapsed",
    "hold_slot",
    "release_hold",
]

CLAIM_LOCK = 0x636C6169  # "clai": the advisory lock space of claims (see _clear)
NOT_BLOCKING = (AppointmentStatus.CANCELLED.value, AppointmentStatus.NOSHOW.value)


def hold_slot(
    conn: psycopg.Connection[Any],
    account: str,
    provider_id: str,
    start: datetime,
    end: datetime,
    desk: str,
    hold_for: timedelta = HOLD_FOR,
) -> int:
    """Hold [start, end) for `desk` (renewing its own hold there). Raises SlotJustTaken."""
    with conn.transaction():
        _clear(conn, account, provider_id, start, end, desk)
        row = _insert(conn, "hold", account, provider_id, start, end, desk, hold_for, None)
    return row


def release_hold(conn: psycopg.Connection[Any], hold_id: int) -> None:
    conn.execute("DELETE FROM claims WHERE id = %s AND kind = 'hold'", (hold_id,))


def delete_lapsed(conn: psycopg.Connection[Any], older_than: timedelta = HOLD_FOR) -> int:
    """Holds lapsed more than `older_than` ago (a dialog closed by a crash, a desk switched
    off): never drawn nor blocking, deleted so the table does not grow (the agent's round)."""
    found = conn.execute(
        "DELETE FROM claims WHERE kind = 'hold' AND expires_at < now() - %s::interval",
        (older_than,),
    )
    return found.rowcount


def claim_booking(
    conn: psycopg.Connection[Any],
    outbox_id: int,
    account: str,
    provider_id: str,
    start: datetime,
    end: datetime,
    desk: str,
    *,
    book_anyway: bool = False,
    moving: str | None = None,
) -> int:
    """Claim the time of the booking waiting as outbox row `outbox_id`: call it inside the
    transaction that inserted the row, so a refusal takes the row back with it. Raises
    SlotJustTaken (another desk's claim) or SlotOverlaps (a synced appointment, unless
    `book_anyway`). A move claims its new time the same way, `moving` naming the appointment
    moved (its own old time is no overlap)."""
    with conn.transaction():
        _clear(conn, account, provider_id, start, end, desk)
        if not book_anyway:  # pending rows are desks' own waiting writes: their claims guard them
            found = conn.execute(
                "SELECT id FROM appointments WHERE account = %s AND provider_id = %s"
                " AND start_utc < %s AND end_utc > %s AND status <> ALL(%s) AND NOT pending"
                " AND id IS DISTINCT FROM %s ORDER BY start_utc",
                (account, provider_id, end, start, list(NOT_BLOCKING), moving),
            ).fetchall()
            if found:
                raise SlotOverlaps(tuple(_first(r, "id") for r in found))
        return _insert(conn, "booking", account, provider_id, start, end, desk, None, outbox_id)


def claims_between(
    conn: psycopg.Connection[Any], start: datetime, end: datetime, account: str | None = None
) -> list[Claim]:
    """Live claims overlapping [start, end): what other desks draw as being booked."""
    rows = conn.execute(
        "SELECT id, kind, account, provider_id, lower(during) AS s, upper(during) AS e, desk,"
        " expires_at FROM claims WHERE during && tstzrange(%(start)s, %(end)s)"
        " AND (expires_at IS NULL OR expires_at > now())"
        " AND (%(account)s::text IS NULL OR account = %(account)s) ORDER BY lower(during), id",
        {"start": start, "end": end, "account": account},
    ).fetchall()
    names = ("id", "kind", "account", "provider_id", "s", "e", "desk", "expires_at")
    out = []
    for r in rows:
        d = dict(r) if isinstance(r, dict) else dict(zip(names, r, strict=True))
        out.append(
            Claim(
                int(d["id"]),
                d["kind"],
                d["account"],
                d["provider_id"],
                d["s"],
                d["e"],
                d["desk"],
                d["expires_at"],
            )
        )
    return out


def _clear(
    conn: psycopg.Connection[Any],
    account: str,
    provider_id: str,
    start: datetime,
    end: datetime,
    desk: str,
) -> None:
    """Queue behind any other claim of this provider still being committed, then delete what
    gives way: expired holds, and the desk's own hold (replaced by its booking or renewal).

    Without the lock two desks inserting overlapping claims at the same instant each wait for
    the other's row in the exclusion check: PostgreSQL's deadlock detector then aborts one after
    a second (deadlock_timeout). With it, the second waits for the first's commit and meets its
    row at once. The key only orders claims; the exclusion constraint still decides."""
    conn.execute(
        "SELECT pg_advisory_xact_lock(%s, hashtext(%s))", (CLAIM_LOCK, f"{account}/{provider_id}")
    )
    conn.execute(
        "DELETE FROM claims WHERE account = %s AND provider_id = %s AND during && %s"
        " AND kind = 'hold' AND (expires_at <= now() OR desk = %s)",
        (account, provider_id, Range(start, end), desk),
    )


def _insert(
    conn: psycopg.Connection[Any],
    kind: str,
    account: str,
    provider_id: str,
    start: datetime,
    end: datetime,
    desk: str,
    hold_for: timedelta | None,
    outbox_id: int | None,
) -> int:
    try:
        with conn.transaction():  # a savepoint: the refusal leaves the caller's transaction usable
            row = conn.execute(
                "INSERT INTO claims (kind, account, provider_id, during, desk, expires_at,"
                " outbox_id) VALUES (%s, %s, %s, %s, %s,"
                " CASE WHEN %s::interval IS NULL THEN NULL ELSE now() + %s::interval END, %s)"
                " RETURNING id",
                (
                    kind,
                    account,
                    provider_id,
                    Range(start, end),
                    desk,
                    hold_for,
                    hold_for,
                    outbox_id,
                ),
            ).fetchone()
    except psycopg.errors.ExclusionViolation:
        raise SlotJustTaken(_holder(conn, account, provider_id, start, end)) from None
    return int(_first(row, "id"))


def _holder(
    conn: psycopg.Connection[Any], account: str, provider_id: str, start: datetime, end: datetime
) -> str:
    """The desk whose claim won (committed by now: the constraint waited for it)."""
    row = conn.execute(
        "SELECT desk FROM claims WHERE account = %s AND provider_id = %s AND during && %s"
        " ORDER BY id LIMIT 1",
        (account, provider_id, Range(start, end)),
    ).fetchone()
    return "another desk" if row is None else str(_first(row, "desk"))


def _first(row: Any, name: str) -> Any:
    return row[name] if isinstance(row, dict) else row[0]
