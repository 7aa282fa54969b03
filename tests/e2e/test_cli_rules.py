"""The rules behind the commands, run in-process through `frontdesk.__main__.main` (fast):
account settings, the https rule, keyring choice, the sandbox's loopback rule, the window's flags."""

from __future__ import annotations

import argparse
import json
import sys

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, null
from keyring.errors import KeyringLocked

from frontdesk import __version__
from frontdesk.__main__ import main
from frontdesk.connectors.registry import spec
from frontdesk.store import accounts, paths, secrets
from frontdesk.store.cache import Cache, StoredAccount
from tests.conftest import MemoryKeyring


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


# -- account settings ------------------------------------------------------------------------------
def test_each_wrong_key_is_named_and_nothing_is_saved(
    capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    code, out, err = run(
        capsys, "accounts", "add", "Spa", "--vendor", "patientnow", "--json",
        "--option", "apikey=k1", "--option", "colour=red", "--secret", "company_id=3",
        "--secret", "username=front",
    )  # fmt: skip
    assert code == 2
    message = json.loads(out)["error"]["message"]
    assert "apikey is a secret: give it with --secret apikey=..., not --option" in message
    assert "unknown option colour for PatientNow Essentials" in message
    assert "company_id is not a secret: give it with --option company_id=..." in message
    assert "needs --secret password=..." in message
    assert "frontdesk: " in err
    assert memory_keyring.store == {}
    assert Cache(paths.cache_path()).accounts() == []


@pytest.mark.parametrize(
    ("vendor", "options", "secret_keys"),
    [
        ("patientnow", {"company_id": "3"}, ("apikey", "username", "password")),
        ("vish", {"company_id": "3"}, ("apikey", "username", "password")),
        ("pracsuite", {}, ("api_key", "clinic_key")),
        ("naturaesoft", {"ppass": "GreenValleyND"}, ("api_key",)),
        (
            "syncvet",
            {"practice_id": "9", "token_url": "https://login.example/token", "scope": "api"},
            ("client_id", "client_secret"),
        ),
        ("progenda", {"user_email": "a@b.example", "center_id": "1"}, ("user_token",)),
    ],
)
def test_the_documented_keys_of_every_vendor_are_accepted(
    vendor: str, options: dict[str, str], secret_keys: tuple[str, ...]
) -> None:
    given = {k: f"value-{k}" for k in secret_keys}
    settings = accounts.validate(spec(vendor), "A", base_url=None, options=options, secrets=given)
    assert settings.base_url == spec(vendor).default_base_url.rstrip("/")
    assert settings.base_url.startswith("https://")
    assert settings.options == options and settings.secrets == given


def test_frontdesk_settings_are_accepted_for_every_vendor_as_whole_numbers() -> None:
    secret = {"user_token": "t"}
    common = {"daily_budget": "10000", "sync_days_back": "3", "sync_days_ahead": "90"}
    options = {"user_email": "a@b.c", **common}
    settings = accounts.validate(
        spec("progenda"), "A", base_url=None, options=options, secrets=secret
    )
    assert settings.options == options
    with pytest.raises(accounts.InvalidSettings, match="option daily_budget must be a whole"):
        accounts.validate(
            spec("progenda"),
            "A",
            base_url=None,
            options={"user_email": "a", "daily_budget": "lots"},
            secrets=secret,
        )


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/api",
        "http://127.8.9.10/api",
        "http://[::1]:8000/api",
        "http://localhost:8000",
        "https://api.progenda.be/api/v2",
    ],
)
def test_https_or_loopback_addresses_are_accepted(url: str) -> None:
    assert accounts.check_url(url + "/") == url


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://api.progenda.be/api/v2", "must use https"),
        ("http://10.0.0.5/api", "must use https"),
        ("http://localhost.example.com/api", "must use https"),
        ("http://128.0.0.1/api", "must use https"),
        ("ftp://127.0.0.1/api", "full address"),
        ("api.progenda.be", "full address"),
        ("https://user:pw@api.progenda.be", "user name or password"),
        ("https://api.progenda.be/?token=x", "'?' or '#'"),
        ("https://api.progenda.be:port/", "not a valid URL"),
    ],
)
def test_other_addresses_are_refused_with_the_reason(url: str, reason: str) -> None:
    with pytest.raises(accounts.InvalidSettings) as refused:
        accounts.check_url(url)
    assert reason in str(refused.value)
    assert "pw" not in str(refused.value) and "token=x" not in str(refused.value)


def test_an_http_token_url_is_refused_like_a_base_url() -> None:
    with pytest.raises(accounts.InvalidSettings) as refused:
        accounts.validate(
            spec("syncvet"),
            "Vets",
            base_url=None,
            options={"token_url": "http://login.example/token"},
            secrets={"client_id": "a", "client_secret": "b"},
        )
    assert "option token_url must use https" in str(refused.value)


def test_a_stored_account_over_plain_http_is_refused_when_connectors_are_built() -> None:
    from frontdesk.app import configured_accounts

    cache = Cache(":memory:")
    cache.save_account("Old", "progenda", "http://api.progenda.be/api/v2", {"user_email": "a"})
    with pytest.raises(accounts.InvalidSettings, match="must use https"):
        configured_accounts(cache)
    assert accounts.check_stored(spec("progenda"), StoredAccount("L", "progenda", "", {})) is None


