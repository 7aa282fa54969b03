"""Go to date (Ctrl+G): a day typed the way the clinic writes dates.

Belgium and Australia write day/month ("2/12" is the 2nd of December), the United States
month/day ("12/2"); the convention follows the home zone's clinic. Also accepted: an ISO date,
a day and a month name ("2 dec", "dec 2"), "today", "tomorrow", "yesterday", a weekday (the next
one) and "+7" / "-3" (days from the day shown).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from frontdesk.ui.i18n import arg

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WORDS = {"today": 0, "tomorrow": 1, "yesterday": -1}


def month_first(zone: ZoneInfo) -> bool:
    """The United States write month/day; Belgium and Australia day/month."""
    return zone.key.startswith("America/") or zone.key in ("US/Eastern", "US/Pacific")


def convention(zone: ZoneInfo) -> str:
    return "m/d/yyyy" if month_first(zone) else "d/m/yyyy"


def _year(text: str | None, day: int, month: int, shown: date) -> int:
    if text is None:  # no year: the next such day from the day shown (not a past one)
        year = shown.year
        try:
            if date(year, month, day) < shown - timedelta(days=180):
                year += 1
        except ValueError:
            pass
        return year
    number = int(text)
    return number + 2000 if number < 100 else number


def parse_day(text: str, shown: date, today: date, *, us: bool) -> date | None:
    """The day `text` names, or None when it names none."""
    t = text.strip().lower().rstrip(".")
    if not t:
        return None
    if t in WORDS:
        return today + timedelta(days=WORDS[t])
    if re.fullmatch(r"[+-]\d{1,3}", t):
        return shown + timedelta(days=int(t))
    if t[:3] in WEEKDAYS and t.isalpha():
        ahead = (WEEKDAYS.index(t[:3]) - today.weekday()) % 7
        return today + timedelta(days=ahead)
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", t):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{2}|\d{4}))?", t):
            first, second = int(m[1]), int(m[2])
            month, day = (first, second) if us else (second, first)
            return date(_year(m[3], day, month, shown), month, day)
        words = re.fullmatch(r"(\d{1,2})\s*([a-z]{3,})\.?,?(?:\s+(\d{2}|\d{4}))?", t)
        words_us = re.fullmatch(r"([a-z]{3,})\.?\s+(\d{1,2}),?(?:\s+(\d{2}|\d{4}))?", t)
        if words and words[2][:3] in MONTHS:
            day, month = int(words[1]), MONTHS.index(words[2][:3]) + 1
            return date(_year(words[3], day, month, shown), month, day)
        if words_us and words_us[1][:3] in MONTHS:
            day, month = int(words_us[2]), MONTHS.index(words_us[1][:3]) + 1
            return date(_year(words_us[3], day, month, shown), month, day)
    except ValueError:  # 31/2: no such day
        return None
    return None


class GoToDateDialog(QDialog):
    """One field; Enter goes there. Says what it understood before going, and why not."""

    chosen = Signal(object)  # date

    def __init__(
        self, shown: date, today: date, zone: ZoneInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Go to date"))
        self.shown, self.today, self.us = shown, today, month_first(zone)
        example = "12/2" if self.us else "2/12"
        self.field = QLineEdit()
        self.field.setAccessibleName(self.tr("Date"))
        # The words ("tomorrow", "dec") are read in English only: a translation leaves them out.
        self.field.setPlaceholderText(
            arg(self.tr("%1, e.g. %2, tomorrow, +7"), convention(zone), example)
        )
        self.field.setMinimumWidth(300)
        self.hint = QLabel(arg(self.tr("Dates are written %1 here."), convention(zone)))
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Go"))
        self.ok.setEnabled(False)
        buttons.accepted.connect(self._go)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.field.textChanged.connect(self._understood)
        self.field.returnPressed.connect(self._go)

    def day(self) -> date | None:
        return parse_day(self.field.text(), self.shown, self.today, us=self.us)

    def _understood(self) -> None:
        day = self.day()
        self.ok.setEnabled(day is not None)
        if day is not None:
            # The day and month named in the window's language.
            shown = QDate(day.year, day.month, day.day)
            self.hint.setText(QLocale().toString(shown, "dddd d MMMM yyyy"))
        elif self.field.text().strip():
            self.hint.setText(arg(self.tr("Not a date here (written %1)"), convention_of(self.us)))
        else:
            self.hint.setText(arg(self.tr("Dates are written %1 here."), convention_of(self.us)))

    def _go(self) -> None:
        day = self.day()
        if day is None:
            return
        self.chosen.emit(day)
        self.accept()


def convention_of(us: bool) -> str:
    return "m/d/yyyy" if us else "d/m/yyyy"
