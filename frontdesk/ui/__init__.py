"""Qt widgets, models and delegates. No httpx, no sqlite3: everything goes through sync.Workspace."""

import os

# qasync probes every Qt binding it knows unless told which one: naming ours halves its import.
os.environ.setdefault("QT_API", "pyside6")
# Qt's raster engine hands every fill and blend of 96 rows or more to a thread pool and waits
# for it. For a window's paints the hand-off costs more than the work: on a 2-core machine a
# window-sized paint of the book took 6-8 ms (p50) with the pool and 1.3-1.6 ms without, the
# first frame 20 ms more (docs/benchmarks.md, "Qt's GUI thread pool"). Qt reads this variable
# at the first such fill, so setting it here, before any window paints, is in time.
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")

import PySide6.QtCore  # noqa: F401  (loads PySide6's import hook, made quicker below)

from frontdesk.import_check import quicker_feature_check

quicker_feature_check()
