"""Every text the window shows goes through Qt's translation (self.tr, QCoreApplication.translate):
an AST scan of frontdesk/ui finds a string literal (or an f-string's words) handed straight to
something that shows it. Files not converted yet are listed below; the list only shrinks."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "frontdesk" / "ui"

# Not converted yet (others were editing them when translations began): remove a file once its
# texts are wrapped; the test below fails when a listed file has become clean.
NOT_YET: frozenset[str] = frozenset()

# Not converted yet either, with texts this scan cannot see (returned messages, tables of texts,
# painted text): converted by hand, then removed from here.
BEYOND_THE_SCAN: frozenset[str] = frozenset()

# Methods whose string arguments a user reads.
SHOWN_BY = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setPlaceholderText",
        "setStatusTip",
        "setWhatsThis",
        "setAccessibleName",
        "setAccessibleDescription",
        "showMessage",
        "setTabText",
        "addTab",
        "insertTab",
        "addAction",
        "addMenu",
        "addRow",
        "addButton",
        "setTitle",
        "addItem",
        "addItems",
        "setItemData",
        "setLabelText",
        "addSection",
        "setHtml",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setHeaderData",
        "setInformativeText",
        "setDetailedText",
        "setSpecialValueText",
        "setSuffix",
        "setPrefix",
        "information",
        "warning",
        "critical",
        "question",
        "about",
    }
)
# Widgets made with their text.
MADE_WITH_TEXT = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QAction",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QToolButton",
        "QMenu",
        "QMessageBox",
        "QToolBar",
    }
)
# What returns a header's text to a view.
HEADER_METHODS = frozenset({"headerData"})
MARKUP = re.compile(r"<[^>]*>|&[a-z]+;|%\d|\{[^}]*\}")


def _words(text: str) -> bool:
    """Whether a literal holds something to translate: letters, once markup is set aside."""
    return any(ch.isalpha() for ch in MARKUP.sub("", text))


def _literal_texts(node: ast.expr) -> list[ast.expr]:
    """The literals in `node` that a user would read untranslated."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node] if _words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        return [node] if any(isinstance(p, str) and _words(p) for p in parts) else []
    if isinstance(node, ast.IfExp):
        return _literal_texts(node.body) + _literal_texts(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [found for value in node.values for found in _literal_texts(value)]
    if isinstance(node, ast.BinOp):  # "a" + b, "a %s" % b
        return _literal_texts(node.left) + _literal_texts(node.right)
    return []


def _callee(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _module_texts(tree: ast.Module) -> dict[str, list[ast.expr]]:
    """Module-level tuples and lists of texts (column titles read by headerData)."""
    found: dict[str, list[ast.expr]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, (ast.Tuple, ast.List)):
            texts = [t for element in node.value.elts for t in _literal_texts(element)]
            for target in node.targets:
                if isinstance(target, ast.Name) and texts:
                    found[target.id] = texts
    return found


def untranslated(source: str) -> list[int]:
    """Line numbers of user-facing texts not wrapped in a translation call."""
    lines: list[int] = []
    tree = ast.parse(source)
    constants = _module_texts(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _callee(node)
            if _is_logging(node):
                continue
            if name in SHOWN_BY or name in MADE_WITH_TEXT:
                args = [*node.args, *(k.value for k in node.keywords if k.arg in ("text", "title"))]
                for arg in args:
                    lines += [found.lineno for found in _literal_texts(arg)]
                    if isinstance(arg, ast.Name) and arg.id in constants:
                        lines += [found.lineno for found in constants[arg.id]]
        elif isinstance(node, ast.FunctionDef) and node.name in HEADER_METHODS:
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return) and inner.value is not None:
                    lines += [found.lineno for found in _literal_texts(inner.value)]
                elif isinstance(inner, (ast.Tuple, ast.List)):
                    for element in inner.elts:
                        lines += [found.lineno for found in _literal_texts(element)]
                elif isinstance(inner, ast.Name) and inner.id in constants:
                    lines += [found.lineno for found in constants[inner.id]]
    return sorted(set(lines))


def _is_logging(node: ast.Call) -> bool:
    """log.warning("...") goes to the log, in English."""
    func = node.func
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in ("log", "logger", "logging", "_log")
    )


def _ui_files() -> list[str]:
    return sorted(str(path.relative_to(UI)) for path in UI.rglob("*.py"))


@pytest.mark.parametrize("name", [n for n in _ui_files() if n not in NOT_YET])
def test_converted_file_shows_only_translated_texts(name: str) -> None:
    found = untranslated((UI / name).read_text(encoding="utf-8"))
    assert found == [], f"{name}: wrap the texts on lines {found} in self.tr() or translate()"


def test_files_not_yet_converted_still_exist_and_are_not_clean() -> None:
    """The list shrinks: a listed file with nothing left to wrap must leave it."""
    present = set(_ui_files())
    listed = NOT_YET | BEYOND_THE_SCAN
    assert listed <= present, f"no longer in frontdesk/ui: {sorted(listed - present)}"
    clean = sorted(n for n in NOT_YET if not untranslated((UI / n).read_text(encoding="utf-8")))
    assert clean == [], f"converted: remove {clean} from NOT_YET"


@pytest.mark.parametrize(
    "snippet",
    [
        'self.setWindowTitle("Book appointment")',
        'label = QLabel("Patient")',
        'button.setToolTip(f"Book {name}")',
        'menu.addAction(icon("x"), "Refresh")',
        'form.addRow("&Reason", widget)',
        'self.problem.setText("" if ok else "Say why")',
        'QMessageBox.warning(self, "Not saved", text)',
        'def headerData(self, section, orientation, role):\n    return ("Time", "Patient")[section]',
    ],
)
def test_scanner_finds_an_unwrapped_text(snippet: str) -> None:
    assert untranslated(snippet) == [snippet.count("\n") + 1]  # the snippet's last line


def test_scanner_finds_header_labels_kept_in_a_table() -> None:
    snippet = 'COLUMNS = ("Patient", "Waiting")\ntable.setHorizontalHeaderLabels(COLUMNS)'
    assert untranslated(snippet) == [1]


def test_scanner_finds_column_titles_kept_in_a_table() -> None:
    snippet = 'COLUMNS = ("When", "Who")\ndef headerData(self, section, orientation, role):\n'
    assert untranslated(snippet + "    return COLUMNS[section]") == [1]


@pytest.mark.parametrize(
    "snippet",
    [
        'self.setWindowTitle(self.tr("Book appointment"))',
        'label = QLabel(QCoreApplication.translate("Legend", "Patient"))',
        'button.setToolTip(self.tr("Book %1").replace("%1", name))',
        'self.count.setText(self.tr("%n appointments", "", n))',
        'label.setText(f"<b>{name}</b>")',  # data in markup: nothing to translate
        'label.setText("")',
        'button.setText("…")',
    ],
)
def test_scanner_lets_translated_texts_and_data_pass(snippet: str) -> None:
    assert untranslated(snippet) == []
