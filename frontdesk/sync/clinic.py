"""Clinic mode: the desk's store is the clinic's PostgreSQL server instead of its own SQLite file.

The server is named by a URL (`postgresql://user@host:port/db?sslmode=verify-full`) given with
`--server` or saved in the window. The password is never part of what is saved or logged: it
lives in this computer's keyring (store/secrets.py), under a key made of user, host, port and
database. A server that is not on this computer must be reached over TLS.

Everything here may block (keyring, network): run it on the cache worker, off the GUI thread.
"""

from __future__ import annotations

import getpass
import ipaddress
import os
import re
import socket
from pathlib import Path

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg_pool import PoolTimeout

from frontdesk.domain.errors import FrontdeskError
from frontdesk.domain.texts import Text
from frontdesk.store import paths, secrets
from frontdesk.store.accounts import InvalidSettings
from frontdesk.store.pg.store import PgStore
from frontdesk.sync import clinic_setting

SAFE_SSLMODES = frozenset({"require", "verify-ca", "verify-full"})
CONNECT_TIMEOUT = 10  # seconds: a validation in the window must not hang on a wrong address
DESK_POOL_WAIT_S = 5.0  # a desk's call waits this long for a connection, then uses its mirror


class ServerUnreachable(FrontdeskError):
    """The server refused or could not be reached; the message carries no password."""


def _loopback(host: str) -> bool:
    if not host or host.startswith("/") or host == "localhost":
        return True  # a Unix socket, or this computer
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse(url: str) -> dict[str, str]:
    """The URL's parts; InvalidSettings when it is not a PostgreSQL address or not safe."""
    try:
        parts = {k: str(v) for k, v in conninfo_to_dict(url.strip()).items() if v is not None}
    except psycopg.ProgrammingError:
        raise InvalidSettings(
            Text(
                "the clinic server is not a PostgreSQL address (e.g. "
                "postgresql://frontdesk_desk@db.clinic.lan/frontdesk?sslmode=verify-full)"
            )
        ) from None
    if "password" in parts:
        raise InvalidSettings(
            Text(
                "the clinic server's address must not contain the password; "
                "frontdesk asks for it and keeps it in this computer's keyring"
            )
        )
    # libpq's own defaults count too: PGHOST when the URL names no host, hostaddr over host.
    named = parts.get("host") or os.environ.get("PGHOST", "")
    hosts = named.split(",") + [a for a in parts.get("hostaddr", "").split(",") if a]
    remote = [h.strip() for h in hosts if not _loopback(h.strip())]
    if remote and parts.get("sslmode", "") not in SAFE_SSLMODES:
        raise InvalidSettings(
            Text(
                "the clinic server {host} is not on this computer: its address needs "
                "sslmode=verify-full (or verify-ca, require) so the connection is encrypted",
                host=remote[0],
            )
        )
    return parts


def describe(url: str) -> str:
    """user@host:port/db, for messages and the keyring's key (no password, no options)."""
    parts = parse(url)
    host = parts.get("host", "") or "local"
    port = parts.get("port", "5432")
    return f"{parts.get('user', '')}@{host}:{port}/{parts.get('dbname', '')}"


def _keyring_name(url: str) -> str:
    return f"clinic-server {describe(url)}"


def save_password(url: str, password: str) -> None:
    secrets.save(_keyring_name(url), {"password": password})


def conninfo(url: str) -> str:
    """The connection string with the keyring's password, if it holds one."""
    parts = parse(url)
    try:
        stored = secrets.load(_keyring_name(url), ("password",))
    except secrets.NoKeyring:
        stored = {}  # a server that trusts this computer (or a ~/.pgpass) needs none
    parts.setdefault("connect_timeout", str(CONNECT_TIMEOUT))
    parts.setdefault("application_name", "frontdesk")
    parts["options"] = " ".join(filter(None, [parts.get("options", ""), _who()]))
    return make_conninfo(**parts, **stored)


def desk_name() -> str:
    """FRONTDESK_DESK (a name the clinic gives the workstation), else the host name."""
    return os.environ.get("FRONTDESK_DESK", "").strip() or socket.gethostname()


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment nor the password database
        return ""


def _who() -> str:
    """Session settings the server writes into every command and request row (the audit)."""

    def escaped(value: str) -> str:  # libpq splits `options` on spaces
        return value.replace("\\", "\\\\").replace(" ", "\\ ")

    pairs = {"frontdesk.desk": desk_name(), "frontdesk.os_user": _os_user()}
    return " ".join(f"-c {k}={escaped(v[:100])}" for k, v in pairs.items() if v)


def try_connect(url: str, password: str | None = None) -> None:
    """Connect once (the window's check before saving); ServerUnreachable says why."""
    info = conninfo(url) if password is None else make_conninfo(conninfo(url), password=password)
    try:
        psycopg.connect(info).close()
    except psycopg.OperationalError as exc:
        raise ServerUnreachable(_reason(url, exc)) from None


def _reason(url: str, exc: BaseException) -> str:
    # libpq's text may quote the conninfo but never the password; keep only its first line.
    first = (str(exc).strip().splitlines() or ["no answer"])[0]
    return f"the clinic server {describe(url)} cannot be reached: {first}"


def open_server(url: str) -> PgStore:
    """The clinic's store (migrated if this frontdesk is newer)."""
    info = conninfo(url)
    try:
        return open_conninfo(info)
    except ServerUnreachable as exc:
        raise ServerUnreachable(_reason(url, exc.__cause__ or exc)) from None


def open_conninfo(info: str) -> PgStore:
    """The store at a connection string; ServerUnreachable (its cause the driver's error)
    when the server does not answer."""
    try:
        psycopg.connect(info).close()  # fail fast with a reason; the pool would wait 30 s
        return PgStore(info, timeout=DESK_POOL_WAIT_S)
    except Exception as exc:
        if server_lost(exc):
            raise ServerUnreachable(Text("the clinic server cannot be reached")) from exc
        raise


def server_lost(error: BaseException) -> bool:
    """The one classification of a clinic-server failure: the connection is gone or cannot be
    made (the desk turns to its mirror, sync/desk_link.py), as opposed to an error of the
    statement (a clash, a constraint, a deadlock), which is the write's own."""
    if isinstance(error, ServerUnreachable | PoolTimeout | psycopg.InterfaceError):
        return True  # InterfaceError: "the connection is closed" on a dropped one
    if not isinstance(error, psycopg.OperationalError):
        return False
    state = error.sqlstate
    # No SQLSTATE: libpq's own (refused, reset, EOF); 08: connection exception; 57P01-03: the
    # server is shutting down or starting.
    return state is None or state.startswith("08") or state in {"57P01", "57P02", "57P03"}


def mirror_path(url: str) -> Path:
    """The desk's offline copy of this server's book (sync/mirror.py), in its data folder."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", describe(url)).strip("_")
    return paths.data_dir() / f"clinic-mirror-{name}.sqlite3"


def check_and_save(url: str, password: str) -> str:
    """The window's check before saving, as the accounts dialog tests an account: the address
    is checked, a connection made with the password, then the password goes to the keyring
    and the address (never the password) to the desk's settings. Returns the server's name."""
    url = url.strip()
    parse(url)
    try_connect(url, password or None)
    if password:
        save_password(url, password)
    clinic_setting.save_url(url)
    return describe(url)
