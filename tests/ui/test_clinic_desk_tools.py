"""Two clinic desks' windows on one clinic database (issue 15, "shared by every desk and
refreshed live"): a blockout or a waitlist entry added at one desk is drawn in the other desk's
book and listed in its Waitlist tab with no F5, and both go when removed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from pytestqt.qtbot import QtBot

from frontdesk.domain.blockouts import Blockout
from frontdesk.domain.waitlist import WaitlistEntry
from frontdesk.sync.facade import desk as facade
from frontdesk.sync.facade.desk import Workspace
from frontdesk.ui.main_window import MainWindow
from tests.ui.clinic_desks import TEN, window_at
from tests.ui.helpers import wait_for


def listed(window: MainWindow) -> list[str]:
    model = window.waitlist.model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_a_blockout_and_a_waitlist_entry_at_one_desk_reach_the_other_desks_window(
    qtbot: QtBot, desks: Callable[[str], Workspace]
) -> None:
    a, b = desks("Desk A"), desks("Desk B")
    window_b = window_at(qtbot, b)
    layer = window_b.day_view.canvas.blockout_layer
    assert layer.blockouts == [] and listed(window_b) == []

    lunch = Blockout("Brussels", "p1", TEN, TEN + timedelta(hours=1), "Europe/Brussels")
    stored = wait_for(qtbot, facade.add_blockout(a, lunch))
    entry = wait_for(qtbot, facade.add_to_waitlist(a, WaitlistEntry("Brussels", "pat1", None, TEN)))
    qtbot.waitUntil(lambda: layer.blockouts == [stored], timeout=20_000)  # no F5
    qtbot.waitUntil(lambda: listed(window_b) == ["Anna Peeters"], timeout=20_000)

    assert stored.id is not None and entry.id is not None
    assert wait_for(qtbot, facade.remove_blockout(a, stored.id))
    assert wait_for(qtbot, facade.remove_from_waitlist(a, entry.id))
    qtbot.waitUntil(lambda: layer.blockouts == [], timeout=20_000)
    qtbot.waitUntil(lambda: listed(window_b) == [], timeout=20_000)
