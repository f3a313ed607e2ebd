"""What the user can do with a refused database file, without ever overwriting it."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.store.database import inspect_file, list_backups
# Renaming a foreign WAL aside (kept, not merged): the UI's way to the store's helper.
from desktop.store.opening import refused_name, set_wal_aside  # noqa: F401

__all__ = ["set_aside", "restore_backup", "list_backups"]


def set_aside(db_file: Path) -> Path:
    """Rename the refused file (and its WAL files) so a new one can be created.

    Renaming keeps every byte; nothing is deleted.
    """
    target = refused_name(db_file, db_file.name)
    db_file.rename(target)
    for suffix in ("-wal", "-shm"):
        side = db_file.with_name(db_file.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    return target


def restore_backup(backup: Path, db_file: Path) -> Path | None:
    """Put a backup in place of the database file; the old file is set aside first.

    Returns where the old file went (None if there was none). The backup is
    checked first, so a bad backup changes nothing.
    """
    inspect_file(backup)
    moved = set_aside(db_file) if db_file.exists() else None
    src = sqlite3.connect(str(backup))
    try:
        dst = sqlite3.connect(str(db_file))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return moved
