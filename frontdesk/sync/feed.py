"""One change feed: what changed in the store, told after each commit, whatever caused it.

Like Anki's OpChanges and Home Assistant's coordinator listeners: a view subscribes once, gets an
`unsubscribe` back, and refreshes itself from what a `Changes` says (a sync, the outbox, a command
or an account added all publish through here). Published on the event loop's thread; the Qt
adapter (ui/feed.py) turns it into a signal.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Generic, TypeVar

from frontdesk.domain.redact import where

log = logging.getLogger("frontdesk.sync")

# A change naming more patients than this is told as "any patient of the account" (a page of a
# sync pass): views re-read what they show instead of comparing thousands of keys.
MAX_PATIENT_KEYS = 2000
MAX_SPANS = 32


@dataclass(frozen=True)
class Span:
    """Appointments of `account` between `start` and `end` (UTC-aware) may have changed."""

    account: str
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Changes:
    """What a change touched, so that each view refreshes only what it shows."""

    accounts: frozenset[str] = frozenset()  # status, settings, added or removed
    reference: bool = False  # locations, providers, services or the list of accounts
    appointments: tuple[Span, ...] = ()
    patients: frozenset[tuple[str, str]] = frozenset()  # (account, patient id)
    patient_accounts: frozenset[str] = frozenset()  # any patient of these accounts
    outbox: bool = False  # a write was stored, sent, refused or dismissed
    waitlist: bool = False  # an entry was added or removed (issue 15)
    blockouts: bool = False  # a blockout was added or removed (issue 15)
    pins: bool = False  # an appointment was pinned or unpinned (issue 15 item 6)

    def __bool__(self) -> bool:
        return bool(
            self.accounts
            or self.reference
            or self.appointments
            or self.patients
            or self.patient_accounts
            or self.outbox
            or self.waitlist
            or self.blockouts
            or self.pins
        )

    @staticmethod
    def of_patients(account: str, ids: Iterable[str]) -> Changes:
        keys = frozenset((account, i) for i in ids)
        if len(keys) > MAX_PATIENT_KEYS:
            return Changes(patient_accounts=frozenset({account}))
        return Changes(patients=keys)

    def merge(self, other: Changes) -> Changes:
        patients = self.patients | other.patients
        wide = self.patient_accounts | other.patient_accounts
        if len(patients) > MAX_PATIENT_KEYS:
            wide |= {account for account, _ in patients}
            patients = frozenset()
        return Changes(
            accounts=self.accounts | other.accounts,
            reference=self.reference or other.reference,
            appointments=_spans(self.appointments + other.appointments),
            patients=frozenset(k for k in patients if k[0] not in wide),
            patient_accounts=wide,
            outbox=self.outbox or other.outbox,
            waitlist=self.waitlist or other.waitlist,
            blockouts=self.blockouts or other.blockouts,
            pins=self.pins or other.pins,
        )

    # -- what a view asks ----------------------------------------------------------------------
    def touches(self, start: datetime, end: datetime, account: str | None = None) -> bool:
        """Whether appointments in [start, end) (of `account`, or any) may have changed. The
        outbox and the reference data change how appointments are drawn, so they count too."""
        if self.outbox or self.reference or self.blockouts:  # blockouts are drawn in the book
            return True
        return any(
            s.start < end and start < s.end and (account is None or s.account == account)
            for s in self.appointments
        )

    def touches_patient(self, account: str, patient_id: str) -> bool:
        return (
            self.outbox
            or account in self.patient_accounts
            or (account, patient_id) in self.patients
        )

    @property
    def any_patient(self) -> bool:
        return self.outbox or bool(self.patients or self.patient_accounts)


def _spans(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """Keep the list short: past MAX_SPANS, one span per account covering all of its own."""
    unique = tuple(dict.fromkeys(spans))
    if len(unique) <= MAX_SPANS:
        return unique
    hull: dict[str, Span] = {}
    for s in unique:
        old = hull.get(s.account)
        hull[s.account] = (
            s if old is None else Span(s.account, min(old.start, s.start), max(old.end, s.end))
        )
    return tuple(hull.values())


Listener = Callable[[Changes], None]
T = TypeVar("T")


class Listeners(Generic[T]):
    """Callbacks that can be removed: `subscribe(callback) -> unsubscribe`. Told in order; one
    that raises is logged by type and place (never its text) and the others are still told."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[[T], None]] = []

    def subscribe(self, callback: Callable[[T], None]) -> Callable[[], None]:
        self._callbacks.append(callback)

        def unsubscribe() -> None:
            if callback in self._callbacks:
                self._callbacks.remove(callback)

        return unsubscribe

    def __len__(self) -> int:
        return len(self._callbacks)

    def emit(self, value: T) -> None:
        for callback in list(self._callbacks):
            try:
                callback(value)
            except Exception as exc:
                log.error("a listener failed: %s", where(exc))


@dataclass
class ChangeFeed:
    """`subscribe(callback) -> unsubscribe`. `commit` first runs `before` (the workspace reloads
    its reference snapshot there), so listeners never read a snapshot older than the change."""

    before: Callable[[Changes], Awaitable[None]] | None = None
    _listeners: Listeners[Changes] = field(default_factory=Listeners)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        return self._listeners.subscribe(listener)

    @property
    def subscribers(self) -> int:
        return len(self._listeners)

    def publish(self, changes: Changes) -> None:
        """Tell every listener now (on the event loop's thread). One failing listener does not
        keep the change from the others; its error is logged by type and place only."""
        if changes:
            self._listeners.emit(changes)

    async def commit(self, changes: Changes) -> None:
        if not changes:
            return
        if self.before is not None:
            await self.before(changes)
        self.publish(changes)
