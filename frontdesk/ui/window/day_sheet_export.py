"""The day sheet: its dialog (one provider or everyone, PDF or printer), then a PDF or a print.

The sheet is read from the cache on the worker, with the book's options as shown (cancelled,
grouping) but one provider's column or everyone's; `done` tells how many pages came out (0: it
failed, and `notice` said why). The dialog, the printing support and the PDF writer are
imported when first used: none is needed for the window's first frame.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from frontdesk.domain.book import BookMode, DaySheet, ProviderKey
from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.models import Patient
from frontdesk.sync.facade.book import BookOptions, SheetRequest
from frontdesk.ui.domain_text import error_text
from frontdesk.ui.i18n import arg
from frontdesk.ui.window.book_controller import BookController

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

    from frontdesk.ui.day_sheet import SheetDocument
    from frontdesk.ui.day_sheet_dialog import DaySheetDialog


class PatientReader(Protocol):
    """The workspace, asked for the patients' phone numbers (on the cache worker)."""

    async def patient(self, account: str, patient_id: str) -> Patient | None: ...


@dataclass(frozen=True)
class SheetKind:
    compact: bool = True  # several providers to a page
    calls: bool = False  # the confirmation calls instead of the day sheet


class PagesText(QObject):
    """A plural of its own (lupdate reads plurals from a class's self.tr only)."""

    def pages(self, pages: int) -> str:
        return self.tr("%n page(s)", "", pages)


def pages_text(pages: int) -> str:
    return PagesText().pages(pages)


class DaySheetExport(QObject):
    done = Signal(int)  # pages just written or printed (0: failed)
    notice = Signal(str)  # a message for the status bar

    def __init__(self, controller: BookController, window: QWidget) -> None:
        """`controller`: what the book shows (the day, the provider selected, the options);
        `window`: the dialogs' parent."""
        super().__init__(window)
        self.controller = controller
        self.window = window
        self.dialog: DaySheetDialog | None = None  # the last one opened
        self.last_document: SheetDocument | None = None  # the last written or printed
        self.patients: PatientReader | None = None  # set on attach: phone numbers

    def open_dialog(self) -> DaySheetDialog:
        """The dialog, on the day shown and the provider of the week or of the appointment
        selected; accepted, it asks where to write the PDF, or which printer."""
        from frontdesk.ui.day_sheet_dialog import DaySheetDialog

        shown = self.controller
        entry = shown.day_view.selected_entry()
        chosen: ProviderKey | None = None
        if shown.view.mode is BookMode.WEEK:
            chosen = shown.week_provider_key()
        elif entry is not None:
            chosen = (entry.appointment.account, entry.appointment.provider_id)
        dialog = DaySheetDialog(shown.book.providers(), shown.day, chosen, self.window)
        dialog.accepted.connect(lambda: self._ask_destination(dialog))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _ask_destination(self, dialog: DaySheetDialog) -> None:
        day, provider = dialog.choice()
        kind = SheetKind(compact=dialog.compact.isChecked(), calls=dialog.wants_calls())
        if dialog.wants_print:
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loaded when printing

            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            chooser = QPrintDialog(printer, self.window)
            if chooser.exec() == QPrintDialog.DialogCode.Accepted:
                self.print(printer, day, provider, kind)
            return
        what = "confirmation-calls" if kind.calls else "day-sheet"
        name = f"{what}-{day:%Y-%m-%d}.pdf"
        # Imported here: making PySide6's QFileDialog type costs the first frame ~2 ms.
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.window, "Export day sheet", name, "PDF (*.pdf)")
        if path:
            self.write(Path(path), day, provider, kind)

    def print(
        self,
        printer: QPagedPaintDevice,
        day: date,
        provider: ProviderKey | None,
        kind: SheetKind | None = None,
    ) -> None:
        """Prints the sheet on `printer` (a QPrinter) once it is read from the cache."""
        from frontdesk.ui.day_sheet import paint_document

        def done(document: SheetDocument) -> None:
            pages = paint_document(document, printer)
            self.last_document = document
            self.notice.emit(arg(self.tr("Day sheet sent to the printer (%1)"), pages_text(pages)))
            self.done.emit(pages)

        self._read(day, provider, done, kind or SheetKind())

    def write(
        self, path: Path, day: date, provider: ProviderKey | None, kind: SheetKind | None = None
    ) -> None:
        """Writes the PDF at `path` once the sheet is read from the cache."""
        from frontdesk.ui.day_sheet import write_pdf

        def done(document: SheetDocument) -> None:
            try:
                pages = write_pdf(document, path)
            except OSError as exc:
                why = exc.strerror or str(exc)
                self.notice.emit(arg(self.tr("Could not write the day sheet: %1"), why))
                self.done.emit(0)
                return
            self.last_document = document
            written = self.tr("Day sheet written to %1 (%2)")
            self.notice.emit(arg(written, path, pages_text(pages)))
            self.done.emit(pages)

        self._read(day, provider, done, kind or SheetKind())

    def _read(
        self,
        day: date,
        provider: ProviderKey | None,
        then: Callable[[SheetDocument], None],
        kind: SheetKind,
    ) -> None:
        from frontdesk.ui import tasks
        from frontdesk.ui.day_sheet import calls_document, sheet_document

        options = self.controller.options()
        if provider is not None:
            options = BookOptions(
                show_cancelled=options.show_cancelled,
                group_by_location=options.group_by_location,
                providers={provider},
            )
        request = SheetRequest(day, BookMode.DAY, options)
        book = self.controller.book

        def failed(error: FrontdeskError) -> None:
            self.notice.emit(arg(self.tr("Could not read the day sheet: %1"), error_text(error)))
            self.done.emit(0)

        patients = self.patients

        async def read() -> tuple[DaySheet, dict[tuple[str, str], str]]:
            sheet = await book.sheet(request)
            phones: dict[tuple[str, str], str] = {}
            if patients is None:
                return sheet, phones
            keys = {
                (e.appointment.account, patient_id)
                for c in sheet.columns
                for e in c.entries
                if (patient_id := e.appointment.patient_id)
            }
            for account, patient_id in sorted(keys):  # each read on the cache worker
                found = await patients.patient(account, patient_id)
                if found is not None and found.phone:
                    phones[(account, patient_id)] = found.phone
            return sheet, phones

        def document(read: tuple[DaySheet, dict[tuple[str, str], str]]) -> None:
            sheet, phones = read
            now = book.clock.now()
            if kind.calls:
                then(calls_document(sheet, now, phones, provider))
            else:
                then(sheet_document(sheet, now, provider, phones, compact=kind.compact))

        tasks.run(read(), document, failed)