def test_a_secret_is_never_echoed_in_a_malformed_pair(
    capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(accounts.InvalidSettings) as refused:
        accounts.parse_pairs(["s3cr3t-token"], "--secret")
    assert "expected KEY=VALUE" in str(refused.value) and "s3cr3t" not in str(refused.value)
    # A bare --secret word that names no secret may be the token itself, typed without its key.
    code, out, err = run(
        capsys, "accounts", "add", "A", "--vendor", "progenda", "--option", "user_email=a@b.c",
        "--secret", "s3cr3t-token", "--no-test",
    )  # fmt: skip
    assert code == 2 and "must name one of Progenda's secrets (user_token)" in err
    assert "s3cr3t" not in out + err
    assert memory_keyring.store == {}


# -- the keyring -------------------------------------------------------------------------------------
class PlaintextKeyring(MemoryKeyring):
    """Stands for keyrings.alt.file.PlaintextKeyring (same module and class name)."""


PlaintextKeyring.__module__ = "keyrings.alt.file"
PlaintextKeyring.__qualname__ = "PlaintextKeyring"


@pytest.fixture
def restore_keyring() -> object:
    previous = keyring.get_keyring()
    yield previous
    keyring.set_keyring(previous)


@pytest.mark.usefixtures("restore_keyring")
@pytest.mark.parametrize("backend", [null.Keyring(), PlaintextKeyring()])
def test_a_null_or_plaintext_keyring_counts_as_none(backend: KeyringBackend) -> None:
    keyring.set_keyring(backend)
    with pytest.raises(secrets.NoKeyring, match="no secure keyring is available"):
        secrets.save("A", {"user_token": "t"})


@pytest.mark.usefixtures("restore_keyring")
def test_a_chain_never_hands_a_secret_to_its_plaintext_member(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plain, safe = PlaintextKeyring(), MemoryKeyring()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plain, safe])
    keyring.set_keyring(chainer.ChainerBackend())
    secrets.save("A", {"user_token": "t"})
    assert plain.store == {} and safe.store == {("frontdesk", "A:user_token"): "t"}
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plain])
    with pytest.raises(secrets.NoKeyring):
        secrets.load("A", ("user_token",))


class LockedKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("locked")


@pytest.mark.usefixtures("restore_keyring")
def test_a_locked_keyring_is_reported_and_nothing_is_saved(
    capsys: pytest.CaptureFixture[str],
) -> None:
    keyring.set_keyring(LockedKeyring())
    code, out, err = run(
        capsys, "accounts", "add", "A", "--vendor", "progenda", "--option", "user_email=a@b.c",
        "--secret", "user_token=t0k3n", "--no-test", "--json",
    )  # fmt: skip
    assert code == 3 and json.loads(out)["error"]["kind"] == "no_keyring"
    assert "the keyring refused the request (KeyringLocked: is it locked?)" in err
    assert "t0k3n" not in out + err
    assert Cache(paths.cache_path()).accounts() == []


# -- the sandbox and the window's flags ------------------------------------------------------------
def test_the_sandbox_refuses_a_non_loopback_host(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "sandbox", "serve", "--host", "0.0.0.0", "--json")
    assert code == 2
    assert json.loads(out)["error"]["kind"] == "sandbox"
    assert "'0.0.0.0' is not a loopback address" in err


def test_the_sandbox_explains_how_to_install_uvicorn(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # import uvicorn -> ImportError
    code, _, err = run(capsys, "sandbox", "serve", "--vendor", "progenda")
    assert code == 2
    assert "pip install 'frontdesk[serve]'" in err


def test_the_window_flags_are_unchanged_and_kept_apart_from_commands(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"frontdesk {__version__}"
    code, _, err = run(capsys, "--demo-time", "2026-11-18T10:30")
    assert code == 2 and "needs a UTC offset" in err
    code, _, err = run(capsys, "--demo", "sync")
    assert code == 2 and "--demo: for the window only" in err
    code, out, err = run(capsys, "accounts", "add", "--json")
    assert code == 2 and "required: name, --vendor" in err
    assert json.loads(out)["error"]["kind"] == "usage"
    code, out, _ = run(capsys, "-v", "accounts", "list")
    assert code == 0 and "No account configured" in out


def test_a_start_without_arguments_has_the_window_parser_s_defaults() -> None:
    """`frontdesk` alone skips the window's parser: what it runs the window with must be what
    that parser would have given, or a flag added to one would be missing from the other."""
    from frontdesk.__main__ import no_window_flags, window_parser

    parsed, unknown = window_parser().parse_known_args([])
    assert not unknown
    assert vars(no_window_flags()) == vars(parsed)


def test_the_window_fast_path_knows_every_command() -> None:
    """`frontdesk` starts the window without importing the commands; it must still recognise
    every command name, or `frontdesk NEWCOMMAND` would open a window."""
    from frontdesk.__main__ import COMMANDS, build_parser

    parser = build_parser()
    registered = next(
        set(action.choices)
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
    )
    assert registered == set(COMMANDS)


def test_working_hours_are_an_option_of_every_vendor_and_are_checked() -> None:
    from frontdesk.connectors.registry import spec
    from frontdesk.store.accounts import InvalidSettings, validate

    progenda = spec("progenda")
    good = validate(
        progenda,
        "Gent",
        base_url=None,
        options={"user_email": "a@b.be", "working_hours": "mon-fri 08:00-12:00 13:00-17:30"},
        secrets={"user_token": "t"},
    )
    assert good.options["working_hours"] == "mon-fri 08:00-12:00 13:00-17:30"
    with pytest.raises(InvalidSettings, match="working_hours: '25:00-26:00'"):
        validate(
            progenda,
            "Gent",
            base_url=None,
            options={"user_email": "a@b.be", "working_hours": "mon 25:00-26:00"},
            secrets={"user_token": "t"},
        )
