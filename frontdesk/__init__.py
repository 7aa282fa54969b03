"""frontdesk: front-desk scheduling for clinics across five practice-management systems."""

import sys

if "shibokensupport.feature" in sys.modules:
    # PySide6 was imported first (a test run, the bench's probe): its import hook would read
    # each module imported from here on the slow way (frontdesk/import_check.py).
    from frontdesk.import_check import quicker_feature_check

    quicker_feature_check()

from frontdesk import codecache

__version__ = "0.1.0"

# Before any of frontdesk's dataclasses is made: their generated methods compile once, not on
# every start (frontdesk/codecache.py).
codecache.install()
