"""The update check reads a signed channel: a newer release is offered, a tampered or unsigned one
is not, and a clinic that switched checks off is never asked about."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontdesk.domain.updates import UpdateState, install_blocked
from frontdesk.sync import updates
from frontdesk.sync.updates import (
    UpdateFailed,
    UpdateSettings,
    check,
    download_installer,
    load_settings,
)
from tests.support import tuf_channel


def _settings(channel: tuf_channel.Channel, tmp_path: Path) -> UpdateSettings:
    root = tmp_path / "trusted-root.json"
    root.write_bytes(channel.root)
    return UpdateSettings(enabled=True, channel=channel.url, root=root)


def test_a_newer_signed_release_is_offered(tmp_path: Path) -> None:
    channel = tuf_channel.build(tmp_path / "channel", "0.2.0", {"linux": b"deb"})
    with tuf_channel.serve(channel):
        found = check(_settings(channel, tmp_path), "0.1.0")
    assert found.state is UpdateState.AVAILABLE
    assert (found.latest, found.notes) == ("0.2.0", "Faster day change.")
    assert found.text == "frontdesk 0.2.0 is available"


def test_the_same_or_an_older_release_says_nothing(tmp_path: Path) -> None:
    channel = tuf_channel.build(tmp_path / "channel", "0.1.0", {"linux": b"deb"})
    with tuf_channel.serve(channel):
        same = check(_settings(channel, tmp_path), "0.1.0")
        newer_here = check(_settings(channel, tmp_path), "0.3.0")
    assert same.state is newer_here.state is UpdateState.CURRENT
    assert same.text == ""


def test_a_release_listing_changed_after_signing_is_not_believed(tmp_path: Path) -> None:
    channel = tuf_channel.build(tmp_path / "channel", "0.1.0", {"linux": b"deb"})
    listing = channel.folder / "targets" / "releases.json"
    forged = json.loads(listing.read_text()) | {"version": "9.9.9"}
    listing.write_text(json.dumps(forged))
    with tuf_channel.serve(channel):
        found = check(_settings(channel, tmp_path), "0.1.0")
    assert found.state is UpdateState.FAILED
    assert found.latest is None and found.text == ""


def test_a_channel_signed_by_another_key_is_refused(tmp_path: Path) -> None:
    ours = tuf_channel.build(tmp_path / "ours", "0.1.0", {"linux": b"deb"})
    theirs = tuf_channel.build(tmp_path / "theirs", "0.2.0", {"linux": b"evil"})
    settings = _settings(ours, tmp_path)
    with tuf_channel.serve(theirs):
        found = check(UpdateSettings(True, theirs.url, settings.root), "0.1.0")
    assert found.state is UpdateState.FAILED


def test_switched_off_by_the_clinic_asks_nothing(tmp_path: Path) -> None:
    channel = tuf_channel.build(tmp_path / "channel", "0.2.0", {"linux": b"deb"})
    with tuf_channel.serve(channel):
        settings = _settings(channel, tmp_path)
        clinic = tmp_path / "clinic.ini"
        clinic.write_text("[updates]\nenabled = false\n")
        bundled = tmp_path / "bundled.ini"
        bundled.write_text(f"[updates]\nchannel = {channel.url}\nroot = {settings.root}\n")
        found = check(load_settings([bundled, clinic]), "0.1.0")
    assert found.state is UpdateState.OFF
    assert found.reason == "update checks are switched off for this clinic"
    assert channel.requests == []


def test_a_build_without_a_channel_asks_nothing() -> None:
    found = check(load_settings([]), "0.1.0")
    assert found.state is UpdateState.OFF and found.reason == "this build has no update channel"


def test_settings_read_in_order_with_a_root_beside_its_file(tmp_path: Path) -> None:
    bundled = tmp_path / "bundled" / "updates.ini"
    bundled.parent.mkdir()
    bundled.write_text("[updates]\nchannel = https://updates.example/stable/\nroot = root.json\n")
    clinic = tmp_path / "clinic.ini"
    clinic.write_text("[updates]\nchannel = https://mirror.clinic.example/frontdesk\n")
    broken = tmp_path / "broken.ini"
    broken.write_text("[updates]\nenabled = perhaps\n")
    settings = load_settings([bundled, clinic, broken, tmp_path / "absent.ini"])
    assert settings == UpdateSettings(
        True, "https://mirror.clinic.example/frontdesk", bundled.parent / "root.json"
    )


def test_the_installer_is_downloaded_verified(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(updates, "platform_key", lambda: "windows")
    channel = tuf_channel.build(
        tmp_path / "channel", "0.2.0", {"windows": b"setup.exe bytes", "linux": b"deb"}
    )
    with tuf_channel.serve(channel):
        saved = download_installer(_settings(channel, tmp_path), tmp_path / "downloads")
    assert saved.read_bytes() == b"setup.exe bytes"


def test_a_swapped_installer_is_not_saved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(updates, "platform_key", lambda: "linux")
    channel = tuf_channel.build(tmp_path / "channel", "0.2.0", {"linux": b"the real deb"})
    (channel.folder / "targets" / "installer-linux").write_bytes(b"a different deb")
    with tuf_channel.serve(channel), pytest.raises(UpdateFailed, match="did not verify"):
        download_installer(_settings(channel, tmp_path), tmp_path / "downloads")
    assert not (tmp_path / "downloads" / "installer-linux").exists()


def test_nothing_is_installed_while_a_write_waits() -> None:
    assert install_blocked(0) is None
    assert install_blocked(1) == (
        "1 write is still waiting to be sent; the update can be installed once the outbox is empty"
    )
    assert install_blocked(3) is not None and install_blocked(3).startswith("3 writes are")  # type: ignore[union-attr]
