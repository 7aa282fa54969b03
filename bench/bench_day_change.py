"""Changing the day (Alt+Right, Alt+Left) in the real main window, 100,000 patients cached.

Target (issue 13, item 1): p95 under 16 ms from the key press to the new day painted at 20
providers x 30 appointments a day; under 33 ms at 50 providers x 60. The real
frontdesk.ui.main_window.MainWindow, on a Workspace over a cache of 100,000 patients (three
accounts, one of them in another zone) and 21 days of appointments around today, is shown
offscreen at 1440x900 with every provider's column. Alt+Right is pressed (a key event, as a
keyboard sends it) 12 times, then Alt+Left 12 times, about three presses a second. Each press is
timed from just before the key event to the end of the first paint of the book's canvas that
shows the new day (an event filter sees the Paint event; a zero timer posted from it fires once
the paint is done), in wall time and in CPU time of the GUI thread (what the load does not
change).

Baselines, same run and window: `reshow`, an already-built sheet of another day handed to the
day view (`show_sheet`) and painted (what drawing a day costs once it is read); `bare`, a plain
widget of the canvas's size asked to repaint (the event loop's floor). And, before the window
opens, `sheet_build_alone_ms`: a day's sheet built from the cache with nothing else running
(what the cache worker does for each day built ahead).

    .venv/bin/python bench/bench_day_change.py
    .venv/bin/python bench/bench_day_change.py --quick   # does the script run (no figures)
"""

from __future__ import annotations

import asyncio
import random
import shutil
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from _common import ACCOUNTS, emit, fill_cache, log, make_patients, scratch_home, summary
from _qt import application, event_loop, until
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

PATIENTS = 100_000
SCENARIOS = ((20, 30, 16.0), (50, 60, 33.0))  # providers, appointments each a day, p95 target
DAYS_AROUND = 10  # appointments from today - 10 to today + 10
PRESSES = 12  # each way
PRESS_INTERVAL_S = 0.3
TIMEOUT_S = 5.0
# The third account's clinic keeps another zone's clock: its columns read their own local day.
ZONES = {"Gent": "Europe/Brussels", "Brussel": "Europe/Brussels", "Antwerpen": "Europe/London"}
SERVICES = (("consult", 20, "#5B8DEF"), ("follow", 15, "#26A69A"), ("treat", 45, "#EF6C00"))


class PaintDone(QObject):
    """Notes when a paint of `target` has finished while `ready()` held."""

    def __init__(self, target: QObject) -> None:
        super().__init__()
        self.target = target
        self.ready: Callable[[], bool] = lambda: True
        self.finished_at: float | None = None
        self.finished_cpu: float | None = None  # the GUI thread's CPU time then
        target.installEventFilter(self)

    def arm(self, ready: Callable[[], bool]) -> None:
        self.ready = ready
        self.finished_at = None
        self.finished_cpu = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() == QEvent.Type.Paint and self.ready():
            QTimer.singleShot(0, self._done)  # fires once the paint is done
        return False

    def _done(self) -> None:
        if self.finished_at is None:
            self.finished_at = time.perf_counter()
            self.finished_cpu = time.thread_time()


class Bare(QWidget):
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Base))
        painter.end()


