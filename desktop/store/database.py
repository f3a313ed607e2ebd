"""Opening the one SQLite file: checks, pragmas, backup, migrations."""
from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from peewee import SqliteDatabase

from desktop.store import faults, integrity, write_guard
from desktop.store.errors import CorruptDatabase, EmptyDatabase, NewerSchema, NotADatabase
from desktop.store.faults import Fault, StorageFault

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

# Applied on every connection peewee opens. synchronous=FULL: a committed
# change survives power loss, which matters more here than write speed.
PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("synchronous", 2),
    ("busy_timeout", BUSY_TIMEOUT_MS),
)


READ_ONLY_PRAGMAS = (("foreign_keys", 1), ("busy_timeout", BUSY_TIMEOUT_MS))


class ShopDatabase(SqliteDatabase):
    """SQLite with the write guard: a write transaction on a read-only file is refused at BEGIN."""

    read_only = False

    def begin(self, lock_type=None):
        write_guard.check(self, lock_type)
        super().begin(lock_type)


def make_database(path: Path | str, read_only: bool = False) -> SqliteDatabase:
    """The one place a database object is created (a server backend plugs in here)."""
    if read_only:
        # The file cannot be written: SQLite is told so, and nothing tries to.
        db = ShopDatabase(
            Path(path).resolve().as_uri() + "?mode=ro", uri=True, pragmas=READ_ONLY_PRAGMAS,
            timeout=BUSY_TIMEOUT_MS / 1000, thread_safe=True)
        db.read_only = True
        return db
    return ShopDatabase(
        str(path),
        pragmas=PRAGMAS,
        timeout=BUSY_TIMEOUT_MS / 1000,
        # One connection per thread; the UI thread and worker threads never share one.
        thread_safe=True,
    )


def inspect_file(path: Path, full: bool = False, cancelled=None) -> int:
    """Check an existing file without writing to it; return its schema version.

    Raises NotADatabase / CorruptDatabase for a damaged file, and StorageFault
    when the machine is at fault (unreadable, disk I/O error, disk full): a
    healthy file on a full disk is not called damaged. A missing file is
    version 0. ``full`` runs integrity_check instead of quick_check.
    ``cancelled()`` (optional) is polled during the check; when it says so the
    check stops with BackupCancelled.
    """
    path = Path(path)
    try:
        if not path.exists():
            return 0
        if path.is_dir():
            raise StorageFault(Fault(faults.NO_ACCESS, path, detail="is a folder"))
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageFault(faults.classify(exc, path) or Fault(faults.NO_ACCESS, path, detail=str(exc))) from exc
    if not header:
        raise EmptyDatabase(path, "0 bytes")
    if header != SQLITE_HEADER:
        raise NotADatabase(path, "not an SQLite file")
    # Read-only URI: this look must not modify a file we may end up refusing.
    # Except for the full check: SQLite skips CHECK constraints in integrity_check
    # on a read-only connection. query_only keeps that connection from writing;
    # at most it checkpoints a WAL our own crashed session left (see opening.foreign_wal).
    uri = path.resolve().as_uri() + ("" if full else "?mode=ro")
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute("PRAGMA query_only=ON")
    except sqlite3.DatabaseError as exc:
        raise _refusal(exc, path, NotADatabase) from exc
    try:
        _check(conn, path, full, cancelled)
        version = _read_version(conn)
        if version == 0 and conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' LIMIT 1"
        ).fetchone():
            # Some other program's database: never write our tables into it.
            raise NotADatabase(path, "SQLite file without ShopDesk schema")
        return version
    finally:
        conn.close()


def _check(conn: sqlite3.Connection, path: Path, full: bool, cancelled) -> None:
    """quick_check or integrity_check; CorruptDatabase / StorageFault / BackupCancelled when not clean."""
    if cancelled is not None:
        conn.set_progress_handler(lambda: 1 if cancelled() else 0, 100_000)
    try:
        problems = integrity.run_check(conn, "integrity_check" if full else "quick_check")
    except sqlite3.DatabaseError as exc:
        if cancelled is not None and cancelled():
            from desktop.store.backups import BackupCancelled

            raise BackupCancelled() from exc  # interrupted by the progress handler, not damage
        raise _refusal(exc, path, CorruptDatabase) from exc
    except UnicodeDecodeError as exc:
        raise CorruptDatabase(path, str(exc)) from exc
    if problems:
        raise CorruptDatabase(path, "; ".join(problems[:5]))


