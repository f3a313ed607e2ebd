"""A refused database is set aside (renamed, bytes kept) or replaced by a backup."""
import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from desktop.services import recovery
from desktop.store.database import backup_database, open_database
from desktop.services.errors import InvalidInput


def test_set_aside_keeps_bytes(tmp_path):
    bad = tmp_path / "shopdesk.db"
    bad.write_bytes(b"garbage" * 10)
    digest = hashlib.sha256(bad.read_bytes()).hexdigest()
    moved = recovery.set_aside(bad)
    assert not bad.exists()
    assert hashlib.sha256(moved.read_bytes()).hexdigest() == digest


def test_restore_backup_replaces_refused_file(tmp_path):
    good = tmp_path / "good.db"
    db = open_database(good)
    db.execute_sql("INSERT INTO shop(name, platform_shop_id, created_at) VALUES ('备份店', '7', 'now')")
    db.close()
    backup = backup_database(good, tmp_path / "backups", "manual")
    target = tmp_path / "shopdesk.db"
    target.write_bytes(b"not sqlite")
    moved = recovery.restore_backup(backup, target)
    assert moved.read_bytes() == b"not sqlite"
    db = open_database(target)
    assert db.execute_sql("SELECT name FROM shop").fetchall() == [("备份店",)]
    db.close()


def test_bad_backup_changes_nothing(tmp_path):
    target = tmp_path / "shopdesk.db"
    target.write_bytes(b"original")
    bad_backup = tmp_path / "b.db"
    bad_backup.write_bytes(b"also not sqlite")
    with pytest.raises(InvalidInput, match="这个备份无法使用"):
        recovery.restore_backup(bad_backup, target)
    assert target.read_bytes() == b"original"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.db", "shopdesk.db"]  # no copy, nothing set aside


def _good_backup(tmp_path, name="备份店"):
    good = tmp_path / f"good-{len(list(tmp_path.glob('good-*')))}.db"
    db = open_database(good)
    db.execute_sql("INSERT INTO shop(name, platform_shop_id, created_at) VALUES (?, '7', 'now')", (name,))
    db.close()
    return backup_database(good, tmp_path / "backups", "manual")


def test_start_up_restore_checks_the_copy_once_and_keeps_the_refused_file(tmp_path, monkeypatch):
    """The copy beside the database gets the one integrity_check and foreign_key_check; the refused
    file is kept byte for byte under a .refused- name that 备份与恢复 lists; the copy is renamed in."""
    from desktop.services import backups
    from tests.safety.helpers import count_full_checks, dump

    backup = _good_backup(tmp_path)
    data = tmp_path / "data"
    data.mkdir()
    target = data / "shopdesk.db"
    target.write_bytes(b"SQLite format 3\x00" + b"damaged" * 1000)
    (data / "shopdesk.db-wal").write_bytes(b"its wal")
    fk: list[str] = []
    checked = count_full_checks(monkeypatch, fk)
    moved = recovery.restore_backup(backup, target)
    assert [Path(name).name for name in checked] == [".tmp-restore-shopdesk.db"]
    assert [Path(name).name for name in fk] == [".tmp-restore-shopdesk.db"]
    assert moved.read_bytes() == b"SQLite format 3\x00" + b"damaged" * 1000
    assert moved.with_name(moved.name + "-wal").read_bytes() == b"its wal"  # the refused file's WAL, kept with it
    assert not (data / "shopdesk.db-wal").exists()  # never merged into the restored file
    listed = backups.list_backups(data)
    assert [(e.kind, e.path) for e in listed] == [("refused", moved)]
    assert not list(data.glob(".tmp-*"))
    assert dump(target) == dump(backup)
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_start_up_restore_refuses_a_damaged_backup_and_changes_nothing(tmp_path):
    backup = _good_backup(tmp_path)
    raw = bytearray(backup.read_bytes())
    raw[4096:] = os.urandom(len(raw) - 4096)
    backup.write_bytes(bytes(raw))
    data = tmp_path / "data"
    data.mkdir()
    target = data / "shopdesk.db"
    target.write_bytes(b"refused but the user's")
    with pytest.raises(InvalidInput, match="这个备份无法使用"):
        recovery.restore_backup(backup, target)
    assert target.read_bytes() == b"refused but the user's"
    assert [p.name for p in data.iterdir()] == ["shopdesk.db"]


def test_start_up_restore_refuses_a_backup_with_broken_references(tmp_path):
    backup = _good_backup(tmp_path)
    conn = sqlite3.connect(backup)
    conn.execute("INSERT INTO product(shop_id, created_at, updated_at) VALUES (999, 'n', 'n')")
    conn.commit()
    conn.close()
    target = tmp_path / "shopdesk.db"
    target.write_bytes(b"original")
    with pytest.raises(InvalidInput, match="引用不完整"):
        recovery.restore_backup(backup, target)
    assert target.read_bytes() == b"original"


@pytest.mark.parametrize("step", ["link", "replace"])
def test_start_up_restore_killed_mid_swap_leaves_the_old_file(tmp_path, monkeypatch, step):
    """A kill before the rename leaves the old file at its name (never a half-written one)."""
    backup = _good_backup(tmp_path)
    target = tmp_path / "shopdesk.db"
    target.write_bytes(b"old bytes")

    def killed(*_args):
        raise KeyboardInterrupt  # like SIGKILL at that point: nothing after it runs

    monkeypatch.setattr(os, step, killed)
    with pytest.raises(KeyboardInterrupt):
        recovery.restore_backup(backup, target)
    monkeypatch.undo()
    assert target.read_bytes() == b"old bytes"
    assert not list(tmp_path.glob(".tmp-restore-*"))


def test_without_hard_links_the_refused_file_is_kept_as_a_flushed_copy(tmp_path, monkeypatch):
    """A file system without hard links (FAT, some network shares): a copy under the same name."""
    backup = _good_backup(tmp_path)
    target = tmp_path / "shopdesk.db"
    target.write_bytes(b"old bytes")

    def no_links(*_args):
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    moved = recovery.restore_backup(backup, target)
    assert moved.read_bytes() == b"old bytes" and ".refused-" in moved.name
    assert not list(tmp_path.glob(".tmp-*"))
    assert oct(moved.stat().st_mode & 0o777) == "0o600"
