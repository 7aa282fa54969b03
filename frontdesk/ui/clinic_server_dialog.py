"""File > Clinic server...: the clinic's PostgreSQL this desk opens (clinic mode), checked by
connecting before it is saved; the password goes to this computer's keyring, never to the
settings. Takes effect at the next start (the window's store is opened before it is shown)."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from frontdesk.domain.errors import FrontdeskError
from frontdesk.sync.facade import clinic
from frontdesk.ui.domain_text import error_text
from frontdesk.ui.i18n import arg

EXAMPLE = "postgresql://desk_3@db.clinic.lan/frontdesk?sslmode=verify-full"


class ClinicServerDialog(QDialog):
    def __init__(self, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clinic server"))
        self.setObjectName("clinic-server")
        form = QFormLayout(self)
        self.url = QLineEdit(current or "")
        self.url.setPlaceholderText(EXAMPLE)
        self.url.setAccessibleName(self.tr("Clinic server address"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Database password"))
        self.password.setPlaceholderText(self.tr("kept in this computer's keyring"))
        form.addRow(self.tr("Address"), self.url)
        form.addRow(self.tr("Password"), self.password)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        form.addRow(self.result_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("Check and save"))
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.forget_button = QPushButton(self.tr("Use this computer's own book"))
        self.forget_button.setEnabled(current is not None)
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.check_and_save)
        self.forget_button.clicked.connect(self.forget)
        form.addRow(buttons)

    def check_and_save(self) -> None:
        from frontdesk.ui import tasks

        self.save_button.setEnabled(False)
        self.result_label.setText(self.tr("Connecting…"))
        # The keyring and the connection block: on a thread of their own, never the GUI's.
        work = asyncio.to_thread(clinic.check_and_save, self.url.text(), self.password.text())
        tasks.run(work, self._saved, self._refused)

    def _saved(self, name: str) -> None:
        self.password.clear()
        self.save_button.setEnabled(True)
        self.result_label.setText(
            arg(self.tr("Saved: %1. frontdesk opens the clinic's book at its next start."), name)
        )

    def _refused(self, error: FrontdeskError) -> None:
        self.save_button.setEnabled(True)
        self.result_label.setText(error_text(error))

    def forget(self) -> None:
        from frontdesk.ui import tasks

        def done(_none: None) -> None:
            self.result_label.setText(self.tr("This computer's own book opens at the next start."))
            self.forget_button.setEnabled(False)

        tasks.run(asyncio.to_thread(clinic.forget_url), done, self._refused)
