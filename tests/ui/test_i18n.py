"""The window's language: the saved choice or the system's, frontdesk's and Qt's translations,
and dates written the language's way."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QWidget
from pytestqt.qtbot import QtBot

from frontdesk.ui import i18n
from frontdesk.ui.language_menu import language_menu
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.reason_dialog import ReasonDialog
from frontdesk.ui.reschedule_dialog import ClashText
from frontdesk.ui.user_settings import settings

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


@pytest.fixture
def stored(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[None]:
    """Whatever a test installs, the next test starts in English with the locale it had."""
    before = QLocale()
    yield
    i18n.install("en")
    QLocale.setDefault(before)


def test_no_choice_follows_the_system(stored: QSettings) -> None:
    assert i18n.chosen(stored) == ""
    assert i18n.locale_for("").name() == QLocale.system().name()


def test_a_choice_is_kept_and_an_unknown_one_is_not(stored: QSettings) -> None:
    i18n.choose(stored, "nl_BE")
    assert i18n.chosen(stored) == "nl_BE"
    stored.setValue(i18n.SETTING, "xx_YY")  # a hand-edited settings file
    assert i18n.chosen(stored) == ""


@pytest.mark.usefixtures("english_after")
def test_french_translates_the_dialog_and_qt_buttons_and_dates(qtbot: QtBot) -> None:
    locale = i18n.install("fr_BE")
    dialog = ReasonDialog("Mia Martin, 09:30")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Annuler le rendez-vous"
    assert dialog.keep_button.text() == "Le garder"
    assert QLocale().toString(QDate(2026, 11, 18), "dddd d MMMM") == "mercredi 18 novembre"
    assert locale.name() == "fr_BE"
    # Qt's own translation (qtbase_fr) is installed with ours: its standard buttons read French.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text() == "Annuler"


@pytest.mark.usefixtures("english_after")
@pytest.mark.parametrize(
    ("code", "title", "wednesday"),
    [("nl_BE", "Afspraak annuleren", "woensdag"), ("es_US", "Cancelar la cita", "miércoles")],
)
def test_dutch_and_spanish(qtbot: QtBot, code: str, title: str, wednesday: str) -> None:
    i18n.install(code)
    dialog = ReasonDialog("Mia Martin, 09:30")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == title
    assert QLocale().dayName(date(2026, 11, 18).isoweekday()) == wednesday


@pytest.mark.usefixtures("english_after")
def test_english_removes_a_translation_installed_before(qtbot: QtBot) -> None:
    i18n.install("fr_BE")
    i18n.install("en")
    dialog = ReasonDialog("Mia Martin, 09:30")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Cancel appointment"


def test_the_language_menu_saves_the_choice_and_says_when_it_applies(
    qtbot: QtBot, stored: QSettings
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    told: list[str] = []
    menu = language_menu(parent, lambda: stored, told.append)
    names = [action.text() for action in menu.actions() if action.isCheckable()]
    assert names == ["System", "English", "Français", "Nederlands", "Español"]
    system = next(a for a in menu.actions() if a.text() == "System")
    assert system.isChecked()  # nothing chosen yet
    next(a for a in menu.actions() if a.text() == "Nederlands").trigger()
    assert i18n.chosen(stored) == "nl_BE"
    assert told == ["The language changes the next time frontdesk starts."]


@pytest.mark.usefixtures("english_after")
@pytest.mark.parametrize(
    ("code", "title", "one", "fourteen"),
    [
        (
            "fr_BE",
            "Nouveau rendez-vous",
            "Aucune plage libre dans le prochain jour.",
            "Aucune plage libre dans les 14 prochains jours.",
        ),
        (
            "nl_BE",
            "Nieuwe afspraak",
            "Geen vrije tijd in de komende dag.",
            "Geen vrije tijd in de komende 14 dagen.",
        ),
        (
            "es_US",
            "Nueva cita",
            "No hay horarios libres en el próximo día.",
            "No hay horarios libres en los próximos 14 días.",
        ),
    ],
)
def test_each_qm_holds_the_booking_dialog_and_its_plurals(
    code: str, title: str, one: str, fourteen: str
) -> None:
    i18n.install(code)
    assert QCoreApplication.translate("BookingDialog", "New appointment") == title
    text = "No free time in the next %n days."
    assert QCoreApplication.translate("BookingDialog", text, "", 1) == one
    assert QCoreApplication.translate("BookingDialog", text, "", 14) == fourteen


@pytest.mark.usefixtures("english_after")
def test_a_plural_in_a_function_text() -> None:
    i18n.install("fr_BE")
    assert ClashText().overlaps("10:00 Jan Peeters", 1) == "Chevauche 10:00 Jan Peeters et 1 autre"
    assert ClashText().overlaps("10:00 Jan Peeters", 3) == "Chevauche 10:00 Jan Peeters et 3 autres"


def test_arg_fills_places_in_the_translation_s_order() -> None:
    assert i18n.arg("%2 bij %1", "Dr Peeters", "09:30") == "09:30 bij Dr Peeters"
    assert i18n.arg("%1 and %2", "a %2 b", "c") == "a %2 b and c"  # a value is not re-read


def _sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


LUPDATE = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))


@pytest.mark.skipif(LUPDATE is None, reason="pyside6-lupdate is not beside this Python")
def test_the_ts_files_hold_every_text_of_the_code_and_are_all_translated(tmp_path: Path) -> None:
    """`make translations` was run after the last text changed, and every text has its
    French, Dutch and Spanish (an unfinished one would show in English)."""
    fresh = tmp_path / "fresh.ts"
    assert LUPDATE is not None
    subprocess.run(
        [LUPDATE, "-extensions", "py", str(ROOT / "frontdesk" / "ui"), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = _sources(fresh)
    plurals = {(context, text) for context, text in wanted if "%n" in text or "%Ln" in text}
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        # English keeps only the plurals (its other texts are the sources).
        expected = plurals if ts.stem.endswith("_en") else wanted
        assert _sources(ts) == expected, f"{ts.name}: run make translations"
        unfinished = [
            message.findtext("source")
            for message in ET.parse(ts).getroot().iter("message")
            if message.find("translation[@type='unfinished']") is not None
        ]
        assert unfinished == [], f"{ts.name}: not translated yet: {unfinished}"


def test_every_shipped_language_has_its_qm() -> None:
    shipped = {code.split("_")[0] for code in i18n.SHIPPED}
    assert {qm.stem.split("_", 1)[1] for qm in TRANSLATIONS.glob("frontdesk_*.qm")} == shipped


@pytest.mark.usefixtures("english_after")
def test_english_says_one_patient_and_two_patients() -> None:
    i18n.install("en")
    text = "%n patient(s) checked in and waiting, longest first."
    assert QCoreApplication.translate("ArrivalsPane", text, "", 1) == (
        "1 patient checked in and waiting."
    )
    assert QCoreApplication.translate("ArrivalsPane", text, "", 2) == (
        "2 patients checked in and waiting, longest first."
    )


def test_view_language_in_the_window_keeps_the_choice_for_the_next_start(
    window: MainWindow,
) -> None:
    menu = next(m for m in window.findChildren(QMenu) if m.title() == "&Language")
    assert menu.menuAction() in window.view_menu.actions()
    dutch = next(a for a in menu.actions() if a.text() == "Nederlands")
    try:
        dutch.trigger()
        assert i18n.chosen(settings()) == "nl_BE"
        assert window.statusBar().currentMessage() == (
            "The language changes the next time frontdesk starts."
        )
    finally:
        i18n.choose(settings(), "")


@pytest.mark.usefixtures("english_after")
def test_the_c_locale_reads_english_plurals(monkeypatch: pytest.MonkeyPatch) -> None:
    """LANG=C (a bare container or a service account): English, "1 opening", not "1 openings"."""
    monkeypatch.setattr(i18n, "locale_for", lambda _code: QLocale.c())
    i18n.install("")
    text = "%n openings, earliest first. Enter books the selected one."
    assert QCoreApplication.translate("OpeningsPane", text, "", 1) == (
        "1 opening, earliest first. Enter books the selected one."
    )
