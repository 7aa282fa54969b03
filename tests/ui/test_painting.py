"""Painting the book must not corrupt the interpreter (PySide6 6.12.0 did, under Python 3.11)."""

from __future__ import annotations

import sys

import pytest

from frontdesk.ui import tasks
from frontdesk.ui.main_window import MainWindow
from tests.ui.helpers import settle, wait_until


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_repainting_the_day_view_keeps_none_alive(window: MainWindow) -> None:
    # Nothing in flight on the cache worker (its rows hold references to None meanwhile).
    wait_until(lambda: window.book_is_current() and tasks.pending() == 0)
    window.day_view.grab()
    before = sys.getrefcount(None)
    for _ in range(30):
        window.day_view.grab()
    # Each paint makes hundreds of QPainter calls; a leak of one reference per call shows at once.
    assert sys.getrefcount(None) > before - 100


def test_a_painted_day_has_ink_where_appointments_are(window: MainWindow) -> None:
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None and window.day_view.canvas.blocks
    image = window.day_view.canvas.grab().toImage()
    block = window.day_view.canvas.blocks[0].rect
    centre = image.pixelColor(int(block.center().x()), int(block.center().y()))
    background = image.pixelColor(2, int(block.center().y()) + 400 if image.height() > 500 else 2)
    assert centre != background
