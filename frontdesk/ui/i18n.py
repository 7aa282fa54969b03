"""The window's language: the receptionist's choice (View > Language, kept in the settings) or
else the system's. Installs frontdesk's translation and Qt's own (standard buttons, dialogs) and
makes that locale the default, so dates, times and numbers read as the language writes them."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from frontdesk.ui.resources import resource

SETTING = "ui/language"
# (code kept in the settings, name shown in its own language); "" follows the system.
LANGUAGES = (
    ("", "System"),
    ("en", "English"),
    ("fr_BE", "Français"),
    ("nl_BE", "Nederlands"),
    ("es_US", "Español"),
)
SHIPPED = frozenset(code for code, _ in LANGUAGES if code)

# A QTranslator stops translating when collected: the installed ones live here.
_installed: list[QTranslator] = []


def chosen(settings: QSettings) -> str:
    """The saved choice, "" (the system's) when none or when it names no shipped language."""
    value = settings.value(SETTING, "")
    return value if isinstance(value, str) and value in SHIPPED else ""


def choose(settings: QSettings, code: str) -> None:
    settings.setValue(SETTING, code if code in SHIPPED else "")


def locale_for(code: str) -> QLocale:
    """The locale of a saved choice; the system's for "". English is written the system's way
    (its region's dates) unless the system speaks another language."""
    system = QLocale.system()
    if not code:
        return system
    if code == "en":
        return system if system.language() == QLocale.Language.English else QLocale("en_US")
    return QLocale(code)


def translations_dir() -> str | None:
    folder = resource("translations")
    return str(folder) if folder is not None else None


def install(code: str) -> QLocale:
    """Installs the translations for `code` (see `chosen`) and makes its locale the default.
    English has a .qm too, with only its plurals ("1 patient", "2 patients"); a language not
    shipped leaves the source texts."""
    app = QCoreApplication.instance()
    locale = locale_for(code)
    QLocale.setDefault(locale)
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if app is None:
        return locale
    ours, folder = QTranslator(app), translations_dir()
    # The C locale (LANG=C, a bare container) reads English, with English plurals.
    spoken = QLocale("en_US") if locale.language() == QLocale.Language.C else locale
    # load(locale, ...) tries fr_BE, then fr: one French file serves Belgium and France.
    if folder is not None and ours.load(spoken, "frontdesk", "_", folder):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    if spoken.language() == QLocale.Language.English:
        return locale  # Qt's own texts are English
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", qt_folder):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    return locale


_PLACE = re.compile(r"%([1-9])")


def arg(text: str, *values: object) -> str:
    """Qt's QString.arg for Python: %1, %2... replaced in one pass (a value holding "%2" stays
    as it is), so a translation may put the values in its own order."""
    return _PLACE.sub(
        lambda m: str(values[int(m[1]) - 1]) if int(m[1]) <= len(values) else m[0], text
    )
