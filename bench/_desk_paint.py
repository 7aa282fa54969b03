"""Child process of bench_desk_paint.py: a desk's window in clinic mode, `frontdesk --server URL`
(offscreen), as a receptionist has it open. It prints `PAINTED <appointment id> <wall time> <CPU seconds>`
when the book's canvas has finished a paint that shows a bench appointment for the first time
(the probe wraps DayCanvas.paintEvent, as _first_paint.py does), and `cpu <seconds>` when its
stdin closes, then exits at once.

    python bench/_desk_paint.py URL

With FRONTDESK_BENCH_PROFILE=<file> set, the process runs under cProfile and writes its
statistics to that file when its stdin closes (bench_desk_paint.py --profile: the first desk).
"""

from __future__ import annotations

import cProfile
import os
import sys
import threading
import time

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication

PREFIX = "bench-"


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


PROFILER: cProfile.Profile | None = None


def finish() -> None:
    sys.stdin.read()  # the parent closes our stdin when it is done
    say(f"cpu {time.process_time()}")
    if PROFILER is not None:
        PROFILER.disable()
        PROFILER.dump_stats(os.environ["FRONTDESK_BENCH_PROFILE"])
    os._exit(0)


def watch_canvas() -> None:
    from frontdesk.ui.day_view import DayCanvas

    original = DayCanvas.paintEvent
    seen: set[str] = set()

    def paint_event(canvas: DayCanvas, event: QPaintEvent) -> None:
        original(canvas, event)
        painted = time.time()  # the frame is drawn
        sheet = canvas.sheet
        if sheet is None:
            return
        for column in sheet.columns:
            for entry in column.entries:
                found = entry.appointment.id
                if found.startswith(PREFIX) and found not in seen:
                    seen.add(found)
                    say(f"PAINTED {found} {painted} {time.process_time()}")

    DayCanvas.paintEvent = paint_event  # type: ignore[method-assign]


def main() -> None:
    global PROFILER
    if os.environ.get("FRONTDESK_BENCH_PROFILE"):
        PROFILER = cProfile.Profile()
        PROFILER.enable()
    threading.Thread(target=finish, daemon=True).start()
    _app = QApplication(sys.argv[:1])  # frontdesk's make_app() reuses this instance
    watch_canvas()
    from frontdesk.__main__ import main as frontdesk_main

    code = frontdesk_main(["--server", sys.argv[1]])
    say(f"EXITED {code}")


if __name__ == "__main__":
    main()
