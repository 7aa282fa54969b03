"""Keystroke to search results painted, at 100,000 patients.

Target (issue 13, item 3): p95 under 16 ms, one frame (issue 5's target was 50 ms). The real frontdesk.ui.patient_pane.PatientPane, on a
Workspace over a cache of 100,000 patients, shown offscreen at a side panel's size on a qasync
loop. Queries a receptionist would type (surnames, a full name, unaccented names, phone numbers,
a birth date) are typed one key event at a time (sent as a keyboard would), at about seven keys a second. Each
keystroke is timed from just before the key event to the end of the first paint of the results
list's viewport that shows that query's results (an event filter sees the Paint event; a zero
timer posted from it fires once the paint is done). The expected first result of each prefix is
computed beforehand with Cache.search_patients, outside the timing.

Baseline, same run: the same keys typed into a bare QLineEdit (no search), timed to the end of
the line edit's own repaint.

    .venv/bin/python bench/bench_keystroke.py
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from _common import emit, fill_cache, log, make_patients, scratch_home, summary
from _qt import application, event_loop
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

PATIENTS = 100_000
TARGET_P95_MS = 16.0
KEY_INTERVAL_S = 0.15  # about seven keys a second: a quick typist
TIMEOUT_S = 3.0


class PaintDone(QObject):
    """Notes when a paint of `target` has finished and, if asked, the view showed `ready()`."""

    def __init__(self, target: QObject) -> None:
        super().__init__()
        self.target = target
        self.ready: Callable[[], bool] = lambda: True
        self.finished_at: float | None = None
        # Woken by the paint itself: a poll every millisecond (as before) kept the GUI thread
        # taking the GIL from the cache worker while it searched, and its CPU was counted.
        self.painted: asyncio.Future[None] | None = None
        target.installEventFilter(self)

    def arm(self, ready: Callable[[], bool]) -> asyncio.Future[None]:
        self.ready = ready
        self.finished_at = None
        self.painted = asyncio.get_running_loop().create_future()
        return self.painted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() == QEvent.Type.Paint and self.ready():
            # Delivered before the widget paints; the zero timer fires once it has painted.
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        if self.finished_at is None:
            self.finished_at = time.perf_counter()
            if self.painted is not None and not self.painted.done():
                self.painted.set_result(None)


def queries(patients: list[Any]) -> list[str]:
    """What a receptionist types: drawn from the generated people, deterministic."""
    a, b, c, d, e = patients[101], patients[2024], patients[31337], patients[4242], patients[777]
    digits = "".join(ch for ch in c.phone if ch.isdigit())
    return [
        a.last_name.lower(),
        f"{b.first_name} {b.last_name}",
        "muller",
        "van de v",
        "0" + digits[2:],  # the mobile number, national form, no spaces
        d.phone,  # as stored: +32 4xx xx xx xx
        f"{e.birth_date.day:02d}/{e.birth_date.month:02d}/{e.birth_date.year}",
        "lefevre",
    ]


def press(widget: QWidget, char: str) -> None:
    """One key press and release carrying `char`, as a keyboard would send it.

    QTest.keyClicks only knows ASCII; an 'é' is typed with a key event that carries its text.
    """
    key = ord(char.upper()) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown.value
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
        QApplication.sendEvent(widget, event)


class Typed:
    """Per keystroke: the text so far, wall and process CPU milliseconds to painted results."""

    def __init__(self) -> None:
        self.prefixes: list[str] = []
        self.wall: list[float] = []
        self.cpu: list[float] = []
        self.timeouts = 0

    def slowest(self, count: int = 8) -> list[dict[str, Any]]:
        order = sorted(range(len(self.wall)), key=lambda i: self.wall[i], reverse=True)[:count]
        return [
            {
                "typed": self.prefixes[i],
                "wall_ms": round(self.wall[i], 1),
                "cpu_ms": round(self.cpu[i], 1),
            }
            for i in order
        ]


async def painted_in_time(painted: asyncio.Future[None]) -> bool:
    try:
        await asyncio.wait_for(painted, TIMEOUT_S)
    except TimeoutError:
        return False
    return True


async def type_and_time(
    field: QLineEdit, watch: PaintDone, texts: list[str], expected: Any
) -> Typed:
    """Type every text key by key, timing each key to its painted results."""
    typed = Typed()
    for text in texts:
        field.clear()
        await asyncio.sleep(0.3)
        for length in range(1, len(text) + 1):
            painted = watch.arm(expected(text[:length]))
            started, started_cpu = time.perf_counter(), time.process_time()
            press(field, text[length - 1])
            if await painted_in_time(painted):
                assert watch.finished_at is not None
                typed.prefixes.append(text[:length])
                typed.wall.append((watch.finished_at - started) * 1000)
                # Process CPU until now: the search on the worker, the list's model and paint.
                typed.cpu.append((time.process_time() - started_cpu) * 1000)
            else:
                typed.timeouts += 1
            rest = KEY_INTERVAL_S - (time.perf_counter() - started)
            await asyncio.sleep(max(0.0, rest))
    return typed


def main() -> None:
    import httpx

    from frontdesk.app import open_workspace
    from frontdesk.connectors.account import AccountConfig
    from frontdesk.domain.clock import SystemClock
    from frontdesk.store.cache import Cache
    from frontdesk.ui.models import RecordRole
    from frontdesk.ui.patient_pane import PatientPane

    with scratch_home("keystroke") as home:
        path = home / "cache.sqlite3"
        log(f"filling a cache with {PATIENTS:,} patients")
        patients = make_patients(PATIENTS)
        fill_cache(path, patients)
        app = application()
        loop = event_loop(app)
        cache = Cache(path)
        accounts = [
            AccountConfig(a.name, a.vendor, a.base_url, a.options) for a in cache.accounts()
        ]
        workspace = open_workspace(cache, accounts, SystemClock(), httpx.AsyncClient())
        pane = PatientPane(workspace)
        pane.resize(340, 860)
        pane.show()
        texts = queries(patients)

        def expected_results(prefix: str) -> Any:
            hits = cache.search_patients(prefix) if prefix.strip() else []
            first = (hits[0].patient.account, hits[0].patient.id) if hits else None

            def shown() -> bool:
                model = pane.model
                if model.rowCount() != len(hits):
                    return False
                if first is None:
                    return True
                hit = model.index(0, 0).data(RecordRole)
                return hit is not None and (hit.patient.account, hit.patient.id) == first

            return shown

        bare_window = QWidget()
        bare = QLineEdit(bare_window)
        bare.resize(320, 30)
        bare_window.resize(340, 860)
        bare_window.show()
        bare_watch = PaintDone(bare)
        pane_watch = PaintDone(pane.results.viewport())

        async def session() -> dict[str, Any]:
            await asyncio.sleep(0.5)  # first paints
            pane.field.setFocus()
            log("typing into the patient pane")
            search = await type_and_time(pane.field, pane_watch, texts, expected_results)
            log("baseline: typing into a bare QLineEdit")
            bare.setFocus()
            baseline = await type_and_time(bare, bare_watch, texts, lambda _t: lambda: True)
            return {
                "keystrokes": len(search.wall) + search.timeouts,
                "keystroke_to_results_painted": summary(search.wall),
                "cpu_per_keystroke": summary(search.cpu),
                "slowest_keystrokes": search.slowest(),
                "timeouts": search.timeouts,
                "baseline_bare_line_edit": summary(baseline.wall),
            }

        with loop:
            figures = loop.run_until_complete(session())
            pane.close()
            bare_window.close()
            loop.run_until_complete(workspace.aclose())
        cache.close()

    p95 = figures["keystroke_to_results_painted"]["p95_ms"]
    emit(
        {
            "benchmark": "keystroke to search results painted, 100,000 patients",
            "patients": PATIENTS,
            "queries": texts,
            **figures,
            "target": {"p95_ms_below": TARGET_P95_MS},
            "meets_target": p95 < TARGET_P95_MS and figures["timeouts"] == 0,
            # The same on the process's CPU time (the machine's load taken out).
            "meets_target_on_cpu": figures["cpu_per_keystroke"]["p95_ms"] < TARGET_P95_MS
            and figures["timeouts"] == 0,
        }
    )


if __name__ == "__main__":
    main()
