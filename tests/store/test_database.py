"""Store: pragmas, migrations, backups and refusals (foundation issue)."""
from __future__ import annotations

import hashlib
import sqlite3
import threading

import pytest

from desktop.store import migrations
from desktop.store.database import inspect_file, list_backups, open_database
from desktop.store.errors import CorruptDatabase, NewerSchema, NotADatabase


def _pragmas(db) -> dict:
    return {
        name: db.execute_sql(f"PRAGMA {name}").fetchone()[0]
        for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
    }


EXPECTED = {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2, "busy_timeout": 5000}


def test_pragmas_on_every_connection(tmp_path):
    db = open_database(tmp_path / "a.db")
    assert _pragmas(db) == EXPECTED
    # peewee gives each thread its own connection: the pragmas must hold there too.
    seen = {}

    def worker():
        seen.update(_pragmas(db))
        db.close()

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert seen == EXPECTED
    db.close()
    db.connect()
    assert _pragmas(db) == EXPECTED
    db.close()


def test_migration_from_empty_reaches_latest(tmp_path):
    db = open_database(tmp_path / "a.db")
    assert migrations.current_version(db) == migrations.latest_version()
    tables = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"schema_version", "shop", "history", "account", "binding", "gmv_record"} <= tables
    # Every step recorded once, in order (numbers may have gaps: they are reserved per feature).
    versions = [r[0] for r in db.execute_sql("SELECT version FROM schema_version ORDER BY version")]
    assert versions == [step.VERSION for step in migrations.STEPS]
    db.close()
    assert list_backups(tmp_path / "backups") == []  # nothing to back up for a new file


def test_latest_names_the_last_step():
    # A start on a current file reads migrations.LATEST instead of importing every step.
    assert migrations.LATEST == migrations.STEPS[-1].VERSION, "a step was added: set migrations.LATEST to its VERSION"


def test_migrating_is_idempotent(tmp_path):
    db = open_database(tmp_path / "a.db")
    assert migrations.migrate(db) == []
    db.close()


def test_backup_taken_before_migrating(tmp_path, monkeypatch):
    path = tmp_path / "a.db"
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS[:1])
    db = open_database(path)
    db.execute_sql(
        "INSERT INTO shop(name, platform_shop_id, created_at) VALUES ('旧店', '42', '2026-01-01T00:00:00')"
    )
    db.close()
    monkeypatch.undo()

    db = open_database(path, tmp_path / "backups")
    assert migrations.current_version(db) == migrations.latest_version()
    db.close()
    backups = list_backups(tmp_path / "backups")
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    try:
        assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 1
        assert conn.execute("SELECT name FROM shop").fetchall() == [("旧店",)]
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_failed_step_rolls_back_to_previous_version(tmp_path, monkeypatch):
    class Broken:
        VERSION = migrations.latest_version() + 1

        @staticmethod
        def apply(db):
            db.execute_sql("CREATE TABLE half_done (x)")
            raise RuntimeError("boom")

    db = open_database(tmp_path / "a.db")
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS + (Broken,))
    with pytest.raises(RuntimeError):
        migrations.migrate(db)
    assert migrations.current_version(db) == Broken.VERSION - 1
    assert not db.table_exists("half_done")
    db.close()


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_newer_version_refused_and_untouched(tmp_path):
    path = tmp_path / "a.db"
    db = open_database(path)
    db.execute_sql("INSERT INTO schema_version(version) VALUES (?)", (migrations.latest_version() + 5,))
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = _digest(path)
    with pytest.raises(NewerSchema) as info:
        open_database(path)
    assert info.value.found == migrations.latest_version() + 5
    assert _digest(path) == before


def _refused_untouched(path, refusal) -> None:
    """Opening ``path`` raises ``refusal`` and leaves the file byte for byte as it was."""
    before = _digest(path)
    with pytest.raises(refusal):
        open_database(path)
    assert _digest(path) == before


def test_not_a_database_refused_and_untouched(tmp_path):
    path = tmp_path / "a.db"
    path.write_bytes("这不是数据库\n".encode() * 100)
    _refused_untouched(path, NotADatabase)


def test_foreign_sqlite_database_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    _refused_untouched(path, NotADatabase)


def test_corrupt_database_refused_and_untouched(tmp_path):
    path = tmp_path / "a.db"
    db = open_database(path)
    for i in range(400):
        db.execute_sql(
            "INSERT INTO shop(name, platform_shop_id, created_at) VALUES (?, ?, '2026-01-01')",
            (f"店铺{i}" * 3, str(1000 + i)),
        )
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(path.read_bytes())
    page_size = 4096
    # Scribble over the middle of page 3 onwards; the header stays valid.
    for i in range(page_size * 2 + 100, min(len(data), page_size * 6), 7):
        data[i] = 0xFF
    path.write_bytes(bytes(data))
    _refused_untouched(path, (CorruptDatabase, NotADatabase))


def test_inspect_missing_file_is_version_zero(tmp_path):
    assert inspect_file(tmp_path / "nope.db") == 0
