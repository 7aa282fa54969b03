"""The throw-away PostgreSQL of the tests and benches: the product's own (the demo clinic
starts one the same way), frontdesk/store/pg/local_server.py."""

from __future__ import annotations

from frontdesk.store.pg.local_server import (
    NoServer,
    RunningServer,
    ServerBinaries,
    find_binaries,
    free_port,
    running_server,
)

__all__ = [
    "NoServer",
    "RunningServer",
    "ServerBinaries",
    "find_binaries",
    "free_port",
    "running_server",
]
