"""What the commands refuse, as separate processes: each says why, exits non-zero, saves nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import NO_KEYRING, Frontdesk, account, sandbox

pytestmark = pytest.mark.loopback


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    with sandbox(tmp_path_factory.mktemp("sandbox"), "progenda") as description:
        yield description


def add_progenda(frontdesk: Frontdesk, base_url: str, token: str, *extra: str) -> Any:
    return frontdesk(
        "accounts", "add", "Brussels", "--vendor", "progenda", "--base-url", base_url,
        "--option", "user_email=demo@frontdesk.example", "--secret", f"user_token={token}",
        "--json", *extra,
    )  # fmt: skip


def assert_nothing_saved(frontdesk: Frontdesk) -> None:
    listed = frontdesk("accounts", "list", "--json")
    assert listed.code == 0, listed
    assert listed.json() == []
    assert frontdesk.keyring_entries() == {}


def test_a_wrong_token_is_refused_at_add_time_and_nothing_is_saved(
    served: dict[str, Any], tmp_path: Path
) -> None:
    frontdesk = Frontdesk(tmp_path)
    done = add_progenda(frontdesk, account(served, "progenda")["base_url"], "not-the-token")
    assert done.code == 1, done
    assert done.json()["error"]["kind"] == "auth_failed"
    assert "Progenda refused the credentials" in done.stderr
    assert "nothing was saved" in done.stderr
    assert "not-the-token" not in done.stdout + done.stderr
    assert_nothing_saved(frontdesk)


def test_plain_http_to_another_computer_is_refused(tmp_path: Path) -> None:
    frontdesk = Frontdesk(tmp_path)
    done = add_progenda(frontdesk, "http://progenda.example.com/api/v2", "demo-token")
    assert done.code == 2, done
    assert done.json()["error"]["kind"] == "invalid_settings"
    assert "must use https" in done.stderr
    assert_nothing_saved(frontdesk)


def test_without_a_keyring_secrets_are_refused_not_written_elsewhere(
    served: dict[str, Any], tmp_path: Path
) -> None:
    frontdesk = Frontdesk(tmp_path, backend=NO_KEYRING)
    done = add_progenda(frontdesk, account(served, "progenda")["base_url"], "demo-token")
    assert done.code == 3, done
    assert done.json()["error"]["kind"] == "no_keyring"
    assert "no secure keyring is available" in done.stderr
    assert b"demo-token" not in frontdesk.stored_bytes()
    listed = frontdesk("accounts", "list", "--json")
    assert listed.json() == [] and "cannot tell which secrets are set" in listed.stderr


def test_a_malformed_date_is_named_and_exits_non_zero(tmp_path: Path) -> None:
    frontdesk = Frontdesk(tmp_path)
    done = frontdesk("appointments", "list", "--date", "2026-02-30", "--json")
    assert done.code == 2, done
    assert done.json()["error"]["kind"] == "invalid_date"
    assert "--date: '2026-02-30' is not a date" in done.stderr
    assert "YYYY-MM-DD" in done.stderr
