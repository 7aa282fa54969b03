"""An appointment's history, as the desk reads it (issue 15 item 5): a move made here names the
desk and user; a time changed at the vendor and brought by a sync is "seen at the vendor"."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain import history
from frontdesk.domain.models import Appointment
from frontdesk.sync.day import DayEntry
from frontdesk.ui import i18n
from frontdesk.ui.history_dialog import HistoryDialog, HistoryModel
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.reschedule_dialog import RescheduleDialog
from tests.ui.helpers import wait_for, wait_until
from tests.ui.test_actions_appointment import click, drawn, upcoming

DESK = ("desk-2", "anna")


@pytest.fixture(autouse=True)
def _desk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(history, "here", lambda: DESK)


def open_history(qtbot: QtBot, window: MainWindow, entry: DayEntry) -> list[str]:
    click(qtbot, window.day_view.canvas, entry)
    window.appointment.actions["history"].trigger()
    dialog = window.appointment.dialog
    assert isinstance(dialog, HistoryDialog)
    wait_until(lambda: dialog.note.text() != "Reading the history…")
    model = dialog.model
    return [model.sentence(row) for row in range(model.rowCount())]


def test_a_move_made_here_shows_from_and_to_with_desk_and_user(
    qtbot: QtBot, window: MainWindow
) -> None:
    entry = upcoming(window)
    a = entry.appointment
    zone = window.appointment._zone_of(a)
    before = a.start.astimezone(zone)
    assert open_history(qtbot, window, entry) == []
    window.appointment.dialog.reject()

    click(qtbot, window.day_view.canvas, entry)
    window.appointment.actions["move"].trigger()
    dialog = window.appointment.dialog
    assert isinstance(dialog, RescheduleDialog)
    evening = before.replace(hour=19, minute=0)
    dialog.set_target(evening.date(), evening.time())
    with qtbot.waitSignal(window.appointment.done, timeout=10_000):
        qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    moved = drawn(window, (a.account, a.id))
    assert moved is not None

    assert open_history(qtbot, window, moved) == [
        f"moved from {before:%H:%M} to 19:00 by desk-2/anna through frontdesk"
    ]


def test_a_time_changed_at_the_vendor_is_seen_by_a_sync(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    entry = upcoming(window)
    a = entry.appointment
    zone = window.appointment._zone_of(a)
    coordinator = demo.workspace.coordinators[a.account]
    # 19:00, after closing, where nobody is booked
    later = a.start.astimezone(zone).replace(hour=19, minute=0)

    async def move_at_the_vendor() -> Appointment:
        await coordinator.connector.move(a, later, later + (a.end - a.start), a.provider_id)
        day = a.start.astimezone(zone).replace(hour=0, minute=0)
        await coordinator.sync_appointments(day, day + timedelta(days=1))
        found = await demo.workspace.appointment(a.account, a.id)
        assert found is not None
        return found

    assert wait_for(qtbot, move_at_the_vendor()).start == later
    wait_until(
        lambda: (m := drawn(window, (a.account, a.id))) is not None and m.appointment.start == later
    )
    moved = drawn(window, (a.account, a.id))
    assert moved is not None
    rows = open_history(qtbot, window, moved)
    assert rows == [
        f"moved from {a.start.astimezone(zone):%H:%M} to {later.astimezone(zone):%H:%M}"
        " seen at the vendor (sync at desk-2/anna)"
    ]
    assert window.appointment.actions["history"].shortcut().toString() == "Ctrl+H"


def test_the_history_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    from datetime import UTC, datetime

    at = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
    model = HistoryModel()
    model.set_entries(
        [
            history.HistoryEntry(
                "A", "1", at, history.MOVED, at.isoformat(), at.isoformat(), "vendor", "d", "u"
            ),
            history.HistoryEntry(
                "A", "1", at, history.CANCELLED, "booked", "cancelled", "frontdesk", "d", "u"
            ),
        ]
    )
    qtmodeltester.check(model)
    assert model.text(1, 1) == "cancelled" and model.text(1, 3) == "frontdesk"
    assert model.text(0, 2) == "sync at d/u" and model.text(0, 3) == "seen at the vendor"


@pytest.fixture
def french(qapp: object) -> Iterator[None]:
    before = QLocale()
    i18n.install("fr_BE")
    yield
    i18n.install("en")
    QLocale.setDefault(before)


@pytest.mark.usefixtures("french")
def test_the_history_dialog_in_french_shows_a_french_moved_line(qtbot: QtBot) -> None:
    at = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
    moved = history.HistoryEntry(
        "demo", "a1", at, history.MOVED,
        "2026-11-18T10:30:00+00:00", "2026-11-18T11:00:00+00:00",
        history.FRONTDESK, "desk-2", "anna",
    )  # fmt: skip
    other_day = replace(moved, after="2026-11-19T11:00:00+00:00", source=history.VENDOR)
    model = HistoryModel(UTC)
    dialog = HistoryDialog("Dr A", model)
    qtbot.addWidget(dialog)
    dialog.loaded([moved, other_day])

    assert model.data(model.index(0, 1)) == "déplacé de 10:30 à 11:00"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == (
        "déplacé de 10:30 à 11:00 par desk-2/anna via frontdesk"
    )
    assert model.data(model.index(1, 1)) == "déplacé de mer. 18 nov. 10:30 à jeu. 19 nov. 11:00"
    # the command line's words stay English
    assert history.sentence(moved) == "moved from 10:30 to 11:00 by desk-2/anna through frontdesk"
