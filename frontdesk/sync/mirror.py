"""A desk's offline mirror of the clinic's book (issue 14 item 8): a SQLite cache (the same
schema as a single desk's, store/cache.py) in the desk's data folder, which the desk shows when
the clinic server cannot be reached (sync/desk_link.py).

Kept by the desk from what it reads, on a thread of its own (never the GUI thread, never the
cache worker the window's reads wait on): at connect, a copy of the accounts, the reference
data, the blockouts, every patient and a window of appointments (two weeks back, eight ahead),
each page of patients one job so nothing waits long behind it; then, after each batch of the
live change feed (and on a timer), the changes after the last number it holds are read and the
rows they name read again and written. Reading the change log itself, not the listener's
batch, means a batch missed while the server went away is read on reconnect: nothing lost.

The mirror records "as of": the last change number it holds and when it was last known to be
in step with the server; the status bar shows that time while the desk works from it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from frontdesk.domain.clock import Clock
from frontdesk.domain.redact import where
from frontdesk.store.cache import Cache
from frontdesk.store.pg.changes import ChangeRow
from frontdesk.store.pg.store import PgStore
from frontdesk.sync.worker import CacheWorker

log = logging.getLogger("frontdesk.sync.mirror")

BACK = timedelta(days=14)  # the appointments kept: two weeks back...
AHEAD = timedelta(days=56)  # ...and eight weeks ahead
PAGE = 1_000  # patients per job: ~0.2-0.4 s of CPU (the search index's tokens, mostly)
# After each page the copy rests as long as the page took: it uses at most about half a core,
# and the window's thread shares the interpreter lock with it only half of the time
# (bench/bench_mirror_fill.py). The copy is insurance, not something anyone waits for.
REST = 1.0
# The mirror's own state, as cursors of no account (no account has an empty name).
OWN = ""
SEQ, AS_OF = "mirror.seq", "mirror.as_of"
T = TypeVar("T")


@dataclass(frozen=True)
class AsOf:
    seq: int | None  # the last change number the mirror holds (None: never filled)
    at: datetime | None  # when it was last known to be in step with the server


def read_as_of(cache: Cache) -> AsOf:
    seq, at = cache.cursor(OWN, SEQ), cache.cursor(OWN, AS_OF)
    return AsOf(
        None if seq is None else int(seq),
        None if at is None else datetime.fromtimestamp(int(at), UTC),
    )


class Mirror:
    """The mirror's cache and its keeping. `fill` and `catch_up` run on the mirror's own worker
    thread; `cache` is read by the workspace's worker while the desk is offline (SQLite gives
    each thread its own connection)."""

    def __init__(
        self,
        cache: Cache,
        clock: Clock,
        *,
        page: int = PAGE,
        rest: float = REST,
        worker: CacheWorker | None = None,
    ) -> None:
        self.cache = cache
        self.clock = clock
        self.page = page
        self.rest = rest
        self.worker = worker or CacheWorker()
        self.filled = False  # a full copy was made in this session
        self.page_jobs = 0  # jobs the last copy of patients took (the bench reads it)

    def close(self) -> None:
        self.worker.close()

    async def as_of(self) -> AsOf:
        return await self.worker.run(read_as_of, self.cache)

    async def _run(self, function: Callable[..., T], *args: object) -> T:
        return await self.worker.run(function, *args)

    # -- the copy made at connect ----------------------------------------------------------------
    async def fill(self, server: PgStore) -> None:
        """A full copy, then the changes made meanwhile. Each step is a job of its own on the
        mirror's thread; a failing server raises (the caller decides what it means)."""
        seq = await self._run(server.latest_change)  # before copying: nothing falls between
        await self._run(copy_reference, server, self.cache)
        await self.copy_patients(server)
        window = self.window()
        for account in await self._run(_account_names, self.cache):
            await self._run(copy_appointments, server, self.cache, account, *window)
        await self._run(self._step_to, seq)
        self.filled = True
        await self.catch_up(server)

    async def copy_patients(self, server: PgStore, account: str | None = None) -> None:
        """Every patient (of `account`, or all), a page per job; those the server no longer
        has are deleted from the mirror."""
        seen: set[tuple[str, str]] = set()
        after = (account, "") if account is not None else None
        self.page_jobs = 0
        while True:
            started = time.perf_counter()
            found, more = await self._run(_copy_page, server, self.cache, after, self.page, account)
            self.page_jobs += 1
            seen.update(found)
            if not more:
                break
            after = found[-1]
            if self.rest > 0:
                await asyncio.sleep(self.rest * (time.perf_counter() - started))
        await self._run(_drop_patients_not_in, self.cache, seen, account)

    def window(self) -> tuple[datetime, datetime]:
        now = self.clock.now()
        return now - BACK, now + AHEAD

    # -- kept current from the change log -----------------------------------------------------------
    async def catch_up(self, server: PgStore) -> int:
        """Apply the changes after the mirror's number; returns how many rows were applied.
        Too far behind (pruned changes), or never filled: a full copy instead."""
        known = await self.as_of()
        if known.seq is None:
            await self.fill(server)
            return 0
        seq, applied, window = known.seq, 0, self.window()
        while True:  # the log is read a bounded number of rows at a time
            found = await self._run(server.changes_since, seq)
            if found.missed:
                await self.fill(server)
                return applied
            for row in found.rows:
                await self._apply(server, row, window)
            applied += len(found.rows)
            seq = found.rows[-1].seq if found.rows else seq
            await self._run(self._step_to, seq)
            if not found.rows:
                return applied

    async def _apply(
        self, server: PgStore, row: ChangeRow, window: tuple[datetime, datetime]
    ) -> None:
        if row.kind == "reference" or row.account is None:
            await self._run(copy_reference, server, self.cache)
        elif row.kind == "appointment":
            start = max(row.start or window[0], window[0])
            end = min(row.end or window[1], window[1])
            if start < end:
                await self._run(copy_appointments, server, self.cache, row.account, start, end)
        elif row.kind == "patient":
            if row.ids is None:
                await self.copy_patients(server, row.account)
            else:
                await self._run(copy_patients_of, server, self.cache, row.account, row.ids)
        elif row.kind == "blockout":  # a handful of rows: copied whole
            await self._run(copy_blockouts, server, self.cache)
        # outbox, hold, agent: the shared outbox and the claims are the server's alone;
        # waitlist, series: not mirrored

    def _step_to(self, seq: int) -> None:
        """Record the number held and the time it was known current (on the mirror's thread)."""
        now = int(self.clock.now().timestamp())
        self.cache.set_cursors(OWN, {SEQ: str(seq), AS_OF: str(now)})


