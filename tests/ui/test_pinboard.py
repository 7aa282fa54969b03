"""The pinboard in the demo window (issue 15 item 6): pin an appointment, go to another day,
drop the card on a free time; the usual move goes out (question, outbox) and the card leaves.
Pins survive a new window on the same store; one cancelled at the vendor says so."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain import history
from frontdesk.domain.book import DayEntry
from frontdesk.domain.models import Appointment, Capability
from frontdesk.domain.pins import Pin, PinnedCard, Since
from frontdesk.sync.facade import desk
from frontdesk.sync.facade.desk import Move
from frontdesk.ui.book.geometry import Drop, entry_key
from frontdesk.ui.booking_dialog import BookingDialog
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.pinboard_pane import CardRow, PinboardModel, PinboardPane
from tests.ui.conftest import NOW
from tests.ui.helpers import settle, wait_for, wait_until
from tests.ui.test_accessibility import tabbed
from tests.ui.test_actions_appointment import (
    activate,
    click,
    drag,
    press,
    question,
    upcoming,
    vendor,
)
from tests.ui.test_book_slots import column_of, free_place


@pytest.fixture(autouse=True)
def _desk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(history, "here", lambda: ("desk-2", "anna"))


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = PinboardModel()
    qtmodeltester.check(model)
    start = datetime(2026, 11, 19, 9, 0, tzinfo=UTC)
    a = Appointment("A", "1", "d1", start, start + timedelta(minutes=30), patient_id="p")
    pin = Pin.of(a, NOW, "desk-2")
    rows = [
        CardRow(PinnedCard(pin, DayEntry(a, "Jan", "Physio", "#336699"), "Dr R"), ("Jan",), "", ""),
        CardRow(PinnedCard(pin, None, "Dr R", Since.GONE), ("Gone",), "Deleted", "gone"),
    ]
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "Gone\nDeleted"
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    model.set_rows([])
    qtmodeltester.check(model)


def pin_by_menu(qtbot: QtBot, window: MainWindow, entry: DayEntry) -> PinboardPane:
    """ "Pin to move" in the block's context menu; the board shows the card."""
    click(qtbot, window.day_view.canvas, entry)
    menu = window.context_menu_for(entry)
    pin = next(a for a in menu.actions() if a.text() == "Pin to move")
    assert pin.isEnabled()
    board = window.pinboard
    with qtbot.waitSignal(board.shown, timeout=10_000):
        pin.trigger()
    menu.deleteLater()
    wait_until(lambda: board.model.rowCount() == 1)
    assert window.side.currentWidget() is board
    return board


def card_text(board: PinboardPane, row: int = 0) -> str:
    return str(board.model.index(row, 0).data())


def drop_card(window: MainWindow, board: PinboardPane, point: QPoint) -> None:
    """The card let go at `point` of the book, as Qt delivers a drag from the board."""
    canvas = window.day_view.canvas
    data = board.model.mimeData([board.model.index(0, 0)])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    action = Qt.DropAction.MoveAction
    for event in (
        QDragEnterEvent(point, action, data, buttons, keys),
        QDragMoveEvent(point, action, data, buttons, keys),
    ):
        QApplication.sendEvent(canvas, event)
        assert event.isAccepted()
    assert canvas.drop is not None and canvas.drop.allowed  # the ghost is drawn
    QApplication.sendEvent(canvas, QDropEvent(QPointF(point), action, data, buttons, keys))
    assert canvas.drop is None


def moves_waiting(qtbot: QtBot, window: MainWindow) -> list[Move]:
    entries = wait_for(qtbot, window.workspace.outbox_entries())
    return [e.command for e in entries if e.kind == "move" and e.waiting]  # type: ignore[misc]


