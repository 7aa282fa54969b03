"""A new blockout from an empty place in the book (issue 15): the provider (or all of the
account's), the time on that clinic's clock, the kind, a title, and a weekly repeat. Kept in
frontdesk's store, and at the vendor where it models one (the dialog says which, before and
after); openings leave it out from then on."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.blockouts import Blockout, BlockoutKind
from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.models import Capability, Provider
from frontdesk.sync.facade import desk
from frontdesk.sync.facade.desk import Workspace
from frontdesk.ui import tasks
from frontdesk.ui.book.blockouts import blockout_name, kind_label, where
from frontdesk.ui.dates import short_day
from frontdesk.ui.domain_text import error_text
from frontdesk.ui.i18n import arg
from frontdesk.ui.models import vendor_label


class BlockoutDialog(QDialog):
    added = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        provider: Provider,
        start: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New blockout"))
        self.workspace = workspace
        self.provider = provider
        self.zone: ZoneInfo = workspace.provider_zone(provider)
        self.start = start.astimezone(self.zone)
        self.who = QComboBox()
        self.who.addItem(provider.name, provider.id)
        self.who.addItem(self.tr("Every provider of the account"), None)
        self.kind = QComboBox()
        for kind in BlockoutKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Lunch, Team meeting"))
        self.at = QTimeEdit(QTime(self.start.hour, self.start.minute))
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 24 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.minutes.setSuffix(self.tr(" min"))
        self.weekly = QCheckBox(self.tr("Every week until"))
        day = self.start.date()
        self.until = QDateEdit(QDate(day.year, day.month, day.day).addDays(28))
        self.until.setCalendarPopup(True)
        self.until.setEnabled(False)
        self.weekly.toggled.connect(self.until.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("For"), self.who)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(arg(self.tr("%1 at"), short_day(self.start.date())), self.at)
        form.addRow(self.tr("Length"), self.minutes)
        form.addRow(self.weekly, self.until)
        self.vendor = vendor_label(workspace.reference.vendor_of(provider.account))
        at_vendor, _ = workspace.can(provider.account, Capability.BLOCKOUTS)
        where = QLabel(
            arg(
                self.tr("Stored at %1 too, as an appointment with no patient; times in %2."),
                self.vendor,
                self.zone.key,
            )
            if at_vendor
            else arg(
                self.tr("Kept in frontdesk (not sent to the vendor); times in %1."), self.zone.key
            )
        )
        where.setWordWrap(True)
        self.problem = QLabel("")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Add blockout"))
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(where)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def blockout(self) -> Blockout:
        at = self.at.time()
        start = datetime.combine(self.start.date(), time(at.hour(), at.minute()), self.zone)
        until = self.until.date()
        return Blockout(
            account=self.provider.account,
            provider_id=self.who.currentData(),
            start=start,
            end=start + timedelta(minutes=self.minutes.value()),
            zone=self.zone.key,
            kind=BlockoutKind(self.kind.currentData()),
            title=self.title.text().strip(),
            repeat_until=(
                date(until.year(), until.month(), until.day()) if self.weekly.isChecked() else None
            ),
        )

    def add(self) -> None:
        blockout = self.blockout()
        self.add_button.setEnabled(False)

        def stored(done: Blockout) -> None:
            self.added.emit(
                arg(self.tr("%1 blocked: %2"), blockout_name(done), where(done, self.vendor))
            )
            self.accept()

        def failed(error: FrontdeskError) -> None:
            self.add_button.setEnabled(True)
            self.problem.setText(arg(self.tr("Not added: %1"), error_text(error)))
            self.problem.show()

        tasks.run(desk.add_blockout(self.workspace, blockout), stored, failed)
