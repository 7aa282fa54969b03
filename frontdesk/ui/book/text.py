"""What the book says in words: column titles, tooltips and the line a screen reader reads.

Kept apart from painting and interaction so the wording is one place and testable as strings.
The texts are translated (context "BookText"; the plurals in `BookCounts`), days are written
by QLocale.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QObject

from frontdesk.domain.alerts import PatientAlert
from frontdesk.domain.book import BookMode, DayColumn, DayEntry, DaySheet
from frontdesk.domain.confirmations import CallOutcome, ConfirmationCall
from frontdesk.domain.models import AppointmentStatus
from frontdesk.ui.dates import long_day, weekday_and_time
from frontdesk.ui.i18n import arg
from frontdesk.ui.status_icons import StatusKind, label, status_kind

if TYPE_CHECKING:  # tooltips only: not loaded before the first frame (docs/architecture.md)
    from frontdesk.domain.series import SeriesLink

STATUS_LABEL = {
    AppointmentStatus.BOOKED: QT_TRANSLATE_NOOP("BookText", "Booked"),
    AppointmentStatus.PENDING: QT_TRANSLATE_NOOP("BookText", "Waiting to be sent"),
    AppointmentStatus.ARRIVED: QT_TRANSLATE_NOOP("BookText", "Arrived"),
    AppointmentStatus.CHECKED_IN: QT_TRANSLATE_NOOP("BookText", "Checked in"),
    AppointmentStatus.FULFILLED: QT_TRANSLATE_NOOP("BookText", "Seen"),
    AppointmentStatus.NOSHOW: QT_TRANSLATE_NOOP("BookText", "No-show"),
    AppointmentStatus.CANCELLED: QT_TRANSLATE_NOOP("BookText", "Cancelled"),
    AppointmentStatus.PROPOSED: QT_TRANSLATE_NOOP("BookText", "Held, not booked"),
    AppointmentStatus.WAITLIST: QT_TRANSLATE_NOOP("BookText", "Waiting list"),
    AppointmentStatus.ENTERED_IN_ERROR: QT_TRANSLATE_NOOP("BookText", "Entered in error"),
}
CALL_OUTCOME = {
    CallOutcome.CONFIRMED: QT_TRANSLATE_NOOP("BookText", "confirmed"),
    CallOutcome.LEFT_MESSAGE: QT_TRANSLATE_NOOP("BookText", "left message"),
    CallOutcome.NO_ANSWER: QT_TRANSLATE_NOOP("BookText", "no answer"),
    CallOutcome.RESCHEDULE: QT_TRANSLATE_NOOP("BookText", "asked to reschedule"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("BookText", text)


class BookCounts(QObject):
    """The book's texts with a count (lupdate reads plurals from a class's self.tr only)."""

    def appointments(self, count: int) -> str:
        return self.tr("%n appointment(s)", "", count)


def status_label(status: AppointmentStatus) -> str:
    """'Booked', 'Held, not booked'... in the window's language."""
    known = STATUS_LABEL.get(status)
    return _tr(str(known)) if known is not None else status.value


def outcome_text(outcome: CallOutcome) -> str:
    """'left message', 'no answer'... in the window's language."""
    return _tr(str(CALL_OUTCOME.get(outcome, outcome.value)))


def call_text(call: ConfirmationCall, clock: str) -> str:
    """The block's tooltip line: "Call: left message (10:42, desk/user)"."""
    outcome = outcome_text(call.outcome)
    return arg(
        QCoreApplication.translate("BookText", "Call: %1 (%2, %3/%4)"),
        outcome,
        clock,
        call.desk,
        call.user,
    )


def alert_text(alert: PatientAlert) -> str:
    return arg(QCoreApplication.translate("BookText", "⚠ Alert: %1"), alert.text)


def describe(entry: DayEntry, zone: ZoneInfo) -> str:
    """One line a screen reader (and the status bar) can say."""
    a = entry.appointment
    start = a.start.astimezone(zone)
    text = arg(
        QCoreApplication.translate("BookText", "%1 %2, %3, %4"),
        f"{start:%H:%M}",
        entry.patient,
        entry.service,
        label(status_kind(a)),
    )
    if a.pending:
        text += QCoreApplication.translate("BookText", ", waiting to be sent")
    if entry.call:
        outcome = _tr(str(CALL_OUTCOME.get(entry.call.outcome, entry.call.outcome.value)))
        text += arg(QCoreApplication.translate("BookText", ", call: %1"), outcome)
    if entry.alert:
        text += arg(QCoreApplication.translate("BookText", ", alert: %1"), entry.alert.text)
    return text


