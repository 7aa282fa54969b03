"""When a vendor stops accepting an account's credentials (401: the account "needs login"),
the receptionist is asked for them again in a small dialog, not shown a stack trace.

The new secrets are tried first; once the vendor accepts them they go to the keyring, the
running window uses them at once, and the account syncs again (sending the writes that waited).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.accounts import Health, VendorInfo
from frontdesk.domain.errors import FrontdeskError
from frontdesk.sync.facade import accounts as admin
from frontdesk.sync.facade.desk import Changes, Workspace
from frontdesk.ui import tasks
from frontdesk.ui.account_fields import text_for
from frontdesk.ui.alive import alive
from frontdesk.ui.i18n import arg
from frontdesk.ui.tones import error_style


def vendor_of(workspace: Workspace, account: str) -> tuple[VendorInfo, str]:
    """The account's vendor and address, from the reference snapshot (no SQL)."""
    stored = workspace.reference.account(account)
    info = admin.vendor(stored.vendor) if stored is not None else None
    if stored is None or info is None:
        raise KeyError(f"{account} is not a configured account of a known vendor")
    return info, stored.base_url or info.default_base_url


class ReauthDialog(QDialog):
    signed_in = Signal(str)  # the account, now accepted again

    def __init__(
        self,
        workspace: Workspace,
        account: str,
        *,
        message: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.account = account
        self.vendor, self.base_url = vendor_of(workspace, account)
        self.setWindowTitle(arg(self.tr("Sign in again — %1"), account))
        self.setMinimumWidth(500)
        self._busy = False

        self.intro = intro = QLabel(
            arg(
                self.tr(
                    "<b>%1 no longer accepts the saved credentials for %2.</b>"
                    "<br>Enter them again to carry on. Until then the book shows what was last "
                    "fetched, and changes wait to be sent."
                ),
                self.vendor.label,
                account,
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        detail = QLabel(message)
        detail.setWordWrap(True)
        detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        detail.setVisible(bool(message))
        self.inputs: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in self.vendor.secrets:
            label, hint = text_for(self.vendor.key, key)
            edit = QLineEdit()
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(label)
            edit.setToolTip(hint)
            edit.textEdited.connect(lambda _t: self._check())
            self.inputs[key] = edit
            form.addRow(label + (" *" if key in self.vendor.required else ""), edit)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.sign_in = self.buttons.addButton(
            self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later = self.buttons.addButton(
            self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.sign_in.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(detail)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.sign_in.clicked.connect(self.submit)
        self.later.clicked.connect(self.reject)
        self._check()

    def _check(self) -> bool:
        missing = [
            key
            for key in self.vendor.secrets
            if key in self.vendor.required and not self.inputs[key].text()
        ]
        self.sign_in.setEnabled(not missing and not self._busy)
        return not missing

    def submit(self) -> None:
        if self._busy or not self._check():
            return
        typed = {k: e.text() for k, e in self.inputs.items() if e.text()}
        self._busy = True
        self._check()
        self.problem.setStyleSheet("")
        self.problem.setText(arg(self.tr("Checking with %1…"), self.vendor.label))
        # Tried with the vendor, kept in the keyring (on the worker), used at once; the account
        # then syncs and sends what waited, in the background.
        tasks.run(admin.renew(self.workspace, self.account, typed), self._accepted, self._refused)

    def _accepted(self, renewal: admin.Renewal) -> None:
        if not alive(self):
            return
        stored = ""
        if not renewal.kept:
            stored = arg(
                self.tr(
                    "Signed in for this session. They could not be kept in the keyring (%1): "
                    "you will be asked again."
                ),
                renewal.problem,
            )
        self.signed_in.emit(self.account)
        if stored:
            self._busy = False
            self.problem.setText(stored)
            self.later.setText(self.tr("Close"))
            self.sign_in.hide()
            return
        self.accept()

    def _refused(self, error: FrontdeskError) -> None:
        if not alive(self):
            return
        self._busy = False
        self._check()
        self.problem.setStyleSheet(error_style())
        self.problem.setText(admin.explain(error, self.vendor.label, self.base_url))
        for edit in self.inputs.values():
            edit.selectAll()


class ReauthWatcher(QObject):
    """Watches every account through the change feed; when one comes to need login, asks for
    its credentials.

    "Later" is respected: the account is not asked about again until it has been online once
    more (the accounts dialog and the status bar still offer to sign in). Only a change of an
    account's health counts: the feed tells of an account for many reasons.
    """

    prompted = Signal(str)  # the account a prompt was opened for

    def __init__(self, workspace: Workspace, window: QWidget) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.window = window
        self.dialogs: dict[str, ReauthDialog] = {}
        self.declined: set[str] = set()
        self.health: dict[str, Health] = {s.account: s.health for s in workspace.statuses()}
        # One subscription for every account, now and later; dropped with the watcher.
        self.unsubscribe = workspace.feed.subscribe(self._changed)
        unsubscribe = self.unsubscribe  # not `self`: it runs while the watcher is destroyed
        self.destroyed.connect(lambda *_: unsubscribe())

    def _changed(self, changes: Changes) -> None:
        for name in changes.accounts:
            status = self.workspace.status(name)
            if status is None:  # removed
                self.health.pop(name, None)
                self.declined.discard(name)
                continue
            if self.health.get(name) is status.health:
                continue
            self.health[name] = status.health
            if status.health is Health.ONLINE:
                self.declined.discard(name)
            elif status.health is Health.NEEDS_LOGIN:
                self._needs_login(name, status.message)

    def _needs_login(self, account: str, message: str) -> None:
        if account in self.dialogs or account in self.declined:
            return
        # Not from inside the coordinator's own call: open it once the event loop is free.
        QTimer.singleShot(0, lambda: self.prompt(account, message))

    def prompt(self, account: str, message: str = "") -> ReauthDialog | None:
        if account in self.dialogs or account not in self.workspace.account_names:
            return self.dialogs.get(account)
        if not alive(self.window):
            return None
        dialog = ReauthDialog(self.workspace, account, message=message, parent=self.window)
        self.dialogs[account] = dialog
        dialog.rejected.connect(lambda: self.declined.add(account))
        dialog.finished.connect(lambda _r: self._closed(account))
        dialog.open()
        self.prompted.emit(account)
        return dialog

    def _closed(self, account: str) -> None:
        with contextlib.suppress(KeyError):
            del self.dialogs[account]
