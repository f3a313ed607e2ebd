"""Integrity checks, and what the app remembers about how a database was last closed.

``quick_check`` is O(N) and runs at every open. It does not compare indexes
with their tables, so a damaged UNIQUE index passes it (and then lets
duplicate rows in). The full ``integrity_check`` does; it runs at open when
the previous session did not close cleanly, when the file is small enough to
check in well under a second, and otherwise in idle time at least weekly.
Before an import the unique indexes of the tables it writes are verified with
``integrity_check(table)``.
"""
from __future__ import annotations

import json
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from desktop.domain.messages import text
from desktop.store.errors import CorruptDatabase

# Below this size a full integrity_check at open costs well under a second.
FULL_CHECK_AT_OPEN_BYTES = 48 * 1024 * 1024
FULL_CHECK_EVERY = timedelta(days=7)
MAX_REPORTED = 20


def run_check(conn: sqlite3.Connection, pragma: str = "integrity_check", table: str | None = None) -> list[str]:
    """Problems reported by quick_check / integrity_check ([] when healthy)."""
    arg = f"({_quote(table)})" if table else f"({MAX_REPORTED})"
    previous = conn.text_factory
    # A damaged page can put invalid UTF-8 into the report itself.
    conn.text_factory = lambda b: b.decode("utf-8", "replace")
    try:
        rows = conn.execute(f"PRAGMA {pragma}{arg}").fetchall()
    finally:
        conn.text_factory = previous
    problems = [str(r[0]) for r in rows]
    return [] if problems == ["ok"] else problems


def foreign_key_problems(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    return [text("{table} 第 {row} 行引用了不存在的 {parent}", table=r[0], row=r[1], parent=r[2]) for r in rows[:MAX_REPORTED]]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def verify_tables(conn: sqlite3.Connection, tables: list[str], path: Path | None = None) -> None:
    """Raise CorruptDatabase when a table or one of its indexes is damaged.

    Called before an import: a damaged UNIQUE index would let the import
    insert duplicates (for GMV that double-counts an influencer's share).
    """
    for table in tables:
        problems = run_check(conn, "integrity_check", table)
        if problems:
            raise CorruptDatabase(path or Path("?"), f"{table}: " + "; ".join(problems[:5]))


def verify_file(path: Path) -> list[str]:
    """Full integrity_check of a closed file (a backup, an export), read-only."""
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return run_check(conn, "integrity_check") + foreign_key_problems(conn)
    finally:
        conn.close()


# -- session marker: was the previous session closed cleanly? ----------------

def marker_path(db_file: Path) -> Path:
    return Path(db_file).with_name(Path(db_file).name + ".open")


def state_path(db_file: Path) -> Path:
    return Path(db_file).with_name(Path(db_file).name + ".state.json")


def previous_close_failed(db_file: Path) -> bool:
    return marker_path(db_file).exists()


def host_name() -> str:
    """This computer's name, as socket.gethostname() gives it. On Linux and macOS
    that is uname's node name: read from os, the socket module (with its ~400
    enum members) is not loaded at every start. Windows asks socket."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def mark_open(db_file: Path) -> None:
    """Leave a marker that close removes; found at the next open it means a crash."""
    info = {"host": host_name(), "pid": os.getpid(), "at": datetime.now().isoformat()}
    try:
        _write_private(marker_path(db_file), json.dumps(info).encode())
    except OSError:
        pass  # a read-only folder: no marker, and no writes to lose either


def mark_closed(db_file: Path) -> None:
    try:
        marker_path(db_file).unlink()
    except OSError:
        pass


def load_state(db_file: Path) -> dict:
    try:
        return json.loads(state_path(db_file).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save_state(db_file: Path, **values) -> None:
    state = load_state(db_file)
    state.update(values)
    try:
        _write_private(state_path(db_file), json.dumps(state).encode())
    except OSError:
        pass


def full_check_due(db_file: Path, now: datetime) -> bool:
    last = load_state(db_file).get("last_full_check")
    if not last:
        return True
    try:
        return now - datetime.fromisoformat(last) >= FULL_CHECK_EVERY
    except (TypeError, ValueError):
        return True


def record_full_check(db_file: Path, now: datetime) -> None:
    save_state(db_file, last_full_check=now.isoformat())


def _write_private(path: Path, data: bytes) -> None:
    """The session marker and the check state, written at every open: not fsync-ed
    (two fsyncs were 5-20 ms of each start, more on a busy disk). They are hints
    whose loss errs towards checking: a missing state means a full check is due,
    and the marker's existence, not its content, tells of a crash. A process
    crash keeps them (the page cache survives it); after a power cut only an fsync
    of the folder, after the rename, would have kept them, and there was none."""
    from desktop.paths import write_private_file

    write_private_file(path, data, sync=False)
