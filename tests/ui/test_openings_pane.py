"""The openings finder as a receptionist drives it: choose, find, next available, Enter books."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import qasync
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.clock import FixedClock
from frontdesk.domain.models import Opening
from frontdesk.sync.openings import OpeningSearch, services_named
from frontdesk.ui.models import RecordRole
from frontdesk.ui.openings_pane import OpeningsPane
from tests.ui.conftest import NOW
from tests.ui.helpers import demo_of, sync_book, wait_for

BRUSSELS = "Brussels & Gent"
PRAIRIE = "Prairie Creek Vets"
GREEN = "Green Valley Naturopathic"


@pytest.fixture
def opened(qloop: qasync.QEventLoop, clock: FixedClock, tmp_path: Path) -> Iterator[Opened]:
    with demo_of(qloop, clock, tmp_path, {"progenda", "syncvet", "naturaesoft"}) as demo:
        yield demo


@pytest.fixture
def pane(qtbot: QtBot, opened: Opened) -> OpeningsPane:
    wait_for(qtbot, sync_book(opened, NOW))
    pane = OpeningsPane(opened.workspace)
    qtbot.addWidget(pane)
    pane.resize(360, 800)
    pane.show()
    pane.reload_choices(QDate(2026, 11, 18))
    return pane


def rows(pane: OpeningsPane) -> list[Opening]:
    return [pane.model.index(r, 0).data(RecordRole) for r in range(pane.model.rowCount())]


def choose(pane: OpeningsPane, prefix: str) -> None:
    row = next(
        r for r in range(pane.service.count()) if pane.service.itemText(r).startswith(prefix)
    )
    pane.service.setCurrentIndex(row)


def find(qtbot: QtBot, pane: OpeningsPane, button: object = None) -> int:
    with qtbot.waitSignal(pane.searched, timeout=20_000) as found:
        qtbot.mouseClick(button or pane.find_button, Qt.MouseButton.LeftButton)
    return int(found.args[0])


def test_a_service_shared_by_two_accounts_searches_both_and_says_how(
    qtbot: QtBot, pane: OpeningsPane
) -> None:
    choose(pane, "Vaccination")
    assert pane.service.currentText() == "Vaccination · 10–15 min · 2 accounts"
    providers = [pane.provider.itemText(r) for r in range(pane.provider.count())]
    assert providers[0] == "Any provider"
    assert "Joris Van Hecke · Brussels & Gent" in providers
    assert "Dr. Sarah Whitfield · Prairie Creek Vets" in providers
    assert find(qtbot, pane) > 0
    found = rows(pane)
    assert {o.account for o in found} == {BRUSSELS, PRAIRIE}
    # Grouped by location (the earliest's first), earliest first within each, each headed.
    groups = [pane.model.group_of(o) for o in found]
    assert groups == sorted(groups, key=groups.index)  # each location's openings together
    for group in dict.fromkeys(groups):
        starts = [o.start for o, g in zip(found, groups, strict=True) if g == group]
        assert starts == sorted(starts)
    headings = [pane.model.heading(r) for r in range(len(found))]
    assert sum(h is not None for h in headings) == len(set(groups)) > 1
    assert found[0].start == min(o.start for o in found) >= NOW
    columns = {pane.model.index(r, 4).data() for r in range(pane.model.rowCount())}
    assert columns == {"vendor search", "computed"}
    assert "Brussels & Gent: vendor search" in pane.notes.text()
    assert "Prairie Creek Vets: computed — SyncVet has no availability search" in pane.notes.text()
    assert "earliest first in each location" in pane.status.text()


def test_next_available_in_one_click(qtbot: QtBot, pane: OpeningsPane, opened: Opened) -> None:
    choose(pane, "Consultation")
    pane.start.setDate(QDate(2026, 12, 1))  # the range shown does not matter
    assert find(qtbot, pane, pane.next_button) > 0
    first = pane.current()
    assert first is not None and first.start >= NOW
    assert pane.status.text().startswith("Next available: ")
    assert pane.model.when(first) in pane.status.text()
    direct = wait_for(
        qtbot,
        pane.finder.find(
            OpeningSearch(
                date(2026, 11, 18),
                services=services_named(opened.workspace.services(), "Consultation"),
                weekdays=frozenset(range(5)),
            )
        ),
    )
    assert first == direct.openings[0]


def test_enter_books_the_selected_opening(qtbot: QtBot, pane: OpeningsPane) -> None:
    choose(pane, "Consultation")
    find(qtbot, pane)
    qtbot.keyClick(pane.table, Qt.Key.Key_Down)
    chosen = pane.current()
    with qtbot.waitSignal(pane.book_requested) as requested:
        qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    assert requested.args[0] == chosen


def test_a_vendor_that_cannot_book_says_why_instead_of_booking(
    qtbot: QtBot, pane: OpeningsPane
) -> None:
    choose(pane, "Acupuncture")
    assert find(qtbot, pane) > 0
    assert {o.account for o in rows(pane)} == {GREEN}
    assert {o.source for o in rows(pane)} == {"vendor"}  # Naturaesoft has its own search
    assert not pane.book.isEnabled()
    assert "cannot create appointments" in pane.book.toolTip()
    with qtbot.assertNotEmitted(pane.book_requested):
        qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    assert "Cannot book this one" in pane.status.text()
    # Each opening says so where the eye is, before anyone tries.
    assert {pane.model.index(r, 4).data() for r in range(pane.model.rowCount())} == {"call to book"}
    tip = pane.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Call the clinic to book it" in tip and "cannot create appointments" in tip


def test_days_and_times_of_day_narrow_the_list(qtbot: QtBot, pane: OpeningsPane) -> None:
    choose(pane, "Consultation")
    for n, button in enumerate(pane.weekday_buttons):
        button.setChecked(n == 4)  # Friday only
    pane.time_buttons[next(iter(pane.time_buttons))].setChecked(False)  # no mornings
    assert find(qtbot, pane) > 0
    brussels = ZoneInfo("Europe/Brussels")
    for o in rows(pane):
        local = o.start.astimezone(brussels)
        assert local.weekday() == 4 and local.hour >= 12
    for button in pane.weekday_buttons:
        button.setChecked(False)
    qtbot.mouseClick(pane.find_button, Qt.MouseButton.LeftButton)
    assert pane.status.text() == "Choose at least one day of the week."


def test_by_length_searches_every_account(qtbot: QtBot, pane: OpeningsPane) -> None:
    pane.service.setCurrentIndex(pane.service.findText("Any service, by length"))
    assert pane.minutes.isEnabled()
    pane.minutes.setValue(45)
    pane.days.setValue(1)
    assert find(qtbot, pane) > 0
    found = rows(pane)
    assert {o.account for o in found} == {BRUSSELS, PRAIRIE, GREEN}
    assert all(o.minutes == 45 and o.source == "computed" for o in found)
    assert pane.model.index(0, 2).data() == "45 min"


def test_a_location_keeps_to_its_providers(qtbot: QtBot, pane: OpeningsPane) -> None:
    choose(pane, "Consultation")
    pane.location.setCurrentIndex(pane.location.findText("Praktijk Zuidpark"))
    assert find(qtbot, pane) > 0
    assert {o.provider_id for o in rows(pane)} == {"5"}  # Katrien Peeters works there
