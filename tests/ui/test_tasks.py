"""Background operations: a typed error reaches the window; a bug is logged without its text."""

from __future__ import annotations

import logging

import pytest
import qasync
from pytestqt.qtbot import QtBot

from frontdesk.domain.errors import FrontdeskError, Unavailable
from frontdesk.ui import tasks


async def fails_with(error: Exception) -> None:
    raise error


def test_a_typed_error_reaches_on_failure_as_it_is(qtbot: QtBot, qloop: qasync.QEventLoop) -> None:
    seen: list[FrontdeskError] = []
    tasks.run(
        fails_with(Unavailable("cannot reach the server", vendor="PracSuite")), None, seen.append
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert str(seen[0]) == "PracSuite: cannot reach the server"


def test_a_bug_becomes_a_plain_message_and_the_log_keeps_no_patient_data(
    qtbot: QtBot, qloop: qasync.QEventLoop, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[FrontdeskError] = []
    row = "Müller, Zoë, +32 2 555 01 23"
    tasks.run(fails_with(KeyError(row)), None, seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "unexpected" in str(seen[0]) and "Müller" not in str(seen[0])
    logged = "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR)
    assert "KeyError" in logged and "test_tasks.py" in logged
    assert "Müller" not in logged and "555" not in logged
