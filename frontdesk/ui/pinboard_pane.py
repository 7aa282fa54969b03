"""The Pinboard tab (issue 15 item 6): appointments picked up to carry to another day.

A card shows the patient, service, length, provider and the appointment's time now (on its
clinic's clock), and what happened to it elsewhere since it was pinned ("Cancelled at the
vendor: remove it"). A card that can move is dragged onto the book (book/carry.py), or selected
and placed with a click on a free time; the window does the move as for a dragged
block. Read on the cache worker, again when the feed says pins or appointments changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QEvent,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.book import DayEntry
from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.history import VENDOR
from frontdesk.domain.pins import PinnedCard, Since
from frontdesk.domain.reference import Reference
from frontdesk.sync.facade import desk
from frontdesk.sync.facade.desk import Changes, Workspace
from frontdesk.ui import tasks
from frontdesk.ui.alive import alive
from frontdesk.ui.book import carry
from frontdesk.ui.domain_text import error_text
from frontdesk.ui.feed import FeedRelay
from frontdesk.ui.i18n import arg

CardRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
# A card whose appointment changed elsewhere: red enough to read on a light or a dark base.
CHANGED_COLOUR = "#C62828"
CHANGED_COLOUR_DARK = "#EF9A9A"


@dataclass(frozen=True)
class CardRow:
    """A card as shown: its lines, worded by the pane, and why it cannot move ("" : it can)."""

    card: PinnedCard
    lines: tuple[str, ...]
    note: str  # what happened since it was pinned ("" : nothing)
    blocked: str
    warning: str = CHANGED_COLOUR  # the text's colour when there is a note

    @property
    def entry(self) -> DayEntry | None:
        return self.card.entry


class PinboardModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[CardRow] = []

    def set_rows(self, rows: list[CardRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == CardRole:
            return row.card
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join([*row.lines, *([row.note] if row.note else [])])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join([*row.lines, *([row.note] if row.note else [])])
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.blocked or None
        if role == Qt.ItemDataRole.ForegroundRole and row.note:
            return QColor(row.warning)
        if role == Qt.ItemDataRole.DecorationRole and row.entry is not None:
            colour = row.entry.colour
            return QColor(colour) if colour else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            index.isValid()
            and 0 <= index.row() < len(self.rows)
            and not self.rows[index.row()].blocked
        ):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [carry.MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = [self.rows[i.row()] for i in indexes if i.isValid() and i.row() < len(self.rows)]
        if not rows:
            return QMimeData()
        return carry.mime_of(rows[0].card.pin.key)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


class PinboardList(QListView):
    """The cards; Delete takes the selected one off the board (here, Delete is not the
    window's "Cancel appointment…": the list asks for the key first)."""

    remove_requested = Signal()

    @staticmethod
    def _removes(event: QKeyEvent) -> bool:
        return event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        )

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._removes(event)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._removes(event):
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


