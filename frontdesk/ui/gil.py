"""The GUI thread's turn at the GIL while the cache worker works (issue 13).

A thread that waits for the GIL asks its holder to let go only after a whole switch interval
(5 ms by default). The cache worker writes a sync's page as Python work first (names folded,
the index's tokens), then a few long SQLite statements with the GIL released
(store/patient_page.py): during the Python part, a tick of the event loop waited up to 5 ms
for the GIL on top of its own 5 ms. At 1 ms the worker lets go after 1 ms.
"""

from __future__ import annotations

import sys

SWITCH_INTERVAL_S = 0.001


def share_with_worker() -> None:
    """Once, before the workspace's threads start working."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)
