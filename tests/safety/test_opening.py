"""Findings 1, 2, 8, 9 (file edge cases): what opening does with odd files and folders."""
import os
import random
import shutil
import sqlite3
import stat

import pytest

from desktop import paths
from desktop.services import shops
from desktop.services.session import (
    CorruptDatabase, DatabaseRefused, EmptyDatabase, ForeignWal, StorageFault, close_session, is_read_only,
    open_session)
from desktop.store import faults, integrity
from desktop.store.opening import set_wal_aside
from tests.safety.helpers import damage_index


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def filled(data_dir, n=3):
    ctx = open_session(data_dir)
    for i in range(n):
        shops.create_shop(ctx, f"店{i}", str(20000 + i))
    return ctx


def test_new_folder_0700_and_files_0600_whatever_the_umask(tmp_path):
    old = os.umask(0)
    try:
        data = tmp_path / "new" / "data"
        ctx = filled(data)
        assert mode(data) == 0o700
        for name in ("shopdesk.db", "shopdesk.db-wal", "shopdesk.db-shm"):
            assert mode(data / name) == 0o600, name
        from desktop.services import backups

        entry = backups.backup_now(ctx)
        assert mode(entry.path) == 0o600
        close_session(ctx)
    finally:
        os.umask(old)


def test_existing_folder_is_never_chmodded(tmp_path):
    data = tmp_path / "shared"
    data.mkdir(mode=0o755)
    os.chmod(data, 0o755)
    ctx = filled(data, 1)
    close_session(ctx)
    assert mode(data) == 0o755


def test_read_only_folder_is_reported_not_made_writable(tmp_path):
    data = tmp_path / "ro"
    data.mkdir()
    os.chmod(data, 0o555)
    try:
        with pytest.raises(StorageFault) as info:
            open_session(data)
        assert info.value.fault.kind == faults.READ_ONLY
        assert mode(data) == 0o555
    finally:
        os.chmod(data, 0o755)


def test_read_only_database_opens_read_only(data_dir):
    close_session(filled(data_dir, 2))
    os.chmod(data_dir / "shopdesk.db", 0o444)
    ctx = open_session(data_dir)
    assert is_read_only(ctx)
    assert len(shops.list_shops(ctx)) == 2
    with pytest.raises(Exception) as info:
        shops.create_shop(ctx, "新店", "30001")
    assert faults.classify(info.value).kind == faults.READ_ONLY
    close_session(ctx)


def test_zero_byte_database_is_refused_not_recreated(data_dir):
    (data_dir / "shopdesk.db").write_bytes(b"")
    with pytest.raises(EmptyDatabase):
        open_session(data_dir)
    assert (data_dir / "shopdesk.db").stat().st_size == 0


def test_database_path_that_is_a_folder(data_dir):
    (data_dir / "shopdesk.db").mkdir()
    with pytest.raises(StorageFault) as info:
        open_session(data_dir)
    assert info.value.fault.kind == faults.NO_ACCESS


def _wal_copy(data_dir, other):
    """A WAL from a copy of the same database (a synced folder) placed beside ours."""
    ctx = open_session(other)
    shops.create_shop(ctx, "别处的店", "39999")
    wal = (other / "shopdesk.db-wal").read_bytes()
    close_session(ctx)
    return wal


def test_foreign_wal_is_refused_and_can_be_set_aside(data_dir, tmp_path):
    close_session(filled(data_dir, 1))
    shutil.copytree(data_dir, tmp_path / "other")
    (tmp_path / "other" / "shopdesk.db.open").unlink(missing_ok=True)
    wal = _wal_copy(data_dir, tmp_path / "other")
    (data_dir / "shopdesk.db-wal").write_bytes(wal)
    with pytest.raises(ForeignWal):
        open_session(data_dir)
    kept = set_wal_aside(data_dir / "shopdesk.db")
    assert kept.read_bytes() == wal
    ctx = open_session(data_dir)
    assert [s.name for s in shops.list_shops(ctx)] == ["店0"]
    close_session(ctx)


def test_wal_left_by_our_own_crash_is_recovered(data_dir):
    ctx = filled(data_dir, 2)
    wal = (data_dir / "shopdesk.db-wal").read_bytes()
    db_bytes = (data_dir / "shopdesk.db").read_bytes()
    ctx.db.close()
    # Put the files back as a killed process leaves them: WAL and marker present.
    (data_dir / "shopdesk.db").write_bytes(db_bytes)
    (data_dir / "shopdesk.db-wal").write_bytes(wal)
    integrity.mark_open(data_dir / "shopdesk.db")
    assert integrity.previous_close_failed(data_dir / "shopdesk.db")
    ctx = open_session(data_dir)
    assert len(shops.list_shops(ctx)) == 2
    close_session(ctx)
    assert not integrity.previous_close_failed(data_dir / "shopdesk.db")


