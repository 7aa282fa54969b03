"""The status bar's word about a newer release: hidden unless one is available; a click offers
its notes and the installer, never while a write waits in the outbox."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QToolButton, QWidget

from frontdesk import __version__
from frontdesk.domain.errors import FrontdeskError
from frontdesk.sync.facade.updates import (
    UpdateCheck,
    UpdateSettings,
    UpdateState,
    check_for_update,
    fetch_installer,
    install_blocked,
)
from frontdesk.ui import tasks
from frontdesk.ui.i18n import arg

CHECK_EVERY_MS = 6 * 3600 * 1000  # a workstation left on all week still hears of a release

Checker = Callable[[UpdateSettings, str], Coroutine[Any, Any, UpdateCheck]]
Fetcher = Callable[[UpdateSettings, Path], Coroutine[Any, Any, Path]]


class UpdateNotice(QToolButton):
    """`waiting_writes` says how many writes wait in the outbox right now."""

    checked = Signal(object)  # UpdateCheck, after every check
    notice = Signal(str)  # a line for the status bar

    def __init__(
        self,
        settings: UpdateSettings,
        waiting_writes: Callable[[], int],
        parent: QWidget | None = None,
        *,
        checker: Checker = check_for_update,
        fetcher: Fetcher = fetch_installer,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.waiting_writes = waiting_writes
        self.checker, self.fetcher = checker, fetcher
        self.last: UpdateCheck | None = None
        self.setAutoRaise(True)
        self.setAccessibleName(self.tr("A newer frontdesk is available"))
        self.hide()
        self.clicked.connect(self.offer)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Check now and then every few hours, unless the clinic switched checks off."""
        if self.settings.off_reason is not None:
            self.last = UpdateCheck(UpdateState.OFF, __version__, reason=self.settings.off_reason)
            self.checked.emit(self.last)
            return
        self.check()
        self.timer.start()

    def check(self) -> None:
        tasks.run(self.checker(self.settings, __version__), self._checked)

    def _checked(self, result: UpdateCheck) -> None:
        self.last = result
        self.setVisible(result.state is UpdateState.AVAILABLE)
        self.setText(result.text)
        self.setToolTip(self.tr("Click to see what is new and get the installer"))
        self.checked.emit(result)

    def blocked(self) -> str | None:
        return install_blocked(self.waiting_writes())

    def offer(self) -> None:
        if self.last is None or self.last.state is not UpdateState.AVAILABLE:
            return
        box = QMessageBox(self.window())
        box.setWindowTitle(self.tr("Update available"))
        box.setText(
            arg(
                self.tr("frontdesk %1 is available (this is %2)."),
                self.last.latest,
                self.last.current,
            )
        )
        box.setInformativeText(self.last.notes or "")
        get = box.addButton(self.tr("Get the installer"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(get)
        why = self.blocked()
        if why is not None:
            get.setEnabled(False)
            box.setInformativeText(f"{self.last.notes}\n\n{why}.".strip())
        box.exec()
        if box.clickedButton() is get:
            self.get_installer()

    def get_installer(self) -> None:
        why = self.blocked()  # asked again: a write may have been made while the box was open
        if why is not None:
            self.notice.emit(f"Not now: {why}")
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        self.notice.emit("Downloading the installer…")
        tasks.run(self.fetcher(self.settings, Path(folder)), self._fetched, self._failed)

    def _fetched(self, installer: Path) -> None:
        if self.blocked() is not None:  # never hand over while a write waits
            self.notice.emit(f"The installer is in {installer.parent}; {self.blocked()}")
            return
        self.notice.emit(f"Opening the installer ({installer.name})")
        # The system opens it: Windows runs the setup (which closes frontdesk first), Linux
        # its software centre, macOS mounts the disk image.
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(installer)))

    def _failed(self, error: FrontdeskError) -> None:
        self.notice.emit("The installer could not be downloaded; try again later")
