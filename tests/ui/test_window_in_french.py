"""The demo window opened in French reads French: its menus, toolbar, status bar, and the
tooltip of an appointment painted in the book."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.models import AppointmentStatus
from frontdesk.ui import i18n
from frontdesk.ui.main_window import MainWindow
from tests.ui.helpers import settle, wait_until


@pytest.fixture
def french_window(qtbot: QtBot, demo: Opened) -> Iterator[MainWindow]:
    """The window as the application builds it after installing French (texts are set when
    each widget is made)."""
    before = QLocale()
    i18n.install("fr_BE")
    try:
        window = MainWindow(demo.workspace, demo=True, remember_layout=False)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        with qtbot.waitSignal(window.synced, timeout=20_000):
            window.start()
        settle(window)
        yield window
    finally:
        i18n.install("en")
        QLocale.setDefault(before)


def test_menus_toolbar_and_title_read_french(french_window: MainWindow) -> None:
    window = french_window
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Fichier", "&Affichage", "&Rendez-vous", "&Aide"]
    assert window.windowTitle() == "frontdesk — cabinet de démonstration"
    assert window.today_action.text() == "Aujourd'hui"
    assert window.next_action.text() == "Jour suivant"
    assert window.new_action.toolTip().startswith("Réserver un rendez-vous (")
    assert window.accounts_action.text() == "Comptes…"
    file_menu = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert file_menu[-1] == "Quitter"
    tabs = [window.side.tabText(i) for i in range(window.side.count())]
    assert tabs == ["Patients", "Plages", "Présents", "Attente", "Épingles"]
    assert window.legend_button.text() == "Couleurs"
    assert window.providers_button.text() == "Tous"
    sheet = window.day_view.canvas.sheet
    assert sheet is not None
    first = sheet.columns[0].provider
    window.set_hidden_providers({(first.account, first.id)})
    settle(window)
    shown = len(sheet.columns) - 1
    assert window.providers_button.text() == f"{shown} praticiens sur {len(sheet.columns)}"


def test_status_bar_reads_french(french_window: MainWindow) -> None:
    window = french_window
    assert window.statusBar().currentMessage() == "À jour"
    assert window.status_strip.writes.text() == "Tout envoyé"
    chip = next(iter(window.status_strip.chips.values()))
    lines = chip.toolTip().splitlines()
    assert lines[1] == "Synchronisé à 08:00"
    assert lines[2:] == ["0 envoi en attente", "(cliquez pour voir tous les comptes)"]


def test_a_painted_block_s_tooltip_reads_french(french_window: MainWindow) -> None:
    canvas = french_window.day_view.canvas
    block = next(b for b in canvas.blocks if b.entry.appointment.status is AppointmentStatus.BOOKED)
    where = block.rect.center().toPoint()
    QApplication.sendEvent(
        canvas, QHelpEvent(QHelpEvent.Type.ToolTip, where, canvas.mapToGlobal(QPoint(where)))
    )
    wait_until(QToolTip.isVisible)
    text = QToolTip.text()
    QToolTip.hideText()
    assert text.startswith(f"<b>{block.entry.patient}</b>")
    assert text.split("<br>")[2] in ("Prévu", "Confirmé")  # Booked, or confirmed by the patient
    sheet = canvas.sheet
    assert sheet is not None
    # The column titles count the day's appointments in French.
    assert "rendez-vous" in french_window.day_view.header.titles(sheet, sheet.columns[0])[1]
