"""The status bar with six accounts: compact, and the details one click away."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened, open_demo
from frontdesk.domain.clock import FixedClock
from frontdesk.sync.coordinator import Health
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.status_bar import short_name


@pytest.fixture
def everything(qloop: qasync.QEventLoop, clock: FixedClock, tmp_path: Path) -> Iterator[Opened]:
    opened = open_demo(clock, tmp_path / "demo.sqlite3")
    yield opened
    asyncio.events._set_running_loop(None)
    qloop.run_until_complete(opened.workspace.aclose())
    asyncio.events._set_running_loop(qloop)


@pytest.fixture
def big(qtbot: QtBot, everything: Opened) -> MainWindow:
    window = MainWindow(everything.workspace, demo=True, remember_layout=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def test_short_names_stay_short_and_distinct() -> None:
    names = ["Front Range Skin & Laser", "Front Desk", "Brussels & Gent", "Solana Med Spa"]
    assert short_name("Front Range Skin & Laser", names) == "Front Range"
    assert short_name("Brussels & Gent", names) == "Brussels"
    assert short_name("Solana Med Spa", names) == "Solana"
    clash = ["Green Valley North", "Green Valley South"]
    assert short_name("Green Valley North", clash) == "Green…North"
    assert short_name("Green Valley South", clash) == "Green…South"
    assert len(short_name("A" * 40, [])) <= 14


def test_six_accounts_fit_with_the_details_in_tooltips_and_the_popover(
    qtbot: QtBot, big: MainWindow, everything: Opened
) -> None:
    with qtbot.waitSignal(big.synced, timeout=60_000):
        big.start()
    strip = big.status_strip
    assert len(strip.chips) == len(everything.workspace.coordinators) == 6
    # Compact: the strip leaves most of a 1280-pixel window to the status message.
    assert strip.sizeHint().width() < 640, strip.sizeHint().width()
    for name, chip in strip.chips.items():
        assert len(chip.text()) <= 14
        tip = chip.toolTip()
        assert name in tip and "Synced" in tip and "waiting" in tip
        assert chip.accessibleName().startswith(f"{name}: synced")
    pne = next(n for n, c in everything.workspace.connectors.items() if c.vendor == "patientnow")
    left = everything.workspace.coordinators[pne].requests_left
    assert left is not None and f"{left:,} requests left today" in strip.chips[pne].toolTip()
    assert f"{left:,} requests left today" in big.account_labels[pne].text()
    strip.chips[pne].click()
    assert strip.popover.isVisible()
    for name in everything.workspace.coordinators:
        assert big.account_labels[name].isVisible()
        assert big.account_labels[name].text().startswith(f"<b>{name}</b>")
    strip.popover.hide()
    assert strip.writes.text() == "All sent"


def test_progress_shows_while_accounts_sync_and_offline_turns_red(
    qtbot: QtBot, big: MainWindow, everything: Opened
) -> None:
    assert everything.demo is not None
    strip = big.status_strip
    slow = everything.demo.apps["progenda.sandbox"]
    slow.latency = 0.4  # one vendor answers slowly: the others finish first
    seen: list[str] = []
    strip.progress.valueChanged.connect(lambda _v: seen.append(strip.progress.format()))
    with qtbot.waitSignal(big.synced, timeout=60_000):
        big.start()
        qtbot.waitUntil(strip.progress.isVisible, timeout=5_000)
    assert "Syncing 5/6" in seen
    assert not strip.progress.isVisible()
    slow.latency = 0.0
    everything.demo.apps["progenda.sandbox"].offline = True
    progenda = next(n for n, c in everything.workspace.connectors.items() if c.vendor == "progenda")
    with qtbot.waitSignal(big.synced, timeout=60_000):
        big.refresh()
    status = everything.workspace.coordinators[progenda].status
    assert status.health is Health.OFFLINE
    assert "Offline · as of" in strip.chips[progenda].toolTip()
    assert "offline · as of" in big.account_labels[progenda].text()
