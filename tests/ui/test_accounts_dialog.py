"""The accounts dialog, as clinic IT uses it: exactly each vendor's settings, tested before they
are saved, secrets only in the keyring."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.connectors.registry import spec, vendor_keys
from frontdesk.sandbox.progenda import DEMO_USER
from frontdesk.sandbox.transport import SandboxTransport
from frontdesk.store.accounts import COMMON_OPTIONS
from frontdesk.sync.facade.desk import Changes
from frontdesk.ui.accounts_dialog import KEPT, AccountsDialog
from frontdesk.ui.models import RecordRole
from tests.conftest import MemoryKeyring
from tests.ui.helpers import wait_for

BRUSSELS = "Brussels & Gent"
EMAIL, TOKEN = DEMO_USER


@pytest.fixture
def dialog(qtbot: QtBot, demo: Opened) -> AccountsDialog:
    dialog = AccountsDialog(demo.workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def loopback(demo: Opened) -> Iterator[None]:
    """The demo's Progenda also answers at 127.0.0.1 (an address the save rules accept)."""
    assert demo.demo is not None
    workspace = demo.workspace
    before = workspace.client
    workspace.client = httpx.AsyncClient(
        transport=SandboxTransport(
            {
                "127.0.0.1": demo.demo.apps["progenda.sandbox"],
                "progenda.sandbox": demo.demo.apps["progenda.sandbox"],
            }
        )
    )
    yield
    workspace.client = before


def select(dialog: AccountsDialog, name: str) -> None:
    dialog.list.setCurrentIndex(dialog.model.index(dialog.model.row_of(name), 0))


