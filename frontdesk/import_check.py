"""PySide6's import hook, made to read less: applied once, as soon as PySide6 is loaded.

After PySide6 is imported, it asks of every module imported later whether its source mentions
"PySide6" (for its `__feature__` switches), through `inspect.getsource` (linecache, a stat,
every line split and joined again): 40 ms for the 124 modules the first frame imports, on the
loaded 2-core machine. The same question answered from the file's bytes took 14 ms; a module of
the standard library is not read at all (none mentions PySide6: the answer is False, as PySide6's
own check gives). Any module that is not a plain .py file still gets PySide6's own answer, and a
PySide6 without this hook is left alone.

frontdesk's package applies it when PySide6 came first (a test run, the bench's probe), before
its own imports are checked; frontdesk.ui, right after it imports PySide6."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from types import ModuleType

MODULES = ("shibokensupport.feature", "PySide6.support.feature", "__feature__")
_STANDARD_LIBRARY = os.path.dirname(os.__file__) + os.sep
# A Python installed by the system keeps third-party packages inside the standard library's
# folder: those are read.
_THIRD_PARTY = tuple(
    _STANDARD_LIBRARY + name + os.sep for name in ("site-packages", "dist-packages")
)


def quicker_feature_check() -> None:
    """Replaces the hook of a PySide6 already imported; nothing when none is (the headless
    commands)."""
    for name in MODULES:
        feature = sys.modules.get(name)
        original = getattr(feature, "_mod_uses_pyside", None)
        if feature is None or not callable(original) or getattr(original, "quicker", False):
            continue
        vars(feature)["_mod_uses_pyside"] = _reading_the_file(original)


def in_standard_library(path: str) -> bool:
    return path.startswith(_STANDARD_LIBRARY) and not path.startswith(_THIRD_PARTY)


def _reading_the_file(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        if in_standard_library(path):
            return False
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside.quicker = True  # type: ignore[attr-defined]
    return uses_pyside
