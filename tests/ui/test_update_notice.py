"""The status bar says a newer signed release is available, gets its installer on request, and
never hands an installer over while a write waits in the outbox."""

from __future__ import annotations

from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QStatusBar
from pytestqt.qtbot import QtBot

from frontdesk.sync.facade.updates import UpdateSettings, UpdateState
from frontdesk.ui.main_window import MainWindow
from frontdesk.ui.update_notice import UpdateNotice
from tests.support import tuf_channel
from tests.ui.helpers import wait_until


@pytest.fixture
def channel(tmp_path: Path) -> tuf_channel.Channel:
    return tuf_channel.build(tmp_path / "channel", "0.2.0", {"linux": b"deb", "windows": b"exe"})


_bars: list[QStatusBar] = []  # alive until the test's widgets are closed


def _notice(
    qtbot: QtBot, channel: tuf_channel.Channel, tmp_path: Path, waiting: list[int]
) -> UpdateNotice:
    root = tmp_path / "root.json"
    root.write_bytes(channel.root)
    bar = QStatusBar()
    qtbot.addWidget(bar)
    _bars[:] = [bar]
    notice = UpdateNotice(UpdateSettings(True, channel.url, root), lambda: waiting[0])
    bar.addPermanentWidget(notice)
    bar.show()
    return notice


def test_a_newer_release_shows_in_the_status_bar(
    qtbot: QtBot, qloop: qasync.QEventLoop, channel: tuf_channel.Channel, tmp_path: Path
) -> None:
    with tuf_channel.serve(channel):
        notice = _notice(qtbot, channel, tmp_path, [0])
        assert notice.isHidden()
        notice.start()
        wait_until(lambda: notice.last is not None)
    assert notice.last is not None and notice.last.state is UpdateState.AVAILABLE
    assert notice.isVisible() and notice.text() == "frontdesk 0.2.0 is available"


def test_no_installer_while_a_write_waits_then_it_opens_once_the_outbox_is_empty(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    channel: tuf_channel.Channel,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr("frontdesk.sync.updates.platform_key", lambda: "linux")
    monkeypatch.setattr(
        "PySide6.QtCore.QStandardPaths.writableLocation", lambda _where: str(tmp_path / "dl")
    )
    waiting = [2]
    said: list[str] = []
    with tuf_channel.serve(channel):
        notice = _notice(qtbot, channel, tmp_path, waiting)
        notice.notice.connect(said.append)
        notice.start()
        wait_until(lambda: notice.last is not None)
        notice.get_installer()
        assert said == [
            "Not now: 2 writes are still waiting to be sent; the update can be installed "
            "once the outbox is empty"
        ]
        assert not any("/targets/installer" in path for path in channel.requests)
        waiting[0] = 0
        notice.get_installer()
        wait_until(lambda: bool(opened))
    assert Path(opened[0].toLocalFile()).read_bytes() == b"deb"
    assert said[-1] == "Opening the installer (installer-linux)"


def test_a_clinic_with_checks_off_never_asks(
    qtbot: QtBot, qloop: qasync.QEventLoop, channel: tuf_channel.Channel, tmp_path: Path
) -> None:
    with tuf_channel.serve(channel):
        notice = _notice(qtbot, channel, tmp_path, [0])
        notice.settings = UpdateSettings(False, channel.url, notice.settings.root)
        notice.start()
    assert notice.last is not None and notice.last.state is UpdateState.OFF
    assert channel.requests == [] and notice.isHidden() and not notice.timer.isActive()


def test_the_window_of_a_build_without_a_channel_says_nothing(window: MainWindow) -> None:
    assert window.update_notice.last is not None
    assert window.update_notice.last.state is UpdateState.OFF
    assert window.update_notice.isHidden()
