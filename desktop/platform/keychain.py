"""The app secret and the tokens, kept only in the OS keychain (``keyring``).

Never in the database, a log, the history or an export. When the machine has
no keychain (keyring falls back to its ``fail`` backend, e.g. headless Linux)
every call raises ``KeychainUnavailable`` with a clear message; there is no
plain-text fallback. Tests install an in-memory backend with
``keyring.set_keyring``.
"""
from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass

from desktop.platform.errors import KeychainUnavailable, PlatformError

SERVICE = "ShopDesk 抖店开放平台"


@dataclass(frozen=True)
class Token:
    access_token: str
    refresh_token: str
    expires_at: float  # unix seconds
    refresh_expires_at: float
    shop_id: str = ""
    shop_name: str = ""


def _backend():
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    chained = getattr(backend, "backends", None)
    if isinstance(backend, fail.Keyring) or (chained is not None and not chained):
        raise KeychainUnavailable("no_keychain", backend=type(backend).__module__)
    return backend


def _call(fn, *args):
    from keyring.errors import KeyringError

    backend = _backend()
    try:
        return getattr(backend, fn)(*args)
    except KeyringError as exc:
        # The backend's text names the keychain, not the secret.
        raise PlatformError("keychain_failed", reason=type(exc).__name__) from None


def check_available() -> None:
    """Raise KeychainUnavailable before the user types a secret that could not be kept."""
    _backend()


def _secret_name(app_key: str) -> str:
    return f"app_secret:{app_key}"


def _token_name(app_key: str, shop_id: str) -> str:
    return f"token:{app_key}:{shop_id}"


def save_secret(app_key: str, secret: str) -> None:
    _call("set_password", SERVICE, _secret_name(app_key), secret)


def load_secret(app_key: str) -> str:
    value = _call("get_password", SERVICE, _secret_name(app_key))
    if not value:
        raise PlatformError("no_secret")
    return value


def has_secret(app_key: str) -> bool:
    try:
        return bool(_call("get_password", SERVICE, _secret_name(app_key)))
    except PlatformError:
        return False


def delete_secret(app_key: str) -> None:
    _forget(_secret_name(app_key))


def load_token(app_key: str, shop_id: str) -> Token | None:
    raw = _call("get_password", SERVICE, _token_name(app_key, shop_id))
    if not raw:
        return None
    try:
        return Token(**json.loads(raw))
    except (ValueError, TypeError):
        return None  # unreadable: a new token is created


def save_token(app_key: str, shop_id: str, token: Token) -> None:
    _call("set_password", SERVICE, _token_name(app_key, shop_id), json.dumps(asdict(token)))


def delete_token(app_key: str, shop_id: str) -> None:
    _forget(_token_name(app_key, shop_id))


def _forget(name: str) -> None:
    from keyring.errors import PasswordDeleteError

    try:
        _backend().delete_password(SERVICE, name)
    except PasswordDeleteError:
        pass  # nothing stored under that name


class KeychainTokenStore:
    """The client's token store for one (app_key, shop_id)."""

    def __init__(self, app_key: str, shop_id: str) -> None:
        self.app_key = app_key
        self.shop_id = shop_id

    def load(self) -> Token | None:
        return load_token(self.app_key, self.shop_id)

    def save(self, token: Token) -> None:
        save_token(self.app_key, self.shop_id, token)

    def clear(self) -> None:
        delete_token(self.app_key, self.shop_id)


# keyring's backend for the OS keychain, with the module it cannot work without.
_OS_BACKENDS = {
    "linux": ("keyring.backends.SecretService", "Keyring", "secretstorage.dhcrypto"),  # needs cryptography
    "win32": ("keyring.backends.Windows", "WinVaultKeyring", "win32ctypes.pywin32.win32cred"),
    "darwin": ("keyring.backends.macOS", "Keyring", "keyring.backends.macOS.api"),
}


def os_backend() -> tuple[str, bool]:
    """(class name of keyring's backend for this OS, reachable here) for the frozen
    self-test: the class and what it needs are importable (else ImportError); a
    headless machine has no keychain service to reach, which is not a fault."""
    import importlib

    platform = next((p for p in _OS_BACKENDS if sys.platform.startswith(p)), None)
    if platform is None:
        raise ImportError("no keychain backend known for this system")
    module, cls, needs = _OS_BACKENDS[platform]
    importlib.import_module(needs)
    backend = getattr(importlib.import_module(module), cls)
    try:
        reachable = backend.priority > 0
    except Exception:  # noqa: BLE001 - keyring says "not here" by raising (no D-Bus session, locked)
        reachable = False
    return f"{module}.{cls}", reachable
