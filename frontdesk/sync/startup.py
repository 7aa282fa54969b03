"""What opening the clinic found wrong but worked around, to tell the user once the window (or
a command) is up: a damaged cache moved aside, accounts skipped, settings clamped.

Light on purpose (no httpx, no connectors): the window's first stage imports it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from frontdesk.domain.clock import Clock
from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.texts import Text
from frontdesk.store.cache import Cache
from frontdesk.store.damage import open_cache, reason_of

if TYPE_CHECKING:
    from frontdesk.store.protocol import Store
    from frontdesk.store.recovery import Recovery


@dataclass(frozen=True)
class Skipped:
    """An account that could not be started; the others run without it."""

    account: str
    error: FrontdeskError  # typed, its text safe to show (never a secret)

    @property
    def reason(self) -> str:
        """The error as `str(error)` reads, its message kept a `Text` for the window."""
        if self.error.vendor:
            return Text("{vendor}: {message}", vendor=self.error.vendor, message=self.error.message)
        return self.error.message


@dataclass
class StartNotes:
    """Filled while opening (on the worker or the opening thread), read once it is done."""

    recovery: Recovery | None = None
    skipped: list[Skipped] = field(default_factory=list)
    clamped: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """One line per thing to tell, in the order they happened."""
        out = [self.recovery.message()] if self.recovery is not None else []
        out += [
            Text("{account} was not started: {reason}", account=s.account, reason=s.reason)
            for s in self.skipped
        ]
        return out + self.clamped

    def __bool__(self) -> bool:
        return bool(self.recovery or self.skipped or self.clamped)


def _now(clock: Clock | None) -> datetime:
    # The name a damaged file is moved to is local time, as the user reads file names.
    return (clock.now() if clock is not None else datetime.now().astimezone()).astimezone()


def open_noting(path: Path, notes: StartNotes | None, clock: Clock | None = None) -> Cache:
    """The cache (run it on the cache worker); a damaged one is replaced and noted."""
    cache, recovery = open_cache(path, _now(clock))
    if recovery is not None and notes is not None:
        notes.recovery = recovery
    return cache


def check_noting(cache: Store, notes: StartNotes, clock: Clock | None = None) -> None:
    """The background check (on the cache worker, after the first paint). Only a SQLite file
    is checked: the clinic's PostgreSQL server looks after its own pages."""
    if not isinstance(cache, Cache):
        return
    from frontdesk.store.recovery import check_cache  # the rescue: after the first paint

    recovery = check_cache(cache, _now(clock))
    if recovery is not None:
        notes.recovery = recovery


def recover_noting(
    cache: Store, error: BaseException, notes: StartNotes, clock: Clock | None = None
) -> None:
    """Damage met while reading (on the cache worker): closed, moved aside, started afresh.
    A SQLite file only (`is_damage` never holds for a PostgreSQL error)."""
    if not isinstance(cache, Cache):
        raise error
    from frontdesk.store.recovery import recover

    cache.close()
    notes.recovery = recover(Path(cache.path), reason_of(error), _now(clock))