def test_low_disk_space_is_not_called_damage(data_dir, monkeypatch):
    close_session(filled(data_dir, 1))
    monkeypatch.setattr(faults, "free_bytes", lambda folder: 8 * 1024)
    with pytest.raises(StorageFault) as info:
        open_session(data_dir)
    assert info.value.fault.kind == faults.DISK_FULL
    assert info.value.fault.needed_bytes >= faults.MIN_FREE_BYTES - 8 * 1024
    monkeypatch.undo()
    ctx = open_session(data_dir)  # space freed: the same file opens, nothing was renamed
    assert len(shops.list_shops(ctx)) == 1
    close_session(ctx)


def test_io_error_during_check_is_not_damage(data_dir, monkeypatch):
    close_session(filled(data_dir, 1))

    def failing(conn, pragma="integrity_check", table=None):
        exc = sqlite3.OperationalError("disk I/O error")
        exc.sqlite_errorcode = 10
        raise exc

    monkeypatch.setattr(integrity, "run_check", failing)
    with pytest.raises(StorageFault) as info:
        open_session(data_dir)
    assert info.value.fault.kind == faults.IO_ERROR


def test_damaged_unique_index_is_caught_at_open(data_dir):
    ctx = filled(data_dir, 1)
    close_session(ctx)
    db = data_dir / "shopdesk.db"
    damage_index(db, "sqlite_autoindex_shop_1",
                 "INSERT INTO shop(name, platform_shop_id, created_at) VALUES ('x', '20000', 'now')",
                 unique_clause="NOT NULL UNIQUE", hidden="NOT NULL")
    conn = sqlite3.connect(str(db))
    assert [r[0] for r in conn.execute("PRAGMA quick_check")] == ["ok"]  # quick_check misses it
    conn.close()
    with pytest.raises(CorruptDatabase):
        open_session(data_dir)


def test_random_damage_is_never_opened_as_healthy(data_dir, tmp_path):
    """Damage test: 30 copies with random bytes changed; any that opens passes integrity_check."""
    ctx = filled(data_dir, 40)
    for i in range(40):
        ctx.db.execute_sql("INSERT INTO account(platform, account_code, nickname, created_at) VALUES ('douyin', ?, ?, 'x')",
                           (f"acc{i}", "昵称" * 20))
    close_session(ctx)
    original = (data_dir / "shopdesk.db").read_bytes()
    page = 4096
    rng = random.Random(11)
    opened = refused = 0
    for n in range(30):
        case = tmp_path / f"case{n}"
        case.mkdir()
        damaged = bytearray(original)
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(100, len(damaged))
            damaged[at] = rng.randrange(256)
        (case / "shopdesk.db").write_bytes(bytes(damaged))
        try:
            c = open_session(case)
        except (DatabaseRefused, StorageFault):
            refused += 1
            continue
        try:
            problems = [r[0] for r in c.db.execute_sql("PRAGMA integrity_check").fetchall()]
            assert problems == ["ok"], (n, problems)
            opened += 1
        finally:
            close_session(c)
    assert opened + refused == 30 and refused > 0
    assert page  # pages are 4 KB; damage lands anywhere after the 100-byte header


def test_full_check_at_open_after_a_crash_even_for_a_large_file(data_dir, monkeypatch):
    """Build 2: a file too large for the full check at every open gets quick_check only after a clean
    close (the weekly background check covers it), but the full integrity_check after a crash."""
    close_session(filled(data_dir, 2))
    db = data_dir / "shopdesk.db"
    damage_index(db, "sqlite_autoindex_shop_1",
                 "INSERT INTO shop(name, platform_shop_id, created_at) VALUES ('x', '20000', 'now')",
                 unique_clause="NOT NULL UNIQUE", hidden="NOT NULL")
    monkeypatch.setattr(integrity, "FULL_CHECK_AT_OPEN_BYTES", 0)  # as if the file were large
    close_session(open_session(data_dir))  # clean close before: quick_check, which misses this damage
    integrity.mark_open(db)  # the last session did not close: a crash
    with pytest.raises(CorruptDatabase):
        open_session(data_dir)
    assert integrity.previous_close_failed(db)  # refused, untouched: the marker stays for the next try


def test_writable_folder_of_another_user_opens_and_is_left_as_it_is(tmp_path, monkeypatch):
    """Finding 8: a writable data folder the user does not own was refused with "[Errno 1] Operation
    not permitted" (a chmod of someone else's folder). Now it is used as it is; a chmod of it would fail."""
    data = tmp_path / "theirs"
    data.mkdir()
    os.chmod(data, 0o777)
    if os.geteuid() == 0:
        os.chown(data, 65534, 65534)  # nobody's folder
    real_chmod = os.chmod

    def chmod(path, mode, *args, **kwargs):
        if os.path.realpath(path) == os.path.realpath(data):
            raise PermissionError(1, "Operation not permitted", str(path))
        return real_chmod(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "chmod", chmod)
    ctx = filled(data, 1)
    close_session(ctx)
    assert mode(data) == 0o777
    if os.geteuid() == 0:
        assert data.stat().st_uid == 65534
    for name in ("shopdesk.db",):
        assert mode(data / name) == 0o600  # our own files are still private