def fill_book(path: Path, providers: int, per_day: int, today: date) -> int:
    """Locations, providers, services and `per_day` appointments per provider per day."""
    from frontdesk.domain.models import (
        Appointment,
        AppointmentStatus,
        Location,
        Provider,
        Service,
    )
    from frontdesk.store.cache import Cache

    rng = random.Random(13)
    cache = Cache(path)
    names = [name for name, _ in ACCOUNTS]
    count = 0
    for k, account in enumerate(names):
        zone = ZoneInfo(ZONES[account])
        mine = [n for n in range(providers) if n % len(names) == k]
        cache.replace_reference(
            account,
            [Location(account, "main", account, ZONES[account])],
            [Provider(account, f"p{n}", f"Dr Provider {n}", "main") for n in mine],
            [Service(account, s, s.title(), m, c) for s, m, c in SERVICES],
        )
        patient_ids = [f"{i + 1:06d}" for i in range(k, PATIENTS, len(names))]
        batch: list[Appointment] = []
        for offset in range(-DAYS_AROUND, DAYS_AROUND + 1):
            day = today + timedelta(days=offset)
            for n in mine:
                start = datetime.combine(day, clock_time(7, 0), zone)
                step = max(5, (12 * 60) // per_day)
                for number in range(per_day):
                    service, minutes, _ = rng.choice(SERVICES)
                    begin = start + timedelta(minutes=number * step)
                    batch.append(
                        Appointment(
                            account=account,
                            id=f"{day:%Y%m%d}-{n}-{number}",
                            provider_id=f"p{n}",
                            start=begin,
                            end=begin + timedelta(minutes=minutes),
                            status=rng.choice(list(AppointmentStatus)),
                            patient_id=rng.choice(patient_ids),
                            service_id=service,
                        )
                    )
        cache.upsert_appointments(batch)
        count += len(batch)
    cache.close()
    return count


def build_alone(path: Path, today: date) -> dict[str, Any]:
    """A day's sheet built from the cache with nothing else running (what the cache worker does
    for each day ahead, without the GUI thread's share of the GIL), for the days pressed
    through, each built three times."""
    from frontdesk.domain.reference import Reference
    from frontdesk.store.cache import Cache
    from frontdesk.sync.day import SheetRequest, build_sheet

    cache = Cache(path)
    reference = Reference.of(
        cache.accounts(), cache.locations(), cache.providers(), cache.services()
    )
    times = []
    for _ in range(3):
        for offset in range(-PRESSES, PRESSES + 1):
            request = SheetRequest(today + timedelta(days=offset))
            started = time.perf_counter()
            build_sheet(cache, request, reference)
            times.append((time.perf_counter() - started) * 1000)
    cache.close()
    return summary(times)


def press(window: QWidget, key: Qt.Key) -> None:
    """Alt+`key` as a keyboard sends it: QTest goes through the shortcut map, as Qt does for a
    key from the window system (a plain sendEvent would skip the window's shortcuts)."""
    QTest.keyClick(window, key, Qt.KeyboardModifier.AltModifier)


async def timed_until(
    action: Callable[[], None], watch: PaintDone, ready: Callable[[], bool]
) -> tuple[float, float] | None:
    watch.arm(ready)
    started, started_cpu = time.perf_counter(), time.thread_time()
    action()
    if not await until(lambda: watch.finished_at is not None, timeout_s=TIMEOUT_S):
        return None
    assert watch.finished_at is not None and watch.finished_cpu is not None
    # The GUI thread's CPU from the key to the paint done: what the load does not change
    # (the wait's polls of the loop add a little).
    return (watch.finished_at - started) * 1000, (watch.finished_cpu - started_cpu) * 1000


async def scenario(path: Path, providers: int, per_day: int) -> dict[str, Any]:
    import httpx

    from frontdesk.app import open_workspace
    from frontdesk.connectors.account import AccountConfig
    from frontdesk.domain.clock import SystemClock
    from frontdesk.store.cache import Cache
    from frontdesk.ui.main_window import MainWindow

    cache = Cache(path)
    accounts = [AccountConfig(a.name, a.vendor, a.base_url, a.options) for a in cache.accounts()]
    workspace = open_workspace(cache, accounts, SystemClock(), httpx.AsyncClient(timeout=2.0))
    window = MainWindow(workspace, remember_layout=False)
    window.resize(1440, 900)
    window.show()
    window.activateWindow()
    controller = window.book_controller
    canvas = window.day_view.canvas
    watch = PaintDone(canvas)
    await asyncio.sleep(0.5)
    controller.set_hidden_providers(set())  # every column, not the first location's
    await until(lambda: controller.book_is_current(), timeout_s=TIMEOUT_S)
    await asyncio.sleep(0.3)
    canvas.setFocus()
    shown = canvas.sheet.count if canvas.sheet is not None else 0
    columns = len(canvas.sheet.columns) if canvas.sheet is not None else 0
    log(f"{providers}x{per_day}: {columns} columns, {shown} appointments drawn")

    wall: list[float] = []
    cpu: list[float] = []
    timeouts = 0
    sheets: dict[date, Any] = {}
    for key, direction in [(Qt.Key.Key_Right, 1)] * PRESSES + [(Qt.Key.Key_Left, -1)] * PRESSES:
        target = controller.day + timedelta(days=direction)

        def new_day(day: date = target) -> bool:
            sheet = canvas.sheet
            return sheet is not None and sheet.day == day

        got = await timed_until(lambda k=key: press(canvas, k), watch, new_day)
        if got is None:
            timeouts += 1
            log(f"no new day painted {TIMEOUT_S} s after the key press")
        else:
            wall.append(got[0])
            cpu.append(got[1])
        if canvas.sheet is not None:
            sheets[canvas.sheet.day] = canvas.sheet
        await asyncio.sleep(PRESS_INTERVAL_S)

    # Baseline 1: a sheet already built, handed to the view and painted.
    reshow: list[float] = []
    reshow_cpu: list[float] = []
    built = list(sheets.values())
    now = workspace.clock.now()
    for n in range(2 * PRESSES):
        sheet = built[n % len(built)]
        if canvas.sheet is sheet:
            sheet = built[(n + 1) % len(built)]

        def drawn(s: Any = sheet) -> bool:
            return canvas.sheet is s

        got = await timed_until(lambda s=sheet: window.day_view.show_sheet(s, now), watch, drawn)
        if got is not None:
            reshow.append(got[0])
            reshow_cpu.append(got[1])
        await asyncio.sleep(0.05)

    # Baseline 2: a bare widget over the book, of its visible size, repainted.
    bare = Bare(window.day_view)
    bare.setGeometry(window.day_view.scroll_area.geometry())
    bare.show()
    bare.raise_()
    bare_watch = PaintDone(bare)
    await asyncio.sleep(0.2)
    floor: list[float] = []
    for _ in range(2 * PRESSES):
        got = await timed_until(bare.update, bare_watch, lambda: True)
        if got is not None:
            floor.append(got[0])
        await asyncio.sleep(0.05)
    window.close()
    await workspace.aclose()
    cache.close()
    return {
        "providers": providers,
        "appointments_per_provider_day": per_day,
        "columns_shown": columns,
        "appointments_drawn": shown,
        "key_to_new_day_painted": summary(wall),
        "key_to_new_day_painted_cpu": summary(cpu),
        "timeouts": timeouts,
        "baseline_reshow_built_sheet": summary(reshow),
        "baseline_reshow_built_sheet_cpu": summary(reshow_cpu),
        "baseline_bare_widget_repaint": summary(floor),
    }


def main() -> None:
    from frontdesk.domain.clock import SystemClock

    global PATIENTS, PRESSES
    if "--quick" in sys.argv:  # a smoke run of the script itself: figures mean nothing
        PATIENTS, PRESSES = 3_000, 3

    results = []
    with scratch_home("day-change") as home:
        patients_path = home / "patients.sqlite3"
        log(f"filling a cache with {PATIENTS:,} patients")
        fill_cache(patients_path, make_patients(PATIENTS))
        today = SystemClock().now().astimezone(ZoneInfo(ZONES["Gent"])).date()
        app = application()
        app.setQuitOnLastWindowClosed(False)  # one scenario's window closes before the next
        loop = event_loop(app)
        with loop:
            for providers, per_day, target in SCENARIOS:
                path = home / f"book-{providers}x{per_day}.sqlite3"
                shutil.copy(patients_path, path)
                rows = fill_book(path, providers, per_day, today)
                log(f"{providers}x{per_day}: {rows:,} appointments over {2 * DAYS_AROUND + 1} days")
                alone = build_alone(path, today)
                figures = loop.run_until_complete(scenario(path, providers, per_day))
                figures["sheet_build_alone_ms"] = alone
                p95 = figures["key_to_new_day_painted"]["p95_ms"]
                figures["target"] = {"p95_ms_below": target}
                figures["meets_target"] = p95 < target and figures["timeouts"] == 0
                results.append(figures)
    emit(
        {
            "benchmark": "day change (Alt+Right/Left) to the new day painted, 100,000 patients",
            "patients": PATIENTS,
            "scenarios": results,
            "target": {
                f"{r['providers']}x{r['appointments_per_provider_day']}": r["target"]
                for r in results
            },
            "meets_target": all(r["meets_target"] for r in results),
        }
    )


if __name__ == "__main__":
    main()
