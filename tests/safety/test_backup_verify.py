"""Build 3: a backup is renamed in only when verified.

The copy is proven byte-identical to its source snapshot when the source
passed a full integrity_check within a week; otherwise, or when identity
can't be proven, the copy gets the full integrity_check itself.
"""
import json
import sqlite3
from datetime import timedelta

from desktop.services import backups, shops
from desktop.store import backup_verify, integrity
from desktop.store import backups as store
from tests.safety.helpers import dump
from tests.safety.helpers import integrity as check


def manifest(entry) -> dict:
    return json.loads(store.manifest_path(entry.path).read_text(encoding="utf-8"))


def test_copy_of_a_checked_source_is_proven_identical(ctx, shop_id):
    db = backups.db_file(ctx)
    assert not integrity.full_check_due(db, ctx.clock.now())  # a small file is fully checked at open
    entry = backups.backup_now(ctx)
    info = manifest(entry)
    assert info["verified"] is True and info["verified_by"] == "identical-to-checked-source"
    assert check(entry.path) == ["ok"]
    assert dump(entry.path) == dump(db)


def test_source_without_a_recent_full_check_gets_integrity_check_of_the_copy(ctx, shop_id):
    db = backups.db_file(ctx)
    integrity.save_state(db, last_full_check=(ctx.clock.now() - timedelta(days=8)).isoformat())
    entry = backups.backup_now(ctx)
    assert manifest(entry)["verified_by"] == "integrity_check"


def test_writes_during_the_copy_stay_out_of_it_and_identity_still_holds(ctx, shop_id, data_dir):
    """The copy is one snapshot: a shop added by another connection mid-copy is not in it."""
    db = backups.db_file(ctx)
    other = sqlite3.connect(str(db), isolation_level=None, timeout=5)
    wrote = []

    def write_once(done, total):
        if not wrote:
            other.execute("INSERT INTO shop(name, platform_shop_id, created_at) VALUES ('半途', '20001', '2026-01-01')")
            wrote.append(done)

    entry = store.make_backup(db, data_dir / "backups", "manual", ctx.clock.now(), progress=write_once,
                              step_pages=1)
    other.close()
    assert wrote
    assert manifest(entry)["verified_by"] == "identical-to-checked-source"
    assert entry.shops == 1 and len(shops.list_shops(ctx)) == 2


def test_wal_frames_an_older_reader_pins_fall_back_to_integrity_check(ctx, shop_id, data_dir):
    """A reader on an older snapshot stops the checkpoint: the file is not the snapshot, so no proof."""
    db = backups.db_file(ctx)
    reader = sqlite3.connect(str(db), isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM shop").fetchone()
    try:
        shops.create_shop(ctx, "新店", "10002")
        entry = store.make_backup(db, data_dir / "backups", "manual", ctx.clock.now())
    finally:
        reader.close()
    assert manifest(entry)["verified_by"] == "integrity_check"
    assert entry.shops == 2 and check(entry.path) == ["ok"]


def test_comparison_refuses_a_changed_truncated_or_padded_copy(ctx, shop_id, tmp_path):
    db = backups.db_file(ctx)
    ctx.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    good = backups.backup_now(ctx).path
    snapshot = backup_verify.open_snapshot(db)
    try:
        assert backup_verify.same_as_source(db, good)
        data = good.read_bytes()
        for name, bad in {
            "changed": data[:5000] + bytes([data[5000] ^ 1]) + data[5001:],
            "truncated": data[:-4096],
            "padded": data + bytes(4096),
            "header": data[:16] + b"\x20\x00" + data[18:],
        }.items():
            path = tmp_path / f"{name}.db"
            path.write_bytes(bad)
            assert not backup_verify.same_as_source(db, path), name
        assert not backup_verify.same_as_source(db, tmp_path / "missing.db")
    finally:
        snapshot.close()
