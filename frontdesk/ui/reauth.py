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

from frontdesk.connectors.base import Connector
from frontdesk.connectors.registry import spec
from frontdesk.domain.errors import FrontdeskError
from frontdesk.store import secrets
from frontdesk.sync.coordinator import AccountStatus, Health
from frontdesk.sync.facade.desk import Workspace
from frontdesk.ui import tasks
from frontdesk.ui.account_fields import text_for
from frontdesk.ui.alive import alive
from frontdesk.ui.live_account import explain, try_settings, use_connector
from frontdesk.ui.tones import error_style


async def resume(workspace: Workspace, account: str) -> None:
    """Sync the account again, then send the writes that waited for the credentials."""
    coordinator = workspace.coordinators.get(account)
    if coordinator is not None:
        await coordinator.sync()
    await workspace.outbox.drain(account)


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
        connector = workspace.connectors[account]
        self.vendor = spec(connector.account.vendor)
        self.setWindowTitle(f"Sign in again — {account}")
        self.setMinimumWidth(500)
        self._busy = False

        self.intro = intro = QLabel(
            f"<b>{self.vendor.label} no longer accepts the saved credentials for {account}.</b>"
            "<br>Enter them again to carry on. Until then the book shows what was last fetched,"
            " and changes wait to be sent."
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
        self.sign_in = self.buttons.addButton("Sign in", QDialogButtonBox.ButtonRole.AcceptRole)
        self.later = self.buttons.addButton("Later", QDialogButtonBox.ButtonRole.RejectRole)
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
        current = self.workspace.connectors[self.account].account
        typed = {k: e.text() for k, e in self.inputs.items() if e.text()}
        config = type(current)(
            current.name,
            current.vendor,
            current.base_url,
            dict(current.options),
            {**current.secrets, **typed},
        )
        self._busy = True
        self._check()
        self.problem.setStyleSheet("")
        self.problem.setText(f"Checking with {self.vendor.label}…")
        tasks.run(
            try_settings(self.workspace, config),
            lambda connector: self._accepted(connector, typed),
            self._refused,
        )

    def _accepted(self, connector: Connector, typed: dict[str, str]) -> None:
        if not alive(self):
            return
        use_connector(self.workspace, connector)
        stored = ""
        try:
            secrets.save(self.account, typed)
        except FrontdeskError as exc:  # NoKeyring: good for this session only
            stored = f" They could not be kept in the keyring ({exc}): you will be asked again."
        tasks.run(resume(self.workspace, self.account), None, lambda _e: None)
        self.signed_in.emit(self.account)
        if stored:
            self._busy = False
            self.problem.setText(f"Signed in for this session.{stored}")
            self.later.setText("Close")
            self.sign_in.hide()
            return
        self.accept()

    def _refused(self, error: FrontdeskError) -> None:
        if not alive(self):
            return
        self._busy = False
        self._check()
        self.problem.setStyleSheet(error_style())
        self.problem.setText(
            explain(
                error, self.vendor.label, self.workspace.connectors[self.account].account.base_url
            )
        )
        for edit in self.inputs.values():
            edit.selectAll()


class ReauthWatcher(QObject):
    """Watches every account; the first time one needs login, asks for its credentials.

    "Later" is respected: the account is not asked about again until it has been online once
    more (the accounts dialog and the status bar still offer to sign in).
    """

    prompted = Signal(str)  # the account a prompt was opened for

    def __init__(self, workspace: Workspace, window: QWidget) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.window = window
        self.dialogs: dict[str, ReauthDialog] = {}
        self.declined: set[str] = set()
        for coordinator in workspace.coordinators.values():
            coordinator.listeners.append(self._changed)
        workspace.account_listeners.append(self._added)

    def _added(self, name: str) -> None:
        coordinator = self.workspace.coordinators.get(name)
        if coordinator is not None:  # not for an account just removed
            coordinator.listeners.append(self._changed)

    def _changed(self, status: AccountStatus) -> None:
        if status.health is Health.ONLINE:
            self.declined.discard(status.account)
            return
        if status.health is not Health.NEEDS_LOGIN:
            return
        if status.account in self.dialogs or status.account in self.declined:
            return
        # Not from inside the coordinator's own call: open it once the event loop is free.
        QTimer.singleShot(0, lambda: self.prompt(status.account, status.message))

    def prompt(self, account: str, message: str = "") -> ReauthDialog | None:
        if account in self.dialogs or account not in self.workspace.connectors:
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
