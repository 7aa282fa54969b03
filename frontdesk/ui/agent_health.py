"""The status bar's word on the clinic's sync agent, for a desk in clinic mode: alive or not
seen for N minutes, each account's last sync and requests left today (docs/clinic-server.md).
Read from the database's health row every half minute, on the cache worker."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from frontdesk.domain.errors import FrontdeskError
from frontdesk.sync.facade import clinic
from frontdesk.sync.facade.desk import Workspace

POLL_MS = 30_000
ALIVE_MINUTES = 1  # a heartbeat at most this old: the agent is alive (it beats every few s)


def agent_text(seen: clinic.AgentSeen, zone: ZoneInfo) -> tuple[str, str]:
    """(the strip's words, the tooltip's lines) for what the health row says."""
    minutes = seen.minutes_ago
    if seen.health is None or minutes is None:
        return "Sync agent: never seen", "No sync agent has run on the clinic server yet."
    short = (
        "Sync agent: alive"
        if minutes < ALIVE_MINUTES
        else f"Sync agent: not seen for {minutes} min"
    )
    lines = []
    for name, state in sorted(seen.health.accounts.items()):
        last = state.get("last_sync")
        when = (
            datetime.fromisoformat(last).astimezone(zone).strftime("%a %H:%M") if last else "never"
        )
        left = state.get("requests_left")
        quota = "" if left is None else f", {left} requests left today"
        lines.append(f"{name}: last sync {when}{quota}")
    return short, "\n".join(lines) or "No account is configured on the clinic server."


class AgentHealthLabel(QLabel):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__("Sync agent: …", parent)
        self.setObjectName("agent-health")
        self.setAccessibleName("Clinic sync agent")
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
        self.setText("Sync agent: clinic server not reachable")