class PinboardPane(QWidget):
    shown = Signal()  # a read was drawn (tests wait for it)
    show_requested = Signal(object)  # DayEntry: show its day in the book
    carrying = Signal(str)  # what a click on a free time does now ("" : nothing)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        # Why a card's appointment cannot move ("" : it can); the window's move guard.
        self.move_rule: Callable[[DayEntry], str] = lambda _entry: ""
        self._generation = 0
        self.model = PinboardModel()
        self.cards = PinboardList()
        self.cards.setModel(self.model)
        self.cards.setAccessibleName(self.tr("Pinboard"))
        self.cards.setAccessibleDescription(
            self.tr("Appointments picked up to move to another day or time")
        )
        self.cards.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cards.setDragEnabled(True)
        self.cards.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.cards.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.cards.setWordWrap(True)
        self.cards.setSpacing(4)
        self.cards.setAlternatingRowColors(True)
        self.cards.remove_requested.connect(self.remove_selected)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.show_button = QPushButton(self.tr("Show in book"))
        self.show_button.setToolTip(self.tr("Go to the day of the selected appointment"))
        self.show_button.clicked.connect(self._show_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Take the selected card off the board (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.cards.selectionModel().selectionChanged.connect(lambda *_: self._selected_changed())
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.cards, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.cards)
        self._selected_changed()
        self.relay = FeedRelay(workspace.feed, self)
        self.relay.changed.connect(self._data_changed)
        self.reload()

    # -- reading -------------------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        generation = self._generation

        def read(cards: list[PinnedCard]) -> None:
            if generation == self._generation and alive(self):
                self._show(cards)
                self.shown.emit()

        def failed(error: FrontdeskError) -> None:
            if generation == self._generation and alive(self):
                self.hint.setText(
                    arg(self.tr("Could not read the pinboard: %1"), error_text(error))
                )

        tasks.run(desk.pinned(self.workspace), read, failed)

    def _data_changed(self, changes: Changes) -> None:
        touched = changes.appointments or changes.outbox or changes.any_patient
        if changes.pins or changes.reference or (self.model.rows and touched):
            self.reload()

    def _show(self, cards: list[PinnedCard]) -> None:
        chosen = self.selected()
        reference = self.workspace.reference
        self.model.set_rows([self._row(c, reference) for c in cards])
        if chosen is not None:
            for n, row in enumerate(self.model.rows):
                if row.card.pin.key == chosen.pin.key:
                    self.cards.setCurrentIndex(self.model.index(n))
        self._selected_changed()

    def _row(self, card: PinnedCard, reference: Reference) -> CardRow:
        row = self._worded(card, reference)
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        return replace(row, warning=CHANGED_COLOUR_DARK) if dark else row

    def _worded(self, card: PinnedCard, reference: Reference) -> CardRow:
        pin, entry = card.pin, card.entry
        a = entry.appointment if entry is not None else None
        provider = reference.provider(pin.account, a.provider_id if a else pin.provider_id)
        zone = reference.zone_of(provider) if provider is not None else reference.zone()
        start = (a.start if a else pin.start).astimezone(zone)
        day = QLocale().toString(QDate(start.year, start.month, start.day), "ddd d MMM")
        when = f"{day} {start:%H:%M}"
        if entry is None or a is None:
            lines: tuple[str, ...] = (
                self.tr("An appointment no longer in the book"),
                arg(self.tr("%1, with %2"), when, card.provider),
            )
            return CardRow(card, lines, self._note(card), self.tr("it is no longer in the book"))
        length = arg(self.tr("%1 min"), str(a.minutes))
        service = " · ".join(p for p in (entry.service, length, card.provider) if p)
        lines = (entry.patient, service, when)
        return CardRow(card, lines, self._note(card), self.move_rule(entry))

    def _note(self, card: PinnedCard) -> str:
        """What happened elsewhere since the card was pinned, and what to do with it."""
        if card.since is Since.NOTHING:
            return ""
        if card.since is Since.GONE:
            return self.tr("Deleted at the vendor: remove the card")
        where = (
            self.tr("at the vendor")
            if card.source == VENDOR
            else arg(self.tr("at %1"), card.desk)
            if card.desk
            else self.tr("elsewhere")
        )
        if card.since is Since.CANCELLED:
            return arg(self.tr("Cancelled %1: remove the card"), where)
        return arg(self.tr("Moved %1 since it was pinned"), where)

    # -- the selection: the card a click on a free time places --------------------------
    def selected(self) -> PinnedCard | None:
        index = self.cards.currentIndex()
        if not index.isValid() or not self.cards.selectionModel().isSelected(index):
            return None
        card = index.data(CardRole)
        return card if isinstance(card, PinnedCard) else None

    def selected_row(self) -> CardRow | None:
        card = self.selected()
        return next((r for r in self.model.rows if r.card is card), None)

    def carried(self) -> DayEntry | None:
        """The selected card's appointment when it can move ("place it with a click")."""
        row = self.selected_row()
        return row.entry if row is not None and not row.blocked else None

    def entry_for(self, key: tuple[str, str]) -> DayEntry | None:
        """A card's appointment, by key, when it can move (a dragged card's)."""
        row = next((r for r in self.model.rows if r.card.pin.key == key), None)
        return row.entry if row is not None and not row.blocked else None

    def _selected_changed(self) -> None:
        row = self.selected_row()
        self.remove_button.setEnabled(row is not None)
        self.show_button.setEnabled(row is not None and row.entry is not None)
        if not self.model.rows:
            text = self.tr(
                "Drag an appointment here from the book, or use Pin to move in its menu. "
                "Then go to another day and drag the card onto a free time."
            )
        elif row is None:
            text = self.tr(
                "Drag a card onto a free time in the book, or select it and click a free time."
            )
        elif row.blocked:
            text = arg(self.tr("This one cannot be moved: %1."), row.blocked)
        else:
            assert row.entry is not None
            text = arg(
                self.tr("Click a free time in the book to move %1 there."),
                row.entry.patient,
            )
        self.hint.setText(text)
        self.carrying.emit(text if row is not None and not row.blocked else "")

    def holds(self, where: QPoint) -> bool:
        """Whether a global position is over the board (a block let go there is pinned)."""
        return self.isVisible() and self.rect().contains(self.mapFromGlobal(where))

    # -- doing ---------------------------------------------------------------------------
    def _show_selected(self) -> None:
        row = self.selected_row()
        if row is not None and row.entry is not None:
            self.show_requested.emit(row.entry)

    def remove_selected(self) -> None:
        card = self.selected()
        if card is None:
            return
        self.remove_button.setEnabled(False)
        tasks.run(desk.unpin(self.workspace, *card.pin.key))
