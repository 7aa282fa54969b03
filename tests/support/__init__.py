"""Test-only helpers that run inside frontdesk subprocesses (e.g. a keyring backend)."""
