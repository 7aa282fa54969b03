"""A time field that reads what a receptionist types: "13:30", "1:30 pm", "1330", "9", "9h30".

A QTimeEdit overwrites section by section ("13:30" typed into "08:00" gives "00:13"); a line
edit with a forgiving parser does not. The clinic's convention (24- or 12-hour clock) is used
for showing the time and for reading a bare "1:30".
"""

from __future__ import annotations

from datetime import time as clock_time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from frontdesk.domain.conventions import BELGIUM, Convention, format_time, parse_time_text
from frontdesk.ui.domain_text import shown


class TimeInput(QLineEdit):
    changed = Signal()  # the time read from the text changed (or became unreadable)

    def __init__(self, convention: Convention = BELGIUM, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.convention = convention
        self._value: clock_time | None = None
        self.setPlaceholderText(convention.time_hint)
        self.setToolTip(self.tr("Type 13:30, 1330, 9h30, 9 or 1:30 pm"))
        # Wide enough for "12:30 pm" with room to spare, not a whole row.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("12:30 pm") + 24)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("12:30 pm") * 2)
        self.textEdited.connect(self._read)
        self.editingFinished.connect(self._tidy)

    def set_convention(self, convention: Convention) -> None:
        self.convention = convention
        self.setPlaceholderText(convention.time_hint)
        if self._value is not None:
            self.setText(format_time(self._value, convention))

    def value(self) -> clock_time | None:
        return self._value

    def problem(self) -> str:
        """What is wrong with the text, in words ("" when it reads as a time)."""
        return shown(parse_time_text(self.text(), self.convention)[1])

    def set_value(self, at: clock_time) -> None:
        self.setText(format_time(at, self.convention))
        if at != self._value:
            self._value = at
            self.changed.emit()

    # QTimeEdit's calls, for code written against the field it replaces.
    def time(self) -> QTime:
        at = self._value
        return QTime(at.hour, at.minute) if at is not None else QTime()

    def setTime(self, at: QTime) -> None:
        if at.isValid():
            self.set_value(clock_time(at.hour(), at.minute()))

    def _read(self, text: str) -> None:
        value, _ = parse_time_text(text, self.convention)
        if value != self._value:
            self._value = value
            self.changed.emit()

    def _tidy(self) -> None:
        """Leaving the field shows how the time was read (1330 -> 13:30)."""
        if self._value is not None:
            self.setText(format_time(self._value, self.convention))
