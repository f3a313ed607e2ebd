"""A refused database is set aside (renamed, bytes kept) or replaced by a backup."""
import hashlib

import pytest

from desktop.services import recovery
from desktop.store.database import backup_database, open_database
from desktop.store.errors import NotADatabase


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
    with pytest.raises(NotADatabase):
        recovery.restore_backup(bad_backup, target)
    assert target.read_bytes() == b"original"
