"""Openings finder: a service (or a length), providers, location, days and times of day ->
free times across every matching account, earliest first. Enter books the selected one.

A service name several accounts share ("Vaccination") searches them all. Each opening says
whether the vendor's own search found it or frontdesk computed it from the cached book.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.models import Appointment, Capability, Opening, Service
from frontdesk.domain.openings import TimeOfDay, occupies
from frontdesk.sync.facade.desk import (
    Changes,
    OpeningSearch,
    OpeningsFinder,
    OpeningsFound,
    Workspace,
)
from frontdesk.ui import tasks
from frontdesk.ui.alive import alive
from frontdesk.ui.domain_text import shown
from frontdesk.ui.feed import FeedRelay
from frontdesk.ui.i18n import arg
from frontdesk.ui.models import OpeningsModel, RecordRole, source_label

AccountRole = Qt.ItemDataRole.UserRole + 2
BADGE = {"vendor": ("#1565C0", "#E3F2FD"), "computed": ("#6D4C41", "#F3ECE4")}
BADGE_DARK = {"vendor": ("#90CAF9", "#1A2B3F"), "computed": ("#D7CCC8", "#33291F")}


def badge_colours(source: str, dark: bool) -> tuple[QColor, QColor]:
    text, fill = (BADGE_DARK if dark else BADGE).get(source, BADGE["computed"])
    return QColor(text), QColor(fill)


class OpeningDelegate(QStyledItemDelegate):
    """Two lines: when (and a badge saying how it was found), then who, what and where."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        return QSize(220, metrics.height() * 2 + 14 + self._heading_height(index, metrics))

    @staticmethod
    def _heading_height(index: QModelIndex | QPersistentModelIndex, metrics: QFontMetrics) -> int:
        model = index.model()
        if isinstance(model, OpeningsModel) and model.heading(index.row()):
            return metrics.height() + 10
        return 0

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opening: Opening | None = index.data(RecordRole)
        model = index.model()
        if opening is None or not isinstance(model, OpeningsModel):
            return
        painter.save()
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else None
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        heading = model.heading(index.row())
        if heading:
            # The location's heading, above its first opening and outside its selection.
            metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
            band = QRect(option.rect)  # type: ignore[attr-defined]
            band.setHeight(self._heading_height(index, metrics))
            painter.fillRect(band, palette.color(QPalette.ColorRole.Window))
            font = QFont(option.font)  # type: ignore[attr-defined]
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            inner = band.adjusted(8, 0, -8, 0)
            painter.drawText(
                inner,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QFontMetrics(font).elidedText(heading, Qt.TextElideMode.ElideRight, inner.width()),
            )
            option = QStyleOptionViewItem(option)
            option.rect.setTop(band.bottom() + 1)  # type: ignore[attr-defined]
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        rect: QRect = option.rect.adjusted(10, 5, -10, -5)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        bold = QFont(option.font)  # type: ignore[attr-defined]
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        small = QFont(option.font)  # type: ignore[attr-defined]
        small.setPointSizeF(small.pointSizeF() * 0.88)
        small_metrics = QFontMetrics(small)

        label = source_label(opening.source)
        badge_w = small_metrics.horizontalAdvance(label) + 12
        badge_h = small_metrics.height() + 2
        badge = QRectF(
            rect.right() - badge_w,
            rect.top() + (bold_metrics.height() - badge_h) / 2,
            badge_w,
            badge_h,
        )
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        ink, fill = badge_colours(opening.source, dark)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(badge, badge_h / 2, badge_h / 2)
        painter.setFont(small)
        painter.setPen(ink)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)

        top = QRect(rect.left(), rect.top(), rect.width() - badge_w - 8, bold_metrics.height())
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(
            top,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            bold_metrics.elidedText(model.when(opening), Qt.TextElideMode.ElideRight, top.width()),
        )
        details = f"{model.provider_name(opening)} · {model.service_text(opening)}"
        details += f" · {opening.account}"
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(
            QRect(
                rect.left(),
                rect.top() + bold_metrics.height() + 3,
                rect.width(),
                small_metrics.height(),
            ),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(details, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()


class OpeningsList(QListView):
    enter = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter.emit()
            return
        super().keyPressEvent(event)


class ServiceCounts(QObject):
    """A plural of its own (lupdate reads plurals from a class's self.tr only)."""

    def accounts(self, count: int) -> str:
        return self.tr("%n account(s)", "", count)


def group_services(services: Sequence[Service]) -> list[tuple[str, tuple[Service, ...]]]:
    """Services by name, across accounts: one entry searches every account that offers it."""
    groups: dict[str, list[Service]] = {}
    names: dict[str, str] = {}
    for service in services:
        key = " ".join(service.name.split()).casefold()
        groups.setdefault(key, []).append(service)
        names.setdefault(key, service.name)
    accounts = len({s.account for s in services})
    out = []
    for key in sorted(groups):
        members = tuple(groups[key])
        lengths = sorted({s.minutes for s in members})
        minutes = f"{lengths[0]}" if len(lengths) == 1 else f"{lengths[0]}–{lengths[-1]}"
        label = f"{names[key]} · {minutes} min"
        in_accounts = sorted({s.account for s in members})
        if len(in_accounts) > 1:
            label += " · " + ServiceCounts().accounts(len(in_accounts))
        elif accounts > 1:
            label += f" · {in_accounts[0]}"
        out.append((label, members))
    return out


TOGGLE_STYLE = (
    "QToolButton { padding: 2px 5px; border: 1px solid palette(mid); border-radius: 4px;"
    " background: palette(base); color: palette(text); }"
    "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " border-color: palette(highlight); }"
)


def toggle(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setStyleSheet(TOGGLE_STYLE)
    button.setText(text)
    button.setCheckable(True)
    button.setChecked(True)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


class OpeningsPane(QWidget):
    book_requested = Signal(object)  # Opening
    searched = Signal(int)  # number of openings found
    failed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.finder = OpeningsFinder(workspace)
        self._generation = 0
        self.relay = FeedRelay(workspace.feed, self)
        self.relay.changed.connect(self._data_changed)

        self.service = QComboBox()
        self.service.setAccessibleName(self.tr("Service"))
        self.service.setToolTip(
            self.tr(
                "A service several accounts share is searched in all of them; "
                "choose 'Any service' to search by length"
            )
        )
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 480)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(30)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Length"))
        self.provider = QComboBox()
        self.provider.setAccessibleName(self.tr("Provider"))
        self.location = QComboBox()
        self.location.setAccessibleName(self.tr("Location"))
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("ddd dd/MM/yyyy")
        self.start.setAccessibleName(self.tr("First day"))
        self.days = QSpinBox()
        self.days.setRange(1, 28)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Number of days"))
        # The days named in the window's language: Mo Tu..., Lu Ma..., Ma Di...
        names = [QLocale().standaloneDayName(day) for day in range(1, 8)]
        self.weekday_buttons = [toggle(name[:2].capitalize(), name) for name in names]
        for button in self.weekday_buttons[5:]:
            button.setChecked(False)  # most clinics are closed at the weekend
        self.time_buttons = {
            TimeOfDay.MORNING: toggle(self.tr("Morning"), self.tr("Morning (before 12:00)")),
            TimeOfDay.AFTERNOON: toggle(
                self.tr("Afternoon"), self.tr("Afternoon (12:00 to 17:00)")
            ),
            TimeOfDay.EVENING: toggle(self.tr("Evening"), self.tr("Evening (from 17:00)")),
        }
        self._toggles = QButtonGroup(self)
        self._toggles.setExclusive(False)
        for button in [*self.weekday_buttons, *self.time_buttons.values()]:
            self._toggles.addButton(button)

        self.find_button = QPushButton(self.tr("Find openings"))
        self.find_button.setDefault(True)
        self.find_button.setToolTip(self.tr("Openings in the chosen days, earliest first"))
        self.next_button = QPushButton(self.tr("Next available"))
        self.next_button.setToolTip(self.tr("The earliest opening from today on, in one click"))
        self.book = QPushButton(self.tr("Book…"))
        self.book.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Search result"))
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setObjectName("hint")
        self.notes.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.notes.hide()
        self.model = OpeningsModel()
        self.table = OpeningsList()
        self.table.setModel(self.model)
        self.table.setItemDelegate(OpeningDelegate(self.table))
        # Not uniform: the first opening of each location carries the location's heading.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Openings found"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Service"), self.service)
        form.addRow(self.tr("Length"), self.minutes)
        form.addRow(self.tr("Provider"), self.provider)
        form.addRow(self.tr("Location"), self.location)
        when = QHBoxLayout()
        when.addWidget(self.start, 1)
        when.addWidget(self.days)
        form.addRow(self.tr("From"), when)
        days_row = QHBoxLayout()
        days_row.setSpacing(2)
        for button in self.weekday_buttons:
            days_row.addWidget(button)
        days_row.addStretch(1)
        form.addRow(self.tr("Days"), days_row)
        times_row = QHBoxLayout()
        times_row.setSpacing(2)
        for button in self.time_buttons.values():
            times_row.addWidget(button)
        times_row.addStretch(1)
        form.addRow(self.tr("Time"), times_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.book)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.notes)
        layout.addWidget(self.table, 1)

        self.find_button.clicked.connect(self.search)
        self.next_button.clicked.connect(self.next_available)
        self.book.clicked.connect(self._book_current)
        self.table.enter.connect(self._book_current)
        self.table.doubleClicked.connect(lambda _i: self._book_current())
        self.service.currentIndexChanged.connect(self._service_changed)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._update_book_button()
        )
        self._service_changed()

    # -- choices ---------------------------------------------------------------------------
    def services(self) -> tuple[Service, ...]:
        """The services the current choice stands for (empty: any service, by length)."""
        chosen = self.service.currentData()
        return tuple(chosen) if chosen else ()

    def reload_choices(self, today: QDate) -> None:
        """Fill the lists from the cache (after a sync), keeping what was chosen."""
        label = self.service.currentText()
        provider = (self.provider.currentData(), self.provider.currentData(AccountRole))
        location = self.location.currentData()
        self.service.blockSignals(True)
        self.service.clear()
        for text, members in group_services(self.workspace.services()):
            self.service.addItem(text, members)
        self.service.addItem(self.tr("Any service, by length"), None)
        row = self.service.findText(label)
        self.service.setCurrentIndex(max(row, 0))
        self.service.blockSignals(False)
        self._service_changed()
        for row in range(self.provider.count()):
            if (self.provider.itemData(row), self.provider.itemData(row, AccountRole)) == provider:
                self.provider.setCurrentIndex(row)
        row = self.location.findData(location)
        if location is not None and row >= 0:
            self.location.setCurrentIndex(row)
        if not self.start.date().isValid() or self.start.date() < today:
            self.start.setDate(today)

    def _service_changed(self) -> None:
        services = self.services()
        self.minutes.setEnabled(not services)
        if services:
            self.minutes.setValue(min(s.minutes for s in services))
        accounts = {s.account for s in services}
        offered: set[tuple[str, str]] = set()
        for s in services:
            offered.update((s.account, p) for p in s.provider_ids)
        several = len(accounts) != 1
        self.provider.clear()
        self.provider.addItem(self.tr("Any provider"), None)
        for p in self.workspace.providers():
            if services and p.account not in accounts:
                continue
            everyone = any(not s.provider_ids for s in services if s.account == p.account)
            if services and not everyone and (p.account, p.id) not in offered:
                continue
            self.provider.addItem(f"{p.name} · {p.account}" if several else p.name, p.id)
            self.provider.setItemData(self.provider.count() - 1, p.account, AccountRole)
        self.location.clear()
        self.location.addItem(self.tr("Any location"), None)
        for loc in self.workspace.reference.locations:
            if services and loc.account not in accounts:
                continue
            self.location.addItem(loc.name, (loc.account, loc.id))

    def query(self) -> OpeningSearch | None:
        """What the form asks for, or None (and the reason in the status line)."""
        weekdays = frozenset(n for n, b in enumerate(self.weekday_buttons) if b.isChecked())
        times = frozenset(t for t, b in self.time_buttons.items() if b.isChecked())
        if not weekdays:
            self.status.setText(self.tr("Choose at least one day of the week."))
            return None
        if not times:
            self.status.setText(self.tr("Choose morning, afternoon or evening (or several)."))
            return None
        provider_id = self.provider.currentData()
        providers = (
            frozenset({(self.provider.currentData(AccountRole), provider_id)})
            if provider_id is not None
            else frozenset()
        )
        location = self.location.currentData()
        services = self.services()
        first: date = self.start.date().toPython()  # type: ignore[assignment]
        return OpeningSearch(
            first_day=first,
            days=self.days.value(),
            services=services,
            minutes=None if services else self.minutes.value(),
            providers=providers,
            locations=frozenset({tuple(location)}) if location else frozenset(),
            weekdays=frozenset() if len(weekdays) == 7 else weekdays,
            times_of_day=frozenset() if len(times) == 3 else times,
        )

    # -- searching -------------------------------------------------------------------------
    def search(self) -> None:
        query = self.query()
        if query is None:
            return
        self._start(self.tr("Searching…"))
        generation = self._generation
        tasks.run(
            self.finder.find(query),
            lambda found: self._show(found, generation, first_only=False),
            lambda error: self._failed(error, generation),
        )

    def next_available(self) -> None:
        """The earliest opening from today on, whatever the range shown."""
        query = self.query()
        if query is None:
            return
        today = self.workspace.cached.today()
        query = query.later((today - query.first_day).days, 1)
        self._start(self.tr("Looking for the next available time…"))
        generation = self._generation
        tasks.run(
            self.finder.next_available(query),
            lambda found: self._show(found, generation, first_only=True),
            lambda error: self._failed(error, generation),
        )

    # -- the list stays true ----------------------------------------------------------------
    def _data_changed(self, changes: Changes) -> None:
        """An opening booked here, at another desk or at the vendor leaves the list at once."""
        if changes.reference:
            today = self.workspace.today()
            self.reload_choices(QDate(today.year, today.month, today.day))
        openings = self.model.openings
        if not openings:
            return
        start = min(o.start for o in openings)
        end = max(o.end for o in openings)
        if not changes.touches(start, end):
            return
        tasks.run(
            self.workspace.appointments_between(start, end),
            lambda found: self._drop_taken(found),
        )

    def _drop_taken(self, appointments: list[Appointment]) -> None:
        if not alive(self):
            return
        busy = [a for a in appointments if occupies(a)]

        def taken(o: Opening) -> bool:
            return any(
                a.account == o.account
                and a.provider_id == o.provider_id
                and a.start < o.end
                and o.start < a.end
                for a in busy
            )

        if self.model.drop(taken):
            left = self.model.rowCount()
            self.status.setText(
                self.tr("%n opening(s) left: the others were just taken.", "", left)
                if left
                else self.tr("Every opening listed was just taken. Search again.")
            )
            self._update_book_button()
            self.searched.emit(left)

    def _start(self, message: str) -> None:
        self._generation += 1
        self.find_button.setEnabled(False)
        self.next_button.setEnabled(False)
        self.status.setText(message)

    def _show(self, found: OpeningsFound, generation: int, *, first_only: bool) -> None:
        if generation != self._generation or not alive(self):
            return  # a newer search is under way, or the pane is gone
        self.find_button.setEnabled(True)
        self.next_button.setEnabled(True)
        openings = found.openings
        self.model.set_openings(
            openings,
            self.workspace.providers(),
            self.workspace.services(),
            self.workspace.zone(),
            self.finder.zones(),
            self.workspace.reference.location_names(),
            self._call_to_book(openings),
        )
        self._show_notes(found)
        if openings:
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.setFocus()
            first = openings[0]
            if first_only:
                self.status.setText(
                    arg(
                        self.tr("Next available: %1 with %2. Enter books it."),
                        self.model.when(first),
                        self.model.provider_name(first),
                    )
                )
            else:
                self.status.setText(self._found_text(len(openings), found.truncated))
        elif first_only:
            self.status.setText(self.tr("No opening in the next %n days.", "", found.searched_days))
        else:
            self.status.setText(self.tr("No opening in this range. Try more days or any provider."))
        self._update_book_button()
        self.searched.emit(len(openings))

    def _found_text(self, count: int, truncated: bool) -> str:
        grouped = self.model.grouped
        if truncated:
            if grouped:
                text = self.tr(
                    "%n openings (the first %n shown), earliest first in each location. "
                    "Enter books the selected one.",
                    "",
                    count,
                )
            else:
                text = self.tr(
                    "%n openings (the first %n shown), earliest first. "
                    "Enter books the selected one.",
                    "",
                    count,
                )
        elif grouped:
            text = self.tr(
                "%n openings, earliest first in each location. Enter books the selected one.",
                "",
                count,
            )
        else:
            text = self.tr("%n openings, earliest first. Enter books the selected one.", "", count)
        return text

    def _show_notes(self, found: OpeningsFound) -> None:
        lines = []
        for account, sources in sorted(found.sources.items()):
            how = self.tr(" and ").join(
                source_label(s) for s in ("vendor", "computed") if s in sources
            )
            note = shown(found.notes.get(account, ""))
            lines.append(f"{account}: {how}" + (f" — {note}" if note else ""))
        self.notes.setText("\n".join(lines))
        self.notes.setVisible(bool(lines))

    def _failed(self, error: FrontdeskError, generation: int) -> None:
        if generation != self._generation or not alive(self):
            return
        self.find_button.setEnabled(True)
        self.next_button.setEnabled(True)
        self.status.setText(arg(self.tr("Could not search: %1"), error))
        self.failed.emit(str(error))

    # -- booking ---------------------------------------------------------------------------
    def current(self) -> Opening | None:
        index = self.table.currentIndex()
        return self.model.index(index.row(), 0).data(RecordRole) if index.isValid() else None

    def _call_to_book(self, openings: list[Opening]) -> dict[str, str]:
        """Accounts whose vendor frontdesk cannot book through, with why: their openings are
        marked "call to book" and Enter never opens a dialog that could not finish."""
        out: dict[str, str] = {}
        for account in {o.account for o in openings}:
            allowed, why = self.workspace.can(account, Capability.BOOK)
            if not allowed:
                out[account] = why
        return out

    def _update_book_button(self) -> None:
        opening = self.current()
        if opening is None:
            self.book.setEnabled(False)
            self.book.setToolTip(self.tr("Select an opening first"))
            return
        allowed, why = self.workspace.can(opening.account, Capability.BOOK)
        self.book.setEnabled(allowed)
        self.book.setToolTip(self.tr("Book the selected opening (Enter)") if allowed else why)

    def _book_current(self) -> None:
        opening = self.current()
        if opening is None:
            return
        allowed, why = self.workspace.can(opening.account, Capability.BOOK)
        if not allowed:
            self.status.setText(arg(self.tr("Cannot book this one from frontdesk: %1."), why))
            return
        self.book_requested.emit(opening)