# -- run on the mirror's thread ---------------------------------------------------------------------
def _account_names(cache: Cache) -> list[str]:
    return [a.name for a in cache.accounts()]


def copy_reference(server: PgStore, cache: Cache) -> None:
    """Accounts (no secret is on the server), locations, providers, services and blockouts."""
    accounts = server.accounts()
    names = {a.name for a in accounts}
    for gone in [a.name for a in cache.accounts() if a.name not in names]:
        cache.remove_account(gone)
    locations, providers, services = server.locations(), server.providers(), server.services()
    for a in accounts:
        cache.save_account(a.name, a.vendor, a.base_url, dict(a.options))
        cache.replace_reference(
            a.name,
            [x for x in locations if x.account == a.name],
            [x for x in providers if x.account == a.name],
            [x for x in services if x.account == a.name],
        )
    copy_blockouts(server, cache)


def copy_blockouts(server: PgStore, cache: Cache) -> None:
    """The blockouts as the server has them (at connect, and at each change to them), with
    where their occurrences are at the vendor (the book's tooltip says it offline too)."""
    theirs = server.blockouts()
    for old in cache.blockouts():
        if old.id is not None:
            cache.remove_blockout(old.id)
    for blockout in theirs:
        mine = cache.add_blockout(blockout)
        sent_any = blockout.at_vendor or blockout.to_vendor or blockout.refused is not None
        if blockout.id is None or mine.id is None or not sent_any:
            continue
        sent = server.blockout_remotes(blockout.id)
        with cache.transaction():
            for occurrence in sent:
                cache.put_blockout_remote(replace(occurrence, blockout_id=mine.id))


def copy_appointments(
    server: PgStore, cache: Cache, account: str, start: datetime, end: datetime
) -> None:
    cache.replace_appointments(
        account, start, end, server.appointments_between(start, end, account)
    )


def _copy_page(
    server: PgStore,
    cache: Cache,
    after: tuple[str, str] | None,
    page: int,
    account: str | None,
) -> tuple[list[tuple[str, str]], bool]:
    """One page copied: its keys, and whether another page may follow."""
    read = server.patients_after(after, page)
    found = read if account is None else [p for p in read if p.account == account]
    cache.upsert_patients(found)
    return [(p.account, p.id) for p in found], len(read) == page and len(found) == len(read)


def copy_patients_of(server: PgStore, cache: Cache, account: str, ids: tuple[str, ...]) -> None:
    found = server.patients_of(account, ids)
    cache.upsert_patients(found)
    gone = set(ids) - {p.id for p in found}
    if gone:
        with cache.transaction():
            for patient_id in sorted(gone):
                cache.drop_patient(account, patient_id)


def _drop_patients_not_in(cache: Cache, seen: set[tuple[str, str]], account: str | None) -> None:
    rows = cache.conn.execute(
        "SELECT account, id FROM patients WHERE ? IS NULL OR account = ?", (account, account)
    ).fetchall()
    gone = [(r[0], r[1]) for r in rows if (r[0], r[1]) not in seen]
    if not gone:
        return
    with cache.transaction():
        for key in gone:
            cache.drop_patient(*key)


def log_failure(what: str, error: BaseException) -> None:
    log.warning("the desk's mirror: %s failed (%s)", what, where(error))
