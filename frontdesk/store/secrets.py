"""Account secrets live only in the operating system's keyring.

The standard PYTHON_KEYRING_BACKEND variable is honoured. Where the only backend would write
secrets to a plain file, or there is none, we refuse instead of storing them insecurely.
"""

from __future__ import annotations

import contextlib

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from frontdesk.domain.errors import FrontdeskError

SERVICE = "frontdesk"
INSECURE_BACKENDS = (
    "keyrings.alt.file.PlaintextKeyring",
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
)


class NoKeyring(FrontdeskError):
    pass


def _backend() -> KeyringBackend:
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__qualname__}"
    chained = getattr(backend, "backends", None)
    if name in INSECURE_BACKENDS or (chained is not None and not chained):
        raise NoKeyring(
            "no secure keyring is available on this computer (install or unlock the system "
            "keyring, e.g. GNOME Keyring or KWallet); secrets are never written to plain files"
        )
    return backend


def _key(account: str, name: str) -> str:
    return f"{account}:{name}"


def save(account: str, secrets: dict[str, str]) -> None:
    backend = _backend()
    for name, value in secrets.items():
        backend.set_password(SERVICE, _key(account, name), value)


def load(account: str, names: tuple[str, ...]) -> dict[str, str]:
    backend = _backend()
    out = {}
    for name in names:
        value = backend.get_password(SERVICE, _key(account, name))
        if value is not None:
            out[name] = value
    return out


def delete(account: str, names: tuple[str, ...]) -> None:
    backend = _backend()
    for name in names:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            backend.delete_password(SERVICE, _key(account, name))
