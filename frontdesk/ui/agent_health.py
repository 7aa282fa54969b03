"""The status bar's word on the clinic's sync agent, for a desk in clinic mode: alive or not
seen for N minutes, each account's last sync and requests left today (docs/clinic-server.md).
Read from the database's health row every half minute, on the cache worker."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from frontdesk.domain.errors import FrontdeskError
from frontdesk.sync.facade import clinic
from frontdesk.sync.facade.desk import Workspace
from frontdesk.ui.dates import weekday_and_time
from frontdesk.ui.i18n import arg

POLL_MS = 30_000
ALIVE_MINUTES = 1  # a heartbeat at most this old: the agent is alive (it beats every few s)


def agent_text(seen: clinic.AgentSeen, zone: ZoneInfo) -> tuple[str, str]:
    """(the strip's words, the tooltip's lines) for what the health row says."""
    minutes = seen.minutes_ago
    if seen.health is None or minutes is None:
        return (
            QCoreApplication.translate("AgentHealth", "Sync agent: never seen"),
            QCoreApplication.translate(
                "AgentHealth", "No sync agent has run on the clinic server yet."
            ),
        )
    short = (
        QCoreApplication.translate("AgentHealth", "Sync agent: alive")
        if minutes < ALIVE_MINUTES
        else arg(
            QCoreApplication.translate("AgentHealth", "Sync agent: not seen for %1 min"), minutes
        )
    )
    lines = []
    for name, state in sorted(seen.health.accounts.items()):
        last = state.get("last_sync")
        never = QCoreApplication.translate("AgentHealth", "never")
        when = weekday_and_time(datetime.fromisoformat(last).astimezone(zone)) if last else never
        left = state.get("requests_left")
        line = arg(QCoreApplication.translate("AgentHealth", "%1: last sync %2"), name, when)
        if left is not None:
            quota = QCoreApplication.translate("AgentHealth", ", %1 requests left today")
            line += arg(quota, left)
        lines.append(line)
    nothing = QCoreApplication.translate(
        "AgentHealth", "No account is configured on the clinic server."
    )
    return short, "\n".join(lines) or nothing


class AgentHealthLabel(QLabel):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("AgentHealth", "Sync agent: …"), parent)
        self.setObjectName("agent-health")
        self.setAccessibleName(self.tr("Clinic sync agent"))
        self.workspace = workspace
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.reload)
        self.timer.start()

    def reload(self) -> None:
        from frontdesk.ui import tasks

        tasks.run(clinic.agent_seen(self.workspace), self.show_seen, self._failed)

    def show_seen(self, seen: clinic.AgentSeen | None) -> None:
        if seen is None:
            return
        text, tip = agent_text(seen, self.workspace.zone())
        self.setText(text)
        self.setToolTip(tip)

    def _failed(self, _error: FrontdeskError) -> None:
        self.setText(self.tr("Sync agent: clinic server not reachable"))
