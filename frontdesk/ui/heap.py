"""The heap after start-up: kept out of later full garbage collections (issue 13).

A full (generation 2) collection walks every object tracked by the collector: after start-up
that is PySide6's wrappers, every module, the window's widgets and the connectors, hundreds of
thousands of objects that live as long as the process. During a long sync one such collection
took 40 to 72 ms on the GUI thread in one piece (bench/bench_stall.py, `garbage_collections`).
`gc.freeze()` (Python docs, "gc.freeze") moves what exists now into a permanent generation that
collections skip, so the later ones walk only what was made since.
"""

from __future__ import annotations

import gc


def settle_after_start() -> None:
    """Once, after the window has started: what exists by now lasts as long as the process.
    (No collection first: it would be the very stall this avoids, and the start-up's garbage
    kept is small.)"""
    gc.freeze()
