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


def test_what_the_start_worked_around_is_told_without_blocking(
    qtbot: QtBot, window: MainWindow, capsys: pytest.CaptureFixture[str]
) -> None:
    from frontdesk.domain.errors import FrontdeskError
    from frontdesk.sync.facade.book import Skipped, StartNotes
    from frontdesk.ui.launch import tell

    notes = StartNotes(
        skipped=[Skipped("Gent", FrontdeskError("Gent: the base URL must use https"))],
        clamped=["Vet: option sync_days_ahead is outside 0..366 ('999'); using 366"],
    )

    with qtbot.waitSignal(window.notice) as told:
        box = tell(window, notes, interactive=True)

    assert box is not None and box.isVisible()  # open(), not exec(): the loop goes on
    assert "Gent was not started: Gent: the base URL must use https" in box.text()
    assert "using 366" in box.text()
    assert told.args[0].startswith("Gent was not started") and "(and 1 more)" in told.args[0]
    assert "frontdesk: Gent was not started" in capsys.readouterr().err
    box.close()
    assert tell(window, StartNotes(), interactive=True) is None  # nothing to tell: no box
