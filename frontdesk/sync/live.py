"""Live refresh from the clinic database: a LISTEN connection of its own, on a thread of its
own (never the GUI thread, never the cache worker), that hands each batch of changes to a
callback.

NOTIFY has no replay and a dropped connection loses what was sent meanwhile, so a notify is
only a wake-up: the listener then reads the change sequence from the last number it saw
(store/pg/changes.py), after every notify, after every (re)connect, and on a quiet timer (which
also finds a connection that died without a word). Numbers are handed out in commit order, so
reading "after N" misses nothing and repeats nothing. A listener further behind than the
pruned changes gets `missed`: `changes_of` then says "everything", and views reread all.

`changes_of` is the translation the workspace publishes on its feed (sync/feed.py).
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import psycopg

from frontdesk.domain.redact import where
from frontdesk.store.pg.changes import CHANNEL, ChangeLog, ChangeRow, changes_since, latest_change
from frontdesk.sync.feed import ChangeFeed, Changes, Span

log = logging.getLogger("frontdesk.sync.live")

QUIET_READ_S = 5.0  # re-read this often without a notify (a silent dead connection)
WAIT_S = 0.5  # how long one wait for a notify lasts: `stop()` takes at most this
RETRY_S = (0.2, 0.5, 1.0, 2.0, 5.0)  # reconnect delays, the last repeated

Connect = Callable[[str], "psycopg.Connection[Any]"]
_EVER = (datetime.min.replace(tzinfo=UTC), datetime.max.replace(tzinfo=UTC))


def _connect(conninfo: str) -> psycopg.Connection[Any]:
    return psycopg.connect(conninfo, autocommit=True, application_name="frontdesk-live")


@dataclass(frozen=True)
class LiveBatch:
    rows: tuple[ChangeRow, ...]
    missed: bool  # too far behind: reread everything
    latest: int


class LiveListener:
    """`start()`, then `on_batch` is called on the listener's thread for every batch of new
    changes (never an empty one), in order, each change once. `stop()` ends it."""

    def __init__(
        self,
        conninfo: str,
        on_batch: Callable[[LiveBatch], None],
        *,
        last_seen: int | None = None,
        connect: Connect = _connect,
        quiet_read_s: float = QUIET_READ_S,
        on_connection: Callable[[bool], None] | None = None,
    ) -> None:
        """`on_connection`: told True once connected and listening, False when the connection
        is lost or cannot be made (on the listener's thread; sync/desk_link.py)."""
        self._conninfo = conninfo
        self._on_batch = on_batch
        self._connect = connect
        self._quiet = quiet_read_s
        self._on_connection = on_connection
        self.last_seen = last_seen  # None: from now on (the first connection reads the clock)
        self._stop = threading.Event()
        self._conn: psycopg.Connection[Any] | None = None
        self._thread = threading.Thread(target=self._run, name="frontdesk-live", daemon=True)
        self._last_read = 0.0
        self.connections = 0  # how many times it connected (the tests and the status bar)

    @property
    def backend_pid(self) -> int | None:
        conn = self._conn
        return None if conn is None or conn.closed else conn.info.backend_pid

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                with self._connect(self._conninfo) as conn:
                    self._conn = conn
                    self.connections += 1
                    conn.execute(f"LISTEN {CHANNEL}")  # before reading: nothing falls between
                    failures = 0
                    self._tell(True)
                    self._listen(conn)
            except psycopg.Error as exc:
                log.warning("live refresh: connection lost (%s); reconnecting", where(exc))
                self._tell(False)
                self._stop.wait(RETRY_S[min(failures, len(RETRY_S) - 1)])
                failures += 1
            finally:
                self._conn = None

    def _tell(self, connected: bool) -> None:
        if self._on_connection is None or self._stop.is_set():
            return
        try:
            self._on_connection(connected)
        except Exception as exc:
            log.error("live refresh: a connection callback failed: %s", where(exc))

    def _listen(self, conn: psycopg.Connection[Any]) -> None:
        if self.last_seen is None:
            self.last_seen = latest_change(conn)
        self._read(conn)
        while not self._stop.is_set():
            # one wake-up for any number of notifies: the read covers them all
            woke = any(True for _ in conn.notifies(timeout=WAIT_S, stop_after=1))
            if woke or self._quiet_due():
                self._read(conn)

    def _quiet_due(self) -> bool:
        return time.monotonic() - self._last_read >= self._quiet

    def _read(self, conn: psycopg.Connection[Any]) -> None:
        self._last_read = time.monotonic()
        assert self.last_seen is not None
        found: ChangeLog = changes_since(conn, self.last_seen)
        if found.missed:
            batch = LiveBatch((), True, found.latest)
        elif found.rows:
            batch = LiveBatch(found.rows, False, found.rows[-1].seq)
        else:
            return
        self.last_seen = batch.latest
        try:
            self._on_batch(batch)
        except Exception as exc:  # a failing view must not stop the refresh of the others
            log.error("live refresh: a callback failed: %s", where(exc))


def onto_feed(
    loop: asyncio.AbstractEventLoop, feed: ChangeFeed, accounts: Callable[[], Iterable[str]]
) -> Callable[[LiveBatch], None]:
    """The listener's callback for a desk: each batch becomes a `feed.commit(Changes)` on the
    event loop's thread (commit renews the workspace's snapshots first, as for a local change).
    `accounts`: the desk's accounts now (read on the listener's thread: an immutable snapshot)."""

    def on_batch(batch: LiveBatch) -> None:
        asyncio.run_coroutine_threadsafe(feed.commit(changes_of(batch, accounts())), loop)

    return on_batch


def changes_of(batch: LiveBatch, accounts: Iterable[str] = ()) -> Changes:
    """What the desk's feed publishes for a batch. `accounts`: the desk's accounts, named in
    full when the batch missed changes (every view rereads)."""
    if batch.missed:
        every = frozenset(accounts)
        return Changes(
            accounts=every,
            reference=True,
            appointments=tuple(Span(a, *_EVER) for a in sorted(every)),
            patient_accounts=every,
            outbox=True,
            waitlist=True,
            blockouts=True,
        )
    out = Changes()
    for row in batch.rows:
        out = out.merge(_change(row))
    return out


def _change(row: ChangeRow) -> Changes:
    if row.kind == "reference" or row.account is None:
        return Changes(reference=True)
    if row.kind in ("appointment", "hold", "series"):  # a series: its members' marks
        start, end = row.start or _EVER[0], row.end or _EVER[1]
        return Changes(appointments=(Span(row.account, start, end),))
    if row.kind == "patient":
        if row.ids is None:
            return Changes(patient_accounts=frozenset({row.account}))
        return Changes.of_patients(row.account, row.ids)
    if row.kind == "outbox":
        return Changes(outbox=True)
    if row.kind == "waitlist":
        return Changes(waitlist=True)
    if row.kind == "blockout":
        return Changes(blockouts=True)
    return Changes(accounts=frozenset({row.account}))  # the agent's news of an account
