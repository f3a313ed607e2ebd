"""Team mode settings: which server, and its password in the OS keychain.

The connection (host, port, database, user, sslmode, shared image folder)
is kept in ``<data>/team.json``; the password only in the keychain through
``keyring`` (Windows Credential Manager, macOS Keychain, Secret Service).
There is no plain-text fallback: without a keychain the password is asked
again each start.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop.domain.messages import text
from desktop.paths import write_private_file
from desktop.services.errors import InvalidInput, ServiceError
from desktop.store.server import SSL_MODES, DriverMissing, ServerConfig, ServerProblem

SETTINGS_FILE = "team.json"
KEYRING_SERVICE = "ShopDesk team server"

__all__ = [
    "ServerConfig", "ServerProblem", "TeamSettings", "ConnectionReport", "load_settings", "save_settings",
    "password_for", "test_connection", "validate_config",
]


@dataclass(frozen=True)
class TeamSettings:
    enabled: bool
    server: ServerConfig


@dataclass(frozen=True)
class ConnectionReport:
    ok: bool
    kind: str = ""  # ServerProblem.kind when not ok
    detail: str = ""
    server_version: int = 0
    schema_version: int = 0
    supported_version: int = 0
    empty: bool = False


def _path(data_dir: Path) -> Path:
    return Path(data_dir) / SETTINGS_FILE


def validate_config(host: str, port, database: str, user: str, sslmode: str = "prefer",
                    images_dir: str = "") -> ServerConfig:
    host, database, user = host.strip(), database.strip(), user.strip()
    if not host:
        raise InvalidInput(text("请填写服务器地址"), "host")
    try:
        port = int(port)
    except (TypeError, ValueError):
        raise InvalidInput(text("端口必须是 1–65535 的数字"), "port") from None
    if not 1 <= port <= 65535:
        raise InvalidInput(text("端口必须是 1–65535 的数字"), "port")
    if not database:
        raise InvalidInput(text("请填写数据库名"), "database")
    if not user:
        raise InvalidInput(text("请填写用户名"), "user")
    if sslmode not in SSL_MODES:
        raise InvalidInput(text("不支持的 SSL 模式"), "sslmode")
    return ServerConfig(host=host, port=port, database=database, user=user, sslmode=sslmode,
                        images_dir=images_dir.strip())


def load_settings(data_dir: Path) -> TeamSettings | None:
    """The saved team connection, or None (one-computer mode)."""
    try:
        raw = json.loads(_path(data_dir).read_text(encoding="utf-8"))
        server = ServerConfig(**raw["server"])
        return TeamSettings(bool(raw.get("enabled")), server)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return None  # unreadable settings: start on the local file, the dialog can save new ones


def save_settings(data_dir: Path, settings: TeamSettings, password: str | None = None) -> None:
    """Write the connection (never the password) and put the password in the keychain."""
    if password:
        try:
            _keyring().set_password(KEYRING_SERVICE, settings.server.label(), password)
        except ServiceError:
            raise
        except Exception as exc:  # noqa: BLE001 - keyring's "no backend" and OS keychain errors
            raise ServiceError(text("系统钥匙串不可用，密码没有保存（小店管家不会把密码写进普通文件）。\n{reason}", reason=exc)) from None
    path = _path(data_dir)
    write_private_file(path, json.dumps({"enabled": settings.enabled, "server": asdict(settings.server)},
                                        ensure_ascii=False, indent=2).encode("utf-8"))


def password_for(server: ServerConfig) -> str | None:
    try:
        return _keyring().get_password(KEYRING_SERVICE, server.label())
    except Exception:  # noqa: BLE001 - no keychain here: the password is asked for instead
        return None


def forget_password(server: ServerConfig) -> None:
    try:
        _keyring().delete_password(KEYRING_SERVICE, server.label())
    except Exception:  # nothing stored: nothing to forget
        pass


def _keyring():
    try:
        import keyring
    except ImportError:
        raise ServiceError(text("没有安装钥匙串支持（keyring），无法保存密码。")) from None
    return keyring


def test_connection(server: ServerConfig, password: str | None) -> ConnectionReport:
    """测试连接: reach the server, log in, check versions; change nothing."""
    from desktop.store import migrations
    from desktop.store.server import connect_checked, is_empty, make_server_database, schema_version

    latest = migrations.latest_version()
    try:
        db = connect_checked(make_server_database(server, password), password)
    except DriverMissing as exc:
        return ConnectionReport(False, "driver_missing", str(exc))
    except ServerProblem as exc:
        return ConnectionReport(False, exc.kind, exc.detail, server_version=exc.found)
    try:
        version = db.connection().pgconn.server_version
        found = schema_version(db)
        if found > latest:
            return ConnectionReport(False, "newer_schema", "", version, found, latest)
        return ConnectionReport(True, "", "", version, found, latest, empty=is_empty(db))
    except ServerProblem as exc:
        return ConnectionReport(False, exc.kind, exc.detail, version)
    finally:
        db.close()
