"""The accounts dialog and the sign-in watcher keep the GUI thread free of the keyring and of SQL,
and drop what they follow in the change feed when they close or an account leaves."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import httpx
import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from frontdesk.app import Opened
from frontdesk.domain.accounts import Health
from frontdesk.domain.errors import AuthFailed
from frontdesk.sandbox.progenda import DEMO_USER
from frontdesk.sandbox.transport import SandboxTransport
from frontdesk.ui.accounts_dialog import KEPT, AccountsDialog
from frontdesk.ui.models import RecordRole
from frontdesk.ui.reauth import ReauthWatcher
from tests.conftest import MemoryKeyring
from tests.ui.helpers import wait_for

BRUSSELS = "Brussels & Gent"
EMAIL, TOKEN = DEMO_USER


class ThreadKeyring(MemoryKeyring):
    """Remembers the thread of every call: the GUI thread must never wait on the keyring."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, threading.Thread]] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append(("get", threading.current_thread()))
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append(("set", threading.current_thread()))
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append(("delete", threading.current_thread()))
        super().delete_password(service, username)


@pytest.fixture
def thread_keyring() -> Iterator[ThreadKeyring]:
    previous = keyring.get_keyring()
    backend = ThreadKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def gui_sql(demo: Opened) -> Iterator[list[str]]:
    """Statements run on the GUI thread's own connection (the cache opens one per thread)."""
    conn = demo.workspace.cache.conn
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    yield seen
    conn.set_trace_callback(None)


@pytest.fixture
def dialog(qtbot: QtBot, demo: Opened) -> AccountsDialog:
    assert demo.demo is not None
    app = demo.demo.apps["progenda.sandbox"]  # also at 127.0.0.1, an address saving accepts
    demo.workspace.client = httpx.AsyncClient(
        transport=SandboxTransport({"127.0.0.1": app, "progenda.sandbox": app})
    )
    dialog = AccountsDialog(demo.workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_in(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def select(dialog: AccountsDialog, name: str) -> None:
    dialog.list.setCurrentIndex(dialog.model.index(dialog.model.row_of(name), 0))


def test_saving_editing_and_removing_leave_the_keyring_and_sql_to_the_worker(
    qtbot: QtBot,
    dialog: AccountsDialog,
    demo: Opened,
    thread_keyring: ThreadKeyring,
    gui_sql: list[str],
) -> None:
    dialog.start_adding("progenda")
    type_in(qtbot, dialog.name, "Gent annex")
    type_in(qtbot, dialog.inputs["user_email"], EMAIL)
    type_in(qtbot, dialog.inputs["user_token"], TOKEN)
    dialog.advanced_toggle.setChecked(True)
    type_in(qtbot, dialog.base_url, "http://127.0.0.1/api/v2")
    with qtbot.waitSignal(dialog.accounts_changed, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Gent annex" in demo.workspace.account_names  # it runs at once
    assert demo.workspace.reference.account("Gent annex") is not None  # the snapshot knows it

    # Editing reads the stored secret in the background, to keep it when left empty.
    thread_keyring.calls.clear()
    select(dialog, BRUSSELS)
    select(dialog, "Gent annex")
    qtbot.waitUntil(lambda: any(kind == "get" for kind, _ in thread_keyring.calls))
    assert dialog.inputs["user_token"].placeholderText() == KEPT

    box = dialog.remove_current()
    assert box is not None
    remove = next(b for b in box.buttons() if b.text() == "Remove")
    with qtbot.waitSignal(dialog.accounts_changed, timeout=10_000):
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert "Gent annex" not in demo.workspace.account_names
    assert thread_keyring.store == {}

    kinds = {kind for kind, _ in thread_keyring.calls}
    assert {"get", "delete"} <= kinds
    assert all(thread is not threading.main_thread() for _, thread in thread_keyring.calls)
    assert gui_sql == [], "the GUI thread ran SQL"


def test_saving_without_a_test_also_stores_secrets_off_the_gui_thread(
    qtbot: QtBot, dialog: AccountsDialog, thread_keyring: ThreadKeyring, gui_sql: list[str]
) -> None:
    dialog.start_adding("progenda")
    type_in(qtbot, dialog.name, "Untested")
    type_in(qtbot, dialog.inputs["user_email"], EMAIL)
    type_in(qtbot, dialog.inputs["user_token"], TOKEN)
    dialog.advanced_toggle.setChecked(True)
    type_in(qtbot, dialog.base_url, "http://127.0.0.1/api/v2")
    with qtbot.waitSignal(dialog.accounts_changed, timeout=10_000):
        dialog.save(tested_first=False)
    sets = [thread for kind, thread in thread_keyring.calls if kind == "set"]
    assert sets and all(thread is not threading.main_thread() for thread in sets)
    assert thread_keyring.store[("frontdesk", "Untested:user_token")] == TOKEN
    assert gui_sql == []


def test_the_list_follows_the_feed_while_shown_and_lets_go_when_closed(
    qtbot: QtBot, dialog: AccountsDialog, demo: Opened
) -> None:
    feed = demo.workspace.feed
    coordinator = demo.workspace.coordinators[BRUSSELS]
    wait_for(qtbot, coordinator.failed(AuthFailed("token expired", vendor="Progenda")))
    row = dialog.model.index(dialog.model.row_of(BRUSSELS), 0).data(RecordRole)
    assert row.health == Health.NEEDS_LOGIN.value  # its chip in the list, told by the feed
    following = feed.subscribers
    dialog.reject()
    assert feed.subscribers == following - 1
    dialog.show()  # shown again: follows again
    assert feed.subscribers == following


def test_a_removed_accounts_status_listener_is_gone(
    qtbot: QtBot, dialog: AccountsDialog, demo: Opened, memory_keyring: MemoryKeyring
) -> None:
    window = QWidget()  # deleted by the test itself (not handed to qtbot)
    feed = demo.workspace.feed
    before = feed.subscribers
    watcher = ReauthWatcher(demo.workspace, window)
    assert feed.subscribers == before + 1  # one subscription for every account
    removed = demo.workspace.coordinators[BRUSSELS]
    assert not hasattr(removed, "listeners")  # statuses are told on the feed, nowhere else

    select(dialog, BRUSSELS)
    box = dialog.remove_current()
    assert box is not None
    remove = next(b for b in box.buttons() if b.text() == "Remove")
    with qtbot.waitSignal(dialog.accounts_changed, timeout=10_000):
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert BRUSSELS not in watcher.health and dialog.model.row_of(BRUSSELS) == -1

    # The removed account's coordinator may still finish a pass: nobody is told of it.
    with qtbot.assertNotEmitted(watcher.prompted, wait=100):
        wait_for(qtbot, removed.failed(AuthFailed("token expired", vendor="Progenda")))

    window.deleteLater()  # the watcher goes with its window, and so does its subscription
    qtbot.waitUntil(lambda: feed.subscribers == before)
