"""`frontdesk accounts add|list|remove|test`: the clinic's vendor accounts, for IT."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from typing import Any

from frontdesk.cli.common import (
    CliError,
    ExitCode,
    Result,
    as_cli_error,
    running,
    say,
    store,
    stored_account,
)
from frontdesk.domain.accounts import AccountConfig, StoredAccount, VendorInfo
from frontdesk.domain.errors import AuthFailed, FrontdeskError, Unavailable
from frontdesk.sync.facade import accounts as admin
from frontdesk.sync.facade.desk import Workspace


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
    add.add_argument("--vendor", required=True, choices=admin.vendor_keys())
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
def _secret_pairs(items: list[str], vendor: VendorInfo) -> dict[str, str]:
    """KEY=VALUE pairs, and bare KEYs asked for (so secrets stay out of shell history)."""
    given = admin.parse_pairs([i for i in items if "=" in i], "--secret")
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


def _refusal(exc: FrontdeskError, vendor: VendorInfo, base_url: str) -> CliError:
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


async def _add(args: argparse.Namespace, vendor: VendorInfo, settings: AccountConfig) -> int:
    """Tested first (unless --no-test), then saved: the cache and the keyring, on the worker."""
    async with store(network=not args.no_test) as workspace:
        if workspace.reference.account(settings.name) is not None and not args.replace:
            raise CliError(
                f"an account named {settings.name!r} already exists; remove it first, "
                "or add --replace",
                ExitCode.USAGE,
                "account_exists",
            )
        await admin.ensure_keyring(workspace)  # before any network traffic: no keyring, no test
        trial = None
        if not args.no_test:
            say(f"testing the connection to {vendor.label} at {settings.base_url}")
            try:
                trial = await admin.test_settings(workspace, settings)
            except FrontdeskError as exc:
                raise _refusal(exc, vendor, settings.base_url) from None
        await admin.save(workspace, settings, trial)
        return trial.requests if trial is not None else 0


def add_account(args: argparse.Namespace) -> Result:
    vendor = admin.vendor(args.vendor)
    if vendor is None:  # argparse's choices already refuse it
        raise CliError(f"unknown vendor {args.vendor!r}", ExitCode.USAGE, "invalid_settings")
    settings = admin.validate(
        vendor,
        args.name,
        base_url=args.base_url,
        options=admin.parse_pairs(args.option, "--option"),
        secrets=_secret_pairs(args.secret, vendor),
    )
    requests = asyncio.run(_add(args, vendor, settings))
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
async def _describe(
    workspace: Workspace, stored: StoredAccount, keyring_ok: bool
) -> dict[str, Any]:
    info = admin.vendor(stored.vendor)
    names = info.secrets if info is not None else ()
    present = await admin.secrets_present(workspace, stored.name, names) if keyring_ok else None
    label = info.label if info is not None else stored.vendor
    return {
        "name": stored.name,
        "vendor": stored.vendor,
        "vendor_label": label,
        "base_url": stored.base_url,
        "options": stored.options,
        "secrets_set": present,
        "secrets_missing": None if present is None else [n for n in names if n not in present],
    }


async def _list() -> list[dict[str, Any]]:
    async with store() as workspace:
        keyring_ok = True
        try:
            await admin.ensure_keyring(workspace)
        except admin.NoKeyring as exc:
            keyring_ok = False
            say(f"cannot tell which secrets are set: {exc}")
        return [await _describe(workspace, a, keyring_ok) for a in workspace.reference.accounts]


def list_accounts(args: argparse.Namespace) -> Result:
    described = asyncio.run(_list())
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
async def _remove(name: str) -> str:
    async with store() as workspace:
        stored = stored_account(workspace, name)
        # Keyring first (every secret name any vendor uses, for a vendor this build lacks).
        await admin.remove(workspace, stored.name)
        return stored.name


def remove_account(args: argparse.Namespace) -> Result:
    removed = asyncio.run(_remove(args.name))
    return Result(
        {"removed": removed},
        f"Removed {removed!r}: its settings, cached data and keyring entries.",
    )


# -- test -----------------------------------------------------------------------------------------
async def _test_saved(name: str) -> tuple[dict[str, Any], str]:
    async with running(name) as workspace:
        stored = stored_account(workspace, name)
        info = admin.vendor(stored.vendor)
        label = info.label if info is not None else stored.vendor
        base_url = stored.base_url or (info.default_base_url if info is not None else "")
        say(f"testing the connection to {label} at {base_url}")
        trial = await admin.test_running(workspace, name)
        data = {
            "account": name,
            "vendor": stored.vendor,
            "ok": True,
            "requests": trial.requests,
            "requests_left_today": workspace.requests_left(name),
        }
        return data, label


def test_account(args: argparse.Namespace) -> Result:
    data, label = asyncio.run(_test_saved(args.name))
    return Result(data, f"{args.name!r}: {label} answered; the settings work.")
