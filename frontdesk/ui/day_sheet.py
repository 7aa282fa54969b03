"""The printed day sheet: one day, one provider or everyone, as a clean table per provider
(time, patient, service, status, notes). Painted with QPainter on any paged device, so the same
code writes the PDF (QPdfWriter, in QtGui) and feeds a printer (QPrinter)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLocale,
    QMarginsF,
    QObject,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from frontdesk.domain.book import DayColumn, DaySheet, ProviderKey
from frontdesk.domain.models import AppointmentStatus
from frontdesk.ui.i18n import arg
from frontdesk.ui.status_icons import label, status_kind

# Column titles translated when painted (context "DaySheet").
COLUMNS = (
    (str(QT_TRANSLATE_NOOP("DaySheet", "Time")), 0.15),
    (str(QT_TRANSLATE_NOOP("DaySheet", "Patient")), 0.20),
    (str(QT_TRANSLATE_NOOP("DaySheet", "Phone")), 0.17),
    (str(QT_TRANSLATE_NOOP("DaySheet", "Service")), 0.19),
    (str(QT_TRANSLATE_NOOP("DaySheet", "Status")), 0.11),
    (str(QT_TRANSLATE_NOOP("DaySheet", "Notes")), 0.18),
)
# The confirmation calls: the same row, read as who to call and a box to tick.
CALL_COLUMNS = (
    (str(QT_TRANSLATE_NOOP("DaySheet", "Time")), 0.08),
    (str(QT_TRANSLATE_NOOP("DaySheet", "Patient")), 0.22),
    (str(QT_TRANSLATE_NOOP("DaySheet", "Phone")), 0.20),
    (str(QT_TRANSLATE_NOOP("DaySheet", "With")), 0.30),
    (str(QT_TRANSLATE_NOOP("DaySheet", "Called")), 0.08),
    (str(QT_TRANSLATE_NOOP("DaySheet", "Notes")), 0.12),
)
Phones = Mapping[tuple[str, str], str]  # (account, patient id) -> phone number
RESOLUTION = 300  # dots per inch of the PDF's coordinate system


@dataclass(frozen=True)
class SheetRow:
    time: str
    patient: str
    service: str
    status: str
    notes: str
    phone: str = ""

    def cells(self) -> tuple[str, str, str, str, str, str]:
        return (self.time, self.patient, self.phone, self.service, self.status, self.notes)


@dataclass(frozen=True)
class SheetSection:
    provider: str
    subtitle: str  # location, and the zone when it is not the home zone
    rows: list[SheetRow]
    printed: str = ""  # when it was printed, on this location's clock ("" : the document's)


@dataclass(frozen=True)
class SheetDocument:
    title: str
    printed: str
    sections: list[SheetSection]
    columns: tuple[tuple[str, float], ...] = COLUMNS
    compact: bool = False  # providers follow each other, several to a page

    @property
    def patients(self) -> list[str]:
        return [row.patient for section in self.sections for row in section.rows]


def sheet_document(
    sheet: DaySheet,
    printed_at: datetime,
    provider: ProviderKey | None = None,
    phones: Phones | None = None,
    *,
    compact: bool = False,
) -> SheetDocument:
    """The sheet's day for `provider`, or for every provider with appointments that day, with
    each patient's phone number when `phones` has it."""
    phones = phones or {}
    sections = []
    for column in sheet.columns:
        if provider is not None and column.key != provider:
            continue
        if provider is None and not column.entries:
            continue
        rows = []
        for entry in sorted(column.entries, key=lambda e: e.appointment.start):
            a = entry.appointment
            start = a.start.astimezone(column.zone)
            end = a.end.astimezone(column.zone)
            status = label(status_kind(a))
            if a.pending:
                status += QCoreApplication.translate("DaySheet", " (not sent yet)")
            notes = " ".join(a.notes.split())
            phone = unbroken(phones.get((a.account, a.patient_id or ""), ""))
            rows.append(
                SheetRow(
                    f"{start:%H:%M}–{end:%H:%M}", entry.patient, entry.service, status, notes, phone
                )
            )
        count = SheetCounts().appointments(len(rows))
        subtitle = f"{column.location} · {count}" if column.location else count
        if column.zone != sheet.zone:
            subtitle += arg(
                QCoreApplication.translate("DaySheet", " · times in %1"), column.zone.key
            )
        sections.append(
            SheetSection(
                column.provider.name,
                subtitle.strip(" ·"),
                rows,
                printed_text(printed_at, column.zone),
            )
        )
    day = sheet.day
    return SheetDocument(
        arg(QCoreApplication.translate("DaySheet", "Day sheet · %1"), full_day(day)),
        printed_text(printed_at, sheet.zone),
        sections,
        compact=compact,
    )


