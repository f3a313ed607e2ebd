"""Online backups with SQLite's backup API, listed and pruned.

A backup is copied in steps (other connections keep working between steps;
the GIL is released while SQLite copies), to a temporary name starting with
".tmp-", from one read transaction of the source. Only when the copy is
verified is it renamed to its final ``.db`` name, so a backup killed halfway
never appears in the list. Verified means: byte-identical to the source
snapshot (``backup_verify``) when the source passed a full ``integrity_check``
within ``integrity.FULL_CHECK_EVERY``; otherwise, or when the files could not
be proven identical, a full ``integrity_check`` of the copy. A
``.json`` manifest beside it records when and why it was made, the schema
version, shop and product counts and the hashes of the images it references
(images are kept by content hash in the data folder and are not copied).
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable

from desktop import __version__, paths
from desktop.store import backup_verify, faults, integrity
from desktop.store.errors import CorruptDatabase
from desktop.store.integrity import run_check

STEP_PAGES = 4096  # 16 MB at 4 KB pages; the GIL is released during a step, so the UI keeps running
TMP_PREFIX = ".tmp-"
NAME_RE = re.compile(r"^(?P<stem>.+?)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?-(?P<reason>[a-z0-9-]+)\.db$")
LEGACY_RE = re.compile(r"^(?P<stem>.+?)-(?P<reason>before-v\d+)-(?P<stamp>\d{8}-\d{6})-\d+\.db$")
STALE_TMP_SECONDS = 3600

Progress = Callable[[int, int], None]  # (pages done, pages total)


class BackupCancelled(Exception):
    pass


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    kind: str  # backup / refused
    created: datetime
    reason: str
    size: int
    shops: int | None = None
    products: int | None = None
    schema_version: int | None = None
    images: list[str] = field(default_factory=list)


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + ".json")


def make_backup(source: Path, backup_dir: Path, reason: str, now: datetime,
                progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                step_pages: int = STEP_PAGES, verify: bool = True) -> BackupEntry:
    """Copy ``source`` (open or not) into ``backup_dir``; return the verified entry.

    ``verify=False`` is only for the copy kept before a repair: the database
    is known to be damaged then, and the copy keeps it exactly as it was.
    """
    source = Path(source)
    paths.ensure_private_dir(backup_dir)
    faults.check_free_space(backup_dir, faults.file_size(source) + faults.file_size(_wal(source)))
    _remove_stale_tmp(backup_dir)
    final = _free_name(backup_dir, f"{source.stem}-{now.strftime('%Y%m%d-%H%M%S')}", reason)
    tmp = backup_dir / f"{TMP_PREFIX}{final.name}"
    paths.create_private_file(tmp)
    syncer = None
    try:
        snapshot = backup_verify.open_snapshot(source, checkpoint=verify)
        try:
            syncer = _Syncer(tmp)
            _copy(snapshot, tmp, progress, cancelled, step_pages)
            synced = syncer.finish()  # the last flush overlaps the comparison
            identical = verify and backup_verify.same_as_source(source, tmp)
        finally:
            snapshot.close()
        checked_source = identical and not integrity.full_check_due(source, now)
        problems = [] if checked_source else _verify(tmp)
        if problems and verify:
            raise CorruptDatabase(source, "; ".join(problems[:5]))
        info = describe(tmp)
        manifest = {
            "app_version": __version__, "made_at": now.isoformat(timespec="seconds"), "reason": reason,
            "source": source.name, "verified": not problems,
            "verified_by": "identical-to-checked-source" if checked_source else "integrity_check", **info,
        }
        paths.write_private_file(manifest_path(final), json.dumps(manifest, ensure_ascii=False, indent=1).encode())
        synced()
        os.replace(tmp, final)
        _fsync_dir(backup_dir)
    except BaseException as exc:
        if syncer is not None:
            _quietly(syncer.finish())
        _unlink(tmp)
        _unlink(manifest_path(final))
        fault = faults.classify(exc, backup_dir) if not isinstance(exc, (CorruptDatabase, BackupCancelled)) else None
        if fault is not None and isinstance(exc, Exception):
            raise faults.StorageFault(fault) from exc
        raise
    return BackupEntry(final, "backup", now.replace(microsecond=0, tzinfo=None), reason, final.stat().st_size,
                       info["shops"], info["products"], info["schema_version"], info["images"])


def _copy(snapshot: sqlite3.Connection, target: Path, progress, cancelled, step_pages: int) -> None:
    """Backup API copy of the snapshot connection's database into ``target``, in steps."""
    dst = sqlite3.connect(str(target))
    # The target is a temporary file until verified and renamed: no journal, no
    # fsync per step (the _Syncer flushes it), and no file locking calls per step.
    dst.execute("PRAGMA journal_mode=OFF")
    dst.execute("PRAGMA synchronous=OFF")
    dst.execute("PRAGMA locking_mode=EXCLUSIVE")
    try:
        def on_step(_status: int, remaining: int, total: int) -> None:
            if cancelled is not None and cancelled():
                raise BackupCancelled()
            if progress is not None:
                progress(total - remaining, total)

        # The GIL is released during each step; the snapshot's read transaction
        # keeps the copy consistent without restarts while others write.
        snapshot.backup(dst, pages=step_pages, progress=on_step, sleep=0.001)
        # A backup is one self-contained file: no WAL beside it.
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()


