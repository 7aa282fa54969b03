"""A 401 later on: the receptionist is asked for the credentials again, not shown a traceback."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.sandbox.progenda import DEMO_USER
from frontdesk.sync.coordinator import Health
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.reauth import ReauthDialog
from tests.conftest import MemoryKeyring

BRUSSELS = "Brussels & Gent"
EMAIL, TOKEN = DEMO_USER


def revoke_token(demo: Opened, new_token: str) -> None:
    """The clinic's Progenda admin issues a new API token: the saved one stops working."""
    assert demo.demo is not None
    demo.demo.states["progenda.sandbox"].users[EMAIL] = new_token


def prompted(qtbot: QtBot, window: MainWindow) -> ReauthDialog:
    with qtbot.waitSignal(window.reauth.prompted, timeout=20_000) as signal:
        window.refresh()
    assert signal.args == [BRUSSELS]
    dialog = window.reauth.dialogs[BRUSSELS]
    assert dialog.isVisible()
    return dialog


def test_a_401_asks_for_the_token_again_and_the_account_comes_back(
    qtbot: QtBot, window: MainWindow, demo: Opened, memory_keyring: MemoryKeyring
) -> None:
    revoke_token(demo, "rotated-token")
    dialog = prompted(qtbot, window)
    coordinator = demo.workspace.coordinators[BRUSSELS]
    assert coordinator.status.health is Health.NEEDS_LOGIN
    assert "no longer accepts the saved credentials" in dialog.intro.text()
    assert list(dialog.inputs) == ["user_token"]  # exactly the vendor's secrets
    assert not dialog.sign_in.isEnabled()  # nothing typed yet

    qtbot.keyClicks(dialog.inputs["user_token"], "still-wrong")
    qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "refused these credentials" in dialog.problem.text(), timeout=10_000)
    assert dialog.isVisible() and "still-wrong" not in dialog.problem.text()

    dialog.inputs["user_token"].clear()
    qtbot.keyClicks(dialog.inputs["user_token"], "rotated-token")
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000):
        qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    assert memory_keyring.store[("frontdesk", f"{BRUSSELS}:user_token")] == "rotated-token"
    # The running window uses the new token at once; the account syncs and is online again.
    assert demo.workspace.connectors[BRUSSELS].account.secret("user_token") == "rotated-token"
    qtbot.waitUntil(lambda: coordinator.status.health is Health.ONLINE, timeout=20_000)
    assert not dialog.isVisible()


def test_later_is_respected_until_the_account_is_online_again(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    revoke_token(demo, "rotated-token")
    dialog = prompted(qtbot, window)
    qtbot.mouseClick(dialog.later, Qt.MouseButton.LeftButton)
    assert BRUSSELS in window.reauth.declined
    with (
        qtbot.assertNotEmitted(window.reauth.prompted, wait=300),
        qtbot.waitSignal(window.synced, timeout=20_000),
    ):
        window.refresh()
    assert demo.workspace.coordinators[BRUSSELS].status.health is Health.NEEDS_LOGIN


def test_signed_in_for_the_session_when_the_keyring_refuses(
    qtbot: QtBot, window: MainWindow, demo: Opened
) -> None:
    import keyring
    import keyring.backends.fail

    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        revoke_token(demo, "rotated-token")
        dialog = prompted(qtbot, window)
        qtbot.keyClicks(dialog.inputs["user_token"], "rotated-token")
        with qtbot.waitSignal(dialog.signed_in, timeout=10_000):
            qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
        assert dialog.problem.text().startswith("Signed in for this session.")
        assert "keyring" in dialog.problem.text()
        assert dialog.isVisible() and dialog.later.text() == "Close"
    finally:
        keyring.set_keyring(previous)
