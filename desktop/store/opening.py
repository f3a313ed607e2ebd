"""Before SQLite touches the file: folder, free space, a stray WAL; and making a new file.

SQLite itself would silently create a database in place of a 0-byte file and
silently merge any ``-wal`` file lying beside the database. Both can lose
data, so both are looked at here first.
"""
from __future__ import annotations

import json
import os
import struct
from datetime import datetime
from pathlib import Path

from desktop import paths
from desktop.store import faults, integrity
from desktop.store.errors import ForeignWal
from desktop.store.faults import Fault, StorageFault

WAL_MAGICS = (0x377F0682, 0x377F0683)


def preflight(path: Path) -> bool:
    """Check what can be checked without opening; return True when only reading is possible."""
    folder = path.parent
    if not folder.is_dir():
        raise StorageFault(Fault(faults.NO_ACCESS, folder, detail="folder missing"))
    if path.is_dir():
        raise StorageFault(Fault(faults.NO_ACCESS, path, detail="is a folder"))
    if foreign_wal(path):
        raise ForeignWal(path, "write-ahead log not left by this computer's last session")
    folder_writable = writable(folder)
    if path.exists():
        if not os.access(path, os.R_OK):
            raise StorageFault(Fault(faults.NO_ACCESS, path, detail="not readable"))
        if not (folder_writable and writable(path)):
            return True
    elif not folder_writable:
        raise StorageFault(Fault(faults.READ_ONLY, folder, detail="folder not writable"))
    faults.check_free_space(folder)
    return False


def writable(path: Path) -> bool:
    """Writable, and not marked read-only by its owner (which root would otherwise ignore)."""
    try:
        return os.access(path, os.W_OK) and bool(path.stat().st_mode & 0o200)
    except OSError:
        return False


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def foreign_wal(path: Path) -> bool:
    """A valid WAL beside the database that our last session here did not leave.

    While ShopDesk has a database open, a marker (``.open``, with the host
    name) sits beside it; a clean close checkpoints and removes the WAL and
    then the marker. So a WAL with no marker, or a marker from another host
    (a synced folder), did not come from a crash of ours.
    """
    wal = wal_path(path)
    try:
        if wal.stat().st_size < 32:
            return False
        with open(wal, "rb") as fh:
            (magic,) = struct.unpack(">I", fh.read(4))
    except OSError:
        return False
    if magic not in WAL_MAGICS:
        return False  # SQLite ignores an invalid WAL: nothing would be merged
    if not path.exists():
        return True
    try:
        info = json.loads(integrity.marker_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    return info.get("host") != integrity.host_name()


def refused_name(path: Path, stem: str) -> Path:
    """A free name ``<stem>.refused-<time>[-n]`` beside ``path`` for a file set aside."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{stem}.refused-{stamp}")
    n = 1
    while target.exists():
        target = path.with_name(f"{stem}.refused-{stamp}-{n}")
        n += 1
    return target


def set_wal_aside(path: Path) -> Path:
    """Rename a refused WAL (and its -shm) so the database opens without it; nothing is deleted."""
    target = refused_name(path, f"{path.name}-wal")
    wal_path(path).rename(target)
    shm = path.with_name(path.name + "-shm")
    if shm.exists():
        shm.rename(target.with_name(target.name + "-shm"))
    return target


def create_new(path: Path) -> None:
    """Build a new, fully migrated database under a temporary name and rename it into place.

    So the real name only ever holds a complete database (never a 0-byte or
    half-migrated file), created 0600: SQLite gives its WAL and -shm the same mode.
    """
    from desktop.store import migrations
    from desktop.store.database import make_database

    tmp = path.with_name(f".tmp-{path.name}-{os.getpid()}")
    paths.create_private_file(tmp)
    db = make_database(tmp)
    try:
        db.connect()
        migrations.migrate(db)
        db.close()
        os.replace(tmp, path)
    except BaseException as exc:
        db.close()
        for leftover in (tmp, wal_path(tmp), tmp.with_name(tmp.name + "-shm")):
            try:
                leftover.unlink()
            except OSError:
                pass
        fault = faults.classify(exc, path) if isinstance(exc, Exception) else None
        if fault is not None and fault.kind != faults.DAMAGED:
            raise StorageFault(fault) from exc
        raise
