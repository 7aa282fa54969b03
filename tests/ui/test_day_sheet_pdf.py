"""The day sheet PDF: right pages, and the patients readable in the file itself.

The text is read back from the PDF in-process (Qt writes each glyph as a CID with a ToUnicode
map), so the test needs no poppler on the machine that runs it."""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.book import DayColumn, DayEntry, DaySheet
from frontdesk.domain.models import Appointment, AppointmentStatus, Provider
from frontdesk.ui.day_sheet import (
    SheetDocument,
    SheetRow,
    SheetSection,
    calls_document,
    write_pdf,
)
from frontdesk.ui.day_sheet_dialog import DaySheetDialog
from frontdesk.ui.main_window import MainWindow
from tests.ui.conftest import NOW
from tests.ui.helpers import settle


def _objects(data: bytes) -> dict[int, bytes]:
    return {int(n): body for n, body in re.findall(rb"(\d+) 0 obj(.*?)endobj", data, re.S)}


def _stream(body: bytes) -> bytes:
    match = re.search(rb"stream\r?\n(.*?)\r?\nendstream", body, re.S)
    if match is None:
        return b""
    raw = match.group(1)
    return zlib.decompress(raw) if b"/FlateDecode" in body[: body.find(b"stream")] else raw


def _cmap(text: bytes) -> dict[int, str]:
    out: dict[int, str] = {}
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, dest in re.findall(
            rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[.*?\]|<[0-9A-Fa-f]+>)", block, re.S
        ):
            first, last = int(lo, 16), int(hi, 16)
            if dest.startswith(b"["):
                for offset, code in enumerate(re.findall(rb"<([0-9A-Fa-f]+)>", dest)):
                    out[first + offset] = bytes.fromhex(code.decode()).decode("utf-16-be")
            else:
                base = int(dest[1:-1], 16)
                for offset in range(last - first + 1):
                    out[first + offset] = chr(base + offset)
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
        for src, dest in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(src, 16)] = bytes.fromhex(dest.decode()).decode("utf-16-be")
    return out


def pdf_pages_text(path: Path) -> list[str]:
    """Each page's text, glyph by glyph (spacing is positional in a PDF, so it is left out)."""
    data = path.read_bytes()
    objects = _objects(data)
    fonts: dict[int, dict[int, str]] = {}
    for number, body in objects.items():
        unicode_ref = re.search(rb"/ToUnicode (\d+) 0 R", body)
        if b"/Type /Font" in body and unicode_ref:
            fonts[number] = _cmap(_stream(objects[int(unicode_ref.group(1))]))
    pages = []
    for body in objects.values():
        if not re.search(rb"/Type\s*/Page\b", body):
            continue
        contents = re.search(rb"/Contents (\d+) 0 R", body)
        resources = re.search(rb"/Resources (\d+) 0 R", body)
        assert contents and resources
        names = {
            name.decode(): int(ref)
            for name, ref in re.findall(rb"/(F\d+) (\d+) 0 R", objects[int(resources.group(1))])
        }
        text, cmap = [], {}
        for token in re.finditer(
            rb"/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj", _stream(objects[int(contents.group(1))])
        ):
            if token.group(1):
                cmap = fonts[names[token.group(1).decode()]]
            else:
                code = token.group(2).decode()
                text += [cmap.get(int(code[i : i + 4], 16), "?") for i in range(0, len(code), 4)]
        pages.append("".join(text))
    return pages


def squeeze(text: str) -> str:
    return "".join(text.split())


