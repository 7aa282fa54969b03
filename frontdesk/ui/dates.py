"""Days and times written in the window's language (QLocale, made the default by ui/i18n.py):
"mer. 02 déc.", "wo 02 dec.". Times keep the 24-hour "13:30" the book is drawn with."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale


def short_day(day: date) -> str:
    """'Wed 02 Dec', 'mer. 02 déc.'."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd dd MMM")


def short_date(day: date) -> str:
    """'02 Dec', '02 déc.'."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dd MMM")


def long_day(day: date) -> str:
    """'Wednesday 2 December', 'mercredi 2 décembre'."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM")


def day_and_time(moment: datetime) -> str:
    """'Wed 02 Dec 11:30' on the moment's own clock."""
    return f"{short_day(moment.date())} {moment:%H:%M}"


def weekday_and_time(moment: datetime) -> str:
    """'Wed 11:30', 'mer. 11:30'."""
    day = QDate(moment.year, moment.month, moment.day)
    return f"{QLocale().toString(day, 'ddd')} {moment:%H:%M}"


def long_day_time(moment: datetime) -> str:
    """'Wednesday 02 December 11:30' on the moment's own clock."""
    day = QDate(moment.year, moment.month, moment.day)
    return f"{QLocale().toString(day, 'dddd dd MMMM')} {moment:%H:%M}"
