"""Blockouts in the window (issue 15): "New blockout…" on an empty place adds one, the book
draws it as a titled band in its column, and its tooltip says where it is kept: the demo's
account is Progenda's, so at Progenda (an appointment with no patient), drawn once after a sync
reads it back."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.blockouts import Blockout
from frontdesk.sync.facade import desk
from frontdesk.ui.blockout_dialog import BlockoutDialog
from frontdesk.ui.book.blockouts import bands, tooltip
from frontdesk.ui.main_window import MainWindow
from tests.ui.helpers import settle, wait_for, wait_until
from tests.ui.test_book_slots import column_of, free_place


def test_a_blockout_added_from_the_book_is_drawn_in_its_column(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    index, column = column_of(window, "2")
    start, point = free_place(window, index, column)
    canvas = window.day_view.canvas
    QApplication.sendEvent(
        canvas,
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, canvas.mapToGlobal(point)),
    )
    menu = window.last_context_menu
    (new,) = [a for a in menu.actions() if a.text() == "New blockout…"]
    new.trigger()
    menu.close()
    dialog = window.blockout_dialog
    assert isinstance(dialog, BlockoutDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("meeting"))
    qtbot.keyClicks(dialog.title, "Staff meeting")
    dialog.minutes.setValue(30)
    with qtbot.waitSignal(dialog.added, timeout=10_000) as told:
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert told.args == ["Staff meeting blocked: stored at Progenda"]
    (stored,) = wait_for(qtbot, desk.blockouts(window.workspace))
    assert (stored.provider_id, stored.start, stored.title) == ("2", start, "Staff meeting")
    # a sync reads the occurrence back from Progenda: still one band, and no block of its own
    with qtbot.waitSignal(window.synced, timeout=20_000):
        window.refresh()
    settle(window)
    layer = canvas.blockout_layer
    wait_until(lambda: layer.blockouts == [stored])
    (rect, drawn), *others = bands(canvas.grid(), layer.blockouts)
    assert drawn == stored and not others
    _, column = column_of(window, "2")
    assert not [e for e in column.entries if e.appointment.title == "Staff meeting"]
    assert rect.left() == canvas.column_left(index)
    assert abs(rect.top() - canvas.y_for(start, column.zone)) < 1
    assert rect.contains(point.x(), point.y() + 2)
    assert tooltip(stored, layer.vendor_of(stored.account)).endswith(
        "Not offered as an opening; stored at Progenda"
    )
    # hovered: the band's tooltip, as the pointer would ask for it
    at = rect.center().toPoint()
    QApplication.sendEvent(canvas, QHelpEvent(QHelpEvent.Type.ToolTip, at, canvas.mapToGlobal(at)))
    wait_until(QToolTip.isVisible)
    assert QToolTip.text() == tooltip(stored, "Progenda")
    QToolTip.hideText()
    # painted: the band changes the pixels of its column
    image = canvas.grab().toImage()
    middle = rect.center().toPoint()
    layer.set([])
    plain = canvas.grab().toImage()
    assert any(
        image.pixel(middle.x() + dx, middle.y()) != plain.pixel(middle.x() + dx, middle.y())
        for dx in range(-8, 8)
    )


def test_only_where_a_blockout_is_kept_changing_redraws_nothing_but_the_tooltip_says_it(
    window: MainWindow,
) -> None:
    canvas = window.day_view.canvas
    layer = canvas.blockout_layer
    sheet = window.day_view.sheet
    assert sheet is not None
    provider = sheet.columns[0].provider
    day = sheet.column_day(sheet.columns[0])
    start = datetime.combine(day, time(12, 30), sheet.columns[0].zone)
    waiting = Blockout(
        provider.account, provider.id, start, start + timedelta(minutes=30), "UTC",
        title="Lunch", id=7, to_vendor=1,
    )  # fmt: skip
    layer.set([waiting])
    canvas.grab()  # the picture holds the band now
    picture = canvas.picture
    assert picture._tiles
    stored = replace(waiting, to_vendor=0, at_vendor=1)
    layer.set([stored])
    assert picture._tiles, "a storage change alone keeps the rendered picture"
    assert tooltip(layer.blockouts[0], "Progenda").endswith("stored at Progenda")
    refused = replace(stored, at_vendor=0, refused="This time slot is no longer available")
    assert tooltip(refused, "Progenda").endswith(
        "kept on this desk: Progenda refused it (This time slot is no longer available)"
    )
    layer.set([replace(stored, title="Long lunch")])
    assert not picture._tiles  # a new title is drawn again
