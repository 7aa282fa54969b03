"""Qt widgets, models and delegates. No httpx, no sqlite3: everything goes through sync.Workspace."""

import os

# qasync probes every Qt binding it knows unless told which one: naming ours halves its import.
os.environ.setdefault("QT_API", "pyside6")

from frontdesk.import_check import quicker_feature_check

quicker_feature_check()
