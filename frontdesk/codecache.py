"""The methods `@dataclass` writes, compiled once and kept between starts like a module's bytecode.

For every dataclass, the standard library writes its `__init__`, `__repr__`, `__eq__` (and for a
frozen one `__setattr__`, `__delattr__` and `__hash__`) as Python source text and compiles that
text with `exec`, on every start: 264 compilations before the book's first frame, about 85 M of
the 1,250 M instructions that frame costs (docs/benchmarks.md, issue 13 item 6). Python keeps a
module's bytecode in `__pycache__`; nothing keeps these.

`install()` gives the `dataclasses` module an `exec` that compiles each text at most once: the
code objects are kept in one file per Python bytecode version, keyed by the whole source text, so
a changed dataclass is simply a new text (compiled, never a stale method), and `exec` runs the
same code object compiling that text gives, in the same namespaces. `save()` writes the texts
compiled since the file was read (after the window's first paint, and at exit): the first start
after an install or an upgrade pays, the next ones do not.

A file that cannot be read (missing, truncated, from another Python) is ignored and written again;
one that cannot be written (read-only folder, full disk) is skipped. The file holds only code the
standard library generated from frontdesk's and its libraries' class definitions, in the user's
own cache folder (the same trust as the bytecode Python writes there). FRONTDESK_CODE_CACHE=0
turns it off; PYTHONDONTWRITEBYTECODE (or -B) keeps it from writing, as it does for bytecode.
"""

from __future__ import annotations

import builtins
import dataclasses
import marshal
import os
import sys
import threading
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType
from typing import Any

FILE_PREFIX = "dataclass-methods"
MAX_ENTRIES = 4_000  # past this, a save keeps only the texts this process used (old versions go)


class CodeCache:
    """Source text -> the code object `compile(text, "<string>", "exec")` gives, for one file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.codes: dict[str, CodeType] = _read(path)
        self.new: dict[str, CodeType] = {}
        self.used: set[str] = set()
        self._lock = threading.Lock()

    def code_for(self, source: str) -> CodeType:
        code = self.codes.get(source)
        if code is None:
            code = compile(source, "<string>", "exec")
            with self._lock:
                self.codes[source] = self.new[source] = code
        self.used.add(source)
        return code

    def exec(
        self, source: Any, globals: dict[str, Any] | None = None, locals: Any = None, /
    ) -> None:
        """`exec` as the dataclasses module calls it (a text and its namespaces)."""
        if isinstance(source, str):
            source = self.code_for(source)
        builtins.exec(source, globals, locals)

    def save(self) -> bool:
        """Writes the file if texts were compiled since it was read; True once written."""
        with self._lock:
            if not self.new or sys.dont_write_bytecode:
                return False
            codes = dict(self.codes)
            if len(codes) > MAX_ENTRIES:
                codes = {text: codes[text] for text in self.used if text in codes}
            self.new.clear()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_name(f"{self.path.name}.{os.getpid()}.partial")
            partial.write_bytes(MAGIC_NUMBER + marshal.dumps(codes))
            os.replace(partial, self.path)  # another process reading meanwhile sees whole files
        except OSError:
            return False  # a read-only or full disk: the next start compiles, nothing is lost
        return True


def _read(path: Path) -> dict[str, CodeType]:
    try:
        # Read whole, then unmarshalled from memory: marshal.load on a file object reads each
        # object through Python's file layer (five times slower here).
        data = path.read_bytes()
        if not data.startswith(MAGIC_NUMBER):
            return {}
        loaded = marshal.loads(memoryview(data)[len(MAGIC_NUMBER) :])
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {
        text: code
        for text, code in loaded.items()
        if isinstance(text, str) and isinstance(code, CodeType)
    }


def default_path() -> Path:
    """Under FRONTDESK_HOME when set (tests and benches keep theirs apart), else the platform's
    cache folder; one file per bytecode version (cpython-311, ...)."""
    name = f"{FILE_PREFIX}.{sys.implementation.cache_tag}.marshal"
    home = os.environ.get("FRONTDESK_HOME")
    if home:
        return Path(home) / "code-cache" / name
    import platformdirs  # only here: FRONTDESK_HOME is the usual case in tests and benches

    return Path(platformdirs.user_cache_dir("frontdesk", appauthor=False)) / "code" / name


_installed: CodeCache | None = None


def install(path: Path | None = None) -> CodeCache | None:
    """Gives `dataclasses` the caching `exec` (once per process); None when turned off."""
    global _installed
    if _installed is not None:
        return _installed
    if os.environ.get("FRONTDESK_CODE_CACHE", "1") == "0":
        return None
    _installed = CodeCache(path or default_path())
    # A module-level name: the dataclasses module's own calls to exec find it before builtins'.
    dataclasses.exec = _installed.exec  # type: ignore[attr-defined]
    import atexit

    atexit.register(_installed.save)
    return _installed


def save() -> bool:
    """Writes what this process compiled (the window calls it after its first paint)."""
    return _installed.save() if _installed is not None else False
