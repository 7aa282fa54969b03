"""An unexpected error in the window is logged without its text and told in the status bar."""

from __future__ import annotations

import logging
import sys

import pytest
import qasync
from pytestqt.qtbot import QtBot

from frontdesk.ui.launch import UNEXPECTED, guard
from frontdesk.ui.main_window import MainWindow


def test_an_error_in_a_slot_is_reported_without_patient_data(
    qtbot: QtBot, window: MainWindow, qloop: qasync.QEventLoop, caplog: pytest.LogCaptureFixture
) -> None:
    previous = sys.excepthook
    guard(window, qloop)
    try:
        record = "Dubois, Amélie, born 1990-05-16"  # as a reply or a row would carry it
        try:
            raise ValueError(record)
        except ValueError as error:
            with qtbot.waitSignal(window.notice) as told:
                sys.excepthook(ValueError, error, error.__traceback__)
    finally:
        sys.excepthook = previous
        qloop.set_exception_handler(None)
    assert told.args == [UNEXPECTED]
    logged = "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR)
    assert "ValueError" in logged and "test_launch_guard.py" in logged
    assert "Dubois" not in logged and "1990" not in logged
