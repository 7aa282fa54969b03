"""Two clinic desks' windows on one clinic database (issue 14 item 5): a booking dialog open at
one desk holds its slot; the other desk's book draws it as "Being booked at Desk A" and its own
dialog on that slot says so with Book disabled, until the first dialog closes. A booking refused
as just taken at another desk offers the free times in place."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta

import psycopg
from pytestqt.qtbot import QtBot

from frontdesk.domain.models import (
    BookingRequest,
    PatientHit,
)
from frontdesk.sync.facade.desk import Book, Workspace
from frontdesk.ui.booking_dialog import BookingDialog
from frontdesk.ui.main_window import MainWindow
from tests.ui.clinic_desks import ANNA, TEN, window_at


def drawn(window: MainWindow) -> list[str]:
    from frontdesk.ui.book.claims import title

    return [title(c) for _, c in window.day_view.canvas.claim_layer.shown()]


def dialog_at(qtbot: QtBot, workspace: Workspace, start: datetime = TEN) -> BookingDialog:
    dialog = BookingDialog(workspace, start=start)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_open_dialog_holds_its_slot_and_the_other_desk_sees_it_until_it_closes(
    qtbot: QtBot, desks: Callable[[str], Workspace], server_url: str
) -> None:
    a, b = desks("Desk A"), desks("Desk B")
    window_b = window_at(qtbot, b)
    assert window_b.windowTitle() == "Desk B"  # "Desk B — frontdesk" on screen
    assert drawn(window_b) == []

    at_a = dialog_at(qtbot, a)
    qtbot.waitUntil(lambda: at_a.hold.hold_id is not None, timeout=20_000)
    qtbot.waitUntil(lambda: drawn(window_b) == ["Being booked at Desk A"], timeout=20_000)
    ((rect, _claim),) = window_b.day_view.canvas.claim_layer.shown()
    column = window_b.day_view.canvas.column_at(rect.center().x())
    assert column is not None and window_b.day_view.sheet is not None
    assert window_b.day_view.sheet.columns[column].provider.name == "Joris Van Hecke"

    at_b = dialog_at(qtbot, b, TEN + timedelta(minutes=10))  # overlaps 10:00-10:20
    qtbot.waitUntil(lambda: "Being booked at Desk A" in at_b.problem.text(), timeout=20_000)
    at_b.choose_patient(PatientHit(ANNA, "progenda"))
    assert "Being booked at Desk A" in at_b.problem.text()  # the other desk's first
    assert not at_b.book_button.isEnabled()

    canvas = window_b.day_view.canvas
    point = rect.toRect().center()  # the hatching
    hatched = canvas.grab().toImage().pixelColor(point)

    at_a.reject()  # nothing entered: it closes, and lets the time go
    qtbot.waitUntil(lambda: drawn(window_b) == [], timeout=20_000)
    qtbot.waitUntil(lambda: canvas.grab().toImage().pixelColor(point) != hatched, timeout=5_000)
    # B's dialog held it in turn the moment it was free, and may book it now.
    qtbot.waitUntil(lambda: at_b.hold.hold_id is not None, timeout=20_000)
    qtbot.waitUntil(at_b.book_button.isEnabled, timeout=20_000)
    assert "Being booked" not in at_b.problem.text()
    with psycopg.connect(server_url) as conn:
        held = conn.execute("SELECT desk, kind FROM claims").fetchall()
    assert held == [("Desk B", "hold")]


def test_the_hold_is_renewed_moved_with_the_time_and_replaced_by_the_booking(
    qtbot: QtBot, desks: Callable[[str], Workspace], server_url: str
) -> None:
    a = desks("Desk A")
    at_a = dialog_at(qtbot, a)
    at_a.choose_patient(PatientHit(ANNA, "progenda"))
    qtbot.waitUntil(lambda: at_a.hold.hold_id is not None, timeout=20_000)

    def claims() -> list[tuple[str, datetime]]:
        with psycopg.connect(server_url) as conn:
            rows = conn.execute("SELECT kind, lower(during) FROM claims ORDER BY id").fetchall()
        return [(str(k), s) for k, s in rows]

    assert claims() == [("hold", TEN)]

    def lapses() -> list[datetime]:
        with psycopg.connect(server_url) as conn:
            return [e for (e,) in conn.execute("SELECT expires_at FROM claims")]

    (first,) = lapses()
    at_a.hold.timer.setInterval(50)  # renewed while open (every 2 minutes in use)
    qtbot.waitUntil(lambda: lapses()[0] > first, timeout=20_000)
    at_a.hold.timer.setInterval(120_000)
    assert claims() == [("hold", TEN)]  # the same time, held on: never two rows
    at_a.time.set_value((TEN + timedelta(hours=2)).astimezone(at_a.zone()).time())
    qtbot.waitUntil(lambda: claims() == [("hold", TEN + timedelta(hours=2))], timeout=20_000)
    with qtbot.waitSignal(at_a.queued, timeout=20_000):
        at_a.submit()
        qtbot.waitUntil(lambda: not at_a._submit_when_read, timeout=20_000)
    qtbot.waitUntil(lambda: claims() == [("booking", TEN + timedelta(hours=2))], timeout=20_000)


def test_a_booking_refused_as_just_taken_offers_the_free_times_in_place(
    qtbot: QtBot, desks: Callable[[str], Workspace], server_url: str
) -> None:
    a, b = desks("Desk A"), desks("Desk B")
    at_b = dialog_at(qtbot, b)
    at_b.choose_patient(PatientHit(ANNA, "progenda"))
    qtbot.waitUntil(lambda: at_b.hold.hold_id is not None, timeout=20_000)

    # B's hold lapsed (its desk slept past the renewal) and A booked the time meanwhile.
    asyncio.get_event_loop().create_task(_lapse_and_book(server_url, a))
    qtbot.waitUntil(lambda: _claimed(server_url) == [("Desk A", "booking")], timeout=20_000)

    for _ in range(2):  # the second press is "Book anyway" when B's book names A's booking
        if at_b.conflict:
            break
        at_b.submit()
        qtbot.waitUntil(lambda: not at_b._booking and not at_b._submit_when_read, timeout=20_000)
    qtbot.waitUntil(lambda: "just taken at Desk A" in at_b.problem.text(), timeout=20_000)
    qtbot.waitUntil(at_b.fresh.isVisible, timeout=20_000)
    offered = [
        at_b.fresh_model.index(row, 0).data(_record_role())
        for row in range(at_b.fresh_model.rowCount())
    ]
    assert offered and all(
        not (o.start < TEN + timedelta(minutes=20) and o.end > TEN) for o in offered
    )
    assert _claimed(server_url) == [("Desk A", "booking")]  # nothing of B's was stored


async def _lapse_and_book(url: str, desk: Workspace) -> None:
    def lapse() -> None:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("UPDATE claims SET expires_at = now() - interval '1 minute'")

    await asyncio.to_thread(lapse)
    await desk.execute(
        Book(BookingRequest("Brussels", "p1", "s1", "pat1", TEN, TEN + timedelta(minutes=20)))
    )


def _claimed(url: str) -> list[tuple[str, str]]:
    with psycopg.connect(url) as conn:
        return [(str(d), str(k)) for d, k in conn.execute("SELECT desk, kind FROM claims")]


def _record_role() -> int:
    from frontdesk.ui.models import RecordRole

    return int(RecordRole)
