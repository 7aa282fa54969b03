"""The status bar's account strip: a coloured dot and a short name per account (details in the
tooltip and in a popover list), writes waiting, and progress while accounts sync.

Six accounts with long names must still fit on a laptop screen, so the strip says only what
a glance needs; the popover says everything.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.domain.accounts import AccountStatus, Health
from frontdesk.sync.facade.desk import Changes, Workspace
from frontdesk.ui.domain_text import shown
from frontdesk.ui.feed import FeedRelay
from frontdesk.ui.i18n import arg
from frontdesk.ui.icons import icon
from frontdesk.ui.models import vendor_label

HEALTH_COLOUR = {
    Health.ONLINE: "#2E7D32",
    Health.SYNCING: "#1E88E5",
    Health.OFFLINE: "#C62828",
    Health.NEEDS_LOGIN: "#EF6C00",
    Health.ERROR: "#C62828",
    Health.INCOMPLETE: "#EF6C00",
    Health.UNKNOWN: "#8A8F98",
}
SHORT_NAME_CHARS = 14


def _first_words(name: str) -> str:
    taken = ""
    for word in (w for w in name.split() if w not in ("&", "-", "and")):
        taken = f"{taken} {word}".strip()
        if len(taken.replace(" ", "")) >= 6:
            break
    return taken


def short_name(name: str, others: list[str]) -> str:
    """'Front Range Skin & Laser' -> 'Front Range': words until the name reads (6+ letters),
    unless another account would get the same short name."""
    taken = _first_words(name)
    clash = any(o != name and _first_words(o) == taken for o in others)
    chosen = name if clash or not taken else taken
    if len(chosen) <= SHORT_NAME_CHARS:
        return chosen
    words = chosen.split()
    if clash and len(words) > 1 and len(words[0]) + len(words[-1]) < SHORT_NAME_CHARS:
        return f"{words[0]}…{words[-1]}"  # keeps what tells two similar names apart
    return chosen[: SHORT_NAME_CHARS - 1] + "…"


def dot_icon(colour: str, hollow: bool = False, scale: float = 2.0) -> QIcon:
    side = round(10 * scale)
    image = QImage(QSize(side, side), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(side * 0.1, side * 0.1, side * 0.8, side * 0.8)
    if hollow:
        painter.setPen(QPen(QColor(colour), side * 0.14))
        painter.drawEllipse(rect.adjusted(side * 0.07, side * 0.07, -side * 0.07, -side * 0.07))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(rect)
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(scale)
    return QIcon(pixmap)


def state_text(status: AccountStatus, zone: ZoneInfo) -> str:
    """'synced 08:00', 'offline · as of 08:00', 'needs login'..."""
    last = status.last_sync.astimezone(zone) if status.last_sync else None
    at = f"{last:%H:%M}" if last else ""
    if status.health is Health.ONLINE:
        if last:
            return arg(QCoreApplication.translate("AccountStatusStrip", "synced %1"), at)
        return QCoreApplication.translate("AccountStatusStrip", "online")
    if status.health is Health.SYNCING:
        if last:
            return arg(QCoreApplication.translate("AccountStatusStrip", "syncing… (last %1)"), at)
        return QCoreApplication.translate("AccountStatusStrip", "syncing…")
    if status.health is Health.OFFLINE:
        if last:
            return arg(QCoreApplication.translate("AccountStatusStrip", "offline · as of %1"), at)
        return QCoreApplication.translate("AccountStatusStrip", "offline")
    if status.health is Health.NEEDS_LOGIN:
        return QCoreApplication.translate("AccountStatusStrip", "needs login")
    if status.health is Health.ERROR:
        return QCoreApplication.translate("AccountStatusStrip", "error")
    if status.health is Health.INCOMPLETE:
        if last:
            return arg(
                QCoreApplication.translate("AccountStatusStrip", "incomplete · as of %1"), at
            )
        return QCoreApplication.translate("AccountStatusStrip", "incomplete")
    return QCoreApplication.translate("AccountStatusStrip", "not synced yet")


def health_label(health: Health) -> str:
    """'online', 'needs login'... in the window's language ("" when not known yet)."""
    words = {
        Health.SYNCING: QCoreApplication.translate("AccountStatusStrip", "syncing"),
        Health.ONLINE: QCoreApplication.translate("AccountStatusStrip", "online"),
        Health.OFFLINE: QCoreApplication.translate("AccountStatusStrip", "offline"),
        Health.NEEDS_LOGIN: QCoreApplication.translate("AccountStatusStrip", "needs login"),
        Health.ERROR: QCoreApplication.translate("AccountStatusStrip", "error"),
        Health.INCOMPLETE: QCoreApplication.translate("AccountStatusStrip", "incomplete"),
    }
    return words.get(health, "")


