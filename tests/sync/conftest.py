"""Fixtures shared by the sync tests (pytest finds them here)."""

from tests.sync.clinic_desks import conninfo  # noqa: F401 (a fixture: a fresh PostgreSQL schema)
