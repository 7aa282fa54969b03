"""Patient search: type a name, phone or birth date; results come before the next keystroke.

Below the results, the chosen patient's details and appointments; new patients and edits go to
the vendor where its API allows it (elsewhere the buttons are disabled and say why).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.models import Capability, PatientHit
from frontdesk.domain.search_terms import too_few_digits
from frontdesk.sync.facade.desk import Changes, Workspace
from frontdesk.ui import tasks
from frontdesk.ui.alive import alive
from frontdesk.ui.domain_text import error_text, shown
from frontdesk.ui.feed import FeedRelay
from frontdesk.ui.hint_box import HintBox
from frontdesk.ui.i18n import arg
from frontdesk.ui.models import PatientResultsModel, RecordRole, patient_summary, vendor_label
from frontdesk.ui.patient_details import PatientDetails
from frontdesk.ui.patient_dialog import PatientDialog
from frontdesk.ui.patient_form import PatientInput

DETAILS_DELAY_MS = 120  # while typing, only the result that stays current loads its visits
# A first sync stores about ten pages of patients a second: the count in the hint is read again
# (a count of the whole cache on the worker, then a repaint) for the first page at once, then
# at most once a second. The results shown are read again at every change.
COUNT_EVERY_MS = 1000


class PatientDelegate(QStyledItemDelegate):
    """Two lines: the name, then birth date, phone and which account it comes from."""

    # The bold and small fonts and their metrics, per font of the list (a keystroke paints a
    # dozen rows: making them for each row was a tenth of a millisecond a row).
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fonts: dict[str, tuple[QFont, QFontMetrics, QFont, QFontMetrics]] = {}

    def fonts(self, font: QFont) -> tuple[QFont, QFontMetrics, QFont, QFontMetrics]:
        key = font.key()
        found = self._fonts.get(key)
        if found is None:
            bold = QFont(font)
            bold.setBold(True)
            small = QFont(font)
            small.setPointSizeF(small.pointSizeF() * 0.88)
            found = self._fonts[key] = (bold, QFontMetrics(bold), small, QFontMetrics(small))
        return found

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        return QSize(200, metrics.height() * 2 + 12)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        hit: PatientHit | None = index.data(RecordRole)
        if hit is None:
            return
        painter.save()
        style = option.widget.style() if option.widget else None  # type: ignore[attr-defined]
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )  # type: ignore[attr-defined]
        rect: QRect = option.rect.adjusted(10, 5, -10, -5)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        bold, metrics, small, small_metrics = self.fonts(option.font)  # type: ignore[attr-defined]
        patient = hit.patient
        name = (
            patient.display_name
            if not patient.owner_name
            else f"{patient.first_name} {patient.last_name}"
        )
        account = f"{patient.account} · {vendor_label(hit.vendor)}"
        # The name comes first; the account takes what is left of the line.
        name_width = min(metrics.horizontalAdvance(name) + 2, int(rect.width() * 0.6))
        account_width = max(0, rect.width() - name_width - 12)
        painter.setFont(bold)
        painter.setPen(text)
        top = QRect(rect.left(), rect.top(), name_width, metrics.height())
        painter.drawText(
            top,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(name, Qt.TextElideMode.ElideRight, top.width()),
        )
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(
            QRect(rect.right() - account_width, rect.top(), account_width, metrics.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(account, Qt.TextElideMode.ElideRight, account_width),
        )
        details = patient_summary(patient)
        if patient.owner_name:
            details = arg(self.tr("Owner: %1 · %2"), patient.owner_name, details)
        painter.drawText(
            QRect(
                rect.left(), rect.top() + metrics.height() + 2, rect.width(), small_metrics.height()
            ),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(details, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()


class SearchField(QLineEdit):
    """Down moves into the results; Enter picks the current (or first) result."""

    down = Signal()
    enter = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter.emit()
            return
        super().keyPressEvent(event)


class ResultsView(QListView):
    enter = Signal()
    up_from_top = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter.emit()
            return
        if event.key() == Qt.Key.Key_Up and self.currentIndex().row() <= 0:
            self.up_from_top.emit()
            return
        super().keyPressEvent(event)


class PatientPane(QWidget):
    patient_chosen = Signal(object)  # PatientHit
    results_changed = Signal(int)
    patient_saved = Signal(object)  # PatientHit, after a create or an edit

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.field = SearchField()
        self.field.setPlaceholderText(self.tr("Name, phone or birth date"))
        self.field.setToolTip(
            self.tr("A surname, a phone number in any format, or a birth date (dd/mm/yyyy)")
        )
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Search patients"))
        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.setAccessibleName(self.tr("New patient"))
        self.model = PatientResultsModel()
        self.results = ResultsView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(PatientDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setAccessibleName(self.tr("Patients found"))
        self.results.setAlternatingRowColors(True)
        self.hint_box = HintBox()  # a new count repaints the hint, not the side pane
        self.hint = self.hint_box.label
        self.hint.setObjectName("hint")
        self.details = PatientDetails(workspace)
        self.dialog: PatientDialog | None = None
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(DETAILS_DELAY_MS)
        self._details_timer.timeout.connect(lambda: self.details.show_patient(self.current()))

        search_row = QHBoxLayout()
        search_row.addWidget(self.field, 1)
        search_row.addWidget(self.new_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(6)
        top_layout.addLayout(search_row)
        top_layout.addWidget(self.hint_box)
        top_layout.addWidget(self.results, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(top, 1)  # the results take what the details leave
        layout.addWidget(self.details)

        self.field.textChanged.connect(self.search)
        self.field.down.connect(self._into_results)
        self.field.enter.connect(self._choose_current)
        self.results.enter.connect(self._choose_current)
        self.results.up_from_top.connect(self.field.setFocus)
        self.results.doubleClicked.connect(lambda _index: self._choose_current())
        self.results.selectionModel().currentChanged.connect(
            lambda _c, _p: self._details_timer.start()
        )
        self.model.modelReset.connect(self._details_timer.start)
        self.new_button.clicked.connect(lambda: self.new_patient())
        self.details.book_requested.connect(self.patient_chosen.emit)
        self.details.edit_requested.connect(self.edit_patient)
        self._generation = 0  # the search whose results may still be shown
        self._shown = 0  # the search whose results are shown
        self._then: list[Callable[[], None]] = []  # to run once the latest results are shown
        self._total: int | None = None  # patients in the cache, for the empty hint
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_EVERY_MS)
        self._count_timer.timeout.connect(self._count_if_asked)
        self._count_asked = False
        self.relay = FeedRelay(workspace.feed, self)
        self.relay.changed.connect(self._data_changed)
        self._update_new_button()
        self._show_hint("")
        self._count_patients()

    def _data_changed(self, changes: Changes) -> None:
        """A sync, a write or another desk changed patients: the results shown are read again
        (the current one stays current), and the count in the hint too."""
        if changes.accounts:
            self._update_new_button()
        if not (changes.any_patient or changes.reference):
            return
        if self.field.text().strip():
            self.search(self.field.text(), keep_current=True)
        if self._count_timer.isActive() and not (changes.accounts or changes.reference):
            self._count_asked = True  # counted once the second is over, with what came since
        else:
            self._count_patients()

    def _count_if_asked(self) -> None:
        if self._count_asked:
            self._count_asked = False
            self._count_patients()

    def _count_patients(self) -> None:
        self._count_timer.start()

        def counted(total: int) -> None:
            if alive(self):
                self._total = total
                if not self.field.text().strip():
                    self._show_hint("")

        tasks.run(self.workspace.patient_count(), counted)

    def _update_new_button(self) -> None:
        reasons = []
        for name in self.workspace.account_names:
            allowed, why = self.workspace.can(name, Capability.CREATE_PATIENT)
            if allowed:
                self.new_button.setEnabled(True)
                self.new_button.setToolTip(self.tr("Add a patient in the vendor's system"))
                return
            reasons.append(why)
        self.new_button.setEnabled(False)
        self.new_button.setToolTip(
            arg(
                self.tr("No account here lets frontdesk add patients: %1"),
                "; ".join(sorted({shown(why) for why in reasons})),
            )
        )

    def _show_hint(self, query: str) -> None:
        count = self.model.rowCount()
        if not query.strip():
            total = self._total
            self.hint.setText(
                self.tr("Type a name, a phone number or a birth date.")
                if total is None
                else self.tr("%Ln patient(s) in the cache. Type to search.", "", total)
            )
        elif count == 0 and too_few_digits(query):
            self.hint.setText(
                self.tr("Keep typing: a phone number is searched from its 4th digit.")
            )
        elif count == 0:
            self.hint.setText(
                self.tr("No patient matches. Try the surname, a phone number or dd/mm/yyyy.")
            )
        else:
            self.hint.setText(
                self.tr("50+ found") if count >= 50 else self.tr("%n found", "", count)
            )

    def search(
        self,
        query: str,
        *,
        keep_current: bool = False,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Searches on the cache worker; only the latest query's results are shown (a slower
        earlier one arriving late is dropped). `keep_current`: a refresh, not a new query."""
        self._generation += 1
        generation = self._generation
        current = self.current()
        if then is not None:  # run after the latest search, even if a refresh supersedes this
            self._then.append(then)
        if not query.strip():
            self._shown = generation
            self._show_hits(query, [], None)
            return

        def found(hits: list[PatientHit]) -> None:
            if generation == self._generation and alive(self):
                self._shown = generation
                self._show_hits(query, hits, current if keep_current else None)

        def failed(error: FrontdeskError) -> None:
            if generation == self._generation and alive(self):
                self._shown = generation
                self.hint.setText(
                    arg(self.tr("The search could not be run: %1"), error_text(error))
                )

        tasks.run(self.workspace.search_patients(query), found, failed)

    def results_are_current(self) -> bool:
        """The results shown answer the last query typed (none is being searched)."""
        return self._shown == self._generation

    def _show_hits(self, query: str, hits: list[PatientHit], keep: PatientHit | None) -> None:
        self.model.set_hits(hits)
        row = 0
        if keep is not None:
            key = (keep.patient.account, keep.patient.id)
            row = next(
                (n for n, h in enumerate(hits) if (h.patient.account, h.patient.id) == key), 0
            )
        if hits:
            self.results.setCurrentIndex(self.model.index(row, 0))
        self._show_hint(query)
        self.results_changed.emit(len(hits))
        waiting, self._then = self._then, []
        for then in waiting:
            then()

    def focus_search(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def _into_results(self) -> None:
        if self.model.rowCount():
            self.results.setFocus()
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.model.index(0, 0))

    def _choose_current(self) -> None:
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self.patient_chosen.emit(index.data(RecordRole))

    def current(self) -> PatientHit | None:
        index = self.results.currentIndex()
        return index.data(RecordRole) if index.isValid() else None

    # -- creating and editing -----------------------------------------------------------------
    def new_patient(self, account: str | None = None) -> PatientDialog:
        """A new patient; what was typed in the search box is the start of the name."""
        typed = PatientInput.from_search(self.field.text())
        return self._open(PatientDialog(self.workspace, account=account, typed=typed, parent=self))

    def edit_patient(self, hit: PatientHit) -> PatientDialog:
        return self._open(PatientDialog(self.workspace, patient=hit.patient, parent=self))

    def _open(self, dialog: PatientDialog) -> PatientDialog:
        self.dialog = dialog
        dialog.saved.connect(lambda hit: self.show_saved(hit, dialog.waiting))
        dialog.open()
        return dialog

    def show_saved(self, hit: PatientHit, waiting: str = "") -> None:
        """Find the saved patient as the receptionist would, and make it the current one."""
        p = hit.patient
        self.field.blockSignals(True)
        self.field.setText(f"{p.last_name} {p.first_name}".strip())
        self.field.blockSignals(False)

        def select() -> None:
            for row in range(self.model.rowCount()):
                found: PatientHit = self.model.index(row, 0).data(RecordRole)
                if (found.patient.account, found.patient.id) == (p.account, p.id):
                    self.results.setCurrentIndex(self.model.index(row, 0))
                    break
            self.details.show_patient(self.current())
            if waiting:
                self.hint.setText(
                    arg(
                        self.tr("Saved here; it will be sent when the vendor answers (%1)."),
                        waiting,
                    )
                )
            self.patient_saved.emit(hit)

        self.search(self.field.text(), then=select)
