"""Why a database file was refused. The UI turns these into Chinese messages."""
from __future__ import annotations

from pathlib import Path


class DatabaseRefused(Exception):
    """The file was left exactly as it was; the user chooses what to do next."""

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = Path(path)
        self.detail = detail


class NotADatabase(DatabaseRefused):
    """The file is not an SQLite database at all."""


class CorruptDatabase(DatabaseRefused):
    """SQLite opens it but PRAGMA quick_check reports damage."""


class NewerSchema(DatabaseRefused):
    """Written by a newer ShopDesk: migrating down would lose data, so refuse."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(path, f"schema version {found} > {supported}")
        self.found = found
        self.supported = supported


class EmptyDatabase(DatabaseRefused):
    """A 0-byte file where the database should be. ShopDesk never leaves one
    (a new database is built under a temporary name), so something else did:
    it is not silently replaced."""


class ForeignWal(DatabaseRefused):
    """A write-ahead log (``-wal``) that this computer's last session did not
    leave, e.g. one copied or synced from another computer. Merging it could
    overwrite recent changes with someone else's, so it is not merged."""
