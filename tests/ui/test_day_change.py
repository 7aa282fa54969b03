"""Alt+Right shows the next day from what was made ahead: the sheet built on the worker while
the receptionist read this day, laid out and rendered in the view, so the key press renders
nothing more than a blit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter
from pytestqt.qtbot import QtBot

from frontdesk.ui.main_window import MainWindow
from tests.ui.helpers import settle


def test_the_next_day_is_drawn_from_the_picture_made_ahead(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    settle(window)
    canvas = window.day_view.canvas
    today = window.book_controller.day
    tomorrow = today + timedelta(days=1)

    def ready() -> bool:  # prepared once the sync brought tomorrow's appointments
        return any(p.sheet.day == tomorrow and p.sheet.count for p in canvas._prepared.values())

    qtbot.waitUntil(ready, timeout=10_000)
    rendered: list[QRect] = []
    original = canvas._render

    def render(painter: QPainter, box: QRect) -> None:
        rendered.append(QRect(box))
        original(painter, box)

    monkeypatch.setattr(canvas, "_render", render)
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    settle(window)
    canvas.repaint()  # what is on screen
    sheet = window.day_view.sheet
    assert sheet is not None and sheet.day == tomorrow
    assert rendered == []
    # What is on screen is tomorrow's book: its blocks where the picture has them.
    shown = canvas.grab(canvas.visibleRegion().boundingRect()).toImage()
    origin = canvas.visibleRegion().boundingRect().topLeft()
    visible = [
        b for b in canvas.blocks if canvas.visibleRegion().contains(b.rect.center().toPoint())
    ]
    assert visible
    base = canvas.palette().color(canvas.backgroundRole())
    for block in visible[:5]:
        point = block.rect.center().toPoint() - origin
        assert shown.pixelColor(point.x() - 10, point.y()) != base
