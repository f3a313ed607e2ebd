"""Proof that a backup file is an exact copy of its source database.

SQLite's backup API copies pages verbatim. The copy reads the source inside
one read transaction that the source connection holds for the whole copy
(``open_snapshot``). The WAL is checkpointed into the database file just
before that transaction starts; a reader that starts on a fully checkpointed
WAL reads the database file itself, and SQLite lets no checkpoint write into
the file while such a reader is open. The source file is then the very
snapshot that was copied, and ``same_as_source`` compares the two files byte
for byte. Only the header fields that SQLite itself writes into every copy
may differ (journal-mode bytes, change counter, schema cookie, version-valid-
for number, library version).

When anything in that chain does not hold (a writer slipped in before the
read transaction, the file could not be read, a different page size ...) the
files differ and the caller falls back to a full ``integrity_check`` of the
copy: the comparison can fail to prove a good copy, never pass a bad one.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

# Header byte ranges [start, end) that a backup rewrites (see "Database File Format", section 1.3).
HEADER_REWRITTEN = ((18, 20), (24, 28), (40, 44), (92, 100))
HEADER_SIZE = 100
CHUNK = 1 << 20
MMAP_LIMIT = 1 << 40  # the whole file (SQLite caps it at its compile-time maximum)


def open_snapshot(source: Path, checkpoint: bool = True) -> sqlite3.Connection:
    """A connection to ``source`` holding one read transaction (a fixed snapshot for the copy).

    ``checkpoint=False`` opens the file read-only and leaves its WAL alone (a
    damaged database is copied exactly as it is before a repair).
    """
    uri = Path(source).resolve().as_uri()
    conn = None
    if checkpoint:
        try:
            # mode=rw never creates a missing file; a write-protected file opens read-only.
            conn = sqlite3.connect(uri + "?mode=rw", uri=True, timeout=5, isolation_level=None)
            # PASSIVE never waits: a busy reader or writer only means the comparison falls back.
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except sqlite3.Error:
            if conn is not None:
                conn.close()
            conn = None  # a read-only file or folder: the snapshot is still fixed, the compare may fall back
    if conn is None:
        conn = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=5, isolation_level=None)
    if not checkpoint:
        return conn  # a damaged file: no read here that could fail; the backup API reads what it can
    # The backup API reads the source pages through the memory map (no read() and copy per page:
    # about a fifth of the copy's CPU). Mapped pages cannot change under the snapshot for the reason
    # the comparison relies on: no checkpoint writes into, or truncates, the file while it is read.
    conn.execute(f"PRAGMA mmap_size={MMAP_LIMIT}").fetchall()
    conn.execute("BEGIN")
    conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # the read that fixes the snapshot
    return conn


def same_as_source(source: Path, copy: Path) -> bool:
    """True when ``copy`` holds exactly the pages of ``source`` (call while the snapshot is held)."""
    try:
        with open(source, "rb") as src, open(copy, "rb") as dst:
            header = dst.read(HEADER_SIZE)
            if not _same_header(src.read(HEADER_SIZE), header) or os.fstat(dst.fileno()).st_size != _db_size(header):
                return False  # a copy shorter or longer than the pages its header counts
            while True:
                block = dst.read(CHUNK)
                if not block:
                    return True
                if src.read(len(block)) != block:
                    return False
    except OSError:
        return False


def _db_size(header: bytes) -> int:
    page_size = int.from_bytes(header[16:18], "big")
    return (65536 if page_size == 1 else page_size) * int.from_bytes(header[28:32], "big")


def _same_header(a: bytes, b: bytes) -> bool:
    if len(a) != HEADER_SIZE or len(b) != HEADER_SIZE or not a.startswith(b"SQLite format 3\x00"):
        return False
    start = 0
    for begin, end in HEADER_REWRITTEN:
        if a[start:begin] != b[start:begin]:
            return False
        start = end
    return a[start:] == b[start:]
