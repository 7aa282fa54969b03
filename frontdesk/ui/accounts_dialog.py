"""Accounts: add, edit and remove a clinic's vendor accounts, with exactly the settings each
vendor needs, tested before they are saved. Secrets go to the keyring and nowhere else; they
are typed in password fields and never shown again.

The dialog talks to the core through `facade.accounts` only: every cache and keyring call runs on
the workspace's cache worker, and the list follows the workspace's change feed while shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.accounts import AccountConfig, Health, StoredAccount, VendorInfo
from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.texts import Text
from frontdesk.sync.facade import accounts as admin
from frontdesk.sync.facade.desk import Changes, Workspace
from frontdesk.ui import tasks
from frontdesk.ui.account_fields import Field, fields_of, help_text
from frontdesk.ui.alive import alive
from frontdesk.ui.dialog_guard import ask_before_discarding, make_primary
from frontdesk.ui.domain_text import error_text, shown
from frontdesk.ui.i18n import arg
from frontdesk.ui.models import AccountRow, AccountsModel, RecordRole
from frontdesk.ui.status_bar import health_label
from frontdesk.ui.tab_order import follow_the_eye, laid_out
from frontdesk.ui.tones import error_colour, error_style, ok_colour

COMMON = admin.COMMON_OPTIONS
KEPT = QT_TRANSLATE_NOOP("AccountsDialog", "stored in the keyring — leave empty to keep")


class Following:
    """A subscription to the change feed that a widget drops when it closes or is destroyed
    (a plain object: it can still run while the widget's C++ side is going away)."""

    def __init__(self) -> None:
        self._unsubscribe: Callable[[], None] | None = None

    @property
    def active(self) -> bool:
        return self._unsubscribe is not None

    def start(self, workspace: Workspace, listener: Callable[[Changes], None]) -> None:
        if self._unsubscribe is None:
            self._unsubscribe = workspace.feed.subscribe(listener)

    def stop(self, *_args: object) -> None:
        unsubscribe, self._unsubscribe = self._unsubscribe, None
        if unsubscribe is not None:
            unsubscribe()


class AccountsDialog(QDialog):
    accounts_changed = Signal(str)  # the account added, edited or removed
    tested = Signal(bool)  # a connection test finished: did it work?

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Accounts"))
        self.resize(820, 560)
        self.workspace = workspace
        self.vendor: VendorInfo | None = None
        self.editing: StoredAccount | None = None
        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.fields: list[Field] = []
        self._trial: admin.Trial | None = None  # the last test that passed
        self._kept: dict[str, str] = {}  # the edited account's secrets (never shown)
        self._testing = False
        self.confirm: QMessageBox | None = None
        # While shown, the list follows the feed (health, accounts added or removed elsewhere).
        self.following = Following()
        self.destroyed.connect(self.following.stop)

        # Left: the accounts.
        self.model = AccountsModel()
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Accounts"))
        self.list.setSpacing(2)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumWidth(230)
        self.add_button = QPushButton(self.tr("Add account…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setEnabled(False)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)

        # Right: the chosen account's settings.
        self.title = QLabel()
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.title.setFont(title_font)
        self.vendor_box = QComboBox()
        self.vendor_box.setAccessibleName(self.tr("Vendor"))
        for info in admin.vendors():
            self.vendor_box.addItem(info.label, info.key)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Account name"))
        self.name.setPlaceholderText(self.tr("What the front desk calls it, e.g. Brussels clinic"))
        self.base_url = QLineEdit()
        self.base_url.setAccessibleName(self.tr("Server address"))
        self.name_error = self._error_label()
        self.url_error = self._error_label()
        self.name_box = self._with_error(self.name, self.name_error)
        self.url_box = self._with_error(self.base_url, self.url_error)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.advanced_toggle = QToolButton()
        self.advanced_toggle.setText(self.tr("Advanced settings"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setAutoRaise(True)
        self.advanced_rows: list[QWidget] = []  # field widgets of the rows the toggle shows
        self.everyday_rows: list[QWidget] = []
        self.test_button = QPushButton(self.tr("Test connection"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_untested = QPushButton(self.tr("Save without testing"))
        self.save_untested.hide()
        self.reauth_button = QPushButton(self.tr("Sign in again…"))
        self.reauth_button.hide()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Test result"))
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.editor = QWidget()
        right = QVBoxLayout(self.editor)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.title)
        right.addWidget(self.help)
        right.addLayout(self.form)
        right.addStretch(1)
        right.addWidget(self.outcome)
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addWidget(self.reauth_button)
        actions.addStretch(1)
        actions.addWidget(self.save_untested)
        actions.addWidget(self.save_button)
        right.addLayout(actions)
        self.placeholder = QLabel(self.tr("Choose an account, or add one."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addWidget(line)
        body.addWidget(self.editor, 1)
        body.addWidget(self.placeholder, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_box = close
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)

        close.rejected.connect(self.reject)
        # Enter saves the account being edited, whichever field or button has the focus; Escape
        # with settings typed and not saved asks first.
        make_primary(
            self.save_button,
            self.add_button,
            self.remove_button,
            self.test_button,
            self.save_untested,
            self.reauth_button,
            *close.buttons(),
        )
        self.typed_unsaved = False
        self.list.selectionModel().currentChanged.connect(self._chosen)
        self.add_button.clicked.connect(lambda: self.start_adding())
        self.remove_button.clicked.connect(self.remove_current)
        self.vendor_box.currentIndexChanged.connect(lambda _i: self._vendor_chosen())
        self.advanced_toggle.toggled.connect(self._show_advanced)
        self.test_button.clicked.connect(self.test_connection)
        self.save_button.clicked.connect(lambda: self.save(tested_first=True))
        self.save_untested.clicked.connect(lambda: self.save(tested_first=False))
        self.reauth_button.clicked.connect(self._reauthenticate)
        for edit in (self.name, self.base_url):
            edit.textEdited.connect(lambda _t: self._edited())
        self.reload()

    # -- the list ----------------------------------------------------------------------------
    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setStyleSheet(error_style())
        label.setWordWrap(True)
        label.hide()
        return label

    def _rows(self) -> list[AccountRow]:
        """From the reference snapshot and the running accounts' status: no SQL here."""
        rows = []
        for stored in self.workspace.reference.accounts:
            info = admin.vendor(stored.vendor)
            label = info.label if info else arg(self.tr("%1 (not in this version)"), stored.vendor)
            status = self.workspace.status(stored.name)
            health = self.tr("not running yet") if status is None else health_label(status.health)
            rows.append(AccountRow(stored.name, stored.vendor, label, health))
        return rows

    def reload(self, select: str | None = None) -> None:
        self.model.set_rows(self._rows())
        row = self.model.row_of(select) if select else -1
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))
        elif self.editing is None and self.vendor is None:
            self._show_editor(False)

    # -- following the workspace --------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if not self.following.active:
            self.following.start(self.workspace, self._changed)
            self._refresh_rows()  # what changed while hidden
        super().showEvent(event)

    def done(self, result: int) -> None:
        self.following.stop()
        super().done(result)

    def _changed(self, changes: Changes) -> None:
        if (changes.accounts or changes.reference) and alive(self):
            self._refresh_rows()

    def _refresh_rows(self) -> None:
        """New rows, the current one kept without reloading the form (nor what is typed)."""
        rows = self._rows()
        if rows == self.model.rows:
            return
        current = self.list.currentIndex()
        chosen: AccountRow | None = current.data(RecordRole) if current.isValid() else None
        with QSignalBlocker(self.list.selectionModel()):
            self.model.set_rows(rows)
            row = self.model.row_of(chosen.name) if chosen else -1
            if row >= 0:
                self.list.setCurrentIndex(self.model.index(row, 0))

    def _show_editor(self, shown: bool) -> None:
        self.editor.setVisible(shown)
        self.placeholder.setVisible(not shown)

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row: AccountRow | None = current.data(RecordRole) if current.isValid() else None
        self.remove_button.setEnabled(row is not None)
        stored = self.workspace.reference.account(row.name) if row else None
        if stored is not None:
            self.load(stored)

    # -- the form ----------------------------------------------------------------------------
    def start_adding(self, vendor: str | None = None) -> None:
        """A new account: the vendor first, then exactly its settings."""
        self.editing = None
        self.list.clearSelection()
        self.remove_button.setEnabled(False)
        self.vendor_box.setEnabled(True)
        if vendor is not None:
            self.vendor_box.setCurrentIndex(self.vendor_box.findData(vendor))
        self._build_chosen()
        self.title.setText(self.tr("New account"))
        self.name.setReadOnly(False)
        self.name.clear()
        self.name.setFocus()

    def load(self, stored: StoredAccount) -> None:
        vendor = admin.vendor(stored.vendor)
        if vendor is None:
            self._show_editor(False)
            self.placeholder.setText(
                arg(self.tr("unknown vendor '%1' (not in this version)"), stored.vendor)
            )
            return
        self.editing = stored
        self.vendor_box.setCurrentIndex(self.vendor_box.findData(stored.vendor))
        self.vendor_box.setEnabled(False)
        self._build(vendor)
        self.title.setText(stored.name)
        self.name.setText(stored.name)
        self.name.setReadOnly(True)  # the keyring entries are filed under the name
        self.name.setToolTip(self.tr("To rename, add the account again under the new name"))
        if stored.base_url and stored.base_url != vendor.default_base_url:
            self.base_url.setText(stored.base_url)
        for key, value in stored.options.items():
            if key in self.inputs:
                self.inputs[key].setText(value)
        # What the running account signs in with at once; the keyring's, read on the worker.
        self._show_kept(admin.running_secrets(self.workspace, stored.name))
        tasks.run(
            admin.stored_secrets(self.workspace, stored.name),
            lambda kept: self._secrets_read(stored.name, kept),
            lambda _error: None,  # the running account's secrets are kept
        )
        if any(f.advanced and self.inputs[f.key].text() for f in self.fields):
            self.advanced_toggle.setChecked(True)
        status = self.workspace.status(stored.name)
        self.reauth_button.setVisible(status is not None and status.health is Health.NEEDS_LOGIN)

    def _secrets_read(self, name: str, kept: dict[str, str]) -> None:
        if alive(self) and self.editing is not None and self.editing.name == name:
            self._show_kept(kept)

    def _show_kept(self, kept: dict[str, str]) -> None:
        self._kept = dict(kept)
        for f in self.fields:
            if f.secret:
                self.inputs[f.key].setPlaceholderText(self.tr(str(KEPT)) if f.key in kept else "")

    def _build_chosen(self) -> None:
        vendor = admin.vendor(self.vendor_box.currentData())
        if vendor is not None:
            self._build(vendor)

    def _vendor_chosen(self) -> None:
        if self.editing is None and self.vendor_box.isEnabled():
            self._build_chosen()

    def _clear_form(self) -> None:
        """Empty the form; the vendor, name, address and toggle rows are kept for the next."""
        self.typed_unsaved = False
        kept = {self.vendor_box, self.name_box, self.url_box, self.advanced_toggle}
        while self.form.rowCount():
            taken = self.form.takeRow(0)
            for item in (taken.labelItem, taken.fieldItem):
                widget = item.widget() if item is not None else None
                if widget is None:
                    continue
                widget.hide()
                if widget not in kept:
                    widget.deleteLater()
        self.inputs.clear()
        self.errors.clear()
        self.advanced_rows.clear()
        self.everyday_rows.clear()

    def _build(self, vendor: VendorInfo) -> None:
        self._clear_form()
        self.vendor = vendor
        self._trial = None
        self._kept = {}
        self.save_untested.hide()
        self.reauth_button.hide()
        self.outcome.clear()
        self.help.setText(help_text(vendor.help))
        self.base_url.clear()
        self.base_url.setPlaceholderText(vendor.default_base_url)
        self.base_url.setToolTip(self.tr("Leave empty for the vendor's usual address"))
        self.fields = fields_of(vendor, COMMON)
        self.form.addRow(self.tr("Vendor"), self.vendor_box)
        self.form.addRow(self.tr("Name *"), self.name_box)
        rows: list[tuple[str, QWidget, bool]] = []
        for f in self.fields:
            edit = QLineEdit()
            edit.setAccessibleName(f.label)
            edit.setToolTip(f.hint)
            if f.secret:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            elif f.hint:
                edit.setPlaceholderText(f.hint)
            edit.textEdited.connect(lambda _t: self._edited())
            self.inputs[f.key] = edit
            self.errors[f.key] = self._error_label()
            label = f.label + (" *" if f.required else "")
            rows.append((label, self._with_error(edit, self.errors[f.key]), f.advanced))
        for label, box, advanced in rows:
            if not advanced:
                self.form.addRow(label, box)
                self.everyday_rows.append(box)
        self.form.addRow(self.advanced_toggle)
        for label, box, advanced in rows:
            if advanced:
                self.form.addRow(label, box)
                self.advanced_rows.append(box)
        self.form.addRow(self.tr("Server address"), self.url_box)
        self.advanced_rows.append(self.url_box)
        for widget in (self.vendor_box, self.name_box, self.url_box, self.advanced_toggle):
            widget.show()
        self.advanced_toggle.setChecked(False)
        self._show_advanced(False)
        self._show_editor(True)
        for error in (self.name_error, self.url_error):
            error.hide()
        self._follow_the_eye()

    def _follow_the_eye(self) -> None:
        """The list and its buttons, then the form as laid out, then Close (the form's rows are
        made anew for each vendor, at the end of the focus chain)."""
        editor = self.editor.layout()
        form = laid_out(editor) if editor is not None else []
        follow_the_eye(self.list, self.add_button, self.remove_button, *form, self.close_box)

    @staticmethod
    def _with_error(edit: QWidget, error: QLabel) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(edit)
        layout.addWidget(error)
        return box

    def _show_advanced(self, shown: bool) -> None:
        for box in self.advanced_rows:
            self.form.setRowVisible(box, shown)
        for box in self.everyday_rows:
            self.form.setRowVisible(box, True)
        self.advanced_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def reject(self) -> None:
        ask_before_discarding(
            self,
            self.typed_unsaved,
            super().reject,
            self.tr("The account's settings are not saved."),
        )

    def _edited(self) -> None:
        self.typed_unsaved = True
        self.save_untested.hide()
        for label in [self.name_error, self.url_error, *self.errors.values()]:
            label.hide()

    # -- settings ----------------------------------------------------------------------------
    def _kept_secrets(self) -> dict[str, str]:
        """Secrets already stored for the account being edited (never shown)."""
        if self.editing is None or self.vendor is None:
            return {}
        return dict(self._kept)

    def config(self) -> AccountConfig:
        assert self.vendor is not None
        options = {
            f.key: self.inputs[f.key].text().strip()
            for f in self.fields
            if not f.secret and self.inputs[f.key].text().strip()
        }
        typed = {
            f.key: self.inputs[f.key].text()
            for f in self.fields
            if f.secret and self.inputs[f.key].text()
        }
        return AccountConfig(
            self.name.text().strip(),
            self.vendor.key,
            self.base_url.text().strip() or self.vendor.default_base_url,
            options,
            {**self._kept_secrets(), **typed},
        )

    def check(self, *, saving: bool = False) -> bool:
        """Say, under each field, what is missing or wrong; True when nothing is.

        The address rules (https, or http to this computer only) apply to what is saved; a test
        may reach whatever the window can (the demo's in-process vendors)."""
        if self.vendor is None:
            return False
        config = self.config()
        given = {**config.options, **config.secrets}
        ok = True
        for f in self.fields:
            missing = f.required and not given.get(f.key, "").strip()
            self.errors[f.key].setText(arg(self.tr("%1 is required."), f.label) if missing else "")
            self.errors[f.key].setVisible(missing)
            ok &= not missing
        name_problem = ""
        if not config.name:
            name_problem = self.tr("Give the account a name.")
        elif self.editing is None and self.workspace.reference.account(config.name) is not None:
            name_problem = self.tr("An account with this name exists already.")
        self.name_error.setText(name_problem)
        self.name_error.setVisible(bool(name_problem))
        url_problem = ""
        try:
            admin.check_url(config.base_url, Text("the server address"))
        except admin.InvalidSettings as exc:
            if saving or not config.base_url.startswith(("http://", "https://")):
                said = shown(exc.message)  # a sentence of its own here
                url_problem = said[:1].upper() + said[1:] + "."
        self.url_error.setText(url_problem)
        self.url_error.setVisible(bool(url_problem))
        if url_problem:
            self.advanced_toggle.setChecked(True)
        return ok and not name_problem and not url_problem

    # -- testing and saving ----------------------------------------------------------------------
    def _say(self, text: str, colour: str | None = None) -> None:
        self.outcome.setStyleSheet(f"color: {colour};" if colour else "")
        self.outcome.setText(text)

    def test_connection(self, then_save: bool = False) -> None:
        if self._testing or not self.check():
            return
        config = self.config()
        assert self.vendor is not None
        label, url = self.vendor.label, config.base_url
        self._testing = True
        self.test_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self._say(arg(self.tr("Testing the connection to %1…"), label))
        tasks.run(
            admin.test_settings(self.workspace, config),
            lambda trial: self._test_passed(trial, then_save),
            lambda error: self._test_failed(error, label, url),
        )

    def _test_done(self) -> bool:
        if not alive(self):
            return False
        self._testing = False
        self.test_button.setEnabled(True)
        self.save_button.setEnabled(True)
        return True

    def _test_passed(self, trial: admin.Trial, then_save: bool) -> None:
        if not self._test_done():
            return
        self._trial = trial
        label = self.vendor.label if self.vendor else trial.config.vendor
        self._say(arg(self.tr("✓ Connected: %1 accepted these settings."), label), ok_colour())
        self.tested.emit(True)
        if then_save:
            self._store(trial.config)

    def _test_failed(self, error: FrontdeskError, label: str, url: str) -> None:
        if not self._test_done():
            return
        self._trial = None
        failed = shown(admin.explain(error, label, url))
        self._say(arg(self.tr("✗ %1 Nothing was saved."), failed), error_colour())
        self.save_untested.show()
        self.tested.emit(False)

    def save(self, *, tested_first: bool = True) -> None:
        """Saved only once the vendor has accepted the settings (unless told otherwise)."""
        if not self.check(saving=True):
            return
        config = self.config()
        fresh = self._trial is not None and self._trial.matches(config)
        if fresh or not tested_first:
            self._store(config)
        else:
            self.test_connection(then_save=True)

    def _store(self, config: AccountConfig) -> None:
        assert self.vendor is not None
        vendor = self.vendor
        try:
            settings = admin.validate(
                vendor,
                config.name,
                base_url=config.base_url,
                options=config.options,
                secrets=config.secrets,
            )
        except admin.InvalidSettings as exc:
            self._say(arg(self.tr("Not saved: %1"), shown(exc.message)), error_colour())
            return
        trial = self._trial if self._trial is not None and self._trial.matches(config) else None
        self.save_button.setEnabled(False)
        # The cache and the keyring on the worker; then the account runs with these settings.
        tasks.run(
            admin.save(self.workspace, settings, trial),
            lambda running: self._stored(settings.name, running),
            self._store_failed,
        )

    def _stored(self, name: str, running: bool) -> None:
        if not alive(self):
            return
        self.save_button.setEnabled(True)
        self.save_untested.hide()
        self.typed_unsaved = False
        self.editing = self.workspace.reference.account(name)
        self.reload(select=name)
        self._say(
            self.tr("Saved. The secrets are in the keyring.")
            if running
            else self.tr(
                "Saved. The secrets are in the keyring. "
                "frontdesk starts syncing this account at its next start."
            ),
            ok_colour(),
        )
        self.accounts_changed.emit(name)

    def _store_failed(self, error: FrontdeskError) -> None:
        if alive(self):
            self.save_button.setEnabled(True)
            self._say(arg(self.tr("Not saved: %1"), error_text(error)), error_colour())

    # -- removing ------------------------------------------------------------------------------
    def remove_current(self) -> QMessageBox | None:
        index = self.list.currentIndex()
        row: AccountRow | None = index.data(RecordRole) if index.isValid() else None
        if row is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove account"),
            arg(
                self.tr(
                    "Remove %1? Its settings, its cached data and its secrets in the keyring "
                    "are deleted. Nothing changes in %2 itself."
                ),
                row.name,
                row.label,
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._answered(button is remove, row))
        self.confirm = box
        box.open()
        return box

    def _answered(self, remove: bool, row: AccountRow) -> None:
        if remove:
            self._remove(row)

    def _remove(self, row: AccountRow) -> None:
        # The keyring and the cache on the worker; then it leaves the running window.
        tasks.run(
            admin.remove(self.workspace, row.name),
            lambda _none: self._removed(row.name),
            self._store_failed,
        )

    def _removed(self, name: str) -> None:
        if not alive(self):
            return
        self.editing = None
        self.vendor = None
        self.reload()
        self._show_editor(False)
        self.placeholder.setText(arg(self.tr("%1 was removed."), name))
        self.accounts_changed.emit(name)

    # -- re-authentication ------------------------------------------------------------------------
    def _reauthenticate(self) -> None:
        from frontdesk.ui.reauth import ReauthDialog  # the prompt uses this dialog's helpers

        if self.editing is not None:
            ReauthDialog(self.workspace, self.editing.name, parent=self).open()