def _refusal(exc: sqlite3.DatabaseError, path: Path, damaged: type) -> Exception:
    """Damage only when SQLite says so and the machine does not explain it."""
    fault = faults.classify(exc, path)
    if fault is None or fault.kind == faults.DAMAGED:
        return damaged(path, str(exc))
    if fault.kind == faults.IO_ERROR and (faults.free_bytes(path.parent) or 0) < faults.MIN_FREE_BYTES:
        fault = faults.disk_full(path)  # SQLite says "disk I/O error" when it cannot write its temp files
    return StorageFault(fault)


def _read_version(conn: sqlite3.Connection) -> int:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'"
    ).fetchone()
    if not exists:
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def backup_database(source: Path, backup_dir: Path, label: str) -> Path:
    """Copy a database with SQLite's online backup API (safe while it is open)."""
    from datetime import datetime

    from desktop.store.backups import make_backup

    return make_backup(source, backup_dir, label, datetime.now().astimezone()).path


def list_backups(backup_dir: Path) -> list[Path]:
    from desktop.store.backups import list_entries

    return [e.path for e in list_entries(backup_dir)]


def open_database(path: Path, backup_dir: Path | None = None) -> SqliteDatabase:
    """Open (creating if needed) and migrate. Nothing is bound globally: the
    session that owns the database binds it per call (store.models.base.bound).

    An existing database is backed up before any migration. A file that is not
    SQLite, fails its check, or comes from a newer app is refused untouched; a
    machine fault (disk full, no access, I/O error) raises StorageFault; a
    file that cannot be written is opened read-only (``db.read_only``).
    """
    from desktop.store import migrations
    from desktop.store.opening import preflight

    path = Path(path)
    read_only = preflight(path)
    full = integrity.previous_close_failed(path) or faults.file_size(path) <= integrity.FULL_CHECK_AT_OPEN_BYTES
    found = inspect_file(path, full=full)
    latest = migrations.latest_version()
    if found > latest:
        raise NewerSchema(path, found, latest)
    _prepare(path, read_only, found, latest, backup_dir)
    db = make_database(path, read_only=read_only)
    try:
        db.connect()
        if not read_only and found < latest:  # a current file (most starts) needs no step: 12 write transactions less
            migrations.migrate(db)
    except Exception as exc:
        db.close()
        fault = faults.classify(exc, path)
        if fault is not None and fault.kind != faults.DAMAGED:
            raise StorageFault(fault) from exc
        if isinstance(exc, (UnicodeDecodeError, sqlite3.DatabaseError)) or fault is not None:
            raise CorruptDatabase(path, str(exc)) from exc  # e.g. a damaged page under a pragma's result
        raise
    db.read_only = read_only
    if full:
        integrity.record_full_check(path, datetime.now().astimezone())
    if not read_only:
        integrity.mark_open(path)
    return db


def _prepare(path: Path, read_only: bool, found: int, latest: int, backup_dir: Path | None) -> None:
    """Create a new file, or back up an old one before its migration."""
    from desktop.store.opening import create_new

    if read_only:
        if found < latest:
            raise StorageFault(Fault(faults.READ_ONLY, path, detail="needs upgrade"))
    elif found == 0:
        create_new(path)
    elif found < latest:
        faults.check_free_space(path.parent, 2 * faults.file_size(path))
        backup_database(path, backup_dir or path.parent / "backups", f"before-v{latest}")


def close_database(db: SqliteDatabase) -> None:
    """Close cleanly: the session marker goes, so the next open is not treated as after a crash."""
    if not db.is_closed():
        db.close()
    path = Path(db.database)
    # A WAL still there after our close belongs to another open connection
    # (a second session on the same file): the marker stays for it.
    if not getattr(db, "read_only", False) and not path.with_name(path.name + "-wal").exists():
        integrity.mark_closed(path)
