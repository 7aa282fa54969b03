"""A desk's link to the clinic server, and what it does when the server goes away (issue 14
item 8; docs/clinic-server.md, "The desk's mirror").

Online, the workspace reads the server; the desk keeps its mirror (sync/mirror.py) current on
a thread of its own, from a full copy at connect and then from the change log after each batch
the live listener hears. When the server cannot be reached (at start, or later: the listener's
connection drops, or a read or a write on the cache worker fails with a connection error,
`clinic.server_lost`), the workspace switches to the mirror: the book and search answer from
it, the status bar says as of when, and a write is stored in the mirror's own outbox, "waiting
for the clinic server". Reconnecting is tried with back-off; when the server answers, the
mirror catches up, its writes are handed to the shared outbox exactly once (sync/handoff.py,
one job on the cache worker together with the switch back), and every view reads again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from frontdesk.domain.redact import where
from frontdesk.store.pg.store import PgStore
from frontdesk.sync.clinic import ServerUnreachable, open_conninfo, server_lost
from frontdesk.sync.feed import Changes, Listeners
from frontdesk.sync.handoff import HandOff, Refused, hand_off
from frontdesk.sync.live import LiveBatch, LiveListener, changes_of, onto_feed
from frontdesk.sync.mirror import Mirror
from frontdesk.sync.workspace import HANDED_OFF, Workspace

log = logging.getLogger("frontdesk.sync.link")

WAITING_FOR_SERVER = "waiting for the clinic server (this desk is working from its own copy)"
RETRY_S = (1.0, 2.0, 5.0, 10.0, 30.0)  # reconnect delays, the last repeated
KEEP_S = 30.0  # online: the mirror reads the change log this often even when nothing is heard
UNREACHABLE = "the clinic server cannot be reached: this desk shows its own copy of the book"


class DeskLink:
    """`start()` on the event loop (the window's start); `aclose()` by the workspace's."""

    def __init__(
        self,
        workspace: Workspace,
        conninfo: str,
        mirror: Mirror,
        *,
        retry_s: Sequence[float] = RETRY_S,
        keep_s: float = KEEP_S,
    ) -> None:
        self.workspace = workspace
        self.conninfo = conninfo
        self.mirror = mirror
        store = workspace.cache
        self.server: PgStore | None = store if isinstance(store, PgStore) else None
        self.offline = self.server is None
        self.as_of: datetime | None = None  # while offline: the mirror's "as of"
        self.changed: Listeners[DeskLink] = Listeners()  # offline or back (event loop)
        self.refused: Listeners[Refused] = Listeners()  # a queued write refused at hand-off
        self.kept: Listeners[int] = Listeners()  # the mirror read the change log (rows applied)
        self.last_hand_off: HandOff | None = None
        self.listener: LiveListener | None = None
        self._retry = tuple(retry_s)
        self._keep_s = keep_s
        self._switching = asyncio.Lock()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._catching_up: asyncio.Task[None] | None = None
        self._filling: asyncio.Future[None] | None = None
        self._again = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False
        workspace.link = self
        if self.offline:
            workspace.hand_off_note = WAITING_FOR_SERVER

    # -- starting and stopping -------------------------------------------------------------------
    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self.workspace.worker.on_error = self._job_failed
        known = await self.mirror.as_of()
        self.mirror.filled = known.seq is not None  # a copy from an earlier session
        if self.offline:  # the server did not answer at start: the book is the mirror's
            self.as_of = known.at
            seen = known.seq
            self.changed.emit(self)
            self._spawn(self._reconnecting())
        else:
            server = self.server
            assert server is not None
            try:
                # Writes queued in an earlier session that ended before the server came back.
                await self._hand_over_left(server)
                seen = await self.workspace.worker.run(server.latest_change)
            except ServerUnreachable:  # gone already: the worker's hook is switching
                seen = known.seq
            else:
                self._filling = asyncio.ensure_future(self._fill(server))
                self._tasks.add(self._filling)
                self._filling.add_done_callback(self._tasks.discard)
        self._spawn(self._keeping())
        listener = LiveListener(
            self.conninfo, self._heard_batch(), last_seen=seen, on_connection=self._heard_link
        )
        listener.start()
        self.listener = listener

    async def mirror_ready(self) -> None:
        """Returns once the copy made at connect is done (or has failed)."""
        if self._filling is not None:
            await asyncio.gather(self._filling, return_exceptions=True)

    async def aclose(self) -> None:
        self._closed = True
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self.listener is not None:
            await asyncio.to_thread(self.listener.stop)
        self.mirror.close()
        if self.workspace.worker.on_error == self._job_failed:
            self.workspace.worker.on_error = None

    def _spawn(self, work: Any) -> None:
        task: asyncio.Task[Any] = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- what tells the link the server went away -------------------------------------------------
    def _heard_batch(self) -> Callable[[LiveBatch], None]:
        assert self._loop is not None
        loop, workspace = self._loop, self.workspace
        to_feed = onto_feed(
            loop, workspace.feed, lambda: [p.account for p in workspace.providers()]
        )

        def on_batch(batch: LiveBatch) -> None:  # the listener's thread
            if not self.offline:
                to_feed(batch)
            loop.call_soon_threadsafe(self.keep_mirror)

        return on_batch

    def _heard_link(self, connected: bool) -> None:  # the listener's thread
        loop = self._loop
        if loop is None or self._closed:
            return
        if connected and self.offline:
            loop.call_soon_threadsafe(self._spawn, self.reconnect())
        elif not connected and not self.offline:
            loop.call_soon_threadsafe(self._spawn, self.lost())

    def _job_failed(self, error: BaseException) -> BaseException | None:
        """The cache worker's error hook: a lost server becomes the mirror, and the failed
        read or write says so in words (never the driver's text)."""
        if not server_lost(error) or self._closed:
            return None
        if not self.offline:
            self._spawn(self.lost())
        return ServerUnreachable(UNREACHABLE)

    async def lost_now(self, error: BaseException) -> bool:
        """A write failed: True once the desk works from its mirror, if the failure was the
        server going away (the write is then stored again, there)."""
        if not isinstance(error, ServerUnreachable) or self._closed:
            return False
        await self.lost()
        return self.offline

    # -- switching ---------------------------------------------------------------------------------
    async def lost(self) -> None:
        """Work from the mirror, and try to reconnect with back-off."""
        async with self._switching:
            if self.offline or self._closed:
                return
            self.offline = True
            old, self.server = self.server, None
            await self.workspace.worker.run(self._use_mirror)
            self.as_of = (await self.mirror.as_of()).at
            log.warning("clinic server lost: this desk works from its mirror")
        if old is not None:
            self._spawn(asyncio.to_thread(old.close))  # its pool stops trying, off the loop
        await self._everything_changed()
        self._spawn(self._reconnecting())

    def _use_mirror(self) -> None:  # on the cache worker
        self.workspace.use_store(self.mirror.cache)
        self.workspace.hand_off_note = WAITING_FOR_SERVER
        self.workspace.away = True  # the clinic's own tables are written on the server only

    async def reconnect(self) -> bool:
        """One try: True once the desk reads the server again (its queued writes handed)."""
        async with self._switching:
            if not self.offline or self._closed:
                return not self.offline
            try:
                server = await asyncio.to_thread(open_conninfo, self.conninfo)
            except ServerUnreachable:
                return False
            try:
                await self._catch_up(server)
                done = await self.workspace.worker.run(self._hand_off_and_use, server)
            except Exception as exc:
                await asyncio.to_thread(server.close)
                if isinstance(exc, ServerUnreachable) or server_lost(exc):
                    return False  # gone again: what was handed is gone from the mirror
                raise
            self.server, self.offline, self.as_of = server, False, None
            self.last_hand_off = done
            log.info("clinic server back: %d queued writes handed over", len(done.handed))
        await self._everything_changed()
        for refusal in done.refused:
            self.refused.emit(refusal)
        return True

    async def _hand_over_left(self, server: PgStore) -> None:
        mirror, workspace = self.mirror.cache, self.workspace
        done = await workspace.worker.run(
            hand_off, mirror, server, workspace.desk_name, workspace.clock
        )
        if done.handed or done.refused:
            self.last_hand_off = done
            await workspace.feed.commit(Changes(outbox=True))
        for refusal in done.refused:
            self.refused.emit(refusal)

    def _hand_off_and_use(self, server: PgStore) -> HandOff:  # on the cache worker
        mirror = self.mirror.cache
        done = hand_off(mirror, server, self.workspace.desk_name, self.workspace.clock)
        self.workspace.use_store(server)
        self.workspace.hand_off_note = HANDED_OFF
        self.workspace.away = False
        return done

    async def _reconnecting(self) -> None:
        tries = 0
        while self.offline and not self._closed:
            await asyncio.sleep(self._retry[min(tries, len(self._retry) - 1)])
            tries += 1
            try:
                if await self.reconnect():
                    return
            except Exception as exc:  # a failure of ours, not the server's: keep trying
                log.error("reconnecting to the clinic server failed: %s", where(exc))

    async def _everything_changed(self) -> None:
        accounts = [p.account for p in self.workspace.providers()]
        await self.workspace.feed.commit(changes_of(LiveBatch((), True, 0), accounts))
        self.changed.emit(self)

    # -- keeping the mirror ------------------------------------------------------------------------
    async def _fill(self, server: PgStore) -> None:
        try:
            await self.mirror.fill(server)
        except Exception as exc:
            self._mirror_failed("the copy at connect", exc)

    def keep_mirror(self) -> None:
        """Read the change log into the mirror (one read at a time, one more when asked
        again meanwhile)."""
        if self._catching_up is not None and not self._catching_up.done():
            self._again = True
            return
        server = self.server
        if server is None or self._closed or not self.mirror.filled:
            return
        self._catching_up = asyncio.ensure_future(self._keep(server))
        self._tasks.add(self._catching_up)
        self._catching_up.add_done_callback(self._tasks.discard)

    async def _keep(self, server: PgStore) -> None:
        self._again = True
        while self._again and not self._closed:
            self._again = False
            try:
                applied = await self.mirror.catch_up(server)
            except Exception as exc:
                self._mirror_failed("keeping it current", exc)
                return
            self.kept.emit(applied)

    async def _catch_up(self, server: PgStore) -> None:
        """At reconnect: the mirror first (a fresh copy if it never had one)."""
        if self._catching_up is not None and not self._catching_up.done():
            await asyncio.gather(self._catching_up, return_exceptions=True)
        await self.mirror.catch_up(server)  # a full copy when it never had one

    async def _keeping(self) -> None:
        """Online, the mirror is stepped on a timer too: its "as of" stays the last moment
        it was known current, not the last change."""
        while not self._closed:
            await asyncio.sleep(self._keep_s)
            if not self.offline:
                self.keep_mirror()

    def _mirror_failed(self, what: str, error: BaseException) -> None:
        if server_lost(error):
            if not self.offline and not self._closed:
                self._spawn(self.lost())
            return
        log.error("the desk's mirror: %s failed: %s", what, where(error))
