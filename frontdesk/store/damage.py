"""Whether a SQLite error means a damaged cache, and opening one that may be.

Light on purpose: the window's first frame opens the cache through `open_cache`, and only a
damaged file loads the rescue (store/recovery.py: moved aside, a fresh one started, what can be
read copied over).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from frontdesk.store.cache import Cache

if TYPE_CHECKING:
    from frontdesk.store.recovery import Recovery

# What SQLite says about a file that is not (or no longer) a database. Extended result codes
# keep the primary code in their low byte.
DAMAGE_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
DAMAGE_WORDS = ("file is not a database", "malformed", "database corrupt")


def is_damage(error: BaseException) -> bool:
    """Whether a sqlite3 error means the file is damaged (not locked, not full, not a bug)."""
    if not isinstance(error, sqlite3.DatabaseError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in DAMAGE_CODES:
        return True
    text = str(error).lower()
    return any(word in text for word in DAMAGE_WORDS)


def reason_of(error: BaseException) -> str:
    """SQLite's own words (never row data): "file is not a database", "malformed"..."""
    text = str(error).strip()
    return text if text else type(error).__name__


def open_cache(path: Path, now: datetime) -> tuple[Cache, Recovery | None]:
    """The cache at `path`; when SQLite finds it damaged on opening ("file is not a
    database", "malformed"), it is moved aside and a fresh one is opened in its place."""
    try:
        return Cache(path), None
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise
        from frontdesk.store.recovery import recover

        recovery = recover(path, reason_of(exc), now)
    return Cache(path), recovery
