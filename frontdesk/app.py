"""Kept for scripts and tests written before the façade: opening a workspace now lives in
`frontdesk.sync.opening` (the window and the commands reach it through `frontdesk.sync.facade`)."""

from frontdesk.sync.opening import (
    Opened,
    configured_accounts,
    open_configured,
    open_demo,
    open_workspace,
)

__all__ = ["Opened", "configured_accounts", "open_configured", "open_demo", "open_workspace"]
