"""The status bar's word on the clinic server for a desk with an offline mirror (issue 14 item
8): hidden while the server answers; "Clinic server unreachable — showing the book as of
10:42" (the home zone's wall clock) while the desk works from its own copy. A write refused
when the desk hands its queued writes over on reconnect is told by `refused`."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from frontdesk.sync.facade import clinic
from frontdesk.sync.facade.desk import Workspace
from frontdesk.ui.i18n import arg


class ServerLinkLabel(QLabel):
    refused = Signal(str)  # a sentence for the status bar (the window says it assertively)

    def __init__(
        self, workspace: Workspace, link: clinic.DeskLink, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("server-link")
        self.setAccessibleName(self.tr("Clinic server"))
        self.setStyleSheet("color: #C62828; font-weight: bold;")
        self.workspace = workspace
        self.link = link
        # The link tells on the event loop's thread, which is the GUI thread under qasync.
        gone = [link.changed.subscribe(self._changed), link.refused.subscribe(self._refused)]
        self.destroyed.connect(lambda *_: [unsubscribe() for unsubscribe in gone])
        self.show_state()

    def _changed(self, _link: clinic.DeskLink) -> None:
        self.show_state()

    def show_state(self) -> None:
        if not self.link.offline:
            self.setText("")
            self.setToolTip("")
            self.hide()
            return
        self.setText(self.offline_text(self.link.as_of, self.workspace.zone()))
        self.setToolTip(
            self.tr(
                "This desk shows its own copy of the book and keeps your changes until the "
                "clinic server answers again; then they are handed to the clinic's sync agent."
            )
        )
        self.show()

    def offline_text(self, as_of: datetime | None, zone: ZoneInfo) -> str:
        if as_of is None:
            return self.tr("Clinic server unreachable — showing this desk's copy of the book")
        local = as_of.astimezone(zone)
        today = self.workspace.clock.now().astimezone(zone).date()
        when = f"{local:%H:%M}" if local.date() == today else f"{local:%Y-%m-%d %H:%M}"
        return arg(self.tr("Clinic server unreachable — showing the book as of %1"), when)

    def _refused(self, refusal: clinic.Refused) -> None:
        self.refused.emit(
            arg(
                self.tr("A change kept while the clinic server was away was not accepted: %1"),
                refusal.reason,
            )
        )
