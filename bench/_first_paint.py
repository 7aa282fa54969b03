"""Child process of bench_startup.py: start, and report the end of the first meaningful paint.

    python bench/_first_paint.py frontdesk [frontdesk arguments...]
    python bench/_first_paint.py bare

`frontdesk`: runs frontdesk's own entry point (frontdesk.__main__.main, what `python -m frontdesk`
runs) with an application-wide event filter that waits for the day view's canvas to paint a day
with appointments. `bare`: a bare PySide6 QMainWindow (1440x900, a label) until its first paint.
Either way it prints `PAINTED` on stdout once that paint has finished, then exits at once.

With FRONTDESK_BENCH_PROFILE=<file> set, the start is run under cProfile and the statistics are
written to that file before exiting (bench_startup.py --profile).

The probe creates the QApplication itself so that it can watch it from the first event;
frontdesk's make_app() reuses an existing instance, so the work done is the same.
"""

from __future__ import annotations

import cProfile
import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

PROFILER: cProfile.Profile | None = None


class FirstPaint(QObject):
    def __init__(self, wanted: str) -> None:
        super().__init__()
        self.wanted = wanted
        self.armed = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.armed and event.type() == QEvent.Type.Paint and self.matches(watched):
            self.armed = False
            QTimer.singleShot(0, self.report)  # runs once this paint has finished
        return False

    def matches(self, watched: QObject) -> bool:
        if self.wanted == "bare":
            return isinstance(watched, QMainWindow)
        if type(watched).__name__ != "DayCanvas":
            return False
        sheet = getattr(watched, "sheet", None)
        return sheet is not None and sheet.count > 0

    @staticmethod
    def report() -> None:
        if PROFILER is not None:
            PROFILER.disable()
            PROFILER.dump_stats(os.environ["FRONTDESK_BENCH_PROFILE"])
        print("PAINTED", flush=True)
        os._exit(0)  # the start is measured, not the shutdown


def main() -> None:
    global PROFILER
    if os.environ.get("FRONTDESK_BENCH_PROFILE"):
        PROFILER = cProfile.Profile()
        PROFILER.enable()
    mode = sys.argv[1]
    app = QApplication(sys.argv[:1])
    probe = FirstPaint(mode)
    app.installEventFilter(probe)
    if mode == "bare":
        window = QMainWindow()
        window.setCentralWidget(QLabel("bare"))
        window.resize(1440, 900)
        window.show()
        app.exec()
        return
    from frontdesk.__main__ import main as frontdesk_main

    code = frontdesk_main(sys.argv[2:])
    print(f"EXITED {code}", flush=True)  # the window closed before painting a day


if __name__ == "__main__":
    main()
