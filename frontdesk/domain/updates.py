"""What the window says about updates, and the one rule for installing one."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class UpdateState(enum.Enum):
    OFF = "off"  # switched off by the clinic, or no channel configured for this build
    CURRENT = "current"  # the channel's newest signed release is this one (or older)
    AVAILABLE = "available"
    FAILED = "failed"  # the channel could not be read or its signatures did not verify


@dataclass(frozen=True)
class UpdateCheck:
    state: UpdateState
    current: str
    latest: str | None = None
    notes: str = ""
    reason: str = ""  # why OFF or FAILED, in words for the status bar's tooltip

    @property
    def text(self) -> str:
        """The status bar's words; empty when there is nothing to say."""
        if self.state is UpdateState.AVAILABLE:
            return f"frontdesk {self.latest} is available"
        return ""


def install_blocked(waiting_writes: int) -> str | None:
    """Nothing is installed while a write waits in the outbox: the installer closes frontdesk,
    and a receptionist's booking must reach the vendor from the version that took it."""
    if waiting_writes <= 0:
        return None
    writes = "write is" if waiting_writes == 1 else "writes are"
    return (
        f"{waiting_writes} {writes} still waiting to be sent; the update can be installed "
        "once the outbox is empty"
    )
