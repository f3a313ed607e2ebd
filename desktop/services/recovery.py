"""What the user can do with a refused database file, without ever overwriting it."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop.store.database import list_backups
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
    """打开备份… when the database was refused at start: put ``backup`` in place of ``db_file``.

    The same path as 恢复 (``backups.prepare_copy``, then ``backups.finish_restore``): the backup is
    copied to a temporary name beside the database and that copy gets the one full check
    (``integrity_check`` and ``foreign_key_check``), so a bad backup changes nothing (InvalidInput
    says why). The refused file is kept byte for byte under a ``.refused-`` name (listed in
    备份与恢复), and the copy is renamed over it in one step: a kill at any point leaves the old
    or the new file. Returns where the old file is kept (None if there was none).
    """
    from desktop.services import backups

    db_file = Path(db_file)
    prepared = backups.prepare_copy(Path(backup), db_file)
    kept = backups.finish_restore(db_file.parent, db_file, prepared, datetime.now().astimezone(), keep_aside=True)
    return kept.path if kept is not None else None