class AccountsPopover(QFrame):
    """Every account on one line: state, last sync, requests left today, writes waiting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Accounts"))
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(6)
        title = QLabel(arg("<b>%1</b>", self.tr("Accounts")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(title)
        layout.addLayout(self.grid)


class AccountStatusStrip(QWidget):
    details_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.relay = FeedRelay(workspace.feed, self, coalesce=False)
        self.relay.changed.connect(self._changed)
        self.chips: dict[str, QToolButton] = {}
        self.labels: dict[str, QLabel] = {}  # the popover's detail line per account
        self.dots: dict[str, QLabel] = {}
        self.popover = AccountsPopover(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 4, 0)
        row.setSpacing(2)
        self.row = row
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setMaximumWidth(130)
        self.progress.setMaximumHeight(16)
        self.progress.setTextVisible(True)
        self.progress.hide()
        row.addWidget(self.progress)
        for name in workspace.account_names:
            self._add_chip(name)
        self.writes = QToolButton()
        self.writes.setAutoRaise(True)
        self.writes.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.writes.clicked.connect(self.show_details)
        self.writes.setAccessibleName(self.tr("Writes waiting"))
        row.addWidget(self.writes)
        self.writes_total = QLabel()
        self.popover.layout().addWidget(self.writes_total)  # type: ignore[union-attr]
        self.outbox_changed()

    def _changed(self, changes: Changes) -> None:
        for name in sorted(changes.accounts):
            self.add_account(name)
            status = self.workspace.status(name)
            if status is not None:
                self.account_changed(status)
        if changes.outbox:
            self.outbox_changed()

    def _add_chip(self, name: str) -> None:
        chip = QToolButton()
        chip.setAutoRaise(True)
        chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        chip.setIconSize(QSize(10, 10))
        chip.clicked.connect(self.show_details)
        self.chips[name] = chip
        # Before the "writes waiting" button, which stays last.
        self.row.insertWidget(len(self.chips), chip)
        dot = QLabel()
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.RichText)
        self.dots[name] = dot
        self.labels[name] = label
        index = len(self.chips) - 1
        self.popover.grid.addWidget(dot, index, 0)
        self.popover.grid.addWidget(label, index, 1)
        names = list(self.chips)
        for each, button in self.chips.items():  # short names stay distinct as accounts join
            button.setText(short_name(each, names))

    def set_compact(self, compact: bool) -> None:
        """A narrow window (a laptop at 150 %): dots only, so the notices beside the strip
        are not cut off; each dot's tooltip and the popover still name the account."""
        style = (
            Qt.ToolButtonStyle.ToolButtonIconOnly
            if compact
            else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        for chip in self.chips.values():
            chip.setToolButtonStyle(style)

    def _drop_chip(self, name: str) -> None:
        for widgets in (self.chips, self.dots, self.labels):
            widget = widgets.pop(name, None)
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        names = list(self.chips)
        for each, button in self.chips.items():
            button.setText(short_name(each, names))

    def add_account(self, name: str) -> None:
        """An account added while the window runs gets its chip and line at once; one removed
        loses them."""
        if name not in self.workspace.account_names:
            self._drop_chip(name)
            return
        if name in self.chips:
            return
        self._add_chip(name)
        status = self.workspace.status(name)
        if status is not None:
            self.account_changed(status)

    # -- updates ---------------------------------------------------------------------------
    def account_changed(self, status: AccountStatus) -> None:
        chip = self.chips.get(status.account)
        if chip is None:
            return
        zone = self.workspace.zone()
        state = state_text(status, zone)
        colour = HEALTH_COLOUR[status.health]
        hollow = status.health in (Health.UNKNOWN, Health.SYNCING)
        chip.setIcon(dot_icon(colour, hollow))
        self.dots[status.account].setPixmap(dot_icon(colour, hollow).pixmap(QSize(10, 10)))
        vendor = vendor_label(status.vendor)
        waiting = self.workspace.waiting_counts.get(status.account, 0)
        left = self.workspace.requests_left(status.account)
        facts = [vendor]
        if left is not None:
            facts.append(self.tr("%Ln request(s) left today", "", left))
        if waiting:
            facts.append(self.tr("%n write(s) waiting", "", waiting))
        facts.append(state)
        detail = " · ".join(facts)
        self.labels[status.account].setText(f"<b>{status.account}</b> — {detail}")
        tip = f"{status.account} ({vendor})\n{state[:1].upper()}{state[1:]}"
        if left is not None:
            tip += "\n" + self.tr("%Ln request(s) left today", "", left)
        tip += "\n" + self.tr("%n write(s) waiting", "", waiting)
        if status.message:
            tip += f"\n{shown(status.message)}"
        retry_at: datetime | None = getattr(status, "retry_at", None)
        if status.health is Health.OFFLINE and retry_at is not None:
            tip += "\n" + arg(self.tr("Next try at %1"), f"{retry_at.astimezone(zone):%H:%M}")
        chip.setToolTip(tip + "\n" + self.tr("(click for every account)"))
        chip.setAccessibleName(f"{status.account}: {state}")
        self._progress()
        self.details_changed.emit()

    def outbox_changed(self) -> None:
        waiting = sum(self.workspace.waiting_counts.values())
        if waiting:
            self.writes.setText(self.tr("%n waiting", "", waiting))
            self.writes.setIcon(icon("refresh"))
            self.writes.setToolTip(
                self.tr("%n change(s) saved here, waiting to be sent", "", waiting)
            )
        else:
            self.writes.setText(self.tr("All sent"))
            self.writes.setIcon(icon("confirm"))
            self.writes.setToolTip(self.tr("Every change has reached its vendor"))
        self.writes_total.setText(
            self.tr("%n write(s) waiting in all", "", waiting)
            if waiting
            else self.tr("Every change has been sent.")
        )
        for status in self.workspace.statuses():
            self.account_changed(status)

    def _progress(self) -> None:
        statuses = self.workspace.statuses()
        syncing = sum(1 for s in statuses if s.health is Health.SYNCING)
        if not syncing:
            self.progress.hide()
            return
        total = len(statuses)
        self.progress.setRange(0, total)
        self.progress.setValue(total - syncing)
        self.progress.setFormat(arg(self.tr("Syncing %1/%2"), total - syncing, total))
        self.progress.show()

    def show_details(self) -> None:
        self.popover.adjustSize()
        size = self.popover.sizeHint()
        anchor = self.mapToGlobal(QPoint(self.width() - size.width(), -size.height() - 4))
        self.popover.move(anchor)
        self.popover.show()
