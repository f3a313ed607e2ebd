"""备份与恢复: automatic and manual backups, pruning, and restore.

Backups go to ``<data>/backups``. The app makes one on close when something
changed since the last backup, and one every 30 minutes of use (the UI's
timer calls ``backup_if_changed``). After each new backup the folder is
pruned by ``domain.backup_schedule``. A refused or set-aside database file is
listed with the backups but never pruned.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop import paths
from desktop.domain.messages import text
from desktop.domain import backup_schedule
from desktop.services.context import ServiceContext, service
from desktop.services.errors import InvalidInput
from desktop.store import backups as store
from desktop.store import integrity
from desktop.store.backups import BackupCancelled, BackupEntry

__all__ = ["BackupEntry", "BackupCancelled", "backup_dir", "list_backups", "backup_now", "backup_if_changed",
           "prune", "restore", "AUTO_EVERY", "db_file", "PreparedRestore", "prepare_copy", "check_restore",
           "finish_restore", "discard_restore", "verify_backup"]

AUTO_EVERY = timedelta(minutes=30)


def backup_dir(data_dir: Path) -> Path:
    return Path(data_dir) / paths.BACKUP_DIRNAME


@service
def db_file(ctx: ServiceContext) -> Path:
    return Path(ctx.db.database.removeprefix("file:").split("?")[0]) if ctx.db.database.startswith("file:") \
        else Path(ctx.db.database)


def list_backups(data_dir: Path) -> list[BackupEntry]:
    return store.list_entries(backup_dir(data_dir), data_dir)


def _change_mark(ctx: ServiceContext) -> list:
    """Grows with every change: each change writes at least one history row (R-LOG-1),
    drafts move their product's updated_at, and new GMV rows the largest GMV id.
    Each part is a few index steps: MAX(id) is the rowid's last entry, and the
    latest updated_at is taken per shop from product_shop_updated (a plain
    MAX(updated_at) walks that whole index: 85 ms at 100k products; a COUNT(*)
    of a million GMV rows cost 0.1-0.2 s)."""
    row = ctx.db.execute_sql(
        "SELECT (SELECT COALESCE(MAX(id), 0) FROM history),"
        " (SELECT COALESCE(MAX((SELECT MAX(updated_at) FROM product WHERE shop_id = shop.id)), '') FROM shop),"
        " (SELECT COALESCE(MAX(id), 0) FROM gmv_record)").fetchone()
    return list(row)


@service
def backup_now(ctx: ServiceContext, reason: str = "manual", progress=None, cancelled=None,
               verify: bool = True) -> BackupEntry:
    """One verified online backup of the open database, then pruning."""
    source = _source(ctx)
    mark = _change_mark(ctx)
    entry = store.make_backup(source, backup_dir(ctx.data_dir), reason, ctx.clock.now(), progress, cancelled,
                              verify=verify)
    integrity.save_state(source, backup_mark=mark, last_backup=ctx.clock.now().isoformat())
    prune(ctx)
    return entry


def _source(ctx: ServiceContext) -> Path:
    if ctx.is_server:
        raise InvalidInput(text("团队服务器上的数据由服务器备份（pg_dump，见团队模式说明），不在本机备份。"))
    path = db_file(ctx)
    if path.name in ("", ":memory:"):
        raise InvalidInput(text("内存中的数据库不能备份。"))
    return path


@service
def backup_if_changed(ctx: ServiceContext, reason: str = "auto", progress=None, cancelled=None) -> BackupEntry | None:
    """Back up only when something changed since the last backup (on close, and every 30 minutes)."""
    if ctx.is_server or getattr(ctx.db, "read_only", False) or _source(ctx).name == paths.DEMO_DB_FILENAME:
        return None  # nothing can change, or only sample data (kept out of the owner's backup list)
    state = integrity.load_state(_source(ctx))
    mark = _change_mark(ctx)
    if state.get("backup_mark") == mark or mark == [0, "", 0]:
        return None  # unchanged since the last backup, or nothing the user made yet
    return backup_now(ctx, reason, progress, cancelled)


@service
def prune(ctx: ServiceContext) -> list[Path]:
    """Delete the backups the schedule no longer keeps; return what went."""
    entries = [e for e in list_backups(ctx.data_dir) if e.kind == "backup"]
    now = ctx.clock.now().replace(tzinfo=None)
    gone = set(backup_schedule.to_delete([e.created for e in entries], now))
    removed = []
    for entry in entries:
        if entry.created in gone:
            store.delete_backup(entry)
            removed.append(entry.path)
    return removed


def verify_backup(path: Path, cancelled=None) -> dict:
    """Full check of a backup before it is used (``integrity_check``, ``foreign_key_check``, schema not
    newer, not empty); its counts. InvalidInput says why not."""
    from desktop.store import migrations
    from desktop.store.database import inspect_file
    from desktop.store.errors import DatabaseRefused

    try:
        version = inspect_file(Path(path), full=True, cancelled=cancelled)
    except DatabaseRefused as exc:
        raise InvalidInput(text("这个备份无法使用：文件已损坏或不是小店管家的数据库（{detail}）。", detail=exc.detail)) from exc
    if version > migrations.latest_version():
        raise InvalidInput(text("这个备份来自更新版本的小店管家（数据版本 {version}），请先升级程序。", version=version))
    if version == 0:
        raise InvalidInput(text("这个备份是空的，里面没有小店管家的数据。"))
    problems = _foreign_key_problems(Path(path))
    if problems:
        raise InvalidInput(text("这个备份无法使用：数据之间的引用不完整（{detail}）。", detail=problems[0]))
    return store.describe(Path(path))


def _foreign_key_problems(path: Path) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(str(path))
    try:
        conn.execute("PRAGMA query_only=ON")
        return integrity.foreign_key_problems(conn)
    finally:
        conn.close()


@dataclass(frozen=True)
class PreparedRestore:
    """A backup copied beside the database and checked, waiting to be renamed in (or discarded)."""

    backup: Path
    copy: Path
    info: dict  # verify_backup's answer for the copy: shops, products, schema_version, images


def prepare_copy(source: Path, db_path: Path, progress=None, cancelled=None) -> PreparedRestore:
    """Copy ``source`` with the backup API to a temporary name beside ``db_path`` and verify the copy.

    This is the one full ``integrity_check`` of a restore or import, run on the very file that
    will become the database (and the schema must be one this version opens). InvalidInput
    says why not; nothing but the temporary copy is written, and it is removed on any failure.
    """
    import sqlite3

    from desktop.store import faults

    source, tmp = Path(source), _restore_tmp(db_path)
    if not source.is_file():
        verify_backup(source)  # missing or not a file: its own words
    faults.check_free_space(db_path.parent, faults.file_size(source))
    try:
        paths.create_private_file(tmp)
        try:
            store.copy_closed(source, tmp, progress, cancelled)
        except sqlite3.DatabaseError as exc:
            fault = faults.classify(exc, db_path.parent)
            if fault is not None and fault.kind != faults.DAMAGED:
                raise faults.StorageFault(fault) from exc  # the machine's fault (full disk ...), not the backup's
            raise InvalidInput(text("这个备份无法使用：文件已损坏或不是小店管家的数据库（{detail}）。", detail=str(exc))) from exc
        info = verify_backup(tmp, cancelled)
        if cancelled is not None and cancelled():
            raise BackupCancelled()  # asked for as the check ended: the user expects nothing
        store.fsync_file(tmp)
    except BaseException:
        _remove_copy(tmp)
        raise
    return PreparedRestore(source, tmp, info)


@service
def check_restore(ctx: ServiceContext, backup: Path, progress=None, cancelled=None) -> PreparedRestore:
    """恢复…, first step (off the UI thread): the backup copied beside the open database and verified.

    Then ``finish_restore`` (once the database is closed) or ``discard_restore``.
    """
    return prepare_copy(backup, db_file(ctx), progress, cancelled)


def finish_restore(data_dir: Path, db_path: Path, prepared: PreparedRestore, now,
                   reason: str = "before-restore", keep_aside: bool = False) -> BackupEntry | None:
    """Put a prepared copy in place of the (closed) database ``db_path``.

    The current database is kept first: as a backup (``reason``), or, with ``keep_aside`` or when
    it cannot be backed up (a damaged file), byte for byte under a ``.refused-`` name that
    备份与恢复 lists. Then the copy is renamed over it in one step. A kill at any point leaves the
    old or the new database at ``db_path``. Returns the kept entry (None when there was no
    database). The caller reopens the database.
    """
    try:
        if not prepared.copy.is_file():
            raise InvalidInput(text("这个备份是空的，里面没有小店管家的数据。"))
        kept = None
        if db_path.exists() and not keep_aside:
            try:
                kept = store.make_backup(db_path, backup_dir(data_dir), reason, now)
            except Exception:  # noqa: BLE001 - an unreadable current file is kept aside instead, never lost
                keep_aside = True
        if db_path.exists() and keep_aside:
            kept = _keep_aside(db_path)
        _swap_in(prepared.copy, db_path)
        return kept
    finally:
        _remove_copy(prepared.copy)


def _keep_aside(db_path: Path) -> BackupEntry:
    """A second name for the current file (and its WAL), so it stays at ``db_path`` until the swap.

    A hard link costs nothing; where the file system has none, a flushed copy.
    """
    import shutil

    from desktop.store.opening import refused_name

    target = refused_name(db_path, db_path.name)
    for source, dest in ((db_path, target), (db_path.with_name(db_path.name + "-wal"),
                                             target.with_name(target.name + "-wal"))):
        if not source.exists():
            continue
        try:
            os.link(source, dest)
        except OSError:
            partial = dest.with_name(store.TMP_PREFIX + dest.name)
            shutil.copyfile(source, partial)
            paths.make_private(partial)
            store.fsync_file(partial)
            os.replace(partial, dest)
    store.fsync_dir(db_path.parent)
    return BackupEntry(target, "refused", datetime.now().replace(microsecond=0), "refused", target.stat().st_size)


def discard_restore(prepared: PreparedRestore) -> None:
    """The user did not confirm: remove the prepared copy."""
    _remove_copy(prepared.copy)


def restore(data_dir: Path, db_path: Path, backup: Path, now) -> BackupEntry | None:
    """Put ``backup`` in place of the (closed) database ``db_path``: ``prepare_copy`` then ``finish_restore``.

    The backup is verified (through its copy) before anything changes; the current database is
    kept as a backup ("before-restore"). Returns the entry of the kept current database (None
    when there was none). The caller reopens the database.
    """
    return finish_restore(data_dir, db_path, prepare_copy(backup, db_path), now)


def _restore_tmp(db_path: Path) -> Path:
    return db_path.with_name(f".tmp-restore-{db_path.name}")


def _swap_in(copy: Path, db_path: Path) -> None:
    """Rename the checked copy over the database (its old WAL files renamed aside, never merged)."""
    for side in ("-wal", "-shm"):
        leftover = db_path.with_name(db_path.name + side)
        if leftover.exists():
            leftover.rename(leftover.with_name(leftover.name + ".old"))
    os.replace(copy, db_path)
    store.fsync_dir(db_path.parent)
    integrity.mark_closed(db_path)
    # The file now in place passed the full check a moment ago (prepare_copy); the state beside it
    # still dated the replaced file's last check.
    integrity.record_full_check(db_path, datetime.now().astimezone())


def _remove_copy(copy: Path) -> None:
    for leftover in (copy, copy.with_name(copy.name + "-wal"), copy.with_name(copy.name + "-shm")):
        try:
            leftover.unlink()
        except OSError:
            pass