def test_a_long_day_continues_on_a_new_page_with_the_header_repeated(
    qapp: QApplication, tmp_path: Path
) -> None:
    rows = [
        SheetRow(
            f"{8 + i // 4:02d}:{i % 4 * 15:02d}", f"Zoë Müller-{i}", "Consultation", "Booked", ""
        )
        for i in range(70)
    ]
    doc = SheetDocument(
        "Day sheet · Wednesday 18 November 2026",
        "Printed 18/11/2026 08:00",
        [SheetSection("Dr Peeters", "Gent", rows), SheetSection("Dr Janssens", "Gent", rows[:2])],
    )
    path = tmp_path / "sheet.pdf"
    pages = write_pdf(doc, path)
    text = pdf_pages_text(path)
    assert pages == len(text) >= 3  # 70 rows take more than a page; then the second provider
    for page in text[1:-1]:
        assert "DrPeeters(continued)" in squeeze(page) and "Patient" in page
    first = "".join(text[:-1])
    assert all(squeeze(f"Zoë Müller-{i}") in squeeze(first) for i in range(70))
    assert squeeze("Dr Janssens") in squeeze(text[-1]) and "Peeters" not in text[-1]
    assert f"page{pages}" in squeeze(text[-1])


def written(qtbot: QtBot, window: MainWindow, act: Callable[[], None]) -> int:
    """The sheet is read on the cache worker, then written: its pages (0 when it failed)."""
    with qtbot.waitSignal(window.day_sheet_done, timeout=10_000) as done:
        act()
    return int(done.args[0])


