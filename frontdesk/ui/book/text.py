"""What the book says in words: column titles, tooltips and the line a screen reader reads.

Kept apart from painting and interaction so the wording is one place and testable as strings.
"""

from __future__ import annotations

import html
from datetime import datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from frontdesk.domain.alerts import alert_line
from frontdesk.domain.book import BookMode, DayColumn, DayEntry, DaySheet
from frontdesk.domain.confirmations import call_line
from frontdesk.domain.models import AppointmentStatus
from frontdesk.domain.recurrence import Frequency, Rule
from frontdesk.domain.series import SeriesLink
from frontdesk.ui.i18n import arg
from frontdesk.ui.status_icons import LABEL, StatusKind, status_kind

STATUS_LABEL = {
    AppointmentStatus.BOOKED: "Booked",
    AppointmentStatus.PENDING: "Waiting to be sent",
    AppointmentStatus.ARRIVED: "Arrived",
    AppointmentStatus.CHECKED_IN: "Checked in",
    AppointmentStatus.FULFILLED: "Seen",
    AppointmentStatus.NOSHOW: "No-show",
    AppointmentStatus.CANCELLED: "Cancelled",
    AppointmentStatus.PROPOSED: "Held, not booked",
    AppointmentStatus.WAITLIST: "Waiting list",
    AppointmentStatus.ENTERED_IN_ERROR: "Entered in error",
}


def describe(entry: DayEntry, zone: ZoneInfo) -> str:
    """One line a screen reader (and the status bar) can say."""
    a = entry.appointment
    start = a.start.astimezone(zone)
    status = LABEL[status_kind(a)]
    pending = ", waiting to be sent" if a.pending else ""
    call = f", call: {entry.call.outcome.value}" if entry.call else ""
    alert = f", alert: {entry.alert.text}" if entry.alert else ""
    return f"{start:%H:%M} {entry.patient}, {entry.service}, {status}{pending}{call}{alert}"


def spoken(entry: DayEntry, zone: ZoneInfo, home: ZoneInfo | None, provider: str) -> str:
    """The line a screen reader reads for an appointment shown in `zone` on a sheet whose home
    zone is `home`: patient, time (the zone named when not the home one), provider, service,
    status."""
    a = entry.appointment
    start, end = a.start.astimezone(zone), a.end.astimezone(zone)
    where = f" {start:%Z}" if home is not None and zone != home else ""
    status = LABEL[status_kind(a)].lower()
    pending = ", waiting to be sent" if a.pending else ""
    return (
        f"{entry.patient}, {start:%H:%M} to {end:%H:%M}{where}, {provider}, "
        f"{entry.service}, {status}{pending}"
    )


def spoken_column(sheet: DaySheet, column: DayColumn) -> str:
    """A column as a screen reader names it: whose (and which day's) column, what is booked,
    where, and the zone its times are in."""
    title, detail = column_titles(sheet, column)
    if sheet.mode is BookMode.WEEK:
        title = f"{sheet.column_day(column):%A %d %B}, {column.provider.name}"
    parts = [title, detail.replace(" · ", ", ")]
    if column.location and column.location not in detail:
        parts.append(column.location)
    parts.append(f"times in {column.zone.key}")
    return ", ".join(parts)


def spoken_position(row: int, rows: int, column: str) -> str:
    """Where a cell sits, for a screen reader that is not told the table's shape."""
    return f"row {row} of {rows}, column {column}"


def tooltip(entry: DayEntry, zone: ZoneInfo | None, home: ZoneInfo | None) -> str:
    """Rich text for hovering an appointment shown in `zone` (None: the machine's zone) on a
    sheet whose home zone is `home`; the zone is named when it is not the home one."""
    a = entry.appointment
    start = a.start.astimezone(zone)
    end = a.end.astimezone(zone)
    where = f" ({start:%Z})" if zone and home and zone != home else ""
    kind = status_kind(a)
    status = STATUS_LABEL.get(a.status, a.status.value)
    if kind is StatusKind.CONFIRMED:
        status = "Confirmed"
    if a.pending:
        status += " · waiting to be sent"
    lines = [
        f"<b>{entry.patient}</b>",
        f"{start:%H:%M}–{end:%H:%M}{where} · {entry.service}",
        status,
    ]
    if entry.alert is not None:
        lines.append(
            f'<span style="color:#C62828"><b>{html.escape(alert_line(entry.alert))}</b></span>'
        )
    if entry.call is not None:
        lines.append(call_line(entry.call, f"{entry.call.at.astimezone(zone):%a %H:%M}"))
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
    booked = f"{count} appointment" + ("" if count == 1 else "s")
    if sheet.mode is BookMode.WEEK:
        day = sheet.column_day(column)
        return f"{day:%A} {day.day}", booked
    detail = booked
    if column.location and not sheet.grouped:
        detail += f" · {column.location}"
    if column.zone != sheet.zone:
        detail += f" · {datetime.combine(sheet.day, time(12), column.zone):%Z}"
    return column.provider.name, detail


def series_line(link: SeriesLink) -> str:
    """'Part of a weekly series (3 of 6)': the book's tooltip on a series' appointment."""
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
