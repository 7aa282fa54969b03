"""Starting the window, and the `--screenshot` mode.

A staged start (docs/architecture.md, "Start-up"): when the clinic has accounts, the window is
shown first with the day drawn from the cache (Qt, SQLite and the book's modules only); once it
has painted, the event loop (qasync), httpx, the connectors and the rest of the window are loaded
and attached. The demo clinic starts the same way from the snapshot of its cache prepared earlier
today; on its first start of the day it prepares that snapshot first, in one stage.
"""

from __future__ import annotations

import logging
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from frontdesk.domain.clock import Clock, FixedClock, SystemClock
from frontdesk.domain.errors import FrontdeskError
from frontdesk.sync.facade.book import (
    CachedBook,
    StartNotes,
    check_book,
    discard_demo_book,
    is_damage,
    open_book,
    open_clinic_book,
    open_demo_book,
    recover_book,
)
from frontdesk.ui import i18n
from frontdesk.ui.domain_text import error_text, shown
from frontdesk.ui.heap import settle_after_start
from frontdesk.ui.i18n import arg
from frontdesk.ui.icons import app_icon
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.resources import icon_path
from frontdesk.ui.user_settings import settings

if TYPE_CHECKING:  # asyncio is loaded in the second stage, after the first paint
    import asyncio
    from collections.abc import Awaitable, Callable

    from PySide6.QtWidgets import QMessageBox

    from frontdesk.sync.facade.desk import Opened

SCREENSHOT_TIMEOUT_MS = 120_000
# The first frame waits at most this long for its paint (a window opened minimised never paints).
FIRST_PAINT_WAIT_MS = 1_000
UNEXPECTED = QT_TRANSLATE_NOOP(
    "Launch",
    "Something unexpected went wrong; the last action may not have finished. "
    "Details are in the log.",
)
log = logging.getLogger("frontdesk.ui")


def guard(window: MainWindow, loop: asyncio.AbstractEventLoop) -> None:
    """An error in a Qt slot or a loop callback must neither end the session nor show a stack
    trace. It is logged with where it happened but not its text (which may quote patient data),
    and the receptionist is told in the status bar."""

    def report(kind: type[BaseException], tb: TracebackType | None) -> None:
        frames = "".join(traceback.format_tb(tb)) if tb else "(no traceback)"
        log.error("unexpected %s in the window:\n%s", kind.__name__, frames)
        window.notice.emit(QCoreApplication.translate("Launch", str(UNEXPECTED)))

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        report(kind, tb)

    def loop_handler(_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if isinstance(error, BaseException):
            report(type(error), error.__traceback__)
        else:
            log.error("event loop: %s", context.get("message", "unknown problem"))

    sys.excepthook = hook
    loop.set_exception_handler(loop_handler)


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("frontdesk")
    app.setApplicationName("frontdesk")
    app.setApplicationDisplayName("frontdesk")
    # Before any window is built: texts are translated when widgets are made.
    i18n.install(i18n.chosen(settings()))
    png = icon_path()
    if png is not None:
        app.setWindowIcon(app_icon(png.with_name("frontdesk.svg"), png))
    return app


class _PaintWatcher(QObject):
    """Ends `loop` once `widget` has finished its first paint."""

    def __init__(self, widget: QWidget, loop: QEventLoop) -> None:
        super().__init__(widget)
        self.loop = loop
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.loop.quit)  # runs once this paint is done
        return False


def show_first_frame(window: MainWindow) -> None:
    """Shows the window and returns once its book has painted (or after a second at most)."""
    waiting = QEventLoop()
    _PaintWatcher(window.day_view.canvas, waiting)
    QTimer.singleShot(FIRST_PAINT_WAIT_MS, waiting.quit)
    window.show()
    waiting.exec()


def open_cache(demo: bool, clock: Clock, notes: StartNotes | None = None) -> CachedBook | None:
    """The clinic's cached book when it has accounts (else None: the demo clinic opens). The
    cache is opened and read on the cache worker thread (a damaged one replaced: `notes`)."""
    return None if demo else open_book(clock, notes)


