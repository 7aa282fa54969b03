"""frontdesk: front-desk scheduling for clinics across five practice-management systems."""

from frontdesk import codecache

__version__ = "0.1.0"

# Before any of frontdesk's dataclasses is made: their generated methods compile once, not on
# every start (frontdesk/codecache.py).
codecache.install()
