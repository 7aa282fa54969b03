"""The painted book as a screen reader sees it: a table of columns (a provider, or a day in the
week view) whose cells are the appointments, and the announcements of what changes.

PySide6 cannot implement QAccessibleTableInterface (it is not exposed), so the canvas is a Table
whose children are Column interfaces, each holding one Cell per appointment; every cell's
description says where it sits ("row 3 of 12, column Dr Raman"). Qt keeps registered
interfaces by id: the Python objects are kept here too, and the cells of a sheet are
unregistered when the sheet (or its layout) is replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPoint, QRect, QRectF
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget

from frontdesk.domain.book import DaySheet
from frontdesk.ui.book.geometry import Block, entry_key
from frontdesk.ui.book.interaction import CanvasInteraction
from frontdesk.ui.book.text import spoken, spoken_column, spoken_position

# PySide6's stubs say child(), childAt() and focusChild() never return None; Qt expects
# nullptr for "none", hence the ignores below.
Role = QAccessible.Role
Text = QAccessible.Text


@dataclass(frozen=True)
class Posted:
    """An accessibility event as it was sent: what kind, about which line, how urgently."""

    kind: QAccessible.Event
    text: str
    assertive: bool = False


# Called with every event this module posts. Qt offers no update handler to Python, so tests
# (and a future log) listen here.
RECORDERS: list[Callable[[Posted], None]] = []


def _post(event: QAccessibleEvent, posted: Posted) -> None:
    for record in RECORDERS:
        record(posted)
    if QAccessible.isActive():
        QAccessible.updateAccessibility(event)


def _listening() -> bool:
    return QAccessible.isActive() or bool(RECORDERS)


def announce(widget: QObject, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say `text` (assertive: at once, interrupting; else when idle)."""
    if not text or not _listening():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    _post(event, Posted(QAccessible.Event.Announcement, text, assertive))


class _Node(QAccessibleInterface):
    """What the column and the cell interfaces share: no QObject of their own, the canvas's
    window, no text to set."""

    def __init__(self, book: BookAccessible) -> None:
        super().__init__()
        self.book = book

    def isValid(self) -> bool:
        return self.book.alive

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self.book.window()

    def relations(  # type: ignore[override]
        self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations
    ) -> list[tuple[QAccessibleInterface, QAccessible.RelationFlag]]:
        return []

    def setText(self, t: QAccessible.Text, text: str) -> None:
        pass

    def _screen(self, rect: QRectF) -> QRect:
        canvas = self.book.canvas
        local = rect.toAlignedRect()
        return QRect(canvas.mapToGlobal(local.topLeft()), local.size())


class CellAccessible(_Node):
    """One appointment: its spoken line, where it sits, selected and focused as the book is."""

    def __init__(self, book: BookAccessible, column: ColumnAccessible, block: Block) -> None:
        super().__init__(book)
        self.column = column
        self.block = block
        self.key = entry_key(block.entry)
        self.name = ""
        self.position = ""

    def parent(self) -> QAccessibleInterface:
        return self.column

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def role(self) -> QAccessible.Role:
        return Role.Cell

    def text(self, t: QAccessible.Text) -> str:
        if t == Text.Name:
            return self.name
        if t == Text.Description:
            return self.position
        return ""

    def rect(self) -> QRect:
        return self._screen(self.block.rect)

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        selected = self.book.canvas.selected == self.key
        state.selected = selected
        state.focused = selected and self.book.canvas.hasFocus()
        return state


class ColumnAccessible(_Node):
    """One column of the book: a provider's (or a day's), its appointments top to bottom."""

    def __init__(self, book: BookAccessible, index: int, name: str) -> None:
        super().__init__(book)
        self.index = index
        self.name = name
        self.cells: list[CellAccessible] = []

    def parent(self) -> QAccessibleInterface:
        return self.book

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return self.cells[index] if 0 <= index < len(self.cells) else None

    def childCount(self) -> int:
        return len(self.cells)

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return next((i for i, c in enumerate(self.cells) if c is child), -1)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return next((c for c in self.cells if c.rect().contains(x, y)), None)

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        cell = self.book.selected_cell()
        return cell if cell is not None and cell.column is self else None

    def role(self) -> QAccessible.Role:
        return Role.Column

    def text(self, t: QAccessible.Text) -> str:
        return self.name if t == Text.Name else ""

    def rect(self) -> QRect:
        grid = self.book.canvas.grid()
        left = grid.column_left(self.index)
        height = float(self.book.canvas.height())
        return self._screen(QRectF(left, 0.0, grid.column_width, height))

    def state(self) -> QAccessible.State:
        return QAccessible.State()


