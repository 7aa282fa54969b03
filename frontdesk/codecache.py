"""The methods `@dataclass` writes, compiled once and kept between starts like a module's bytecode.

For every dataclass, the standard library writes its `__init__`, `__repr__`, `__eq__` (and for a
frozen one `__setattr__`, `__delattr__` and `__hash__`) as Python source text and compiles that
text with `exec`, on every start: 264 compilations before the book's first frame, about 85 M of
the 1,250 M instructions that frame costs (docs/benchmarks.md, issue 13 item 6). Python keeps a
module's bytecode in `__pycache__`; nothing keeps these.

`install()` gives the `dataclasses` module an `exec` that compiles each text at most once: the
code objects are kept in one file per Python bytecode version, keyed by the whole source text, so
a changed dataclass is simply a new text (compiled, never a stale method), and `exec` runs the
same code object compiling that text gives, in the same namespaces. The file has two parts: what
the window's first frame used (read at start, 0.3 MB) and the rest of a session's (1 MB after a
whole demo session, read at the first text the first part lacks), so that a long session does not
slow the next start. `first_frame_done()` (after the window's first paint) writes the texts this
start compiled and makes what it used so far the first part; at exit, `save()` writes what was
compiled since.

A file that cannot be read (missing, truncated, from another Python) is ignored and written again;
one that cannot be written (read-only folder, full disk) is skipped. The file holds only code the
standard library generated from frontdesk's and its libraries' class definitions, in the user's
own cache folder (the same trust as the bytecode Python writes there). FRONTDESK_CODE_CACHE=0
turns it off, FRONTDESK_CODE_CACHE=<folder> puts the file there; PYTHONDONTWRITEBYTECODE keeps
it from writing, as it does for bytecode.
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
_LENGTH = 4  # bytes giving the first part's length, after the magic number

Codes = dict[str, CodeType]


class CodeCache:
    """Source text -> the code object `compile(text, "<string>", "exec")` gives, for one file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.first, self._rest_data = _read(path)
        self._rest: Codes | None = None  # unmarshalled at the first text the first part lacks
        self.new: Codes = {}
        self.used: set[str] = set()
        self.used_first: set[str] | None = None  # what the first frame used, once it is done
        self._lock = threading.RLock()

    @property
    def rest(self) -> Codes:
        with self._lock:
            if self._rest is None:
                self._rest = _codes(self._rest_data)
                self._rest_data = b""
            return self._rest

    def known(self) -> Codes:
        return {**self.rest, **self.first, **self.new}

    def code_for(self, source: str) -> CodeType:
        code = self.first.get(source) or self.rest.get(source) or self.new.get(source)
        if code is None:
            code = compile(source, "<string>", "exec")
            with self._lock:
                self.new[source] = code
        self.used.add(source)
        return code

    def exec(
        self, source: Any, globals: dict[str, Any] | None = None, locals: Any = None, /
    ) -> None:
        """`exec` as the dataclasses module calls it (a text and its namespaces)."""
        if isinstance(source, str):
            source = self.code_for(source)
        builtins.exec(source, globals, locals)

    def first_frame_done(self) -> bool:
        """What this start used so far becomes the file's first part (written if that changes
        it or texts were compiled); True once written."""
        with self._lock:
            if self.used_first is None:
                self.used_first = set(self.used)
        return self.save()

    def save(self) -> bool:
        """Writes the file if texts were compiled since it was read, or if the first frame used
        another set of texts than its first part holds; True once written."""
        with self._lock:
            if os.environ.get("PYTHONDONTWRITEBYTECODE"):
                # Asked of Python by whoever runs it. Not sys.dont_write_bytecode: a frozen
                # build sets that for its own bundle, where this file does not go.
                return False
            resplit = self.used_first is not None and self.used_first != set(self.first)
            if not self.new and not resplit:
                return False
            codes = self.known()
            if len(codes) > MAX_ENTRIES:
                codes = {text: codes[text] for text in self.used if text in codes}
            firsts = self.used_first if self.used_first is not None else set(self.first)
            first = {text: code for text, code in codes.items() if text in firsts}
            rest = {text: code for text, code in codes.items() if text not in firsts}
            self.first, self._rest, self.new = first, rest, {}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_name(f"{self.path.name}.{os.getpid()}.partial")
            head = marshal.dumps(first)
            partial.write_bytes(
                MAGIC_NUMBER + len(head).to_bytes(_LENGTH, "little") + head + marshal.dumps(rest)
            )
            os.replace(partial, self.path)  # another process reading meanwhile sees whole files
        except OSError:
            return False  # a read-only or full disk: the next start compiles, nothing is lost
        return True


def _read(path: Path) -> tuple[Codes, bytes]:
    """The file's first part, and the rest still marshalled (empty when unreadable)."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}, b""
    start = len(MAGIC_NUMBER) + _LENGTH
    if not data.startswith(MAGIC_NUMBER) or len(data) < start:
        return {}, b""
    end = start + int.from_bytes(data[len(MAGIC_NUMBER) : start], "little")
    if end > len(data):
        return {}, b""
    # From memory: marshal.load on a file object reads each object through Python's file
    # layer (five times slower here).
    view = memoryview(data)
    return _codes(view[start:end]), bytes(view[end:])


def _codes(data: bytes | memoryview) -> Codes:
    if not data:
        return {}
    try:
        loaded = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {
        text: code
        for text, code in loaded.items()
        if isinstance(text, str) and isinstance(code, CodeType)
    }


def default_path() -> Path:
    """In the folder FRONTDESK_CODE_CACHE names, else under FRONTDESK_HOME when set (tests and
    benches keep theirs apart), else in the platform's cache folder; one file per bytecode
    version (cpython-311, ...)."""
    name = f"{FILE_PREFIX}.{sys.implementation.cache_tag}.marshal"
    folder = os.environ.get("FRONTDESK_CODE_CACHE", "")
    if folder not in ("", "0", "1"):
        return Path(folder) / name
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


def first_frame_done() -> bool:
    """The window has painted its first frame: what it needed is kept as the file's first part
    (frontdesk/ui/main_window.py calls it after the first paint)."""
    return _installed.first_frame_done() if _installed is not None else False


def save() -> bool:
    """Writes what this process compiled since the file was read or last written."""
    return _installed.save() if _installed is not None else False
