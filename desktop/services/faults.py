"""Faults of the machine (disk full, read-only folder, no access, I/O error),
told apart from damage to the file. The classification lives in the store
(desktop.store.faults); the UI reads it here, as it reaches nothing below the
services. Light on purpose (no peewee): start-up catches StorageFault early."""
__all__ = ["BUSY", "DISK_FULL", "IO_ERROR", "NO_ACCESS", "READ_ONLY", "Fault", "StorageFault", "classify"]

from desktop.store.faults import (
    BUSY,
    DISK_FULL,
    IO_ERROR,
    NO_ACCESS,
    READ_ONLY,
    Fault,
    StorageFault,
    classify,
)
