"""Finding 1, 6: machine faults are told apart from damage; the real cause survives peewee's rollback."""
import errno
import sqlite3

import peewee
import pytest

from desktop.store import faults


def test_full_disk_is_found_behind_cannot_rollback():
    real = sqlite3.OperationalError("database or disk is full")
    real.sqlite_errorcode = faults.SQLITE_FULL
    try:
        try:
            raise peewee.OperationalError(real, *real.args) from real
        except peewee.OperationalError:
            raise peewee.OperationalError("cannot rollback - no transaction is active")
    except peewee.OperationalError as exc:
        assert faults.classify(exc).kind == faults.DISK_FULL


@pytest.mark.parametrize("code,kind", [
    (errno.ENOSPC, faults.DISK_FULL), (errno.EIO, faults.IO_ERROR), (errno.EACCES, faults.NO_ACCESS),
    (errno.EROFS, faults.READ_ONLY)])
def test_os_errors(code, kind, tmp_path):
    fault = faults.classify(OSError(code, "x"), tmp_path)
    assert fault.kind == kind
    if kind == faults.DISK_FULL:
        assert fault.needed_bytes > 0 and fault.path == tmp_path


def test_io_error_is_not_damage():
    exc = sqlite3.OperationalError("disk I/O error")
    exc.sqlite_errorcode = 10 | (3 << 8)  # SQLITE_IOERR_WRITE
    assert faults.classify(exc).kind == faults.IO_ERROR


def test_ordinary_errors_are_not_faults():
    assert faults.classify(ValueError("x")) is None
    assert faults.classify(peewee.IntegrityError("UNIQUE constraint failed")) is None


def test_check_free_space(tmp_path, monkeypatch):
    monkeypatch.setattr(faults, "free_bytes", lambda folder: 1024)
    with pytest.raises(faults.StorageFault) as info:
        faults.check_free_space(tmp_path, extra_bytes=50 * 1024 * 1024)
    assert info.value.fault.kind == faults.DISK_FULL
    assert info.value.fault.needed_bytes >= 50 * 1024 * 1024
