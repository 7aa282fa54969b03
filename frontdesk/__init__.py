"""frontdesk: front-desk scheduling for clinics across five practice-management systems."""

__version__ = "0.1.0"