def calls_document(
    sheet: DaySheet, printed_at: datetime, phones: Phones, provider: ProviderKey | None = None
) -> SheetDocument:
    """The confirmation calls for the sheet's day: every booked appointment not yet confirmed,
    by location then time, with the patient's phone number and a box to tick once called."""
    sections = []
    no_number = QCoreApplication.translate("DaySheet", "no number on file")
    by_location: dict[str, list[tuple[datetime, SheetRow]]] = {}
    zones: dict[str, DayColumn] = {}
    for column in sheet.columns:
        if provider is not None and column.key != provider:
            continue
        for entry in column.entries:
            a = entry.appointment
            if a.status is not AppointmentStatus.BOOKED or a.confirmed_at is not None:
                continue
            start = a.start.astimezone(column.zone)
            phone = unbroken(phones.get((a.account, a.patient_id or ""), "")) or no_number
            row = SheetRow(
                f"{start:%H:%M}",
                entry.patient,
                f"{column.provider.name} · {entry.service}".strip(" ·"),
                "☐",
                "",
                phone,
            )
            where = column.location or column.provider.account
            by_location.setdefault(where, []).append((a.start, row))
            zones.setdefault(where, column)
    for where in sorted(by_location, key=str.casefold):
        rows = [row for _, row in sorted(by_location[where], key=lambda item: item[0])]
        column = zones[where]
        count = SheetCounts().to_call(len(rows))
        zone = arg(QCoreApplication.translate("DaySheet", " · times in %1"), column.zone.key)
        subtitle = f"{count}{zone}" if column.zone != sheet.zone else count
        sections.append(SheetSection(where, subtitle, rows, printed_text(printed_at, column.zone)))
    day = sheet.day
    return SheetDocument(
        arg(QCoreApplication.translate("DaySheet", "Confirmation calls · %1"), full_day(day)),
        printed_text(printed_at, sheet.zone),
        sections,
        CALL_COLUMNS,
        compact=True,
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("DaySheet", text)


class SheetCounts(QObject):
    """The sheet's counts (lupdate reads plurals from a class's self.tr only)."""

    def appointments(self, count: int) -> str:
        return self.tr("%n appointment(s)", "", count)

    def to_call(self, count: int) -> str:
        return self.tr("%n to call", "", count)


def full_day(day: date) -> str:
    """'Wednesday 18 November 2026', 'mercredi 18 novembre 2026'."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def unbroken(phone: str) -> str:
    """A phone number is read in one go: its spaces do not break the line."""
    return phone.replace(" ", "\u00a0")


def printed_text(printed_at: datetime, zone: ZoneInfo) -> str:
    """On the clinic's own clock, its zone named: a sheet printed in Brussels for Sydney says
    when that was in Sydney."""
    local = printed_at.astimezone(zone)
    printed = QCoreApplication.translate("DaySheet", "Printed %1")
    return arg(printed, f"{local:%d/%m/%Y %H:%M} {local.tzname()}")


class _Painter:
    """Lays the document out on pages: each provider starts a page; long days continue on the
    next with the table header repeated."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice) -> None:
        self.p = painter
        self.device = device
        rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
        self.page = QRectF(0, 0, rect.width(), rect.height())
        self.pages = 1
        self.y = 0.0
        self.base = QFont("DejaVu Sans")
        self.base.setStyleHint(QFont.StyleHint.SansSerif)
        self.base.setPointSizeF(9.5)
        self.bold = QFont(self.base)
        self.bold.setBold(True)
        self.title = QFont(self.base)
        self.title.setPointSizeF(15)
        self.title.setBold(True)
        self.small = QFont(self.base)
        self.small.setPointSizeF(8)
        self.pad = self.px(1.6)
        self.columns: tuple[tuple[str, float], ...] = COLUMNS

    def metrics(self, font: QFont) -> QFontMetricsF:
        """Measured on the page, not on the screen: the PDF has its own resolution."""
        return QFontMetricsF(font, self.device)

    def px(self, mm: float) -> float:
        return mm / 25.4 * self.device.logicalDpiY()

    def new_page(self) -> None:
        self.device.newPage()
        self.pages += 1
        self.y = 0.0

    def page_top(self, doc: SheetDocument, section: SheetSection) -> None:
        p = self.p
        p.setPen(QColor("#5B6472"))
        p.setFont(self.small)
        small = self.metrics(self.small)
        p.drawText(QRectF(0, 0, self.page.width(), small.height()), doc.title)
        p.drawText(
            QRectF(0, 0, self.page.width(), small.height()),
            Qt.AlignmentFlag.AlignRight,
            arg(
                QCoreApplication.translate("DaySheet", "%1 · page %2"),
                section.printed or doc.printed,
                self.pages,
            ),
        )
        self.y = small.height() + self.px(3)

    def section_height(self, section: SheetSection, rows: int) -> float:
        """The section's title, subtitle, column header and its first `rows` rows."""
        height = self.metrics(self.title).height() + self.metrics(self.base).height()
        titles = [_tr(c) for c, _ in self.columns]
        height += self.px(3) + self.row_height(titles, self.bold)
        for row in section.rows[:rows]:
            height += self.row_height(row.cells(), self.base)
        return height

    def header(
        self, doc: SheetDocument, section: SheetSection, continued: bool, *, top: bool = True
    ) -> None:
        p = self.p
        if top:
            self.page_top(doc, section)
        p.setPen(QColor("#111111"))
        p.setFont(self.title)
        title = self.metrics(self.title)
        more = QCoreApplication.translate("DaySheet", " (continued)")
        name = section.provider + (more if continued else "")
        p.drawText(QRectF(0, self.y, self.page.width(), title.height()), name)
        self.y += title.height()
        subtitle = section.subtitle
        if not top and section.printed and section.printed != doc.printed:
            subtitle = f"{subtitle} · {section.printed}".strip(" ·")  # its own clinic's clock
        if subtitle:
            p.setFont(self.base)
            p.setPen(QColor("#5B6472"))
            p.drawText(
                QRectF(0, self.y, self.page.width(), self.metrics(self.base).height()),
                subtitle,
            )
            self.y += self.metrics(self.base).height()
        self.y += self.px(3)
        self.row([_tr(c) for c, _ in self.columns], header=True)

    def widths(self) -> list[float]:
        return [self.page.width() * share for _, share in self.columns]

    def row_height(self, cells: list[str] | tuple[str, ...], font: QFont) -> float:
        metrics = self.metrics(font)
        tallest = metrics.height()
        for text, width in zip(cells, self.widths(), strict=True):
            box = metrics.boundingRect(
                QRectF(0, 0, width - 2 * self.pad, 10_000),
                int(Qt.TextFlag.TextWordWrap),
                text,
            )
            tallest = max(tallest, box.height())
        return tallest + 2 * self.pad

    def row(
        self, cells: list[str] | tuple[str, ...], *, header: bool = False, shade: bool = False
    ) -> None:
        p = self.p
        font = self.bold if header else self.base
        height = self.row_height(cells, font)
        if header or shade:
            p.fillRect(
                QRectF(0, self.y, self.page.width(), height),
                QColor("#E8ECF1") if header else QColor("#F6F8FA"),
            )
        p.setFont(font)
        p.setPen(QColor("#111111"))
        x = 0.0
        for text, width in zip(cells, self.widths(), strict=True):
            p.drawText(
                QRectF(x + self.pad, self.y + self.pad, width - 2 * self.pad, height),
                int(
                    Qt.AlignmentFlag.AlignLeft
                    | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap
                ),
                text,
            )
            x += width
        p.setPen(QPen(QColor("#C9D1DB"), max(1.0, self.px(0.2))))
        p.drawLine(0, int(self.y + height), int(self.page.width()), int(self.y + height))
        self.y += height

    def document(self, doc: SheetDocument) -> None:
        if not doc.sections:
            nothing = QCoreApplication.translate("DaySheet", "No appointments")
            self.header(doc, SheetSection(nothing, "", []), False)
            return
        self.columns = doc.columns
        for number, section in enumerate(doc.sections):
            top = True
            if number and doc.compact:
                # Several providers to a page: the next starts here when its header and a few
                # of its rows fit, else on a new page.
                gap = self.px(6)
                if self.y + gap + self.section_height(section, 3) <= self.page.height():
                    self.y += gap
                    top = False
                else:
                    self.new_page()
            elif number:
                self.new_page()
            self.header(doc, section, False, top=top)
            if not section.rows:
                self.p.setFont(self.base)
                self.p.drawText(
                    QRectF(0, self.y + self.pad, self.page.width(), self.page.height()),
                    QCoreApplication.translate("DaySheet", "No appointments."),
                )
            for index, row in enumerate(section.rows):
                if self.y + self.row_height(row.cells(), self.base) > self.page.height():
                    self.new_page()
                    self.header(doc, section, True)
                self.row(row.cells(), shade=index % 2 == 1)


def paint_document(doc: SheetDocument, device: QPagedPaintDevice) -> int:
    """Paints on `device` (a QPdfWriter or a QPrinter); returns the number of pages."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the file cannot be written there (check the folder exists and is writable)")
    try:
        layout = _Painter(painter, device)
        layout.document(doc)
        return layout.pages
    finally:
        painter.end()


def write_pdf(doc: SheetDocument, path: Path) -> int:
    """Writes an A4 PDF; returns its number of pages."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(doc.title)
    writer.setCreator("frontdesk")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(14, 14, 14, 14),
            QPageLayout.Unit.Millimeter,
        )
    )
    return paint_document(doc, writer)
