"""An account saved in the accounts dialog joins the running window: no restart."""

from __future__ import annotations

import httpx
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.sandbox.progenda import DEMO_USER
from frontdesk.sandbox.transport import SandboxTransport
from frontdesk.sync.coordinator import Health
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.models import RecordRole
from tests.conftest import MemoryKeyring
from tests.ui.helpers import settle, wait_until

EMAIL, TOKEN = DEMO_USER


def test_a_new_account_syncs_at_once_and_shows_in_the_status_bar_and_the_book(
    qtbot: QtBot, window: MainWindow, demo: Opened, memory_keyring: MemoryKeyring
) -> None:
    assert demo.demo is not None
    # The demo's Progenda also answers at 127.0.0.1, an address the save rules accept.
    app = demo.demo.apps["progenda.sandbox"]
    demo.workspace.client = httpx.AsyncClient(
        transport=SandboxTransport({"127.0.0.1": app, "progenda.sandbox": app})
    )
    dialog = window.show_accounts()
    dialog.start_adding("progenda")
    dialog.name.setText("Gent annex")
    dialog.inputs["user_email"].setText(EMAIL)
    dialog.inputs["user_token"].setText(TOKEN)
    dialog.inputs["center_id"].setText("2")
    dialog.advanced_toggle.setChecked(True)
    dialog.base_url.setText("http://127.0.0.1/api/v2")
    with qtbot.waitSignal(window.synced, timeout=20_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert "Gent annex" in demo.workspace.coordinators
    assert demo.workspace.coordinators["Gent annex"].status.health is Health.ONLINE
    assert "Gent annex" in window.status_strip.chips
    assert "synced" in window.status_strip.labels["Gent annex"].text()
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None
    annex = [c for c in sheet.columns if c.provider.account == "Gent annex"]
    assert annex and any(c.entries for c in annex), "its calendars are in the book at once"
    assert "next start" not in dialog.outcome.text()


def test_a_removed_account_leaves_the_running_window(
    qtbot: QtBot, window: MainWindow, demo: Opened, memory_keyring: MemoryKeyring
) -> None:
    name = "Brussels & Gent"
    settle(window)
    sheet = window.day_view.sheet
    assert sheet is not None and any(c.provider.account == name for c in sheet.columns)
    window.focus_search()
    qtbot.keyClicks(window.patients.field, "van")
    wait_until(window.patients.results_are_current)
    assert window.patients.model.rowCount() > 0
    dialog = window.show_accounts()
    dialog.list.setCurrentIndex(dialog.model.index(dialog.model.row_of(name), 0))
    box = dialog.remove_current()
    assert box is not None
    remove = next(b for b in box.buttons() if b.text() == "Remove")
    with qtbot.waitSignal(dialog.accounts_changed, timeout=10_000):
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert name not in demo.workspace.coordinators and name not in demo.workspace.connectors
    assert name not in window.status_strip.chips
    settle(window)
    after = window.day_view.sheet
    assert after is not None and not any(c.provider.account == name for c in after.columns)
    assert all(
        window.patients.model.index(r, 0).data(RecordRole).patient.account != name
        for r in range(window.patients.model.rowCount())
    )
    assert window.patients.model.rowCount() == 0  # it was the demo's only account here
