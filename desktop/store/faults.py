"""Telling faults of the machine apart from damage to the file.

A full disk, a read-only file, a missing folder or a failing disk are not
damage: the file is fine and the user fixes the machine. Only SQLITE_CORRUPT /
SQLITE_NOTADB (or a failed integrity check) mean the file itself is damaged,
and only then may the user be offered to start a new database.

``classify`` looks through an exception and the exceptions it was raised
while handling. This matters after SQLITE_FULL: SQLite has already rolled the
transaction back, so peewee's own ROLLBACK fails with "cannot rollback - no
transaction is active", and that second error is the one that reaches the
caller. The real cause is in its ``__context__``.
"""
from __future__ import annotations

import errno
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

# Primary result codes (extended codes carry them in their low byte).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

# Space kept free for a write, a WAL checkpoint and the journal of a migration.
MIN_FREE_BYTES = 16 * 1024 * 1024

DISK_FULL = "disk_full"
IO_ERROR = "io_error"
NO_ACCESS = "no_access"
READ_ONLY = "read_only"
BUSY = "busy"
DAMAGED = "damaged"

_BY_SQLITE_CODE = {
    SQLITE_FULL: DISK_FULL,
    SQLITE_IOERR: IO_ERROR,
    SQLITE_READONLY: READ_ONLY,
    SQLITE_PERM: NO_ACCESS,
    SQLITE_CANTOPEN: NO_ACCESS,
    SQLITE_BUSY: BUSY,
    SQLITE_LOCKED: BUSY,
    SQLITE_CORRUPT: DAMAGED,
    SQLITE_NOTADB: DAMAGED,
}

_BY_ERRNO = {
    errno.ENOSPC: DISK_FULL,
    errno.EDQUOT: DISK_FULL,
    errno.EIO: IO_ERROR,
    errno.EACCES: NO_ACCESS,
    errno.EPERM: NO_ACCESS,
    errno.ENOENT: NO_ACCESS,
    errno.ENOTDIR: NO_ACCESS,
    errno.EISDIR: NO_ACCESS,
    errno.EROFS: READ_ONLY,
}

# Python's sqlite3 gives no code for a few messages; match their text.
_BY_TEXT = (
    ("database or disk is full", DISK_FULL),
    ("disk i/o error", IO_ERROR),
    ("attempt to write a readonly database", READ_ONLY),
    ("unable to open database file", NO_ACCESS),
    ("database is locked", BUSY),
    ("database disk image is malformed", DAMAGED),
    ("file is not a database", DAMAGED),
)


@dataclass(frozen=True)
class Fault:
    """What went wrong with the machine or the file, in terms the UI can word."""

    kind: str
    path: Path | None = None
    needed_bytes: int = 0  # DISK_FULL: how much free space to make
    free_bytes: int | None = None
    detail: str = ""


class StorageFault(Exception):
    """Raised by the store when the machine, not the file, is the problem."""

    def __init__(self, fault: Fault) -> None:
        super().__init__(f"{fault.kind}: {fault.path or ''} {fault.detail}".strip())
        self.fault = fault


def _chain(exc: BaseException):
    """The exception, what it wraps (peewee passes the driver's error as its first
    argument), and what it was raised while handling, without loops."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        cur = todo.pop(0)
        if cur is None or id(cur) in seen:
            continue
        seen.add(id(cur))
        yield cur
        todo.extend(a for a in getattr(cur, "args", ())[:1] if isinstance(a, BaseException))
        todo.append(cur.__cause__)
        todo.append(cur.__context__)


def _kind_of(exc: BaseException) -> str | None:
    if isinstance(exc, StorageFault):
        return exc.fault.kind
    if getattr(exc, "blocked", None) == READ_ONLY:  # write_guard.WriteBlocked on a read-only file
        return READ_ONLY
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _BY_SQLITE_CODE:
        return _BY_SQLITE_CODE[code & 0xFF]
    if isinstance(exc, OSError) and exc.errno in _BY_ERRNO:
        return _BY_ERRNO[exc.errno]
    if isinstance(exc, (sqlite3.Error,)) or type(exc).__module__ == "peewee":
        text = str(exc).lower()
        for needle, kind in _BY_TEXT:
            if needle in text:
                return kind
    return None


# A full disk explains every other error it causes (I/O error, cannot rollback),
# so it wins; damage is named only when nothing about the machine explains it.
_PRIORITY = (DISK_FULL, READ_ONLY, NO_ACCESS, IO_ERROR, BUSY, DAMAGED)


def classify(exc: BaseException, path: Path | str | None = None) -> Fault | None:
    """The fault behind ``exc``, or None for an ordinary bug or refusal."""
    found: dict[str, BaseException] = {}
    for cur in _chain(exc):
        if isinstance(cur, StorageFault):
            return cur.fault
        kind = _kind_of(cur)
        if kind and kind not in found:
            found[kind] = cur
    if not found:
        return None
    kind = next(k for k in _PRIORITY if k in found)
    where = Path(path) if path else None
    if kind == DISK_FULL:
        # Without a path the free space is unknown: ask for the margin a write needs.
        return disk_full(where) if where is not None else Fault(DISK_FULL, None, needed_bytes=MIN_FREE_BYTES)
    return Fault(kind, where, detail=str(found[kind]))


def free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _existing_folder(path: Path) -> Path:
    folder = path if path.is_dir() else path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def disk_full(path: Path, extra_bytes: int = 0) -> Fault:
    """A DISK_FULL fault saying how much space to free on ``path``'s disk."""
    folder = _existing_folder(Path(path))
    free = free_bytes(folder)
    want = MIN_FREE_BYTES + extra_bytes
    needed = max(want - (free or 0), 1024 * 1024)
    return Fault(DISK_FULL, Path(path), needed_bytes=needed, free_bytes=free)


def check_free_space(path: Path, extra_bytes: int = 0) -> None:
    """Raise a DISK_FULL StorageFault when ``path``'s disk has too little room."""
    folder = _existing_folder(Path(path))
    free = free_bytes(folder)
    if free is not None and free < MIN_FREE_BYTES + extra_bytes:
        raise StorageFault(disk_full(path, extra_bytes))


def file_size(path: Path) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0
