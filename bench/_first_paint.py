"""Child process of bench_startup.py: start, and report the end of the first meaningful paint.

    python bench/_first_paint.py frontdesk [frontdesk arguments...]
    python bench/_first_paint.py bare
    python bench/_first_paint.py book

`frontdesk`: runs frontdesk's own entry point (frontdesk.__main__.main, what `python -m frontdesk`
runs) and waits for the day view's canvas to paint a day with appointments. `bare`: a bare PySide6
QMainWindow (1440x900, a label) until its first paint. `book`: the floor of any first frame of
frontdesk: a QMainWindow holding only the day view, today drawn from the cache (FRONTDESK_HOME),
no toolbar, menu or side pane, and none of the start-up's own work. Each way it prints `PAINTED`
and the process's CPU seconds on stdout once that paint has finished, then exits at once.
`frontdesk --demo` is the demo clinic's first day (bench_startup.py's demo figures).

The probe watches only the widget it waits for (an event filter on the bare window; the canvas's
paintEvent wrapped for frontdesk). An application-wide event filter would be a burden of its own:
PySide6 then hands every internal Qt object to Python and builds the Python enums of every class
of every module on the way (about 20 ms for frontdesk's window, which has more internal objects),
which is the probe's cost, not the application's.

With FRONTDESK_BENCH_UNHURRIED set (bench_startup.py --instructions, under valgrind), the
window waits for the book's first paint however long it takes.

With FRONTDESK_BENCH_PROFILE=<file> set, the start is run under cProfile and the statistics are
written to that file before exiting (bench_startup.py --profile).

The probe creates the QApplication itself (for both, alike); frontdesk's make_app() reuses an
existing instance, so the work done is the same.
"""

from __future__ import annotations

import cProfile
import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

PROFILER: cProfile.Profile | None = None


def report() -> None:
    if PROFILER is not None:
        PROFILER.disable()
        PROFILER.dump_stats(os.environ["FRONTDESK_BENCH_PROFILE"])
    # With the CPU time this process has used so far (the machine's load does not change it).
    print(f"PAINTED {time.process_time():.4f}", flush=True)
    codecache = sys.modules.get("frontdesk.codecache")
    if codecache is not None:
        # What the window does after its first paint (after the clock stopped): keep the
        # methods its dataclasses compiled for the next start (frontdesk/codecache.py).
        codecache.first_frame_done()
    os._exit(0)  # the start is measured, not the shutdown


class FirstPaint(QObject):
    """Event filter on the bare window: reports once its first paint has finished."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, report)  # runs once this paint has finished
        return False


def watch_day_canvas() -> None:
    """Reports once the book's canvas has painted a day with appointments."""
    from frontdesk.ui.day_view import DayCanvas

    original = DayCanvas.paintEvent

    def paint_event(canvas: DayCanvas, event: QPaintEvent) -> None:
        original(canvas, event)
        if canvas.sheet is not None and canvas.sheet.count > 0:
            QTimer.singleShot(0, report)

    DayCanvas.paintEvent = paint_event  # type: ignore[method-assign]


def book_only(app: QApplication) -> None:
    """Only what a painted day needs: the cache, the day's sheet and the book's widget."""
    from frontdesk.domain.clock import SystemClock
    from frontdesk.sync.facade.book import SheetRequest, open_book
    from frontdesk.ui.day_view import DayView

    book = open_book(SystemClock())
    assert book is not None, "the bench's cache has accounts"
    sheet = book.sheet_now(SheetRequest(book.today()))
    window = QMainWindow()
    view = DayView()
    window.setCentralWidget(view)
    window.resize(1440, 900)
    view.show_sheet(sheet, book.clock.now(), book.today())
    window.show()
    app.exec()


def main() -> None:
    global PROFILER
    if os.environ.get("FRONTDESK_BENCH_PROFILE"):
        PROFILER = cProfile.Profile()
        PROFILER.enable()
    mode = sys.argv[1]
    app = QApplication(sys.argv[:1])
    if mode == "bare":
        window = QMainWindow()
        window.setCentralWidget(QLabel("bare"))
        window.resize(1440, 900)
        probe = FirstPaint()
        window.installEventFilter(probe)
        window.show()
        app.exec()
        return
    watch_day_canvas()
    if mode == "book":
        book_only(app)
        return
    if os.environ.get("FRONTDESK_BENCH_UNHURRIED"):
        # Under valgrind a start is ~50x slower: the window must not give up waiting for the
        # book's first paint (and load the connectors meanwhile) before it comes.
        from frontdesk.ui import launch

        launch.FIRST_PAINT_WAIT_MS = 3_600_000
    from frontdesk.__main__ import main as frontdesk_main

    code = frontdesk_main(sys.argv[2:])
    print(f"EXITED {code}", flush=True)  # the window closed before painting a day


if __name__ == "__main__":
    main()