def test_a_pinned_appointment_dropped_on_the_next_day_moves_and_leaves_the_board(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    entry = upcoming(window)
    a = entry.appointment
    board = pin_by_menu(qtbot, window, entry)
    provider = window.workspace.reference.provider(a.account, a.provider_id)
    assert provider is not None
    text = card_text(board)
    assert entry.patient in text and entry.service in text and provider.name in text
    assert f"{a.minutes} min" in text
    assert f"{a.start.astimezone(window.appointment._zone_of(a)):%H:%M}" in text

    window.step(1)  # the next day
    settle(window)
    index, column = column_of(window, a.provider_id)
    start, point = free_place(window, index, column)
    vendor(demo).offline = True  # the move waits in the outbox: stored, not sent
    drop_card(window, board, point)
    box = question(window)
    assert f"{start:%H:%M}" in box.text() and provider.name in box.text()
    with qtbot.waitSignal(window.appointment.queued, timeout=10_000):
        press(box, "Move")

    (move,) = moves_waiting(qtbot, window)
    assert (move.appointment_id, move.start, move.end) == (a.id, start, start + (a.end - a.start))
    wait_until(lambda: board.model.rowCount() == 0)  # the card is gone once the move is stored
    assert wait_for(qtbot, desk.pinned(window.workspace)) == []
    assert window.appointment.undo_action.isEnabled()  # the usual Undo


def test_pins_are_kept_for_a_new_window_on_the_same_store(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    entry = upcoming(window)
    pin_by_menu(qtbot, window, entry)
    window.close()

    again = MainWindow(demo.workspace, demo=True, remember_layout=False)
    qtbot.addWidget(again)
    again.show()
    wait_until(lambda: again.pinboard.model.rowCount() == 1)
    assert entry.patient in card_text(again.pinboard)
    assert not again.pinboard.model.rows[0].note


def test_a_pin_cancelled_at_the_vendor_says_so(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    entry = upcoming(window)
    a = entry.appointment
    board = pin_by_menu(qtbot, window, entry)
    coordinator = demo.workspace.coordinators[a.account]

    async def cancel_at_the_vendor() -> None:
        await coordinator.connector.cancel(a, "phoned the clinic")
        day = a.start.replace(hour=0, minute=0)
        await coordinator.sync_appointments(day - timedelta(days=1), day + timedelta(days=2))

    wait_for(qtbot, cancel_at_the_vendor())
    wait_until(lambda: "Cancelled" in card_text(board))
    assert card_text(board).endswith("Cancelled at the vendor: remove the card")
    row = board.model.rows[0]
    assert row.blocked == "it is cancelled"  # not carried any more
    assert not board.model.flags(board.model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    board.cards.setCurrentIndex(board.model.index(0, 0))
    assert board.carried() is None
    board.cards.setFocus()
    with qtbot.waitSignal(board.shown, timeout=10_000):
        qtbot.keyClick(board.cards, Qt.Key.Key_Delete)  # removed by hand
    assert board.model.rowCount() == 0


def test_a_selected_card_is_placed_with_a_click_on_a_free_time(
    qtbot: QtBot, window: MainWindow, demo: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = upcoming(window)
    a = entry.appointment
    board = pin_by_menu(qtbot, window, entry)
    board.cards.setCurrentIndex(board.model.index(0, 0))
    assert "Click a free time" in board.hint.text()
    real = window.appointment.request_move
    index, column = column_of(window, a.provider_id)
    start, point = free_place(window, index, column)
    asked: list[Drop] = []

    def request_move(drop: Drop) -> None:
        asked.append(drop)
        real(drop)

    monkeypatch.setattr(window.appointment, "request_move", request_move)
    # Double-clicked out of habit (a click, then the double click): one question, and no
    # booking dialog.
    qtbot.mouseClick(window.day_view.canvas, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(window.day_view.canvas, Qt.MouseButton.LeftButton, pos=point)
    box = question(window)
    assert f"{start:%H:%M}" in box.text()
    assert len(asked) == 1
    assert not any(
        isinstance(w, BookingDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    with qtbot.waitSignal(window.appointment.done, timeout=10_000):
        press(box, "Move")
    wait_until(lambda: board.model.rowCount() == 0)
    moved = wait_for(qtbot, window.workspace.appointment(a.account, a.id))
    assert moved is not None and moved.start == start


def test_a_block_dragged_onto_the_board_is_pinned(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    entry = upcoming(window)
    window.side.setCurrentWidget(window.pinboard)
    canvas = window.day_view.canvas
    block = canvas.block_for(entry_key(entry))
    assert block is not None
    board = window.pinboard
    target = canvas.mapFromGlobal(board.mapToGlobal(board.rect().center()))
    with qtbot.waitSignal(board.shown, timeout=10_000):
        drag(qtbot, canvas, block.rect.center(), QPointF(target))
    wait_until(lambda: board.model.rowCount() == 1)
    assert entry.patient in card_text(board)


def test_pin_to_move_is_not_offered_where_the_vendor_cannot_move(
    qtbot: QtBot, window: MainWindow, demo: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = upcoming(window)
    workspace = window.workspace
    can = workspace.can

    def no_moves(account: str, capability: Capability) -> tuple[bool, str]:
        if capability is Capability.MOVE:
            return False, "this vendor cannot move appointments"
        return can(account, capability)

    monkeypatch.setattr(workspace, "can", no_moves)
    click(qtbot, window.day_view.canvas, entry)
    menu = window.context_menu_for(entry)
    pin = next(a for a in menu.actions() if a.text() == "Pin to move")
    assert not pin.isEnabled()
    assert pin.toolTip() == "Pin to move: this vendor cannot move appointments"
    assert window.pinning.action.shortcut().toString() == "Ctrl+Shift+B"
    with qtbot.waitSignal(window.notice, timeout=5_000) as told:
        window.pinning.pin(entry)  # a drag onto the board is refused the same way
    assert told.args == [f"Cannot pin {entry.patient}: this vendor cannot move appointments"]
    assert wait_for(qtbot, desk.pinned(workspace)) == []


def test_the_board_is_reached_by_tab_and_its_cards_are_named(
    qtbot: QtBot, window: MainWindow
) -> None:
    entry = upcoming(window)
    board = pin_by_menu(qtbot, window, entry)
    activate(qtbot, window)
    stops = tabbed(qtbot, window.date_edit)
    assert board.cards in stops
    assert stops.index(board.cards) < stops.index(window.day_view.canvas)  # before the book
    assert board.cards.accessibleName() == "Pinboard"
    spoken = board.model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith(f"{entry.patient}, {entry.service} · ")


def test_a_block_let_go_on_the_pinboard_tab_is_pinned(qtbot: QtBot, window: MainWindow) -> None:
    entry = upcoming(window)
    window.side.setCurrentWidget(window.patients)
    canvas = window.day_view.canvas
    block = canvas.block_for(entry_key(entry))
    assert block is not None
    bar = window.side.tabBar()
    tab = bar.tabRect(window.side.indexOf(window.pinboard)).center()
    target = canvas.mapFromGlobal(bar.mapToGlobal(tab))
    with qtbot.waitSignal(window.pinning.pinned, timeout=10_000):
        drag(qtbot, canvas, block.rect.center(), QPointF(target))
    assert window.side.currentWidget() is window.pinboard
    wait_until(lambda: window.pinboard.model.rowCount() == 1)
