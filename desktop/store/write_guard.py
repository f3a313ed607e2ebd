"""The one place that knows whether a database can be written now, and the guard on every write.

A database object carries its write state: ``read_only`` (an SQLite file opened
read-only because it could not be written) and ``offline`` (a team server that
is unreachable, set while the app reconnects). Every write transaction starts
with BEGIN IMMEDIATE (the server's form takes the write lock), and both database
classes call ``check`` there: a write is refused before it touches anything, with
the plain reason from desktop.domain.writable, never queued.
"""
from __future__ import annotations

import peewee

from desktop.domain import writable

WRITE_LOCKS = ("IMMEDIATE", "EXCLUSIVE")


class WriteBlocked(peewee.OperationalError):
    """A write refused because the data can't be written now. An OperationalError, as the write
    itself would have raised on a read-only file or a dead server, so callers that tolerate a failed
    write (e.g. a summary refresh) keep doing so; ``decision`` words it for the user."""

    def __init__(self, blocked: str) -> None:
        self.blocked = blocked
        self.decision = writable.write_decision(blocked)
        super().__init__(self.decision.message)
        self.message = self.decision.message


def blocked(db) -> str | None:
    """writable.READ_ONLY, writable.OFFLINE, or None when ``db`` can be written now."""
    if getattr(db, "read_only", False):
        return writable.READ_ONLY
    if getattr(db, "offline", False):
        return writable.OFFLINE
    return None


def set_offline(db, offline: bool) -> None:
    """Team mode: the server went away (True) or is back (False)."""
    db.offline = bool(offline)


def check(db, lock_type) -> None:
    """Raise WriteBlocked when a write transaction starts on a database that can't be written now."""
    if lock_type in WRITE_LOCKS:
        kind = blocked(db)
        if kind is not None:
            raise WriteBlocked(kind)