def first_window(
    book: CachedBook, *, demo: bool, screenshot: str | None, notes: StartNotes
) -> MainWindow | None:
    """The first stage's window, or None when the day's rows sit on a damaged page and nothing
    is left to show (the demo's snapshot is thrown away silently: it is made again)."""
    options: dict[str, Any] = {
        "demo": demo,
        "remember_layout": screenshot is None,
        "background": screenshot is None,
    }
    try:
        return MainWindow(book=book, **options)
    except Exception as exc:
        if not is_damage(exc):
            raise
        if demo:
            discard_demo_book(book)
            return None
        recovered = recover_book(book, exc, notes)
    return None if recovered is None else MainWindow(book=recovered, **options)


NOTES_TITLE = QT_TRANSLATE_NOOP("Launch", "frontdesk started with a problem worked around")


def tell(window: MainWindow, notes: StartNotes, *, interactive: bool) -> QMessageBox | None:
    """What the start worked around (a damaged cache moved aside, an account skipped, a
    setting clamped): on stderr, in the status bar, and in a message box that does not block
    (the window is already usable) when someone is looking."""
    english = notes.lines()
    for line in english:  # stderr stays English, like the logs
        print(f"frontdesk: {line}", file=sys.stderr)
    if not english:
        return None
    lines = [shown(line) for line in english]
    more = QCoreApplication.translate("Launch", "%1 (and %2 more)")
    window.notice.emit(lines[0] if len(lines) == 1 else arg(more, lines[0], len(lines) - 1))
    if not interactive:
        return None
    from PySide6.QtWidgets import QMessageBox  # not before the first frame: ~1 ms to make

    title = QCoreApplication.translate("Launch", str(NOTES_TITLE))
    box = QMessageBox(QMessageBox.Icon.Warning, title, "\n\n".join(lines), parent=window)
    box.setObjectName("start-notes")
    box.open()  # window-modal but not a nested event loop: the sync goes on behind it
    return box


def cannot_open(window: MainWindow | None, error: FrontdeskError, *, interactive: bool) -> int:
    """The accounts cannot be opened (e.g. a hand-edited address that is not https): said on
    stderr, and in a message box when someone is looking at the first frame. Exit code 2."""
    print(f"frontdesk: {error}", file=sys.stderr)
    if window is not None and interactive:
        from PySide6.QtWidgets import QMessageBox

        title = QCoreApplication.translate("Launch", "frontdesk cannot open the accounts")
        QMessageBox.critical(window, title, error_text(error))
    return 2