class _Syncer:
    """Flushes the copy to disk while SQLite writes it, so little is left for the last fsync.

    ``finish()`` makes the last fsync on the thread and returns a call that
    waits for it (and raises its error): the disk catches up while the copy is
    being compared with its source.
    """

    # Short enough that little is left for the last fsync, long enough that the
    # flushes (each one also commits the file system's journal) stay few.
    INTERVAL = 0.1

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_RDWR)  # Windows' _commit needs a handle open for writing
        self.errors: list[OSError] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="backup-fsync", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            while not self.stop.wait(self.INTERVAL):
                os.fsync(self.fd)
            os.fsync(self.fd)
        except OSError as exc:
            self.errors.append(exc)
        finally:
            os.close(self.fd)

    def finish(self) -> Callable[[], None]:
        self.stop.set()

        def wait() -> None:
            self.thread.join()
            if self.errors:
                raise self.errors[0]

        return wait


def _quietly(call: Callable[[], None]) -> None:
    try:
        call()
    except OSError:
        pass


def _verify(path: Path) -> list[str]:
    conn = sqlite3.connect(str(path))
    try:
        return run_check(conn, "integrity_check")
    finally:
        conn.close()


def describe(path: Path) -> dict:
    """Schema version, shop and product counts and image hashes of a closed file."""
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}

        def scalar(sql: str, table: str) -> int:
            return int(conn.execute(sql).fetchone()[0] or 0) if table in tables else 0

        images = []
        if "product_image" in tables:
            images = [r[0] for r in conn.execute("SELECT DISTINCT sha256 FROM product_image ORDER BY sha256")]
        return {
            "schema_version": scalar("SELECT MAX(version) FROM schema_version", "schema_version"),
            "shops": scalar("SELECT COUNT(*) FROM shop", "shop"),
            "products": scalar("SELECT COUNT(*) FROM product", "product"),
            "images": images,
        }
    finally:
        conn.close()


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _free_name(folder: Path, base: str, reason: str) -> Path:
    candidate = folder / f"{base}-{reason}.db"
    n = 1
    while candidate.exists():
        candidate = folder / f"{base}-{n}-{reason}.db"
        n += 1
    return candidate


def _remove_stale_tmp(folder: Path) -> None:
    """Partial files of a backup that was killed: ours, incomplete, never user data."""
    cutoff = time.time() - STALE_TMP_SECONDS
    for tmp in folder.glob(TMP_PREFIX + "*"):
        try:
            if tmp.stat().st_mtime < cutoff:
                tmp.unlink()
        except OSError:
            pass


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        _fsync(folder)
    except OSError:
        pass


# -- listing -------------------------------------------------------------------

def list_entries(backup_dir: Path, data_dir: Path | None = None) -> list[BackupEntry]:
    """Every finished backup, plus refused / set-aside database files, newest first."""
    entries = []
    if Path(backup_dir).is_dir():
        for path in Path(backup_dir).glob("*.db"):
            entry = _entry(path)
            if entry is not None:
                entries.append(entry)
    if data_dir is not None and Path(data_dir).is_dir():
        for path in Path(data_dir).glob("*.refused-*"):
            if path.name.endswith(("-wal", "-shm")) or not path.is_file():
                continue
            stat = path.stat()
            entries.append(BackupEntry(path, "refused", datetime.fromtimestamp(stat.st_mtime), "refused", stat.st_size))
    return sorted(entries, key=lambda e: e.created, reverse=True)


def _entry(path: Path) -> BackupEntry | None:
    if path.name.startswith(TMP_PREFIX):
        return None
    try:
        stat = path.stat()
    except OSError:
        return None
    made = datetime.fromtimestamp(stat.st_mtime)
    reason = "backup"
    match = NAME_RE.match(path.name) or LEGACY_RE.match(path.name)
    if match:
        made = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        reason = match["reason"]
    manifest = _read_manifest(path)
    if manifest:
        return BackupEntry(path, "backup", made, manifest.get("reason", reason), stat.st_size,
                           manifest.get("shops"), manifest.get("products"), manifest.get("schema_version"),
                           list(manifest.get("images", [])))
    return BackupEntry(path, "backup", made, reason, stat.st_size)


def _read_manifest(path: Path) -> dict:
    try:
        return json.loads(manifest_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def delete_backup(entry: BackupEntry) -> None:
    """Pruning only: a refused database file is user data and is never deleted here."""
    if entry.kind != "backup":
        raise ValueError("only backups are pruned")
    _unlink(entry.path)
    _unlink(manifest_path(entry.path))
