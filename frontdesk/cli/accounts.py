"""`frontdesk accounts add|list|remove|test`: the clinic's vendor accounts, for IT."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from typing import Any

from frontdesk.app import open_workspace
from frontdesk.cli.common import (
    CliError,
    ExitCode,
    Result,
    account_configs,
    as_cli_error,
    clock,
    http_client,
    open_cache,
    say,
    stored_account,
)
from frontdesk.connectors.account import AccountConfig
from frontdesk.connectors.registry import VendorSpec, build_connector, spec, vendor_keys
from frontdesk.domain.errors import AuthFailed, FrontdeskError, Unavailable
from frontdesk.store import accounts as account_store
from frontdesk.store import secrets
from frontdesk.store.cache import Cache, StoredAccount


def register(commands: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("accounts", help="add, list, test or remove vendor accounts")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add",
        parents=[common],
        help="add an account (tests the connection first)",
        description="Add an account. The connection is tested before anything is saved; "
        "secrets go only to the keyring.",
    )
    add.add_argument("name", help="a name for the account, e.g. 'Brussels clinic'")
    add.add_argument("--vendor", required=True, choices=vendor_keys())
    add.add_argument("--base-url", help="the vendor's API address (default: its production one)")
    add.add_argument(
        "--option", action="append", default=[], metavar="KEY=VALUE", help="a non-secret setting"
    )
    add.add_argument(
        "--secret",
        action="append",
        default=[],
        metavar="KEY[=VALUE]",
        help="a secret (keyring only); KEY alone asks for it, or reads one line from stdin",
    )
    add.add_argument(
        "--no-test", action="store_true", help="save without testing the connection first"
    )
    add.add_argument(
        "--replace", action="store_true", help="replace an existing account of that name"
    )
    add.set_defaults(handler=add_account)

    listing = actions.add_parser("list", parents=[common], help="the configured accounts")
    listing.set_defaults(handler=list_accounts)

    remove = actions.add_parser(
        "remove", parents=[common], help="remove an account, its cached data and its secrets"
    )
    remove.add_argument("name")
    remove.set_defaults(handler=remove_account)

    test = actions.add_parser("test", parents=[common], help="test an account's connection")
    test.add_argument("name")
    test.set_defaults(handler=test_account)


# -- add ----------------------------------------------------------------------------------------
def _secret_pairs(items: list[str], vendor: VendorSpec) -> dict[str, str]:
    """KEY=VALUE pairs, and bare KEYs asked for (so secrets stay out of shell history)."""
    given = account_store.parse_pairs([i for i in items if "=" in i], "--secret")
    for key in (i.strip() for i in items if "=" not in i):
        if key not in vendor.secrets:
            # Not echoed: a bare word that is no key name may be the secret itself.
            raise CliError(
                f"--secret without a value must name one of {vendor.label}'s secrets "
                f"({', '.join(vendor.secrets)}); what was given is not shown",
                ExitCode.USAGE,
                "invalid_settings",
            )
        if key in given:
            raise CliError(f"--secret {key} is given twice", ExitCode.USAGE, "invalid_settings")
        given[key] = _ask(key)
    return given


def _ask(key: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(f"{key}: ")
    line = sys.stdin.readline()
    if not line:
        raise CliError(
            f"--secret {key}: no value given and none on standard input",
            ExitCode.USAGE,
            "invalid_settings",
        )
    return line.rstrip("\r\n")


async def _test(config: AccountConfig, vendor: VendorSpec) -> int:
    async with http_client() as client:
        connector = build_connector(config, client, clock())
        await connector.test_connection()
        return connector.http.requests_sent


def _refusal(exc: FrontdeskError, vendor: VendorSpec, base_url: str) -> CliError:
    error = as_cli_error(exc)
    if isinstance(exc, AuthFailed):
        error.message = f"{vendor.label} refused the credentials ({exc.message}); nothing was saved"
    elif isinstance(exc, Unavailable):
        error.message = (
            f"{vendor.label} cannot be reached at {base_url} ({exc.message}); nothing was saved. "
            "Check the address, or add --no-test to save without testing"
        )
    else:
        error.message = f"the connection test failed ({exc}); nothing was saved"
    return error


def add_account(args: argparse.Namespace) -> Result:
    vendor = spec(args.vendor)
    settings = account_store.validate(
        vendor,
        args.name,
        base_url=args.base_url,
        options=account_store.parse_pairs(args.option, "--option"),
        secrets=_secret_pairs(args.secret, vendor),
    )
    cache = open_cache()
    if cache.account(settings.name) is not None and not args.replace:
        raise CliError(
            f"an account named {settings.name!r} already exists; remove it first, or add --replace",
            ExitCode.USAGE,
            "account_exists",
        )
    secrets.ensure_available()  # before any network traffic: no keyring, nothing to test
    requests = 0
    if not args.no_test:
        say(f"testing the connection to {vendor.label} at {settings.base_url}")
        config = AccountConfig(
            settings.name, settings.vendor, settings.base_url, settings.options, settings.secrets
        )
        try:
            requests = asyncio.run(_test(config, vendor))
        except FrontdeskError as exc:
            raise _refusal(exc, vendor, settings.base_url) from None
    account_store.save(cache, vendor, settings)
    data = {
        "name": settings.name,
        "vendor": settings.vendor,
        "base_url": settings.base_url,
        "options": settings.options,
        "secrets_set": sorted(settings.secrets),
        "tested": not args.no_test,
        "requests": requests,
    }
    how = "connection tested" if not args.no_test else "connection NOT tested (--no-test)"
    text = f"Added {settings.name!r}: {vendor.label} at {settings.base_url}; {how}."
    return Result(data, text)


# -- list ---------------------------------------------------------------------------------------
def _secrets_known(stored: StoredAccount) -> tuple[str, ...]:
    try:
        return spec(stored.vendor).secrets
    except ValueError:
        return ()


def _describe(stored: StoredAccount, keyring_ok: bool) -> dict[str, Any]:
    names = _secrets_known(stored)
    present = secrets.present(stored.name, names) if keyring_ok else None
    try:
        label = spec(stored.vendor).label
    except ValueError:
        label = stored.vendor
    return {
        "name": stored.name,
        "vendor": stored.vendor,
        "vendor_label": label,
        "base_url": stored.base_url,
        "options": stored.options,
        "secrets_set": present,
        "secrets_missing": None if present is None else [n for n in names if n not in present],
    }


def list_accounts(args: argparse.Namespace) -> Result:
    cache = open_cache()
    keyring_ok = True
    try:
        secrets.ensure_available()
    except secrets.NoKeyring as exc:
        keyring_ok = False
        say(f"cannot tell which secrets are set: {exc}")
    described = [_describe(a, keyring_ok) for a in cache.accounts()]
    if not described:
        return Result([], "No account configured (the GUI opens the demo clinic).")
    blocks = []
    for d in described:
        lines = [
            f"{d['name']}  ({d['vendor_label']}, {d['vendor']})",
            f"  base URL: {d['base_url']}",
        ]
        options = ", ".join(f"{k}={v}" for k, v in sorted(d["options"].items()))
        lines.append(f"  options:  {options or '—'}")
        if d["secrets_set"] is None:
            lines.append("  secrets:  unknown (no keyring)")
        else:
            parts = [f"{n} (set)" for n in d["secrets_set"]]
            parts += [f"{n} (missing)" for n in d["secrets_missing"]]
            lines.append(f"  secrets:  {', '.join(parts) or '—'}")
        blocks.append("\n".join(lines))
    return Result(described, "\n".join(blocks))


# -- remove ----------------------------------------------------------------------------------------
def remove_account(args: argparse.Namespace) -> Result:
    cache = open_cache()
    stored = stored_account(cache, args.name)
    names = _secrets_known(stored) or _all_secret_names()
    account_store.remove(cache, stored.name, names)
    return Result(
        {"removed": stored.name},
        f"Removed {stored.name!r}: its settings, cached data and keyring entries.",
    )


def _all_secret_names() -> tuple[str, ...]:
    # A vendor this build no longer knows: clear every secret name any vendor uses.
    return tuple(sorted({n for key in vendor_keys() for n in spec(key).secrets}))


# -- test -----------------------------------------------------------------------------------------
async def _test_configured(cache: Cache, config: AccountConfig) -> dict[str, Any]:
    workspace = open_workspace(cache, [config], clock(), http_client())
    try:
        connector = workspace.connectors[config.name]
        await connector.test_connection()
        return {
            "account": config.name,
            "vendor": config.vendor,
            "ok": True,
            "requests": connector.http.requests_sent,
            "requests_left_today": workspace.coordinators[config.name].requests_left,
        }
    finally:
        await workspace.aclose()


def test_account(args: argparse.Namespace) -> Result:
    cache = open_cache()
    (config,) = account_configs(cache, args.name)
    label = spec(config.vendor).label
    say(f"testing the connection to {label} at {config.base_url}")
    data = asyncio.run(_test_configured(cache, config))
    return Result(data, f"{config.name!r}: {label} answered; the settings work.")
