"""Where things live: the user's data folder and the bundled resources.

The one place that knows whether we run from source or frozen by PyInstaller.
"""
from __future__ import annotations

import functools
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
    """Create the folder 0700 when it is new (shop data is private).

    An existing folder is never chmod-ed: it may belong to someone else or be
    read-only on purpose. It is only checked, and a problem raises a
    StorageFault the UI words clearly (not "[Errno 1]").
    """
    from desktop.store.faults import NO_ACCESS, READ_ONLY, Fault, StorageFault

    path = Path(path)
    if path.is_dir():
        if not (os.access(path, os.W_OK | os.X_OK) and path.stat().st_mode & 0o200):
            raise StorageFault(Fault(READ_ONLY, path, detail="folder not writable"))
        return path
    if path.exists():
        raise StorageFault(Fault(NO_ACCESS, path, detail="not a folder"))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.mkdir(mode=0o700)
        if os.name == "posix":
            os.chmod(path, 0o700)  # mkdir's mode is narrowed by the umask, never widened
    except FileExistsError:
        return ensure_private_dir(path)
    except OSError as exc:
        from desktop.store.faults import classify

        raise StorageFault(classify(exc, path) or Fault(NO_ACCESS, path, detail=str(exc))) from exc
    return path


PRIVATE_FILE_MODE = 0o600


def create_private_file(path: Path) -> None:
    """Create an empty file only the owner can read, whatever the umask."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    os.close(fd)
    make_private(path)


def make_private(path: Path) -> None:
    if os.name == "posix":
        os.chmod(path, PRIVATE_FILE_MODE)


def write_private_file(path: Path, data: bytes, sync: bool = True) -> None:
    """Write ``data`` to a temporary name and rename it into place (0600).

    ``sync`` forces the data to disk before the rename; hints that are only ever
    rewritten or recomputed (store/integrity.py) skip it."""
    path = Path(path)
    tmp = path.with_name(f".tmp-{path.name}-{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if sync:
                os.fsync(fh.fileno())
        make_private(tmp)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def db_path(data_dir: Path, demo: bool = False) -> Path:
    """The database file in a data folder; the demo database is a separate file."""
    return data_dir / (DEMO_DB_FILENAME if demo else DB_FILENAME)


@functools.lru_cache(maxsize=1)
def _package_dir() -> Path:
    # Resolved once: every icon, translation and sample file asks (start-up time).
    return Path(__file__).resolve().parent


def resource_roots() -> list[Path]:
    """Where resources/ may be, in the order looked at: the PyInstaller bundle
    (sys._MEIPASS), the installed package (a wheel maps resources/ to
    desktop/resources, see setup.py), the source checkout."""
    here = _package_dir()
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


def docs_path(name: str) -> Path:
    """A document shown in the app's help (docs/rules.md); bundled as docs/ when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "docs" / name
    return Path(__file__).resolve().parent.parent / "docs" / name
