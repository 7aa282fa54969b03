"""The book canvas's input side: selection, clicks, double clicks, dragging an appointment to
move it, the arrow keys, tooltips and the context menu, and the signals they raise.

A QWidget base class rather than an event filter, so the events arrive in Qt's usual order and
the signals stay on the canvas (DayCanvas in book/view.py builds on it and supplies the sheet's
layout: `blocks`, `grid()` and `set_sheet`). The maths (hit tests, drops, arrow-key moves) is
in book/geometry.py; the wording in book/text.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from frontdesk.domain.book import DayEntry, DaySheet
from frontdesk.domain.models import Provider
from frontdesk.ui.book import carry, geometry
from frontdesk.ui.book.geometry import Block, Drop, Grid, Key, SlotAt, entry_key
from frontdesk.ui.book.text import describe, tooltip

ARROWS = {
    Qt.Key.Key_Down: (0, 1),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Left: (-1, 0),
}


class CanvasInteraction(QWidget):
    """Selection, pointer, keys and tooltips of the book canvas; the subclass lays it out."""

    appointment_clicked = Signal(object)  # DayEntry
    appointment_activated = Signal(object)  # DayEntry (double click, Enter)
    selection_changed = Signal(object)  # DayEntry | None
    context_requested = Signal(object, QPoint)  # DayEntry, global position
    move_requested = Signal(object)  # Drop
    ensure_visible = Signal(QRectF)  # keyboard selection moved: scroll it into view
    redrawn = Signal()  # a new sheet is drawn (the header follows)
    slot_activated = Signal(object)  # SlotAt: an empty place double-clicked (or Enter)
    slot_context_requested = Signal(object, QPoint)  # SlotAt, global position
    drop_refused = Signal(str)  # a drag let go where it cannot land: why
    slot_clicked = Signal(object)  # SlotAt: an empty place clicked (a pinned card lands there)
    dragged_out = Signal(object, QPoint)  # DayEntry let go off the columns, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet: DaySheet | None = None
        self.selected: Key | None = None
        self._press: tuple[Block, QPointF] | None = None  # the block under a held left button
        self.drop: Drop | None = None  # the ghost while dragging
        # A sheet that arrived mid-drag, shown once the drag ends (see set_sheet).
        self._deferred: tuple[DaySheet, datetime | None] | None = None
        self.slot: SlotAt | None = None  # the empty place last clicked (Enter books there)
        # Why the appointment cannot go to a provider ("" : it can); the window sets it.
        self.drop_rule: Callable[[DayEntry, Provider], str] | None = None
        self._dragged = False  # the held block has been dragged (past the drag distance)
        # The appointment a dragged pinboard card carries, by key (None: none); the window sets it.
        self.carried: Callable[[Key], DayEntry | None] | None = None
        self.setMouseTracking(True)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # -- supplied by the view (DayCanvas) ----------------------------------------------------
    @property
    def blocks(self) -> list[Block]:
        raise NotImplementedError

    def grid(self) -> Grid:
        raise NotImplementedError

    def set_sheet(self, sheet: DaySheet, now: datetime | None) -> None:
        raise NotImplementedError

    def redraw_blocks(self, *keys: Key | None) -> None:
        """These blocks' selection or drag changed (the view paints only them again)."""
        self.update()

    # -- selection -------------------------------------------------------------------------
    def block_at(self, point: QPointF) -> Block | None:
        if self.under_ruler(point):  # the ruler is painted over what is scrolled under it
            return None
        return geometry.block_at(self.blocks, point)

    def slot_at(self, point: QPointF) -> SlotAt | None:
        return None if self.under_ruler(point) else self.grid().slot_at(point)

    def under_ruler(self, point: QPointF) -> bool:
        return False

    def block_for(self, key: Key | None) -> Block | None:
        return geometry.block_for(self.blocks, key)

    def selected_entry(self) -> DayEntry | None:
        if self.selected is None:  # asked after every sheet drawn: no search of the blocks
            return None
        block = self.block_for(self.selected)
        return block.entry if block else None

    def select(self, key: Key | None) -> None:
        if key == self.selected:
            return
        previous, self.selected = self.selected, key
        entry = self.selected_entry()
        if entry is not None:
            block = self.block_for(key)
            assert block is not None
            self.setAccessibleDescription(describe(entry, block.zone))
        self.redraw_blocks(previous, key)
        self.selection_changed.emit(entry)

    def focusInEvent(self, event: QFocusEvent) -> None:
        entry = self.selected_entry()
        block = self.block_for(self.selected)
        if entry is not None and block is not None:
            self.setAccessibleDescription(describe(entry, block.zone))
        super().focusInEvent(event)

    # -- tooltips --------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self.block_at(QPointF(event.pos()))
            if block is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(block.entry), self)
            return True
        return super().event(event)

    def tooltip_for(self, entry: DayEntry) -> str:
        block = next((b for b in self.blocks if b.entry is entry), None)
        return tooltip(
            entry, block.zone if block else None, self.sheet.zone if self.sheet else None
        )

    # -- mouse: select, open, drag to move -------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position())
        self.select(None if block is None else entry_key(block.entry))
        self.set_slot(None if block is not None else self.slot_at(event.position()))
        self._dragged = False
        if block is not None:
            self.appointment_clicked.emit(block.entry)
            if event.button() == Qt.MouseButton.LeftButton:
                self._press = (block, event.position())
        elif self.slot is not None and event.button() == Qt.MouseButton.LeftButton:
            self.slot_clicked.emit(self.slot)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return super().mouseMoveEvent(event)
        block, origin = self._press
        if self.drop is None:
            # A click that wobbles is not a drag.
            distance = (event.position() - origin).manhattanLength()
            if distance < QApplication.startDragDistance():
                return None
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self._dragged = True
            picked = True  # the block is drawn faded while it is dragged
        else:
            picked = False
        drop = self.grid().drop_at(block, event.position(), origin)
        if drop is not None and drop.allowed and self.drop_rule is not None:
            why = self.drop_rule(drop.entry, drop.column.provider)
            if why:
                drop = replace(drop, allowed=False, why=why)
        self.drop = drop
        if picked and drop is not None:
            self.redraw_blocks(entry_key(block.entry))
        self.update()
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drop = self.drop
        if drop is None and self._dragged and self._press is not None:
            # Let go off the columns: over the pinboard, the window pins it.
            self.dragged_out.emit(self._press[0].entry, event.globalPosition().toPoint())
        self._dragged = False
        self._press = None
        self.drop = None
        self.unsetCursor()
        if drop is not None:
            self.redraw_blocks(entry_key(drop.entry))
        self.update()
        if self._deferred is not None:
            self.set_sheet(*self._deferred)
        if drop is not None and not drop.allowed and drop.why:
            self.drop_refused.emit(drop.why)
        if drop is not None and drop.allowed and carry.moves(drop):
            # Only asked for: the window confirms before anything is sent.
            self.move_requested.emit(drop)
        super().mouseReleaseEvent(event)

    # -- a pinboard card dragged onto the book (book/carry.py) ----------------------------
    def _carried_entry(self, event: QDropEvent) -> DayEntry | None:
        key = carry.key_of(event.mimeData())
        return None if key is None or self.carried is None else self.carried(key)

    def _carried_drop(self, event: QDropEvent) -> Drop | None:
        entry = self._carried_entry(event)
        slot = self.slot_at(event.position())  # a card lands on the quarter hour, as a click
        if entry is None or slot is None:
            return None
        return carry.landing(entry, slot.column, slot.start, self.drop_rule)

    def _show_carried(self, drop: Drop | None) -> None:
        before = self.drop
        self.drop = drop
        shown = drop or before
        if shown is not None and (before is None) != (drop is None):
            self.redraw_blocks(entry_key(shown.entry))  # its block, if drawn, fades or returns
        self.update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._carried_entry(event) is None:
            event.ignore()
            return
        event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._carried_entry(event) is None:
            event.ignore()
            return
        self._show_carried(self._carried_drop(event))
        event.acceptProposedAction()  # a refused place says why when let go

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._show_carried(None)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        drop = self._carried_drop(event)
        self._show_carried(None)
        if drop is None:
            event.ignore()
            return
        event.acceptProposedAction()
        if not drop.allowed and drop.why:
            self.drop_refused.emit(drop.why)
        elif drop.allowed and carry.moves(drop):
            self.move_requested.emit(drop)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position())
        if block is not None:
            self.appointment_activated.emit(block.entry)
            return
        slot = self.slot_at(event.position())
        if slot is not None:  # an empty place: book there
            self.set_slot(slot)
            self.slot_activated.emit(slot)

    def set_slot(self, slot: SlotAt | None) -> None:
        if slot != self.slot:
            self.slot = slot
            self.update()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            block = self.block_at(QPointF(event.pos()))
            self.select(None if block is None else entry_key(block.entry))
            if block is None:  # an empty place: "New appointment here"
                slot = self.slot_at(QPointF(event.pos()))
                self.set_slot(slot)
                if slot is not None:
                    self.slot_context_requested.emit(slot, event.globalPos())
                return
        else:  # the Menu key: at the selected appointment, else at the place clicked
            block = self.block_for(self.selected)
            if block is None and self.slot is not None:
                rect = self.grid().slot_rect(self.slot)
                where = self.mapToGlobal(rect.center().toPoint())
                self.slot_context_requested.emit(self.slot, where)
                return
        if block is None:
            return
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            where = event.globalPos()
        else:
            where = self.mapToGlobal(block.rect.center().toPoint())
        self.context_requested.emit(block.entry, where)

    # -- keyboard --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.drop is not None:
            # Escape drops nothing: the drag is abandoned.
            self.redraw_blocks(entry_key(self.drop.entry))
            self.drop = None
            self._press = None
            self.unsetCursor()
            if self._deferred is not None:
                self.set_sheet(*self._deferred)
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            entry = self.selected_entry()
            if entry is not None:
                self.appointment_activated.emit(entry)
            elif self.slot is not None:
                self.slot_activated.emit(self.slot)
            return
        step = ARROWS.get(Qt.Key(key))
        # Alt+arrows belong to the window (previous/next day).
        if step is None or event.modifiers() & Qt.KeyboardModifier.AltModifier:
            super().keyPressEvent(event)
            return
        target = self._neighbour(*step)
        if target is not None:
            self.select(entry_key(target.entry))
            self.ensure_visible.emit(target.rect)

    def _neighbour(self, dx: int, dy: int) -> Block | None:
        blocks = self.blocks
        current = self.block_for(self.selected) if blocks else None
        return geometry.neighbour(blocks, current, dx, dy, self.grid().column_count)
