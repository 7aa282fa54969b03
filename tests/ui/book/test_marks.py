"""The small marks on a block (issue 15 items 4 and 7): a red dot for the patient's alert, a
coloured dot for the last confirmation call, as painted in the book."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from frontdesk.domain.alerts import PatientAlert
from frontdesk.domain.confirmations import CallOutcome, ConfirmationCall
from frontdesk.ui.book.geometry import entry_key
from frontdesk.ui.book.painting import ALERT_MARK, CALL_MARKS
from frontdesk.ui.book.view import DayView
from tests.ui.book.sheets import at, column, entry, sheet

NOW = at(8, 0)


def close(a: QColor, b: QColor) -> bool:
    return all(abs(x - y) < 24 for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_an_alert_and_a_call_are_dotted_on_their_blocks(qtbot: QtBot) -> None:
    plain = entry(at(9, 0), 60, ident="plain")
    alerted = dataclasses.replace(
        entry(at(10, 0), 60, ident="alert"),
        alert=PatientAlert("A", "7", "Latex", NOW, "d", "u"),
    )
    called = dataclasses.replace(
        entry(at(11, 0), 60, ident="call"),
        call=ConfirmationCall("A", "call", CallOutcome.LEFT_MESSAGE, NOW, "d", "u"),
    )
    view = DayView()
    qtbot.addWidget(view)
    view.resize(600, 700)
    view.show_sheet(sheet(column(0, [plain, alerted, called])), NOW)
    view.show()
    qtbot.waitExposed(view)
    view.scroll_to(at(9, 0) - timedelta(minutes=15))
    image = view.canvas.grab().toImage()
    ratio = image.devicePixelRatio()

    def dot(e: object, expected: str) -> bool:
        block = view.canvas.block_for(entry_key(e))  # type: ignore[arg-type]
        assert block is not None
        r = block.rect
        # the first mark's centre: 4 + 8 px from the right edge, 6 px above the bottom
        x, y = (r.right() - 4 - 8 + 3) * ratio, (r.bottom() - 3 - 3) * ratio
        return close(image.pixelColor(int(x), int(y)), QColor(expected))

    assert dot(alerted, ALERT_MARK)
    assert dot(called, CALL_MARKS[CallOutcome.LEFT_MESSAGE])
    assert not dot(plain, ALERT_MARK) and not dot(plain, CALL_MARKS[CallOutcome.LEFT_MESSAGE])