def run_gui(
    *,
    demo: bool,
    screenshot: str | None,
    demo_time: datetime | None = None,
    server: str | None = None,
) -> int:
    """`server`: clinic mode, the book on the clinic's PostgreSQL (docs/clinic-server.md)."""
    clock: Clock = FixedClock(demo_time) if demo_time else SystemClock()
    app = make_app()
    window: MainWindow | None = None
    notes = StartNotes()
    try:
        book = open_clinic_book(clock, server) if server else open_cache(demo, clock, notes)
    except FrontdeskError as exc:
        print(f"frontdesk: {exc}", file=sys.stderr)
        return 2
    is_demo = book is None and not server
    if is_demo:  # the demo clinic: today's prepared cache, when there is one
        book = open_demo_book(clock)
    if book is not None:  # first stage: the day from the cache, painted
        window = first_window(book, demo=is_demo, screenshot=screenshot, notes=notes)
        if window is None:
            book = None  # nothing of it left to show: the workspace opens without it
    if window is not None:
        show_first_frame(window)
        sheet = window.day_view.sheet
        log.debug(
            "first frame painted from the cache (%d appointments); loading the connectors",
            sheet.count if sheet is not None else 0,
        )

    # Second stage: the event loop, the connectors and the rest of the window.
    import asyncio

    import qasync

    from frontdesk.sync.facade.desk import (
        keep_demo_cache,
        open_clinic,
        open_configured,
        open_demo_start,
    )
    from frontdesk.ui.gil import share_with_worker

    share_with_worker()  # from here the cache worker works beside the GUI thread
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    def open_workspace() -> Opened:
        """Run off the GUI thread: it reads the cache and the keyring, or builds the demo."""
        opened = None
        if book is not None and server:
            return open_clinic(clock, book.cache, book.worker, server)
        if book is not None and is_demo:  # its check, after the first paint, is silent
            return open_demo_start(clock, book.cache, worker=book.worker)
        if book is not None:
            # After the first paint, never before it: the check reads every page of the cache.
            check_book(book, notes)
            opened = open_configured(clock, book.cache, worker=book.worker, notes=notes)
        return opened or open_demo_start(clock)

    # The window keeps painting (qasync runs Qt's loop) while the accounts are opened, on a
    # plain thread of our own (qasync's default executor is a QThread pool, fragile at exit).
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="frontdesk-open") as opener:
        try:
            opened = loop.run_until_complete(loop.run_in_executor(opener, open_workspace))
        except FrontdeskError as exc:
            return cannot_open(window, exc, interactive=screenshot is None)
    if window is None:
        window = MainWindow(
            opened.workspace,
            demo=opened.demo is not None,
            remember_layout=screenshot is None,
            background=screenshot is None,
        )
    else:
        window.attach(opened.workspace)
    finished = asyncio.Event()
    outcome = {"code": 0}
    app.lastWindowClosed.connect(finished.set)
    if screenshot:
        _arm_screenshot(window, Path(screenshot), finished, outcome)
    guard(window, loop)
    keeping = keep_after_first_sync(window, opened, keep_demo_cache)
    window.show()
    window.start()
    settle_after_start()
    tell(window, notes, interactive=screenshot is None)
    with loop:
        loop.run_until_complete(finished.wait())
        if keeping:  # a snapshot being written is finished, not cut off
            loop.run_until_complete(asyncio.gather(*keeping))
        loop.run_until_complete(opened.workspace.aclose())
    return outcome["code"]


def keep_after_first_sync(
    window: MainWindow, opened: Opened, keep: Callable[[Opened], Awaitable[bool]]
) -> list[asyncio.Future[bool]]:
    """The demo on a new cache: kept as today's snapshot once its first sync is done, so that
    the day's later starts paint at once. The list holds the keeping while it runs."""
    import asyncio

    keeping: list[asyncio.Future[bool]] = []
    if not opened.unkept:
        return keeping

    def synced() -> None:
        window.synced.disconnect(synced)
        keeping.append(asyncio.ensure_future(keep(opened)))

    window.synced.connect(synced)
    return keeping


def _arm_screenshot(
    window: MainWindow, path: Path, finished: asyncio.Event, outcome: dict[str, int]
) -> None:
    def fail(message: str) -> None:
        print(f"frontdesk: screenshot failed: {message}", file=sys.stderr)
        outcome["code"] = 1
        finished.set()

    def capture() -> None:
        sheet = window.day_view.sheet
        if sheet is None or sheet.count == 0:
            fail("the day view shows no appointment for today")
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            fail(f"cannot create the folder for {path} ({exc.strerror or type(exc).__name__})")
            return
        if not window.grab().save(str(path)):
            fail(f"could not write {path}")
            return
        print(f"frontdesk: wrote {path} ({sheet.count} appointments drawn)", file=sys.stderr)
        finished.set()

    def when_drawn() -> None:
        # The sync's day is drawn in steps while the old picture stays on screen (a fresh
        # cache's empty day): grabbed before the swap, it showed no appointment.
        if window.book_is_current():
            QTimer.singleShot(200, capture)  # let the window paint once more before grabbing
        else:
            QTimer.singleShot(50, when_drawn)

    def synced() -> None:
        window.go_today()
        when_drawn()

    window.synced.connect(synced)
    window.sync_failed.connect(lambda message: fail(f"the first sync failed: {message}"))
    QTimer.singleShot(
        SCREENSHOT_TIMEOUT_MS, lambda: fail("timed out waiting for today's appointments")
    )
