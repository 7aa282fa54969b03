"""PySide6's import hook, made cheaper (frontdesk/import_check.py), still gives PySide6's answers."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import shibokensupport.feature as feature  # type: ignore[import-not-found]

import frontdesk.ui
from frontdesk.import_check import in_standard_library

CHECKED = (
    "frontdesk.ui.launch",
    "frontdesk.domain.models",
    "json",
    "sqlite3",
    "asyncio",
    "inspect",
    "typing",
    "httpx",
    "PySide6",
)


def test_the_quicker_check_answers_as_pyside6_does() -> None:
    check = feature._mod_uses_pyside
    assert getattr(check, "quicker", False)
    for name in CHECKED:
        module = importlib.import_module(name)
        assert check(module) is ("PySide6" in _source(module)), name
    assert check(sys) is False  # built in: no file, PySide6's own answer


def test_only_the_standard_library_is_answered_without_reading() -> None:
    import json

    import httpx

    assert in_standard_library(json.__file__)
    assert not in_standard_library(httpx.__file__)
    assert not in_standard_library(frontdesk.ui.__file__)
    # A system Python keeps third-party packages inside the standard library's folder.
    inside = Path(os.__file__).parent
    for folder in ("site-packages", "dist-packages"):
        assert not in_standard_library(str(inside / folder / "uses_qt.py"))


def test_frontdesk_makes_the_check_quicker_when_pyside6_came_first() -> None:
    probe = (
        "import sys, PySide6.QtCore, shibokensupport.feature as f\n"
        "assert not getattr(f._mod_uses_pyside, 'quicker', False)\n"
        "import frontdesk\n"
        "print(getattr(f._mod_uses_pyside, 'quicker', False))\n"
    )
    assert _run(probe) == "True"


def test_frontdesk_alone_does_not_load_qt() -> None:
    """The headless commands import the package without Qt."""
    probe = "import sys, frontdesk\nprint(any('PySide6' in name for name in sys.modules))\n"
    assert _run(probe) == "False"


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout.strip()


def _source(module: object) -> str:
    import inspect

    try:
        return inspect.getsource(module)  # type: ignore[arg-type]
    except (TypeError, OSError):
        return ""
