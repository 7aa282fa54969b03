"""frontdesk: front-desk scheduling for clinics across five practice-management systems."""

from frontdesk import import_check

# When PySide6 came first (a test run, the bench's probe), before frontdesk's own imports are
# checked by its import hook (frontdesk/import_check.py); otherwise frontdesk.ui does it.
import_check.quicker_feature_check()

from frontdesk import codecache  # noqa: E402  (after the hook is made quicker)

__version__ = "0.1.0"

# Before any of frontdesk's dataclasses is made: their generated methods compile once, not on
# every start (frontdesk/codecache.py).
codecache.install()