def type_in(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


@pytest.mark.parametrize("vendor", vendor_keys())
def test_each_vendor_asks_for_exactly_its_settings(
    qtbot: QtBot, dialog: AccountsDialog, vendor: str
) -> None:
    dialog.start_adding(vendor)
    described = spec(vendor)
    assert set(dialog.inputs) == {*described.options, *described.secrets, *COMMON_OPTIONS}
    for key in described.secrets:
        assert dialog.inputs[key].echoMode() == QLineEdit.EchoMode.Password
    for key in described.options:
        assert dialog.inputs[key].echoMode() == QLineEdit.EchoMode.Normal
    # Required settings and secrets are in view; advanced ones wait behind the toggle.
    for f in dialog.fields:
        assert dialog.inputs[f.key].isVisible() == (not f.advanced)
        assert f.label and "_" not in f.label
    dialog.advanced_toggle.setChecked(True)
    assert all(dialog.inputs[f.key].isVisible() for f in dialog.fields)
    assert dialog.help.text() == described.help


def test_required_fields_are_said_and_nothing_is_sent(
    qtbot: QtBot, dialog: AccountsDialog, demo: Opened
) -> None:
    assert demo.demo is not None
    sent = len(demo.demo.apps["progenda.sandbox"].requests)
    dialog.start_adding("progenda")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.name_error.text() == "Give the account a name."
    assert dialog.errors["user_email"].text() == "User e-mail is required."
    assert dialog.errors["user_token"].text() == "API token is required."
    assert len(demo.demo.apps["progenda.sandbox"].requests) == sent
    type_in(qtbot, dialog.name, BRUSSELS)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.name_error.text() == "An account with this name exists already."


def test_test_connection_runs_in_the_background_and_says_what_happened(
    qtbot: QtBot, dialog: AccountsDialog
) -> None:
    select(dialog, BRUSSELS)
    assert dialog.inputs["user_token"].placeholderText() == KEPT  # the running one's token
    with qtbot.waitSignal(dialog.tested, timeout=10_000) as tested:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        assert dialog.outcome.text().startswith("Testing the connection to Progenda")
        assert not dialog.test_button.isEnabled()  # the window is not blocked, the button is
    assert tested.args == [True]
    assert dialog.outcome.text() == "✓ Connected: Progenda accepted these settings."
    type_in(qtbot, dialog.inputs["user_token"], "wrong-token")
    with qtbot.waitSignal(dialog.tested, timeout=10_000) as tested:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert tested.args == [False]
    assert dialog.outcome.text().startswith("✗ Progenda refused these credentials")
    assert "wrong-token" not in dialog.outcome.text()


def test_a_new_account_is_tested_then_saved_with_its_secret_only_in_the_keyring(
    qtbot: QtBot,
    dialog: AccountsDialog,
    demo: Opened,
    memory_keyring: MemoryKeyring,
    loopback: None,
) -> None:
    dialog.start_adding("progenda")
    type_in(qtbot, dialog.name, "Gent annex")
    type_in(qtbot, dialog.inputs["user_email"], EMAIL)
    type_in(qtbot, dialog.inputs["user_token"], TOKEN)
    dialog.advanced_toggle.setChecked(True)
    type_in(qtbot, dialog.base_url, "http://progenda.sandbox/api/v2")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "must use https" in dialog.url_error.text()
    assert demo.workspace.cache.account("Gent annex") is None
    type_in(qtbot, dialog.base_url, "http://127.0.0.1/api/v2")
    with qtbot.waitSignal(dialog.accounts_changed, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = demo.workspace.cache.account("Gent annex")
    assert stored is not None and stored.vendor == "progenda"
    assert stored.base_url == "http://127.0.0.1/api/v2"
    assert stored.options == {"user_email": EMAIL}
    assert memory_keyring.store[("frontdesk", "Gent annex:user_token")] == TOKEN
    rows = demo.workspace.cache.conn.execute("SELECT * FROM accounts").fetchall()
    assert TOKEN not in json.dumps([tuple(r) for r in rows])
    assert "Saved. The secrets are in the keyring." in dialog.outcome.text()
    assert dialog.model.row_of("Gent annex") >= 0


def test_a_refused_test_saves_nothing_unless_asked(
    qtbot: QtBot,
    dialog: AccountsDialog,
    demo: Opened,
    memory_keyring: MemoryKeyring,
    loopback: None,
) -> None:
    dialog.start_adding("progenda")
    type_in(qtbot, dialog.name, "Typo clinic")
    type_in(qtbot, dialog.inputs["user_email"], EMAIL)
    type_in(qtbot, dialog.inputs["user_token"], "not-the-token")
    dialog.advanced_toggle.setChecked(True)
    type_in(qtbot, dialog.base_url, "http://127.0.0.1/api/v2")
    with qtbot.waitSignal(dialog.tested, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Nothing was saved" in dialog.outcome.text()
    assert demo.workspace.cache.account("Typo clinic") is None and memory_keyring.store == {}
    assert dialog.save_untested.isVisible()
    with qtbot.waitSignal(dialog.accounts_changed, timeout=10_000):
        qtbot.mouseClick(dialog.save_untested, Qt.MouseButton.LeftButton)
    assert demo.workspace.cache.account("Typo clinic") is not None


def test_editing_keeps_the_secret_left_empty_and_remove_clears_the_keyring(
    qtbot: QtBot, dialog: AccountsDialog, demo: Opened, memory_keyring: MemoryKeyring
) -> None:
    cache = demo.workspace.cache
    stored = cache.account(BRUSSELS)
    assert stored is not None
    # Make it an account the save rules accept (the demo's address is in-process only).
    cache.save_account(BRUSSELS, "progenda", "http://127.0.0.1/api/v2", stored.options)
    # Written behind the workspace's back: tell it, so its reference snapshot has the address.
    wait_for(qtbot, demo.workspace.publish(Changes(frozenset({BRUSSELS}), reference=True)))
    dialog.reload()
    select(dialog, BRUSSELS)
    assert dialog.name.isReadOnly()
    type_in(qtbot, dialog.inputs["center_id"], "1")
    dialog.save(tested_first=False)
    qtbot.waitUntil(lambda: "Saved" in dialog.outcome.text(), timeout=10_000)
    saved = cache.account(BRUSSELS)
    assert saved is not None and saved.options == {"user_email": EMAIL, "center_id": "1"}
    assert memory_keyring.store[("frontdesk", f"{BRUSSELS}:user_token")] == TOKEN

    box = dialog.remove_current()
    assert box is not None and BRUSSELS in box.text()
    remove = next(b for b in box.buttons() if b.text() == "Remove")
    with qtbot.waitSignal(dialog.accounts_changed, timeout=10_000):
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert cache.account(BRUSSELS) is None
    assert memory_keyring.store == {}
    assert dialog.model.row_of(BRUSSELS) == -1
    assert "was removed" in dialog.placeholder.text()


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_without_a_keyring_nothing_is_saved_and_it_says_why(
    qtbot: QtBot, dialog: AccountsDialog, demo: Opened, loopback: None, no_keyring: None
) -> None:
    dialog.start_adding("progenda")
    type_in(qtbot, dialog.name, "No keyring clinic")
    type_in(qtbot, dialog.inputs["user_email"], EMAIL)
    type_in(qtbot, dialog.inputs["user_token"], TOKEN)
    dialog.advanced_toggle.setChecked(True)
    type_in(qtbot, dialog.base_url, "http://127.0.0.1/api/v2")
    dialog.save(tested_first=False)
    qtbot.waitUntil(lambda: dialog.outcome.text().startswith("Not saved"), timeout=10_000)
    assert "keyring" in dialog.outcome.text()
    assert demo.workspace.cache.account("No keyring clinic") is None


def test_the_accounts_list_shows_each_vendor(dialog: AccountsDialog) -> None:
    row = dialog.model.index(0, 0).data(RecordRole)
    assert row.name == BRUSSELS and row.label == "Progenda"


def test_the_address_check_is_said_in_french(qtbot: QtBot, dialog: AccountsDialog) -> None:
    from PySide6.QtCore import QLocale

    from frontdesk.ui import i18n

    before = QLocale()
    i18n.install("fr_BE")
    try:
        dialog.start_adding("progenda")
        dialog.advanced_toggle.setChecked(True)
        type_in(qtbot, dialog.base_url, "http://progenda.sandbox/api/v2")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.url_error.text() == (
            "L'adresse du serveur doit utiliser https (le http simple n'est permis que vers cet "
            "ordinateur : 127.0.0.1, ::1 ou localhost)."
        )
    finally:
        i18n.install("en")
        QLocale.setDefault(before)
