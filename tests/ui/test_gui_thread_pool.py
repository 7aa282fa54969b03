"""Qt's GUI thread pool is left unused: the window's fills are done on the GUI thread, where
they cost less than handing them to other threads and waiting (frontdesk/ui/__init__.py)."""

from __future__ import annotations

import os

import pytest

from tests.ui.helpers import offscreen_python

PAINT_A_WINDOW = """
import os
import frontdesk.ui
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication
app = QApplication([])
image = QImage(1440, 900, QImage.Format.Format_ARGB32_Premultiplied)
painter = QPainter(image)
painter.fillRect(QRect(0, 0, 1440, 900), QColor(10, 20, 30, 128))
painter.end()
print(os.environ.get("QT_NO_GUI_THREADPOOL"), len(os.listdir("/proc/self/task")))
"""


def _run(env: dict[str, str]) -> list[str]:
    return offscreen_python(PAINT_A_WINDOW, env).split()


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="counts threads in /proc")
def test_a_window_sized_fill_starts_no_thread() -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    assert _run(env) == ["1", "1"]  # set by frontdesk.ui; the process's only thread painted


def test_a_value_set_by_the_user_is_kept() -> None:
    assert _run({**os.environ, "QT_NO_GUI_THREADPOOL": "yes"})[0] == "yes"