def spoken(entry: DayEntry, zone: ZoneInfo, home: ZoneInfo | None, provider: str) -> str:
    """The line a screen reader reads for an appointment shown in `zone` on a sheet whose home
    zone is `home`: patient, time (the zone named when not the home one), provider, service,
    status."""
    a = entry.appointment
    start, end = a.start.astimezone(zone), a.end.astimezone(zone)
    where = f" {start:%Z}" if home is not None and zone != home else ""
    status = label(status_kind(a)).lower()
    pending = QCoreApplication.translate("BookText", ", waiting to be sent") if a.pending else ""
    text = QCoreApplication.translate("BookText", "%1, %2 to %3%4, %5, %6, %7")
    at, until = f"{start:%H:%M}", f"{end:%H:%M}"
    return arg(text, entry.patient, at, until, where, provider, entry.service, status) + pending


def spoken_column(sheet: DaySheet, column: DayColumn) -> str:
    """A column as a screen reader names it: whose (and which day's) column, what is booked,
    where, and the zone its times are in."""
    title, detail = column_titles(sheet, column)
    if sheet.mode is BookMode.WEEK:
        title = f"{long_day(sheet.column_day(column))}, {column.provider.name}"
    parts = [title, detail.replace(" · ", ", ")]
    if column.location and column.location not in detail:
        parts.append(column.location)
    parts.append(arg(QCoreApplication.translate("BookText", "times in %1"), column.zone.key))
    return ", ".join(parts)


def spoken_position(row: int, rows: int, column: str) -> str:
    """Where a cell sits, for a screen reader that is not told the table's shape."""
    return arg(QCoreApplication.translate("BookText", "row %1 of %2, column %3"), row, rows, column)


def tooltip(entry: DayEntry, zone: ZoneInfo | None, home: ZoneInfo | None) -> str:
    """Rich text for hovering an appointment shown in `zone` (None: the machine's zone) on a
    sheet whose home zone is `home`; the zone is named when it is not the home one."""
    a = entry.appointment
    start = a.start.astimezone(zone)
    end = a.end.astimezone(zone)
    where = f" ({start:%Z})" if zone and home and zone != home else ""
    kind = status_kind(a)
    status = status_label(a.status)
    if kind is StatusKind.CONFIRMED:
        status = label(StatusKind.CONFIRMED)
    if a.pending:
        status += QCoreApplication.translate("BookText", " · waiting to be sent")
    lines = [
        f"<b>{entry.patient}</b>",
        f"{start:%H:%M}–{end:%H:%M}{where} · {entry.service}",
        status,
    ]
    import html  # a tooltip's, not the first frame's

    if entry.alert is not None:
        lines.append(
            f'<span style="color:#C62828"><b>{html.escape(alert_text(entry.alert))}</b></span>'
        )
    if entry.call is not None:
        lines.append(call_text(entry.call, weekday_and_time(entry.call.at.astimezone(zone))))
    if entry.series is not None:
        lines.append(html.escape(series_line(entry.series)))
    if a.notes:
        lines.append(a.notes)
    return "<br>".join(lines)


def column_titles(sheet: DaySheet, column: DayColumn) -> tuple[str, str]:
    """A column header's two lines: whose (or which day's) column, then what is booked and,
    when not said elsewhere, the location and a zone that is not the home one."""
    count = sum(
        1 for e in column.entries if e.appointment.status is not AppointmentStatus.CANCELLED
    )
    booked = BookCounts().appointments(count)
    if sheet.mode is BookMode.WEEK:
        day = sheet.column_day(column)
        return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d"), booked
    detail = booked
    if column.location and not sheet.grouped:
        detail += f" · {column.location}"
    if column.zone != sheet.zone:
        detail += f" · {datetime.combine(sheet.day, time(12), column.zone):%Z}"
    return column.provider.name, detail


def series_line(link: SeriesLink) -> str:
    """'Part of a weekly series (3 of 6)': the book's tooltip on a series' appointment."""
    from frontdesk.domain.recurrence import Frequency, Rule

    rule = Rule.parse(link.rule)
    where = (link.position, link.total)
    if rule.interval == 1:
        if rule.frequency is Frequency.WEEKLY:
            text = QCoreApplication.translate("BookText", "Part of a weekly series (%1 of %2)")
        elif rule.frequency is Frequency.MONTHLY:
            text = QCoreApplication.translate("BookText", "Part of a monthly series (%1 of %2)")
        else:
            text = QCoreApplication.translate("BookText", "Part of a daily series (%1 of %2)")
        return arg(text, *where)
    if rule.frequency is Frequency.WEEKLY:
        text = QCoreApplication.translate("BookText", "Part of a series every %1 weeks (%2 of %3)")
    elif rule.frequency is Frequency.MONTHLY:
        text = QCoreApplication.translate("BookText", "Part of a series every %1 months (%2 of %3)")
    else:
        text = QCoreApplication.translate("BookText", "Part of a series every %1 days (%2 of %3)")
    return arg(text, rule.interval, *where)
