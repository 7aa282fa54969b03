"""Account secrets live only in the operating system's keyring.

The standard PYTHON_KEYRING_BACKEND variable is honoured. Where the only backends would write
secrets to a plain file, or there is none, we refuse instead of storing them insecurely.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from frontdesk.domain.errors import FrontdeskError

SERVICE = "frontdesk"
# Backends that store nothing, or store it in a plain file: for us, no keyring at all.
INSECURE_BACKENDS = frozenset(
    {
        "keyring.backends.fail.Keyring",
        "keyring.backends.null.Keyring",
        "keyrings.alt.file.PlaintextKeyring",
        "keyrings.alt.pyfs.PlaintextKeyring",
    }
)
NO_KEYRING = (
    "no secure keyring is available on this computer (install or unlock the system keyring, "
    "e.g. GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager, or choose one "
    "with PYTHON_KEYRING_BACKEND); secrets are never written to plain files"
)


class NoKeyring(FrontdeskError):
    pass


def _name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _secure(backend: KeyringBackend) -> bool:
    name = _name(backend)
    plaintext = name.startswith("keyrings.alt.") and "Plaintext" in type(backend).__qualname__
    return name not in INSECURE_BACKENDS and not plaintext


def _backend() -> KeyringBackend:
    try:
        backend = keyring.get_keyring()
    except (ImportError, AttributeError, RuntimeError, ValueError) as exc:
        # PYTHON_KEYRING_BACKEND (or keyringrc.cfg) names a backend that cannot be loaded.
        raise NoKeyring(
            f"the configured keyring backend cannot be used ({exc}); {NO_KEYRING}"
        ) from None
    chained: list[KeyringBackend] | None = getattr(backend, "backends", None)
    if chained is not None:
        # The chainer writes to the first backend that accepts: pick the best secure one ourselves,
        # so a plaintext backend further up the chain never receives a secret.
        best = next((b for b in chained if _secure(b)), None)
        if best is None:
            raise NoKeyring(NO_KEYRING)
        backend = best
    if not _secure(backend):
        raise NoKeyring(NO_KEYRING)
    return backend


def ensure_available() -> None:
    """Raise NoKeyring now, before anything else is done, when secrets cannot be stored."""
    _backend()


def _key(account: str, name: str) -> str:
    return f"{account}:{name}"


@contextlib.contextmanager
def _refusals() -> Iterator[None]:
    """A locked or failing keyring becomes NoKeyring with a message, never a traceback."""
    try:
        yield
    except keyring.errors.PasswordDeleteError:
        raise
    except keyring.errors.KeyringError as exc:
        raise NoKeyring(
            f"the keyring refused the request ({type(exc).__name__}: is it locked?); "
            "secrets are never written to plain files"
        ) from None


def save(account: str, secrets: dict[str, str]) -> None:
    backend = _backend()
    with _refusals():
        for name, value in secrets.items():
            backend.set_password(SERVICE, _key(account, name), value)


def load(account: str, names: tuple[str, ...]) -> dict[str, str]:
    backend = _backend()
    out = {}
    with _refusals():
        for name in names:
            value = backend.get_password(SERVICE, _key(account, name))
            if value is not None:
                out[name] = value
    return out


def present(account: str, names: tuple[str, ...]) -> list[str]:
    """Which of `names` the keyring holds for the account (never their values)."""
    return sorted(load(account, names))


def delete(account: str, names: tuple[str, ...]) -> None:
    backend = _backend()
    with _refusals():
        for name in names:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                backend.delete_password(SERVICE, _key(account, name))
