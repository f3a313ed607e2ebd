"""Opening the one SQLite file: checks, pragmas, backup, migrations."""
from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from peewee import SqliteDatabase

from desktop.store.errors import CorruptDatabase, NewerSchema, NotADatabase

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


def make_database(path: Path | str) -> SqliteDatabase:
    """The one place a database object is created (a server backend plugs in here)."""
    return SqliteDatabase(
        str(path),
        pragmas=PRAGMAS,
        timeout=BUSY_TIMEOUT_MS / 1000,
        # One connection per thread; the UI thread and worker threads never share one.
        thread_safe=True,
    )


def inspect_file(path: Path) -> int:
    """Check an existing file without writing to it; return its schema version.

    Raises NotADatabase / CorruptDatabase. A missing or empty file is version 0.
    """
    if not path.exists() or path.stat().st_size == 0:
        return 0
    with open(path, "rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotADatabase(path, "not an SQLite file")
    # Read-only URI: this look must not modify a file we may end up refusing.
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.DatabaseError as exc:
        raise NotADatabase(path, str(exc)) from exc
    try:
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            raise CorruptDatabase(path, str(exc)) from exc
        if [r[0] for r in rows] != ["ok"]:
            raise CorruptDatabase(path, "; ".join(str(r[0]) for r in rows[:5]))
        version = _read_version(conn)
        if version == 0 and conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' LIMIT 1"
        ).fetchone():
            # Some other program's database: never write our tables into it.
            raise NotADatabase(path, "SQLite file without ShopDesk schema")
        return version
    finally:
        conn.close()


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
    from desktop.paths import ensure_private_dir

    ensure_private_dir(backup_dir)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{source.stem}-{label}-{stamp}.db"
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def list_backups(backup_dir: Path) -> list[Path]:
    if not backup_dir.is_dir():
        return []
    return sorted(backup_dir.glob("*.db"), key=lambda p: p.stat().st_mtime, reverse=True)


def open_database(path: Path, backup_dir: Path | None = None) -> SqliteDatabase:
    """Open (creating if needed) and migrate. Nothing is bound globally: the
    session that owns the database binds it per call (store.models.base.bound).

    An existing database is backed up before any migration. A file that is not
    SQLite, fails quick_check, or comes from a newer app is refused untouched.
    """
    from desktop.store import migrations

    path = Path(path)
    found = inspect_file(path)
    latest = migrations.latest_version()
    if found > latest:
        raise NewerSchema(path, found, latest)
    if 0 < found < latest:
        backup_database(path, backup_dir or path.parent / "backups", f"before-v{latest}")
    db = make_database(path)
    db.connect()
    migrations.migrate(db)
    return db


def close_database(db: SqliteDatabase) -> None:
    if not db.is_closed():
        db.close()