class BookAccessible(QAccessibleWidget):
    """The canvas: a Table of columns. The columns and cells follow the canvas's laid-out
    blocks, built again when the sheet or the layout changes."""

    def __init__(self, canvas: CanvasInteraction) -> None:
        super().__init__(canvas, Role.Table, "")
        self.canvas = canvas
        self.alive = True
        self._columns: list[ColumnAccessible] = []
        self._built_for: tuple[DaySheet | None, list[Block] | None] = (None, None)
        self._ids: list[int] = []

    # -- the tree, kept in step with the canvas ----------------------------------------------
    def columns(self) -> list[ColumnAccessible]:
        blocks = self.canvas.blocks if self.canvas.sheet is not None else None
        sheet = self.canvas.sheet
        if self._built_for[0] is not sheet or self._built_for[1] is not blocks:
            self._build(sheet, blocks or [])
        return self._columns

    def _build(self, sheet: DaySheet | None, blocks: list[Block]) -> None:
        self.forget()
        self._built_for = (sheet, blocks if sheet is not None else None)
        if sheet is None:
            return
        columns = [
            ColumnAccessible(self, i, spoken_column(sheet, column))
            for i, column in enumerate(sheet.columns)
        ]
        for block in sorted(blocks, key=lambda b: (b.column, b.rect.top(), b.rect.left())):
            if 0 <= block.column < len(columns):
                column = columns[block.column]
                column.cells.append(CellAccessible(self, column, block))
        for column in columns:
            title = sheet.columns[column.index].provider.name
            rows = len(column.cells)
            for row, cell in enumerate(column.cells, 1):
                cell.name = spoken(cell.block.entry, cell.block.zone, sheet.zone, title)
                cell.position = spoken_position(row, rows, column.name.split(", ")[0])
        for node in [*columns, *(c for column in columns for c in column.cells)]:
            self._ids.append(QAccessible.registerAccessibleInterface(node))
        self._columns = columns

    def forget(self) -> None:
        """Unregister the columns and cells (Qt deletes them); their Python side goes too."""
        for unique in self._ids:
            QAccessible.deleteAccessibleInterface(unique)
        self._ids = []
        self._columns = []

    def selected_cell(self) -> CellAccessible | None:
        key = self.canvas.selected
        if key is None:
            return None
        cells = (c for column in self.columns() for c in column.cells)
        return next((c for c in cells if c.key == key), None)

    # -- QAccessibleInterface ----------------------------------------------------------------
    def childCount(self) -> int:
        return len(self.columns())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        columns = self.columns()
        return columns[index] if 0 <= index < len(columns) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return next((i for i, c in enumerate(self.columns()) if c is child), -1)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        local = self.canvas.mapFromGlobal(QPoint(x, y))
        index = self.canvas.grid().column_at(local.x())
        columns = self.columns()
        if index is None or not 0 <= index < len(columns) or not self.canvas.rect().contains(local):
            return None
        return columns[index]

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return self.selected_cell() if self.canvas.hasFocus() else None

    def role(self) -> QAccessible.Role:
        return Role.Table

    def text(self, t: QAccessible.Text) -> str:
        if t == Text.Name:
            return self.canvas.accessibleName()
        if t == Text.Description:
            return self.canvas.accessibleDescription()
        return str(super().text(t))


# Interfaces the factory made, by canvas: Python must keep them while Qt uses them.
_LIVE: dict[int, BookAccessible] = {}


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, CanvasInteraction):
        return None
    book = _LIVE.get(id(obj))
    if book is None:
        live = id(obj)
        book = BookAccessible(obj)
        _LIVE[live] = book
        obj.destroyed.connect(lambda _=None: _drop(live))
    return book


def _drop(key: int) -> None:
    book = _LIVE.pop(key, None)
    if book is not None:
        book.alive = False
        book.forget()


_installed = False


def install(canvas: CanvasInteraction) -> None:
    """Make the book readable (once per process) and announce `canvas`'s selection."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
    canvas.selection_changed.connect(lambda _entry: selection_moved(canvas))


def selection_moved(canvas: CanvasInteraction) -> None:
    """The selected appointment changed: a screen reader moves to it and reads its line."""
    if not _listening():
        return
    book = QAccessible.queryAccessibleInterface(canvas)
    if not isinstance(book, BookAccessible):
        return
    cell = book.selected_cell()
    if cell is None:
        return
    kind = QAccessible.Event.Focus if canvas.hasFocus() else QAccessible.Event.Selection
    _post(QAccessibleEvent(cell, kind), Posted(kind, cell.name))
