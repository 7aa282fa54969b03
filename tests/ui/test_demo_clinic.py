"""The demo clinic unifies all six accounts in one window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened, open_demo
from frontdesk.domain.clock import FixedClock
from frontdesk.sync.coordinator import Health
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.models import RecordRole
from tests.ui.helpers import settle, wait_until


@pytest.fixture
def everything(qloop: qasync.QEventLoop, clock: FixedClock, tmp_path: Path) -> Iterator[Opened]:
    import asyncio

    opened = open_demo(clock, tmp_path / "demo.sqlite3")
    yield opened
    asyncio.events._set_running_loop(None)
    qloop.run_until_complete(opened.workspace.aclose())
    asyncio.events._set_running_loop(qloop)


def test_every_vendor_is_online_and_in_the_book(qtbot: QtBot, everything: Opened) -> None:
    window = MainWindow(everything.workspace, demo=True, remember_layout=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.synced, timeout=60_000):
        window.start()
    vendors = {c.vendor for c in everything.workspace.connectors.values()}
    assert vendors == {"patientnow", "vish", "pracsuite", "progenda", "naturaesoft", "syncvet"}
    for name, coordinator in everything.workspace.coordinators.items():
        assert coordinator.status.health is Health.ONLINE, (name, coordinator.status.message)
    # Every vendor's providers are too many columns to read: the first location opens, and
    # everyone is one choice away.
    providers = window.book.providers()
    assert len(providers) > 12
    assert window.providers_button.text().endswith(f" of {len(providers)} providers")
    window.set_hidden_providers(set())
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    accounts_drawn = {c.provider.account for c in sheet.columns if c.entries}
    assert len(accounts_drawn) >= 5  # Naturaesoft's or VISH's day may be quiet, not all


def test_an_animal_is_shown_with_its_owner(qtbot: QtBot, everything: Opened) -> None:
    window = MainWindow(everything.workspace, demo=True, remember_layout=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.synced, timeout=60_000):
        window.start()
    vet = next(n for n, c in everything.workspace.connectors.items() if c.vendor == "syncvet")
    animal = next(
        h.patient
        for h in everything.workspace.cache.search_patients("a", 200)
        if h.patient.account == vet and h.patient.owner_name
    )
    window.focus_search()
    qtbot.keyClicks(window.patients.field, animal.first_name)
    wait_until(window.patients.results_are_current)
    model = window.patients.model
    hits = [model.index(r, 0).data(RecordRole) for r in range(model.rowCount())]
    shown = next(h for h in hits if h.patient.id == animal.id)
    assert shown.patient.owner_name and shown.patient.owner_name in shown.patient.display_name
    assert shown.vendor == "syncvet"
