"""Messages made under the window (domain `Text`) are translated where they are shown: every
template used in frontdesk/ (outside ui/) is listed in ui/domain_text.py for lupdate."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from frontdesk.domain.errors import NotSupported
from frontdesk.domain.texts import Text
from frontdesk.ui import i18n
from frontdesk.ui.domain_text import TEMPLATES, DomainPlurals, error_text, shown

PACKAGE = Path(__file__).resolve().parents[2] / "frontdesk"


def _templates_used() -> set[tuple[str, str]]:
    """(file, template) of every `Text("...")` outside ui/."""
    found: set[tuple[str, str]] = set()
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Text"
                and node.args
            ):
                first = node.args[0]
                assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                    f"{path}:{node.lineno}: a Text's template must be a literal"
                )
                found.add((str(path.relative_to(PACKAGE)), first.value))
    return found


def test_every_template_used_below_the_window_is_listed() -> None:
    listed = TEMPLATES | set(DomainPlurals().forms(1))
    used = _templates_used()
    assert used, "the scan found no Text at all"
    missing = sorted(f"{where}: {template}" for where, template in used if template not in listed)
    assert missing == [], "add to frontdesk/ui/domain_text.py: " + "; ".join(missing)


def test_each_plural_key_is_its_own_source() -> None:
    """The table's keys and its self.tr texts are the same literals (English's plural form is
    the source; its singular may differ: "1 waiting write was")."""
    for n in (3, 12):
        for template, english in DomainPlurals().forms(n).items():
            assert english == template.replace("%n", str(n))


@pytest.fixture
def french(qapp: object) -> Iterator[None]:
    before = QLocale()
    i18n.install("fr_BE")
    yield
    i18n.install("en")
    QLocale.setDefault(before)


def test_a_text_reads_english_and_is_a_str() -> None:
    text = Text("{provider} already has {first}: book anyway?", provider="Dr A", first="X 10:00")
    assert text == "Dr A already has X 10:00: book anyway?"
    assert isinstance(text, str)


def test_a_copied_text_keeps_its_template() -> None:
    import copy
    import pickle

    text = Text("{provider} already has {first}: book anyway?", provider="{x}", first="Y")
    for again in (copy.deepcopy(text), pickle.loads(pickle.dumps(text))):
        assert again == text and again.template == text.template and again.values == text.values


@pytest.mark.usefixtures("french")
def test_the_overlap_warning_reads_french_with_its_plural() -> None:
    one = Text("{provider} already has {first}: book anyway?", provider="Dr A", first="X 10:00")
    assert shown(one) == "Dr A a déjà X 10:00 : réserver quand même ?"
    more = "{provider} already has {first} and {second} and %n more: book anyway?"
    three = Text(more, 3, provider="Dr A", first="X", second="Y")
    assert shown(three) == "Dr A a déjà X et Y et 3 autres : réserver quand même ?"
    assert shown(Text(more, 1, provider="Dr A", first="X", second="Y")) == (
        "Dr A a déjà X et Y et 1 autre : réserver quand même ?"
    )


@pytest.mark.usefixtures("french")
def test_a_vendor_s_own_reason_stays_as_the_vendor_wrote_it() -> None:
    assert shown("Patient is blocked") == "Patient is blocked"
    ours = NotSupported(Text("{vendor}'s API cannot do this", vendor="Progenda"), vendor="Progenda")
    assert error_text(ours) == "Progenda: l'API de Progenda ne permet pas cela"
    theirs = NotSupported("slot taken", vendor="Cliniko")
    assert error_text(theirs) == "Cliniko: slot taken"


def test_every_vendor_s_help_is_listed_for_translation() -> None:
    from frontdesk.connectors.registry import spec, vendor_keys
    from frontdesk.ui.account_fields import VENDOR_HELP

    listed = {str(text) for text in VENDOR_HELP}
    missing = [key for key in vendor_keys() if spec(key).help not in listed]
    assert missing == [], f"add their help to account_fields.VENDOR_HELP: {missing}"


@pytest.mark.usefixtures("french")
def test_a_date_typed_wrong_is_told_in_french_with_the_month_named_in_french() -> None:
    from frontdesk.domain.conventions import BELGIUM, parse_date_text

    _, problem = parse_date_text("31/02/1990", BELGIUM)
    assert problem == "February 1990 has no day 31."  # the domain's English
    assert shown(problem) == "février 1990 n'a pas de jour 31."


@pytest.mark.usefixtures("french")
def test_a_damaged_cache_s_note_reads_french_with_its_counts() -> None:
    from pathlib import Path

    from frontdesk.domain.errors import FrontdeskError
    from frontdesk.store.recovery import Recovery, Rescued
    from frontdesk.sync.facade.book import Skipped, StartNotes

    recovery = Recovery(Path("/c/cache.bad"), "disk image is malformed", Rescued(1), Rescued(3, 2))
    notes = StartNotes(recovery, [Skipped("Gent", FrontdeskError("no", vendor="Progenda"))])
    moved, skipped = notes.lines()
    assert moved.endswith(  # the English the command line prints
        "3 waiting writes were read back and queued again; at least 2 could not be read and are "
        "lost. 1 account setting was read back and kept."
    )
    french = shown(moved)
    assert french.startswith("Le cache local était endommagé (disk image is malformed).")
    assert "3 écritures en attente ont été relues et remises en file ; au moins 2 n'ont" in french
    assert french.endswith("1 réglage de compte a été relu et conservé.")
    assert shown(skipped) == "Gent n'a pas été démarré : Progenda : no"


@pytest.mark.usefixtures("french")
def test_an_error_made_in_sync_reads_french_in_the_window() -> None:
    from frontdesk.domain.errors import FrontdeskError
    from frontdesk.sync.clinic import parse

    with pytest.raises(FrontdeskError) as raised:
        parse("postgresql://desk:secret@db.clinic.lan/frontdesk?sslmode=verify-full")
    assert str(raised.value).startswith("the clinic server's address must not contain")
    assert error_text(raised.value) == (
        "l'adresse du serveur du cabinet ne doit pas contenir le mot de passe ; frontdesk le "
        "demande et le garde dans le trousseau de cet ordinateur"
    )
