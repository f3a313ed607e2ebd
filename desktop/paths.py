"""Where things live: the user's data folder and the bundled resources.

The one place that knows whether we run from source or frozen by PyInstaller.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

DATA_DIR_ENV = "SHOPDESK_DATA_DIR"
DB_FILENAME = "shopdesk.db"
DEMO_DB_FILENAME = "shopdesk-demo.db"
BACKUP_DIRNAME = "backups"
IMAGES_DIRNAME = "images"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("ShopDesk", appauthor=False, roaming=False))


def resolve_data_dir(cli_value: str | None = None) -> Path:
    """--data-dir wins over SHOPDESK_DATA_DIR, which wins over the platform folder."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create the folder; on POSIX only the owner may read it (shop data is private)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def db_path(data_dir: Path, demo: bool = False) -> Path:
    """The database file in a data folder; the demo database is a separate file."""
    return data_dir / (DEMO_DB_FILENAME if demo else DB_FILENAME)


def resource_roots() -> list[Path]:
    """Where resources/ may be, in the order looked at: the PyInstaller bundle
    (sys._MEIPASS), the installed package (a wheel maps resources/ to
    desktop/resources, see setup.py), the source checkout."""
    here = Path(__file__).resolve().parent
    roots = [here / "resources", here.parent / "resources"]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.insert(0, Path(frozen_root) / "resources")
    return roots


def resources_dir() -> Path:
    for root in resource_roots():
        if root.is_dir():
            return root
    return resource_roots()[-1]  # missing everywhere: name the checkout's folder in the error


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
