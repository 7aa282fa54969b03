"""The package smoke test reads the page process's log lines to tell that the built executable
wrote the demo's first sync in its child: the words it looks for are the ones logged."""

from __future__ import annotations

import smoke_test

from frontdesk.store import page_process


def test_the_smoke_test_looks_for_the_page_process_own_words() -> None:
    assert smoke_test.PAGE_PROCESS_STARTED == page_process.STARTED
    assert smoke_test.PAGE_PROCESS_STOPPED == page_process.STOPPED
