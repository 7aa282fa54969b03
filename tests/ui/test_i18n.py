"""The window's language: the saved choice or the system's, frontdesk's and Qt's translations,
and dates written the language's way."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from frontdesk.ui import i18n
from frontdesk.ui.language_menu import language_menu
from frontdesk.ui.reason_dialog import ReasonDialog


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
