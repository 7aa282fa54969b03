"""PySide6's import hook, made cheaper (ui/import_check.py), still gives PySide6's answers."""

from __future__ import annotations

import importlib
import sys

import shibokensupport.feature as feature  # type: ignore[import-not-found]

import frontdesk.ui  # noqa: F401  (installs the quicker check)


def test_the_quicker_check_answers_as_pyside6_does() -> None:
    check = feature._mod_uses_pyside
    assert getattr(check, "quicker", False)
    for name in ("frontdesk.ui.launch", "frontdesk.domain.models", "json", "sys", "sqlite3"):
        module = importlib.import_module(name)
        assert check(module) is ("PySide6" in _source(module)), name
    assert check(sys) is False  # built in: no file, PySide6's own answer


def _source(module: object) -> str:
    import inspect

    try:
        return inspect.getsource(module)  # type: ignore[arg-type]
    except (TypeError, OSError):
        return ""