def test_export_for_everyone_has_a_page_per_provider_when_not_compact(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "everyone.pdf"
    pages = written(
        qtbot, window, lambda: window.write_day_sheet(path, NOW.date(), None, compact=False)
    )
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    busy = [c for c in sheet.columns if c.entries]
    doc = window.last_day_sheet
    assert [s.provider for s in doc.sections] == [c.provider.name for c in busy]
    assert sorted(doc.patients) == sorted(e.patient for c in busy for e in c.entries)
    text = pdf_pages_text(path)
    assert pages == len(text) >= len(busy)
    everything = squeeze("".join(text))
    for column in busy:
        assert squeeze(column.provider.name) in everything
        for entry in column.entries:
            assert squeeze(entry.patient) in everything
            local = entry.appointment.start.astimezone(column.zone)
            assert f"{local:%H:%M}" in everything
    assert path.stat().st_size > 5_000


def test_export_for_one_provider_through_the_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    column = max(sheet.columns, key=lambda c: len(c.entries))
    entry = column.entries[0]
    window.day_view.canvas.select((entry.appointment.account, entry.appointment.id))
    dialog = window.export_day_sheet()
    assert isinstance(dialog, DaySheetDialog) and dialog.isVisible()
    day, provider = dialog.choice()
    assert day == NOW.date() and provider == column.key  # the selected appointment's provider
    dialog.provider.setCurrentIndex(0)
    assert dialog.choice()[1] is None  # "Everyone shown in the book"
    dialog.provider.setCurrentIndex(dialog.provider.findData(column.key))
    qtbot.mouseClick(dialog.provider, Qt.MouseButton.LeftButton)  # the popup opens and closes
    dialog.provider.hidePopup()
    dialog.reject()
    path = tmp_path / "one.pdf"
    assert written(qtbot, window, lambda: window.write_day_sheet(path, day, column.key)) == 1
    text = squeeze(pdf_pages_text(path)[0])
    assert squeeze(column.provider.name) in text
    assert all(squeeze(e.patient) in text for e in column.entries)
    others = [e.patient for c in sheet.columns if c is not column for e in c.entries]
    assert not any(
        squeeze(name) in text for name in others if name not in {e.patient for e in column.entries}
    )


def test_an_unwritable_path_is_explained(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    with qtbot.waitSignal(window.notice, timeout=2_000) as notice:
        pages = written(
            qtbot,
            window,
            lambda: window.write_day_sheet(tmp_path / "missing" / "x.pdf", NOW.date(), None),
        )
    assert pages == 0
    assert "Could not write the day sheet" in notice.args[0]


def test_printing_sends_the_same_pages_to_the_printer(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    settle(window)

    sheet = window.day_view.sheet
    assert sheet is not None
    column = max(sheet.columns, key=lambda c: len(c.entries))
    dialog = window.export_day_sheet()
    assert dialog.print_button.isVisible() and dialog.print_button.text() == "Print…"
    dialog.reject()
    # A printer that writes its pages to a file stands in for a real one (no print server here).
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    with qtbot.waitSignal(window.notice, timeout=2_000) as notice:
        pages = written(
            qtbot, window, lambda: window.print_day_sheet(printer, NOW.date(), column.key)
        )
    assert pages == 1 and "printer" in notice.args[0]
    text = squeeze(pdf_pages_text(printed)[0])
    assert all(squeeze(e.patient) in text for e in column.entries)


def test_the_compact_sheet_puts_several_providers_on_a_page_with_phone_numbers(
    qtbot: QtBot, window: MainWindow, demo: Opened, tmp_path: Path
) -> None:
    path = tmp_path / "compact.pdf"
    pages = written(qtbot, window, lambda: window.write_day_sheet(path, NOW.date(), None))
    doc = window.last_day_sheet
    assert doc is not None and doc.compact
    assert pages < len(doc.sections)  # providers share pages
    text = squeeze("".join(pdf_pages_text(path)))
    assert "Phone" in text
    rows = [row for section in doc.sections for row in section.rows]
    with_phone = [row for row in rows if row.phone]
    assert with_phone, "the demo's patients have phone numbers"
    assert all(squeeze(row.phone) in text for row in with_phone)
    # The numbers are the patients' own, read from the cache.
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    entry = next(e for c in sheet.columns for e in c.entries if e.appointment.patient_id)
    patient = demo.workspace.cache.patient(entry.appointment.account, entry.appointment.patient_id)
    assert patient is not None and patient.phone
    # (its spaces do not break the line: non-breaking)
    assert any(
        r.patient == entry.patient and r.phone == patient.phone.replace(" ", "\u00a0") for r in rows
    )


def test_confirmation_calls_list_the_unconfirmed_with_their_phone_numbers(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    day = NOW.date() + timedelta(days=1)
    window.go(day)
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    to_call = [
        e
        for c in sheet.columns
        for e in c.entries
        if e.appointment.status is AppointmentStatus.BOOKED and e.appointment.confirmed_at is None
    ]
    assert to_call
    path = tmp_path / "calls.pdf"
    written(qtbot, window, lambda: window.write_day_sheet(path, day, None, calls=True))
    doc = window.last_day_sheet
    assert doc is not None and doc.title.startswith("Confirmation calls · Thursday 19 November")
    rows = [row for section in doc.sections for row in section.rows]
    assert sorted(r.patient for r in rows) == sorted(e.patient for e in to_call)
    assert all(r.phone for r in rows)  # a number, or "no number on file"
    text = squeeze("".join(pdf_pages_text(path)))
    assert "Called" in text and squeeze(rows[0].phone) in text


def test_a_confirmed_or_cancelled_appointment_is_not_a_call_to_make() -> None:
    zone = ZoneInfo("Europe/Brussels")
    day = NOW.date()
    at = NOW + timedelta(hours=2)

    def entry(number: int, **changes: object) -> DayEntry:
        a = Appointment("B", str(number), "1", at, at + timedelta(minutes=20), patient_id="p")
        return DayEntry(replace(a, **changes), f"Patient {number}", "Consultation", None)  # type: ignore[arg-type]

    column = DayColumn(
        Provider("B", "1", "Dr Peeters", "1"),
        "Louise",
        [
            entry(1),
            entry(2, confirmed_at=NOW),
            entry(3, status=AppointmentStatus.CANCELLED),
        ],
        zone,
        day,
    )
    doc = calls_document(DaySheet(day, zone, [column]), NOW, {("B", "p"): "+32 2 555 01 01"})
    rows = [r for s in doc.sections for r in s.rows]
    assert [(r.patient, r.phone, r.status) for r in rows] == [
        ("Patient 1", "+32\u00a02\u00a0555\u00a001\u00a001", "☐")
    ]
