"""备份与恢复: automatic and manual backups, pruning, and restore.

Backups go to ``<data>/backups``. The app makes one on close when something
changed since the last backup, and one every 30 minutes of use (the UI's
timer calls ``backup_if_changed``). After each new backup the folder is
pruned by ``domain.backup_schedule``. A refused or set-aside database file is
listed with the backups but never pruned.
"""
from __future__ import annotations

import os
from datetime import timedelta
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
           "prune", "restore", "AUTO_EVERY", "db_file"]

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


def verify_backup(path: Path) -> dict:
    """Integrity and schema of a backup before it is used; InvalidInput says why not."""
    from desktop.store import migrations
    from desktop.store.database import inspect_file
    from desktop.store.errors import DatabaseRefused

    try:
        version = inspect_file(Path(path), full=True)
    except DatabaseRefused as exc:
        raise InvalidInput(text("这个备份无法使用：文件已损坏或不是小店管家的数据库（{detail}）。", detail=exc.detail)) from exc
    if version > migrations.latest_version():
        raise InvalidInput(text("这个备份来自更新版本的小店管家（数据版本 {version}），请先升级程序。", version=version))
    if version == 0:
        raise InvalidInput(text("这个备份是空的，里面没有小店管家的数据。"))
    return store.describe(Path(path))


def restore(data_dir: Path, db_path: Path, backup: Path, now) -> BackupEntry | None:
    """Put ``backup`` in place of the (closed) database ``db_path``.

    The backup is verified first; the current database is kept as a backup
    ("before-restore"); the new file is built under a temporary name, checked,
    and swapped in with one rename. Returns the entry of the kept current
    database (None when there was none). The caller reopens the database.
    """
    verify_backup(backup)
    kept = None
    if db_path.exists():
        try:
            kept = store.make_backup(db_path, backup_dir(data_dir), "before-restore", now)
        except Exception:  # noqa: BLE001 - an unreadable current file is set aside instead, never lost
            from desktop.services.recovery import set_aside

            set_aside(db_path)
    place_copy(backup, db_path)
    return kept


def place_copy(source: Path, db_path: Path) -> None:
    """Copy ``source`` with the backup API to a temp name beside ``db_path``, check it, rename it in."""
    import sqlite3

    from desktop.store.errors import CorruptDatabase

    tmp = db_path.with_name(f".tmp-restore-{db_path.name}")
    paths.create_private_file(tmp)
    try:
        src = sqlite3.connect(Path(source).resolve().as_uri() + "?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=WAL")
                problems = integrity.run_check(dst, "integrity_check")
            finally:
                dst.close()
        finally:
            src.close()
        if problems:
            raise CorruptDatabase(source, "; ".join(problems[:5]))
        for side in ("-wal", "-shm"):
            leftover = db_path.with_name(db_path.name + side)
            if leftover.exists():
                leftover.rename(leftover.with_name(leftover.name + ".old"))
        os.replace(tmp, db_path)
        integrity.mark_closed(db_path)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            try:
                leftover.unlink()
            except OSError:
                pass
