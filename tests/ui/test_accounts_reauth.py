"""A 401 later on: the receptionist is asked for the credentials again, not shown a traceback."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.models import BookingRequest
from frontdesk.sandbox.progenda import DEMO_USER
from frontdesk.sync.coordinator import Health
from frontdesk.sync.openings import OpeningSearch, OpeningsFinder, services_named
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.reauth import ReauthDialog
from tests.conftest import MemoryKeyring
from tests.ui.helpers import wait_for

BRUSSELS = "Brussels & Gent"
EMAIL, TOKEN = DEMO_USER


def consultations(demo: Opened) -> OpeningSearch:
    services = services_named(demo.workspace.services(), "Consultation")
    return OpeningSearch(date(2026, 11, 18), days=3, services=services)


def center_1_patient(demo: Opened) -> str:
    assert demo.demo is not None
    state = demo.demo.states["progenda.sandbox"]
    return next(str(pid) for pid, p in sorted(state.patients.items()) if p["center_id"] == 1)


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

    # A booking made meanwhile is kept, to be sent once the vendor accepts us again.
    slot = next(
        o
        for o in wait_for(qtbot, OpeningsFinder(demo.workspace).find(consultations(demo))).openings
        if o.provider_id == "1"
    )
    request = BookingRequest(
        BRUSSELS, "1", slot.service_id, center_1_patient(demo), slot.start, slot.end
    )
    kept = wait_for(qtbot, demo.workspace.book(request))
    assert kept.error is not None and demo.workspace.outbox.waiting(BRUSSELS) == 1

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
    qtbot.waitUntil(lambda: demo.workspace.outbox.waiting(BRUSSELS) == 0, timeout=20_000)
    assert demo.demo is not None
    sent = [
        json.loads(r.body)["appointment"]
        for r in demo.demo.apps["progenda.sandbox"].requests
        if r.method == "POST" and r.status < 300
    ]
    assert [a["start"] for a in sent] == [str(int(slot.start.timestamp()))]


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
